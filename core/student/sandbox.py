"""The student's process, seen from the app: start it, load their file, call one function at a time.

Why ``subprocess`` with ``python -I runner.py`` rather than multiprocessing's "spawn":
the child starts from nothing of the app's — no import of the app's ``__main__``,
no inherited objects, no pickle in either direction — with ``-I`` (no PYTHON*
variables, no user site, neither the script's folder nor the current folder on
``sys.path``) and an environment holding only what NumPy needs. Frames of plain data
(``core.student.wire``) cross its stdin and stdout; killing it is one call.

Containment, and its limits by system:

* **time** — each call has a limit (default 5 s). On POSIX the child interrupts the
  student's code itself (SIGALRM) and says which line it was on; whatever happens,
  if no answer comes ``grace`` seconds after the limit the app kills the process
  (and its process group on POSIX) and the next call starts a fresh one. On Windows
  only the kill applies, so a time-out has no line.
* **memory** — on Linux ``RLIMIT_AS`` caps the child's address space at what it uses
  after importing NumPy plus ``memory_mb`` (default 1024): a huge allocation raises
  MemoryError, reported with its line. macOS does not enforce ``RLIMIT_AS`` and
  Windows has no ``resource`` module: there the child is not capped
  (``LoadReport.memory_limited`` is False); NumPy still refuses absurd sizes, and a
  large one slows the machine but cannot touch the app's memory.
* **crashes** — ``os._exit``, a segfault, being killed: the call reports "the process
  crashed" with the exit code or signal, and faulthandler's line when it left one;
  the next call restarts the process and reloads the file.
* **the app's state** — nothing is shared: arguments are copied into the child, results
  copied out as arrays and numbers, and the app never imports the student's code.

It is not a security boundary against code written to attack the app (the child runs
as the same user and can read and write what the user can), only against mistakes.
The child's working directory is the student's folder, which is also on its
``sys.path`` (after the standard library), as when they run their notebook.

One call at a time: a lock serialises callers. The GUI calls from a worker thread. The process
itself — starting, reading its answers, killing it — is ``core.student.child.Child``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .child import Child
from .loading import StudentFile
from .verdicts import Location, Verdict, verdict

DEFAULT_TIMEOUT = 5.0
DEFAULT_LOAD_TIMEOUT = 20.0
DEFAULT_MEMORY_MB = 1024
DEFAULT_MAX_OUTPUT = 4000
#: A call asked to stop (``abort``) is killed once it has run this long (most calls end well before).
ABORT_AFTER = 0.1
ABORT_POLL = 0.02
#: The largest answer accepted from the child (arrays included).
MAX_BYTES = 256 * 2**20


@dataclass(frozen=True)
class CallResult:
    """What one call did. ``status``: ok | error | timeout | exit | crash | missing | too_big | aborted."""

    status: str
    value: Any = None
    output: str = ""
    error_type: str = ""
    message: str = ""
    location: Location | None = None
    module: str | None = None  # the module an ImportError could not find
    name: str | None = None  # the name a NameError did not find
    exit_code: int | str | None = None
    reason: str = ""  # a crash: "signal SIGSEGV", "exit code 3"
    size: int = 0  # too_big: the bytes the answer would have had
    seconds: float = 0.0
    timeout: float = 0.0
    memory_limited: bool = False
    restarted: bool = False  # the process had died and was started again for this call

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class LoadReport:
    """The file as the child ran it: functions defined, problems (imports, errors), prints."""

    defined: frozenset[str]
    problems: tuple[Verdict, ...]
    skipped: int
    output: str
    memory_limited: bool
    started: bool = True


def default_python() -> str:
    """The interpreter for a student's file: the app's own, or in a standalone build (whose executable is
    the app itself) the python3 on PATH; without one, starting fails and is reported as such."""
    if getattr(sys, "frozen", False):
        return shutil.which("python3") or shutil.which("python") or "python3"
    return sys.executable


class Sandbox:
    """Runs a student's file in its own process; ``call`` runs one of its functions.

    ``timeout`` is each call's limit in seconds, ``memory_mb`` the memory the child may
    use beyond NumPy's own (Linux), ``max_output`` how many printed characters each call
    returns, ``max_bytes`` the largest answer accepted (bytes). ``python`` is the interpreter
    to start (default: the app's own; a frozen app must point it at a Python with NumPy).
    """

    def __init__(self, student: StudentFile, *, timeout: float = DEFAULT_TIMEOUT,
                 load_timeout: float = DEFAULT_LOAD_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                 max_output: int = DEFAULT_MAX_OUTPUT, grace: float = 1.0, start_timeout: float = 60.0,
                 python: str | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.student = student
        self.max_bytes = max_bytes
        self.timeout, self.load_timeout, self.grace, self.start_timeout = timeout, load_timeout, grace, start_timeout
        self.memory_mb, self.max_output = memory_mb, max_output
        self.python = python or default_python()
        self._child: Child | None = None
        self._report: LoadReport | None = None
        self._lost = False  # the last process died or was killed: the next call restarts
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ life cycle
    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._child is not None and self._child.process.poll() is None

    @property
    def pid(self) -> int | None:
        return None if self._child is None else self._child.process.pid

    def close(self) -> None:
        """End the process (politely, then for sure)."""
        with self._lock:
            if self._child is not None:
                self._child.close()
                self._child = None

    def reload(self, student: StudentFile) -> LoadReport:
        """Run a new version of the file (the student saved it) in a fresh process."""
        with self._lock:
            self.close()
            self.student, self._report, self._lost = student, None, False
            return self.load()

    def load(self) -> LoadReport:
        """Start the process and run the file's definitions (once; again after a crash)."""
        with self._lock:
            if self._report is None or not self.running:
                self._report = self._start()
            return self._report

    def _lose(self) -> None:
        if self._child is not None:
            self._child.close(polite=False)
        self._child, self._lost = None, True

    def _start(self) -> LoadReport:
        directory = self.student.directory
        cwd = directory if directory is not None and directory.is_dir() else Path(tempfile.gettempdir())
        if self._child is not None:  # a process that died or was killed from outside: end what is left of it
            self._child.close(polite=False)
        try:
            self._child = Child(self.python, cwd, self.memory_mb, self.max_output, self.max_bytes)
        except OSError as error:  # no such interpreter, no permission: reported, never raised into the app
            self._child, self._lost = None, True
            return LoadReport(frozenset(), (verdict("crashed", reason=error.strerror or str(error)),), 0, "", False,
                              started=False)
        kind, frame = self._child.receive(self.start_timeout)
        if kind != "frame" or frame[0].get("status") != "ready":
            reason, _ = self._child.crash_reason() if kind == "eof" else ("no answer", None)
            no_numpy = kind == "eof" and "No module named 'numpy'" in self._child.crash_text()
            self._lose()
            problem = verdict("no_numpy", python=self.python) if no_numpy else verdict("crashed", reason=reason)
            return LoadReport(frozenset(), (problem,), 0, "", False, started=False)
        memory_limited = bool(frame[0].get("memory_limited"))
        request = {"op": "load", "timeout": self.load_timeout,
                   "directory": None if directory is None else str(directory)}
        if not self._child.send(request, [chunk.source for chunk in self.student.chunks]):
            self._lose()
            return LoadReport(frozenset(), (verdict("crashed", reason="no answer"),), 0, "", memory_limited, False)
        kind, frame = self._child.receive(self.load_timeout + self.grace)
        if kind != "frame":
            reason, fault = self._child.crash_reason() if kind == "eof" else ("", None)
            self._lose()
            problem = (verdict("timeout", seconds=self.load_timeout) if kind == "late"
                       else self._crash_verdict(reason, fault))
            return LoadReport(frozenset(), (problem,), 0, "", memory_limited, started=False)
        answer = frame[0]
        problems = tuple(self._load_problem(problem) for problem in answer.get("problems", []))
        return LoadReport(frozenset(answer.get("defined", [])), problems, len(answer.get("skipped", [])),
                          str(answer.get("output", "")), memory_limited)

    def _crash_verdict(self, reason: str, fault: tuple[int, int, str] | None) -> Verdict:
        if fault is None:
            return verdict("crashed", reason=reason)
        return verdict("crashed_at", self.student.location(fault[0], fault[1], fault[2]), reason=reason)

    def _load_problem(self, problem: dict) -> Verdict:
        where = self.student.location(int(problem.get("chunk", 0)), int(problem.get("line", 1)), problem.get("function"))
        status = problem.get("status")
        if status == "timeout":
            return verdict("timeout_at", where, seconds=self.load_timeout)
        if status == "exit":
            return verdict("exited", where)
        if problem.get("type") == "ModuleNotFoundError" and problem.get("module"):
            return verdict("import_missing", where, module=problem["module"])
        return verdict("load_error", where, type=problem.get("type", "Error"), message=problem.get("message", ""))

    # ------------------------------------------------------------------ calls
    def call(self, name: str, *args: Any, seed: int | None = None, timeout: float | None = None,
             abort: Callable[[], bool] | None = None) -> CallResult:
        """Run the student's ``name(*args)`` in the child; never raises for anything the code does.

        ``seed`` seeds NumPy's global generator in the child first (as the course's tests do).
        ``abort`` is asked while the call runs: once it says so and the call has run ``ABORT_AFTER``
        seconds, the process is killed (the next call starts a fresh one) and the status is "aborted".
        """
        limit = self.timeout if timeout is None else timeout
        with self._lock:
            restarted = self._lost or (self._child is not None and not self.running)
            report = self.load()
            if not report.started:
                return CallResult("crash", reason=_reason(report), timeout=limit, restarted=restarted)
            self._lost = False
            if name not in report.defined:
                return CallResult("missing", timeout=limit, memory_limited=report.memory_limited)
            child = self._child
            start = time.monotonic()
            if not child.send({"op": "call", "name": name, "seed": seed, "timeout": limit}, list(args)):
                return self._crashed(child, limit, report, restarted)
            kind, frame = child.receive(limit + self.grace) if abort is None else \
                self._receive_unless(child, limit + self.grace, abort)
            if kind == "aborted":
                self._lose()
                return CallResult("aborted", timeout=limit, seconds=time.monotonic() - start,
                                  memory_limited=report.memory_limited, restarted=restarted)
            if kind == "late":
                self._lose()
                return CallResult("timeout", timeout=limit, seconds=time.monotonic() - start,
                                  memory_limited=report.memory_limited, restarted=restarted)
            if kind == "bad":  # the child wrote something that is not a frame: it is no longer trusted
                self._lose()
                return CallResult("crash", reason="malformed answer", timeout=limit,
                                  memory_limited=report.memory_limited, restarted=restarted)
            if kind != "frame":
                return self._crashed(child, limit, report, restarted)
            answer, value = frame
            return self._result(answer, value, limit, report.memory_limited, restarted)

    @staticmethod
    def _receive_unless(child: Child, seconds: float, abort: Callable[[], bool]) -> tuple[str, Any]:
        """``child.receive(seconds)``, or ("aborted", None) once ``abort()`` and ``ABORT_AFTER`` have passed."""
        start = time.monotonic()
        while True:
            elapsed = time.monotonic() - start
            kind, frame = child.receive(min(ABORT_POLL, seconds - elapsed))
            if kind != "late":
                return kind, frame
            elapsed = time.monotonic() - start
            if elapsed >= seconds:
                return kind, frame
            if elapsed >= ABORT_AFTER and abort():
                return "aborted", None

    def _crashed(self, child: Child, limit: float, report: LoadReport, restarted: bool) -> CallResult:
        reason, fault = child.crash_reason()
        self._lose()
        location = None if fault is None else self.student.location(fault[0], fault[1], fault[2])
        return CallResult("crash", reason=reason, location=location, timeout=limit,
                          memory_limited=report.memory_limited, restarted=restarted)

    def _result(self, answer: dict, value: Any, limit: float, memory_limited: bool, restarted: bool) -> CallResult:
        location = None
        if "line" in answer and "chunk" in answer:
            location = self.student.location(int(answer["chunk"]), int(answer["line"]), answer.get("function"))
        code = answer.get("code")
        return CallResult(
            str(answer.get("status")), value if answer.get("status") == "ok" else None, str(answer.get("output", "")),
            str(answer.get("type", "")), str(answer.get("message", "")), location, answer.get("module"),
            answer.get("name"), code if isinstance(code, (int, str)) or code is None else None,
            size=int(answer.get("bytes", 0)), seconds=float(answer.get("seconds", 0.0)), timeout=limit, memory_limited=memory_limited,
            restarted=restarted)


def _reason(report: LoadReport) -> str:
    for problem in report.problems:
        if "reason" in problem.args:
            return str(problem.args["reason"])
    return "no answer"
