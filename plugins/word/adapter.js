// The Word side of the add-in: read paragraphs, select and replace findings, mark them.
// Uses only these Word JavaScript API calls (the tests build them with office-addin-mock):
//   Word.run, context.sync, document.body.paragraphs (load items, then each item's text), paragraph.search,
//   paragraph.getRange, range.select, range.insertText(…, "Replace"), range.insertComment
//   (WordApi 1.4), paragraph.insertAnnotations / paragraph.getAnnotations / annotation.delete
//   (WordApi 1.7), Office.context.requirements.isSetSupported.
const SEARCH_LIMIT = 255; // Word's search() takes at most 255 characters

const COLORS = { klarsprog: "Blue", fagsprog: "Lavender", tone: "Red", struktur: "Green", stavning: "Berry" };

export class WordAdapter {
  constructor(word = globalThis.Word, office = globalThis.Office) {
    this.Word = word;
    this.Office = office;
    this.comments = []; // comments this add-in made (fallback marks)
  }

  annotationsSupported() {
    return Boolean(this.Office && this.Office.context && this.Office.context.requirements
      && this.Office.context.requirements.isSetSupported("WordApi", "1.7"));
  }

  // The body's paragraphs with their text loaded: the collection's items first, then each
  // item's text (every property is read only after load() and context.sync()).
  async loadParagraphs(context) {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items");
    await context.sync();
    for (const p of paragraphs.items) p.load("text");
    await context.sync();
    return paragraphs;
  }

  // [{id, text, start}] for non-empty paragraphs; id is the paragraph's index in the body.
  async readParagraphs() {
    return this.Word.run(async (context) => {
      const paragraphs = await this.loadParagraphs(context);
      const out = [];
      let pos = 0;
      paragraphs.items.forEach((p, i) => {
        if (p.text.trim()) out.push({ id: `w${i}`, text: p.text, start: pos });
        pos += p.text.length + 1;
      });
      return out;
    });
  }

  // The Word range of a finding: search its text in its paragraph and take the occurrence
  // that starts at the finding's offset.
  async rangeFor(context, f) {
    const paragraphs = await this.loadParagraphs(context);
    const para = paragraphs.items[Number(f.paragraphId.slice(1))];
    if (!para) return null;
    const text = para.text;
    const start = f.start_utf16;
    const end = f.end_utf16;
    if (text.slice(start, end) !== f.text) return null;
    if (end - start > SEARCH_LIMIT || !f.text.trim()) { // too long to search: the whole paragraph
      const whole = para.getRange("Whole");
      whole.load("text");
      await context.sync();
      return whole;
    }
    let occurrence = 0;
    for (let i = text.indexOf(f.text); i !== -1 && i < start; i = text.indexOf(f.text, i + 1)) occurrence += 1;
    const ranges = para.search(f.text, { matchCase: true });
    ranges.load("items");
    await context.sync();
    const range = ranges.items[occurrence];
    if (!range) return null;
    range.load("text");
    await context.sync();
    return range;
  }

  async select(f) {
    return this.Word.run(async (context) => {
      const range = await this.rangeFor(context, f);
      if (!range) return false;
      range.select();
      await context.sync();
      return true;
    });
  }

  async replace(f, suggestion) {
    return this.Word.run(async (context) => {
      const range = await this.rangeFor(context, f);
      if (!range || range.text !== f.text) return false;
      range.insertText(suggestion, "Replace");
      await context.sync();
      return true;
    });
  }

  // Mark findings: Word's annotations (WordApi 1.7) or, elsewhere, comments.
  async mark(findings) {
    await this.clearMarks();
    if (this.annotationsSupported()) return this.annotate(findings);
    return this.comment(findings);
  }

  async annotate(findings) {
    return this.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      const byParagraph = new Map();
      const marked = new Set();
      for (const f of findings) {
        // one mark per place: several findings on the same words (a letter-level finding
        // and another one at the end of the letter) share it; the pane lists them all
        const place = `${f.paragraphId}:${f.start_utf16}:${f.end_utf16}`;
        if (marked.has(place)) continue;
        marked.add(place);
        if (!byParagraph.has(f.paragraphId)) byParagraph.set(f.paragraphId, []);
        byParagraph.get(f.paragraphId).push({
          colorScheme: COLORS[f.category] || "Blue",
          start: f.start_utf16,
          length: Math.max(1, f.end_utf16 - f.start_utf16),
        });
      }
      for (const [id, critiques] of byParagraph) {
        const para = paragraphs.items[Number(id.slice(1))];
        if (para) para.insertAnnotations({ critiques });
      }
      await context.sync();
      return "annotations";
    });
  }

  async comment(findings) {
    return this.Word.run(async (context) => {
      for (const f of findings) {
        const range = await this.rangeFor(context, f);
        if (!range) continue;
        const suggestion = f.replaceable && f.suggestions && f.suggestions.length ? ` Forslag: ${f.suggestions[0]}` : "";
        this.comments.push(range.insertComment(`borgertekst: ${f.message}${suggestion}`));
      }
      await context.sync();
      return "comments";
    });
  }

  async clearMarks() {
    return this.Word.run(async (context) => {
      if (this.annotationsSupported()) {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items");
        await context.sync();
        const sets = paragraphs.items.map((p) => { const a = p.getAnnotations(); a.load("items"); return a; });
        await context.sync();
        for (const set of sets) for (const a of set.items) a.delete();
      }
      for (const c of this.comments.splice(0)) c.delete();
      await context.sync();
    });
  }
}
