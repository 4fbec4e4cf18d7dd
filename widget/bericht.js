/*
 * Wegwijs: one message of a conversation, as a list item (<li>). Shared by the
 * widget's frame (frame.js) and the review page, so it keeps no state of its
 * own about a session: whatever it needs from its page comes in `opties`.
 *
 *   WegwijsBericht.render(message, opties) -> <li>
 *
 * message: {from: "wegwijs" | "u", text, buttons, meer_uitleg, links, overzicht}
 *   (the gateway's BotMessage; see docs/widget.md). Only Wegwijs' own text gets
 *   links: https addresses and phone numbers ("Bel 113"); the resident's text
 *   stays plain text. Everything is added as text nodes, never as HTML.
 * opties:
 *   teksten         the widget's texts (GET /widget/instellingen/<gemeente>, "teksten")
 *   onButton(b, e)  a quick reply was chosen; without it the buttons show, disabled
 *   linkDoel        where https links open ("_top": the whole tab, not the small frame)
 *   overzichtAdres()  the path of GET /api/sessions/{id}/overzicht; without it no "Mijn overzicht"
 *   kopNiveau       heading level of the "Meer uitleg" parts (2 by default)
 *
 * Plain JavaScript, no dependencies, no build step, no inline script or style.
 */
(() => {
  'use strict';

  const LINK = /https:\/\/[^\s<>"'()]+/g; // only https addresses become links
  // Phone numbers as Wegwijs writes them: 112 and 113 (only right after "bel", so never a house
  // number or an article), 0800 and 0900 numbers, the gemeente's 14 0xx, and ordinary ten-digit
  // numbers (020-1234567, 06-12345678, 0612345678). Never part of a longer number, a word, an
  // address (113.nl), an amount, a percentage or a postcode.
  const PHONE = new RegExp(
    String.raw`(?<![\p{L}\p{N}€.,/+-])(?:` +
      [
        String.raw`(?<=\b[Bb]el(?:t|len)?\s)11[23]`,
        String.raw`0[89]00[\s-]?\d{3,7}`,
        String.raw`14\s?0\d{2,3}`,
        String.raw`0\d{2}-\d{7}|0\d{3}-\d{6}|06-\d{8}|0\d{9}`,
      ].join('|') +
      String.raw`)(?![\p{L}\p{N}]|[.,]\p{N}|\.\p{L}|\s?(?:%|procent|euro)|\s\p{Lu}{2}\b)`,
    'gu',
  );
  // Amounts: "€ 1.200", "€ 1.419,46", "€ 112,-", "1200 euro". They are kept whole, never linked.
  const AMOUNT = /€\s?\d+(?:\.\d{3})*(?:,(?:\d\d|-))?|(?<![\p{N}.,])\d+(?:\.\d{3})*(?:,\d\d)?\seuro\b/giu;
  // The only addresses a link button may have (contract: tel:, mailto:, https:).
  const SAFE_SCHEMES = ['tel:', 'mailto:', 'https:'];
  const REVOKE_AFTER_MS = 5 * 60 * 1000;

  let counter = 0; // unique ids for aria-controls, also with several lists on one page

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function button(className, text, onClick) {
    const node = el('button', className, text);
    node.type = 'button';
    if (onClick) node.addEventListener('click', onClick);
    return node;
  }

  // ---- text: https links, call links, amounts that never break ----

  /** Text as text nodes; https addresses become links. Never HTML. */
  function appendText(parent, text, opties) {
    let done = 0;
    for (const match of text.matchAll(LINK)) {
      const url = match[0].replace(/[.,;:!?]+$/, ''); // a dot after an address ends the sentence
      const link = el('a', '', url.slice('https://'.length));
      link.href = url;
      link.target = opties.linkDoel || '_top';
      appendWithNumbers(parent, text.slice(done, match.index), opties);
      parent.append(link);
      done = match.index + url.length;
    }
    appendWithNumbers(parent, text.slice(done), opties);
  }

  /** Phone numbers and amounts in a text, in order, never overlapping: {index, text, phone}. */
  function findNumbers(text) {
    const found = [
      ...[...text.matchAll(PHONE)].map((m) => ({ index: m.index, text: m[0], phone: true })),
      ...[...text.matchAll(AMOUNT)].map((m) => ({ index: m.index, text: m[0], phone: false })),
    ].sort((a, b) => a.index - b.index);
    let end = 0;
    return found.filter((n) => {
      if (n.index < end) return false;
      end = n.index + n.text.length;
      return true;
    });
  }

  /** Numbers and amounts stay on one line; phone numbers become call links ("Bel 113") in the same tab. */
  function appendWithNumbers(parent, text, opties) {
    const texts = opties.teksten || {};
    let done = 0;
    for (const number of findNumbers(text)) {
      const whole = el('span', 'heel');
      if (number.phone) {
        const link = el('a', 'bel', number.text);
        link.href = 'tel:' + number.text.replace(/\D/g, '');
        link.setAttribute('aria-label', texts.bel + ' ' + number.text);
        whole.append(link);
      } else {
        whole.textContent = number.text;
      }
      parent.append(text.slice(done, number.index), whole);
      done = number.index + number.text.length;
    }
    parent.append(text.slice(done));
  }

  // ---- the message's own parts ----

  /** Only tel:, mailto: and https: addresses; anything else (javascript:, http:, data:) is no link. */
  function safeUrl(url) {
    try {
      const parsed = new URL(String(url));
      return SAFE_SCHEMES.includes(parsed.protocol) ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /** "Meer uitleg": a disclosure button and the parts behind it (waarom, aannames, wet). */
  function moreExplanation(parts, opties) {
    const texts = opties.teksten || {};
    const id = 'ww-uitleg-' + ++counter;
    const content = el('div', 'uitleg');
    content.id = id;
    content.hidden = true;
    const level = Math.min(6, Math.max(2, Number(opties.kopNiveau) || 2));
    for (const part of parts) {
      const section = el('section');
      const heading = el('h' + level, '', part.kop);
      const body = el('p');
      appendText(body, part.tekst, opties);
      section.append(heading, body);
      content.append(section);
    }
    const toggle = button('meer', texts.meer_uitleg, () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      content.hidden = !open;
    });
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', id);
    return { toggle, content };
  }

  /** Call buttons and the gemeente's written routes, as links that look like buttons. */
  function linkButtons(links, opties) {
    const group = el('div', 'links');
    for (const { titel, url } of links) {
      const link = el('a', 'knop', titel);
      link.href = url;
      if (url.startsWith('https:')) link.target = opties.linkDoel || '_top';
      group.append(link);
    }
    return group;
  }

  // ---- "Mijn overzicht": fetched here, shown from a blob: address without the session id ----

  async function fetchOverview(path) {
    let response;
    try {
      response = await fetch(path, { credentials: 'omit' });
    } catch (e) {
      return { fout: 'verbinding' };
    }
    if (!response.ok) {
      let data = null;
      try {
        data = await response.json();
      } catch (e) {
        // not JSON: the widget's own text below
      }
      return { fout: (data && typeof data.message === 'string' && data.message) || 'onbekend' };
    }
    return { blob: await response.blob() };
  }

  /**
   * The overzicht page as it stands on its own at a blob: address: its stylesheet by its full
   * address (a blob: address is no base for "/..."), and without links that carry the session id
   * (the page's own pdf link: the widget has its own button). It is our own server's page, made
   * from escaped text; it is parsed, never run (DOMParser runs no scripts).
   */
  async function standAlone(blob) {
    const page = new DOMParser().parseFromString(await blob.text(), 'text/html');
    for (const sheet of page.querySelectorAll('link[href]')) sheet.href = new URL(sheet.getAttribute('href'), location.href).href;
    for (const link of page.querySelectorAll('a[href]')) {
      if (safeUrl(link.getAttribute('href'))) continue; // https:, mailto:, tel: stay
      const parent = link.parentElement;
      link.remove();
      if (parent && !parent.textContent.trim()) parent.remove();
    }
    return new Blob(['<!doctype html>', new XMLSerializer().serializeToString(page.documentElement)], { type: 'text/html' });
  }

  function overview(opties) {
    const texts = opties.teksten || {};
    const group = el('div', 'overzicht');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', texts.overzicht);
    const status = el('p', 'overzicht-status');
    status.setAttribute('role', 'status');

    async function get(formaat, knop) {
      status.replaceChildren();
      knop.setAttribute('aria-busy', 'true');
      const base = opties.overzichtAdres();
      const result = base ? await fetchOverview(base + (formaat === 'pdf' ? '?formaat=pdf' : '')) : { fout: 'onbekend' };
      knop.removeAttribute('aria-busy');
      if (!result.blob) {
        const message = { verbinding: texts.overzicht_geen_verbinding, onbekend: texts.overzicht_fout }[result.fout];
        status.textContent = message || result.fout;
        return;
      }
      const address = URL.createObjectURL(formaat === 'pdf' ? result.blob : await standAlone(result.blob));
      setTimeout(() => URL.revokeObjectURL(address), REVOKE_AFTER_MS);
      const link = el('a', 'knop', formaat === 'pdf' ? texts.overzicht_pdf_bewaren : texts.overzicht_openen);
      link.href = address;
      if (formaat === 'pdf') {
        link.download = texts.overzicht_bestand + '.pdf';
        link.click(); // the download starts; the link stays for a second try
      } else {
        link.target = '_blank';
        const opened = window.open(address, '_blank');
        if (opened) opened.opener = null;
        else link.focus(); // a popup blocker: the link opens it
      }
      status.replaceChildren(link);
    }

    const html = button('', texts.overzicht, () => get('html', html));
    const pdf = button('', texts.overzicht_pdf, () => get('pdf', pdf));
    group.append(html, pdf, status);
    return group;
  }

  // ---- voorlezen: the browser's own speech, a Dutch voice, no third party ----

  function dutchVoice() {
    if (!('speechSynthesis' in window)) return null;
    const voices = window.speechSynthesis.getVoices();
    const lang = (v) => String(v.lang).replace('_', '-').toLowerCase();
    return voices.find((v) => lang(v) === 'nl-nl') || voices.find((v) => lang(v).startsWith('nl')) || null;
  }

  function readAloud(toggle, text) {
    const synth = window.speechSynthesis;
    const wasOn = toggle.getAttribute('aria-pressed') === 'true';
    synth.cancel();
    for (const other of document.querySelectorAll('.voorlezen')) other.setAttribute('aria-pressed', 'false');
    const voice = dutchVoice();
    if (wasOn || !voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    const done = () => toggle.setAttribute('aria-pressed', 'false');
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    toggle.setAttribute('aria-pressed', 'true');
    synth.speak(utterance);
  }

  /** Shown only while the browser has a Dutch voice; voices often arrive a moment after the page. */
  function showVoiceButtons() {
    const none = !dutchVoice();
    for (const toggle of document.querySelectorAll('.voorlezen')) toggle.hidden = none;
  }

  if ('speechSynthesis' in window) window.speechSynthesis.addEventListener('voiceschanged', showVoiceButtons);

  // ---- the whole message ----

  /** Only what the gateway promises; anything else in a message is ignored. */
  function clean(message) {
    const m = message || {};
    const list = (value) => (Array.isArray(value) ? value : []);
    return {
      from: m.from === 'u' ? 'u' : 'wegwijs',
      text: String(m.text || ''),
      buttons: list(m.buttons)
        .filter((b) => b && typeof b.title === 'string' && typeof b.payload === 'string')
        .map((b) => ({ title: b.title, payload: b.payload })),
      meer_uitleg: list(m.meer_uitleg)
        .filter((p) => p && typeof p.kop === 'string' && typeof p.tekst === 'string')
        .map((p) => ({ kop: p.kop, tekst: p.tekst })),
      links: list(m.links)
        .filter((l) => l && typeof l.titel === 'string' && l.titel && safeUrl(l.url))
        .map((l) => ({ titel: l.titel, url: safeUrl(l.url) })),
      overzicht: m.overzicht === true,
    };
  }

  function render(message, opties = {}) {
    const texts = opties.teksten || {};
    const m = clean(message);
    const item = el('li', 'item ' + m.from);
    const bubble = el('div', 'bericht ' + m.from);
    bubble.append(el('span', 'sr', m.from === 'u' ? texts.afzender_u : texts.afzender_wegwijs), ' ');
    item.append(bubble);
    if (m.from === 'u') {
      bubble.append(m.text);
      return item;
    }
    appendText(bubble, m.text, opties);

    const tools = el('div', 'hulpmiddelen');
    if (m.meer_uitleg.length) {
      const more = moreExplanation(m.meer_uitleg, opties);
      tools.append(more.toggle);
      item.append(tools, more.content);
    }
    if (m.text.trim() && 'speechSynthesis' in window) {
      const toggle = button('voorlezen', texts.voorlezen);
      toggle.setAttribute('aria-pressed', 'false');
      toggle.hidden = !dutchVoice();
      toggle.addEventListener('click', () => readAloud(toggle, m.text));
      tools.prepend(toggle);
      if (!tools.parentNode) item.append(tools);
    }
    if (m.links.length) item.append(linkButtons(m.links, opties));
    if (m.overzicht && typeof opties.overzichtAdres === 'function') item.append(overview(opties));
    if (m.buttons.length) {
      const group = el('div', 'keuzes');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', texts.keuzes);
      for (const b of m.buttons) {
        const choice = button('', b.title, opties.onButton && ((event) => opties.onButton(b, event)));
        choice.disabled = !opties.onButton;
        group.append(choice);
      }
      item.append(group);
    }
    return item;
  }

  window.WegwijsBericht = Object.freeze({ render, clean, appendText, safeUrl, dutchVoice, el, button });
})();
