"""Letter type on the kinds of letter the twelfth session's blind LTYPE batches (ltype12) and EVAL's eval11 got wrong:
a price or a set of rules a council or committee decided for everyone ("Byrådet har besluttet en ny pris for madservice",
"Udvalget har besluttet nye priser i svømmehallen"), told in a reply or an information letter, that made the letter a
possible decision and brought a klagevejledning finding; and a parking fee notice with its fields ("Sted: …",
"Overtrædelse: …", "Vil du gøre indsigelse …") typed a summons or a hearing by its "Sted:" and "gøre indsigelse".

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest


# a price or rule set for everyone by a political body is no decision about the reader
@pytest.mark.parametrize(
    "text",
    [
        "Kære Poul\n\nDu har spurgt, hvorfor din regning for hjemmehjælp til rengøring er steget. Kommunalbestyrelsen har "
        "besluttet nye takster for praktisk hjælp fra 1. januar. En time koster nu 178 kr. Det gælder for alle, der får "
        "rengøring i kommunen.\n\nDu behøver ikke at gøre noget.\n\nVenlig hilsen\nHjemmeplejen",
        "Til alle haveejere\n\nTeknik- og Miljøudvalget har besluttet, at taksterne for afhentning af haveaffald stiger "
        "med 40 kr. om året fra marts. Haveaffaldet hentes fortsat hver anden uge fra april til november.\n\nVenlig "
        "hilsen\nAffald og Genbrug",
        "Kære forældre\n\nSkolebestyrelsen har godkendt nye ordensregler for frikvartererne. Fra næste måned må eleverne "
        "ikke forlade skolens område i spisefrikvarteret.\n\nVenlig hilsen\nLedelsen",
    ],
)
def test_general_price_or_rule_decision_is_no_possible_decision(detector, text):
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe
    assert d.scores.get("afgoerelse", 0.0) <= 0.0


# guards: a committee's or our decision about the reader still counts, also when a price word follows later
@pytest.mark.parametrize(
    "text",
    [
        "Kære Lise\n\nBørne- og Skoleudvalget har besluttet at give dig tilskud til lejrskolen. Du får 1.500 kr.\n\n"
        "Venlig hilsen\nSkoleafdelingen",
        "Kære Karsten\n\nVi har besluttet, at du skal betale den nye pris for din plads fra 1. februar, fordi din indtægt "
        "er steget.\n\nVenlig hilsen\nPladsanvisningen",
        "Kære Hanne\n\nKommunen har godkendt din ansøgning om et nyt hegn.\n\nVenlig hilsen\nByg og Miljø",
    ],
)
def test_decision_about_reader_stays_a_decision_signal(detector, text):
    assert detector.detection(text).scores.get("afgoerelse", 0.0) >= 2.0


PARKING_NOTICES = [
    "KONTROLAFGIFT\n\nBil: DV 88 120\nDato: 2.12.2026 kl. 09.40\nSted: Banegårdspladsen, Holbæk\nOvertrædelse: Parkeret "
    "uden gyldig p-billet\nAfgift: 510 kr.\n\nAfgiften betales inden 18 dage. Ønsker du at gøre indsigelse, skal det ske "
    "skriftligt inden 6 uger.\n\nHolbæk Kommune, Parkering",
    "Afgiftsnummer: 77-30918\nTidspunkt: 14.11.2026 kl. 17.02\nSted: Havnegade ud for nr. 8\nForseelse: Holdt i "
    "område med stopforbud\nBeløb: 790 kr.\n\nBetal via netbank inden 14 dage. Er du uenig, kan du gøre indsigelse "
    "til parkeringskontoret.",
]


# a parking fee notice with fields is a notice, not a summons or a hearing, and no possible decision
@pytest.mark.parametrize("text", PARKING_NOTICES)
def test_parking_fee_notice_is_no_summons_or_hearing(detector, text):
    d = detector.detection(text)
    assert d.type in ("information", "andet")
    assert "afgoerelse" not in d.maybe


# guards: a reply to an objection whose reference line names the fee ("Kontrolafgift nr. …") is not made a notice, and a
# summons with "Sted:" stays a summons
def test_reply_to_objection_with_fee_reference_is_not_a_notice(detector):
    text = (
        "Kontrolafgift nr. 5520981\n\nKære Anja\n\nDu har gjort indsigelse mod kontrolafgiften på 510 kr. fra 3. november. "
        "Du skriver, at automaten var i stykker. Vi har tjekket automaten, og den virkede den dag.\n\nVi fastholder "
        "derfor kontrolafgiften. Beløbet skal betales inden 14 dage.\n\nVenlig hilsen\nParkeringskontoret"
    )
    assert detector.detection(text).type in ("afgoerelse", "klagesvar")


def test_summons_with_place_field_stays_a_summons(detector):
    text = (
        "Kære Jonas\n\nDu skal til opfølgningssamtale om din sygemelding.\n\nTid: Mandag den 7. december kl. 13.00\n"
        "Sted: Jobcentret, Torvegade 4\n\nHvis du ikke kan komme, skal du ringe til mig.\n\nVenlig hilsen\nJobcentret"
    )
    assert detector.detection(text).type == "indkaldelse"


# a reproach of the reader's conduct ("Det er ikke godt nok. Vi forventer, at …") is no reply to a complaint; a fault admitted
# with regret still is one
def test_reproach_not_good_enough_is_no_reply_to_complaint(detector):
    text = (
        "Kære Sanne og Peter\n\nFreja har nu tre gange i denne måned haft madpakke med uden låg, så maden er faldet ud i "
        "tasken. Det er ikke godt nok. Vi forventer, at hun fremover har en madkasse, der kan lukkes.\n\nVenlig hilsen\n"
        "Personalet, Børnehaven Mælkebøtten"
    )
    d = detector.detection(text)
    assert d.type in ("information", "andet")
    assert d.scores.get("klagesvar", 0.0) == 0.0


def test_fault_admitted_with_regret_stays_a_reply_signal(detector):
    text = (
        "Kære Erik\n\nDu skriver, at ingen kom med din medicin i søndags. Det er ikke godt nok, og vi er meget kede af "
        "det.\n\nVenlig hilsen\nHjemmeplejen"
    )
    assert detector.detection(text).type == "klagesvar"


# a notice that a case is delayed, with an apology for the wait, is no reply to a complaint
def test_delay_notice_with_apology_is_no_reply_to_complaint(detector):
    text = (
        "Kære Lotte\n\nDin ansøgning om merudgifter er endnu ikke færdigbehandlet, fordi vi venter på oplysninger fra "
        "din læge. Du får svar senest den 20. januar.\n\nVi beklager forsinkelsen.\n\nVenlig hilsen\nSocialafdelingen"
    )
    assert detector.detection(text).type != "klagesvar"


# a grant said as the letter's first words after the greeting ("Du får en …") is a decision
def test_short_grant_said_first_is_a_decision(detector):
    text = (
        "Kære Holger\n\nDu får en hjemmetræner to gange om ugen i de næste otte uger. Træneren, Sofie, kommer første gang "
        "mandag den 11. januar kl. 10.\n\nRing, hvis tiden ikke passer.\n\nVenlig hilsen\nTræningsenheden"
    )
    assert detector.detection(text).type == "afgoerelse"


# guards: what comes by post or a new contact, said first, is no grant
@pytest.mark.parametrize(
    "text",
    [
        "Kære Holger\n\nDu får en ny sagsbehandler fra 1. januar. Hun hedder Rikke Dam og kan træffes på tlf. 72 11 22 "
        "33.\n\nVenlig hilsen\nJobcentret",
        "Hej Holger\n\nDu får et brev fra Udbetaling Danmark i næste uge om din pension.\n\nVenlig hilsen\nBorgerservice",
    ],
)
def test_new_contact_or_letter_said_first_is_no_grant(detector, text):
    assert detector.detection(text).type != "afgoerelse"


# a yes to the reader's "may I" question is a permission told, not a possible decision
def test_yes_to_may_question_is_no_possible_decision(detector):
    text = (
        "Hej Amir\n\nTak for din mail. Du spørger, om du må tage på højskole i to uger, mens du får uddannelseshjælp. "
        "Ja, det må du godt, når du giver os besked inden. Du får din hjælp som normalt.\n\nHilsen\nUngeindsatsen"
    )
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# a curt order with the reader as subject ("Du påbydes hermed at …") is a decision, so that its missing klagevejledning is flagged
def test_order_with_reader_as_subject_is_a_decision(detector):
    text = (
        "Til Birgit Madsen, Skovbrynet 4\n\nVed tilsyn er det set, at der løber spildevand fra din septiktank ud i "
        "grøften.\n\nDu påbydes hermed at tømme og tætne tanken inden 1. februar.\n\nFavrskov Kommune, Natur og Miljø"
    )
    assert detector.detection(text).type == "afgoerelse"


# an English grant said plainly: "you will get a free place / a loan / a refund"
@pytest.mark.parametrize(
    "text",
    [
        "Dear Maria\n\nYou will get a free place for Tomas at the kindergarten from 1 March. You do not have to pay "
        "anything.\n\nKind regards\nDay Care Office",
        "Dear Mr Silva\n\nWe have looked at your application. You will get an interest-free loan for the deposit. The "
        "money is paid to your landlord next week.\n\nKind regards\nSocial Services",
    ],
)
def test_english_plain_grant_is_a_decision(detector, text):
    assert detector.detection(text).type == "afgoerelse"


# guard: "you will get a letter / an answer" is no grant
def test_english_letter_to_come_is_no_grant(detector):
    text = (
        "Dear Maria\n\nThank you for your application for a free place. You will get a letter from us when we have "
        "looked at it, no later than 1 March.\n\nKind regards\nDay Care Office"
    )
    assert detector.detection(text).type != "afgoerelse"


# an order without the word "påbud", dated and enforced at the reader's cost (ELEMENTS' report), is a decision
def test_order_enforced_at_readers_cost_is_a_decision(detector):
    text = (
        "Kære Anne Juul\n\nDin campingvogn holder på den kommunale p-plads ved Strandvejen. Den må ikke holde der i "
        "længere tid.\n\nCampingvognen skal være fjernet senest den 8. januar. Står den der stadig, fjerner kommunen den "
        "for din regning.\n\nVenlig hilsen\nTrafik og Veje"
    )
    assert detector.detection(text).type == "afgoerelse"


# guard: the general rule ("kan kommunen lade arbejdet udføre for din regning") in an information letter to all
def test_general_cost_rule_in_information_is_no_decision(detector):
    text = (
        "Til alle grundejere\n\nHusk at klippe hække og buske, så de ikke rager ud over fortov og vej. Der skal være "
        "2,5 meter fri højde over fortovet. Hvis det ikke sker, kan kommunen lade arbejdet udføre for din regning.\n\n"
        "Venlig hilsen\nVej og Park"
    )
    assert detector.detection(text).type == "information"


# a reply that reproaches repeated calls is no receipt (lead's spot check), though it names the case handling time
def test_reproach_about_repeated_calls_is_no_receipt(detector):
    text = (
        "Kære Kurt\n\nDet er fjerde gang, du ringer om din ansøgning i denne måned. Vi har allerede forklaret dig, at "
        "behandlingstiden er otte uger. Vi skriver til dig, så snart der er nyt.\n\nVenlig hilsen\nBorgerservice"
    )
    assert detector.detection(text).type != "kvittering"


# an English system letter's status field ("Result: Rejected") is a decision
def test_english_status_field_is_a_decision(detector):
    text = (
        "Message from Citizen Service\n\nCase: Application for a disabled parking card\nResult: Not approved\nReason: "
        "Walking distance above 100 metres\n\nThis message cannot be answered."
    )
    assert detector.detection(text).type == "afgoerelse"


# an internal assessment for the file, recommending a grant to a leader, is no letter to the citizen
def test_internal_assessment_note_is_andet(detector):
    text = (
        "Sagsvurdering – intern\n\nBorger: Jens Lykke\nEmne: Ansøgning om boligindretning\n\nBorger kan ikke komme i "
        "badekarret efter apopleksi. Anbefaler bevilling af bruseniche. Sagen forelægges afdelingsleder til godkendelse "
        "næste uge.\n\n/KRL"
    )
    assert detector.detection(text).type == "andet"


# a reply that sums up the complaint ("Tak for din mail, hvor du klager over …") is no receipt: the receipt's "Tak for din
# klage" is the noun, not the verb
def test_reply_summing_up_complaint_is_no_receipt(detector):
    text = (
        "Kære Ib\n\nTak for din mail af 2. december, hvor du klager over, at gadelyset på Skolestien er slukket om "
        "natten. Vi slukker lyset på alle stier fra kl. 1 til 5 for at spare strøm, og det gælder hele kommunen. Jeg "
        "forstår godt, at det er ubelejligt, når du kommer sent hjem.\n\nVenlig hilsen\nVej og Park"
    )
    assert detector.detection(text).type == "klagesvar"


# guard: a receipt of a complaint stays a receipt
def test_receipt_of_complaint_stays_a_receipt(detector):
    text = (
        "Kære Ib\n\nTak for din klage, som vi modtog den 2. december. Vi sender dig et svar inden for fire uger.\n\n"
        "Venlig hilsen\nVej og Park"
    )
    assert detector.detection(text).type == "kvittering"


# an English summons with a hyphenated kind of meeting and When/Where fields
def test_english_summons_with_when_where_fields(detector):
    text = (
        "Dear Mrs Chen\n\nWe would like to invite you to a follow-up meeting about your job plan.\n\nWhen: Monday 11 "
        "January at 10:00\nWhere: Job Centre, Torvet 2\n\nKind regards\nJob Centre"
    )
    assert detector.detection(text).type == "indkaldelse"


# a reply that no permit is needed is information, not a receipt of the application
def test_no_permit_needed_is_information(detector):
    text = (
        "Kære Susanne\n\nTak for din ansøgning om at sætte et drivhus op i haven. Du behøver ikke byggetilladelse til "
        "et drivhus på 8 m², når det står mere end 2,5 meter fra skel. Du kan bare gå i gang.\n\nVenlig hilsen\nByggeri"
    )
    assert detector.detection(text).type == "information"


# another authority (not the appeal body) takes the decision; our letter tells of a statement to it (ELEMENTS' report)
def test_other_authority_decides_is_no_decision_of_ours(detector):
    text = (
        "Afgørelse om boligindretning i ny lejlighed\n\nKære Per\n\nKommunen har sendt en udtalelse om dine behov til "
        "Familieretshuset, som træffer afgørelsen. Familieretshuset sender dig svar direkte.\n\nVenlig hilsen\nJobcentret"
    )
    assert detector.detection(text).type != "afgoerelse"


# guard: "Ankestyrelsen, som træffer den endelige afgørelse" in a decision's klagevejledning changes nothing
def test_appeal_body_deciding_in_kv_keeps_the_decision(detector):
    text = (
        "Kære Per\n\nDu kan ikke få tilskud til en ny seng, fordi du har fået en for to år siden. Er du uenig, kan du "
        "klage til os inden 4 uger. Får du ikke ret, sender vi sagen til Ankestyrelsen, som træffer den endelige "
        "afgørelse.\n\nVenlig hilsen\nHjælpemidler"
    )
    assert detector.detection(text).type == "afgoerelse"


# a council's decision for everyone, the reader not named in its sentence, is no possible decision (a bus line, opening hours)
@pytest.mark.parametrize(
    "text",
    [
        "Til beboerne på Åvej\n\nByrådet har besluttet, at linje 5 fra marts kører ad Ringvejen. "
        "Stoppestedet ved Åvej flytter 200 meter.\n\nVenlig hilsen\nTrafik",
        "Kære forældre\n\nBørne- og Skoleudvalget har besluttet, at SFO'erne holder lukket mellem jul og nytår. Der er "
        "pasning i Fritidscentret for dem, der har brug for det.\n\nVenlig hilsen\nDagtilbud",
    ],
)
def test_council_decision_for_everyone_is_no_possible_decision(detector, text):
    d = detector.detection(text)
    assert d.type == "information"
    assert "afgoerelse" not in d.maybe


# guard: the council's decision about the reader (or the reader's association) stays a decision signal
@pytest.mark.parametrize(
    "text",
    [
        "Kære Anja\n\nUdvalget har besluttet ikke at imødekomme din ansøgning om tilskud til lejrturen.\n\nVenlig hilsen\n"
        "Sekretariatet",
        "Kære formand\n\nKulturudvalget har besluttet at give foreningen 8.000 kr. til nye dragter.\n\nVenlig hilsen\n"
        "Kultur og Fritid",
    ],
)
def test_council_decision_about_reader_stays_a_decision_signal(detector, text):
    assert detector.detection(text).scores.get("afgoerelse", 0.0) >= 2.0


# a grant told with its reason ("Du har fået madservice, fordi …") is a decision; "Du får dette brev, fordi …" is not
def test_grant_with_its_reason_is_a_decision(detector):
    text = (
        "Kære Poul\n\nDu har fået en indkøbsordning, fordi du ikke længere kan bære varer hjem efter din "
        "hjerneblødning. Varerne bringes hver torsdag.\n\nVenlig hilsen\nVisitationen, Ikast-Brande "
        "Kommune"
    )
    assert detector.detection(text).type == "afgoerelse"


def test_letter_sent_because_is_no_grant(detector):
    text = (
        "Kære Poul\n\nDu får dette brev, fordi du er fyldt 80 år. Vi tilbyder alle over 80 et forebyggende besøg. Ring, "
        "hvis du vil have et besøg.\n\nVenlig hilsen\nSundhed og Omsorg"
    )
    assert detector.detection(text).scores.get("afgoerelse", 0.0) < 1.5


# a mail between caseworkers about a case ("Mor i sagen om …", "Jeg har skrevet et notat i sagen") is andet
def test_caseworkers_mail_is_andet(detector):
    text = (
        "Hej Sara\n\nFar i sagen om pigen på Bakkevej var forbi i dag. Han vil gerne have et møde før jul, gerne "
        "sammen med skolen og sundhedsplejersken, og han spurgte til den nye handleplan. Jeg har lavet et notat i sagen.\n\nMvh Ole"
    )
    d = detector.detection(text)
    assert d.type == "andet"
    assert d.scores.get("andet", 0.0) >= 2.0  # by a rule signal, not only the learned model's guess


# a personal receipt of a complaint: what the reader complains of, told back ("Du klager over, at din hjælp blev nedsat"), and
# what happens if the writer ("jeg") keeps the decision, are no decision of this letter
def test_personal_receipt_of_complaint_is_no_possible_decision(detector):
    text = (
        "Kære Rita\n\nTak for din klage, som jeg modtog i går. Du klager over, at din bevilling til rengøring blev nedsat "
        "til hver anden uge. Jeg ser på sagen igen, og du hører fra mig senest den 20. december. Hvis jeg ikke ændrer "
        "afgørelsen, sender jeg klagen videre til Ankestyrelsen.\n\nVenlig hilsen\nVisitationen"
    )
    d = detector.detection(text)
    assert d.type == "kvittering"
    assert "afgoerelse" not in d.maybe
