#!/usr/bin/env bash
# Install what borgertekst needs, once: a virtual environment with the Python
# packages, and Debian's Danish Hunspell dictionary (and, for the tests, Chromium).
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
WANT_TEST=${1:-}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install with apt: ${missing[*]} (borgertekst works without them, with less)" >&2
  fi
}

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)${WANT_TEST:+-test}
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  if [ "$WANT_TEST" = "test" ]; then
    .venv/bin/python -m pip install -q -e ".[test]"
  else
    .venv/bin/python -m pip install -q -e .
  fi
  touch "$stamp"
fi
if command -v dpkg >/dev/null; then
  apt_install hunspell-da
  # postgresql: the insight tests start a throw-away cluster of their own (tests/insight_support.py)
  if [ "$WANT_TEST" = "test" ]; then apt_install chromium postgresql; fi
fi
# Microsoft's Office add-in tools for the Word add-in's tests (office-addin-mock,
# office-addin-manifest, @microsoft/office-js), pinned in tests/e2e/npm/package-lock.json.
if [ "$WANT_TEST" = "test" ]; then
  if ! command -v npm >/dev/null && command -v dpkg >/dev/null; then apt_install nodejs npm; fi
  if command -v npm >/dev/null && command -v node >/dev/null; then
    npm_stamp=tests/e2e/npm/node_modules/.installed-$(sha1sum < tests/e2e/npm/package-lock.json | cut -c1-12)
    if [ ! -f "$npm_stamp" ]; then
      echo "setup: installing the Office add-in test tools (npm ci in tests/e2e/npm)" >&2
      if (cd tests/e2e/npm && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
        touch "$npm_stamp"
      else
        echo "setup: npm ci failed; the Word add-in tests that need these tools will say so" >&2
      fi
    fi
  else
    echo "setup: node/npm not found; the Word add-in tests that need Microsoft's npm tools are skipped" >&2
  fi
fi
