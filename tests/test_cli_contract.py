"""The ``borgertekst check`` contract: inputs (.txt, .docx, .html, -), JSON
shape and order, exit codes 0/1/2 and one-line errors on stderr."""

import json
import subprocess
import sys

import pytest

from api_helpers import docx_bytes
from borgertekst.cli import main
from borgertekst.report import CATEGORIES, LETTER_TYPES, SEVERITIES, SEVERITY_RANK

LETTER = (
    "Kære Ida\n\n"
    "Såfremt du har spørgsmål, kan du ringe. Vi har truffet afgørelse i henhold til loven.\n\n"
    "Med venlig hilsen\n\nLene Møller"
)
FINDING_KEYS = {"rule", "category", "severity", "start", "end", "text", "message", "suggestions"}
METRIC_KEYS = {"lix", "words", "sentences"}


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def letter_txt(tmp_path):
    p = tmp_path / "brev.txt"
    p.write_text(LETTER, encoding="utf-8")
    return p


def _assert_report(obj, text: str, file: str):
    assert obj["file"] == file
    assert obj["letter_type"] in LETTER_TYPES
    assert METRIC_KEYS <= obj["metrics"].keys()
    assert obj["metrics"]["words"] > 0
    for f in obj["findings"]:
        assert FINDING_KEYS <= f.keys()
        assert f["category"] in CATEGORIES and f["severity"] in SEVERITIES
        assert isinstance(f["suggestions"], list)
        assert text[f["start"]:f["end"]] == f["text"]


def test_json_for_one_file_is_one_object(letter_txt, capsys):
    code, out, err = _run(capsys, "check", "--format", "json", str(letter_txt))
    obj = json.loads(out)
    assert isinstance(obj, dict)
    _assert_report(obj, LETTER, str(letter_txt))
    assert {"klarsprog.kancellisprog"} <= {f["rule"] for f in obj["findings"]}
    assert [f["text"] for f in obj["findings"] if f["rule"] == "klarsprog.kancellisprog"] == [
        "Såfremt", "i henhold til"]
    worst = max((SEVERITY_RANK[f["severity"]] for f in obj["findings"]), default=-1)
    assert code == (1 if worst >= SEVERITY_RANK["error"] else 0)
    assert err == ""


def test_json_for_several_files_is_an_array_in_input_order(tmp_path, capsys):
    names = []
    for i, body in enumerate(["Du får hjælpen.", LETTER, "Vi har modtaget din ansøgning.", LETTER]):
        p = tmp_path / f"{9 - i}_brev.txt"  # names sort the other way round
        p.write_text(body, encoding="utf-8")
        names.append(str(p))
    code, out, err = _run(capsys, "check", "--format", "json", *names)
    arr = json.loads(out)
    assert isinstance(arr, list) and [r["file"] for r in arr] == names
    assert arr[0]["metrics"]["words"] == 3


def test_docx_html_and_txt_give_the_same_findings(tmp_path, capsys):
    paragraphs = LETTER.split("\n\n")
    (tmp_path / "brev.docx").write_bytes(docx_bytes(paragraphs))
    (tmp_path / "brev.html").write_text(
        "<!doctype html><html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>",
        encoding="utf-8")
    (tmp_path / "brev.txt").write_text(LETTER, encoding="utf-8")
    files = [str(tmp_path / n) for n in ("brev.docx", "brev.html", "brev.txt")]
    code, out, err = _run(capsys, "check", "--format", "json", *files)
    reports = json.loads(out)
    spans = [[(f["rule"], f["start"], f["end"]) for f in r["findings"]] for r in reports]
    assert spans[0] == spans[1] == spans[2]
    for r in reports:
        _assert_report(r, LETTER, r["file"])


def test_type_is_used(letter_txt, capsys):
    code, out, err = _run(capsys, "check", "--format", "json", "--type", "kvittering", str(letter_txt))
    assert json.loads(out)["letter_type"] == "kvittering"


def test_unknown_type_is_a_usage_error(letter_txt, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--type", "roman", str(letter_txt)])
    assert exc.value.code == 2
    assert "roman" in capsys.readouterr().err


@pytest.mark.parametrize("level", SEVERITIES)
def test_fail_on_decides_the_exit_code(letter_txt, capsys, level):
    code, out, err = _run(capsys, "check", "--format", "json", "--fail-on", level, str(letter_txt))
    worst = max((SEVERITY_RANK[f["severity"]] for f in json.loads(out)["findings"]), default=-1)
    assert code == (1 if worst >= SEVERITY_RANK[level] else 0)


def test_warning_is_a_failure_with_fail_on_warning(letter_txt, capsys):
    # kancellisprog ("Såfremt") is a warning
    assert _run(capsys, "check", "--fail-on", "warning", str(letter_txt))[0] == 1
    assert _run(capsys, "check", "--fail-on", "info", str(letter_txt))[0] == 1


def test_text_format_names_the_file_and_the_findings(letter_txt, capsys):
    code, out, err = _run(capsys, "check", "--format", "text", "--color", "never", str(letter_txt))
    assert str(letter_txt) in out and "LIX" in out
    assert "Såfremt" in out or "såfremt" in out
    assert "\033[" not in out


def test_missing_file_is_exit_2_with_one_line(tmp_path, capsys):
    code, out, err = _run(capsys, "check", str(tmp_path / "findes-ikke.txt"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "findes ikke" in err and "Traceback" not in err


def test_directory_is_exit_2(tmp_path, capsys):
    code, out, err = _run(capsys, "check", str(tmp_path))
    assert code == 2 and "mappe" in err


def test_one_bad_file_among_good_ones(letter_txt, tmp_path, capsys):
    bad = tmp_path / "billede.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, out, err = _run(capsys, "check", "--format", "json", str(letter_txt), str(bad), str(letter_txt))
    assert code == 2
    assert [r["file"] for r in json.loads(out)] == [str(letter_txt), str(letter_txt)]
    assert err.count("\n") == 1 and "billede.txt" in err


def test_many_files_in_one_process(tmp_path, capsys):
    names = []
    for i in range(40):
        p = tmp_path / f"brev{i:02d}.txt"
        p.write_text(f"Kære borger nr. {i}\n\nSåfremt du har spørgsmål, kan du ringe.", encoding="utf-8")
        names.append(str(p))
    code, out, err = _run(capsys, "check", "--format", "json", *names)
    arr = json.loads(out)
    assert [r["file"] for r in arr] == names
    assert all(any(f["text"] == "Såfremt" for f in r["findings"]) for r in arr)


def test_stdin_in_a_real_process():
    proc = subprocess.run([sys.executable, "-m", "borgertekst", "check", "--format", "json", "-"],
                          input=LETTER.encode(), capture_output=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    obj = json.loads(proc.stdout)
    _assert_report(obj, LETTER, "-")
    assert proc.stderr.decode() == ""


def test_unusable_file_in_a_real_process(tmp_path):
    bad = tmp_path / "brev.docx"
    bad.write_bytes(b"PK\x03\x04 dette er ikke et Word-dokument")
    proc = subprocess.run([sys.executable, "-m", "borgertekst", "check", str(bad)], capture_output=True,
                          timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert err.count("\n") == 1 and err.startswith("borgertekst: ") and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["reply", "afgoerelse-afslag", "--example", "--out"],
    ["rules", "export", "--format", "prh", "--out"],
    ["report", "tests/letters/god-kvittering.txt", "--out"],
])
def test_an_output_file_that_cannot_be_written_is_exit_2_with_the_reason(capsys, tmp_path, argv):
    target = tmp_path / "findes-ikke" / "ud.txt"  # its folder does not exist
    code, out, err = _run(capsys, *argv, str(target))
    assert code == 2
    assert "kan ikke skrive filen" in err and "Traceback" not in err
    assert not target.exists()


def test_output_goes_to_the_file_when_given(capsys, tmp_path):
    target = tmp_path / "svar.txt"
    code, out, err = _run(capsys, "reply", "afgoerelse-afslag", "--example", "--out", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("Kære")


def test_spacy_imported_without_its_cli_still_works():
    code = ("import sys\n"
            "from borgertekst.cli import import_spacy_without_its_cli\n"
            "import_spacy_without_its_cli()\n"
            "import spacy\n"
            "assert 'spacy.cli' not in sys.modules\n"
            "assert [t.text for t in spacy.blank('da')('Hej med dig')] == ['Hej', 'med', 'dig']\n"
            "import spacy.cli\n"
            "assert callable(spacy.cli.download) and callable(spacy.info)\n"
            "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.stdout.strip() == b"ok", proc.stderr.decode()[-800:]


def test_output_is_complete_when_the_process_ends_fast(tmp_path):
    # the entry point ends with os._exit after flushing: a large output must arrive whole
    names = []
    for i in range(12):
        p = tmp_path / f"brev{i}.txt"
        p.write_text(LETTER * 20, encoding="utf-8")
        names.append(str(p))
    proc = subprocess.run([sys.executable, "-m", "borgertekst", "check", "--format", "json", *names],
                          capture_output=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    assert [r["file"] for r in json.loads(proc.stdout)] == names
