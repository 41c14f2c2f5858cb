"""Every reply template rendered with varied field values — each area of the appeal-route data,
written and spoken channels — passes ``check`` without warnings or errors and says nothing
legally wrong (issue 14): the appeal body is named, a law without a deadline gets none, a call
or a visit is neither "forwarded" nor summarised as "Du skriver"."""

from __future__ import annotations

import itertools

import pytest

from borgertekst import replies
from borgertekst.klageadgang import load_routes

ROUTES = load_routes()
AREAS = [r.area for r in ROUTES]
CHANNELS = ["mail", "brev", "telefonopkald", "besøg", "sms", "opringning"]
# the only warning rendered letters may get from data in rules/klageadgang.yaml (not the templates'
# own words): a long sentence in an area's no-appeal text, which its owner shortens
FROM_ROUTE_TEXT = {"klarsprog.lange-saetninger"}


def _variant(info, area, channel):
    data = dict(info.example)
    fields = {f.name for f in info.fields}
    if "henvendelse" in fields:
        data["henvendelse"] = channel
    if "omraade" in fields:
        route = ROUTES.get(area)
        data["omraade"] = area
        data.pop("klage_til", None)
        data.pop("klagefrist_uger", None)
        if route.appeal and not route.appeal_body and "klageinstans" in fields:
            data["klageinstans"] = "Ankestyrelsen"
        elif route.appeal_body:
            data.pop("klageinstans", None)
        if route.appeal and not route.deadline_weeks and not route.no_deadline and "klagefrist_uger" in fields:
            data["klagefrist_uger"] = 4
    return data


def _cases():
    for info in replies.list_templates():
        fields = {f.name for f in info.fields}
        areas = AREAS if "omraade" in fields else [None]
        channels = CHANNELS if "henvendelse" in fields else [None]
        for area, channel in itertools.islice(itertools.product(areas, channels), 0, None, 5) \
                if len(areas) * len(channels) > 12 else itertools.product(areas, channels):
            yield pytest.param(info.name, area, channel, id=f"{info.name}-{area}-{channel}")


def _render(name, area, channel):
    info = replies.get_template(name)
    try:
        return replies.render(name, _variant(info, area, channel))
    except replies.TemplateDataError as exc:
        route = ROUTES.get(area) if area else None
        portal = route is not None and route.appeal and not route.reconsideration
        # the two refusals by design: forwarding in a Klageportalen area, forwarding a call or a visit
        assert (info.forwards_complaint and portal) or (info.written_only and replies.is_spoken(channel)), exc
        return None


@pytest.mark.parametrize("name, area, channel", list(_cases()))
def test_every_variant_passes_check(name, area, channel, analyzer):
    text = _render(name, area, channel)
    if text is None:
        return
    info = replies.get_template(name)
    report = analyzer.analyze(text, info.letter_type)
    bad = [(f.rule, f.text[:60]) for f in report.findings if f.severity in ("warning", "error")
           and not (f.rule in FROM_ROUTE_TEXT and area and f.text in ROUTES.get(area).no_appeal_text)]
    assert bad == []


@pytest.mark.parametrize("area", [r.area for r in ROUTES if r.appeal and not r.reconsideration])
def test_a_portal_area_decision_names_who_handles_the_complaint(area):
    text = replies.render("afgoerelse-afslag", _variant(replies.get_template("afgoerelse-afslag"), area, None))
    assert ROUTES.get(area).appeal_body in text


def test_a_law_without_a_deadline_gets_none_in_the_letter():
    no_deadline = [r for r in ROUTES if r.no_deadline]
    if not no_deadline:
        pytest.skip("no area without a complaint deadline in the data")
    info = replies.get_template("afgoerelse-afslag")
    data = _variant(info, no_deadline[0].area, None)
    assert "Der er ingen frist for at klage" in replies.render(info.name, data)
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render(info.name, dict(data, klagefrist_uger=4))
    assert any("klagefrist_uger" in e for e in err.value.errors)


@pytest.mark.parametrize("channel, said", [("mail", "Du skriver, at"), ("brev", "Du skriver, at"),
                                            ("telefonopkald", "Du fortalte, at"), ("besøg", "Du fortalte, at")])
def test_the_summary_of_what_the_citizen_said_follows_the_channel(channel, said):
    for name in ("klagesvar-ikke-medhold", "klagesvar-medhold", "klagesvar-delvist-medhold"):
        data = dict(replies.get_template(name).example, henvendelse=channel)
        text = replies.render(name, data)
        assert said in text
        assert ("Du skriver" in text) is (said == "Du skriver, at")


@pytest.mark.parametrize("channel", ["telefonopkald", "besøg", "opringning"])
def test_a_call_or_a_visit_is_not_forwarded(channel):
    data = dict(replies.get_template("videresendelse").example, henvendelse=channel)
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("videresendelse", data)
    assert "skriftlig" in err.value.errors[0]


def test_a_written_inquiry_is_still_forwarded():
    data = dict(replies.get_template("videresendelse").example, henvendelse="brev")
    assert "sendt dit brev videre" in replies.render("videresendelse", data)


@pytest.mark.parametrize("items, text", [
    (["Lise Berg"], "Lise Berg"),
    (["Lise Berg", "Omar Ali"], "Lise Berg og Omar Ali"),
    (["Lise Berg, din kontaktperson", "Omar Ali, som kender til kurser"],
     "Lise Berg, din kontaktperson, og Omar Ali, som kender til kurser"),
])
def test_a_list_in_a_sentence_ends_with_og(items, text):
    assert replies.enumeration(items) == text
