import atexit
import os
import shutil
import tempfile

import pytest

# The suite tests the shipped rules: a developer's own local pack (environment
# variable or ~/.config/borgertekst/borgertekst.toml) must not leak in.
os.environ.pop("BORGERTEKST_RULES_LOCAL", None)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="borgertekst-test-config-")
# Insight events of the tests go to a throw-away database, never the user's data directory.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="borgertekst-test-data-")
# Both are removed when the test process ends (each run used to leave two folders in /tmp).
for _folder in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"]):
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
for _name in ("BORGERTEKST_DATA_DIR", "BORGERTEKST_DATABASE_URL", "BORGERTEKST_INSIGHT"):
    os.environ.pop(_name, None)


@pytest.fixture(scope="session")
def analyzer():
    from borgertekst.engine import default_analyzer

    return default_analyzer()


@pytest.fixture(scope="session")
def nlp():
    """The shared Danish pipeline (``borgertekst.nlp.load`` builds it once per process)."""
    from borgertekst.nlp import load

    return load()


@pytest.fixture(scope="session")
def tone(nlp):
    """The tone scorer on the shared pipeline."""
    from borgertekst.tone import scorer

    return scorer(nlp)


@pytest.fixture(scope="session")
def detector():
    """The letter-type detector on the shipped rules (the letter-type tests' common fixture)."""
    from borgertekst.lettertype import LetterTypeDetector
    from borgertekst.rulebook.loader import load_ruleset

    return LetterTypeDetector(load_ruleset().letter_types)
