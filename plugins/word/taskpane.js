// The Word task pane: check the document's paragraphs, list findings, select, apply, mark.
import { BorgertekstClient, ProblemError, placeFindings, IgnoreList } from "/plugins/shared/client.js";
import { CATEGORIES, CATEGORY_LABEL } from "/plugins/shared/categories.js";
import { WordAdapter } from "./adapter.js";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return node;
};

const client = new BorgertekstClient({ apiKey: localStorage.getItem("borgertekst.apiKey") || "" });
const ignored = new IgnoreList(localStorage);
const word = new WordAdapter();
let findings = [];

async function check() {
  $("status").textContent = "Tjekker dokumentet …";
  try {
    const paragraphs = await word.readParagraphs();
    const report = await client.analyzeParagraphs(paragraphs);
    findings = placeFindings(paragraphs, report).filter((f) => !ignored.has(f));
    $("summary").textContent = `LIX ${report.metrics.lix} (${report.metrics.lix_label}), ${report.metrics.words} ord.`;
    render();
    let how = "";
    if ($("mark").checked && findings.length) {
      how = (await word.mark(findings)) === "annotations" ? " Fundene er markeret i dokumentet." : " Fundene er sat ind som kommentarer.";
    }
    $("status").textContent = `${findings.length} fund.${how}`;
  } catch (err) {
    $("status").textContent = err instanceof ProblemError ? err.message : "Dokumentet kunne ikke tjekkes.";
  }
}

function render() {
  const groups = CATEGORIES.map(([cat]) => [cat, findings.filter((f) => f.category === cat)]).filter(([, fs]) => fs.length);
  $("findings").replaceChildren(...groups.map(([cat, fs]) => el("section", { "aria-label": CATEGORY_LABEL[cat] },
    el("h2", {}, el("span", { class: `bt-swatch bt-${cat}`, "aria-hidden": "true" }), `${CATEGORY_LABEL[cat]} (${fs.length})`),
    el("ul", {}, fs.map(item)))));
}

function item(f) {
  const quote = f.text.length > 50 ? f.text.slice(0, 47) + " …" : f.text;
  const actions = [el("button", { type: "button", class: "secondary show", onclick: () => word.select(f) }, "Vis")];
  if (f.replaceable) {
    for (const s of f.suggestions.slice(0, 2)) {
      actions.push(el("button", { type: "button", class: "accept", onclick: async () => {
        if (await word.replace(f, s)) await check();
        else $("status").textContent = "Teksten er ændret siden tjekket; tjek igen.";
      } }, `Brug »${s}«`));
    }
  }
  actions.push(el("button", { type: "button", class: "secondary ignore", onclick: () => {
    ignored.add(f);
    findings = findings.filter((x) => x !== f);
    render();
  } }, "Ignorer"));
  return el("li", { class: "finding", "data-rule": f.rule },
    el("p", {}, el("strong", {}, `»${quote}«`)), el("p", {}, f.message), el("div", { class: "actions" }, actions));
}

$("api-key").value = client.apiKey;
$("api-key").addEventListener("change", (e) => {
  client.apiKey = e.target.value.trim();
  localStorage.setItem("borgertekst.apiKey", client.apiKey);
});
$("check").addEventListener("click", check);
Office.onReady(() => { $("status").textContent = "Klar. Tryk på »Tjek dokumentet«."; });
