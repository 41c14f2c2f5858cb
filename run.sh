#!/usr/bin/env bash
# Start borgertekst: the server with its web page (http://127.0.0.1:8000/).
# Installs what it needs on first use. Extra arguments go to `borgertekst serve`.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/borgertekst serve "$@"
