/*
 * Wegwijs chat widget: the part on the gemeente's own site. A gemeente puts one line on its site:
 *
 *   <script src="https://<host>/widget/wegwijs.js" data-gemeente="<naam>" async></script>
 *
 * Optional: data-plek="<id>" puts the button inside the element with that id, so it
 * comes at that place in the page's tab order (by default: at the end of <body>).
 *
 * This script only draws the "Chat met Wegwijs" button and a frame. The whole
 * conversation runs in that frame, served from the Wegwijs server's own origin
 * (GET /widget/frame/<naam>, widget/frame.js), so the session id and the
 * transcript live only there: a script on this page cannot read them. Between
 * this page and the frame go only "hello", "ready", "open" and "close", each
 * checked for the sender's window and origin on both sides.
 *
 * Plain JavaScript, no dependencies, no build step. Everything lives in a
 * shadow root with a constructable stylesheet, which a strict
 * Content-Security-Policy (no 'unsafe-inline') allows. It adds no global
 * variables, sets no cookies and stores nothing.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  // Too old a browser, or the tag is on the page twice: no widget, the site itself still works.
  if (!script || !('adoptedStyleSheets' in Document.prototype) || document.querySelector('wegwijs-widget')) return;

  const BASE = new URL(script.src).origin;
  const GEMEENTE = script.dataset.gemeente || '';
  const PLEK = script.dataset.plek || '';
  const HEX = /^#[0-9a-f]{6}$/i;
  // When the panel takes the whole screen (the same rule as in CSS below), it is modal.
  const FULL_SCREEN = '(max-width: 30em), (max-height: 34em)';
  const OPEN_STATE = 'wegwijs-open'; // our history entry while the panel is open: Back closes it

  // The button, and the frame as a panel: full screen on phones and at 200 % zoom.
  const CSS = `
:host {
  all: initial;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  /* Readable even on sites that set html { font-size: 62.5% }; grows with the reader's own setting. */
  font-size: max(17px, 1rem);
  line-height: 1.5;
}
[hidden] { display: none !important; }
.launcher {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  display: flex; align-items: center; gap: .5em;
  min-height: 48px; margin: 0; padding: .6em 1.2em;
  font: inherit; font-weight: 600; cursor: pointer;
  background: var(--ww-kleur); color: var(--ww-tekst);
  border: 2px solid #fff; border-radius: 999px;
  box-shadow: 0 2px 10px rgba(0, 0, 0, .35);
}
.launcher:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 0; box-shadow: 0 0 0 6px #fff; }
.launcher svg { width: 1.5em; height: 1.5em; fill: currentColor; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  box-sizing: border-box;
  /* On a desktop the conversation gets the screen's height (less the margins), up to 50em; a bit wider
     than a phone, so the header and the action bar keep to fewer lines. */
  width: min(30em, calc(100vw - 32px));
  height: min(50em, calc(100vh - 32px));
  height: min(50em, calc(100dvh - 32px));
  background: #fff;
  border: 1px solid #767676;
  border-radius: 12px;
  box-shadow: 0 4px 24px rgba(0, 0, 0, .3);
  animation: in .2s ease-out;
}
@keyframes in { from { opacity: 0; transform: translateY(1em); } }
@media (max-width: 30em), (max-height: 34em) {
  .panel { inset: 0; width: 100%; height: 100%; border: 0; border-radius: 0; }
}
/* Large text: the button stays one line, never wider than the screen (the words may be cut short;
   its name for screen readers stays whole). */
.launcher { box-sizing: border-box; max-width: calc(100vw - 32px); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.launcher svg { flex: none; }
/* A printed page shows the page itself; the frame prints the whole conversation ("Afdrukken"). */
@media print {
  .launcher, .panel { display: none !important; }
}
@media (prefers-reduced-motion: reduce) {
  .panel { animation: none; }
}`;

  const ui = {};

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

  function tellFrame(type, details = {}) {
    ui.frame.contentWindow.postMessage({ wegwijs: type, ...details }, BASE);
  }

  /**
   * Full screen means modal: the rest of the page is inert (no focus, not read out) while the
   * panel covers it. Only what we made inert is made active again.
   */
  function setModal() {
    const modal = !ui.frame.hidden && ui.fullScreen.matches;
    if (modal === ui.modal) return;
    ui.modal = modal;
    for (const node of ui.inert.splice(0)) node.inert = false;
    for (let node = ui.element; modal && node.parentElement && node !== document.body; node = node.parentElement) {
      for (const other of node.parentElement.children) {
        if (other !== node && !other.inert) {
          other.inert = true;
          ui.inert.push(other);
        }
      }
    }
    tellFrame('modaal', { aan: modal });
  }

  function open(event) {
    ui.launcher.hidden = true;
    ui.frame.hidden = false;
    setModal();
    ui.frame.focus();
    // A tap: the frame leaves the on-screen keyboard closed. Enter or a mouse: the focus goes to the input.
    tellFrame('openen', { aanraking: ui.pointer === 'touch' || ui.pointer === 'pen' });
    ui.pointer = '';
    // The Back button (the Android back gesture) closes the panel instead of leaving the page.
    if (!(history.state && history.state[OPEN_STATE])) history.pushState({ [OPEN_STATE]: true }, '');
  }

  function close() {
    ui.frame.hidden = true;
    ui.launcher.hidden = false;
    setModal();
    ui.launcher.focus();
    if (history.state && history.state[OPEN_STATE]) history.back();
  }

  /** Back while the panel is open: the frame closes (and saves that), then says "sluiten". */
  function onBack() {
    if (!ui.frame.hidden && !(history.state && history.state[OPEN_STATE])) tellFrame('sluit');
  }

  /** The frame is ready: now the button can show, in the gemeente's colours and words. */
  function ready(data) {
    clearTimeout(ui.silence);
    const colour = (value, fallback) => (HEX.test(value) ? value : fallback);
    const colours = new CSSStyleSheet();
    colours.replaceSync(
      `:host { --ww-kleur: ${colour(data.kleur, '#154273')}; --ww-tekst: ${colour(data.tekstkleur, '#ffffff')}; }`,
    );
    ui.root.adoptedStyleSheets = [ui.look, colours];
    ui.launcher.replaceChildren(chatIcon(), String(data.openen || 'Chat met Wegwijs'));
    ui.frame.title = String(data.titel || 'Wegwijs');
    if (data.open) {
      ui.frame.hidden = false; // it was open on the previous page; the focus stays where the page puts it
      setModal();
    } else {
      ui.launcher.hidden = false;
    }
  }

  /** Only our own frame, from the Wegwijs origin. Anything else on the page is ignored. */
  function onMessage(event) {
    if (event.source !== ui.frame.contentWindow || event.origin !== BASE) return;
    if (!event.data || typeof event.data !== 'object') return;
    if (event.data.wegwijs === 'klaar') ready(event.data);
    else if (event.data.wegwijs === 'sluiten') close();
  }

  function start() {
    if (!GEMEENTE) {
      console.warn('Wegwijs: add data-gemeente="<naam>" to the script tag.');
      return;
    }
    const element = document.createElement('wegwijs-widget');
    element.lang = 'nl'; // screen readers read the button in Dutch, whatever the page's language
    ui.element = element;
    ui.inert = [];
    ui.modal = false;
    ui.fullScreen = matchMedia(FULL_SCREEN);
    ui.root = element.attachShadow({ mode: 'open' });
    ui.look = new CSSStyleSheet();
    ui.look.replaceSync(CSS);
    ui.root.adoptedStyleSheets = [ui.look];

    ui.launcher = document.createElement('button');
    ui.launcher.type = 'button';
    ui.launcher.className = 'launcher';
    ui.launcher.hidden = true; // until the frame says it is ready
    ui.launcher.addEventListener('pointerdown', (event) => {
      ui.pointer = event.pointerType;
    });
    ui.launcher.addEventListener('click', open);

    ui.frame = document.createElement('iframe');
    ui.frame.className = 'panel';
    ui.frame.hidden = true;
    ui.frame.title = 'Wegwijs';
    ui.frame.referrerPolicy = 'no-referrer';
    // An English host page (<html lang="en">) gets Wegwijs in English; the NL/EN button can change it (issue #15).
    const pageLang = (document.documentElement.lang || '').toLowerCase();
    ui.frame.src = BASE + '/widget/frame/' + encodeURIComponent(GEMEENTE) + (pageLang.startsWith('en') ? '?taal=en' : '');
    ui.frame.addEventListener('load', () => tellFrame('hallo'));

    addEventListener('message', onMessage);
    addEventListener('popstate', onBack);
    ui.fullScreen.addEventListener('change', setModal);
    ui.silence = setTimeout(() => {
      console.warn(
        `Wegwijs: the widget for gemeente "${GEMEENTE}" from ${BASE} did not start.` +
          ' Is the name right, and is this site in widget.toegestane_sites?',
      );
    }, 15000);
    ui.root.append(ui.launcher, ui.frame);
    const place = PLEK ? document.getElementById(PLEK) : null;
    if (PLEK && !place) console.warn(`Wegwijs: no element with id="${PLEK}" for data-plek; the button goes at the end.`);
    (place || document.body).append(element);
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
