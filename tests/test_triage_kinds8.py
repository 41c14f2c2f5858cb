"""Triage kinds from session 8 (TRIAGE): blind set triage8 and EVAL eval7's wrong kinds. Sentences are new, written
for these tests (not lines of the blind sets)."""

import pytest

from borgertekst.rulebook.loader import RuleFileError, shipped_rules_dir
from borgertekst.triage import SELF_HARM, load_config, triage
from kinds_support import signal_kinds as _kinds


# ---- the writer's own mistake or apology is no complaint about us ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jeg har desværre slettet jeres brev ved en fejl 😬 Kan I sende det igen?",
    "Min fejl: jeg skrev det forkerte kontonummer på blanketten. Det rigtige er 1234 5678901.",
    "Hej igen! Jeg glemte at vedhæfte lejekontrakten. Her er den. Undskyld rodet.",
    "Jeg kunne bande over mig selv, for jeg har glemt at tilmelde min datter til svømning. Kan hun stadig nå det?",
    "Beklager min lidt hidsige besked i går, jeg var stresset. I havde helt ret med datoen.",
    "Åh, jeg er sådan en tosse. Jeg har tastet min mors cpr-nummer i stedet for mit eget. Hvad gør jeg nu?",
    "Fejl fra min side, jeg sendte ansøgningen to gange. I kan bare se bort fra den første.",
])
def test_own_mistake_or_apology_stays_green_with_no_complaint_sign(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert not _kinds(r) & {"complaint", "repeated", "insults", "frustration", "repeated_count"}, (text, _kinds(r))
    assert r.template in ("kvittering", "svar-paa-spoergsmaal")


@pytest.mark.parametrize("text", [
    # the mistake is ours: a complaint
    "Sagsbehandleren har ved en fejl sendt mit brev til min nabo. Det er helt uacceptabelt.",
    "I har ved en fejl trukket mig for betaling to gange. Det er ikke i orden.",
    "Jeres medarbejder har ved et uheld sendt mine papirer til en anden borger. Det er helt uacceptabelt.",
    # an apology as politeness before a complaint
    "Undskyld jeg skriver igen, men jeg har stadig ikke fået svar på min ansøgning fra marts.",
    # "kommer til at" is a prediction, not a mishap
    "Jeg kommer til at klage over det her, for det er helt urimeligt.",
])
def test_a_mistake_of_ours_or_a_polite_opening_stays_a_complaint(text):
    r = triage(text)
    assert r.step != "groen", (text, r.step, r.reasons)


def test_a_self_directed_idiom_tells_no_violence():
    r = triage("Jeg kunne sparke mig selv, for jeg har glemt at sende lønsedlerne. Her kommer de nu, undskyld!")
    assert r.step == "groen"
    assert "minder om en trussel" not in r.advice and "ring borgeren op" not in r.advice.lower()


def test_a_message_that_says_it_is_no_complaint_is_green():
    r = triage("Det er ikke ment som en klage, bare et spørgsmål: hvorfor er genbrugspladsen lukket om mandagen?")
    assert r.step == "groen" and "complaint" not in _kinds(r)
    assert r.template == "svar-paa-spoergsmaal"
    # a complaint after "ikke for at klage, men" with other signs stays a complaint
    r = triage("Det er ikke for at klage, men det er tredje gang, at I har glemt min mors medicin. Det må stoppe.")
    assert r.step != "groen"


# ---- feeling forgotten: a promise or a time that was not kept, in mild words -----------------------------------------
@pytest.mark.parametrize("text", [
    "Vi fik at vide til mødet, at visitatoren ville komme i sidste uge. Der er ikke kommet nogen. Har I glemt os?",
    "På mødet sagde I, at jeg ville få en afgørelse i september. Er min sag faldet mellem to stole?",
    "Jeg skulle have haft svar for en måned siden. Er ansøgningen gået i glemmebogen?",
])
def test_feeling_forgotten_is_at_least_yellow_with_a_sign(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step)
    assert "forgotten" in _kinds(r)
    assert r.template != "kvittering"  # a question: an answer (with the date), not a receipt


# ---- small word fixes --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jeg så i Facebook-gruppen for Bording, at vandværket skal renoveres. Hvornår går I i gang?",
    "hvornår går I i gang med at lægge ny asfalt på Skolevej",
    # "skyde gang i" is to get started: no repetition and no shooting (EVAL eval8 13: gul with the caution advice)
    "Vi vil gerne skyde gang i udestuen til sommer. Hvornår kan vi forvente svar på byggeansøgningen?",
    "Vi har sat gang i renoveringen af kælderen. Skal vi søge om noget?",
])
def test_a_facebook_group_as_a_source_and_getting_started_are_no_press_or_repetition(text):
    r = triage(text)
    assert not _kinds(r) & {"press", "repeated"}, _kinds(r)
    assert r.step == "groen"


def test_a_facebook_group_made_against_us_and_a_named_newspaper_are_press():
    assert "press" in _kinds(triage("Jeg har oprettet en Facebook-gruppe for alle, der har fået afslag. Vi er 200."))
    assert "press" in _kinds(triage("Jeg sender hele historien til Stiftstidende i aften, så må de se."))


def test_a_relative_telling_that_someone_will_take_their_own_life_gets_the_same_day_call():
    r = triage("Min søster har skrevet, at hun vil tage sit eget liv, hvis hun bliver sat ud. Hun har en sag hos jer.")
    assert r.step == "roed" and SELF_HARM in _kinds(r), (r.step, _kinds(r))
    assert r.template != "kvittering" and "med det samme" in r.advice


def test_an_english_insult_is_at_least_red():
    r = triage("What a joke. Nobody in this kommune knows what they are doing.")
    assert r.step == "roed" and "insults" in _kinds(r)


def test_absorbers_name_known_classes(tmp_path):
    config = load_config()
    assert {a.name for a in config.absorbers} >= {"egen-fejl", "hilsen", "ingen-klage"}
    text = (shipped_rules_dir() / "triage.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "triage.yaml"
    bad.write_text(text.replace("absorbs: [repeated]\n    scope: overlap", "absorbs: [no_such_class]\n    scope: overlap", 1),
                   encoding="utf-8")
    with pytest.raises(RuleFileError, match="absorber"):
        load_config(bad)


# ---- batch 2 kinds -----------------------------------------------------------------------------------------------------
def test_taking_back_ones_own_mail_is_green():
    r = triage("Det var en fejl, at jeg sendte den mail til jer – den var til banken. I kan bare se bort fra min besked.")
    assert r.step == "groen" and not _kinds(r) & {"complaint", "repeated", "repeated_count"}, (r.step, _kinds(r))


def test_time_gone_by_is_no_deadline_or_ultimatum():
    r = triage("jeg sendte papirerne for 3 uger siden. er de kommet frem?")
    assert "demands" not in _kinds(r) and r.step != "roed"
    assert "demands" in _kinds(triage("Jeg skal have svar inden 3 dage, ellers går jeg videre."))


def test_repetition_words_inside_someone_elses_quoted_words_are_not_ours():
    r = triage("Min søster skrev 'du ser aldrig din nevø igen'. Kan familierådgivningen hjælpe os med at mægle?")
    assert "repeated" not in _kinds(r)


def test_a_sports_defeat_is_no_violence_but_a_promised_beating_is():
    r = triage("Vores fodboldhold fik tæsk i søndags 😂 Kan vi låne banen til ekstra træning onsdag?")
    assert r.step == "groen" and not any(k.startswith("safety:") for k in _kinds(r))
    assert triage("Du får tæsk efter kampen, din kælling.").step == "uden-for-trappen"


def test_a_stalled_case_or_a_promised_copy_that_never_came_is_yellow():
    for text in ("Vi havde et fint møde i august, men siden er sagen gået i stå. Hvad sker der nu?",
                 "I lovede at sende mig referatet fra mødet. Det er aldrig kommet. Kan I sende det nu?"):
        r = triage(text)
        assert r.step == "gul" and "forgotten" in _kinds(r), (text, r.step, _kinds(r))


def test_not_seeing_why_one_bothers_any_more_is_self_harm():
    r = triage("ved ikke hvorfor jeg gider mere. nu mister jeg også lejligheden")
    assert SELF_HARM in _kinds(r) and r.step == "roed" and "med det samme" in r.advice


# ---- batch 3 kinds -----------------------------------------------------------------------------------------------------
def test_taking_back_ones_own_angry_mail_over_two_sentences_is_green():
    r = triage("Jeg skrev en sur mail til jer i går aftes. Den var ret urimelig. Beklager!")
    assert r.step == "groen" and not _kinds(r) & {"complaint", "frustration", "repeated_count"}, (r.step, _kinds(r))
    # the next sentence about the reader stays a complaint
    r = triage("Jeg skrev en sur mail til jer i går. I har stadig ikke svaret, og det er ikke i orden.")
    assert r.step != "groen"


def test_a_time_is_a_demand_only_as_a_deadline():
    assert "demands" not in _kinds(triage("Min egen skyld, jeg glemte fristen. Kan den forlænges en uge?"))
    assert "demands" in _kinds(triage("Jeg forventer svar inden en uge."))


def test_compound_insults_of_desk_staff_are_red():
    r = triage("Skrivebordsgeneraler hele bundtet. Prøv selv at leve for det beløb.")
    assert r.step in ("roed", "uden-for-trappen") and "insults" in _kinds(r)


# ---- the training script says which input moved, and where the shipped weights were trained ---------------------------
def test_train_triage_names_the_inputs_that_moved_and_the_commit_the_weights_came_from():
    import importlib.util
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("train_triage", root / "scripts" / "train_triage.py")
    tt = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tt)
    now = tt.input_files()
    assert "rules/triage.yaml" in now and "rules/sikkerhed.yaml" in now
    assert any(k.startswith("tests/corpus/triage/holdouts/") for k in now)
    moved = dict(now, **{"rules/triage.yaml": "0" * 64})
    assert tt.changed_inputs(moved) == ["rules/triage.yaml"]
    assert tt.changed_inputs(now) == []
    assert tt.changed_inputs(None) == sorted(now)
    shipped = json.loads((root / "borgertekst" / "tone" / "triage_weights.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"[0-9a-f]{40}", shipped["trained_at"])  # `--check --at <it>` reproduces the model


def test_exasperated_openers_and_trying_to_get_an_answer_are_frustration():
    for text in ("Ej altså. Fire uger for at få svar på, om vi må sætte et hegn op?",
                 "Hvad skal der til for at få et svar ud af jer? Jeg har ringet to gange."):
        r = triage(text)
        assert r.step == "gul" and "frustration" in _kinds(r), (text, r.step, _kinds(r))


def test_contempt_for_what_staff_do_is_an_insult():
    for text in ("Hvad fanden laver du egentlig hele dagen? Ingenting.", "Jeres afdeling er en skændsel."):
        r = triage(text)
        assert r.step == "roed" and "insults" in _kinds(r), (text, r.step, _kinds(r))
    assert "insults" not in _kinds(triage("Jeg ved ikke, hvad fanden jeg skal stille op med det her skema. Hjælp?"))


def test_a_victims_complaint_about_the_attacker_is_part_of_the_report():
    r = triage("Min nabo har truet med at slå min hund ihjel, fordi jeg klagede over hans larm. Kan kommunen mægle?")
    assert r.step == "groen" and "complaint" not in _kinds(r), (r.step, _kinds(r))
    assert "victim" in _kinds(r)
    # a complaint about us beside the report still counts
    r = triage("Min nabo har truet med at slå min hund ihjel. Det er helt uacceptabelt, at kommunen intet gør.")
    assert r.step != "groen"


def test_denying_ones_own_mistake_is_no_apology():
    for text in ("Det er ikke min skyld, at papirerne er væk. Det er jeres fejl!",
                 "Det var ikke en fejl fra min side. Det er jeres sjusk, og det er ikke i orden."):
        r = triage(text)
        assert r.step != "groen", (text, r.step, r.reasons)


@pytest.mark.parametrize("text", [
    "Jeg glemte at nævne, at det er tredje gang, jeg skriver uden svar.",
    "Jeg kom til at læse jeres brev igen, og det er stadig helt uacceptabelt.",
    "Jeg glemte at sende bilaget. Sagsbehandlingen hos jer er helt uacceptabel og alt for langsom.",
])
def test_an_own_mistake_explains_only_its_own_clause(text):
    r = triage(text)
    assert r.step != "groen", (text, r.step, r.reasons)
