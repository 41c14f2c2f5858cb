#!/usr/bin/env bash
# One command for all benchmarks: bash bench/run.sh [--quick] [--soak SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh test  # the project and its test extra (httpx, schemathesis); quick when installed
if [ ! -d bench/node/node_modules ] || ! .venv/bin/python -c "import pyinstrument" 2>/dev/null; then
  bash bench/setup.sh
fi
exec .venv/bin/python -m bench "$@"
