"""Templates, triage (and rewrite once it exists) through the API."""

from __future__ import annotations

import importlib.util
import io

import pytest

from api_helpers import client

pytest.importorskip("borgertekst.replies")


@pytest.fixture(scope="module")
def api(analyzer):
    with client() as c:
        yield c


def test_template_list_and_detail(api):
    from borgertekst import replies

    listed = api.get("/v1/templates").json()
    assert [t["name"] for t in listed] == [t.name for t in replies.list_templates()]
    one = api.get("/v1/templates/kvittering").json()
    assert one["name"] == "kvittering"
    assert {f["name"] for f in one["fields"]} >= {"navn", "modtaget"}
    assert one["example"]["navn"]
    r = api.get("/v1/templates/findes-ikke")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    assert "findes-ikke" in r.json()["detail"]


@pytest.mark.parametrize("fmt", ["text", "html", "docx"])
def test_render_formats(api, fmt):
    example = api.get("/v1/templates/kvittering").json()["example"]
    r = api.post("/v1/templates/kvittering/render", json={"data": example, "format": fmt})
    assert r.status_code == 200, r.text
    if fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)
        assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    else:
        text = r.text
        assert r.headers["content-type"].startswith("text/html" if fmt == "html" else "text/plain")
    assert example["navn"] in text


def test_render_with_bad_data_lists_every_problem(api):
    r = api.post("/v1/templates/kvittering/render", json={"data": {"navn": "Jens", "modtaget": "i går", "ukendt": 1}})
    assert r.status_code == 422
    body = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert len(body["errors"]) >= 3  # wrong date, unknown field, missing required fields
    r = api.post("/v1/templates/kvittering/render", json={"data": {}, "format": "pdf"})
    assert r.status_code == 400


@pytest.mark.skipif(importlib.util.find_spec("borgertekst.triage") is None, reason="triage module not present")
def test_triage(api):
    text = "Jeg er virkelig vred! I har ikke svaret i 3 måneder, og jeg vil klage."
    r = api.post("/v1/triage", json={"text": text})
    assert r.status_code == 200
    body = r.json()
    assert body["step"] in {"groen", "gul", "roed", "uden-for-trappen"}
    assert body["template"] and body["advice"]
    assert 0 <= body["score"] <= 1 and body["reasons"]
    assert body["signals"]
    for sign in body["signals"]:
        assert text[sign["start"]:sign["end"]] == sign["text"]
        assert sign["label"]
    assert api.post("/v1/triage", json={"tekst": text}).status_code == 400


@pytest.mark.skipif(importlib.util.find_spec("borgertekst.rewrite") is None, reason="rewrite module not present")
def test_rewrite(api):
    text = "Vedrørende din ansøgning skal du være opmærksom på, at vi idet vi mangler papirer ikke kan hjælpe."
    r = api.post("/v1/rewrite", json={"text": text})
    assert r.status_code == 200, r.text
    body = r.json()
    out = text
    for change in sorted(body["changes"], key=lambda c: c["start"], reverse=True):
        assert text[change["start"]:change["end"]] == change["old"]
        out = out[:change["start"]] + change["new"] + out[change["end"]:]
    assert out == body["text"] and body["changes"]
    assert body["findings_after"] < body["findings_before"]


def test_render_refuses_dates_in_the_wrong_order_and_numbers_below_one(api):
    example = api.get("/v1/templates/afgoerelse-afslag").json()["example"]
    data = dict(example, klagefrist_uger=-3)
    r = api.post("/v1/templates/afgoerelse-afslag/render", json={"data": data})
    assert r.status_code == 422
    assert any("mindst 1" in e for e in r.json()["errors"])
    receipt = api.get("/v1/templates/kvittering").json()["example"]
    data = dict(receipt, modtaget="2026-03-20", svar_senest="2026-03-02")
    r = api.post("/v1/templates/kvittering/render", json={"data": data})
    assert r.status_code == 422
    assert any("ligger før" in e for e in r.json()["errors"])


def test_complaint_guidance_comes_from_the_area(api):
    example = api.get("/v1/templates/delvis-bevilling").json()["example"]
    social = api.post("/v1/templates/delvis-bevilling/render", json={"data": dict(example, omraade="social")}).text
    building = api.post("/v1/templates/delvis-bevilling/render",
                        json={"data": dict(example, omraade="byggeri")}).text
    assert "Ankestyrelsen" in social and "Klageportalen" not in social
    assert "Klageportalen" in building and "Ankestyrelsen" not in building
