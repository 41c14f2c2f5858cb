"""Kinds of letters from ELEMENTS' blind batch elements4/1 (2026-11-30): a complaint route that names
only Klageportalen, a cut in help said with a separable verb ("Vi sætter timerne ned") in a mail
the detector reads as information, a grant "sådan som du søgte om", a new state from a date as the
next step, and aktindsigt, where the law sets no complaint deadline. Every letter here is written
for the test."""

from __future__ import annotations

from borgertekst.klageadgang import load_routes
from kinds_support import findings_of as _rules

SEVERE = ("warning", "error")


PORTAL_ONLY = """Afgørelse om fælles affaldsbeholdere

Kære Karin Holm

Du har søgt om en fælles container til fire huse på Åvej. Vi kan ikke imødekomme ansøgningen, fordi
skraldebilen ikke kan vende på den private fællesvej, som kun er 2,6 meter bred.

Klagevejledning
Hvis du vil klage, skal du bruge Klageportalen, som du finder via borger.dk. Det koster et gebyr. Fristen
er 4 uger efter, at du har modtaget afgørelsen.

Venlig hilsen
Affald og Genbrug
Tlf. 70 10 20 30"""


def test_guidance_through_klageportalen_without_the_board_is_a_warning(analyzer):
    report = analyzer.analyze(PORTAL_ONLY, "afgoerelse")
    [finding] = _rules(report, "struktur.klagevejledning")
    assert finding.severity == "warning"  # the portal sends it to the right board: no red error
    assert "hvor man klager" in finding.message and "fristen" not in finding.message


def test_guidance_without_the_board_or_the_portal_stays_an_error(analyzer):
    text = PORTAL_ONLY.replace("skal du bruge Klageportalen, som du finder via borger.dk",
                               "skal du skrive til os på affald@kommune.dk")
    report = analyzer.analyze(text, "afgoerelse")
    [finding] = _rules(report, "struktur.klagevejledning")
    assert finding.severity == "error" and "hvor man klager" in finding.message


CUT_MAIL = """Emne: Din ledsageordning fra 1. marts

Hej Ole

Fra 1. marts får du 8 timer ledsagelse om måneden. I dag har du 12 timer.

Vi sætter timerne ned, fordi du nu har bostøtte to gange om ugen, og bostøtten følger dig til lægen og i banken.

Mvh
Pia Lund
Visitator
Tlf. 62 23 30 00"""


def test_a_cut_said_with_a_separable_verb_is_a_possible_decision(analyzer):
    report = analyzer.analyze(CUT_MAIL, "information")
    [finding] = _rules(report, "struktur.mulig-afgoerelse")
    assert finding.severity == "warning" and "klagevejledning" in finding.message
    assert load_routes().outcome(CUT_MAIL) == "afslag"


def test_a_price_going_down_is_no_cut():
    routes = load_routes()
    assert routes.outcome("Fra 1. januar sætter vi prisen på madservice ned til 55 kr.") is None
    assert routes.outcome("Vi skærer ned på din hjælp til rengøring fra næste måned.") == "afslag"


GRANT_AS_ASKED = """Hej Karen

Godt nyt: Du har fået ledsageordning, sådan som du søgte om. Du får 12 timer om måneden fra 1. januar.

Ledsagerkontoret ringer til dig inden jul.

Hilsen
Mads Petersen, socialrådgiver
Tlf. 74 34 34 34"""


def test_a_grant_as_asked_for_is_a_full_grant(analyzer):
    assert load_routes().outcome(GRANT_AS_ASKED) == "bevilling"
    report = analyzer.analyze(GRANT_AS_ASKED, "afgoerelse")
    assert not [f for f in _rules(report, "struktur.klagevejledning") if f.severity in SEVERE]
    # a request answered with less is still partial
    assert load_routes().outcome("Du søgte om 20 timer. Du får 12 timer om måneden.") == "delvis"


EXEMPT_FROM_DATE = """Kære Yasmin Ali

Tak for din besked. Du har bedt om, at Nour i 3.b bliver fritaget for kristendomskundskab.

Det er i orden. Nour er fritaget fra mandag den 7. december. I timerne er hun med i læsebåndet i biblioteket.

Venlig hilsen
Henrik Sørensen, skoleleder"""


def test_a_new_state_from_a_date_is_the_next_step(analyzer):
    report = analyzer.analyze(EXEMPT_FROM_DATE, "kvittering")
    assert not _rules(report, "struktur.naeste-skridt")
    without = EXEMPT_FROM_DATE.replace(" fra mandag den 7. december", "")
    report = analyzer.analyze(without, "kvittering")
    assert [f.severity for f in _rules(report, "struktur.naeste-skridt")] == ["warning"]


AKTINDSIGT = """Kære Kenneth Lorentzen

Du har bedt om aktindsigt i en sag om din nabos byggeri. Du får ikke aktindsigt i de to notater,
fordi de er interne arbejdsdokumenter, som er undtaget efter offentlighedslovens § 23.

Klage
Du kan klage over afgørelsen. Send klagen til os på byg@kommune.dk. Vi ser på sagen igen, og hvis vi
fastholder afslaget, sender vi klagen videre til Ankestyrelsen inden 7 arbejdsdage.

Venlig hilsen
Byg og Miljø
Tlf. 49 28 28 28"""


def test_aktindsigt_has_no_complaint_deadline():
    route = load_routes().get("aktindsigt")
    assert route.no_deadline and route.deadline_weeks is None
    assert "ingen frist" in route.suggestion() and "[frist]" not in route.suggestion()
    assert "uger" not in route.suggestion()


def test_aktindsigt_guidance_without_a_deadline_is_complete(analyzer):
    report = analyzer.analyze(AKTINDSIGT, "afgoerelse")
    assert not _rules(report, "struktur.klagevejledning")
    # without the area's law and word, the deadline is asked for as before
    other = AKTINDSIGT.replace("aktindsigt i en sag om din nabos byggeri", "hjælp til en ny trappelift") \
        .replace("Du får ikke aktindsigt i de to notater,\nfordi de er interne arbejdsdokumenter, som er undtaget "
                 "efter offentlighedslovens § 23.", "Du får ikke hjælpen, fordi du kan gå på trapper selv.")
    [finding] = _rules(analyzer.analyze(other, "afgoerelse"), "struktur.klagevejledning")
    assert "fristen" in finding.message


def test_saying_there_is_no_deadline_counts_as_the_deadline(analyzer):
    text = AKTINDSIGT.replace("aktindsigt i en sag om din nabos byggeri", "hjælp til en ny trappelift") \
        .replace("Du får ikke aktindsigt i de to notater,\nfordi de er interne arbejdsdokumenter, som er undtaget "
                 "efter offentlighedslovens § 23.", "Du får ikke hjælpen, fordi du kan gå på trapper selv.") \
        .replace("inden 7 arbejdsdage.", "inden 7 arbejdsdage. Der er ingen frist for at klage.")
    assert not _rules(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


def test_helbredstillaeg_is_the_pension_route():
    text = "Du får helbredstillæg til dine nye briller. Helbredstillægget dækker 85 % af din egenbetaling."
    assert load_routes().detect_area(text) == "pension"


NEIGHBOURS = """Hold af høns på Engvej 3

Kære Lone Berg

Du må ikke holde høns på Engvej 3, fordi kommunens regulativ for dyrehold i byzone ikke tillader høns på
grunde under 500 m². Din grund er 420 m². Vi har fået klager over lugt og rotter fra to naboer.

Du skal fjerne hønsene senest den 1. marts.

Venlig hilsen
Miljøtilsynet
Tlf. 46 31 30 00"""


def test_complaints_we_received_are_no_complaint_guidance(analyzer):
    report = analyzer.analyze(NEIGHBOURS, "afgoerelse")
    [finding] = _rules(report, "struktur.klagevejledning")
    assert "mangler klagevejledning" in finding.message  # not "ikke komplet: skriv også hvor"
    # the paragraph with the reasons is read as reasons, not skipped as a complaint section
    assert not _rules(report, "struktur.begrundelse")


def test_roads_are_appealed_to_vejdirektoratet_on_legal_questions():
    routes = load_routes()
    text = ("Vi kan ikke give tilladelse til udeservering på fortovet, fordi der skal være 1,5 meter fri passage. "
            "Afgørelsen er truffet efter vejlovens § 80.")
    assert routes.detect_area(text) == "vej"
    route = routes.get("vej")
    assert route.appeal_body == "Vejdirektoratet" and route.deadline_weeks == 4 and not route.reconsideration
    assert "retlige spørgsmål" in route.suggestion()
    # a parking fee is another route (no appeal), even though it is on a road
    assert routes.detect_area("Kontrolafgift for parkering på vejareal. Vi fastholder parkeringsafgiften.") != "vej"


def test_a_dispensation_from_a_lokalplan_is_the_planning_route():
    routes = load_routes()
    text = ("Dispensation fra lokalplan 12 – carport. Du får dispensation fra lokalplanen til en carport 3 meter fra "
            "vejskel, men ikke til højden. Du skal stadig søge byggetilladelse til carporten.")
    assert routes.detect_area(text) == "plan"
    assert routes.detect_area("Du får byggetilladelse til din carport efter byggeloven.") == "byggeri"


def test_afvises_is_a_refusal_and_a_card_is_a_grant():
    routes = load_routes()
    assert routes.outcome("Anmodningen om fritagelse for affaldsgebyr afvises, da ejendommen er en helårsbolig.") == "afslag"
    assert routes.outcome("Du får et handicapparkeringskort. Kortet gælder i 10 år.") == "bevilling"


CHANGE_FROM_DATE = """Kære Inge Holm

Vi har set på din hjælp igen. Din hjælp til rengøring ændres fra hver 2. uge til hver 3. uge med virkning fra 1. marts 2027, fordi du nu selv kan klare støvsugningen.

Hvis du vil klage, skal du sende klagen til os senest 4 uger efter, at du har fået brevet, på visitation@kommune.dk. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen.

Venlig hilsen
Visitationen
Tlf. 70 70 70 70"""


def test_a_change_with_effect_from_a_date_is_the_next_step(analyzer):
    assert not _rules(analyzer.analyze(CHANGE_FROM_DATE, "afgoerelse"), "struktur.naeste-skridt")
    undated = CHANGE_FROM_DATE.replace(" med virkning fra 1. marts 2027", "")
    assert _rules(analyzer.analyze(undated, "afgoerelse"), "struktur.naeste-skridt")
