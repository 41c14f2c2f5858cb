"""The learned letter-type model is a second opinion only (lettertype.MODEL_*): it types a letter
in which no rule signal reaches min_score, when it is sure, and it may add "maybe a decision" to a
letter the rules typed information, andet or kvittering. It never overrides a type the rules found."""


from borgertekst import lettertype, lettertype_model

# no rule signal at all: plain words about a rent and an income
NO_SIGNAL = ("Hej Lise\n\nVi har kigget på dine papirer om huslejen. Indtægten i husstanden er for høj "
             "efter reglerne, fordi din samlever tjener 38.000 kr. om måneden.\n\nHilsen Ydelseskontoret")
# information by its own signals
NOTICE = ("Kære borger\n\nFra mandag den 3. marts flytter Borgerservice til Rådhuspladsen 2. Åbningstiderne er "
          "de samme som i dag: mandag til fredag kl. 10-14. Du kan stadig bestille tid på hjemmesiden.\n\n"
          "Venlig hilsen\nBorgerservice")


def _model_says(monkeypatch, kind: str, p: float):
    calls = []

    def predict(text):
        calls.append(text)
        return kind, p
    monkeypatch.setattr(lettertype_model, "predict", predict)
    return calls


def test_the_rules_find_nothing_in_the_no_signal_letter_and_a_type_in_the_notice(detector):
    assert not any(detector.detection(NO_SIGNAL).scores.values()) or \
        max(detector.detection(NO_SIGNAL).scores.values()) < 2.0
    assert detector.detection(NOTICE).type == "information" and detector.detection(NOTICE).confidence > 0


def test_a_sure_model_types_a_letter_without_signals_at_a_confidence_below_sure(detector, monkeypatch):
    _model_says(monkeypatch, "afgoerelse", lettertype.MODEL_SURE + 0.05)
    d = detector.detection(NO_SIGNAL)
    assert d.type == "afgoerelse" and d.confidence == lettertype.MODEL_CONFIDENCE < lettertype.SURE


def test_an_unsure_model_leaves_the_fallback(detector, monkeypatch):
    _model_says(monkeypatch, "afgoerelse", lettertype.MODEL_SURE - 0.05)
    d = detector.detection(NO_SIGNAL)
    assert d.type == "information" and d.confidence == 0.0 and "afgoerelse" not in d.maybe


def test_the_model_never_overrides_a_type_the_rules_found_but_may_add_maybe_decision(detector, monkeypatch):
    _model_says(monkeypatch, "klagesvar", 0.99)
    d = detector.detection(NOTICE)
    assert d.type == "information" and "afgoerelse" not in d.maybe
    _model_says(monkeypatch, "afgoerelse", lettertype.MODEL_MAYBE + 0.05)
    d = detector.detection(NOTICE)
    assert d.type == "information" and "afgoerelse" in d.maybe
    _model_says(monkeypatch, "afgoerelse", lettertype.MODEL_MAYBE - 0.05)
    assert "afgoerelse" not in detector.detection(NOTICE).maybe


def test_the_model_reads_the_letters_own_text_not_the_mail_it_quotes(detector, monkeypatch):
    calls = _model_says(monkeypatch, "andet", 0.1)
    quoted = NO_SIGNAL + "\n\n-----Oprindelig meddelelse-----\nFra: Lise\nSendt: 3. marts\nJeg klager over afgørelsen."
    detector.detection(quoted)
    assert calls and "klager" not in calls[-1]
