/*
 * Wegwijs chat widget: the conversation itself. It runs in a frame from the
 * Wegwijs server's own origin (GET /widget/frame/<gemeente>), which the
 * launcher on the gemeente's site (wegwijs.js) opens. So the session id and
 * the transcript live only in this origin's sessionStorage: a script on the
 * gemeente's page (analytics, a tag manager, an XSS) cannot read them. The
 * host page only ever hears "klaar" (ready) and "sluiten" (closed) from here, and
 * tells us "hallo", "openen", "modaal" and "sluit" (docs/widget.md).
 *
 * Plain JavaScript, no dependencies, no build step, no inline script or style.
 * Message text is only ever added as text nodes, never as HTML. Every word
 * shown comes from the gateway (bot/domain/widget.yml).
 */
(() => {
  'use strict';

  // One way to make an element or a button, shared with the message component (widget/bericht.js).
  const { el, button } = window.WegwijsBericht;

  const GEMEENTE = decodeURIComponent(location.pathname.split('/').pop() || '');
  const STORAGE_KEY = 'wegwijs:' + GEMEENTE;
  const MENS_PAYLOAD = '/mens_spreken';
  const MAX_STORED = 200; // messages kept in sessionStorage
  const HEX = /^#[0-9a-f]{6}$/i;
  const MINUTE_MS = 60 * 1000;
  // The language (issue #15): the person's NL/EN choice (state.taal), else the host page's lang
  // (wegwijs.js passes ?taal=en), else Dutch.
  const PAGINA_TAAL = new URLSearchParams(location.search).get('taal') === 'en' ? 'en' : null;

  let settings = null; // GET /widget/instellingen/<gemeente>: texts, colours, sites, hervatten_minuten
  let texts = {};
  // concept: the half-typed message; wachtrij: typed messages still waiting to be sent (both survive a reload).
  let state = empty(false);
  let busy = false; // one request at a time
  let queue = []; // {text, label} sent while busy: they go, in order, when Wegwijs has answered
  let touch = false; // the last action was a tap: the on-screen keyboard stays closed
  let modal = false; // the panel covers the whole page (the host page says so)
  let eraseWaiting = false; // "Ja, wis alles" while a reply is pending: erase as soon as it is in
  let host = null; // {window, origin} of the page that embeds us, once it said hello
  const ui = {};

  /** An error with kind Dutch text for the person, and the HTTP status (0: no connection). */
  class Fout extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  // ---- storage: this origin's sessionStorage, gone when the tab closes ----

  function empty(open) {
    return { sessionId: null, open, messages: [], laatst: 0, concept: '', wachtrij: [], taal: null };
  }

  /** The gateway's hervat_minuten (0: the gateway sets no limit, so neither do we). */
  function resumeWindowMs() {
    const minutes = Number(settings && settings.hervatten_minuten);
    if (minutes === 0) return Infinity;
    return (minutes > 0 ? minutes : 60) * MINUTE_MS;
  }

  /** Too long without anything happening: a stored conversation is not shown again. */
  function idleTooLong(laatst) {
    return !(laatst > 0) || Date.now() - laatst >= resumeWindowMs();
  }

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
      if (saved && Array.isArray(saved.messages) && !idleTooLong(saved.laatst)) return { ...empty(false), ...saved };
      sessionStorage.removeItem(STORAGE_KEY); // old: start fresh (the server keeps it for its own retention)
    } catch (e) {
      // blocked storage (a browser that blocks storage in frames) or broken: start empty
    }
    return empty(false);
  }

  function save() {
    state.laatst = Date.now();
    try {
      if (!state.sessionId && !state.messages.length && !state.concept && !state.wachtrij.length) {
        sessionStorage.removeItem(STORAGE_KEY); // nothing to keep: leave no trace
      } else {
        state.messages = state.messages.slice(-MAX_STORED);
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
      }
    } catch (e) {
      // storage blocked or full: the chat still works, only not across pages
    }
  }

  // ---- talking to the gateway (our own origin) ----

  async function api(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'omit',
        keepalive: method === 'DELETE', // "Wissen en sluiten" and then leaving the page: still erased
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

  /** "nl" or "en": the language of the texts and of a new session. */
  function taal() {
    return state.taal || PAGINA_TAAL || 'nl';
  }

  async function startSession(showWelcome) {
    const chosen = state.taal || PAGINA_TAAL ? { taal: taal() } : {};
    const data = await api('POST', '/api/sessions', { gemeente: GEMEENTE, ...chosen });
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
   * Returns false when another call is still pending.
   */
  async function request(task, retry, typing = true) {
    if (busy) return false;
    busy = true;
    clearError();
    setTyping(typing);
    let failed = false;
    try {
      await task();
    } catch (err) {
      failed = true;
      if (!(err instanceof Fout)) console.error(err); // a bug: the person still gets a kind message
      showError(err instanceof Fout && err.message ? err.message : texts.fout_onbekend, retry);
      giveBackQueue();
    } finally {
      busy = false;
      setTyping(false);
      save();
    }
    if (eraseWaiting) {
      eraseWaiting = false;
      erase();
    } else if (queue.length && !failed) {
      const next = queue.shift();
      rememberQueue();
      send(next.text, next.label);
    }
    return true;
  }

  /** Nothing sent is lost: after a failure, queued typed messages go back into the input. */
  function giveBackQueue() {
    const typed = queue.filter((m) => !m.label).map((m) => m.text);
    queue = [];
    rememberQueue();
    if (typed.length) setInput([ui.input.value, ...typed].filter(Boolean).join('\n'));
  }

  /** The typed messages that wait, kept with the conversation: a reload puts them back in the input. */
  function rememberQueue() {
    state.wachtrij = queue.filter((m) => !m.label).map((m) => m.text);
    save();
  }

  function setInput(value) {
    ui.input.value = value;
    state.concept = value;
    save();
  }

  /** What the person typed: out of the input at once, and sent (now, or after the pending answer). */
  function sendTyped(text) {
    setInput('');
    return send(text);
  }

  /**
   * Sends one message. `text` is what Wegwijs gets; `label` is what the person
   * sees when they used a button (its title, while `text` is its payload).
   * A typed message that could not be sent goes back into the input.
   */
  function send(text, label) {
    const typed = !label;
    if (busy) {
      // Wegwijs is still answering: this one waits its turn, never dropped (a quick second question).
      queue.push({ text, label });
      rememberQueue();
      showQueued();
      return Promise.resolve(false);
    }
    return request(
      async () => {
        if (!state.sessionId) await startSession(!state.messages.length);
        const mine = addMessage({ from: 'u', text: label || text });
        let data;
        try {
          data = await postMessage(text);
        } catch (err) {
          state.messages.pop();
          mine.remove();
          if (typed) setInput([text, ui.input.value].filter(Boolean).join('\n'));
          throw err;
        }
        // Wegwijs now speaks another language (an English first message, "English please"): so does the widget.
        if (data.taal && data.taal !== taal()) await followLanguage(data.taal);
        if (data.gesprek_gewist) {
          // The person confirmed "wis mijn gesprek" in the chat: the gateway erased it, so do we.
          forget();
          showErased(data.messages);
        } else {
          addMessages(data.messages);
        }
      },
      () => (typed ? sendTyped(ui.input.value.trim() || text) : send(text, label)),
    );
  }

  /** "Ja, wis alles". Never dropped: while a reply is pending it says so, and erases right after. */
  function erase() {
    ui.wissen.focus();
    ui.bevestig.hidden = true;
    queue = []; // what was waiting is part of the conversation: it goes too
    if (busy) {
      eraseWaiting = true;
      showWaiting();
      return;
    }
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
    state = empty(state.open);
    queue = [];
    ui.input.value = '';
    ui.lijst.replaceChildren();
    ui.log.replaceChildren(ui.lijst);
  }

  // ---- showing messages ----


  /** Only what the gateway promises (text, buttons, meer_uitleg, links, overzicht); bericht.js checks it. */
  function clean(message) {
    return WegwijsBericht.clean({ ...message, from: 'wegwijs' });
  }

  /** What a message needs from this frame: the texts, quick replies, and the session's overzicht. */
  function messageOptions() {
    return {
      teksten: texts,
      linkDoel: '_top', // a link opens in the whole tab, not in the small frame
      onButton: (b) => send(b.payload, b.title),
      overzichtAdres: () => (state.sessionId ? sessionPath() + '/overzicht' : null),
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
    // "Mijn overzicht" is the latest calculation's: only the latest answer offers it.
    if (message.overzicht) for (const old of ui.lijst.querySelectorAll('.overzicht')) old.remove();
    const item = WegwijsBericht.render(message, messageOptions());
    ui.lijst.append(item);
    return item;
  }

  /** After a tap the focus stays in the conversation, so no on-screen keyboard pops up; else the input. */
  function focusAfterAction() {
    (touch ? ui.log : ui.input).focus();
  }

  /** Buttons belong to the latest answer only; focus must not fall out of the widget with them. */
  function removeChoices() {
    for (const group of ui.log.querySelectorAll('.keuzes')) {
      if (group.contains(document.activeElement)) focusAfterAction();
      group.remove();
    }
  }

  function showErased(messages) {
    const note = el('div', 'gewist');
    for (const m of messages) WegwijsBericht.appendText(note.appendChild(el('p', 'bericht wegwijs')), clean(m).text, messageOptions());
    const begin = () => request(() => startSession(true), begin);
    const again = button('nieuw', texts.nieuw_gesprek, () => {
      focusAfterAction();
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

  /** A message waits behind a pending reply: say so, under "Wegwijs is aan het typen". */
  function showQueued() {
    if (!ui.typen.querySelector('.wacht')) ui.typen.append(el('span', 'wacht', texts.wachtrij));
  }

  /** The erase is queued behind a pending reply: say so, in the same live region. */
  function showWaiting() {
    const row = el('span');
    row.append(el('span', 'stip'), el('span', 'stip'), el('span', 'stip'), texts.wissen_wacht);
    ui.typen.replaceChildren(row);
  }

  function showError(message, retry) {
    const box = el('div', 'fout');
    box.setAttribute('role', 'alert');
    box.append(el('p', '', message), button('', texts.opnieuw, retry));
    ui.fouten.append(box);
  }

  function clearError() {
    if (ui.fouten.contains(document.activeElement)) ui.input.focus();
    ui.fouten.replaceChildren();
  }

  // ---- opening and closing: the host page shows or hides this frame ----

  /** Tell the page that embeds us; only ever open/closed state and the launcher's look, never the conversation. */
  function tellHost(type, details = {}) {
    if (host) host.window.postMessage({ wegwijs: type, ...details }, host.origin);
  }

  function open(byTouch) {
    if (idleTooLong(state.laatst) && (state.sessionId || state.messages.length)) forget(); // left alone too long
    state.open = true;
    touch = byTouch;
    focusAfterAction();
    ui.log.scrollTop = ui.log.scrollHeight;
    if (!state.sessionId && !state.messages.length) request(() => startSession(true), () => open(touch));
    save();
  }

  function close() {
    state.open = false;
    ui.bevestig.hidden = true;
    ui.sluitVraag.hidden = true;
    save();
    tellHost('sluiten');
  }

  /** "Sluiten": on a shared computer the next person could read on; offer to erase first. */
  function askBeforeClosing() {
    if (!state.messages.some((m) => m.from === 'u')) {
      close();
      return;
    }
    ui.bevestig.hidden = true;
    ui.sluitVraag.hidden = false;
    ui.alleenSluiten.focus();
  }

  function eraseAndClose() {
    erase();
    close();
  }

  /** The host page says the panel is full screen: modal, and Tab stays inside. */
  function setModal(on) {
    modal = on;
    document.documentElement.classList.toggle('vol', on); // compact header and action bar (frame.css)
    if (on) ui.panel.setAttribute('aria-modal', 'true');
    else ui.panel.removeAttribute('aria-modal');
  }

  function tabbable() {
    return [...ui.panel.querySelectorAll('button, a[href], textarea, [tabindex="0"]')].filter(
      (node) => !node.disabled && node.getClientRects().length > 0,
    );
  }

  /** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
  function keepFocusInside(event) {
    const all = tabbable();
    const first = all[0];
    const last = all[all.length - 1];
    const at = document.activeElement;
    if (event.shiftKey && (at === first || !ui.panel.contains(at))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (at === last || !ui.panel.contains(at))) {
      event.preventDefault();
      first.focus();
    }
  }

  /** The launcher's look and whether the panel was open, for the host page. */
  function ready() {
    tellHost('klaar', {
      open: state.open,
      titel: settings.titel || 'Wegwijs',
      openen: texts.openen,
      kleur: HEX.test(settings.kleur) ? settings.kleur : '#154273',
      tekstkleur: HEX.test(settings.tekstkleur) ? settings.tekstkleur : '#ffffff',
    });
  }

  /** Only the window that embeds us, from a site the gemeente listed (or our own demo page). */
  function fromHost(event) {
    if (event.source !== window.parent || window.parent === window) return false;
    const sites = (settings && Array.isArray(settings.toegestane_sites)) ? settings.toegestane_sites : [];
    return event.origin === location.origin || sites.includes(event.origin);
  }

  const waitingForSettings = [];

  function onMessage(event) {
    if (!settings) {
      waitingForSettings.push(event); // the settings (with the allowed sites) are still loading
      return;
    }
    if (!fromHost(event) || !event.data || typeof event.data !== 'object') return;
    const type = event.data.wegwijs;
    if (type === 'hallo') {
      host = { window: event.source, origin: event.origin };
      ready();
    } else if (type === 'openen' && host) {
      open(event.data.aanraking === true);
    } else if (type === 'modaal' && host) {
      setModal(event.data.aan === true);
    } else if (type === 'sluit' && host) {
      close(); // the Back button: the page went back from the panel's history entry
    }
  }

  // ---- building the panel ----

  /** Privacy up front, right where one types: what not to type, how long it is kept, the gemeente's statement. */
  function privacyNote() {
    const note = el('p', 'privacy', texts.privacy);
    note.id = 'ww-privacy';
    const url = WegwijsBericht.safeUrl(settings.privacyverklaring);
    if (url && url.startsWith('https:')) {
      const link = el('a', '', texts.privacyverklaring);
      link.href = url;
      link.target = '_top';
      note.append(' ', link);
    }
    return note;
  }

  function build() {
    const colours = new CSSStyleSheet();
    // Checked again here, because these values go into CSS text.
    const colour = (value, fallback) => (HEX.test(value) ? value : fallback);
    colours.replaceSync(
      `:root { --ww-kleur: ${colour(settings.kleur, '#154273')}; --ww-tekst: ${colour(settings.tekstkleur, '#ffffff')}; }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, colours];

    const panel = el('div', 'panel');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-labelledby', 'ww-titel');
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(); // Escape closes at once; "Sluiten" offers to erase first
      } else if (event.key === 'Tab' && modal) {
        keepFocusInside(event);
      }
    });
    ui.panel = panel;

    const title = el('h1', '', settings.titel || 'Wegwijs');
    title.id = 'ww-titel';
    const heading = el('div');
    heading.append(title, el('p', '', texts.ondertitel));
    const header = el('div', 'kop');
    // NL/EN: the other language, named in itself (a Dutch page shows "EN", read as English).
    const ander = taal() === 'en' ? 'nl' : 'en';
    ui.taal = button('taal', ander.toUpperCase(), () => switchLanguage(ander));
    ui.taal.lang = ander;
    // The visible "EN" is part of the name (WCAG 2.5.3), the word says what it does.
    ui.taal.setAttribute('aria-label', ander === 'en' ? 'EN, English' : 'NL, Nederlands');
    header.append(heading, ui.taal, button('sluiten', texts.sluiten, askBeforeClosing));

    ui.wissen = button('', texts.wissen, () => {
      ui.bevestig.hidden = false;
      ui.bevestigNee.focus();
    });
    const actions = el('div', 'acties');
    actions.append(
      button('', texts.mens, () => send(MENS_PAYLOAD, texts.mens)),
      button('afdrukken', texts.afdrukken, () => print()), // the whole conversation (frame.css, @media print)
      ui.wissen,
    );

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

    const closing = el('p', '', texts.sluiten_vraag);
    closing.id = 'ww-sluiten-vraag';
    ui.alleenSluiten = button('', texts.sluiten_bewaren, close);
    ui.sluitVraag = el('div', 'bevestig');
    ui.sluitVraag.hidden = true;
    ui.sluitVraag.setAttribute('role', 'group');
    ui.sluitVraag.setAttribute('aria-labelledby', 'ww-sluiten-vraag');
    ui.sluitVraag.append(closing, button('', texts.sluiten_wissen, eraseAndClose), ui.alleenSluiten);

    ui.log = el('div', 'log');
    ui.log.setAttribute('role', 'log');
    ui.log.setAttribute('aria-live', 'polite');
    ui.log.setAttribute('aria-label', texts.gesprek);
    ui.log.tabIndex = 0; // scrollable by keyboard
    ui.lijst = el('ol', 'berichten'); // each message a list item, with its sender for screen readers
    ui.privacy = privacyNote();
    ui.log.append(ui.lijst);

    ui.typen = el('div', 'typen');
    ui.typen.setAttribute('role', 'status');
    ui.fouten = el('div');

    const label = el('label', '', texts.vraag_label);
    label.htmlFor = 'ww-invoer';
    ui.input = el('textarea');
    ui.input.id = 'ww-invoer';
    ui.input.rows = 2;
    ui.input.maxLength = 2000; // the gateway refuses longer messages
    ui.input.placeholder = texts.vraag_hint;
    ui.input.enterKeyHint = 'send';
    ui.input.setAttribute('aria-describedby', ui.privacy.id);
    ui.input.addEventListener('input', () => {
      state.concept = ui.input.value; // a half-typed message survives a reload
      save();
    });
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
    form.append(label, ui.privacy, row);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = ui.input.value.trim();
      if (text) sendTyped(text);
    });

    panel.append(header, actions, ui.bevestig, ui.sluitVraag, ui.log, ui.typen, ui.fouten, form);

    // The transcript is filled in before the panel is on the page,
    // so a screen reader does not read it all out again.
    const saved = state.messages;
    state.messages = [];
    for (const m of saved) addMessage(m.from === 'u' ? { from: 'u', text: String(m.text) } : clean(m));
    // What was typed but not sent yet: the messages that waited, then the half-typed one.
    const unsent = [...(Array.isArray(state.wachtrij) ? state.wachtrij : []), state.concept];
    state.wachtrij = [];
    state.concept = unsent.filter((t) => typeof t === 'string' && t).join('\n');
    ui.input.value = state.concept;
    document.body.append(panel);
    // The frame gets its size only when the host page shows it: then show the end of the conversation.
    addEventListener('resize', () => {
      ui.log.scrollTop = ui.log.scrollHeight;
    });
  }

  function settingsPath() {
    return '/widget/instellingen/' + encodeURIComponent(GEMEENTE) + '?taal=' + taal();
  }

  /**
   * The NL/EN button: the texts and the session change language; the conversation and every fact stay
   * (the gateway tells Wegwijs, which keeps its slots).
   */
  async function switchLanguage(nieuw) {
    state.taal = nieuw;
    save();
    if (state.sessionId) await send('/taal_' + nieuw, nieuw === 'en' ? 'English' : 'Nederlands');
    if (await showTextsIn(taal())) ui.taal.focus();
  }

  /**
   * The gateway's reply says Wegwijs switched language by itself (issue #15): the widget's own labels
   * follow at once, without a message of their own. The focus stays where it was (the input, or not).
   */
  async function followLanguage(nieuw) {
    const inInput = document.activeElement === ui.input;
    state.taal = nieuw;
    save();
    if ((await showTextsIn(nieuw)) && inInput) ui.input.focus();
  }

  /** Loads the widget's texts in this language and draws the panel again with the same conversation. */
  async function showTextsIn(nieuw) {
    try {
      settings = await api('GET', settingsPath());
    } catch (e) {
      return false; // the old texts stay; the next answers come in the new language anyway
    }
    if (taal() !== nieuw) return false; // chosen otherwise meanwhile
    texts = settings.teksten || {};
    document.documentElement.lang = taal();
    save();
    ui.panel.remove();
    build();
    return true;
  }

  /** The language chosen earlier in this tab, read before the settings (which load() needs) are in. */
  function savedTaal() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
      return saved && (saved.taal === 'en' || saved.taal === 'nl') ? saved.taal : null;
    } catch (e) {
      return null;
    }
  }

  async function start() {
    state.taal = savedTaal();
    try {
      settings = await api('GET', settingsPath());
    } catch (e) {
      console.warn(`Wegwijs: no settings for gemeente "${GEMEENTE}".`);
      return;
    }
    texts = settings.teksten || {};
    state = load();
    document.documentElement.lang = taal();
    build();
    for (const event of waitingForSettings.splice(0)) onMessage(event);
  }

  // Listen at once: the host says hello as soon as this frame has loaded.
  addEventListener('message', onMessage);
  // Tap or keys: after a tap the focus never jumps to the input (that would open the on-screen keyboard).
  addEventListener('pointerdown', (event) => {
    touch = event.pointerType === 'touch' || event.pointerType === 'pen';
  }, true);
  addEventListener('keydown', () => {
    touch = false;
  }, true);
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
