"""bench/startup.py: both sides of the start-up comparison get bytecode, as an installed program has it."""

from __future__ import annotations

import subprocess
import sys

from bench.startup import _env_sentence, bytecode_env


def test_bytecode_env_writes_bytecode_to_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bytecode_env(tmp_path / "pyc")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    module = tmp_path / "src" / "startup_probe_mod.py"
    module.parent.mkdir()
    module.write_text("X = 1\n", encoding="utf-8")
    subprocess.run([sys.executable, "-c", "import startup_probe_mod"], cwd=module.parent, env=env, check=True)
    assert list((tmp_path / "pyc").rglob("startup_probe_mod*.pyc"))  # written under the prefix ...
    assert not (module.parent / "__pycache__").exists()  # ... never into the source tree


def test_the_figures_as_the_environment_stands_are_named():
    s = {"env_no_bytecode": True, "env_ratio_wall": 1.3, "env_ratio_cpu": 1.42,
         "env_check_cpu_s": 1.47, "env_floor_cpu_s": 1.04}
    assert "1.42× CPU" in _env_sentence(s) and "PYTHONDONTWRITEBYTECODE" in _env_sentence(s)
    assert _env_sentence({}) == ""
