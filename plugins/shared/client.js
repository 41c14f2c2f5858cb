// borgertekst API client, shared by the web page, the browser/TinyMCE plugin and the Word task pane.
// Plain ES module, no build step. All offsets the helpers return are UTF-16 (JavaScript) offsets.

export class ProblemError extends Error {
  // An RFC 9457 problem from the server; `detail` is Danish and can be shown as is.
  constructor(status, problem) {
    super((problem && problem.detail) || `Serveren svarede ${status}.`);
    this.status = status;
    this.problem = problem || {};
    this.errors = (problem && problem.errors) || [];
  }
}

export class BorgertekstClient {
  constructor({ baseUrl = "", apiKey = "", fetchImpl = null } = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, "");
    this.apiKey = apiKey;
    this.fetch = fetchImpl || ((...args) => fetch(...args));
  }

  async request(method, path, body, { raw = false } = {}) {
    const headers = { Accept: "application/json, application/problem+json" };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    const init = { method, headers };
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await this.fetch(this.baseUrl + path, init);
    } catch (err) {
      throw new ProblemError(0, { detail: "Kunne ikke få forbindelse til borgertekst-serveren." });
    }
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch (_) { /* not JSON */ }
      throw new ProblemError(response.status, problem);
    }
    if (raw) return response;
    return response.json();
  }

  health() { return this.request("GET", "/health"); }
  analyze(text, letterType) { return this.request("POST", "/v1/analyze", withType({ text }, letterType)); }
  analyzeParagraphs(paragraphs, letterType) {
    return this.request("POST", "/v1/analyze/paragraphs",
      withType({ paragraphs: paragraphs.map((p) => ({ id: p.id, text: p.text })) }, letterType));
  }
  analyzeDocument(file, letterType) {
    const form = new FormData();
    form.append("file", file);
    return this.request("POST", "/v1/documents" + (letterType ? `?letter_type=${encodeURIComponent(letterType)}` : ""), form);
  }
  rewrite(text, { letterType, rules, onlySpan } = {}) {
    const body = withType({ text }, letterType);
    if (rules) body.rules = rules;
    if (onlySpan) body.only_span = onlySpan;
    return this.request("POST", "/v1/rewrite", body);
  }
  triage(text) { return this.request("POST", "/v1/triage", { text }); }
  templates() { return this.request("GET", "/v1/templates"); }
  template(name) { return this.request("GET", `/v1/templates/${encodeURIComponent(name)}`); }
  async render(name, data, format = "text") {
    const response = await this.request("POST", `/v1/templates/${encodeURIComponent(name)}/render`,
      { data, format }, { raw: true });
    return format === "docx" ? response.blob() : response.text();
  }
  rules() { return this.request("GET", "/v1/rules"); }
  rule(id) { return this.request("GET", `/v1/rules/${encodeURIComponent(id)}`); }
}

function withType(body, letterType) {
  if (letterType) body.letter_type = letterType;
  return body;
}

// Paragraphs of a plain text: every non-blank line, with its UTF-16 start offset.
export function splitParagraphs(text) {
  const out = [];
  let pos = 0;
  text.split("\n").forEach((line, i) => {
    if (line.trim()) out.push({ id: `p${i}`, text: line, start: pos });
    pos += line.length + 1;
  });
  return out;
}

// UTF-16 offset (JavaScript) → code-point offset (Python) in `text`.
export function utf16ToCodePoint(text, units) {
  let cp = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen >= units) break;
    seen += ch.length;
    cp += 1;
  }
  return cp;
}

// Code-point offset (Python) → UTF-16 offset (JavaScript) in `text`.
export function codePointToUtf16(text, cp) {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen >= cp) break;
    units += ch.length;
    seen += 1;
  }
  return units;
}

// Every field a finding may lack in a server answer (the API schema marks them optional:
// a spelling finding without a dictionary word has no `suggestions`), with its default.
export const FINDING_DEFAULTS = Object.freeze({
  suggestions: [], explanation: "", protects: [], link: "", replaceable: false, rewritable: false,
  occurrences: [], also_rules: [], count: 1,
});

// A finding with every optional field present (never shares the defaults' arrays).
export function normalizeFinding(f) {
  const out = { ...f };
  for (const [k, v] of Object.entries(FINDING_DEFAULTS)) {
    if (out[k] === undefined || out[k] === null) out[k] = Array.isArray(v) ? [] : v;
  }
  if (!Array.isArray(out.suggestions)) out.suggestions = [];
  out.suggestions = out.suggestions.filter((s) => typeof s === "string" && s.trim());
  if (!Array.isArray(out.occurrences)) out.occurrences = [];
  if (!Array.isArray(out.also_rules)) out.also_rules = [];
  if (typeof out.count !== "number" || out.count < 1) out.count = 1 + out.occurrences.length;
  return out;
}

// Findings of a /v1/analyze/paragraphs answer with absolute UTF-16 offsets
// (`from`, `to`) in the text the paragraphs came from, and `places`: every place the finding
// is about (the first one is `from`/`to`; repeats of the same word come as `occurrences`).
export function placeFindings(paragraphs, result) {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const out = [];
  const place = (raw, p, letter) => {
    const f = normalizeFinding(raw);
    const from = p.start + f.start_utf16;
    const to = p.start + f.end_utf16;
    const places = [{ from, to, paragraphId: p.id, start_utf16: f.start_utf16, end_utf16: f.end_utf16 }];
    for (const o of f.occurrences) {
      // occurrences are relative to their own paragraph when they say which, else to the finding's
      const q = (o.paragraph_id !== undefined && byId.get(o.paragraph_id)) || p;
      if (typeof o.start_utf16 !== "number" || typeof o.end_utf16 !== "number") continue;
      places.push({ from: q.start + o.start_utf16, to: q.start + o.end_utf16, paragraphId: q.id,
                    start_utf16: o.start_utf16, end_utf16: o.end_utf16 });
    }
    out.push({ ...f, paragraphId: p.id, from, to, places, letter });
  };
  for (const para of (result && result.paragraphs) || []) {
    const p = byId.get(para.id);
    if (!p) continue;
    for (const f of para.findings || []) place(f, p, false);
  }
  for (const f of (result && result.letter_findings) || []) {
    const p = byId.get(f.paragraph_id);
    if (p) place(f, p, true);
  }
  out.sort((a, b) => a.from - b.from || b.to - a.to);
  return out;
}

// The smallest region [start, oldEnd) of `before` that became [start, newEnd) of `after`
// (common prefix and suffix), or null when the texts are equal.
export function editRange(before, after) {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

// True when `after` is another letter rather than an edit of `before` (pasted over it,
// opened from a file, or written after emptying the editor).
export function isNewLetter(before, after) {
  if (!before.trim()) return Boolean(after.trim());
  if (!after.trim()) return false;
  const e = editRange(before, after);
  if (!e) return false;
  const kept = e.start + (before.length - e.oldEnd);
  return kept < 0.2 * before.length;
}

// Move findings' places through an edit of the text from `before` to `after`: places before
// or after the edited region keep their words (shifted), places the edit touches are dropped;
// a finding whose first place was touched is `stale` until the next check.
export function shiftFindings(findings, before, after) {
  const e = editRange(before, after);
  if (!e) return findings;
  const delta = e.newEnd - e.oldEnd;
  const move = (p) => {
    if (p.to < e.start) return p;
    if (p.from > e.oldEnd) return { ...p, from: p.from + delta, to: p.to + delta };
    return null; // touched (typing right after a word changes the word)
  };
  for (const f of findings) {
    if (f.stale) continue;
    const first = move({ from: f.from, to: f.to });
    if (!first) { f.stale = true; continue; }
    f.from = first.from;
    f.to = first.to;
    f.places = (f.places || [first]).map(move).filter(Boolean);
  }
  return findings;
}

// A stable key for "ignore this finding": the rule and the words it is about.
export function findingKey(f) {
  return `${f.rule}\u0000${f.text.slice(0, 200)}`;
}

// Findings ignored in this letter only: kept in memory, forgotten with the letter.
export class LetterIgnores {
  constructor() { this.keys = new Set(); }
  has(f) { return this.keys.has(findingKey(f)); }
  add(f) { this.keys.add(findingKey(f)); }
  clear() { this.keys.clear(); }
  get size() { return this.keys.size; }
}

export class IgnoreList {
  // Findings the writer chose to ignore in every letter ("ignorer altid"), remembered in the
  // browser (localStorage), never sent anywhere; `entries()` lists them so each can be undone.
  constructor(storage, key = "borgertekst.ignored") {
    this.storage = storage;
    this.key = key;
    this.items = new Map(); // key -> {rule, text}
    let saved = [];
    try { saved = JSON.parse(storage.getItem(key) || "[]"); } catch (_) { saved = []; }
    for (const k of Array.isArray(saved) ? saved : []) {
      if (typeof k !== "string") continue;
      const [rule, text = ""] = k.split("\u0000");
      this.items.set(k, { key: k, rule, text });
    }
  }
  get keys() { return new Set(this.items.keys()); }
  get size() { return this.items.size; }
  has(f) { return this.items.has(findingKey(f)); }
  add(f) { const k = findingKey(f); this.items.set(k, { key: k, rule: f.rule, text: f.text.slice(0, 200) }); this.save(); }
  remove(key) { this.items.delete(key); this.save(); }
  entries() { return [...this.items.values()]; }
  clear() { this.items.clear(); this.save(); }
  save() { try { this.storage.setItem(this.key, JSON.stringify([...this.items.keys()])); } catch (_) { /* storage full/blocked */ } }
}

// Placeholders in a suggestion ("[dato]", "<navn>", a free-standing "…") are blanks for the
// writer to fill, never text to insert. Returns the parts: {text} and {blank: label}.
const PLACEHOLDER = /\[([^\[\]\n\d]{1,40})\]|<([^<>\n\d/!][^<>\n\d]{0,39})>|(^|\s)(…|\.\.\.)(?=[\s.,;:!?]|$)/g;
export function suggestionParts(suggestion) {
  const parts = [];
  let pos = 0;
  for (const m of suggestion.matchAll(PLACEHOLDER)) {
    const lead = m[3] || "";
    const at = m.index + lead.length;
    if (at > pos) parts.push({ text: suggestion.slice(pos, at) });
    const label = (m[1] || m[2] || "").trim();
    parts.push({ blank: label || "udfyld" });
    pos = m.index + m[0].length;
  }
  if (pos < suggestion.length) parts.push({ text: suggestion.slice(pos) });
  return parts;
}
export function hasPlaceholder(suggestion) { return suggestionParts(suggestion).some((p) => p.blank); }

// The suggestions a "Brug" button may put in the text as they stand: the server's `replacement`
// (the first suggestion inflected and guarded for that place) when it covers exactly the finding's
// words, the other suggestions only when the first needed no change. A suggestion the server could
// not fit there ("Holde fast i" before "vi") is advice, never pasted.
export function fittedSuggestions(f) {
  if (!f.replaceable) return [];
  const r = f.replacement;
  const fitted = r && r.start === f.start && r.end === f.end ? r.text : null;
  if (!fitted) return [];
  const rest = fitted === f.suggestions[0] ? f.suggestions.slice(1).filter((s) => !hasPlaceholder(s)) : [];
  return [fitted, ...rest];
}
// The suggestion as a person reads it: blanks shown as "___".
export function showSuggestion(suggestion) {
  return suggestionParts(suggestion).map((p) => (p.blank ? "___" : p.text)).join("");
}
// The suggestion with its blanks filled in order; null while a blank is empty.
export function fillSuggestion(suggestion, values) {
  let i = 0;
  let missing = false;
  const text = suggestionParts(suggestion).map((p) => {
    if (!p.blank) return p.text;
    const v = (values[i++] || "").trim();
    if (!v) missing = true;
    return v;
  }).join("");
  return missing ? null : text;
}

// Insight events (borgertekst/web/insight.js defines window.borgertekstInsight when the page
// loads it): what happened to which rule, never any text of the letter.
export function reportInsight(action, finding = null, extra = {}) {
  const sink = globalThis.borgertekstInsight;
  if (!sink || typeof sink.report !== "function") return;
  const event = { action, ...extra };
  if (finding) {
    event.rule = finding.rule;
    if (finding.category) event.category = finding.category;
    if (finding.severity) event.severity = finding.severity;
  }
  try { sink.report(event); } catch (_) { /* insight must never break the editor */ }
}

// "1 ændring", "2 ændringer": Danish singular/plural.
export function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

export function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}
