"""The shared JavaScript client and the highlight segmentation, run in Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def js(page, server_url):
    page.goto(server_url + "/health")

    def run(body: str):
        return page.evaluate(f"""async () => {{
            const c = await import("/plugins/shared/client.js");
            const a = await import("/plugins/browser/attach.js");
            {body}
        }}""")

    return run


def test_utf16_offsets_and_paragraphs(js):
    out = js("""
        const text = "Hej 😀\\n\\n  \\nVi skriver idet 😀 du spurgte.";
        return { u: c.codePointToUtf16(text, 5), end: c.codePointToUtf16("a😀b", 3), paras: c.splitParagraphs(text) };
    """)
    assert out["u"] == 6 and out["end"] == 4
    # "Hej 😀" is 6 UTF-16 units; three line breaks and two spaces later the next paragraph starts
    assert [(p["id"], p["start"], p["text"]) for p in out["paras"]] == [("p0", 0, "Hej 😀"), ("p3", 11, "Vi skriver idet 😀 du spurgte.")]


def test_utf16_to_code_points_round_trips(js):
    text = "Æble 😀 e\u0301 👩‍👧 slut"
    out = js(f"""
        const text = {text!r};
        const back = [];
        for (let cp = 0; cp <= [...text].length; cp++) back.push(c.utf16ToCodePoint(text, c.codePointToUtf16(text, cp)));
        return {{ back, emoji: c.utf16ToCodePoint(text, 7), end: c.utf16ToCodePoint(text, text.length) }};
    """.replace("'", '"'))
    assert out["back"] == list(range(len(text) + 1))
    assert out["emoji"] == 6  # "Æble 😀" is 7 UTF-16 units and 6 code points
    assert out["end"] == len(text)


def test_findings_are_placed_in_the_editor_text(js):
    out = js("""
        const client = new c.BorgertekstClient();
        const text = "Kære Hans 😀\\n\\nVi skriver 😀 idet du spurgte.";
        const paras = c.splitParagraphs(text);
        const report = await client.analyzeParagraphs(paras);
        return c.placeFindings(paras, report).map(f => [text.slice(f.from, f.to), f.text, f.paragraphId]);
    """)
    assert ["idet", "idet", "p2"] in out


def test_problem_errors_carry_the_danish_detail(js):
    out = js("""
        try { await new c.BorgertekstClient().analyze("Hej", "roman"); return null; }
        catch (e) { return { name: e.constructor.name, status: e.status, message: e.message, errors: e.errors }; }
    """)
    assert out["name"] == "ProblemError" and out["status"] == 400
    assert "forkert type eller værdi" in out["message"] and out["errors"]


def test_ignore_list_survives_a_new_instance(js):
    out = js("""
        localStorage.clear();
        const f = { rule: "klarsprog.kancellisprog", text: "idet" };
        new c.IgnoreList(localStorage).add(f);
        const again = new c.IgnoreList(localStorage);
        const other = again.has({ rule: "klarsprog.kancellisprog", text: "hermed" });
        return [again.has(f), other];
    """)
    assert out == [True, False]


def test_highlight_segments_show_the_shortest_finding(js):
    out = js("""
        const long = { from: 0, to: 200, category: "klarsprog", index: 0 };
        const word = { from: 10, to: 14, category: "tone", index: 1 };
        return a.segments([long, word], 210).map(s => [s.from, s.to, s.finding ? s.finding.index : null, Boolean(s.wide)]);
    """)
    assert out == [[0, 10, 0, True], [10, 14, 1, False], [14, 200, 0, True], [200, 210, None, False]]


def test_only_what_the_server_fitted_is_offered_for_pasting(js):
    out = js("""
        const f = (extra) => c.normalizeFinding({ start: 10, end: 20, replaceable: true, ...extra });
        return {
          inflected: c.fittedSuggestions(f({ suggestions: ["holde fast i", "bevare"],
                                              replacement: { start: 10, end: 20, text: "holder fast i" } })),
          same: c.fittedSuggestions(f({ suggestions: ["efter", "ifølge", "Husk, at …"],
                                         replacement: { start: 10, end: 20, text: "efter" } })),
          none: c.fittedSuggestions(f({ suggestions: ["Holde fast i"] })),
          wider: c.fittedSuggestions(f({ suggestions: ["ønske"], replacement: { start: 6, end: 20, text: "dit ønske" } })),
          advice: c.fittedSuggestions(f({ replaceable: false, suggestions: ["x"], replacement: { start: 10, end: 20, text: "x" } })),
        };
    """)
    # an inflected replacement stands alone: the other suggestions were not inflected
    assert out["inflected"] == ["holder fast i"]
    assert out["same"] == ["efter", "ifølge"]
    assert out["none"] == [] and out["wider"] == [] and out["advice"] == []
