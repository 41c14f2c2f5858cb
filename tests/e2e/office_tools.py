"""Microsoft's Office add-in tools from npm (tests/e2e/npm, installed by `scripts/setup.sh test`
with `npm ci`): office-addin-mock for the Word API in the browser tests, office-addin-manifest
for the manifest, @microsoft/office-js for loading the real office.js locally."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

NPM_DIR = Path(__file__).parent / "npm"
MODULES = NPM_DIR / "node_modules"
WORD_MOCK = Path(__file__).parent / "word_mock.js"


def require_npm_packages() -> Path:
    """node_modules of tests/e2e/npm, or skip (fail on CI when npm exists) with the reason."""
    if (MODULES / "office-addin-mock" / "lib").is_dir():
        return MODULES
    if not shutil.which("npm") or not shutil.which("node"):
        pytest.skip("node/npm is not installed, so Microsoft's Office add-in tools (office-addin-mock, "
                    "office-addin-manifest) cannot be installed; install nodejs and npm and run scripts/setup.sh test")
    reason = "tests/e2e/npm/node_modules is missing: run scripts/setup.sh test (npm ci in tests/e2e/npm)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def office_addin_mock_script() -> str:
    """office-addin-mock's CommonJS modules wrapped for the browser (window.OfficeAddinMock),
    followed by the Word API built from it (tests/e2e/word_mock.js)."""
    modules = require_npm_packages()
    lib = modules / "office-addin-mock" / "lib"
    sources = {
        "./officeMockObject": lib / "officeMockObject.js",
        "./host": lib / "host.js",
        "./possibleErrors": lib / "possibleErrors.js",
        # the only part of office-addin-manifest the mock uses: the OfficeApp names
        "office-addin-manifest": modules / "office-addin-manifest" / "lib" / "officeApp.js",
    }
    parts = ["(function () {", "const defs = {}, cache = {};"]
    for name, path in sources.items():
        parts.append(f"defs[{json.dumps(name)}] = function (module, exports, require) {{\n{path.read_text(encoding='utf-8')}\n}};")
    parts.append("""function req(name) {
  if (!(name in defs)) throw new Error("office-addin-mock bundle: no module " + name);
  if (!cache[name]) { const module = { exports: {} }; cache[name] = module; defs[name](module, module.exports, req); }
  return cache[name].exports;
}
window.OfficeAddinMock = req("./officeMockObject");
})();""")
    return "\n".join(parts) + "\n" + WORD_MOCK.read_text(encoding="utf-8")
