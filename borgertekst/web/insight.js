// borgertekst insight: what the caseworker did with each finding, for the staff page /indsigt.
//
//   <script src="/static/insight.js"></script>   (a classic script; defines window.borgertekstInsight)
//   borgertekstInsight.report({action, rule, category, severity, letter_type, client, lix, words})
//
// action: shown | applied | rewritten | ignored | ignored_always (per finding) or checked (the letter's
// state, no rule). NEVER any text: only these fields leave the browser, every value must be one of a
// fixed set or a rule id, anything else is dropped here; LIX and words leave as the lower bound of a
// bucket (LIX in steps of 5, words in coarse steps). Events are batched and sent with fetch (keepalive)
// or sendBeacon to /v1/insight/events on the server the script came from. When the server says
// insight is off (GET /v1/insight/config), nothing is sent. One `checked` event per letter is sent
// when the caseworker leaves it (the page is hidden or the text is replaced by a much shorter one).
(function () {
  "use strict";
  if (typeof window === "undefined" || window.borgertekstInsight) return;

  const FINDING_ACTIONS = new Set(["shown", "applied", "rewritten", "ignored", "ignored_always"]);
  const CATEGORIES = new Set(["klarsprog", "fagsprog", "tone", "struktur", "stavning"]);
  const SEVERITIES = new Set(["info", "warning", "error"]);
  const LETTER_TYPES = new Set(["afgoerelse", "kvittering", "klagesvar", "indkaldelse", "partshoering", "information", "andet"]);
  const CLIENTS = new Set(["page", "browser", "tinymce", "word"]);
  const WORD_BUCKETS = [0, 50, 100, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000];
  const RULE_ID = /^[\p{L}\p{N}_.-]{1,100}$/u;
  const MAX_BATCH = 200; // keepalive bodies must stay small
  const MAX_QUEUE = 1000;
  const FLUSH_MS = 5000;

  const script = document.currentScript;
  const settings = {
    baseUrl: (script && script.dataset && script.dataset.baseUrl) || (script && script.src ? new URL(script.src).origin : location.origin),
    apiKey: null, // a string, or a function returning one; the page's own key is used on the same origin
    client: (script && script.dataset && script.dataset.client) || "page",
  };
  let queue = [];
  let timer = null;
  let enabled = null; // null: not asked yet; true/false: the server's answer
  let asking = null;
  let letter = null; // {letter_type, client, lix, words} of the letter being written
  let letterSent = null; // JSON of the last letter state sent as 'checked'
  const stats = { sent: 0, dropped: 0, batches: 0 };

  function lixBucket(lix) {
    if (typeof lix !== "number" || !Number.isFinite(lix)) return null;
    return Math.min(80, Math.max(0, Math.floor(lix / 5) * 5));
  }

  function wordsBucket(words) {
    if (typeof words !== "number" || !Number.isFinite(words)) return null;
    let bucket = 0;
    for (const b of WORD_BUCKETS) if (words >= b) bucket = b;
    return bucket;
  }

  // Only known fields with allowed values survive; there is no field a text could travel in.
  function clean(e) {
    if (!e || typeof e !== "object") return null;
    const action = e.action === "checked" || FINDING_ACTIONS.has(e.action) ? e.action : null;
    if (!action) return null;
    const out = { action };
    if (action !== "checked") {
      if (typeof e.rule !== "string" || !RULE_ID.test(e.rule)) return null;
      out.rule = e.rule;
      if (CATEGORIES.has(e.category)) out.category = e.category;
      if (SEVERITIES.has(e.severity)) out.severity = e.severity;
    }
    if (LETTER_TYPES.has(e.letter_type)) out.letter_type = e.letter_type;
    out.client = CLIENTS.has(e.client) ? e.client : settings.client;
    const lix = lixBucket(e.lix);
    if (lix !== null) out.lix = lix;
    const words = wordsBucket(e.words);
    if (words !== null) out.words = words;
    return out;
  }

  function apiKey() {
    const key = typeof settings.apiKey === "function" ? settings.apiKey() : settings.apiKey;
    if (key) return key;
    if (settings.baseUrl === location.origin) {
      try { return sessionStorage.getItem("borgertekst.apiKey") || ""; } catch (_) { return ""; }
    }
    return "";
  }

  function headers(json) {
    const h = json ? { "Content-Type": "application/json" } : {};
    const key = apiKey();
    if (key) h.Authorization = `Bearer ${key}`;
    return h;
  }

  function ask() {
    if (enabled !== null) return Promise.resolve(enabled);
    if (!asking) {
      asking = fetch(`${settings.baseUrl}/v1/insight/config`, { headers: headers(false), credentials: "omit" })
        .then((r) => {
          if (r.status === 401 || r.status === 429 || r.status >= 500) return null; // ask again later
          if (!r.ok) return false; // a server without insight
          return r.json().then((body) => body.enabled === true);
        })
        .catch(() => null)
        .then((answer) => {
          asking = null;
          if (answer !== null) enabled = answer;
          if (enabled === false) queue = [];
          return enabled;
        });
    }
    return asking;
  }

  function push(event) {
    if (enabled === false) return;
    queue.push(event);
    if (queue.length > MAX_QUEUE) { stats.dropped += queue.length - MAX_QUEUE; queue.splice(0, queue.length - MAX_QUEUE); }
    if (queue.length >= 50) flush();
    else if (!timer) timer = setTimeout(flush, FLUSH_MS);
  }

  function sendLetter() {
    if (!letter) return;
    const state = JSON.stringify(letter);
    if (state === letterSent || letter.words === undefined) return;
    letterSent = state;
    push({ action: "checked", ...letter });
  }

  function noteLetter(e) {
    const next = {};
    for (const k of ["letter_type", "client", "lix", "words"]) if (e[k] !== undefined) next[k] = e[k];
    // the text was replaced by a much shorter one: the previous letter is finished
    if (letter && next.words !== undefined && letter.words !== undefined && next.words < letter.words / 2) sendLetter();
    letter = { ...(letter || {}), ...next };
  }

  function report(event) {
    const e = clean(event);
    if (!e) { stats.dropped += 1; return false; }
    noteLetter(e);
    if (e.action !== "checked") push(e);
    if (enabled === null && !asking) ask(); // know the server's answer before the page is left
    return true;
  }

  function post(batch, leaving) {
    const url = `${settings.baseUrl}/v1/insight/events`;
    const body = JSON.stringify(batch);
    const key = apiKey();
    if (leaving && !key && settings.baseUrl === location.origin && navigator.sendBeacon) {
      if (navigator.sendBeacon(url, new Blob([body], { type: "application/json" }))) return Promise.resolve(true);
    }
    return fetch(url, { method: "POST", headers: headers(true), body, keepalive: true, credentials: "omit" })
      .then((r) => {
        if (r.ok) return true;
        // refused (400/422: e.g. a rule the server no longer has): drop; otherwise try again later
        return r.status === 400 || r.status === 413 || r.status === 422 ? "drop" : false;
      })
      .catch(() => false);
  }

  function flush(leaving = false) {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!queue.length) return Promise.resolve(0);
    if (enabled === null && !leaving) return ask().then((on) => (on ? flush() : (on === null ? retryLater() : 0)));
    if (enabled === false) { queue = []; return Promise.resolve(0); }
    const sending = [];
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      stats.batches += 1;
      sending.push(post(batch, leaving).then((ok) => {
        if (ok === true) { stats.sent += batch.length; return batch.length; }
        if (ok === "drop") { stats.dropped += batch.length; return 0; }
        queue = batch.concat(queue).slice(-MAX_QUEUE);
        retryLater();
        return 0;
      }));
    }
    return Promise.all(sending).then((counts) => counts.reduce((a, b) => a + b, 0));
  }

  function retryLater() {
    if (!timer && queue.length) timer = setTimeout(flush, FLUSH_MS * 6);
    return 0;
  }

  function leave() {
    if (enabled !== true) return; // off, or the server has not said yes: send nothing
    sendLetter();
    flush(true);
  }

  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") leave(); });
  window.addEventListener("pagehide", leave);

  window.borgertekstInsight = Object.freeze({
    report,
    // the letter is finished (e.g. sent): record its state now
    letterDone() { sendLetter(); return flush(); },
    flush() { return flush(); },
    configure(options = {}) {
      if (typeof options.baseUrl === "string") settings.baseUrl = options.baseUrl.replace(/\/+$/, "");
      if (options.apiKey !== undefined) settings.apiKey = options.apiKey;
      if (CLIENTS.has(options.client)) settings.client = options.client;
      enabled = null;
    },
    enabled: () => ask(),
    stats: () => ({ ...stats, queued: queue.length }),
    lixBucket,
    wordsBucket,
  });
})();
