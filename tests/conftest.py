import pytest


@pytest.fixture(scope="session")
def analyzer():
    from borgertekst.engine import default_analyzer

    return default_analyzer()
