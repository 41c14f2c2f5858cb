"""RuleStore: the server's rules reload when files change; an invalid change
is refused with the lint message and the last good rules keep serving."""

import os
import threading
from pathlib import Path

import pytest

from borgertekst.rulebook import RuleFileError
from borgertekst.api.rulestore import RuleStore

BASE = Path(__file__).parent / "fixtures" / "broken_rules" / "base"

ADD_WORD = """\
fagsprog.ord:
  add_entries:
    - term: visitation
      replace: [vurdering]
  add_examples:
    bad: [Vi har lavet en visitation.]
"""


def write(path: Path, text: str, bump: int) -> None:
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))


def rules_in(analyzer, text):
    return {f.rule for f in analyzer.analyze(text, "andet").findings}


@pytest.fixture
def pack(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "kommune"
    folder.mkdir()
    write(folder / "overrides.yaml", "fagsprog.ord:\n  severity: info\n", 0)
    return folder


def test_change_is_picked_up_without_restart(pack, analyzer):
    store = RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=0, background=False)
    first = store.analyzer()
    assert store.generation == 1 and store.last_error is None
    assert "fagsprog.ord" not in rules_in(first, "Vi har lavet en visitation.")
    assert store.analyzer() is first  # nothing changed: same analyzer
    write(pack / "overrides.yaml", ADD_WORD, 1)
    second = store.analyzer()
    assert second is not first and store.generation == 2
    assert "fagsprog.ord" in rules_in(second, "Vi har lavet en visitation.")


def test_invalid_change_is_refused_and_last_good_rules_keep_serving(pack, analyzer):
    store = RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=0, background=False)
    write(pack / "overrides.yaml", ADD_WORD, 1)
    good = store.analyzer()
    # broken YAML
    write(pack / "overrides.yaml", ADD_WORD + "  severity: [info\n", 2)
    assert store.analyzer() is good
    assert store.last_error.startswith(f"{pack / 'overrides.yaml'}:")
    assert "ugyldig YAML" in store.last_error
    assert "fagsprog.ord" in rules_in(store.analyzer(), "Vi har lavet en visitation.")
    # valid YAML, but an added word whose example does not hold
    write(pack / "overrides.yaml", ADD_WORD.replace("Vi har lavet en visitation.", "Vi har lavet en vurdering."), 3)
    assert store.analyzer() is good
    assert "det dårlige eksempel giver intet fund" in store.last_error
    assert store.generation == 2
    # a new rule file with a regex that does not compile
    (pack / "tone").mkdir()
    write(pack / "tone" / "ny.yaml", "id: tone.ny\ncategory: tone\ntype: phrases\nseverity: info\nmessage: x\n"
          "entries:\n  - pattern: \"(du skal\"\nexamples:\n  bad: [du skal]\n", 4)
    assert store.analyzer() is good
    assert "tone/ny.yaml:7" in store.last_error
    # fixed again: the new rules go into service and the error is cleared
    (pack / "tone" / "ny.yaml").unlink()
    write(pack / "overrides.yaml", ADD_WORD + "  severity: error\n", 5)
    fixed = store.analyzer()
    assert fixed is not good and store.last_error is None and store.generation == 3
    assert [f.severity for f in fixed.analyze("Vi har lavet en visitation.", "andet").findings
            if f.rule == "fagsprog.ord"] == ["error"]


def test_files_are_checked_at_most_every_interval(pack, analyzer):
    store = RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=3600)
    first = store.analyzer()
    write(pack / "overrides.yaml", ADD_WORD, 1)
    assert store.analyzer() is first  # not looked yet
    assert store.reload() is True  # an explicit check sees it
    assert store.analyzer() is not first


def test_unusable_rules_at_start_raise_a_danish_error(pack, analyzer):
    write(pack / "overrides.yaml", "fagsprog.findes-ikke:\n  enabled: false\n", 1)
    with pytest.raises(RuleFileError, match="ukendt regel-id 'fagsprog.findes-ikke'"):
        RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp)


def test_errors_present_at_start_do_not_block_later_changes(pack, tmp_path, analyzer):
    import shutil

    shipped = tmp_path / "shipped"
    shutil.copytree(BASE, shipped)
    rule = shipped / "fagsprog" / "ord.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("good: [Du får hjælpen fra maj.]",
                                                             "good: [Din bevilling kommer i maj.]"), encoding="utf-8")
    store = RuleStore(shipped=shipped, local=[pack], nlp=analyzer.nlp, interval=0, background=False)
    assert "det gode eksempel giver fund" in store.last_error  # served anyway: nothing older to serve
    first = store.analyzer()
    write(pack / "overrides.yaml", ADD_WORD, 1)  # a valid local change
    second = store.analyzer()
    assert second is not first and store.generation == 2
    assert "fagsprog.ord" in rules_in(second, "Vi har lavet en visitation.")
    write(pack / "overrides.yaml", ADD_WORD + "klarsprog.saetninger:\n  max: 2\n", 2)  # breaks an example
    assert store.analyzer() is second
    assert "klarsprog.saetninger" in store.last_error
    assert "fagsprog.ord" not in store.last_error  # only the new problem is reported


def test_background_reload_keeps_serving_meanwhile(pack, analyzer):
    store = RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=0)  # background is the default
    first = store.analyzer()
    # hold the background check until the requests below have been served
    release = threading.Event()
    load = store._load
    store._load = lambda: release.wait(60) and load()
    write(pack / "overrides.yaml", ADD_WORD, 1)
    assert store.analyzer() is first  # the change is checked in a thread; this request is not held up
    assert store.analyzer() is first  # nor the next, while the check is still running
    release.set()
    store.wait(60)
    second = store.analyzer()
    assert second is not first and store.generation == 2, store.last_error
    assert "fagsprog.ord" in rules_in(second, "Vi har lavet en visitation.")
    write(pack / "overrides.yaml", "fagsprog.ord:\n  severity: [\n", 2)
    store.analyzer()
    store.wait(60)
    assert store.analyzer() is second and "ugyldig YAML" in store.last_error


def test_server_picks_up_a_changed_rule_file_and_refuses_a_broken_one(pack, analyzer, monkeypatch):
    """Through HTTP: a staff member edits overrides.yaml while the server runs."""
    from borgertekst.api import dependencies

    from api_helpers import client

    store = RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=0)
    monkeypatch.setattr(dependencies, "_store", store)
    letter = {"text": "Vi har lavet en visitation.", "letter_type": "andet"}

    def rules(c):
        r = c.post("/v1/analyze", json=letter)
        assert r.status_code == 200, r.text
        return {f["rule"] for f in r.json()["findings"]}

    with client() as c:
        assert "fagsprog.ord" not in rules(c)
        write(pack / "overrides.yaml", ADD_WORD, 1)
        rules(c)  # this request starts the check in the background
        store.wait(60)
        assert "fagsprog.ord" in rules(c)
        assert c.get("/health").json().get("rules_error") is None
        write(pack / "overrides.yaml", "fagsprog.ord:\n  severity: [\n", 2)
        rules(c)
        store.wait(60)
        assert "ugyldig YAML" in c.get("/health").json()["rules_error"]
        assert "fagsprog.ord" in rules(c)  # the last good rules keep serving


def test_shared_lint_runs_once_per_rule_set_for_all_processes(pack, analyzer, monkeypatch, tmp_path):
    """Server processes lint a changed rule set in a child process, and only the first one
    lints: the others read its answer. A broken change is still refused."""
    import tempfile

    from borgertekst import rulelint as lint_module

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    calls = tmp_path / "lint-calls.txt"
    real = lint_module.lint

    def counted(*args, **kwargs):
        with open(calls, "a") as f:  # written by the child process that lints
            f.write("x")
        return real(*args, **kwargs)

    monkeypatch.setattr(lint_module, "lint", counted)
    stores = [RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=0, background=False, shared_lint=True)
              for _ in range(2)]
    assert calls.read_text() == "x"  # the second store read the first one's answer
    assert stores[0].rules_hash == stores[1].rules_hash and stores[0].generation == 1
    write(pack / "overrides.yaml", ADD_WORD, 1)
    for store in stores:
        assert "fagsprog.ord" in rules_in(store.analyzer(), "Vi har lavet en visitation.")
    assert calls.read_text() == "xx" and stores[0].rules_hash == stores[1].rules_hash
    good = stores[0].analyzer()
    write(pack / "overrides.yaml", ADD_WORD.replace("Vi har lavet en visitation.", "Vi har lavet en vurdering."), 2)
    assert stores[0].analyzer() is good and stores[0].refused
    assert "det dårlige eksempel giver intet fund" in stores[0].last_error


def test_a_comment_only_change_serves_on_under_the_new_hash_and_a_data_change_is_linted(pack, analyzer):
    store = RuleStore(shipped=BASE, local=[pack], nlp=analyzer.nlp, interval=0, background=False)
    first, first_hash = store.analyzer(), store.rules_hash
    # comments and layout only: the same data, so the same analyzer serves under the files' new hash
    write(pack / "overrides.yaml", "# kommentar\nfagsprog.ord:\n    severity: info  # mildere\n", 1)
    assert store.analyzer() is first and store.generation == 1
    assert store.rules_hash != first_hash and store.last_error is None
    # a change of the data is linted and built as before
    write(pack / "overrides.yaml", ADD_WORD, 2)
    assert store.analyzer() is not first and store.generation == 2
    # a broken change, then undone to the data in service: the refusal ends without a rebuild
    second = store.analyzer()
    write(pack / "overrides.yaml", "fagsprog.ord: [ikke gyldig\n", 3)
    assert store.analyzer() is second and store.refused
    write(pack / "overrides.yaml", "# igen\n" + ADD_WORD, 4)
    assert store.analyzer() is second and not store.refused and store.generation == 2
