"""A server worker freezes what it loaded at start-up out of the cyclic garbage
collector's reach (``gc.freeze``): a full collection then no longer scans the
language layer and the rules on whichever request triggers it."""

from __future__ import annotations

import gc

from litestar.testing import TestClient

from borgertekst.api import Settings, create_app


def test_start_up_freezes_the_loaded_analyzer():
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(create_app(Settings())) as client:
            assert client.get("/health").status_code == 200
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_without_preload_nothing_is_frozen():
    gc.unfreeze()
    with TestClient(create_app(Settings(), preload=False)) as client:
        assert client.get("/health").status_code == 200
        assert gc.get_freeze_count() == 0
