"""Reply templates: declared fields, validation, output formats, and every
example letter passing the product's own checks."""

from __future__ import annotations

import io
import json

import pytest

from borgertekst import replies
from borgertekst.klageadgang import load_routes
from borgertekst.cli import main
from borgertekst.replies import TemplateDataError, UnknownTemplate

REQUIRED = {
    "kvittering", "klagesvar-medhold", "klagesvar-delvist-medhold", "klagesvar-ikke-medhold",
    "opfoelgning-telefon", "indkaldelse-moede", "partshoering", "afgoerelse-bevilling",
    "afgoerelse-afslag", "begraensning-kontakt",
}
NAMES = [t.name for t in replies.list_templates()]


def test_all_required_templates_exist():
    assert REQUIRED <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_declaration_is_complete(name):
    info = replies.get_template(name)
    assert info.title and info.description
    names = [f.name for f in info.fields]
    assert len(names) == len(set(names))
    for f in info.fields:
        assert f.type in replies.FIELD_TYPES
        assert f.help.strip()
    # the example fills every required field and only declared ones
    assert {f.name for f in info.fields if f.required} <= set(info.example) <= set(names)


@pytest.mark.parametrize("name", NAMES)
def test_example_passes_check_without_warnings(name, analyzer):
    info = replies.get_template(name)
    text = replies.render(name, info.example)
    report = analyzer.analyze(text, info.letter_type)
    bad = [(f.rule, f.text, f.message) for f in report.findings if f.severity != "info"]
    assert bad == [], f"{name}: {bad}"
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize("name", NAMES)
def test_example_values_appear_in_letter(name):
    info = replies.get_template(name)
    text = replies.render(name, info.example)
    for spec in info.fields:
        if spec.name not in info.example:
            continue
        value = info.example[spec.name]
        if spec.name == "omraade":  # selects the complaint guidance from the appeal-route data
            route = load_routes().get(value)
            assert (route.appeal_body or route.no_appeal_text) in text, spec.name
        elif spec.type in ("str", "text"):
            assert replies.clause(value) in text, spec.name
        elif spec.type == "date":
            assert replies.danish_date(value) in text, spec.name
        elif spec.type == "list":
            for item in value:
                assert item in text, (spec.name, item)


def test_missing_wrong_and_unknown_fields_are_all_listed():
    data = dict(replies.get_template("kvittering").example)
    del data["navn"]
    del data["mail"]
    data["modtaget"] = "i går"
    data["svar_senest"] = ["2026-01-01"]
    data["farve"] = "blå"
    with pytest.raises(TemplateDataError) as exc:
        replies.render("kvittering", data)
    errors = exc.value.errors
    assert len(errors) == 5
    joined = "\n".join(errors)
    for name in ("navn", "mail", "modtaget", "svar_senest", "farve"):
        assert f"'{name}'" in joined
    assert isinstance(exc.value, ValueError)


def test_optional_fields_may_be_left_out():
    info = replies.get_template("klagesvar-ikke-medhold")
    data = {k: v for k, v in info.example.items() if k not in ("fejl", "aendring", "telefontid")}
    text = replies.render("klagesvar-ikke-medhold", data)
    assert "undskyld" not in text
    assert "\n\n\n" not in text


def test_types_are_checked():
    data = dict(replies.get_template("afgoerelse-afslag").example)
    data["klagefrist_uger"] = "fire"
    data["vaegt_paa"] = "ikke en liste"
    with pytest.raises(TemplateDataError) as exc:
        replies.render("afgoerelse-afslag", data)
    assert len(exc.value.errors) == 2


def test_date_is_written_in_danish():
    data = dict(replies.get_template("kvittering").example)
    data["svar_senest"] = "2026-05-01"
    assert "senest 1. maj 2026" in replies.render("kvittering", data)


def test_unknown_template():
    with pytest.raises(UnknownTemplate):
        replies.get_template("findes-ikke")
    with pytest.raises(ValueError):
        replies.render("findes-ikke", {})


def test_html_is_escaped():
    data = dict(replies.get_template("kvittering").example)
    data["emne"] = "<script>alert(1)</script>"
    html = replies.render("kvittering", data, "html")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<p>") >= 5


def test_docx_roundtrip(analyzer):
    info = replies.get_template("afgoerelse-bevilling")
    blob = replies.render("afgoerelse-bevilling", info.example, "docx")
    assert isinstance(blob, bytes) and blob[:2] == b"PK"
    import docx

    doc = docx.Document(io.BytesIO(blob))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Birthe Andersen" in text
    assert "Sådan klager du" in text


def test_undeclared_field_in_template_is_an_error(tmp_path, monkeypatch):
    folder = tmp_path / "test"
    folder.mkdir()
    (folder / "template.txt.j2").write_text("Kære {{ navn }} {{ ukendt }}\n", encoding="utf-8")
    (folder / "fields.yaml").write_text(
        "title: T\ndescription: D\nletter_type: andet\n"
        "fields:\n  - {name: navn, type: str, required: true, help: Navn}\n", encoding="utf-8")
    (folder / "example.yaml").write_text("navn: Ida\n", encoding="utf-8")
    monkeypatch.setenv("BORGERTEKST_TEMPLATES", str(tmp_path))
    assert [t.name for t in replies.list_templates()] == ["test"]
    with pytest.raises(TemplateDataError):
        replies.render("test", {"navn": "Ida"})


def test_cli_list_json(capsysbinary):
    assert main(["reply", "--list", "--format", "json"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert {d["name"] for d in data} == set(NAMES)
    assert all(d["fields"] and d["example"] for d in data)


def test_cli_example_and_data(tmp_path, capsys):
    assert main(["reply", "kvittering", "--example"]) == 0
    assert capsys.readouterr().out.startswith("Kære Jens Holm")
    data = tmp_path / "d.json"
    payload = {k: str(v) for k, v in replies.get_template("kvittering").example.items()}
    payload["navn"] = "Ole"
    data.write_text(json.dumps(payload), encoding="utf-8")
    assert main(["reply", "kvittering", "--data", str(data)]) == 0
    assert capsys.readouterr().out.startswith("Kære Ole")


def test_cli_bad_data_gives_danish_error(tmp_path, capsys):
    data = tmp_path / "d.yaml"
    data.write_text("navn: Ole\n", encoding="utf-8")
    assert main(["reply", "kvittering", "--data", str(data)]) == 2
    err = capsys.readouterr()
    assert "mangler" in err.err and err.out == ""
    assert main(["reply", "nej", "--example"]) == 2
    assert "Ukendt skabelon" in capsys.readouterr().err


def test_cli_docx_to_file(tmp_path):
    out = tmp_path / "brev.docx"
    assert main(["reply", "partshoering", "--example", "--format", "docx", "--out", str(out)]) == 0
    from borgertekst.document import load_path  # the product reads its own output

    assert "Jonas Madsen" in load_path(str(out)).text


def test_validate_every_type():
    from borgertekst.replies import FieldSpec, TemplateInfo, validate

    fields = [FieldSpec(name=n, type=t, required=True, help=n) for n, t in
              [("s", "str"), ("t", "text"), ("d", "date"), ("i", "int"), ("l", "list"), ("b", "bool")]]
    info = TemplateInfo(name="x", title="X", description="X", fields=fields, example={})
    ok = validate(info, {"s": "a", "t": "b\nc", "d": "2026-02-28", "i": "4", "l": ["x", 2], "b": True})
    assert ok["i"] == 4 and ok["l"] == ["x", "2"] and ok["d"].month == 2 and ok["b"] is True
    with pytest.raises(TemplateDataError) as exc:
        validate(info, {"s": "to\nlinjer", "t": 5, "d": "2026-02-30", "i": True, "l": [{"a": 1}], "b": "ja"})
    assert len(exc.value.errors) == 5  # t=5 becomes the text "5"
    with pytest.raises(TemplateDataError):
        validate(info, ["ikke", "en", "samling"])


@pytest.mark.parametrize("name", NAMES)
def test_html_and_docx_hold_the_same_letter_and_pass_check(name, tmp_path, analyzer):
    from borgertekst.document import load_path

    info = replies.get_template(name)
    text = replies.render(name, info.example)
    words = [w for w in text.split() if w != "-"]  # bullets become real lists
    for fmt, suffix in (("html", ".html"), ("docx", ".docx")):
        out = replies.render(name, info.example, fmt)
        path = tmp_path / f"brev{suffix}"
        path.write_bytes(out if isinstance(out, bytes) else out.encode("utf-8"))
        document = load_path(str(path))
        assert document.text.split() == words, fmt
        report = analyzer.analyze(document, info.letter_type)
        assert [f.rule for f in report.findings if f.severity != "info"] == [], fmt
        if "\n- " in text:
            assert ("<li>" in out) if fmt == "html" else (b"ListBullet" in _docx_xml(out))


def _docx_xml(blob: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return z.read("word/document.xml")


def test_cli_unreadable_data_files(tmp_path, capsys):
    assert main(["reply", "kvittering", "--data", str(tmp_path / "nej.yaml")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    bad = tmp_path / "d.json"
    bad.write_text("{ikke json", encoding="utf-8")
    assert main(["reply", "kvittering", "--data", str(bad)]) == 2
    assert "ikke gyldig JSON" in capsys.readouterr().err
    listed = tmp_path / "l.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    assert main(["reply", "kvittering", "--data", str(listed)]) == 2
    assert "navn: værdi" in capsys.readouterr().err


NEW_TEMPLATES = {"genvurdering-fastholdt", "delvis-bevilling", "forsinkelse-ny-svardato",
                 "anmodning-om-oplysninger", "videresendelse"}


def test_templates_a_complaint_handler_needs_exist():
    assert NEW_TEMPLATES <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_examples_have_no_grammar_slips(name):
    text = replies.render(name, replies.get_template(name).example)
    for line in text.lower().splitlines():
        words = line.split()
        assert not [a for a, b in zip(words, words[1:]) if a == b and a.isalpha()], f"a doubled word: {line}"
    for wrong in ("din brev", "dit mail", "din spørgsmål", "dit henvendelse", "din svar", "fordi at"):
        assert wrong not in text.lower()


@pytest.mark.parametrize("channel,possessive,verb", [
    ("mail", "din mail", "skrev til os"), ("brev", "dit brev", "skrev til os"),
    ("opringning", "din opringning", "ringede til os"), ("besøg", "dit besøg", "kom forbi"),
])
def test_possessive_and_verb_agree_with_the_channel(channel, possessive, verb):
    data = dict(replies.get_template("klagesvar-ikke-medhold").example, henvendelse=channel)
    text = replies.render("klagesvar-ikke-medhold", data)
    assert f"Tak for {possessive} af" in text
    assert f"Godt, at du {verb}." in text


def test_at_is_not_doubled_when_a_field_starts_with_at():
    data = dict(replies.get_template("klagesvar-ikke-medhold").example, naeste_skridt="at vi ringer til dig")
    assert "er, at vi ringer til dig." in replies.render("klagesvar-ikke-medhold", data)


def _with(name, **changes):
    data = dict(replies.get_template(name).example)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def test_complaint_guidance_follows_the_area():
    social = replies.render("afgoerelse-afslag", _with("afgoerelse-afslag", omraade="social"))
    assert "Vi ser på sagen igen" in social and "Ankestyrelsen" in social and "senest 4 uger" in social
    building = replies.render("afgoerelse-afslag", _with("afgoerelse-afslag", omraade="byggeri"))
    assert "Klageportalen" in building and "gebyr" in building and "Vi ser på sagen igen" not in building
    school = replies.render("afgoerelse-afslag", _with("afgoerelse-afslag", omraade="skolebefordring"))
    assert "Sådan klager du" not in school
    assert load_routes().get("skolebefordring").no_appeal_text.strip() in school


def test_an_area_without_a_fixed_appeal_body_needs_one():
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("afgoerelse-afslag", _with("afgoerelse-afslag", omraade="aktindsigt"))
    assert any("klageinstans" in e for e in err.value.errors)
    text = replies.render("afgoerelse-afslag", _with("afgoerelse-afslag", omraade="aktindsigt",
                                                      klageinstans="Ankestyrelsen"))
    assert "videre til Ankestyrelsen" in text


def test_complaint_about_a_decision_is_reconsidered_and_forwarded():
    text = replies.render("klagesvar-ikke-medhold", _with("klagesvar-ikke-medhold", omraade="social"))
    assert "ser vi først selv på sagen igen" in text
    assert "Vi sender nu din klage videre til Ankestyrelsen" in text
    assert "Borgerrådgiver" not in text
    service = replies.render("klagesvar-ikke-medhold", _with("klagesvar-ikke-medhold", omraade=None,
                                                             klage_til="Borgerrådgiveren",
                                                             naeste_skridt="vi ringer til dig i næste uge"))
    assert "Ankestyrelsen" not in service and "skrive til Borgerrådgiveren" in service
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("klagesvar-ikke-medhold", _with("klagesvar-ikke-medhold", omraade=None))
    assert err.value.errors == ["Udfyld et af felterne 'omraade' eller 'klage_til'."]


def test_restriction_of_contact_names_no_appeal_body_and_invites_no_calls():
    text = replies.render("begraensning-kontakt", replies.get_template("begraensning-kontakt").example)
    assert "Ankestyrelsen" not in text and "klageinstans" not in text
    assert "Ombudsmand" in text
    assert "velkommen til at ringe" not in text
    assert "klagefrist_uger" not in {f.name for f in replies.get_template("begraensning-kontakt").fields}


def test_validation_lists_every_problem_in_one_danish_error():
    data = _with("kvittering", modtaget="2026-03-20", svar_senest="2026-03-02", navn="x" * 201)
    data2 = _with("afgoerelse-afslag", klagefrist_uger=-3, vaegt_paa=["y" * 501])
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("kvittering", data)
    assert len(err.value.errors) == 2
    assert any("ligger før" in e and "svar_senest" in e for e in err.value.errors)
    assert any("for langt" in e and "navn" in e for e in err.value.errors)
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("afgoerelse-afslag", data2)
    assert any("mindst 1" in e and "-3" in e for e in err.value.errors)
    assert any("Punkt 1" in e and "vaegt_paa" in e for e in err.value.errors)
    assert str(err.value).startswith("Skabelonens data er ikke i orden:")


def test_unknown_area_is_refused():
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("delvis-bevilling", _with("delvis-bevilling", omraade="månen"))
    assert "'omraade'" in err.value.errors[0] and "social" in err.value.errors[0]
