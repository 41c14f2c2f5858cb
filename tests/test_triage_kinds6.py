"""Triage kinds fixed in session 6 (TRIAGE), each from a blind batch's misses (and EVAL eval5's list).
The messages here are written for these tests (not lines of any corpus, hold-out or ../shared/data)."""

from pathlib import Path

import pytest

from borgertekst.rulebook.loader import RuleFileError, shipped_rules_dir
from borgertekst.triage import load_config, triage

THREAT_ADVICE = "Ordene minder om en trussel"
INSULT_FLOOR = "fornærmer medarbejderne"
SHOUT_FLOOR = "råber (store bogstaver"


# ---- insults and shouting are aggression: red, and no threat advice beside them --------------------
@pytest.mark.parametrize("text", [
    "I er en flok uduelige amatører på det kontor. Hvem har dog ansat jer?",
    "du er simpelthen for dum til at læse en lægeerklæring",
    "Sådan nogle skrivebordsnussere. I aner ikke, hvordan det er at leve for 6.000 om måneden.",
])
def test_insults_aimed_at_staff_are_red_with_the_insult_sign(text):
    r = triage(text)
    assert r.step == "roed", (r.step, r.reasons)
    assert any(s.kind == "insults" for s in r.signals)
    assert THREAT_ADVICE not in r.advice
    assert r.template != "svar-paa-spoergsmaal"


@pytest.mark.parametrize("text", [
    "Sagsbehandleren behandlede mig som en idiot, da jeg ringede i går. Det vil jeg gerne klage over.",
    "Jeg føler mig for dum, når jeg læser jeres breve. Kan nogen forklare det?",
    "Jeg er ikke idiot, men jeg forstår ikke skemaet.",
])
def test_a_comparison_or_words_about_oneself_are_no_insult_floor(text):
    r = triage(text)
    assert not any(INSULT_FLOOR in x for x in r.reasons), r.reasons


def test_shouting_with_exclamation_marks_is_at_least_red():
    for text in ("HVOR BLIVER MINE PENGE!!! JEG HAR INGEN MAD I KØLESKABET!!!",
                 "SVAR MIG NU!!!! DET ER TREDJE UGE UDEN HJÆLP TIL MIN MOR!!!!"):
        r = triage(text)
        assert r.step in ("roed", "uden-for-trappen"), (text, r.step)
        assert r.template != "kvittering"


def test_shouting_without_exclamation_marks_is_no_floor():
    r = triage("HEJ JEG VIL GERNE HØRE OM I HAR ÅBENT I BORGERSERVICE PÅ LØRDAG")
    assert not any(SHOUT_FLOOR in x for x in r.reasons)
    assert r.step != "roed"


# ---- a count of calls or a complaint explains threat-like words: no threat advice -----------------------
@pytest.mark.parametrize("text", [
    "jeg har ringet til jer 6 gange siden mandag og ingen tager telefonen. hvad skal jeg gøre",
    "Det er tredje gang, jeg skriver om det hul i vejen. Nu vil jeg have at vide, hvornår det bliver lavet.",
])
def test_a_repeated_attempt_to_reach_us_gets_no_threat_advice(text):
    r = triage(text)
    assert r.step in ("gul", "roed")
    assert THREAT_ADVICE not in r.advice


# ---- someone else's threat against the writer is no self-harm and no repeated request ---------------
def test_a_quoted_threat_against_the_writer_is_neither_self_harm_nor_a_repetition():
    r = triage("Min tidligere samlever har igen sendt en sms om, at han vil 'gøre det af med mig'. "
               "Jeg tør ikke være hjemme. Kan I hjælpe mig med et sted at bo?")
    kinds = {s.kind for s in r.signals}
    assert "concern:self_harm" not in kinds
    assert "repeated" not in kinds
    assert "skade sig selv" not in r.advice
    assert r.template != "opfoelgning-telefon"
    assert r.step != "uden-for-trappen"  # no threat from the writer
    # (session 7 rubric, agreed with THREAT) a victim asking for help: no raise for the told threat, but the sign shows
    assert "victim" in kinds and r.template != "kvittering"


def test_the_writers_own_words_about_ending_it_stay_self_harm():
    r = triage("Jeg kan ikke mere. Hvis I tager min lejlighed, så gør jeg det af med mig selv.")
    assert any(s.kind == "concern:self_harm" for s in r.signals)
    assert "skade sig selv" in r.advice


def test_hyperbole_about_the_writer_is_no_violence_told():
    r = triage("Den selvangivelse slår mig ihjel, hahaha. Har I fået den nu?")
    assert not any("fortæller om vold" in x for x in r.reasons), r.reasons


# ---- disagreement in any words: a decision named and a demand to change it -----------------------
@pytest.mark.parametrize("text", [
    "Det er urimeligt, at I har sat min boligstøtte ned. Jeg har ikke fået mere i løn.",
    "Bøden for at stille skraldespanden forkert ud er forkert. Spanden stod, hvor I selv har sagt. Træk den tilbage.",
    "Jeres udregning af min egenbetaling giver slet ingen mening. Lav den om.",
])
def test_a_decision_and_a_demand_to_change_it_get_reconsideration(text):
    r = triage(text)
    assert "genvurdér" in r.advice and "klage" in r.advice, (r.step, r.advice)


def test_a_decision_named_without_a_demand_gets_no_reconsideration():
    r = triage("Tak for afgørelsen om min hjælp til rengøring. Hvornår kommer den første hjælper?")
    assert "genvurdér" not in r.advice


def test_red_disagreement_keeps_the_meeting_template():
    r = triage("Jeg har nu klaget over afgørelsen fem gange. Jeg går til pressen, hvis den ikke bliver lavet om.")
    if r.step == "roed":
        assert "genvurdér" in r.advice
        assert r.template == "indkaldelse-moede"


# ---- a question passed on for someone else ---------------------------------------------------------
def test_a_question_passed_on_for_a_relative_gets_a_direct_answer():
    r = triage("Hej. Min mor spørger, om hun kan få sin rollator med i flextrafikken. Hilsen Jonas")
    assert r.template == "svar-paa-spoergsmaal"


def test_a_past_request_in_a_complaint_is_no_question():
    r = triage("Jeg spurgte om hjælp i skranken og blev mødt med et suk. Det er ikke i orden.")
    assert r.template != "svar-paa-spoergsmaal"


# ---- configuration ---------------------------------------------------------------------------------
def test_a_floor_with_an_unknown_class_is_refused(tmp_path: Path):
    text = (shipped_rules_dir() / "triage.yaml").read_text(encoding="utf-8")
    bad = text.replace("classes: [insults]\n", "classes: [no_such_class]\n", 1)
    assert bad != text
    path = tmp_path / "triage.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(RuleFileError):
        load_config(path)


# ---- trying to reach us is frustration, not pressure (ceiling), unless other signs point higher -----------
def test_calls_nobody_answers_are_at_most_yellow():
    r = triage("har ringet 5 gange i dag og ingen tager telefonen. hvem kan jeg tale med")
    assert r.step == "gul", (r.step, r.reasons)
    assert any(s.kind == "unreachable" for s in r.signals)
    assert THREAT_ADVICE not in r.advice


def test_calls_nobody_answers_with_the_press_stay_above_the_ceiling():
    r = triage("Jeg har ringet 9 gange, og ingen tager telefonen. Nu går jeg til TV 2 med det.")
    assert not any("højst gult" in x for x in r.reasons)


def test_a_ceiling_with_an_unknown_class_is_refused(tmp_path: Path):
    text = (shipped_rules_dir() / "triage.yaml").read_text(encoding="utf-8")
    bad = text.replace("classes: [unreachable]\n", "classes: [no_such_class]\n", 1)
    assert bad != text
    path = tmp_path / "triage.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(RuleFileError):
        load_config(path)


# ---- batch 2 kinds -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "kan man låne en trailer på genbrugspladsen",
    "hvor finder man blanketten til hjælp til briller",
])
def test_an_sms_question_without_a_question_mark_gets_a_direct_answer(text):
    assert triage(text).template == "svar-paa-spoergsmaal"


def test_a_word_of_a_quoted_letter_is_no_disagreement():
    r = triage("Min mor har fået et brev om 'genvurdering af hjælp til rengøring'. Hvad betyder det for hende?")
    assert "genvurdér" not in r.advice
    assert r.template == "svar-paa-spoergsmaal"


@pytest.mark.parametrize("text", [
    "I har modregnet 1.800 kr. i min boligstøtte. Det er ikke korrekt, jeg vil have pengene tilbage.",
    "ang. kravet om tilbagebetaling: I har lavet en fejl i min løn for juni.",
])
def test_a_deduction_or_repayment_said_to_be_wrong_gets_reconsideration(text):
    assert "genvurdér" in triage(text).advice


def test_a_farewell_with_nothing_left_to_fight_for_gets_the_self_harm_call():
    r = triage("Der er ikke mere at kæmpe for. Farvel og tak.")
    assert any(s.kind == "concern:self_harm" for s in r.signals)
    assert r.template == "opfoelgning-telefon"


@pytest.mark.parametrize("text", ["Hvor svært kan det være at få svar på en simpel mail?",
                                  "Hallo, er der nogen derinde? Jeg har ventet på svar i tre uger."])
def test_rhetorical_exasperation_is_frustration(text):
    assert any(s.kind == "frustration" for s in triage(text).signals)


def test_a_not_in_quotes_class_must_exist(tmp_path: Path):
    text = (shipped_rules_dir() / "triage.yaml").read_text(encoding="utf-8")
    bad = text.replace("not_in_quotes: [disagree_decision,", "not_in_quotes: [no_such_class,", 1)
    assert bad != text
    path = tmp_path / "triage.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(RuleFileError):
        load_config(path)


# ---- batch 3 kinds -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Hvor lang tid har man til at klage over en afgørelse om tilskud?",
                                  "hvordan klager man over en afgørelse fra jobcentret"])
def test_a_general_question_about_complaining_is_no_complaint(text):
    r = triage(text)
    assert "genvurdér" not in r.advice
    assert not any(s.kind in ("disagree_decision", "complaint") for s in r.signals)
    assert r.template == "svar-paa-spoergsmaal"


def test_the_writers_own_complaint_is_still_one():
    r = triage("Jeg klager over afgørelsen om min hjemmehjælp. Hvorfor har man ikke talt med min læge?")
    assert "genvurdér" in r.advice


def test_a_yes_no_question_without_a_question_mark_gets_a_direct_answer():
    assert triage("er det jer der tømmer glascontainerne ved hallen").template == "svar-paa-spoergsmaal"


def test_a_counted_earlier_message_is_a_repetition():
    r = triage("Fjerde henvendelse om samme sag: hvornår får jeg et svar?")
    assert any(s.kind == "repeated_count" for s in r.signals)


def test_a_charge_said_to_be_far_off_gets_reconsideration():
    r = triage("Regningen for vandafledning er helt hen i vejret. Jeg betaler ikke, før I har forklaret den.")
    assert "genvurdér" in r.advice


# ---- one slur aimed at staff is a personal attack (red), not harassment outside the staircase ----------------
def test_a_single_gendered_slur_is_red_with_the_insult_sign():
    r = triage("Hende den lede kælling på jobcentret har ikke styr på noget som helst.")
    assert any(s.kind == "insults" for s in r.signals)
    assert not any(s.kind.startswith("safety:harassment") for s in r.signals)
    assert r.step != "groen"


def test_a_slur_with_persistence_and_sexual_words_stays_outside():
    r = triage("Din lækre krop, kælling. Jeg skriver til dig hver dag, indtil du svarer mig.")
    assert r.step == "uden-for-trappen"


# ---- the step model alone does not put a message outside on a weak plurality ------------------------------
def test_the_step_model_alone_needs_half_to_put_a_message_outside(monkeypatch):
    import borgertekst.triage as t

    m = t.model()
    probs = [0.2, 0.25, 0.25, 0.3]  # outside the best class, but below MODEL_OUTSIDE
    monkeypatch.setattr(m.model, "proba", lambda values: probs)
    monkeypatch.setattr(m, "threat_probability", lambda own: 0.0)
    r = t.triage("Jeg ved godt, at I har travlt med de nye regler.")
    assert r.step != "uden-for-trappen"
    probs[:] = [0.1, 0.1, 0.1, 0.7]
    assert t.triage("Jeg ved godt, at I har travlt med de nye regler.").step == "uden-for-trappen"
