"""Many files on every core (``--jobs``): the same output in the same order and
the same exit codes as one process, no pool for one file, and no progress
output unless standard error is a terminal."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from borgertekst.cli import main, parallel

LETTERS = [
    "Kære Ida\n\nSåfremt du har spørgsmål, kan du ringe. Vi har truffet afgørelse i henhold til loven.\n\n"
    "Med venlig hilsen\n\nLene Møller",
    "Du får hjælpen.",
    "Kære Ole\n\nVi har modtaget din ansøgning om bevilling. Du hører fra os senest den 1. maj.\n\n"
    "Med venlig hilsen\n\nKim",
    "Hej Eva\n\nDu skal omgående indsende dokumentationen, ellers stopper vi ydelsen.",
]


@pytest.fixture
def letters(tmp_path):
    names = []
    for i in range(9):
        p = tmp_path / f"{20 - i:02d}_brev.txt"  # names sort against input order
        p.write_text(LETTERS[i % len(LETTERS)] + f"\n\nSag nr. {i}", encoding="utf-8")
        names.append(str(p))
    bad = tmp_path / "billede.docx"
    bad.write_bytes(b"PK\x03\x04 ikke et Word-dokument")
    names.insert(4, str(bad))
    return names


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_two_jobs_give_the_same_output_in_the_same_order_as_one(letters, capsys, fmt):
    one = _run(capsys, "check", "--format", fmt, "--jobs", "1", *letters)
    two = _run(capsys, "check", "--format", fmt, "--jobs", "2", *letters)
    assert one == two
    code, out, err = two
    assert code == 2  # the unreadable file, as with one process
    assert err.count("\n") == 1 and "billede.docx" in err
    if fmt == "json":
        assert [r["file"] for r in json.loads(out)] == [n for n in letters if not n.endswith(".docx")]
    else:
        positions = [out.index(n) for n in letters if not n.endswith(".docx")]
        assert positions == sorted(positions)


@pytest.mark.parametrize("level, expected", [("error", 1), ("info", 1)])
def test_exit_codes_are_kept_with_jobs(letters, capsys, level, expected):
    good = [n for n in letters if not n.endswith(".docx")]
    codes = {jobs: _run(capsys, "check", "--format", "json", "--fail-on", level, "--jobs", jobs, *good)[0]
             for jobs in ("1", "2")}
    assert codes == {"1": expected, "2": expected}


def test_clean_letters_exit_0_with_jobs(tmp_path, capsys):
    names = []
    for i in range(3):
        p = tmp_path / f"{i}.txt"
        p.write_text("Tak for dit brev.", encoding="utf-8")
        names.append(str(p))
    assert _run(capsys, "check", "--fail-on", "error", "--jobs", "2", *names)[0] == 0


def test_one_file_does_not_start_a_pool(letters, capsys, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for one file")

    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    code, out, err = _run(capsys, "check", "--format", "json", letters[0])
    assert code in (0, 1) and json.loads(out)["file"] == letters[0]
    assert parallel.workers_for(0, 1) == 0 and parallel.workers_for(1, 50) == 0
    assert parallel.workers_for(3, 2) == 2  # never more workers than files


def test_results_stream_in_input_order_as_they_are_ready():
    seen = []
    results = parallel.run_ordered(_square, range(40), jobs=2, on_result=lambda: seen.append(1))
    first = next(results)
    assert first == 0 and len(seen) == 1  # the first result is there before the rest are asked for
    assert [first, *results] == [i * i for i in range(40)]
    assert len(seen) == 40


def _square(i: int) -> int:
    return i * i


def test_report_with_jobs_is_the_same_page(letters, tmp_path, capsys):
    pages = []
    for jobs in ("1", "2"):
        out = tmp_path / f"rapport{jobs}.html"
        assert main(["report", *letters, "--out", str(out), "--jobs", jobs]) == 0
        assert "1 filer kunne ikke læses" in capsys.readouterr().err
        # the page says when it was made (to the minute): the rest is the same
        pages.append(re.sub(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", "DATO", out.read_text(encoding="utf-8")))
    assert pages[0] == pages[1]


def test_no_progress_output_when_stderr_is_not_a_terminal(letters):
    good = [n for n in letters if not n.endswith(".docx")]
    proc = subprocess.run([sys.executable, "-m", "borgertekst", "check", "--format", "json", "--jobs", "2", *good],
                          capture_output=True, timeout=300)
    assert proc.returncode == 1, proc.stderr.decode()
    assert proc.stderr == b""
    assert len(json.loads(proc.stdout)) == len(good)


class _Stream:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("stderr_tty, stdout_tty, on_stdout, shown", [
    (False, False, True, False),  # a script or CI: never
    (True, False, True, True),  # results go to a file or pipe, the person watches the terminal
    (True, True, True, False),  # the results themselves show the progress
    (True, True, False, True),  # report: the results go to a file
])
def test_progress_only_on_a_terminal(monkeypatch, stderr_tty, stdout_tty, on_stdout, shown):
    monkeypatch.setattr(sys, "stderr", _Stream(stderr_tty))
    monkeypatch.setattr(sys, "stdout", _Stream(stdout_tty))
    assert parallel.show_progress(True, on_stdout) is shown
    assert parallel.show_progress(False, on_stdout) is False  # --no-progress


def test_rewrite_several_files_in_input_order_with_jobs(letters, capsys):
    good = [n for n in letters if not n.endswith(".docx")][:5]
    one = _run(capsys, "rewrite", "--format", "json", "--jobs", "1", *good)
    two = _run(capsys, "rewrite", "--format", "json", "--jobs", "2", *good)
    assert one == two and one[0] == 0
    assert [r["file"] for r in json.loads(one[1])] == good
    single = _run(capsys, "rewrite", "--format", "json", good[1])
    assert "file" not in json.loads(single[1])  # one file: the object as before
    assert {k: v for k, v in json.loads(one[1])[1].items() if k != "file"} == json.loads(single[1])


def test_rewrite_diff_of_several_files_and_an_unreadable_one(letters, capsys):
    code, out, err = _run(capsys, "rewrite", "--diff", "--jobs", "2", *letters[:6])
    assert code == 2 and "billede.docx" in err
    firsts = [out.index(f"--- {n}\n") for n in letters[:6] if not n.endswith(".docx") and f"--- {n}\n" in out]
    assert len(firsts) >= 2 and firsts == sorted(firsts)


def test_rewrite_several_files_as_plain_text_is_a_usage_error(letters, capsys):
    code, out, err = _run(capsys, "rewrite", *letters[:2])
    assert code == 2 and out == "" and "--diff eller --format json" in err


def _collector_on(_item) -> bool:
    import gc

    return gc.isenabled()


def test_collector_is_back_on_after_the_first_item():
    """``cli.main`` turns the cyclic garbage collector off while the analyzer loads; the
    runner turns it back on after the first item, so a long batch frees its cycles."""
    import gc

    gc.disable()
    try:
        seen = list(parallel.run_ordered(_collector_on, [1, 2, 3], jobs=1))
    finally:
        gc.enable()
        gc.unfreeze()
    assert seen == [False, True, True]


@pytest.mark.parametrize("command, collector_on", [("check", False), ("rewrite", False), ("rules", True)])
def test_program_turns_the_collector_off_only_while_a_letter_command_loads(command, collector_on):
    """``run`` (the program itself, not a caller of ``main``) starts a letter command with the
    collector off; ``rules`` and ``serve`` keep it on."""
    code = (
        "import gc, sys\n"
        "import borgertekst.cli as cli\n"
        "def fake(argv=None):\n"
        "    print(gc.isenabled(), flush=True)\n"
        "    return 0\n"
        "cli.main = fake\n"
        f"sys.argv = ['borgertekst', {command!r}]\n"
        "cli.run()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == str(collector_on)


def test_main_leaves_the_callers_collector_alone(letters, capsys):
    import gc

    gc.unfreeze()  # whatever another test froze
    assert gc.isenabled()
    _run(capsys, "check", "--format", "json", str(letters[0]))
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
