#!/usr/bin/env bash
# Mutation testing (mutmut) of the engine and the matchers, in a throw-away clone so the
# working tree gets no mutants/ folder. Usage: bash bench/mutation.sh [extra mutmut args]
# Needs the bench extra (pip install -e '.[bench]'). Results: bench/MUTATION.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git clone -q "$ROOT" "$WORK/repo"
cd "$WORK/repo"
cat >> pyproject.toml <<'TOML'

[tool.mutmut]
paths_to_mutate = ["borgertekst/engine.py", "borgertekst/matchers/wordlist.py", "borgertekst/matchers/phrases.py",
                   "borgertekst/matchers/pattern.py", "borgertekst/matchers/metric.py",
                   "borgertekst/matchers/function.py", "borgertekst/matchers/registry.py",
                   "borgertekst/matchers/hit.py"]
tests_dir = ["tests/test_engine_api.py", "tests/test_matchers.py", "tests/test_registry.py", "tests/test_wordlist.py",
             "tests/test_metrics.py", "tests/test_phrase_prefilter.py", "tests/conftest.py", "tests/api_helpers.py"]
also_copy = ["rules", "scripts", "bench", "tests/fixtures", "tests/letters"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q", "-m", "not e2e"]
TOML
"$PY/mutmut" run --max-children "${CHILDREN:-2}" "$@" > "$WORK/run.log" 2>&1 || true
"$PY/mutmut" results --all true 2>/dev/null | awk '{print $NF}' | sort | uniq -c
echo "per function (not killed):"
"$PY/mutmut" results 2>/dev/null | sed 's/__mutmut_[0-9]*//' | awk '{print $1, $NF}' | sort | uniq -c | sort -rn
