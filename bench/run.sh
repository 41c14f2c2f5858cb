#!/usr/bin/env bash
# One command for all benchmarks: bash bench/run.sh [--quick] [--soak SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -d bench/node/node_modules ] || bash bench/setup.sh
exec .venv/bin/python -m bench "$@"
