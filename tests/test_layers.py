"""The layer contract in pyproject.toml ([tool.importlinter]) holds: nothing imports the
engine from below it, cli/api sit on top, document and nlp at the bottom."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports() -> list[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    return [exe]


def test_import_contracts_are_kept():
    result = subprocess.run(_lint_imports() + ["--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_the_contract_catches_an_upward_import(tmp_path):
    """A copy of the package in which the report imports the engine breaks the layers."""
    copy = tmp_path / "borgertekst"
    shutil.copytree(ROOT / "borgertekst", copy, ignore=shutil.ignore_patterns("__pycache__", "web", "html"))
    report = copy / "report.py"
    report.write_text(report.read_text(encoding="utf-8") + "\nfrom . import engine  # noqa\n", encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = subprocess.run(_lint_imports() + ["--no-cache"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=300, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "borgertekst.report -> borgertekst.engine" in result.stdout


def _cycles(package: str) -> list[list[str]]:
    """Import cycles among the modules of ``package`` (imports inside functions count too)."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph("borgertekst", include_external_packages=False, cache_dir=None)
    modules = sorted(m for m in graph.modules if m.startswith(package + "."))
    out = []
    for a in modules:
        for b in graph.find_modules_directly_imported_by(a):
            if b in modules and b != a and graph.chain_exists(importer=b, imported=a):
                out.append([a, b])
    return out


@pytest.mark.parametrize("package", ["borgertekst.rulebook", "borgertekst.matchers"])
def test_no_import_cycles_inside(package):
    assert _cycles(package) == []


def test_the_layers_contract_has_no_exceptions():
    """The contract is strict: no upward import is waved through with ``ignore_imports``."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert "ignore_imports" not in config
    layers = [c for c in config["contracts"] if c["type"] == "layers"]
    assert layers and all(not c.get("ignore_imports") for c in config["contracts"])
    flat = " ".join(layers[0]["layers"])
    for module in ("borgertekst.engine", "borgertekst.rulebook", "borgertekst.rulelint", "borgertekst.api"):
        assert module in flat
