// The borgertekst web page. Uses the shared API client and the browser plugin; no build step.
import { BorgertekstClient, ProblemError, codePointToUtf16, utf16ToCodePoint, findingKey, hasPlaceholder,
  showSuggestion, suggestionParts, fillSuggestion, reportInsight, plural } from "/plugins/shared/client.js";
import { CATEGORIES, CATEGORY_LABEL, ELEMENTS, ELEMENT_RUBRIC, SEVERITY_LABEL } from "/plugins/shared/categories.js";
import { attach } from "/plugins/browser/attach.js";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
};

const client = new BorgertekstClient({ apiKey: sessionStorage.getItem("borgertekst.apiKey") || "" });
const status = $("status");

const checker = attach($("editor"), {
  client,
  clientName: "page",
  letterType: () => $("letter-type").value || null,
  onStart: () => { status.textContent = "Tjekker …"; },
  onResults: showResults,
  onError: showError,
});

// A failed check never leaves the previous letter's findings or figures on screen.
function showError(err) {
  const msg = err instanceof ProblemError ? err.message : "Noget gik galt. Prøv igen.";
  status.textContent = msg;
  $("lix-value").textContent = "–";
  $("lix-label").textContent = "";
  $("lix-meter").value = 0;
  $("word-count").textContent = "0";
  $("sentence-count").textContent = "0";
  showElements(null);
  displayed = [];
  $("findings").replaceChildren(el("p", { class: "none error-state" }, `Brevet blev ikke tjekket: ${msg}`));
  showIgnored();
  if (err instanceof ProblemError && err.status === 401) $("api-key").closest("details").open = true;
}

function showResults(report, findings) {
  if (!report) return;
  const m = report.metrics;
  $("lix-value").textContent = m.words ? String(m.lix) : "–";
  $("lix-label").textContent = m.words ? `(${m.lix_label})` : "";
  $("lix-meter").value = Math.min(70, m.lix);
  $("word-count").textContent = String(m.words);
  $("sentence-count").textContent = String(m.sentences);
  showElements(report);
  showFindings(findings, m.words);
  showIgnored();
  status.textContent = `${plural(findings.length, "fund", "fund")}.`;
}

// "Det skal borgeren kunne mærke": what the letter does for each element (element_status from
// the engine: covered / weak / missing, with the reason). A server without it gives only
// `elements` (covered or not), shown as such.
const ELEMENT_STATE = {
  covered: ["ok", "✓", "dækket"],
  weak: ["weak", "~", "svagt"],
  missing: ["missing", "!", "mangler"],
};

function showElements(report) {
  const statuses = (report && report.element_status) || null;
  const old = (report && report.elements) || null;
  $("elements").replaceChildren(...ELEMENTS.map(([key, label, help]) => {
    const st = statuses && statuses[key];
    if (st && ELEMENT_STATE[st.status]) {
      const [cls, mark, word] = ELEMENT_STATE[st.status];
      return el("li", { class: cls, dataset: { element: key } },
        el("span", { class: "mark", "aria-hidden": "true" }, mark),
        el("span", {}, `${st.label || label}: `, el("strong", {}, word)),
        st.reason ? el("span", { class: "hint reason" }, ` – ${st.reason}`) : null);
    }
    if (!old || !(key in old)) {
      return el("li", { class: "unknown", dataset: { element: key } }, el("span", { class: "mark", "aria-hidden": "true" }, "·"),
        el("span", {}, `${label}: `, el("strong", {}, "ikke vurderet")), el("span", { class: "hint" }, ` – ${help}`));
    }
    const ok = old[key] !== false;
    return el("li", { class: ok ? "ok" : "missing", dataset: { element: key } },
      el("span", { class: "mark", "aria-hidden": "true" }, ok ? "✓" : "!"),
      el("span", {}, `${label}: `, el("strong", {}, ok ? "dækket" : "mangler")),
      el("span", { class: "hint" }, ` – ${help}`));
  }));
}

// The rubric behind the statuses (what dækket / svagt / mangler means per element, one example each), shown once
// under the elements in a closed <details>: the reader of the page judges by the same rubric as the panel.
function showRubric() {
  const box = $("element-rubric-body");
  if (!box) return;
  const rows = [["covered", "dækket"], ["weak", "svagt"], ["missing", "mangler"]];
  box.replaceChildren(...ELEMENTS.filter(([key]) => ELEMENT_RUBRIC[key]).map(([key, label]) => {
    const r = ELEMENT_RUBRIC[key];
    return el("section", { class: "rubric-element", dataset: { element: key } },
      el("h4", {}, `${label}: ${r.question}`),
      el("dl", {}, ...rows.flatMap(([status, word]) => [
        el("dt", {}, word[0].toUpperCase() + word.slice(1)),
        el("dd", {}, r[status][0], " ", el("span", { class: "hint" }, `Eksempel: »${r[status][1]}«`)),
      ])));
  }));
}

// ---- the findings list: one Tab stop, arrow keys move between findings (roving tabindex) ----
let displayed = []; // findings in list order
let currentKey = null; // key of the finding that holds the Tab stop

const identity = (f) => `${findingKey(f)}\u0000${f.from}`;

function showFindings(findings, words = 0) {
  const box = $("findings");
  const side = box.closest(".side");
  const scroll = side ? side.scrollTop : 0;
  if (!findings.length) {
    displayed = [];
    const empty = !checker.text().trim() ? "Skriv eller indsæt et brev."
      : words ? "Ingen fund. Godt skrevet!" : "Teksten indeholder ingen ord, så der er intet at tjekke.";
    box.replaceChildren(el("p", { class: "none" }, empty));
    return;
  }
  const groups = CATEGORIES.map(([cat]) => [cat, findings.filter((f) => f.category === cat)]).filter(([, fs]) => fs.length);
  displayed = groups.flatMap(([, fs]) => fs);
  if (!displayed.some((f) => identity(f) === currentKey)) currentKey = identity(displayed[0]);
  box.replaceChildren(
    el("p", { id: "findings-help", class: "hint" }, "Gå mellem fundene med pil op og pil ned."),
    ...groups.map(([cat, fs]) => el("section", { class: "group", "aria-label": CATEGORY_LABEL[cat] },
      el("h3", {}, el("span", { class: `bt-swatch bt-${cat}`, "aria-hidden": "true" }), `${CATEGORY_LABEL[cat]} (${fs.length})`),
      el("ul", { class: "finding-list", "aria-describedby": "findings-help" }, fs.map(findingItem)))));
  rove();
  if (side) side.scrollTop = scroll;
}

const CONTROLS = "button, summary, a[href], input, textarea, select";

// Only the current finding's controls are in the Tab order.
function rove() {
  for (const li of $("findings").querySelectorAll("li.finding")) {
    const on = li.dataset.key === currentKey;
    li.classList.toggle("current", on);
    for (const c of li.querySelectorAll(CONTROLS)) c.tabIndex = on ? 0 : -1;
  }
}

function itemFor(key) {
  return [...$("findings").querySelectorAll("li.finding")].find((li) => li.dataset.key === key) || null;
}

function focusFinding(key) {
  const li = itemFor(key);
  if (!li) return false;
  currentKey = key;
  rove();
  const jump = li.querySelector("button.jump");
  jump.focus({ preventScroll: true });
  li.scrollIntoView({ block: "nearest" });
  return true;
}

$("findings").addEventListener("focusin", (e) => {
  const li = e.target.closest("li.finding");
  if (li && li.dataset.key !== currentKey) { currentKey = li.dataset.key; rove(); }
});

$("findings").addEventListener("keydown", (e) => {
  const li = e.target.closest("li.finding");
  if (!li || e.target.closest(".fill")) return;
  const keys = displayed.map(identity);
  const i = keys.indexOf(li.dataset.key);
  let next = null;
  if (e.key === "ArrowDown") next = keys[Math.min(keys.length - 1, i + 1)];
  else if (e.key === "ArrowUp") next = keys[Math.max(0, i - 1)];
  else if (e.key === "Home") next = keys[0];
  else if (e.key === "End") next = keys[keys.length - 1];
  if (next === null) return;
  e.preventDefault();
  focusFinding(next);
});

// After a fix or an ignore: keep the reader's place. Focus moves to the finding that followed
// the handled one in the list (the same rule on the same words; offsets move with the fix), or
// the one before it at the end, and that finding is shown where the handled one was in the panel.
function panelOffset(li) {
  const side = li && li.closest(".side");
  return side ? li.getBoundingClientRect().top - side.getBoundingClientRect().top : null;
}

function keepPlace(handledIndex, before, offset = null, pageY = null, fix = null) {
  let target = null;
  const old = new Set(before.map(findingKey));
  for (const [n, cand] of before.slice(handledIndex + 1).entries()) {
    const key = findingKey(cand);
    const same = displayed.filter((f) => findingKey(f) === key);
    if (same.length) {
      target = same.reduce((a, b) => (Math.abs(b.from - cand.from) < Math.abs(a.from - cand.from) ? b : a));
      break;
    }
    if (n === 0 && fix) {
      // the next finding went with the fix, and the fixed words are flagged again in its place ("træffes"
      // inside "træffes endelig beslutning" → "besluttes", still passive): that one is next, where the reader is
      const from = cand.from >= fix.to ? cand.from + fix.delta : cand.from;
      const to = cand.to >= fix.to ? cand.to + fix.delta : Math.min(cand.to, fix.to + fix.delta);
      target = displayed.find((f) => !old.has(findingKey(f)) && f.from < Math.max(to, from + 1) && from < f.to) || null;
      if (target) break;
    }
  }
  if (!target && displayed.length) target = displayed[Math.min(Math.max(0, handledIndex - 1), displayed.length - 1)];
  if (!target) { $("findings-title").focus({ preventScroll: true }); return; }
  const key = identity(target);
  focusFinding(key);
  // the fix focused the letter, which scrolls the page to it where the panel is below the
  // letter (a phone): the page goes back to where the reader was
  if (pageY !== null && window.scrollY !== pageY) window.scrollTo({ top: pageY, behavior: "instant" });
  const li = itemFor(key);
  const side = li && li.closest(".side");
  const now = panelOffset(li);
  if (side && offset !== null && now !== null) side.scrollTop += now - offset;
}

function quoteOf(f) { return f.text.length > 60 ? f.text.slice(0, 57) + " …" : f.text; }

function findingItem(f) {
  const quote = quoteOf(f);
  const actions = [];
  const fills = [];
  let offered = 0;
  if (f.replaceable) {
    // only what the server fitted to this place: the first suggestion as it inflected and guarded
    // it ("ekstra udgift" for "merudgifter" → "ekstra udgifter"), when it covers exactly the
    // finding's words; the others only when the first needed no inflection. A suggestion the
    // server could not fit here ("Holde fast i" before "vi") is shown as advice, not pasted.
    const r = f.replacement;
    const inflected = r && r.start === f.start && r.end === f.end ? r.text : null;
    for (const [i, raw] of f.suggestions.slice(0, 3).entries()) {
      const s = hasPlaceholder(raw) ? raw : i === 0 ? inflected : inflected === f.suggestions[0] ? raw : null;
      if (!s) continue;
      offered += 1;
      if (hasPlaceholder(s)) {
        const shown = showSuggestion(s);
        actions.push(el("button", { type: "button", class: "accept fill-open", "aria-expanded": "false",
          "aria-label": `Brug »${shown}« i stedet for »${quote}« – udfyld først det tomme felt`,
          onclick: (e) => openFill(e.currentTarget, f, s) }, `Brug »${shown}«`));
      } else {
        actions.push(el("button", { type: "button", class: "accept", "aria-label": `Brug »${s}« i stedet for »${quote}«`,
          onclick: () => accept(f, s) }, `Brug »${s}«`));
      }
    }
  }
  if (f.rewritable === true) {
    // the rule offers a rewrite; the button shows when the paragraph's rewrite is known to change the finding
    // (asked apart from the check, so the highlights and this list never wait for it)
    const changes = rewriteChanges(f);
    if (changes === true) actions.push(rewriteButton(f));
    else if (changes === null) whenRewriteKnown(f);
  }
  actions.push(el("button", { type: "button", class: "secondary ignore", "aria-label": `Ignorer »${quote}« i dette brev`,
    onclick: () => ignore(f, false) }, "Ignorer"));
  actions.push(el("button", { type: "button", class: "secondary ignore-always", "aria-label": `Ignorer altid »${quote}« i alle breve`,
    onclick: () => ignore(f, true) }, "Ignorer altid"));
  const advice = (!f.replaceable || !offered) && f.suggestions.length ? el("p", { class: "advice" }, showSuggestion(f.suggestions[0])) : null;
  const where = f.count > 1 ? el("span", { class: "count" }, ` · ${f.count} steder`) : null;
  return el("li", { class: `finding sev-${f.severity}`,
    dataset: { rule: f.rule, key: identity(f), index: String(f.index), places: f.places.map((p) => `${p.from}-${p.to}`).join(" ") } },
    el("button", { type: "button", class: "jump", onclick: () => checker.select(f) },
      el("span", { class: "quote" }, `»${quote}«`), " ",
      el("span", { class: "sev" }, SEVERITY_LABEL[f.severity] || f.severity), where),
    el("p", { class: "message" }, f.message),
    advice,
    f.explanation ? el("details", {}, el("summary", {}, "Hvorfor?"), el("p", {}, f.explanation),
      f.link ? el("p", {}, el("a", { href: f.link, target: "_blank", rel: "noopener" }, "Læs mere")) : null) : null,
    el("div", { class: "actions" }, actions), fills);
}

function rewriteButton(f) {
  return el("button", { type: "button", class: "secondary rewrite-one",
    "aria-label": `Foreslå omskrivning af »${quoteOf(f)}«`, onclick: () => rewriteFinding(f) }, "Foreslå omskrivning");
}

// Where the server's rewrite of a paragraph (with a letter type) changes it: /v1/rewrite/spans, asked once per
// paragraph text and type ({spans: null while asked, then [[start, end], …] in code points; promise}).
const rewriteSpans = new Map();
const REWRITE_SPANS_KEPT = 200;

function spansFor(scope) {
  const key = `${scope.letterType || ""}\u0000${scope.text}`;
  let known = rewriteSpans.get(key);
  if (!known) {
    known = { spans: null, promise: null };
    known.promise = client.request("POST", "/v1/rewrite/spans", { text: scope.text, letter_type: scope.letterType })
      .then((r) => { known.spans = r.spans.map((c) => [c.start, c.end]); return known.spans; })
      .catch(() => { rewriteSpans.delete(key); return []; }); // no answer: no button (asked again at the next check)
    rewriteSpans.set(key, known);
    while (rewriteSpans.size > REWRITE_SPANS_KEPT) rewriteSpans.delete(rewriteSpans.keys().next().value);
  }
  return known;
}

const touchesPlace = (places) => ([start, end]) =>
  places.some(([s, e]) => start < e && s < end || (start === end && s <= start && start <= e));

// true when the rewrite of the finding's paragraph changes one of its places, false when not, null while asked
function rewriteChanges(f) {
  const scope = findingScope(f);
  if (!scope) return false;
  const { spans } = spansFor(scope);
  return spans === null ? null : spans.some(touchesPlace(scope.places));
}

function whenRewriteKnown(f) {
  const scope = findingScope(f);
  spansFor(scope).promise.then((spans) => {
    if (!displayed.includes(f) || !spans.some(touchesPlace(scope.places))) return; // a newer check is shown
    const li = itemFor(identity(f));
    if (!li || li.querySelector("button.rewrite-one")) return;
    const button = rewriteButton(f);
    button.tabIndex = li.dataset.key === currentKey ? 0 : -1;
    li.querySelector(".actions button.ignore").before(button);
  });
}

// A suggestion with blanks ("[dato]", "…"): the writer fills them before anything is inserted.
function openFill(button, f, suggestion) {
  const li = button.closest("li.finding");
  li.querySelector(".fill")?.remove();
  const inputs = [];
  let n = 0;
  const parts = suggestionParts(suggestion).map((p) => {
    if (!p.blank) return el("span", {}, p.text);
    const id = `fill-${Math.random().toString(36).slice(2)}-${n++}`;
    const input = el("input", { type: "text", id, class: "blank", "aria-label": `Udfyld: ${p.blank}`, placeholder: p.blank });
    inputs.push(input);
    return input;
  });
  const close = () => { form.remove(); button.setAttribute("aria-expanded", "false"); button.focus(); };
  const message = el("p", { class: "errors", role: "alert" });
  const form = el("form", { class: "fill", "aria-label": "Udfyld forslaget" },
    el("p", { class: "fill-line" }, parts), message,
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "accept" }, "Indsæt"),
      el("button", { type: "button", class: "secondary", onclick: close }, "Fortryd")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = fillSuggestion(suggestion, inputs.map((i) => i.value));
    if (text === null) { message.textContent = "Udfyld de tomme felter først."; inputs.find((i) => !i.value.trim())?.focus(); return; }
    accept(f, text);
  });
  form.addEventListener("keydown", (e) => { if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); close(); } });
  button.setAttribute("aria-expanded", "true");
  li.append(form);
  rove();
  inputs[0].focus();
}

async function accept(f, suggestion) {
  const before = displayed.slice();
  const index = before.indexOf(f);
  const offset = panelOffset(itemFor(identity(f)));
  const pageY = window.scrollY;
  // apply() starts a check (a new sequence number) only when it made the fix
  const seq = checker.seq;
  const checked = checker.apply(f, suggestion);
  const made = checker.seq !== seq;
  const report = await checked;
  if (!made) { status.textContent = "Teksten er ændret siden tjekket; vent et øjeblik, så tjekkes den igen."; return; }
  if (!report) return; // a newer check (the next fix, typing) took over; it shows the result and keeps the place
  status.textContent = `Rettet til »${suggestion}«. ${status.textContent}`;
  keepPlace(index, before, offset, pageY, { to: f.to, delta: suggestion.length - (f.to - f.from) });
}

function ignore(f, always) {
  const before = displayed.slice();
  const index = before.indexOf(f);
  const offset = panelOffset(itemFor(identity(f)));
  const pageY = window.scrollY;
  checker.ignore(f, { always });
  status.textContent = always ? `»${quoteOf(f)}« ignoreres nu i alle breve (se »Ignoreres altid«).` : "Fundet er ignoreret i dette brev.";
  keepPlace(index, before, offset, pageY);
}

// "Ignoreres altid": what is ignored in every letter, each with its own undo.
function showIgnored() {
  const entries = checker.ignored.entries();
  const box = $("always-ignored");
  box.hidden = !entries.length;
  $("always-count").textContent = String(entries.length);
  $("always-list").replaceChildren(...entries.map((e) => el("li", {},
    el("span", {}, `»${e.text.length > 40 ? e.text.slice(0, 37) + " …" : e.text}« `, el("span", { class: "hint" }, `(${e.rule})`)), " ",
    el("button", { type: "button", class: "secondary small undo-ignore", "aria-label": `Fortryd: vis »${e.text.slice(0, 40)}« igen`,
      onclick: async () => { await checker.unignore(e.key); status.textContent = `»${e.text.slice(0, 40)}« vises igen. ${status.textContent}`; $("always-summary").focus(); } },
    "Fortryd"))));
  $("reset-ignored").hidden = checker.letterIgnored.size === 0;
}

$("findings-title").tabIndex = -1;
$("check-now").addEventListener("click", () => checker.check());
$("letter-type").addEventListener("change", () => checker.check());
$("reset-ignored").addEventListener("click", () => { checker.letterIgnored.clear(); checker.check(); $("editor").focus(); });
$("always-clear").addEventListener("click", () => { checker.ignored.clear(); checker.check(); $("editor").focus(); });
$("api-key").value = client.apiKey;
$("api-key").addEventListener("change", (e) => {
  client.apiKey = e.target.value.trim();
  sessionStorage.setItem("borgertekst.apiKey", client.apiKey);
  checker.check();
});

// ---- open a Word file: its paragraphs become the editor's text ----
$("open-docx").addEventListener("change", async (e) => {
  const file = e.target.files && e.target.files[0];
  if (!file) return;
  status.textContent = `Læser ${file.name} …`;
  try {
    const result = await client.analyzeDocument(file, $("letter-type").value || null);
    await checker.setText(result.paragraphs.map((p) => p.text).join("\n\n"));
    $("editor").focus();
  } catch (err) {
    showError(err);
  } finally {
    e.target.value = "";
  }
});

// ---- Omskriv: the TRÆK rewrite as a list of changes, each accepted or rejected on its own ----
let pending = null; // {before, changes: [{…change, from, to, state}], opener}
$("rewrite").addEventListener("click", (e) => proposeRewrite(null, e.currentTarget));

// One finding's rewrite is the rewrite of the finding's paragraph (with the letter type of the check), shown
// with only the changes that touch the finding: that is what the server tried when it offered the button
// (`rewritable`), so the panel never opens with nothing in it.
function rewriteFinding(f) {
  const scope = findingScope(f);
  if (!scope) {
    const text = checker.text();
    proposeRewrite([utf16ToCodePoint(text, f.from), utf16ToCodePoint(text, f.to)], document.activeElement);
    return;
  }
  proposeRewrite(null, document.activeElement, scope);
}

// The finding's paragraph, where it starts (UTF-16), the check's letter type and the finding's places in it
// (code points): what one finding's rewrite asks for. null when the finding is not inside its paragraph.
function findingScope(f) {
  const para = checker.adapter.paragraphs().find((p) => p.id === f.paragraphId);
  if (!para || f.from < para.start || f.to > para.start + para.text.length) return null;
  const end = para.start + para.text.length;
  const places = (f.places || [{ from: f.from, to: f.to }]).filter((q) => q.from >= para.start && q.to <= end)
    .map((q) => [utf16ToCodePoint(para.text, q.from - para.start), utf16ToCodePoint(para.text, q.to - para.start)]);
  const letterType = (checker.report && checker.report.letter_type) || $("letter-type").value || null;
  return { text: para.text, start: para.start, letterType, places };
}

async function proposeRewrite(onlySpan = null, opener = null, scope = null) {
  const text = checker.text();
  if (!text.trim()) { status.textContent = "Der er ingen tekst at omskrive."; return; }
  status.textContent = "Omskriver …";
  try {
    const asked = scope ? scope.text : text; // the finding's paragraph, or the whole letter
    const base = scope ? scope.start : 0; // where `asked` starts in the letter (UTF-16)
    const letterType = scope ? scope.letterType : $("letter-type").value || null;
    const result = await client.rewrite(asked, { letterType, onlySpan });
    const touches = (c) => !scope || touchesPlace(scope.places)([c.start, c.end]);
    if (scope && Array.isArray(result.hints)) result.hints = result.hints.filter(touches);
    const changes = [...(result.changes || [])].filter(touches).sort((a, b) => a.start - b.start).map((c) => ({
      ...c, from: base + codePointToUtf16(asked, c.start), to: base + codePointToUtf16(asked, c.end), state: "open" }));
    pending = { before: text, changes, result, opener, oneFinding: onlySpan !== null || scope !== null, scoped: scope !== null };
    showChanges();
    $("rewrite-panel").hidden = false;
    $("rewrite-title").focus();
    status.textContent = "Forslaget til omskrivning er klar.";
  } catch (err) {
    showError(err.status === 404 ? new ProblemError(404, { detail: "Omskrivning findes ikke på denne server." }) : err);
  }
}

const CONTEXT = 40;

function showChanges() {
  const { changes, result } = pending;
  const open = changes.filter((c) => c.state === "open");
  const text = pending.before;
  const hintCount = Array.isArray(result.hints) ? result.hints.length : 0;
  $("rewrite-summary").textContent = changes.length
    ? pending.scoped ? `${plural(changes.length, "ændring", "ændringer")} ved fundet.` // the counts are the paragraph's
      : `${plural(changes.length, "ændring", "ændringer")}. Fund før: ${result.findings_before}, efter: ${result.findings_after}.`
    : hintCount ? "Der er ingen ændring, der kan bruges direkte; se forslagene, du selv skal gøre færdige."
    : pending.oneFinding ? "Der er ingen omskrivning til netop dette fund; brug rådet ved fundet."
      : "Der er ikke noget at omskrive.";
  $("rewrite-accept").textContent = open.length === changes.length
    ? `Brug alle ${plural(open.length, "ændring", "ændringer")}` : `Brug de ${plural(open.length, "resterende", "resterende")}`;
  if (open.length === 1) $("rewrite-accept").textContent = changes.length === 1 ? "Brug ændringen" : "Brug den sidste ændring";
  $("rewrite-accept").disabled = !open.length;
  $("rewrite-changes").replaceChildren(...changes.map((c, i) => {
    const lead = text.slice(Math.max(0, c.from - CONTEXT), c.from);
    const tail = text.slice(c.to, c.to + CONTEXT);
    const n = i + 1;
    const decided = c.state !== "open";
    return el("li", { class: `change change-${c.state}`, dataset: { index: String(i) } },
      el("p", { class: "diff" }, c.from > CONTEXT ? "…" : "", lead,
        el("del", {}, c.old), el("ins", {}, c.new), tail, c.to + CONTEXT < text.length ? "…" : ""),
      decided ? el("p", { class: "decision" }, c.state === "accepted" ? "Brugt." : c.state === "rejected" ? "Afvist." : "Kunne ikke bruges: teksten er ændret her.")
        : el("div", { class: "actions" },
          el("button", { type: "button", class: "accept-one", "aria-label": `Brug ændring ${n}: »${c.new}«`, onclick: () => decide(i, true) }, "Brug"),
          el("button", { type: "button", class: "secondary reject-one", "aria-label": `Afvis ændring ${n}`, onclick: () => decide(i, false) }, "Afvis")));
  }));
  // rewrites only the writer can finish (a blank to fill): shown as advice, never applied
  const hints = Array.isArray(result.hints) ? result.hints.filter((h) => h && h.old && h.hint) : [];
  $("rewrite-hints").hidden = !hints.length;
  $("rewrite-hint-list").replaceChildren(...hints.map((h) => el("li", {},
    el("del", {}, h.old), " → ", el("span", { class: "hint-text" }, showSuggestion(h.hint)))));
}

// Apply one change to the editor: its place in the current text is its place in the original
// moved by the changes already applied before it; it is applied only where the text still reads `old`.
function applyChange(c) {
  let shift = 0;
  for (const d of pending.changes) {
    if (d.state === "accepted" && d.from < c.from) shift += d.new.length - d.old.length;
  }
  if (checker.replaceRange(c.from + shift, c.to + shift, c.old, c.new)) {
    c.state = "accepted";
    const known = checker.findings.find((f) => f.rule === c.rule);
    reportInsight("rewritten", known || { rule: c.rule }, checker.insightExtra());
    return true;
  }
  c.state = "failed";
  return false;
}

function decide(i, use) {
  const c = pending.changes[i];
  if (use) applyChange(c); else c.state = "rejected";
  afterDecision(i);
}

function afterDecision(i) {
  const open = pending.changes.findIndex((c, j) => c.state === "open" && j > i);
  const first = open === -1 ? pending.changes.findIndex((c) => c.state === "open") : open;
  if (first === -1) { closeRewrite(true); return; }
  showChanges();
  const li = $("rewrite-changes").querySelector(`li[data-index="${first}"]`);
  li.querySelector("button.accept-one").focus({ preventScroll: true });
  li.scrollIntoView({ block: "nearest" });
}

function closeRewrite(done = false) {
  const used = pending ? pending.changes.filter((c) => c.state === "accepted").length : 0;
  const opener = pending && pending.opener;
  $("rewrite-panel").hidden = true;
  pending = null;
  if (used) { checker.check(); status.textContent = `${plural(used, "ændring", "ændringer")} brugt.`; }
  if (done || !opener || !opener.isConnected) $("editor").focus(); else opener.focus();
}

$("rewrite-accept").addEventListener("click", () => {
  if (!pending) return;
  for (const c of pending.changes) if (c.state === "open") applyChange(c);
  closeRewrite(true);
});
$("rewrite-cancel").addEventListener("click", () => closeRewrite(false));

// Escape closes the open panel (the rewrite proposal, the list of ignored findings).
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape" || e.defaultPrevented) return;
  if (!$("rewrite-panel").hidden) { e.preventDefault(); closeRewrite(false); return; }
  const details = e.target.closest && e.target.closest("details[open]");
  if (details) { e.preventDefault(); details.open = false; details.querySelector("summary").focus(); }
});

// ---- tabs (WAI-ARIA tabs pattern) ----
const tabs = [$("tab-check"), $("tab-reply")];
function selectTab(tab, focus = true) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
  if (focus) tab.focus();
  if (tab.id === "tab-reply") loadTemplates();
}
tabs.forEach((tab, i) => {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (e) => {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      selectTab(tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]);
    }
  });
});

// ---- Svar på henvendelse: triage, template form, render into the editor ----
let templates = null;
let current = null;

async function loadTemplates() {
  if (templates) return;
  try {
    templates = await client.templates();
  } catch (err) {
    $("template-errors").textContent = err.message;
    return;
  }
  $("template-select").replaceChildren(...templates.map((t) => el("option", { value: t.name }, t.title)));
  await chooseTemplate(templates[0] && templates[0].name);
}

// A field's Danish label: its own `label` when the server gives one, else its name written out
// ("formaal" → "Formål", "vaegt_paa" → "Vægt på": the names spell æ, ø, å as ae, oe, aa).
function fieldLabel(f) {
  if (f.label) return f.label;
  const words = f.name.replace(/_/g, " ").replace(/aa/g, "å").replace(/oe/g, "ø").replace(/ae/g, "æ");
  return words.charAt(0).toLocaleUpperCase("da") + words.slice(1);
}

async function chooseTemplate(name) {
  if (!name) return;
  current = templates.find((t) => t.name === name);
  $("template-select").value = name;
  $("template-description").textContent = current.description;
  $("template-errors").replaceChildren();
  $("template-fields").replaceChildren(...current.fields.map((f) => {
    const id = `field-${f.name}`;
    const help = el("span", { class: "hint", id: `${id}-help` }, f.help);
    const common = { id, name: f.name, "aria-describedby": `${id}-help`, required: f.required };
    let input;
    if (f.type === "text" || f.type === "list") input = el("textarea", { ...common, rows: 3 });
    else if (f.type === "bool") input = el("input", { ...common, type: "checkbox" });
    else if (f.type === "date") input = el("input", { ...common, type: "date" });
    else if (f.type === "int") input = el("input", { ...common, type: "number", step: "1" });
    else input = el("input", { ...common, type: "text" });
    const label = el("label", { for: id }, fieldLabel(f), f.required ? " (skal udfyldes)" : "");
    return el("div", { class: `field field-${f.type}` }, label, input, help);
  }));
}

$("template-select").addEventListener("change", (e) => chooseTemplate(e.target.value));

$("template-example").addEventListener("click", () => {
  if (!current) return;
  for (const f of current.fields) {
    const input = $(`field-${f.name}`);
    const value = current.example[f.name];
    if (value === undefined || value === null) continue;
    if (f.type === "bool") input.checked = Boolean(value);
    else if (f.type === "list") input.value = Array.isArray(value) ? value.join("\n") : String(value);
    else input.value = String(value);
  }
});

function formData() {
  const data = {};
  for (const f of current.fields) {
    const input = $(`field-${f.name}`);
    if (f.type === "bool") { data[f.name] = input.checked; continue; }
    const value = input.value.trim();
    if (!value) continue;
    if (f.type === "list") data[f.name] = value.split("\n").map((s) => s.trim()).filter(Boolean);
    else if (f.type === "int") data[f.name] = Number.parseInt(value, 10);
    else data[f.name] = value;
  }
  return data;
}

$("template-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  if (!current) return;
  $("template-errors").replaceChildren();
  try {
    const text = await client.render(current.name, formData(), "text");
    const letterType = current.letter_type;
    if (letterType && [...$("letter-type").options].some((o) => o.value === letterType)) $("letter-type").value = letterType;
    selectTab(tabs[0], false);
    await checker.setText(text.replace(/\s+$/, "") + "\n");
    $("editor").focus();
    status.textContent = `Svaret er sat ind i brevet. ${status.textContent}`;
  } catch (err) {
    const items = (err.errors || []).map((m) => el("li", {}, m));
    $("template-errors").replaceChildren(el("p", {}, err.message), items.length ? el("ul", {}, items) : "");
  }
});

// The citizen's text with the triage signals marked (offsets are code points); each mark is
// titled with the signal's Danish label, never its internal kind.
function markSigns(text, signals) {
  const parts = [];
  let pos = 0;
  for (const s of [...signals].sort((a, b) => a.start - b.start)) {
    if (typeof s.start !== "number" || typeof s.end !== "number") continue;
    const from = codePointToUtf16(text, s.start);
    const to = codePointToUtf16(text, s.end);
    if (from < pos || to <= from) continue;
    parts.push(text.slice(pos, from), el("mark", { class: "sign", title: s.label || null }, text.slice(from, to)));
    pos = to;
  }
  parts.push(text.slice(pos));
  return parts;
}

const present = (v) => v !== null && v !== undefined && String(v).trim() !== "" && v !== "null";

function showTriage(text, t) {
  const signals = (Array.isArray(t.signals) ? t.signals : Array.isArray(t.signs) ? t.signs : []).filter((s) => s && present(s.text));
  const reasons = (Array.isArray(t.reasons) ? t.reasons : []).filter(present);
  const score = typeof t.score === "number" && Number.isFinite(t.score) ? Math.round(Math.max(0, Math.min(1, t.score)) * 100) : null;
  return [
    el("p", { class: `step step-${t.step}` }, el("strong", {}, present(t.step_label) ? t.step_label : "Vurdering"),
      score !== null ? el("span", { class: "score" }, ` – sikkerhed ${score} %`) : null),
    present(t.advice) ? el("p", {}, t.advice) : null,
    reasons.length ? el("div", {}, el("h3", {}, "Derfor"), el("ul", { class: "reasons" }, reasons.map((r) => el("li", {}, r)))) : null,
    signals.length ? el("div", {}, el("h3", {}, "Det har vi lagt mærke til"),
      el("ul", { class: "signals" }, signals.map((s) => el("li", {}, `»${s.text}«`,
        present(s.label) ? el("span", { class: "hint" }, ` (${s.label})`) : null))),
      el("blockquote", { class: "signs", "aria-label": "Henvendelsen med tegnene markeret" }, markSigns(text, signals))) : null,
  ];
}

$("triage-run").addEventListener("click", async () => {
  const text = $("incoming").value;
  const box = $("triage-result");
  if (!text.trim()) { box.textContent = "Indsæt borgerens henvendelse først."; return; }
  box.textContent = "Vurderer …";
  try {
    const t = await client.triage(text);
    box.replaceChildren(...showTriage(text, t).filter(Boolean));
    await loadTemplates();
    if (templates && templates.some((x) => x.name === t.template)) {
      await chooseTemplate(t.template);
      box.append(el("p", {}, `Forslag til skabelon: ${current.title}.`));
    }
  } catch (err) {
    box.textContent = err.message;
  }
});

showFindings([]);
showElements(null);
showRubric();
showIgnored();
if (checker.text().trim()) checker.check();
