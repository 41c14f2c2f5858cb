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

// Findings of a /v1/analyze/paragraphs answer with absolute UTF-16 offsets
// (`from`, `to`) in the text the paragraphs came from.
export function placeFindings(paragraphs, result) {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const out = [];
  for (const para of result.paragraphs) {
    const p = byId.get(para.id);
    if (!p) continue;
    for (const f of para.findings) out.push({ ...f, paragraphId: p.id, from: p.start + f.start_utf16, to: p.start + f.end_utf16, letter: false });
  }
  for (const f of result.letter_findings) {
    const p = byId.get(f.paragraph_id);
    if (!p) continue;
    out.push({ ...f, paragraphId: p.id, from: p.start + f.start_utf16, to: p.start + f.end_utf16, letter: true });
  }
  out.sort((a, b) => a.from - b.from || b.to - a.to);
  return out;
}

// A stable key for "ignore this finding": the rule and the words it is about.
export function findingKey(f) {
  return `${f.rule}\u0000${f.text.slice(0, 200)}`;
}

export class IgnoreList {
  // Ignored findings, remembered in the browser (localStorage), never sent anywhere.
  constructor(storage, key = "borgertekst.ignored") {
    this.storage = storage;
    this.key = key;
    try { this.keys = new Set(JSON.parse(storage.getItem(key) || "[]")); } catch (_) { this.keys = new Set(); }
  }
  has(f) { return this.keys.has(findingKey(f)); }
  add(f) { this.keys.add(findingKey(f)); this.save(); }
  clear() { this.keys.clear(); this.save(); }
  save() { try { this.storage.setItem(this.key, JSON.stringify([...this.keys])); } catch (_) { /* storage full/blocked */ } }
}

export function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}
