"""Complaint guidance in the reply templates follows the area's appeal route (issue 14):
where the citizen must complain through Klageportalen, no letter says the municipality
has forwarded a complaint it got by mail or letter."""

from __future__ import annotations

import pytest

from borgertekst import replies
from borgertekst.klageadgang import load_routes


def _with(name, **changes):
    data = dict(replies.get_template(name).example)
    data.update(changes)
    return data


def _portal_areas():
    return [a for a, r in load_routes().routes.items() if r.appeal and not r.reconsideration]


@pytest.mark.parametrize("area", _portal_areas())
def test_a_complaint_answer_in_a_portal_area_tells_how_to_complain(area):
    route = load_routes().get(area)
    text = replies.render("klagesvar-ikke-medhold", _with("klagesvar-ikke-medhold", omraade=area,
                                                          naeste_skridt="vi lukker sagen"))
    assert "Vi sender nu din klage videre" not in text and "ser vi først selv på sagen igen" not in text
    assert "Sådan klager du" in text and f"selv klage til {route.appeal_body}" in text
    assert f"senest {route.deadline_weeks} uger" in text
    if route.fee:
        assert route.fee.strip() in text


@pytest.mark.parametrize("area", _portal_areas())
def test_the_forwarding_template_refuses_a_portal_area(area):
    with pytest.raises(replies.TemplateDataError) as err:
        replies.render("genvurdering-fastholdt", _with("genvurdering-fastholdt", omraade=area))
    assert any("klagesvar-ikke-medhold" in e for e in err.value.errors)


def test_the_forwarding_template_still_serves_areas_that_reconsider():
    text = replies.render("genvurdering-fastholdt", _with("genvurdering-fastholdt", omraade="beskaeftigelse"))
    assert "Vi har sendt din klage og alle papirer i sagen til Ankestyrelsen" in text


def test_a_portal_area_answer_passes_check(analyzer):
    text = replies.render("klagesvar-ikke-medhold", _with("klagesvar-ikke-medhold", omraade="byggeri",
                                                          naeste_skridt="vi lukker sagen"))
    report = analyzer.analyze(text, "klagesvar")
    assert not [f.rule for f in report.findings if f.severity != "info"]
