#!/usr/bin/env bash
# Install what the benchmarks need besides the project itself:
#   - textlint + textlint-rule-prh into bench/node/node_modules (pinned by package-lock.json)
#   - wrk (Debian) for the HTTP load runs, when run as root
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if command -v npm >/dev/null; then
  (cd "$here/node" && npm ci --no-audit --no-fund)
else
  echo "npm not found: the textlint comparison will be skipped" >&2
fi
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y --no-install-recommends wrk || echo "wrk not installed; HTTP load uses the Python load process" >&2
  else
    echo "wrk not installed; HTTP load uses the Python load process" >&2
  fi
fi
