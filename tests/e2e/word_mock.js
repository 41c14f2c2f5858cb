// The Word JavaScript API for the task pane's tests, built from Microsoft's office-addin-mock
// (window.OfficeAddinMock.OfficeMockObject, loaded before this script from the npm package):
// every object the add-in touches is an OfficeMockObject, so a property read before load() and
// context.sync() gives office-addin-mock's "not loaded" error instead of a value, as in Word.
// Changes (insertText, select, comments, annotations) are queued and happen at context.sync(),
// as Word batches them. It is NOT Word. State for the tests: window.__word (paragraphs,
// selection, annotations, comments, syncs); window.__wordApi17 = false turns off WordApi 1.7.
(function () {
  const { OfficeMockObject } = window.OfficeAddinMock;
  const state = window.__word = {
    paragraphs: (window.__wordParagraphs || []).slice(),
    selection: null, annotations: [], comments: [], syncs: 0,
  };

  function context() {
    const pending = [];
    const mocks = [];
    const mock = (data) => { const m = new OfficeMockObject(data, "word"); mocks.push(m); return m; };
    const collection = (items) => mock({ items });

    const range = (index, start, end) => mock({
      text: state.paragraphs[index].slice(start, end),
      select() { pending.push(() => { state.selection = { index, start, end, text: state.paragraphs[index].slice(start, end) }; }); },
      insertText(text, location) {
        if (location !== "Replace") throw new Error("word_mock: only Replace is implemented");
        pending.push(() => {
          const p = state.paragraphs[index];
          state.paragraphs[index] = p.slice(0, start) + text + p.slice(end);
        });
      },
      insertComment(text) {
        const comment = { index, start, end, text, deleted: false, delete() { pending.push(() => { comment.deleted = true; }); } };
        pending.push(() => state.comments.push(comment));
        return comment;
      },
    });

    const paragraph = (index) => mock({
      text: state.paragraphs[index],
      getRange() { return range(index, 0, state.paragraphs[index].length); },
      search(needle, options) {
        if (needle.length > 255) throw new Error("SearchStringInvalidOrTooLong");
        if (!options || !options.matchCase) throw new Error("word_mock: only matchCase searches are implemented");
        const text = state.paragraphs[index];
        const items = [];
        for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) items.push(range(index, i, i + needle.length));
        return collection(items);
      },
      insertAnnotations(set) {
        if (!window.__wordApi17) throw new Error("ApiNotFound: insertAnnotations needs WordApi 1.7");
        pending.push(() => { for (const c of set.critiques) state.annotations.push({ index, ...c }); });
      },
      getAnnotations() {
        if (!window.__wordApi17) throw new Error("ApiNotFound: getAnnotations needs WordApi 1.7");
        return collection(state.annotations.filter((a) => a.index === index).map((a) => ({
          delete() { pending.push(() => { state.annotations = state.annotations.filter((x) => x !== a); }); },
        })));
      },
    });

    const paragraphs = collection(state.paragraphs.map((_, i) => paragraph(i)));
    return {
      document: { body: { paragraphs } },
      async sync() {
        state.syncs += 1;
        for (const m of mocks.slice()) await m.sync();
        await new Promise((resolve) => setTimeout(resolve, 0)); // office-addin-mock settles in microtasks
        for (const op of pending.splice(0)) op();
      },
    };
  }

  window.Word = { run: async (callback) => callback(context()) };
  window.Office = new OfficeMockObject({
    context: { requirements: { isSetSupported: (name, version) => name === "WordApi" && (Number(version) < 1.7 || Boolean(window.__wordApi17)) } },
    onReady: (callback) => Promise.resolve({ host: "Word", platform: "PC" }).then((info) => { if (callback) callback(info); return info; }),
    HostType: { Word: "Word" },
  }, "word");
})();
