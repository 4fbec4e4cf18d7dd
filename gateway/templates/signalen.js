// The signalen page (gateway/signalen_pagina.py): anonymous weekly counts drawn as small bar
// charts in inline SVG (no script of anyone else), the numbers in a table, the signals, and
// downloads. A number under the threshold never reaches this page: it gets "minder dan 10"
// and draws a dashed bar up to the threshold line. Every text comes from /signalen/api/teksten.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const KLEUR = "#00527a";
  const DREMPEL = 10; // only for the height of a dashed bar; the text says "minder dan 10"
  let T = {};
  const $ = (id) => document.getElementById(id);
  const el = WegwijsInloggen.el; // gateway/templates/inloggen.js, loaded first
  const svg = (tag, attrs, text) => {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // Signing in, the key and every call with it: gateway/templates/inloggen.js, shared with /review.
  const sleutel = WegwijsInloggen.maak({ opslag: "wegwijs:signalen", binnenkomen, opruimen, teksten: () => T });
  const api = (path, bestand) => sleutel.vraag("GET", path, undefined, bestand);

  function opruimen() {
    ["grafiek-knelpunt", "grafiek-onderwerp", "grafiek-mens", "niet-begrepen", "signalen"].forEach((id) => $(id).replaceChildren());
    document.querySelectorAll(".fout").forEach((n) => { n.textContent = ""; });
  }

  async function binnenkomen() {
    const ik = await api("/signalen/api/ik");
    $("naam").textContent = ik.naam;
    const select = $("gemeente");
    select.replaceChildren();
    ik.gemeenten.forEach((g) => select.append(el("option", { value: g.code }, g.naam)));
    sleutel.binnen();
    await toon();
  }

  function naam(soort, sleutel) {
    if (soort === "knelpunt") return T["knelpunt_" + sleutel] || sleutel;
    if (soort === "mens") return sleutel === "livechat" ? T.livechat : T.mens;
    return (T.onderwerp_namen || {})[sleutel] || sleutel;
  }

  const getal = (v) => (typeof v === "number" ? v : 0);
  const korteWeek = (w) => w.split("-")[1] || w;

  /** One bar chart: a bar per week; a hidden small number is a dashed bar up to the threshold line. */
  function staafjes(titel, perWeek, weken, hoogste) {
    const breedte = 300, hoogte = 120, onder = 20, boven = 6;
    const stap = breedte / Math.max(weken.length, 1);
    const schaal = (hoogte - onder - boven) / Math.max(hoogste, DREMPEL);
    const id = "g-" + Math.random().toString(36).slice(2);
    const node = svg("svg", { viewBox: "0 0 " + breedte + " " + hoogte, role: "img", "aria-labelledby": id, focusable: "false" });
    node.append(svg("title", { id }, titel + ". " + T.tabel + "."));
    node.append(svg("line", { x1: 0, x2: breedte, y1: hoogte - onder, y2: hoogte - onder, stroke: "#1a1a1a", "stroke-width": 1 }));
    weken.forEach((week, i) => {
      const waarde = perWeek[week];
      if (waarde === undefined) return;
      const klein = typeof waarde !== "number";
      const h = (klein ? DREMPEL : waarde) * schaal;
      const bar = svg("rect", {
        x: i * stap + stap * 0.15, y: hoogte - onder - h, width: Math.max(stap * 0.7, 1), height: h,
        fill: klein ? "#ffffff" : KLEUR, stroke: KLEUR, "stroke-width": 1.5, ...(klein ? { "stroke-dasharray": "3 2" } : {}),
      });
      bar.append(svg("title", {}, T.week + " " + week + ": " + waarde));
      node.append(bar);
    });
    const eerste = weken[0], laatste = weken[weken.length - 1];
    if (eerste) node.append(svg("text", { x: 2, y: hoogte - 5, "font-size": 11, fill: "#1a1a1a" }, korteWeek(eerste)));
    if (laatste && laatste !== eerste) {
      node.append(svg("text", { x: breedte - 2, y: hoogte - 5, "font-size": 11, fill: "#1a1a1a", "text-anchor": "end" }, korteWeek(laatste)));
    }
    return node;
  }

  function tabel(soort, reeksen, weken, label) {
    const details = el("details", {});
    details.append(el("summary", {}, T.tabel));
    const wrap = el("div", { class: "tabel", tabindex: "0", role: "region", "aria-label": label + ": " + T.tabel });
    const table = el("table", {});
    const kop = el("tr", {});
    kop.append(el("th", { scope: "col" }, T.wat));
    weken.forEach((w) => kop.append(el("th", { scope: "col" }, w)));
    const thead = el("thead", {}); thead.append(kop);
    const tbody = el("tbody", {});
    Object.keys(reeksen).forEach((sleutel) => {
      const tr = el("tr", {});
      tr.append(el("th", { scope: "row" }, naam(soort, sleutel)));
      weken.forEach((w) => tr.append(el("td", {}, reeksen[sleutel][w] === undefined ? "0" : String(reeksen[sleutel][w]))));
      tbody.append(tr);
    });
    table.append(thead, tbody);
    wrap.append(table);
    details.append(wrap);
    return details;
  }

  function legenda() {
    const p = el("p", { class: "legenda", "aria-hidden": "true" });
    p.append(el("span", { class: "vol" }), T.aantal, el("span", { class: "klein" }), T.klein_waarde);
    return p;
  }

  function grafieken(soort, reeksen, weken, kopId) {
    const box = $("grafiek-" + soort);
    box.replaceChildren();
    const sleutels = Object.keys(reeksen);
    if (!sleutels.length) { box.append(el("p", {}, T.geen_tellingen)); return; }
    const hoogste = Math.max(DREMPEL, ...sleutels.flatMap((s) => Object.values(reeksen[s]).map(getal)));
    const ul = el("ul", { class: "grafieken" });
    sleutels.forEach((sleutel) => {
      const li = el("li", { class: "grafiek" });
      li.append(el("h3", {}, naam(soort, sleutel)));
      li.append(staafjes(naam(soort, sleutel), reeksen[sleutel], weken, hoogste));
      ul.append(li);
    });
    box.append(legenda(), ul, tabel(soort, reeksen, weken, $(kopId).textContent));
  }

  function nietBegrepen(reeksen) {
    const box = $("niet-begrepen");
    box.replaceChildren();
    const rijen = Object.entries(reeksen).flatMap(([vraag, weken]) => Object.entries(weken).map(([week, n]) => ({ vraag, week, n })));
    if (!rijen.length) { box.append(el("p", {}, T.geen_tellingen)); return; }
    rijen.sort((a, b) => (a.week < b.week ? 1 : a.week > b.week ? -1 : getal(b.n) - getal(a.n)));
    box.append(tabelVan([T.week, T.tekst, T.aantal], rijen.map((r) => [r.week, r.vraag, String(r.n)]), $("kop-niet-begrepen").textContent, 1));
  }

  function tabelVan(koppen, rijen, label, tekstKolom) {
    const wrap = el("div", { class: "tabel", tabindex: "0", role: "region", "aria-label": label });
    const table = el("table", {});
    const thead = el("thead", {}); const kop = el("tr", {});
    koppen.forEach((k) => kop.append(el("th", { scope: "col" }, k)));
    thead.append(kop);
    const tbody = el("tbody", {});
    rijen.forEach((rij) => {
      const tr = el("tr", {});
      rij.forEach((cel, i) => tr.append(el("td", i === tekstKolom ? { class: "tekst" } : {}, cel)));
      tbody.append(tr);
    });
    table.append(thead, tbody);
    wrap.append(table);
    return wrap;
  }

  function signalenLijst(lijst) {
    const box = $("signalen");
    box.replaceChildren();
    if (!lijst.length) { box.append(el("p", {}, T.geen_signalen)); return; }
    const rijen = lijst.slice().reverse().map((s) => [
      s.datum, (T.onderwerp_namen || {})[s.onderwerp] || s.onderwerp, s.tekst, s.uitkomst, T["bron_" + s.bron] || s.bron]);
    box.append(tabelVan([T.datum, T.onderwerp, T.tekst, T.uitkomst, T.bron], rijen, $("kop-signalen").textContent, 2));
  }

  async function toon(event) {
    if (event) event.preventDefault();
    $("kiezen-fout").textContent = "";
    try {
      const data = await api("/signalen/api/overzicht?gemeente=" + encodeURIComponent($("gemeente").value));
      const weken = data.weken.slice(-26); // half a year of weeks fits on a phone
      grafieken("knelpunt", data.tellingen.knelpunt, weken, "kop-knelpunten");
      grafieken("onderwerp", data.tellingen.onderwerp, weken, "kop-onderwerpen");
      grafieken("mens", data.tellingen.mens, weken, "kop-mens");
      nietBegrepen(data.tellingen.niet_begrepen);
      signalenLijst(data.signalen);
    } catch (error) { $("kiezen-fout").textContent = error.message; }
  }

  async function downloaden(formaat) {
    $("download-fout").textContent = "";
    const gemeente = $("gemeente").value;
    try {
      const blob = await api("/signalen/api/signalen." + formaat + "?gemeente=" + encodeURIComponent(gemeente), true);
      const a = el("a", { href: URL.createObjectURL(blob), download: "signalen-" + gemeente + "." + formaat });
      document.body.append(a); a.click(); a.remove();
    } catch (error) { $("download-fout").textContent = error.message; }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    T = await (await fetch("/signalen/api/teksten")).json();
    document.querySelectorAll("[data-tekst]").forEach((n) => { if (T[n.dataset.tekst]) n.textContent = T[n.dataset.tekst]; });
    sleutel.start();
    $("kiezen").addEventListener("submit", toon);
    $("csv").addEventListener("click", () => downloaden("csv"));
    $("json").addEventListener("click", () => downloaden("json"));
    document.body.dataset.klaar = "ja";
    await sleutel.hervat();
  });
})();
