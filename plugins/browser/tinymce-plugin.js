/* borgertekst for TinyMCE (6 and 7): highlights findings in the editor as the user writes and
 * lists them in a dialog (toolbar button "borgertekst") with "Vis", "Brug …" and "Ignorer".
 *
 *   tinymce.init({
 *     selector: "#brev",
 *     external_plugins: { borgertekst: "https://borgertekst.kommune.dk/plugins/browser/tinymce-plugin.js" },
 *     toolbar: "undo redo | borgertekst",
 *     borgertekst_api_key: "…",            // only if the server requires keys
 *     borgertekst_letter_type: "afgoerelse" // optional
 *   });
 *
 * The page's origin must be in the server's BORGERTEKST_CORS_ORIGINS. A classic script (TinyMCE
 * loads plugins that way); the shared client and the attach module are loaded as ES modules.
 */
(function () {
  "use strict";
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  tinymce.PluginManager.add("borgertekst", function (editor, url) {
    const option = (name, fallback) => {
      if (editor.options && editor.options.register) {
        if (!editor.options.isRegistered(name)) editor.options.register(name, { processor: "string", default: fallback });
        return editor.options.get(name);
      }
      return editor.getParam(name, fallback);
    };
    const base = url.replace(/\/$/, "");
    const server = option("borgertekst_url", base.replace(/\/plugins\/browser$/, ""));
    const apiKey = option("borgertekst_api_key", "");
    const letterType = option("borgertekst_letter_type", "");
    let checker = null;
    let findings = [];
    let lib = null;
    const dispatch = (name, data) => (editor.dispatch ? editor.dispatch(name, data) : editor.fire(name, data));

    editor.on("init", async function () {
      const [shared, { attach }] = await Promise.all([import(base + "/../shared/client.js"), import(base + "/attach.js")]);
      lib = shared;
      const client = new shared.BorgertekstClient({ baseUrl: server, apiKey });
      checker = attach(editor.getBody(), {
        client,
        clientName: "tinymce",
        stylesheet: base + "/borgertekst.css",
        letterType: () => letterType || null,
        onResults: (report, list) => {
          findings = list;
          dispatch("BorgertekstResults", { report, findings: list });
        },
        onError: (err) => {
          // a refused request (CORS, network, 4xx/5xx) is an error, never "no findings"
          findings = [];
          dispatch("BorgertekstError", { error: err, message: err.message });
          editor.notificationManager.open({ text: `borgertekst: ${err.message}`, type: "error", timeout: 8000 });
        },
      });
      editor.on("SetContent Undo Redo", () => { checker.track(); checker.scheduled(); });
      checker.check();
    });
    editor.on("remove", () => checker && checker.destroy());

    // Suggestions with blanks ("[dato]", "…") are advice to fill in, not text to insert.
    const insertable = (f) => lib.fittedSuggestions(f).slice(0, 3);

    function body() {
      if (!checker || (!checker.report && !checker.error)) return [{ type: "htmlpanel", html: "<p>Tjekker teksten …</p>" }];
      if (checker.error) {
        return [{ type: "htmlpanel", html: `<p role="alert"><strong>borgertekst kunne ikke tjekke teksten.</strong> ${esc(checker.error.message)}</p>` }];
      }
      if (!findings.length) {
        const words = checker.report.metrics && checker.report.metrics.words;
        return [{ type: "htmlpanel", html: words ? "<p>Ingen fund. Godt skrevet!</p>" : "<p>Der er ingen ord at tjekke.</p>" }];
      }
      return findings.slice(0, 40).flatMap((f, i) => {
        const where = f.count > 1 ? ` (${f.count} steder)` : "";
        const advice = !insertable(f).length && f.suggestions.length ? `<br><em>${esc(lib.showSuggestion(f.suggestions[0]))}</em>` : "";
        const items = [{ type: "htmlpanel", html: `<p><strong>»${esc(f.text.slice(0, 60))}«</strong>${esc(where)} ${esc(f.message)}${advice}</p>` }];
        const buttons = [{ type: "button", name: `select:${i}`, text: "Vis", buttonType: "secondary" }];
        insertable(f).forEach((s, j) => buttons.push({ type: "button", name: `accept:${i}:${j}`, text: `Brug »${s}«` }));
        buttons.push({ type: "button", name: `ignore:${i}`, text: "Ignorer", buttonType: "secondary" });
        buttons.push({ type: "button", name: `always:${i}`, text: "Ignorer altid", buttonType: "secondary" });
        return items.concat([{ type: "bar", items: buttons }]);
      });
    }

    function open() {
      const spec = () => ({
        title: checker && checker.error ? "borgertekst – fejl" : `borgertekst – ${findings.length} fund`,
        body: { type: "panel", items: body() },
        buttons: [{ type: "cancel", text: "Luk" }],
        onAction: async (api, details) => {
          const [what, i, j] = details.name.split(":");
          const f = findings[Number(i)];
          if (!f || !checker) return;
          if (what === "select") { api.close(); checker.select(f); return; }
          if (what === "ignore") checker.ignore(f);
          if (what === "always") checker.ignore(f, { always: true });
          if (what === "accept") {
            const s = insertable(f)[Number(j)];
            if (s === undefined) return;
            editor.undoManager.transact(() => checker.replaceAll(f, s));
            lib.reportInsight("applied", f, checker.insightExtra());
            checker.track();
            await checker.check();
          }
          api.redial(spec());
        },
      });
      editor.windowManager.open(spec());
    }

    editor.ui.registry.addButton("borgertekst", { text: "borgertekst", tooltip: "Tjek teksten med borgertekst", onAction: open });
    editor.ui.registry.addMenuItem("borgertekst", { text: "Tjek med borgertekst", onAction: open });
    return { getMetadata: () => ({ name: "borgertekst", url: server }) };
  });
})();
