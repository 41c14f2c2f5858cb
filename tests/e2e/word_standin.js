// A stand-in for office.js and the Word JavaScript API: exactly the calls the borgertekst
// Word adapter uses, over an in-memory document. It is NOT Word; it lets the tests drive the
// task pane in Chromium. State for the tests: window.__word (paragraphs, selection,
// annotations, comments). window.__wordApi17 = false turns off WordApi 1.7 (annotations).
(function () {
  const state = window.__word = {
    paragraphs: (window.__wordParagraphs || []).slice(),
    selection: null, annotations: [], comments: [], syncs: 0,
  };
  const pending = [];

  class Range {
    constructor(index, start, end) { this.index = index; this.start = start; this.end = end; }
    get text() { return state.paragraphs[this.index].slice(this.start, this.end); }
    load() { return this; }
    select() { pending.push(() => { state.selection = { index: this.index, start: this.start, end: this.end, text: this.text }; }); }
    insertText(text, location) {
      if (location !== "Replace") throw new Error("stand-in: only Replace is implemented");
      pending.push(() => {
        const p = state.paragraphs[this.index];
        state.paragraphs[this.index] = p.slice(0, this.start) + text + p.slice(this.end);
      });
      return this;
    }
    insertComment(text) {
      const comment = { index: this.index, start: this.start, end: this.end, text, deleted: false,
                        delete() { pending.push(() => { comment.deleted = true; }); } };
      pending.push(() => state.comments.push(comment));
      return comment;
    }
  }

  class Paragraph {
    constructor(index) { this.index = index; }
    get text() { return state.paragraphs[this.index]; }
    getRange() { return new Range(this.index, 0, this.text.length); }
    search(needle, options) {
      if (needle.length > 255) throw new Error("SearchStringInvalidOrTooLong");
      if (!options || !options.matchCase) throw new Error("stand-in: only matchCase searches are implemented");
      const items = [];
      for (let i = this.text.indexOf(needle); i !== -1; i = this.text.indexOf(needle, i + 1)) items.push(new Range(this.index, i, i + needle.length));
      return { items, load() { return this; } };
    }
    insertAnnotations(set) {
      if (!window.__wordApi17) throw new Error("ApiNotFound: insertAnnotations needs WordApi 1.7");
      pending.push(() => {
        for (const c of set.critiques) state.annotations.push({ index: this.index, ...c });
      });
    }
    getAnnotations() {
      if (!window.__wordApi17) throw new Error("ApiNotFound: getAnnotations needs WordApi 1.7");
      const items = state.annotations.filter((a) => a.index === this.index)
        .map((a) => ({ delete() { pending.push(() => { state.annotations = state.annotations.filter((x) => x !== a); }); } }));
      return { items, load() { return this; } };
    }
  }

  function context() {
    return {
      document: { body: { get paragraphs() {
        return { items: state.paragraphs.map((_, i) => new Paragraph(i)), load() { return this; } };
      } } },
      async sync() { state.syncs += 1; for (const op of pending.splice(0)) op(); },
    };
  }

  window.Word = { run: async (callback) => callback(context()) };
  window.Office = {
    context: { requirements: { isSetSupported: (name, version) => name === "WordApi" && (Number(version) < 1.7 || Boolean(window.__wordApi17)) } },
    onReady: (callback) => Promise.resolve().then(() => callback && callback({ host: "Word" })),
  };
})();
