// The review page: chat in a test session, mark each answer, see everyone's marks.
// Every text comes from bot/domain/review.yml through /review/api/teksten.
"use strict";
(function () {
  const KEY = "wegwijs:tester";
  const OORDELEN = ["klopt", "klopt_niet", "te_moeilijk", "te_lang", "toon"];
  let T = {};
  let sessie = null; // {session_id, conversation_id, beurt}
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const token = () => sessionStorage.getItem(KEY);

  async function api(method, path, body) {
    const headers = { "Authorization": "Bearer " + token() };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const type = response.headers.get("Content-Type") || "";
    const data = type.includes("json") ? await response.json() : await response.blob();
    if (response.status === 401) uitloggen(); // a wrong, revoked or expired key: the message says which
    if (!response.ok) throw serverFout((data && data.message) || (response.status === 401 ? T.fout_sleutel : T.fout));
    return data;
  }

  function serverFout(message) {
    const error = new Error(message);
    error.vanServer = true;
    return error;
  }

  function toonFout(error) { $("fout").textContent = error ? (error.message || String(error)) : ""; }
  function melding(text) { $("melding").textContent = text || ""; }

  function uitloggen() {
    sessionStorage.removeItem(KEY);
    $("binnen").hidden = true;
    $("inloggen").hidden = false;
  }

  async function binnenkomen() {
    const ik = await api("GET", "/review/api/ik");
    $("naam").textContent = ik.naam;
    $("inloggen").hidden = true;
    $("binnen").hidden = false;
    await lijst();
  }

  function antwoordTekst(container, messages) {
    messages.forEach((m) => {
      container.append(el("p", { class: "tekst" }, m.text));
      if (m.buttons && m.buttons.length) {
        container.append(el("p", { class: "knoppen" }, m.buttons.map((b) => "[" + b.title + "]").join(" ")));
      }
    });
  }

  function oordeelFormulier(conversationId, beurt) {
    const form = el("form", { class: "oordeel" });
    const id = "oordeel-" + conversationId.slice(0, 8) + "-" + beurt;
    form.append(el("label", { for: id }, T.oordeel));
    const select = el("select", { id, name: "oordeel" });
    select.append(el("option", { value: "" }, T.kies));
    OORDELEN.forEach((o) => select.append(el("option", { value: o }, T[o])));
    form.append(select);
    form.append(el("label", { for: id + "-opmerking" }, T.opmerking));
    const opmerking = el("textarea", { id: id + "-opmerking", name: "opmerking", rows: "2", maxlength: "2000" });
    form.append(opmerking);
    form.append(el("button", { type: "submit" }, T.bewaar));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      toonFout(null);
      if (!select.value) { toonFout(new Error(T.fout_oordeel)); select.focus(); return; }
      try {
        await api("POST", "/review/api/markeringen",
          { conversation_id: conversationId, beurt, oordeel: select.value, opmerking: opmerking.value });
        melding(T.bewaard);
        form.append(el("p", { class: "markering" }, T[select.value] + (opmerking.value ? ": " + opmerking.value : "")));
        select.value = ""; opmerking.value = "";
        await lijst();
      } catch (error) { toonFout(error); }
    });
    return form;
  }

  function toonBeurt(messages, beurt) {
    const div = el("div", { class: "beurt wegwijs" });
    const kop = el("p", {});
    kop.append(el("strong", {}, T.wegwijs));
    div.append(kop);
    antwoordTekst(div, messages);
    div.append(oordeelFormulier(sessie.conversation_id, beurt));
    $("gesprek").append(div);
  }

  async function starten(event) {
    event.preventDefault();
    toonFout(null);
    const body = {};
    if ($("peildatum").value) body.peildatum = $("peildatum").value;
    try {
      const answer = await api("POST", "/review/api/sessions", body);
      sessie = { session_id: answer.session_id, conversation_id: answer.conversation_id, beurt: 0 };
      $("gesprek").replaceChildren();
      toonBeurt(answer.messages, 0);
      $("vragen").hidden = false;
      $("vraag").focus();
      await lijst();
    } catch (error) { toonFout(error); }
  }

  async function vragen(event) {
    event.preventDefault();
    toonFout(null);
    const text = $("vraag").value.trim();
    if (!text || !sessie) return;
    const mine = el("div", { class: "beurt u" });
    mine.append(el("p", {}, "")); mine.firstChild.append(el("strong", {}, T.u));
    mine.append(el("p", { class: "tekst" }, text));
    $("gesprek").append(mine);
    $("vraag").value = "";
    try {
      const answer = await api("POST", "/api/sessions/" + encodeURIComponent(sessie.session_id) + "/messages", { text });
      sessie.beurt += 1;
      toonBeurt(answer.messages, sessie.beurt);
      await lijst();
    } catch (error) { toonFout(error); }
  }

  async function lijst() {
    const data = await api("GET", "/review/api/gesprekken");
    const ul = $("lijst");
    ul.replaceChildren();
    if (!data.gesprekken.length) { ul.append(el("li", {}, T.geen_gesprekken)); return; }
    data.gesprekken.forEach((g) => {
      const li = el("li", {}, g.tester + ", " + g.begin.replace("T", " ").slice(0, 16) + " (" + g.markeringen + " " + T.oordelen.toLowerCase() + ") ");
      const knop = el("button", { type: "button", "aria-label": T.open + ": " + g.tester + " " + g.begin }, T.open);
      knop.addEventListener("click", () => bekijk(g.conversation_id).catch(toonFout));
      li.append(knop);
      ul.append(li);
    });
  }

  async function bekijk(conversationId) {
    const g = await api("GET", "/review/api/gesprekken/" + conversationId);
    const box = $("bekijken");
    box.replaceChildren();
    box.append(el("h3", { tabindex: "-1" }, g.tester + " " + (g.peildatum || "")));
    g.beurten.forEach((b) => {
      if (b.tekst !== "/welkom") {
        const mine = el("div", { class: "beurt u" });
        mine.append(el("p", { class: "tekst" }, T.u + ": " + b.tekst));
        box.append(mine);
      }
      const div = el("div", { class: "beurt wegwijs" });
      antwoordTekst(div, b.antwoord);
      b.markeringen.forEach((m) => div.append(
        el("p", { class: "markering" }, m.tester + ": " + (T[m.oordeel] || m.oordeel) + (m.opmerking ? ": " + m.opmerking : ""))));
      box.append(div);
    });
    const download = el("button", { type: "button" }, T.script_download);
    download.addEventListener("click", async () => {
      try { bewaarBlob(await api("GET", "/review/api/gesprekken/" + conversationId + "/dialoog"), "gesprek-" + conversationId.slice(0, 8) + ".yml"); }
      catch (error) { toonFout(error); }
    });
    const inbox = el("button", { type: "button" }, T.script_inbox);
    inbox.addEventListener("click", async () => {
      try { const r = await api("POST", "/review/api/gesprekken/" + conversationId + "/dialoog"); melding(T.script_bewaard + " (" + r.bestand + ")"); }
      catch (error) { toonFout(error); }
    });
    box.append(download, inbox);
    box.querySelector("h3").focus();
  }

  function bewaarBlob(blob, name) {
    const a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(a); a.click(); a.remove();
  }

  document.addEventListener("DOMContentLoaded", async () => {
    T = await (await fetch("/review/api/teksten")).json();
    document.querySelectorAll("[data-tekst]").forEach((n) => { if (T[n.dataset.tekst]) n.textContent = T[n.dataset.tekst]; });
    $("inloggen").addEventListener("submit", async (event) => {
      event.preventDefault();
      toonFout(null);
      sessionStorage.setItem(KEY, $("sleutel").value.trim());
      $("sleutel").value = "";
      try { await binnenkomen(); } catch (error) { uitloggen(); toonFout(error.vanServer ? error : new Error(T.fout_sleutel)); }
    });
    $("uitloggen").addEventListener("click", uitloggen);
    $("starten").addEventListener("submit", starten);
    $("vragen").addEventListener("submit", vragen);
    $("csv").addEventListener("click", async () => {
      try { bewaarBlob(await api("GET", "/review/api/markeringen.csv"), "oordelen.csv"); } catch (error) { toonFout(error); }
    });
    document.body.dataset.klaar = "ja";
    if (token()) { try { await binnenkomen(); } catch (error) { uitloggen(); } }
  });
})();
