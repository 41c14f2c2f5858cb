// The borgertekst web page. Uses the shared API client and the browser plugin; no build step.
import { BorgertekstClient, ProblemError, codePointToUtf16, utf16ToCodePoint } from "/plugins/shared/client.js";
import { CATEGORIES, CATEGORY_LABEL, ELEMENTS, SEVERITY_LABEL } from "/plugins/shared/categories.js";
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
  letterType: () => $("letter-type").value || null,
  onStart: () => { status.textContent = "Tjekker …"; },
  onResults: showResults,
  onError: showError,
});

function showError(err) {
  const msg = err instanceof ProblemError ? err.message : "Noget gik galt. Prøv igen.";
  status.textContent = msg;
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
  showElements(report.elements);
  showFindings(findings, m.words);
  status.textContent = findings.length === 1 ? "1 fund." : `${findings.length} fund.`;
}

function showElements(elements) {
  $("elements").replaceChildren(...ELEMENTS.map(([key, label, help]) => {
    const ok = elements[key] !== false;
    return el("li", { class: ok ? "ok" : "missing" },
      el("span", { class: "mark", "aria-hidden": "true" }, ok ? "✓" : "!"),
      el("span", {}, `${label}: `, el("strong", {}, ok ? "dækket" : "mangler")),
      el("span", { class: "hint" }, ` – ${help}`));
  }));
}

function showFindings(findings, words = 0) {
  const box = $("findings");
  if (!findings.length) {
    const empty = !checker.text().trim() ? "Skriv eller indsæt et brev."
      : words ? "Ingen fund. Godt skrevet!" : "Teksten indeholder ingen ord, så der er intet at tjekke.";
    box.replaceChildren(el("p", { class: "none" }, empty));
    return;
  }
  const groups = CATEGORIES.map(([cat]) => [cat, findings.filter((f) => f.category === cat)]).filter(([, fs]) => fs.length);
  box.replaceChildren(...groups.map(([cat, fs]) => el("section", { class: "group", "aria-label": CATEGORY_LABEL[cat] },
    el("h3", {}, el("span", { class: `bt-swatch bt-${cat}`, "aria-hidden": "true" }), `${CATEGORY_LABEL[cat]} (${fs.length})`),
    el("ul", { class: "finding-list" }, fs.map(findingItem)))));
}

// categories whose findings a sentence rewrite can address (tone, passive, officialese)
const REWRITABLE = new Set(["tone", "klarsprog", "fagsprog"]);

function findingItem(f) {
  const quote = f.text.length > 60 ? f.text.slice(0, 57) + " …" : f.text;
  const actions = [];
  if (f.replaceable) {
    for (const s of f.suggestions.slice(0, 3)) {
      actions.push(el("button", { type: "button", class: "accept", "aria-label": `Skift '${quote}' ud med '${s}'`,
        onclick: () => accept(f, s) }, `Brug »${s}«`));
    }
  }
  if (!f.replaceable && REWRITABLE.has(f.category)) {
    actions.push(el("button", { type: "button", class: "secondary rewrite-one",
      "aria-label": `Foreslå en omskrivning af '${quote}'`, onclick: () => rewriteFinding(f) }, "Foreslå omskrivning"));
  }
  actions.push(el("button", { type: "button", class: "secondary ignore", "aria-label": `Ignorer fundet '${quote}'`,
    onclick: () => { checker.ignore(f); status.textContent = "Fundet er ignoreret."; } }, "Ignorer"));
  const advice = !f.replaceable && f.suggestions.length ? el("p", { class: "advice" }, f.suggestions[0]) : null;
  return el("li", { class: `finding sev-${f.severity}`, dataset: { rule: f.rule } },
    el("button", { type: "button", class: "jump", onclick: () => checker.select(f) },
      el("span", { class: "quote" }, `»${quote}«`), " ",
      el("span", { class: "sev" }, SEVERITY_LABEL[f.severity] || f.severity)),
    el("p", { class: "message" }, f.message),
    advice,
    f.explanation ? el("details", {}, el("summary", {}, "Hvorfor?"), el("p", {}, f.explanation),
      f.link ? el("p", {}, el("a", { href: f.link, target: "_blank", rel: "noopener" }, "Læs mere")) : null) : null,
    el("div", { class: "actions" }, actions));
}

async function accept(f, suggestion) {
  await checker.apply(f, suggestion);
  status.textContent = `Rettet til »${suggestion}«. ${status.textContent}`;
  $("findings-title").focus?.();
}

$("findings-title").tabIndex = -1;
$("check-now").addEventListener("click", () => checker.check());
$("letter-type").addEventListener("change", () => checker.check());
$("reset-ignored").addEventListener("click", () => { checker.ignored.clear(); checker.check(); });
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

// ---- Omskriv: TRÆK rewrite with a diff to accept (the whole letter or one finding) ----
let pendingRewrite = null;
$("rewrite").addEventListener("click", () => proposeRewrite());

function rewriteFinding(f) {
  const text = checker.text();
  proposeRewrite([utf16ToCodePoint(text, f.from), utf16ToCodePoint(text, f.to)]);
}

async function proposeRewrite(onlySpan = null) {
  const text = checker.text();
  if (!text.trim()) { status.textContent = "Der er ingen tekst at omskrive."; return; }
  status.textContent = "Omskriver …";
  try {
    const result = await client.rewrite(text, { letterType: $("letter-type").value || null, onlySpan });
    pendingRewrite = { before: text, result };
    showDiff(text, result, onlySpan !== null);
  } catch (err) {
    showError(err.status === 404 ? new ProblemError(404, { detail: "Omskrivning findes ikke på denne server." }) : err);
  }
}

function showDiff(text, result, oneFinding = false) {
  const parts = [];
  let pos = 0;
  const changes = [...result.changes].sort((a, b) => a.start - b.start);
  const u = (cp) => codePointToUtf16(text, cp);
  for (const c of changes) {
    parts.push(text.slice(pos, u(c.start)));
    parts.push(el("del", {}, c.old), el("ins", {}, c.new));
    pos = u(c.end);
  }
  parts.push(text.slice(pos));
  $("rewrite-diff").replaceChildren(...parts);
  $("rewrite-summary").textContent = changes.length
    ? `${changes.length} ændringer. Fund før: ${result.findings_before}, efter: ${result.findings_after}.`
    : oneFinding ? "Der er ingen omskrivning til netop dette fund; brug rådet ved fundet."
      : "Der er ikke noget at omskrive.";
  $("rewrite-panel").hidden = false;
  $("rewrite-accept").disabled = !changes.length;
  $("rewrite-title").focus();
  status.textContent = "Forslaget til omskrivning er klar.";
}

$("rewrite-accept").addEventListener("click", async () => {
  if (!pendingRewrite) return;
  if (checker.text() !== pendingRewrite.before) { status.textContent = "Brevet er ændret siden; tryk Omskriv igen."; return; }
  $("rewrite-panel").hidden = true;
  await checker.setText(pendingRewrite.result.text);
  pendingRewrite = null;
  $("editor").focus();
});
$("rewrite-cancel").addEventListener("click", () => { $("rewrite-panel").hidden = true; pendingRewrite = null; $("rewrite").focus(); });

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
    const label = el("label", { for: id }, f.name.replace(/_/g, " "), f.required ? " (skal udfyldes)" : "");
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

// The citizen's text with the triage signs marked (sign offsets are code points).
function markSigns(text, signs) {
  const parts = [];
  let pos = 0;
  for (const s of [...signs].sort((a, b) => a.start - b.start)) {
    const from = codePointToUtf16(text, s.start);
    const to = codePointToUtf16(text, s.end);
    if (from < pos) continue;
    parts.push(text.slice(pos, from), el("mark", { class: "sign", title: s.kind }, text.slice(from, to)));
    pos = to;
  }
  parts.push(text.slice(pos));
  return parts;
}

$("triage-run").addEventListener("click", async () => {
  const text = $("incoming").value;
  const box = $("triage-result");
  if (!text.trim()) { box.textContent = "Indsæt borgerens henvendelse først."; return; }
  box.textContent = "Vurderer …";
  try {
    const t = await client.triage(text);
    box.replaceChildren(
      el("p", { class: `step step-${t.step}` }, el("strong", {}, t.step_label)),
      el("p", {}, t.advice),
      t.signs.length ? el("div", {}, el("h3", {}, "Det har vi lagt mærke til"),
        el("ul", {}, t.signs.map((s) => el("li", {}, `»${s.text}«`, el("span", { class: "hint" }, ` (${s.kind})`)))),
        el("blockquote", { class: "signs", "aria-label": "Henvendelsen med tegnene markeret" }, markSigns(text, t.signs))) : null,
    );
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
showElements({});
if (checker.text().trim()) checker.check();
