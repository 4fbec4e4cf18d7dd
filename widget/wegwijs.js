/*
 * Wegwijs chat widget. A gemeente puts one line on its site:
 *
 *   <script src="https://<host>/widget/wegwijs.js" data-gemeente="<naam>" async></script>
 *
 * Plain JavaScript, no dependencies, no build step. Everything lives in a
 * shadow root, so the site's CSS cannot reach in and ours cannot leak out.
 * The styles are constructable stylesheets, which a strict
 * Content-Security-Policy (no 'unsafe-inline') allows. Message text is only
 * ever added as text nodes, never as HTML. The conversation is kept in
 * sessionStorage, which the browser forgets when the tab closes (public
 * computers). Every word shown comes from the gateway (bot/domain/widget.yml).
 */
(() => {
  'use strict';

  const script = document.currentScript;
  // Too old a browser, or the tag is on the page twice: no widget, the site itself still works.
  if (!script || !('adoptedStyleSheets' in Document.prototype) || document.querySelector('wegwijs-widget')) return;

  const BASE = new URL(script.src).origin;
  const GEMEENTE = script.dataset.gemeente || '';
  const STORAGE_KEY = 'wegwijs:' + GEMEENTE;
  const MENS_PAYLOAD = '/mens_spreken';
  const MAX_CHARS = 2000; // the gateway refuses longer messages
  const MAX_STORED = 200; // messages kept in sessionStorage
  const HEX = /^#[0-9a-f]{6}$/i;
  const LINK = /https:\/\/[^\s<>"'()]+/g; // only https addresses become links

  let texts = {}; // key -> text, from GET /widget/instellingen/<gemeente>
  let state = load(); // {sessionId, open, messages: [{from: 'wegwijs' | 'u', text, buttons}]}
  let busy = false; // one request at a time
  const ui = {};

  /** An error with kind Dutch text for the person, and the HTTP status (0: no connection). */
  class Fout extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  // ---- storage ----

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
      if (saved && Array.isArray(saved.messages)) return saved;
    } catch (e) {
      // blocked or broken storage: start empty
    }
    return { sessionId: null, open: false, messages: [] };
  }

  function save() {
    try {
      if (!state.sessionId && !state.messages.length) {
        sessionStorage.removeItem(STORAGE_KEY); // nothing to keep: leave no trace
      } else {
        state.messages = state.messages.slice(-MAX_STORED);
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
      }
    } catch (e) {
      // storage blocked or full: the chat still works, only not across pages
    }
  }

  // ---- talking to the gateway ----

  async function api(method, path, body) {
    let response;
    try {
      response = await fetch(BASE + path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'omit',
      });
    } catch (e) {
      throw new Fout(texts.fout_verbinding, 0);
    }
    if (response.status === 204) return {};
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      // the connection broke mid-answer, or not JSON: handled below
    }
    if (!response.ok || !data) throw new Fout((data && data.message) || texts.fout_onbekend, response.status);
    return data;
  }

  async function startSession(showWelcome) {
    const data = await api('POST', '/api/sessions', { gemeente: GEMEENTE });
    state.sessionId = data.session_id;
    if (showWelcome) addMessages(data.messages);
  }

  function sessionPath() {
    return '/api/sessions/' + encodeURIComponent(state.sessionId);
  }

  async function postMessage(text) {
    try {
      return await api('POST', sessionPath() + '/messages', { text });
    } catch (err) {
      if (err.status !== 404) throw err;
      // The session is gone (expired or erased elsewhere): continue in a new one, without a second welcome.
      await startSession(false);
      return api('POST', sessionPath() + '/messages', { text });
    }
  }

  /**
   * Runs one call to the gateway. While it is pending the typing indicator shows
   * (no fake delays); a failure shows its Dutch text with a retry button.
   */
  async function request(task, retry, typing = true) {
    if (busy) return;
    busy = true;
    clearError();
    setTyping(typing);
    try {
      await task();
    } catch (err) {
      if (!(err instanceof Fout)) console.error(err); // a bug: the person still gets a kind message
      showError(err instanceof Fout && err.message ? err.message : texts.fout_onbekend, retry);
    } finally {
      busy = false;
      setTyping(false);
      save();
    }
  }

  /**
   * Sends one message. `text` is what Wegwijs gets; `label` is what the person
   * sees when they used a button (its title, while `text` is its payload).
   * A typed message that could not be sent goes back into the input.
   */
  function send(text, label) {
    const typed = !label;
    return request(
      async () => {
        if (!state.sessionId) await startSession(!state.messages.length);
        const mine = addMessage({ from: 'u', text: label || text });
        if (typed) ui.input.value = '';
        let data;
        try {
          data = await postMessage(text);
        } catch (err) {
          state.messages.pop();
          mine.remove();
          if (typed) ui.input.value = text;
          throw err;
        }
        if (data.gesprek_gewist) {
          // The person confirmed "wis mijn gesprek" in the chat: the gateway erased it, so do we.
          forget();
          showErased(data.messages);
        } else {
          addMessages(data.messages);
        }
      },
      () => send(typed ? ui.input.value.trim() || text : text, label),
    );
  }

  function erase() {
    ui.wissen.focus();
    ui.bevestig.hidden = true;
    request(
      async () => {
        if (state.sessionId) {
          try {
            await api('DELETE', sessionPath());
          } catch (err) {
            if (err.status !== 404) throw err; // 404: already gone
          }
        }
        forget();
        showErased([{ text: texts.gewist }]);
      },
      erase,
      false,
    );
  }

  function forget() {
    state = { sessionId: null, open: state.open, messages: [] };
    ui.log.replaceChildren();
  }

  // ---- showing messages ----

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function button(className, text, onClick) {
    const node = el('button', className, text);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  /** Only what the gateway promises: text, and buttons with a title and a payload. */
  function clean(message) {
    const { text, buttons } = message || {};
    return {
      from: 'wegwijs',
      text: String(text || ''),
      buttons: (Array.isArray(buttons) ? buttons : [])
        .filter((b) => b && typeof b.title === 'string' && typeof b.payload === 'string')
        .map((b) => ({ title: b.title, payload: b.payload })),
    };
  }

  function addMessages(messages) {
    const added = (Array.isArray(messages) ? messages : []).map((m) => addMessage(clean(m)));
    // Long answers: show the start of the answer, not its end.
    if (added.length) ui.log.scrollTop = added[0].offsetTop - 16;
  }

  function addMessage(message) {
    state.messages.push(message);
    const node = render(message);
    if (message.from === 'u') ui.log.scrollTop = ui.log.scrollHeight;
    return node;
  }

  function render(message) {
    if (message.from === 'u') removeChoices();
    const node = el('div', 'bericht ' + message.from);
    node.append(el('span', 'sr', message.from === 'u' ? texts.afzender_u : texts.afzender_wegwijs), ' ');
    if (message.from === 'u') node.append(message.text);
    else appendWithLinks(node, message.text);
    ui.log.append(node);
    if (message.buttons && message.buttons.length) {
      const group = el('div', 'keuzes');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', texts.keuzes);
      for (const b of message.buttons) group.append(button('', b.title, () => send(b.payload, b.title)));
      ui.log.append(group);
    }
    return node;
  }

  /** Text as text nodes; https addresses become links. Never HTML. */
  function appendWithLinks(parent, text) {
    let done = 0;
    for (const match of text.matchAll(LINK)) {
      const url = match[0].replace(/[.,;:!?]+$/, ''); // a dot after an address ends the sentence
      const link = el('a', '', url.slice('https://'.length));
      link.href = url;
      parent.append(text.slice(done, match.index), link);
      done = match.index + url.length;
    }
    parent.append(text.slice(done));
  }

  /** Buttons belong to the latest answer only; focus must not fall out of the widget with them. */
  function removeChoices() {
    for (const group of ui.log.querySelectorAll('.keuzes')) {
      if (group.contains(ui.root.activeElement)) ui.input.focus();
      group.remove();
    }
  }

  function showErased(messages) {
    const note = el('div', 'gewist');
    for (const m of messages) appendWithLinks(note.appendChild(el('p', 'bericht wegwijs')), clean(m).text);
    const begin = () => request(() => startSession(true), begin);
    const again = button('nieuw', texts.nieuw_gesprek, () => {
      ui.input.focus();
      note.remove();
      begin();
    });
    note.append(again);
    ui.log.append(note);
    again.focus();
  }

  function setTyping(on) {
    ui.typen.replaceChildren();
    if (!on) return;
    const row = el('span');
    for (let i = 0; i < 3; i++) row.append(el('span', 'stip'));
    row.append(texts.typen);
    ui.typen.append(row);
  }

  function showError(message, retry) {
    const box = el('div', 'fout');
    box.setAttribute('role', 'alert');
    box.append(el('p', '', message), button('', texts.opnieuw, retry));
    ui.fouten.append(box);
  }

  function clearError() {
    if (ui.fouten.contains(ui.root.activeElement)) ui.input.focus();
    ui.fouten.replaceChildren();
  }

  // ---- opening and closing ----

  function open(focus = true) {
    state.open = true;
    ui.launcher.hidden = true;
    ui.panel.hidden = false;
    if (focus) ui.input.focus();
    if (!state.sessionId && !state.messages.length) request(() => startSession(true), () => open());
    save();
  }

  function close() {
    state.open = false;
    ui.bevestig.hidden = true;
    ui.panel.hidden = true;
    ui.launcher.hidden = false;
    ui.launcher.focus();
    save();
  }

  // ---- building the widget ----

  function chatIcon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
    svg.append(path);
    return svg;
  }

  function build(settings, css) {
    const host = document.createElement('wegwijs-widget');
    const root = (ui.root = host.attachShadow({ mode: 'open' }));
    const look = new CSSStyleSheet();
    look.replaceSync(css);
    const colours = new CSSStyleSheet();
    // Checked again here, because these values go into CSS text.
    const colour = (value, fallback) => (HEX.test(value) ? value : fallback);
    const kleur = colour(settings.kleur, '#154273');
    const tekst = colour(settings.tekstkleur, '#ffffff');
    colours.replaceSync(`:host { --ww-kleur: ${kleur}; --ww-tekst: ${tekst}; }`);
    root.adoptedStyleSheets = [look, colours];

    ui.launcher = button('launcher', '', () => open());
    ui.launcher.append(chatIcon(), texts.openen);

    ui.panel = el('div', 'panel');
    ui.panel.hidden = true;
    ui.panel.setAttribute('role', 'dialog');
    ui.panel.setAttribute('aria-labelledby', 'ww-titel');
    ui.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });

    const title = el('h2', '', settings.titel || 'Wegwijs');
    title.id = 'ww-titel';
    const heading = el('div');
    heading.append(title, el('p', '', texts.ondertitel));
    const header = el('div', 'kop');
    header.append(heading, button('sluiten', texts.sluiten, close));

    ui.wissen = button('', texts.wissen, () => {
      ui.bevestig.hidden = false;
      ui.bevestigNee.focus();
    });
    const actions = el('div', 'acties');
    actions.append(button('', texts.mens, () => send(MENS_PAYLOAD, texts.mens)), ui.wissen);

    const question = el('p', '', texts.wissen_vraag);
    question.id = 'ww-wissen-vraag';
    ui.bevestigNee = button('', texts.wissen_nee, () => {
      ui.bevestig.hidden = true;
      ui.wissen.focus();
    });
    ui.bevestig = el('div', 'bevestig');
    ui.bevestig.hidden = true;
    ui.bevestig.setAttribute('role', 'group');
    ui.bevestig.setAttribute('aria-labelledby', 'ww-wissen-vraag');
    ui.bevestig.append(question, button('', texts.wissen_ja, erase), ui.bevestigNee);

    ui.log = el('div', 'log');
    ui.log.setAttribute('role', 'log');
    ui.log.setAttribute('aria-live', 'polite');
    ui.log.setAttribute('aria-label', texts.gesprek);
    ui.log.tabIndex = 0; // scrollable by keyboard

    ui.typen = el('div', 'typen');
    ui.typen.setAttribute('role', 'status');
    ui.fouten = el('div');

    const label = el('label', '', texts.vraag_label);
    label.htmlFor = 'ww-invoer';
    ui.input = el('textarea');
    ui.input.id = 'ww-invoer';
    ui.input.rows = 2;
    ui.input.maxLength = MAX_CHARS;
    ui.input.placeholder = texts.vraag_hint;
    ui.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter is a new line.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    const sendButton = el('button', 'versturen', texts.versturen);
    sendButton.type = 'submit';
    const row = el('div', 'invoer');
    row.append(ui.input, sendButton);
    const form = el('form');
    form.append(label, row);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = ui.input.value.trim();
      if (text) send(text);
    });

    ui.panel.append(header, actions, ui.bevestig, ui.log, ui.typen, ui.fouten, form);
    root.append(ui.launcher, ui.panel);

    // The transcript is filled in before the widget is on the page,
    // so a screen reader does not read it all out again.
    const saved = state.messages;
    state.messages = [];
    for (const m of saved) addMessage(m.from === 'u' ? { from: 'u', text: String(m.text) } : clean(m));
    document.body.append(host);
    if (state.open) open(false);
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  async function start() {
    if (!GEMEENTE) {
      console.warn('Wegwijs: add data-gemeente="<naam>" to the script tag.');
      return;
    }
    try {
      const [settings, css] = await Promise.all([
        api('GET', '/widget/instellingen/' + encodeURIComponent(GEMEENTE)),
        fetch(BASE + '/widget/wegwijs.css', { credentials: 'omit' }).then((r) => (r.ok ? r.text() : Promise.reject())),
      ]);
      texts = settings.teksten;
      build(settings, css);
    } catch (e) {
      console.warn(
        `Wegwijs: could not load the widget for gemeente "${GEMEENTE}" from ${BASE}.` +
          ' Is the name right, and is this site in widget.toegestane_sites?',
      );
    }
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
