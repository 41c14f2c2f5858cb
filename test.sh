#!/usr/bin/env bash
# Run the test suite (installs what it needs on first use). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh test
exec .venv/bin/python -m pytest "$@"
