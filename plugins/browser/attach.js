// Attach borgertekst to a <textarea> or a contenteditable element in any web page.
//
//   import { attach } from "/plugins/browser/attach.js";
//   const checker = attach(element, { client, onResults(report, findings) { … } });
//
// Re-checks as the user types (debounced); the server caches unchanged paragraphs, so a
// re-check after an edit costs one paragraph. Highlights: an overlay behind a textarea, the
// CSS Custom Highlight API in a contenteditable element (the DOM is never changed for them).
import { debounce, placeFindings, splitParagraphs, IgnoreList } from "../shared/client.js";

const CATEGORIES = ["klarsprog", "fagsprog", "tone", "struktur", "stavning"];
const WIDE = 120; // findings longer than this (sentences, paragraphs) get an underline only

export function attach(element, options = {}) {
  const adapter = element.tagName === "TEXTAREA" ? new TextareaAdapter(element) : new EditableAdapter(element, options);
  return new Checker(adapter, options);
}

export class Checker {
  constructor(adapter, { client, letterType = () => null, delay = 700, onResults = () => {}, onError = () => {},
                         onStart = () => {}, ignore = null, storage = null } = {}) {
    this.adapter = adapter;
    this.client = client;
    this.letterType = letterType;
    this.onResults = onResults;
    this.onError = onError;
    this.onStart = onStart;
    this.ignored = ignore || new IgnoreList(storage || safeStorage());
    this.findings = [];
    this.report = null;
    this.active = null;
    this.seq = 0;
    this.scheduled = debounce(() => this.check(), delay);
    this.onInput = () => { this.adapter.clearStale(); this.scheduled(); };
    adapter.element.addEventListener("input", this.onInput);
  }

  async check() {
    this.scheduled.cancel();
    const seq = ++this.seq;
    const paragraphs = this.adapter.paragraphs();
    this.onStart();
    try {
      const report = await this.client.analyzeParagraphs(paragraphs, this.letterType());
      if (seq !== this.seq) return null; // a newer check is on its way
      this.report = report;
      this.findings = placeFindings(paragraphs, report).filter((f) => !this.ignored.has(f));
      this.findings.forEach((f, i) => { f.index = i; });
      this.adapter.highlight(this.findings, this.active);
      this.onResults(report, this.findings);
      return report;
    } catch (err) {
      if (seq === this.seq) this.onError(err);
      return null;
    }
  }

  select(finding) {
    this.active = finding;
    this.adapter.highlight(this.findings, finding);
    this.adapter.select(finding);
  }

  // Replace the finding's text with `suggestion` (only if the text is still what was checked).
  apply(finding, suggestion) {
    const ok = this.adapter.replace(finding, suggestion);
    if (ok) {
      this.active = null;
      return this.check();
    }
    return Promise.resolve(null);
  }

  ignore(finding) {
    this.ignored.add(finding);
    this.findings = this.findings.filter((f) => f !== finding);
    this.adapter.highlight(this.findings, null);
    this.onResults(this.report, this.findings);
  }

  text() { return this.adapter.text(); }
  setText(text) { this.adapter.setText(text); return this.check(); }

  destroy() {
    this.scheduled.cancel();
    this.adapter.element.removeEventListener("input", this.onInput);
    this.adapter.destroy();
  }
}

function safeStorage() {
  try { return window.localStorage; } catch (_) { return { getItem: () => null, setItem: () => {} }; }
}

// Non-overlapping segments; each shows the shortest finding that covers it.
export function segments(findings, length) {
  const cuts = new Set([0, length]);
  for (const f of findings) { cuts.add(Math.max(0, Math.min(length, f.from))); cuts.add(Math.max(0, Math.min(length, f.to))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const covering = findings.filter((f) => f.from <= a && f.to >= b);
    if (!covering.length) { out.push({ from: a, to: b, finding: null }); continue; }
    covering.sort((x, y) => (x.to - x.from) - (y.to - y.from));
    out.push({ from: a, to: b, finding: covering[0], wide: covering[0].to - covering[0].from > WIDE });
  }
  return out;
}

class TextareaAdapter {
  constructor(textarea) {
    this.element = textarea;
    this.wrap = document.createElement("div");
    this.wrap.className = "bt-field";
    this.backdrop = document.createElement("div");
    this.backdrop.className = "bt-backdrop";
    this.backdrop.setAttribute("aria-hidden", "true");
    this.layer = document.createElement("div");
    this.layer.className = "bt-layer";
    this.backdrop.appendChild(this.layer);
    textarea.parentNode.insertBefore(this.wrap, textarea);
    this.wrap.appendChild(this.backdrop);
    this.wrap.appendChild(textarea);
    textarea.classList.add("bt-input");
    this.copyStyle();
    this.onScroll = () => { this.backdrop.scrollTop = textarea.scrollTop; this.backdrop.scrollLeft = textarea.scrollLeft; };
    textarea.addEventListener("scroll", this.onScroll);
    this.resize = new ResizeObserver(() => { this.copyStyle(); this.onScroll(); });
    this.resize.observe(textarea);
    this.checked = "";
  }

  copyStyle() {
    const cs = getComputedStyle(this.element);
    for (const prop of ["fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "wordSpacing",
      "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth",
      "borderBottomWidth", "borderLeftWidth", "boxSizing", "textIndent", "tabSize"]) {
      this.backdrop.style[prop] = cs[prop];
    }
    this.backdrop.style.width = `${this.element.offsetWidth}px`;
    this.backdrop.style.height = `${this.element.offsetHeight}px`;
  }

  text() { return this.element.value; }
  setText(text) { this.element.value = text; this.clearStale(); }
  paragraphs() { this.checked = this.element.value; return splitParagraphs(this.element.value); }

  // While the text differs from what was checked, highlights would sit in the wrong place.
  clearStale() {
    if (this.element.value !== this.checked) this.layer.replaceChildren(document.createTextNode(this.element.value + "\n"));
  }

  highlight(findings, active) {
    const text = this.element.value;
    if (text !== this.checked) { this.clearStale(); return; }
    const parts = [];
    for (const seg of segments(findings, text.length)) {
      const piece = text.slice(seg.from, seg.to);
      if (!seg.finding) { parts.push(document.createTextNode(piece)); continue; }
      const mark = document.createElement("mark");
      mark.className = `bt-mark bt-${seg.finding.category}${seg.wide ? " bt-wide" : ""}${seg.finding === active ? " bt-active" : ""}`;
      mark.dataset.index = String(seg.finding.index);
      mark.textContent = piece;
      parts.push(mark);
    }
    parts.push(document.createTextNode("\n"));
    this.layer.replaceChildren(...parts);
  }

  select(f) {
    const el = this.element;
    el.focus();
    el.setSelectionRange(f.from, f.to);
    // scroll the selection into view: measure with the mirror
    const mark = this.layer.querySelector(`mark[data-index="${f.index}"]`);
    if (mark) {
      const top = mark.offsetTop - el.clientHeight / 3;
      el.scrollTop = Math.max(0, top);
    }
  }

  replace(f, suggestion) {
    const el = this.element;
    if (el.value.slice(f.from, f.to) !== f.text) return false;
    el.focus();
    el.setSelectionRange(f.from, f.to);
    // execCommand keeps the browser's undo history; setRangeText is the fallback
    const done = document.queryCommandSupported && document.execCommand("insertText", false, suggestion);
    if (!done || el.value.slice(f.from, f.from + suggestion.length) !== suggestion) {
      el.setRangeText(suggestion, f.from, f.to, "end");
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }
    return true;
  }

  destroy() {
    this.resize.disconnect();
    this.element.removeEventListener("scroll", this.onScroll);
    this.wrap.parentNode.insertBefore(this.element, this.wrap);
    this.wrap.remove();
    this.element.classList.remove("bt-input");
  }
}

const BLOCKS = "p,li,h1,h2,h3,h4,h5,h6,div,blockquote,td,th,pre";

class EditableAdapter {
  constructor(element, { stylesheet = null } = {}) {
    this.element = element;
    this.doc = element.ownerDocument;
    this.win = this.doc.defaultView;
    this.blocks = new Map();
    this.names = CATEGORIES.map((c) => `bt-${c}`).concat(["bt-active"]);
    if (stylesheet && !this.doc.querySelector(`link[href="${stylesheet}"]`)) {
      const link = this.doc.createElement("link");
      link.rel = "stylesheet";
      link.href = stylesheet;
      this.doc.head.appendChild(link);
    }
  }

  leafBlocks() {
    const all = [...this.element.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
    return all.length ? all : [this.element];
  }

  text() { return this.leafBlocks().map((b) => b.textContent).join("\n"); }

  setText(text) {
    this.element.replaceChildren(...text.split("\n").map((line) => {
      const p = this.doc.createElement("p");
      p.textContent = line;
      return p;
    }));
  }

  paragraphs() {
    this.blocks.clear();
    const out = [];
    let pos = 0;
    this.leafBlocks().forEach((block, i) => {
      const text = block.textContent;
      const id = `b${i}`;
      this.blocks.set(id, block);
      if (text.trim()) out.push({ id, text, start: pos });
      pos += text.length + 1;
    });
    return out;
  }

  clearStale() { /* ranges move with the DOM; nothing to do */ }

  rangeFor(f) {
    const block = this.blocks.get(f.paragraphId);
    if (!block || !block.isConnected) return null;
    const walker = this.doc.createTreeWalker(block, this.win.NodeFilter.SHOW_TEXT);
    const range = this.doc.createRange();
    let pos = 0;
    let started = false;
    const [start, end] = [f.start_utf16, f.end_utf16];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      if (!started && start <= pos + len) { range.setStart(node, start - pos); started = true; }
      if (started && end <= pos + len) { range.setEnd(node, end - pos); return range; }
      pos += len;
    }
    return null;
  }

  highlight(findings, active) {
    const registry = this.win.CSS && this.win.CSS.highlights;
    if (!registry) return; // no Highlight API: the findings list still works
    const groups = Object.fromEntries(this.names.map((n) => [n, []]));
    for (const f of findings) {
      if (f.to - f.from > WIDE) continue;
      const range = this.rangeFor(f);
      if (range) groups[f === active ? "bt-active" : `bt-${f.category}`].push(range);
    }
    for (const [name, ranges] of Object.entries(groups)) registry.set(name, new this.win.Highlight(...ranges));
  }

  select(f) {
    const range = this.rangeFor(f);
    if (!range) return;
    this.element.focus();
    const sel = this.win.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const node = range.startContainer.parentElement;
    if (node) node.scrollIntoView({ block: "center" });
  }

  replace(f, suggestion) {
    const range = this.rangeFor(f);
    if (!range || range.toString() !== f.text) return false;
    range.deleteContents();
    range.insertNode(this.doc.createTextNode(suggestion));
    range.startContainer.parentElement && range.startContainer.parentElement.normalize();
    this.element.dispatchEvent(new this.win.Event("input", { bubbles: true }));
    return true;
  }

  destroy() {
    const registry = this.win.CSS && this.win.CSS.highlights;
    if (registry) for (const n of this.names) registry.delete(n);
  }
}
