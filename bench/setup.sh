#!/usr/bin/env bash
# Install what the benchmarks need besides the project itself: the `bench`
# extra (pyinstrument) into .venv, and textlint + textlint-rule-prh into
# bench/node/node_modules (pinned by package-lock.json).
# The HTTP load comes from bench/loadgen.py (httpx, in the test extra).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/../.venv/bin/python" -m pip install -q -e "$here/..[test,bench]"
if command -v npm >/dev/null; then
  (cd "$here/node" && npm ci --no-audit --no-fund)
else
  echo "npm not found: the textlint comparison will be skipped" >&2
fi
