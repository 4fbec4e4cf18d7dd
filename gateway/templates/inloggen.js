// Signing in on a page behind a key (/review for testers, /signalen for readers): both pages load
// this script before their own (served as /review/inloggen.js and /signalen/inloggen.js, the same
// file, under the same CSP: no inline script). The key lives in sessionStorage only, goes with
// every call as a Bearer header, and is forgotten at once when the gateway refuses it (401).
// A page gives: the sessionStorage name of its key, `binnenkomen` (load who is signed in and the
// first data), `opruimen` (empty what it showed) and `teksten` (its texts: fout, fout_sleutel).
// It needs #inloggen (a form with #sleutel and the alert line #fout), #binnen and #uitloggen.
// Also the DOM helper both pages build with: WegwijsInloggen.el(tag, attrs, text).
"use strict";
window.WegwijsInloggen = (function () {
  const $ = (id) => document.getElementById(id);

  /** A new element with these attributes and, when given, this text (never HTML: textContent). Both pages use it. */
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** An error whose message comes from the gateway (Dutch, for this person); any other is ours. */
  function serverFout(message) {
    const error = new Error(message);
    error.vanServer = true;
    return error;
  }

  function maak({ opslag, binnenkomen, opruimen, teksten }) {
    const token = () => sessionStorage.getItem(opslag);

    function uitloggen() {
      sessionStorage.removeItem(opslag);
      opruimen();
      $("binnen").hidden = true;
      $("inloggen").hidden = false;
    }

    /** Out, with the reason in the sign-in form's alert line (a wrong, revoked or expired key says which). */
    function geweigerd(message) {
      uitloggen();
      $("fout").textContent = message;
    }

    /** One call with the key; JSON back (a file as a Blob when `bestand`), or a serverFout with its message. */
    async function vraag(method, path, body, bestand) {
      const headers = { "Authorization": "Bearer " + token() };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if (response.status === 204) return null;
      const json = (response.headers.get("Content-Type") || "").includes("json") && !(bestand && response.ok);
      const data = json ? await response.json() : await response.blob();
      if (!response.ok) {
        const message = (data && data.message) || (response.status === 401 ? teksten().fout_sleutel : teksten().fout);
        if (response.status === 401) geweigerd(message);
        throw serverFout(message);
      }
      return data;
    }

    /** The signed-in part shows; the sign-in form hides and its alert line empties. */
    function binnen() {
      $("fout").textContent = "";
      $("inloggen").hidden = true;
      $("binnen").hidden = false;
    }

    function start() {
      $("inloggen").addEventListener("submit", async (event) => {
        event.preventDefault();
        $("fout").textContent = "";
        sessionStorage.setItem(opslag, $("sleutel").value.trim());
        $("sleutel").value = "";
        try { await binnenkomen(); } catch (error) { geweigerd(error.vanServer ? error.message : teksten().fout_sleutel); }
      });
      $("uitloggen").addEventListener("click", uitloggen);
    }

    /** After a reload in the same tab: in again with the kept key, or out when it no longer works. */
    async function hervat() {
      if (token()) { try { await binnenkomen(); } catch (error) { uitloggen(); } }
    }

    return { vraag, binnen, start, hervat, uitloggen };
  }

  return { maak, el };
})();
