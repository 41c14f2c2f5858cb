// Attach borgertekst to a <textarea> or a contenteditable element in any web page.
//
//   import { attach } from "/plugins/browser/attach.js";
//   const checker = attach(element, { client, onResults(report, findings) { … } });
//
// Re-checks as the user types (debounced); the server caches unchanged paragraphs, so a
// re-check after an edit costs one paragraph. Highlights: an overlay behind a textarea, the
// CSS Custom Highlight API in a contenteditable element (the DOM is never changed for them).
import { debounce, placeFindings, splitParagraphs, shiftFindings, isNewLetter, IgnoreList, LetterIgnores,
  reportInsight, findingKey } from "../shared/client.js";

const CATEGORIES = ["klarsprog", "fagsprog", "tone", "struktur", "stavning"];
const WIDE = 120; // findings longer than this (sentences, paragraphs) get an underline only

export function attach(element, options = {}) {
  const adapter = element.tagName === "TEXTAREA" ? new TextareaAdapter(element) : new EditableAdapter(element, options);
  return new Checker(adapter, options);
}

export class Checker {
  // `ignore` (optional): the "ignorer altid" list; findings ignored with ignore(f) are
  // ignored in this letter only and come back in the next letter.
  constructor(adapter, { client, letterType = () => null, delay = 700, onResults = () => {}, onError = () => {},
                         onStart = () => {}, ignore = null, storage = null, clientName = "browser" } = {}) {
    this.adapter = adapter;
    this.client = client;
    this.letterType = letterType;
    this.onResults = onResults;
    this.onError = onError;
    this.onStart = onStart;
    this.clientName = clientName;
    this.ignored = ignore || new IgnoreList(storage || safeStorage());
    this.letterIgnored = new LetterIgnores();
    this.shown = new Set(); // findings already reported as shown in this letter
    this.findings = [];
    this.report = null;
    this.error = null; // the last check's error (a refused request), null after a good check
    this.active = null;
    this.seq = 0;
    this.lastText = adapter.text();
    this.scheduled = debounce(() => this.check(), delay);
    this.onInput = () => { this.track(); this.scheduled(); };
    adapter.element.addEventListener("input", this.onInput);
  }

  // Follow an edit: findings in untouched text keep their highlights (moved with the text),
  // findings the edit touched lose theirs until the next check.
  track() {
    const now = this.adapter.text();
    const before = this.lastText;
    if (now === before) return;
    this.lastText = now;
    if (isNewLetter(before, now)) this.newLetter();
    shiftFindings(this.findings, before, now);
    this.adapter.highlight(this.visible(), this.active && !this.active.stale ? this.active : null);
  }

  newLetter() {
    this.letterIgnored.clear();
    this.shown.clear();
  }

  visible() { return this.findings.filter((f) => !f.stale); }

  isIgnored(f) { return this.letterIgnored.has(f) || this.ignored.has(f); }

  async check() {
    this.scheduled.cancel();
    const seq = ++this.seq;
    const snapshot = this.adapter.text();
    const paragraphs = this.adapter.paragraphs();
    this.onStart();
    try {
      const report = await this.client.analyzeParagraphs(paragraphs, this.letterType());
      if (seq !== this.seq) return null; // a newer check is on its way
      const findings = placeFindings(paragraphs, report).filter((f) => !this.isIgnored(f));
      const now = this.adapter.text();
      if (now !== snapshot) { // typed while the server worked: move the answer through the edit
        shiftFindings(findings, snapshot, now);
        this.lastText = now;
      }
      findings.forEach((f, i) => { f.index = i; });
      this.report = report;
      this.error = null;
      this.findings = findings;
      if (this.active) this.active = findings.find((f) => findingKey(f) === findingKey(this.active) && f.from === this.active.from) || null;
      this.adapter.highlight(this.visible(), this.active);
      this.reportShown(report);
      reportInsight("checked", null, this.insightExtra(report));
      this.onResults(report, this.findings);
      return report;
    } catch (err) {
      if (seq !== this.seq) return null;
      // never leave the previous letter's findings on screen next to an error
      this.error = err;
      this.report = null;
      this.findings = [];
      this.active = null;
      this.adapter.highlight([], null);
      this.onError(err);
      return null;
    }
  }

  insightExtra(report = this.report) {
    const m = report && report.metrics;
    return { client: this.clientName, letter_type: report ? report.letter_type : null,
             lix: m ? m.lix : null, words: m ? m.words : null };
  }

  reportShown(report) {
    for (const f of this.findings) {
      const key = findingKey(f);
      if (this.shown.has(key)) continue;
      this.shown.add(key);
      reportInsight("shown", f, this.insightExtra(report));
    }
  }

  select(finding) {
    if (finding.stale) return;
    this.active = finding;
    this.adapter.highlight(this.visible(), finding);
    this.adapter.select(finding);
  }

  // Replace the finding's words with `text` at every place it is about (last place first, so
  // the earlier offsets hold), only where the words are still what was checked.
  replaceAll(finding, text) {
    if (finding.stale) return false;
    const places = [...(finding.places || [{ from: finding.from, to: finding.to }])].sort((a, b) => b.from - a.from);
    const fold = (w) => w.toLocaleLowerCase("da");
    let done = 0;
    for (const p of places) {
      const words = this.adapter.text().slice(p.from, p.to);
      const first = p.from === finding.from && p.to === finding.to;
      if (first ? words !== finding.text : fold(words) !== fold(finding.text)) continue;
      // a repeat may differ in case from the first place ("Hermed" / "hermed")
      let replacement = text;
      if (!first && text && words[0] !== finding.text[0]) {
        replacement = (words[0] === words[0].toLocaleUpperCase("da") ? text[0].toLocaleUpperCase("da") : text[0].toLocaleLowerCase("da")) + text.slice(1);
      }
      if (this.adapter.replace({ ...finding, from: p.from, to: p.to, text: words }, replacement)) done += 1;
    }
    return done > 0;
  }

  // Replace the finding's text with `suggestion` (only if the text is still what was checked).
  apply(finding, suggestion) {
    const ok = this.replaceAll(finding, suggestion);
    if (ok) {
      reportInsight("applied", finding, this.insightExtra());
      this.active = null;
      this.track();
      return this.check();
    }
    return Promise.resolve(null);
  }

  // Replace [from, to) (UTF-16) when it still reads `old`; for rewrites that are not findings.
  replaceRange(from, to, old, text) {
    const ok = this.adapter.replace({ from, to, text: old }, text);
    if (ok) this.track();
    return ok;
  }

  // Ignore in this letter (default) or in every letter (`always`: "ignorer altid").
  ignore(finding, { always = false } = {}) {
    if (always) this.ignored.add(finding);
    else this.letterIgnored.add(finding);
    reportInsight(always ? "ignored_always" : "ignored", finding, this.insightExtra());
    const key = findingKey(finding);
    this.findings = this.findings.filter((f) => findingKey(f) !== key);
    if (this.active && findingKey(this.active) === key) this.active = null;
    this.adapter.highlight(this.visible(), this.active);
    if (this.report) this.onResults(this.report, this.findings);
  }

  // Undo an "ignorer altid" (the key from ignored.entries()) and check again.
  unignore(key) {
    this.ignored.remove(key);
    return this.check();
  }

  text() { return this.adapter.text(); }
  setText(text) {
    const before = this.adapter.text();
    this.adapter.setText(text);
    if (before !== text) this.newLetter();
    this.findings = [];
    this.lastText = text;
    this.adapter.highlight([], null);
    return this.check();
  }

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
// (A finding repeated in several places covers each of them.)
export function segments(findings, length) {
  const spans = [];
  for (const f of findings) {
    for (const p of f.places || [{ from: f.from, to: f.to }]) spans.push({ from: p.from, to: p.to, finding: f });
  }
  const cuts = new Set([0, length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(length, s.from))); cuts.add(Math.max(0, Math.min(length, s.to))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const covering = spans.filter((s) => s.from <= a && s.to >= b);
    if (!covering.length) { out.push({ from: a, to: b, finding: null }); continue; }
    covering.sort((x, y) => (x.to - x.from) - (y.to - y.from));
    out.push({ from: a, to: b, finding: covering[0].finding, wide: covering[0].to - covering[0].from > WIDE });
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
  }

  // The overlay is measured from the textarea's computed style, whatever the host page's box
  // sizing: same border-box size and place, same borders and padding, so the text wraps alike.
  copyStyle() {
    const el = this.element;
    const cs = getComputedStyle(el);
    for (const prop of ["fontFamily", "fontSize", "fontWeight", "fontStyle", "fontStretch", "fontVariant", "fontKerning",
      "fontFeatureSettings", "lineHeight", "letterSpacing", "wordSpacing", "textTransform", "textIndent", "tabSize",
      "direction", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth",
      "borderBottomWidth", "borderLeftWidth", "whiteSpace", "overflowWrap", "wordBreak", "hyphens"]) {
      this.backdrop.style[prop] = cs[prop];
    }
    this.backdrop.style.boxSizing = "border-box";
    this.backdrop.style.width = `${el.offsetWidth}px`;
    this.backdrop.style.height = `${el.offsetHeight}px`;
    this.backdrop.style.top = `${el.offsetTop}px`;
    this.backdrop.style.left = `${el.offsetLeft}px`;
    // a scrollbar in the textarea narrows its text; the overlay reserves the same width
    const bar = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    this.backdrop.style.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, bar)}px`;
  }

  text() { return this.element.value; }
  setText(text) { this.element.value = text; }
  paragraphs() { return splitParagraphs(this.element.value); }

  // Findings' places are kept in step with the text (Checker.track), so highlights are
  // drawn over the current text; findings an edit touched are not passed in.
  highlight(findings, active) {
    const text = this.element.value;
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
    this.onScroll && this.onScroll();
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

  // The DOM range of [from, to) in text() (UTF-16 offsets; blocks are joined with "\n"), in
  // the block where it starts. Places are kept in step with edits by Checker.track.
  rangeFor(place) {
    let pos = 0;
    let block = null;
    for (const b of this.leafBlocks()) {
      const len = b.textContent.length;
      if (place.from >= pos && place.from <= pos + len) { block = b; break; }
      pos += len + 1;
    }
    if (!block) return null;
    const walker = this.doc.createTreeWalker(block, this.win.NodeFilter.SHOW_TEXT);
    const range = this.doc.createRange();
    const [start, end] = [place.from - pos, place.to - pos];
    pos = 0;
    let started = false;
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
      for (const place of f.places || [f]) {
        const range = this.rangeFor(place);
        if (range) groups[f === active ? "bt-active" : `bt-${f.category}`].push(range);
      }
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
    if (!suggestion) { // deleting: a text node cannot be empty-inserted meaningfully
      range.deleteContents();
      this.element.dispatchEvent(new this.win.Event("input", { bubbles: true }));
      return true;
    }
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
