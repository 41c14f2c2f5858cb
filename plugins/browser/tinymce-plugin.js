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

    editor.on("init", async function () {
      const [{ BorgertekstClient }, { attach }] = await Promise.all([
        import(base + "/../shared/client.js"), import(base + "/attach.js")]);
      const client = new BorgertekstClient({ baseUrl: server, apiKey });
      checker = attach(editor.getBody(), {
        client,
        stylesheet: base + "/borgertekst.css",
        letterType: () => letterType || null,
        onResults: (report, list) => {
          findings = list;
          editor.dispatch ? editor.dispatch("BorgertekstResults", { report, findings: list })
            : editor.fire("BorgertekstResults", { report, findings: list });
        },
        onError: (err) => editor.notificationManager.open({ text: err.message, type: "warning", timeout: 5000 }),
      });
      editor.on("SetContent Undo Redo", () => checker.scheduled());
      checker.check();
    });
    editor.on("remove", () => checker && checker.destroy());

    function body() {
      if (!findings.length) return [{ type: "htmlpanel", html: "<p>Ingen fund. Godt skrevet!</p>" }];
      return findings.slice(0, 40).flatMap((f, i) => {
        const items = [{ type: "htmlpanel", html: `<p><strong>»${esc(f.text.slice(0, 60))}«</strong> ${esc(f.message)}</p>` }];
        const buttons = [{ type: "button", name: `select:${i}`, text: "Vis", buttonType: "secondary" }];
        if (f.replaceable) f.suggestions.slice(0, 3).forEach((s, j) => buttons.push({ type: "button", name: `accept:${i}:${j}`, text: `Brug »${s}«` }));
        buttons.push({ type: "button", name: `ignore:${i}`, text: "Ignorer", buttonType: "secondary" });
        return items.concat([{ type: "bar", items: buttons }]);
      });
    }

    function open() {
      const spec = () => ({
        title: `borgertekst – ${findings.length} fund`,
        body: { type: "panel", items: body() },
        buttons: [{ type: "cancel", text: "Luk" }],
        onAction: async (api, details) => {
          const [what, i, j] = details.name.split(":");
          const f = findings[Number(i)];
          if (!f || !checker) return;
          if (what === "select") { api.close(); checker.select(f); return; }
          if (what === "ignore") checker.ignore(f);
          if (what === "accept") {
            editor.undoManager.transact(() => checker.adapter.replace(f, f.suggestions[Number(j)]));
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
