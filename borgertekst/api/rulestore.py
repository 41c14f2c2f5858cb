"""``RuleStore``: the rules a long-running server uses, reloaded when files change.

    store = RuleStore()              # shipped rules + configured local packs
    analyzer = store.analyzer()      # the current Analyzer; cheap to call per request

At most every ``interval`` seconds ``analyzer()`` hashes the contents of the
rule files (about a millisecond; contents, not modification times, so two quick
edits of the same size are not missed). ``watch()`` does the same from a thread
of its own, so a server process picks up a change even when no request comes.
``rules_hash`` names the rule set in service (a hash of its files): every
server process reports it, so one can see that all of them serve the same
rules. When something changed,
the new rule set is linted (schema, regexes, examples, contradictions) in a
background thread while requests keep using the current analyzer. A valid set
replaces the old one;
an invalid one is refused: the last good analyzer keeps serving and
``last_error`` holds the Danish lint messages (file:line). Nothing is lost.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from pathlib import Path

from ..rulebook.loader import RuleFileError, shipped_rules_dir
from ..rulebook.packs import config_files, local_pack_dirs

log = logging.getLogger("borgertekst.rules")


def files_hash(paths) -> str:
    """A hash of the names and contents of ``paths`` (in sorted order; unreadable files left out)."""
    digest = hashlib.blake2b(digest_size=16)
    for p in sorted(Path(p) for p in paths):
        try:
            content = p.read_bytes()
        except OSError:
            continue
        digest.update(str(p).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(len(content).to_bytes(8, "little"))
        digest.update(content)
    return digest.hexdigest()


def data_hash(paths) -> str | None:
    """A hash of the names and parsed YAML data of ``paths``: the same for two versions that differ only in
    comments, blank lines or layout, since the engine reads the data. None when a file cannot be read."""
    import json

    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    digest = hashlib.blake2b(digest_size=16)
    for p in sorted(Path(p) for p in paths):
        try:
            data = yaml.load(p.read_text(encoding="utf-8"), Loader=loader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return None
        digest.update(str(p).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8") + b"\0")
    return digest.hexdigest()


class RuleStore:
    def __init__(self, shipped: Path | None = None, local: list[Path] | None = None, *, nlp=None,
                 interval: float = 1.0, check_examples: bool = True, background: bool = True,
                 shared_lint: bool = False):
        from ..nlp import load

        self.shipped = Path(shipped) if shipped else shipped_rules_dir()
        self._local = [Path(p) for p in local] if local is not None else None
        self.interval = interval
        self.check_examples = check_examples
        self.background = background  # reload in a thread; requests keep the current analyzer meanwhile
        # server processes: lint in a child process (its own CPU, not the requests' interpreter lock),
        # once per rule set for all processes of this user (a lock file; the others read the result)
        self.shared_lint = shared_lint
        self._thread: threading.Thread | None = None
        self.nlp = nlp or load()
        self.last_error: str | None = None
        self.generation = 0  # how many rule sets have been put in service
        self.rules_hash = ""  # hash of the files of the rule set in service
        self.refused = False  # the latest change of the files was refused (an older set serves)
        self._watcher: threading.Thread | None = None
        self._lock = threading.Lock()
        self._checked = time.monotonic()
        self._stamp = self._scan()
        self._data = data_hash(self._paths())  # the parsed data of the set in service
        self._analyzer = None
        self._known: set[tuple] = set()  # errors present in the rules at start
        if not self._load():
                raise RuleFileError(self.shipped, f"reglerne kan ikke bruges:\n{self.last_error}")

    @property
    def local(self) -> list[Path]:
        return self._local if self._local is not None else local_pack_dirs()

    def analyzer(self):
        """The analyzer to use now; looks for changed rules at most every ``interval`` s.

        A change is linted and loaded in a background thread (``background=True``);
        until it is done, and if it is refused, the current analyzer is returned."""
        now = time.monotonic()
        if now - self._checked >= self.interval and self._lock.acquire(blocking=False):
            self._checked = now
            if not self.background:
                try:
                    self._refresh()
                finally:
                    self._lock.release()
            elif self._scan() != self._stamp:
                self._thread = threading.Thread(target=self._refresh_and_release, name="borgertekst-rules",
                                                daemon=True)
                self._thread.start()  # holds the lock until the new rules are checked
            else:
                self._lock.release()
        return self._analyzer

    def watch(self, every: float | None = None) -> None:
        """Check for changed rules every ``every`` seconds (default ``interval``, at least 0.2 s)
        from a daemon thread of its own, whether requests come or not. Idempotent."""
        if self._watcher is not None and self._watcher.is_alive():
            return
        period = max(0.2, every if every is not None else self.interval)

        def loop() -> None:
            while True:
                time.sleep(period)
                try:
                    seen = self._scan()
                    if seen == self._stamp:
                        continue
                    # an editor or a copy may still be writing: wait until the files stay the same
                    # for a moment, so an intermediate state is not linted for nothing
                    time.sleep(0.3)
                    if self._scan() != seen:
                        continue
                    if self._lock.acquire(timeout=period):
                        try:
                            self._checked = time.monotonic()
                            self._refresh()
                        finally:
                            self._lock.release()
                except Exception:  # never let the watcher die; the last good rules keep serving
                    log.exception("rule check failed; the last good rule set keeps serving")

        self._watcher = threading.Thread(target=loop, name="borgertekst-rules-watch", daemon=True)
        self._watcher.start()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background reload to finish (for tests and tools)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _refresh_and_release(self) -> None:
        try:
            self._refresh()
        except Exception:  # never let a reload kill the server; keep the last good rules
            log.exception("rule reload failed; the last good rule set keeps serving")
        finally:
            self._lock.release()

    def reload(self) -> bool:
        """Check the files now. True when the current analyzer is built from them."""
        with self._lock:
            self._checked = time.monotonic()
            self._refresh()
            return self.last_error is None

    def _refresh(self) -> None:
        paths = self._paths()
        stamp = files_hash(paths)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        data = data_hash(paths)
        if data is not None and data == self._data and self._analyzer is not None:
            # only comments or layout changed (or a refused change was undone): the files now hold the data
            # of the set in service, so it serves on under their hash without linting and building it again
            self.rules_hash = stamp
            self.refused, self.last_error = False, None
            log.info("rules in service: generation=%d hash=%s (the same rule data)", self.generation, stamp)
            return
        if self._load() and not self.refused:
            self._data = data

    def _paths(self) -> list[Path]:
        """Every file the rule set is built from."""
        paths: list[Path] = []
        for folder in [self.shipped, *self._safe_local()]:
            if folder.is_dir():
                paths.extend(p for p in folder.rglob("*.yaml"))
        paths.extend(p for p in config_files() if self._local is None and p.is_file())
        return paths

    def _scan(self) -> str:
        """A hash of the names and contents of every file the rule set is built from."""
        return files_hash(self._paths())

    def _safe_local(self) -> list[Path]:
        try:
            return self.local
        except RuleFileError:
            return []

    def _load(self) -> bool:
        """Lint and (if valid) put the rule set in service. False when refused."""
        from ..engine import Analyzer
        from .. import rulelint

        started = time.perf_counter()
        stamp = self._stamp  # the files this set is built from (hashed before they were read)
        try:
            local = self.local
        except RuleFileError as exc:
            if self._analyzer is None:
                self.last_error = str(exc)
                return False
            return self._refuse(str(exc), ["lokal-pakke"])
        if self.shared_lint:
            result = self._shared_lint(local, stamp)
        else:
            result = rulelint.lint(None, shipped=self.shipped, local=local, examples=self.check_examples,
                                   nlp=self.nlp)
        if not result.ok:
            message = "\n".join(str(m) for m in result.errors)
            new = [m for m in result.errors if m.key() not in self._known]
            if self._analyzer is not None and (new or result.ruleset is None):
                return self._refuse("\n".join(str(m) for m in new) or message, sorted({m.kind for m in new}))
            self.last_error = message
            if result.ruleset is None:
                return False
            # Errors that were already there when the store started (nothing older to serve)
            # do not block later changes; only a change that adds errors is refused.
            self._known = {m.key() for m in result.errors}
            log.warning("rules have problems (%s); serving them anyway:\n%s", ",".join(sorted(result.kinds())),
                        message)
            self._analyzer = result.analyzer or Analyzer(result.ruleset, nlp=self.nlp)
            self.generation += 1
            self.rules_hash = stamp
            self.refused = False
            return True
        ruleset = result.ruleset
        if ruleset is None:  # examples were not run, so lint did not load the set
            from ..rulebook.loader import load_ruleset

            ruleset = load_ruleset(self.shipped, local=local)
        self._analyzer = result.analyzer or Analyzer(ruleset, nlp=self.nlp)
        self.last_error = None
        self._known = set()
        self.generation += 1
        self.rules_hash = stamp
        self.refused = False
        log.info("rules in service: generation=%d hash=%s rules=%d packs=%d (%.2fs)", self.generation, stamp,
                 len(ruleset.rules), len(ruleset.packs), time.perf_counter() - started)
        return True

    def _shared_lint(self, local: list[Path], stamp: str):
        """``lint`` run in a forked child; the result is shared through a private folder with the
        other server processes, which wait for the first one's answer instead of linting again."""
        import fcntl
        import json
        import os
        import tempfile

        from .. import rulelint
        from ..rulebook.lint import LintMessage, LintResult
        from ..rulebook.loader import load_ruleset

        def run() -> dict:
            # Without the contradiction check (two thirds of the lint's time): it gives warnings,
            # never errors, so it cannot refuse a change; `rules lint` still reports them.
            result = rulelint.lint(None, shipped=self.shipped, local=local, examples=self.check_examples,
                                   nlp=self.nlp, contradictions=False)
            return {"loadable": result.ruleset is not None,
                    "messages": [[str(m.path), m.line, m.kind, m.message] for m in result.messages]}

        def in_child() -> dict:
            from .heavy import HeavyPool  # the same fork-and-pipe as the API's heavy requests

            return HeavyPool(workers=1, queue=0, time_limit=600, nice=0).run(run)

        folder = Path(tempfile.gettempdir()) / f"borgertekst-lint-{os.getuid()}"
        key = hashlib.blake2b(f"{stamp}\0{self.check_examples}\0{self.shipped}\0{local}".encode(),
                              digest_size=16).hexdigest()
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            st = folder.stat()
            private = st.st_uid == os.getuid() and not st.st_mode & 0o077
        except OSError:
            private = False
        if not private:
            data = in_child()
        else:
            answer = folder / f"{key}.json"
            with open(folder / f"{key}.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be linting this set right now
                try:
                    fresh = time.time() - answer.stat().st_mtime < 600
                except OSError:
                    fresh = False
                if fresh:
                    data = json.loads(answer.read_text(encoding="utf-8"))
                else:
                    data = in_child()
                    tmp = answer.with_suffix(f".{os.getpid()}.tmp")
                    tmp.write_text(json.dumps(data), encoding="utf-8")
                    os.replace(tmp, answer)
        result = LintResult(messages=[LintMessage(Path(p), line, kind, message)
                                      for p, line, kind, message in data["messages"]])
        if data["loadable"]:
            try:
                result.ruleset = load_ruleset(self.shipped, local=local)
            except RuleFileError as exc:  # the files changed again meanwhile; the next check sees it
                result.messages.append(LintMessage(exc.path, exc.line, "lokal-pakke", exc.detail))
        return result

    def _refuse(self, message: str, kinds: list[str]) -> bool:
        self.last_error = message
        self.refused = True
        # lint messages name rule files and rule examples, never a letter
        log.warning("changed rules refused (%s); the last good rule set keeps serving:\n%s", ",".join(kinds), message)
        return False
