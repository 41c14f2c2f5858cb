// The Word task pane: check the document's paragraphs, list findings, select, apply, mark.
import { BorgertekstClient, ProblemError, placeFindings, IgnoreList, LetterIgnores, findingKey, fittedSuggestions,
  showSuggestion, reportInsight, plural } from "/plugins/shared/client.js";
import { CATEGORIES, CATEGORY_LABEL } from "/plugins/shared/categories.js";
import { WordAdapter } from "./adapter.js";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return node;
};

const client = new BorgertekstClient({ apiKey: localStorage.getItem("borgertekst.apiKey") || "" });
const always = new IgnoreList(localStorage); // "Ignorer altid": every document, listed with undo
const ignored = new LetterIgnores(); // "Ignorer": this document, until the pane is closed
const word = new WordAdapter();
let findings = [];
let report = null;

const insightExtra = () => ({ client: "word", letter_type: report ? report.letter_type : null,
  lix: report ? report.metrics.lix : null, words: report ? report.metrics.words : null });

async function check() {
  $("status").textContent = "Tjekker dokumentet …";
  try {
    const paragraphs = await word.readParagraphs();
    report = await client.analyzeParagraphs(paragraphs);
    findings = placeFindings(paragraphs, report).filter((f) => !ignored.has(f) && !always.has(f));
    $("summary").textContent = `LIX ${report.metrics.lix} (${report.metrics.lix_label}), ${report.metrics.words} ord.`;
    render();
    for (const f of findings) reportInsight("shown", f, insightExtra());
    let how = "";
    if ($("mark").checked && findings.length) {
      how = (await word.mark(findings)) === "annotations" ? " Fundene er markeret i dokumentet." : " Fundene er sat ind som kommentarer.";
    }
    $("status").textContent = `${plural(findings.length, "fund", "fund")}.${how}`;
  } catch (err) {
    // never leave an earlier check's findings next to an error
    findings = [];
    report = null;
    $("summary").textContent = "";
    render();
    $("status").textContent = err instanceof ProblemError ? `Dokumentet blev ikke tjekket: ${err.message}` : "Dokumentet kunne ikke tjekkes.";
  }
}

function render() {
  const groups = CATEGORIES.map(([cat]) => [cat, findings.filter((f) => f.category === cat)]).filter(([, fs]) => fs.length);
  $("findings").replaceChildren(...groups.map(([cat, fs]) => el("section", { "aria-label": CATEGORY_LABEL[cat] },
    el("h2", {}, el("span", { class: `bt-swatch bt-${cat}`, "aria-hidden": "true" }), `${CATEGORY_LABEL[cat]} (${fs.length})`),
    el("ul", {}, fs.map(item)))));
  renderAlways();
}

function renderAlways() {
  const entries = always.entries();
  $("always").hidden = !entries.length;
  $("always-count").textContent = String(entries.length);
  $("always-list").replaceChildren(...entries.map((e) => el("li", {}, `»${e.text.slice(0, 40)}« `,
    el("button", { type: "button", class: "secondary undo-ignore", "aria-label": `Fortryd: vis »${e.text.slice(0, 40)}« igen`,
      onclick: () => { always.remove(e.key); check(); } }, "Fortryd"))));
}

// Replace the finding at every place it is about (the last first, so earlier offsets hold).
async function replaceEverywhere(f, s) {
  const places = [...f.places].sort((a, b) => b.from - a.from);
  let done = 0;
  for (const p of places) {
    if (await word.replace({ ...f, paragraphId: p.paragraphId, start_utf16: p.start_utf16, end_utf16: p.end_utf16 }, s)) done += 1;
  }
  return done > 0;
}

function item(f) {
  const quote = f.text.length > 50 ? f.text.slice(0, 47) + " …" : f.text;
  const actions = [el("button", { type: "button", class: "secondary show", "aria-label": `Vis »${quote}« i dokumentet`,
    onclick: () => word.select(f) }, "Vis")];
  const usable = fittedSuggestions(f).slice(0, 2);
  for (const s of usable) {
    actions.push(el("button", { type: "button", class: "accept", "aria-label": `Brug »${s}« i stedet for »${quote}«`, onclick: async () => {
      if (await replaceEverywhere(f, s)) { reportInsight("applied", f, insightExtra()); await check(); }
      else $("status").textContent = "Teksten er ændret siden tjekket; tjek igen.";
    } }, `Brug »${s}«`));
  }
  actions.push(el("button", { type: "button", class: "secondary ignore", "aria-label": `Ignorer »${quote}« i dette dokument`, onclick: () => {
    ignored.add(f);
    reportInsight("ignored", f, insightExtra());
    findings = findings.filter((x) => findingKey(x) !== findingKey(f));
    render();
  } }, "Ignorer"));
  actions.push(el("button", { type: "button", class: "secondary ignore-always", "aria-label": `Ignorer altid »${quote}«`, onclick: () => {
    always.add(f);
    reportInsight("ignored_always", f, insightExtra());
    findings = findings.filter((x) => findingKey(x) !== findingKey(f));
    render();
  } }, "Ignorer altid"));
  // suggestions that are advice, or have blanks to fill ("[dato]", "…"), are shown, not inserted
  const advice = !usable.length && f.suggestions.length ? el("p", { class: "advice" }, showSuggestion(f.suggestions[0])) : null;
  return el("li", { class: "finding", "data-rule": f.rule },
    el("p", {}, el("strong", {}, `»${quote}«`), f.count > 1 ? ` (${f.count} steder)` : ""),
    el("p", {}, f.message), advice, el("div", { class: "actions" }, actions));
}

$("api-key").value = client.apiKey;
$("api-key").addEventListener("change", (e) => {
  client.apiKey = e.target.value.trim();
  localStorage.setItem("borgertekst.apiKey", client.apiKey);
});
$("check").addEventListener("click", check);
renderAlways();
Office.onReady((info) => {
  const inWord = Boolean(info && info.host && String(info.host).toLowerCase() === "word");
  $("status").textContent = inWord && globalThis.Word ? "Klar. Tryk på »Tjek dokumentet«."
    : "borgertekst til Word virker kun inde i Word: åbn tilføjelsesprogrammet fra fanen Hjem i Word.";
  $("check").disabled = !(inWord && globalThis.Word);
});
