#!/usr/bin/env bash
# Mutation testing (mutmut 3) of ONE module at a time, in a throw-away clone of the last
# commit, so the working tree gets no mutants/ folder. Each mutant runs only the tests that
# mutmut's stats pass saw calling the mutated function, out of the given test selection.
#
#   bash bench/mutation.sh MODULE [TEST_FILE ...]
#   e.g. bash bench/mutation.sh borgertekst/matchers/phrases.py tests/test_matchers.py tests/test_mut_phrases.py
#
# Without test files, the module's default selection below is used. CHILDREN (default 1)
# sets mutmut's workers: the machine is shared, keep it at 1 or 2. Prints the counts and
# every surviving mutant with its diff (results: bench/MUTATION.md).
# Needs the bench extra (pip install -e '.[bench]').
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin}
MODULE=${1:?"usage: bash bench/mutation.sh MODULE [TEST_FILE ...]"}
shift
TESTS=("$@")
if [ ${#TESTS[@]} -eq 0 ]; then
  case "$MODULE" in
    borgertekst/engine.py) TESTS=(tests/test_engine_api.py tests/test_matchers.py tests/test_registry.py
                                  tests/test_wordlist.py tests/test_metrics.py tests/test_phrase_prefilter.py) ;;
    borgertekst/matchers/phrases.py) TESTS=(tests/test_matchers.py tests/test_phrase_prefilter.py tests/test_registry.py) ;;
    borgertekst/matchers/wordlist.py) TESTS=(tests/test_wordlist.py tests/test_matchers.py tests/test_registry.py) ;;
    borgertekst/matchers/pattern.py) TESTS=(tests/test_matchers.py tests/test_registry.py) ;;
    borgertekst/matchers/metric.py) TESTS=(tests/test_metrics.py tests/test_registry.py) ;;
    borgertekst/matchers/function.py|borgertekst/matchers/registry.py) TESTS=(tests/test_registry.py) ;;
    borgertekst/matchers/literals.py) TESTS=(tests/test_phrase_prefilter.py tests/test_lazy_pattern.py
                                             tests/test_top_alternatives.py) ;;
    borgertekst/report.py) TESTS=(tests/test_engine_api.py tests/test_vocabulary.py) ;;
    *) echo "no default test selection for $MODULE: name the test files" >&2; exit 2 ;;
  esac
  DEFAULT=1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git clone -q "$ROOT" "$WORK/repo"
cd "$WORK/repo"
if [ -n "${DEFAULT:-}" ]; then  # plus the committed mutation tests (tests/test_mut_*.py)
  for extra in tests/test_mut_*.py; do [ -e "$extra" ] && TESTS+=("$extra"); done
fi
quote() { printf '"%s", ' "$@"; }
cat >> pyproject.toml <<TOML

[tool.mutmut]
source_paths = ["$MODULE"]
pytest_add_cli_args_test_selection = [$(quote "${TESTS[@]}")]
also_copy = ["borgertekst", "rules", "scripts", "bench", "tests/fixtures", "tests/letters", "tests/corpus"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q", "-m", "not e2e"]
TOML
"$PY/mutmut" run --max-children "${CHILDREN:-1}" > "$WORK/run.log" 2>&1 || { tail -c 2000 "$WORK/run.log"; }
if grep -q "failed to collect stats\|Unable to force test failures" "$WORK/run.log"; then
  # a failing test in the selection, or none that reaches the module: no mutant was judged
  tr '\r' '\n' < "$WORK/run.log" | grep -E "FAILED|Error|failed to collect|Unable to force" | head -20
  exit 1
fi
echo "$MODULE with: ${TESTS[*]}"
"$PY/mutmut" results --all true 2>/dev/null | awk '{print $NF}' | sort | uniq -c
echo "surviving mutants:"
for name in $("$PY/mutmut" results 2>/dev/null | awk '{print $1}' | tr -d ':'); do
  echo "== $name"
  "$PY/mutmut" show "$name" 2>/dev/null | grep '^[-+][^-+]' || true
done
