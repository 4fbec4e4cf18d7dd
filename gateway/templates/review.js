// The review page: chat in a test session as a resident would (the widget's own message component,
// widget/bericht.js), mark an answer or one sentence of it, follow what became of each mark, and
// play every dialogue script from here. Every text comes from bot/domain/review.yml through
// /review/api/teksten; the messages' own texts (buttons, "Meer uitleg") from the widget's texts.
// A confirmation or an error shows next to the control that caused it, never only at the top.
"use strict";
(function () {
  const OORDELEN = ["klopt", "klopt_niet", "te_moeilijk", "te_lang", "toon"];
  const STATUSSEN = ["nieuw", "bekeken", "opgelost", "geen_fout"];
  const POLL_MS = 1000;
  const KLOK = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "medium", timeStyle: "short" });
  const DAG = new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", dateStyle: "medium" }); // a peildatum is a day, not a moment
  let T = {};
  let ik = { naam: "", coordinator: false };
  let widgetTeksten = {};
  let gemeenten = [];
  let sessie = null; // {session_id, conversation_id, beurt}
  const $ = (id) => document.getElementById(id);
  const el = WegwijsInloggen.el; // gateway/templates/inloggen.js, loaded first
  const knop = (text, onClick, attrs) => {
    const node = el("button", { type: "button", ...(attrs || {}) }, text);
    node.addEventListener("click", onClick);
    return node;
  };
  const tijd = (iso) => (iso ? KLOK.format(new Date(iso)) : "");
  const dag = (iso) => DAG.format(new Date(iso + "T00:00:00Z"));

  // Signing in, the key and every call with it: gateway/templates/inloggen.js, shared with /signalen.
  const sleutel = WegwijsInloggen.maak({ opslag: "wegwijs:tester", binnenkomen, opruimen, teksten: () => T });
  const api = sleutel.vraag;

  /** A message in the status or alert line `node`, right where the person is working. */
  function zeg(node, text) {
    node.textContent = text || "";
  }

  function foutIn(node) {
    return (error) => zeg(node, error ? error.message || String(error) : "");
  }

  function opruimen() {
    sessie = null;
    document.querySelectorAll(".fout, .melding, [role=status]").forEach((n) => { n.textContent = ""; });
    ["gesprek", "lijst", "uitslag", "scripts"].forEach((id) => $(id).replaceChildren());
    $("vragen").hidden = true;
    $("voortgang").hidden = true;
  }

  async function binnenkomen() {
    ik = await api("GET", "/review/api/ik");
    $("naam").textContent = ik.naam;
    $("rol").textContent = ik.coordinator ? T.coordinator : "";
    $("kop-gesprekken").textContent = ik.coordinator ? T.gesprekken_alle : T.gesprekken;
    sleutel.binnen();
    await Promise.all([kiesGemeenten(), lijst(), testbank()]);
  }

  // ---- choosing the gemeente (and so u or je) ----

  async function kiesGemeenten() {
    const data = await api("GET", "/review/api/gemeenten");
    gemeenten = data.gemeenten;
    const select = $("gemeente");
    select.replaceChildren();
    gemeenten.forEach((g) => {
      const option = el("option", { value: g.code }, g.naam + " (" + T["aanspreekvorm_" + g.aanspreekvorm] + ")");
      if (g.code === data.standaard) option.selected = true;
      select.append(option);
    });
  }

  async function teksten(gemeente, taal) {
    const response = await fetch("/widget/instellingen/" + encodeURIComponent(gemeente) + (taal ? "?taal=" + taal : ""));
    widgetTeksten = response.ok ? (await response.json()).teksten : {};
  }

  function berichtOpties(conversationId) {
    return {
      teksten: widgetTeksten,
      linkDoel: "_blank",
      kopNiveau: 4,
      onButton: conversationId ? (b) => vraag(b.payload, b.title) : undefined,
      overzichtAdres: conversationId && sessie ? () => "/api/sessions/" + encodeURIComponent(sessie.session_id) + "/overzicht" : undefined,
    };
  }

  // ---- the live conversation ----

  function zinnen(messages) {
    const text = messages.map((m) => m.text || "").join(" ").replace(/\s+/g, " ").trim();
    return (text.match(/[^.?!]+[.?!]+|[^.?!]+$/g) || []).map((s) => s.trim()).filter((s) => s.length > 1);
  }

  function oordeelFormulier(conversationId, beurt, messages) {
    const form = el("form", { class: "oordeel" });
    const id = "oordeel-" + conversationId.slice(0, 8) + "-" + beurt;
    form.append(el("label", { for: id }, T.oordeel));
    const select = el("select", { id, name: "oordeel" });
    select.append(el("option", { value: "" }, T.kies));
    OORDELEN.forEach((o) => select.append(el("option", { value: o }, T[o])));
    form.append(select);
    form.append(el("label", { for: id + "-zin" }, T.zin));
    const zin = el("select", { id: id + "-zin", name: "zin" });
    zin.append(el("option", { value: "" }, T.hele_antwoord));
    zinnen(messages).forEach((s) => zin.append(el("option", { value: s }, s)));
    form.append(zin);
    form.append(el("label", { for: id + "-opmerking" }, T.opmerking));
    const opmerking = el("textarea", { id: id + "-opmerking", name: "opmerking", rows: "2", maxlength: "2000" });
    form.append(opmerking);
    form.append(el("button", { type: "submit" }, T.bewaar));
    const status = el("p", { class: "melding", role: "status" });
    const alert = el("p", { class: "fout", role: "alert" });
    const marks = el("ul", { class: "markeringen" });
    form.append(status, alert, marks);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      zeg(status, ""); zeg(alert, "");
      if (!select.value) { zeg(alert, T.fout_oordeel); select.focus(); return; }
      try {
        const body = { conversation_id: conversationId, beurt, oordeel: select.value, opmerking: opmerking.value };
        if (zin.value) body.zin = zin.value;
        const mark = await api("POST", "/review/api/markeringen", body);
        marks.append(markering(mark, false));
        zeg(status, T.bewaard);
        select.value = ""; zin.value = ""; opmerking.value = "";
        await lijst();
      } catch (error) { zeg(alert, error.message); }
    });
    return form;
  }

  function toonAntwoord(messages, beurt) {
    const log = $("gesprek");
    messages.forEach((m) => log.append(WegwijsBericht.render(m, berichtOpties(sessie.conversation_id))));
    const item = el("li", { class: "item oordeel-item" });
    item.append(oordeelFormulier(sessie.conversation_id, beurt, messages));
    log.append(item);
  }

  function toonVraag(text) {
    // Buttons belong to the latest answer only, as in the widget.
    $("gesprek").querySelectorAll(".keuzes").forEach((group) => group.remove());
    $("gesprek").append(WegwijsBericht.render({ from: "u", text }, berichtOpties(null)));
  }

  async function starten(event) {
    event.preventDefault();
    const alert = $("start-fout");
    zeg(alert, ""); zeg($("gewist"), "");
    const body = { gemeente: $("gemeente").value };
    if ($("peildatum").value) body.peildatum = $("peildatum").value;
    if ($("aanspreekvorm").value) body.aanspreekvorm = $("aanspreekvorm").value;
    if ($("taal").value) body.taal = $("taal").value;
    try {
      await teksten(body.gemeente, body.taal);
      const answer = await api("POST", "/review/api/sessions", body);
      sessie = { session_id: answer.session_id, conversation_id: answer.conversation_id, beurt: 0 };
      $("gesprek").replaceChildren();
      toonAntwoord(answer.messages, 0);
      $("vragen").hidden = false;
      $("vraag").focus();
      await lijst();
    } catch (error) { zeg(alert, error.message); }
  }

  async function vraag(text, shown) {
    const alert = $("vraag-fout");
    zeg(alert, "");
    if (!text || !sessie) return;
    toonVraag(shown || text);
    zeg($("vraag-bezig"), T.bezig);
    try {
      const answer = await api("POST", "/review/api/sessions/" + encodeURIComponent(sessie.session_id) + "/messages", { text });
      zeg($("vraag-bezig"), "");
      sessie.beurt += 1;
      if (answer.gesprek_gewist) { gewist(answer.messages); return; }
      toonAntwoord(answer.messages, sessie.beurt);
      await lijst();
    } catch (error) { zeg($("vraag-bezig"), ""); zeg(alert, error.message); }
  }

  /** "Wis mijn gesprek" in a test conversation: its marks went with it, so none stays on the page. */
  function gewist(messages) {
    const log = $("gesprek");
    log.querySelectorAll(".oordeel-item, .keuzes").forEach((n) => n.remove());
    messages.forEach((m) => log.append(WegwijsBericht.render(m, berichtOpties(null))));
    sessie = null;
    $("vragen").hidden = true;
    zeg($("gewist"), T.gewist);
    lijst().catch(foutIn($("csv-fout")));
  }

  async function vragen(event) {
    event.preventDefault();
    const text = $("vraag").value.trim();
    $("vraag").value = "";
    await vraag(text);
  }

  // ---- the conversations and their marks ----

  function aantal(n) {
    return n + " " + (n === 1 ? T.een_oordeel : T.oordelen);
  }

  function gesprekNaam(g) {
    const delen = [tijd(g.begin)];
    if (ik.coordinator) delen.unshift(g.tester);
    const gemeente = gemeenten.find((x) => x.code === g.gemeente);
    if (gemeente) delen.push(gemeente.naam);
    delen.push(T.peildatum_kort + ": " + (g.peildatum ? dag(g.peildatum) : T.vandaag));
    return delen.join(", ");
  }

  async function lijst() {
    const data = await api("GET", "/review/api/gesprekken");
    const ul = $("lijst");
    ul.replaceChildren();
    if (!data.gesprekken.length) { ul.append(el("li", {}, T.geen_gesprekken)); return; }
    data.gesprekken.forEach((g) => {
      const li = el("li", { class: "gesprek" });
      const regel = el("p", {});
      regel.append(el("strong", {}, gesprekNaam(g)));
      if (g.eerste) regel.append(el("br"), el("q", {}, g.eerste));
      regel.append(el("br"), aantal(g.markeringen) + (g.nieuw && g.nieuw !== g.markeringen ? " (" + g.nieuw + " " + T.status_nieuw.toLowerCase() + ")" : ""));
      const open = knop(T.open, () => bekijk(g.conversation_id, li).catch(foutIn(fout)), { "aria-expanded": "false", "aria-label": T.open + ": " + gesprekNaam(g) });
      const fout = el("p", { class: "fout", role: "alert" });
      li.append(regel, open, fout);
      ul.append(li);
    });
  }

  function markering(m, metStatus, toen) {
    const li = el("li", { class: "markering status-" + (m.status || "nieuw") });
    const kop = el("p", {});
    kop.append(el("strong", {}, (T[m.oordeel] || m.oordeel)));
    if (m.zin) kop.append(": ", el("q", {}, m.zin));
    if (m.opmerking) kop.append(el("br"), m.opmerking);
    li.append(kop);
    const status = el("p", { class: "status" });
    status.append(T.status + ": ", el("strong", {}, T["status_" + (m.status || "nieuw")]));
    if (m.status_door) status.append(" (" + T.status_door + " " + m.status_door + ", " + tijd(m.status_tijd) + ")");
    status.append(" · " + m.tester + ", " + tijd(m.tijd));
    li.append(status);
    if (m.id && m.opmerking) li.append(signaalKnop(m));
    if (metStatus && m.antwoord_nu) li.append(toenEnNu(m, toen || []));
    if (metStatus && ik.coordinator && m.id) li.append(statusFormulier(m, li, toen));
    return li;
  }

  /** An ervaringsdeskundige passes a mark on as a signal for the gemeente (gateway/signalen_pagina.py). */
  function signaalKnop(m) {
    const box = el("p", { class: "signaal" });
    const status = el("span", { class: "melding", role: "status" });
    const alert = el("span", { class: "fout", role: "alert" });
    const button = knop(T.signaal, async () => {
      zeg(status, ""); zeg(alert, "");
      try {
        const answer = await api("POST", "/review/api/markeringen/" + m.id + "/signaal");
        zeg(status, answer.message || T.signaal_bewaard);
        button.disabled = true;
      } catch (error) { zeg(alert, error.message); }
    });
    box.append(button, status, alert);
    return box;
  }

  /** A resolved mark: the answer the tester marked, and the answer of today, next to each other. */
  function toenEnNu(m, toen) {
    const box = el("div", { class: "toen-nu" });
    const kant = (kop, messages) => {
      const part = el("div", {});
      part.append(el("h4", {}, kop));
      const ol = el("ol", { class: "berichten" });
      messages.forEach((msg) => ol.append(WegwijsBericht.render(msg, berichtOpties(null))));
      part.append(ol);
      return part;
    };
    box.append(kant(T.toen + " (" + tijd(m.tijd) + ")", toen), kant(T.nu + " (" + tijd(m.nu_tijd) + ")", m.antwoord_nu));
    return box;
  }

  function statusFormulier(m, li, toen) {
    const form = el("form", { class: "status-kiezen" });
    const id = "status-" + m.id;
    form.append(el("label", { for: id }, T.status));
    const select = el("select", { id });
    STATUSSEN.forEach((s) => {
      const option = el("option", { value: s }, T["status_" + s]);
      if (s === m.status) option.selected = true;
      select.append(option);
    });
    const status = el("p", { class: "melding", role: "status" });
    const alert = el("p", { class: "fout", role: "alert" });
    form.append(select, el("button", { type: "submit" }, T.status_zet), status, alert);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      zeg(status, select.value === "opgelost" ? T.bezig : ""); zeg(alert, "");
      try {
        const changed = await api("POST", "/review/api/markeringen/" + m.id + "/status", { status: select.value });
        const fresh = markering(changed, true, toen);
        li.replaceWith(fresh);
        zeg(fresh.querySelector(".status-kiezen [role=status]"), T.status_bewaard);
        fresh.querySelector(".status-kiezen select").focus();
      } catch (error) { zeg(status, ""); zeg(alert, error.message); }
    });
    return form;
  }

  async function bekijk(conversationId, li) {
    const open = li.querySelector(".bekijken");
    const toggle = li.querySelector("button[aria-expanded]");
    if (open) { open.remove(); toggle.setAttribute("aria-expanded", "false"); return; }
    const g = await api("GET", "/review/api/gesprekken/" + conversationId);
    await teksten(g.gemeente || "voorbeeldstad");
    const box = el("div", { class: "bekijken" });
    const kop = el("h3", { tabindex: "-1" }, gesprekNaam({ ...g, begin: g.begin }));
    box.append(kop);
    const ol = el("ol", { class: "berichten" });
    g.beurten.forEach((b) => {
      if (b.tekst !== "/welkom") ol.append(WegwijsBericht.render({ from: "u", text: b.knop || b.tekst }, berichtOpties(null)));
      b.antwoord.forEach((m) => ol.append(WegwijsBericht.render(m, berichtOpties(null))));
      if (b.markeringen.length) {
        const item = el("li", { class: "item" });
        const marks = el("ul", { class: "markeringen" });
        b.markeringen.forEach((m) => marks.append(markering(m, true, b.antwoord)));
        item.append(marks);
        ol.append(item);
      }
    });
    box.append(ol);
    const status = el("p", { class: "melding", role: "status" });
    const alert = el("p", { class: "fout", role: "alert" });
    const download = knop(T.script_download, async () => {
      zeg(alert, "");
      try { bewaarBlob(await api("GET", "/review/api/gesprekken/" + conversationId + "/dialoog"), "gesprek-" + conversationId.slice(0, 8) + ".yml"); }
      catch (error) { zeg(alert, error.message); }
    });
    const inbox = knop(T.script_inbox, async () => {
      zeg(alert, ""); zeg(status, "");
      try { const r = await api("POST", "/review/api/gesprekken/" + conversationId + "/dialoog"); zeg(status, T.script_bewaard + " (" + r.bestand + ")"); }
      catch (error) { zeg(alert, error.message); }
    });
    const sluit = knop(T.sluit, () => { box.remove(); toggle.setAttribute("aria-expanded", "false"); toggle.focus(); });
    box.append(download, inbox, sluit, status, alert);
    li.append(box);
    toggle.setAttribute("aria-expanded", "true");
    kop.focus();
  }

  function bewaarBlob(blob, name) {
    const a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(a); a.click(); a.remove();
  }

  // ---- the test bank: every script from here, with its history ----

  function uitslagTekst(u) {
    return (u.geslaagd ? T.goed : T.fout_kort) + ", " + tijd(u.tijd) + " (" + T.model + ": " + u.model + ", " + T.versie + ": " + u.commit + ")";
  }

  async function testbank() {
    const data = await api("GET", "/review/api/testbank");
    const map = $("map");
    if (!map.options.length) {
      map.append(el("option", { value: "" }, T.alle_scripts));
      data.mappen.forEach((m) => map.append(el("option", { value: m }, m)));
    }
    const ul = $("scripts");
    ul.replaceChildren();
    data.scripts.forEach((s) => {
      const li = el("li", { class: s.uitslagen.length ? (s.uitslagen[0].geslaagd ? "goed" : "niet-goed") : "" });
      li.append(el("strong", {}, s.bestand), ": ");
      if (!s.uitslagen.length) { li.append(T.nog_niet_getest); ul.append(li); return; }
      li.append(T.laatste + ": " + uitslagTekst(s.uitslagen[0]));
      if (s.uitslagen.length > 1) {
        li.append(el("br"), T.eerder + ": " + s.uitslagen.slice(1).map((u) => (u.geslaagd ? T.goed : T.fout_kort) + " " + tijd(u.tijd)).join(", "));
      }
      ul.append(li);
    });
    if (data.loopt) volg(data.loopt);
  }

  async function testbankStarten(event) {
    event.preventDefault();
    const alert = $("testbank-fout");
    zeg(alert, "");
    try {
      const run = await api("POST", "/review/api/testbank", $("map").value ? { map: $("map").value } : {});
      volg(run.id);
    } catch (error) { zeg(alert, error.message); }
  }

  let volgen = null;
  function volg(runId) {
    if (volgen === runId) return;
    volgen = runId;
    $("voortgang").hidden = false;
    $("uitslag").replaceChildren();
    $("testbank").querySelector("button").disabled = true;
    const stap = async () => {
      let state;
      try { state = await api("GET", "/review/api/testbank/" + runId); }
      catch (error) { zeg($("testbank-fout"), error.message); volgen = null; $("testbank").querySelector("button").disabled = false; return; }
      $("balk").max = Math.max(1, state.totaal);
      $("balk").value = state.gedaan;
      zeg($("voortgang-tekst"), state.gedaan + " / " + state.totaal + (state.huidig ? ": " + state.huidig : ""));
      if (!state.klaar) { setTimeout(stap, POLL_MS); return; }
      volgen = null;
      $("testbank").querySelector("button").disabled = false;
      zeg($("voortgang-tekst"), T.testbank_klaar + " " + state.rapport.geslaagd + " / " + state.rapport.totaal + " " + T.goed.toLowerCase() + ".");
      toonRapport(state.rapport);
      await testbank();
    };
    stap();
  }

  function toonRapport(rapport) {
    const box = $("uitslag");
    box.replaceChildren(el("h3", {}, T.uitslag + ": " + rapport.geslaagd + " / " + rapport.totaal + " " + T.goed.toLowerCase()));
    const ul = el("ul", { class: "lijst" });
    rapport.scripts.filter((s) => !s.geslaagd).forEach((s) => {
      const li = el("li", { class: "niet-goed" });
      li.append(el("strong", {}, T.fout_kort + ": " + s.titel), " (" + s.bestand + ")");
      if (s.fout) li.append(el("br"), s.fout);
      s.beurten.forEach((b) => b.controles.filter((c) => !c.geslaagd).forEach((c) => {
        li.append(el("br"), "'" + b.zegt + "': " + (c.uitleg || c.verwacht));
      }));
      ul.append(li);
    });
    box.append(ul);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    T = await (await fetch("/review/api/teksten")).json();
    document.querySelectorAll("[data-tekst]").forEach((n) => { if (T[n.dataset.tekst]) n.textContent = T[n.dataset.tekst]; });
    sleutel.start();
    $("starten").addEventListener("submit", starten);
    $("vragen").addEventListener("submit", vragen);
    $("testbank").addEventListener("submit", testbankStarten);
    $("csv").addEventListener("click", async () => {
      zeg($("csv-fout"), "");
      try { bewaarBlob(await api("GET", "/review/api/markeringen.csv"), "oordelen.csv"); } catch (error) { zeg($("csv-fout"), error.message); }
    });
    document.body.dataset.klaar = "ja";
    await sleutel.hervat();
  });
})();
