"""One running process of the student's: started apart from the app, its answers read on a thread, killed for sure.

``Child`` starts ``python -I runner.py`` (core/student/runner.py) in the student's folder with an
environment of its own (``clean_environment``: a few system variables and one BLAS thread), in a
process group of its own on POSIX, its stderr kept in a temporary file (faulthandler's lines, a
missing NumPy). A thread reads its frames (core/student/wire.py) into a queue, so a caller can wait
for an answer with a time limit. ``close`` asks it to exit, then kills it and its group.
The protocol on top — load the file, call a function, the verdicts — is core/student/sandbox.py.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import tempfile
import threading
import weakref
from pathlib import Path
from typing import Any

from .wire import WireError, read_frame, write_frame

RUNNER = Path(__file__).with_name("runner.py")
#: Environment variables passed on: Windows needs its system folders; the BLAS kernel keeps
#: the child's rounding the app's.
KEPT_VARIABLES = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "OPENBLAS_CORETYPE")
_FAULT_LINE = re.compile(r'File "<student (\d+)>", line (\d+) in (\S+)')


def clean_environment() -> dict[str, str]:
    """The child's environment: a few system variables and one BLAS thread (no PYTHON*, no PATH)."""
    env = {name: os.environ[name] for name in KEPT_VARIABLES if name in os.environ}
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", MPLBACKEND="Agg")
    return env


def _kill(process: subprocess.Popen) -> None:
    """End the child and whatever it started (its own process group on POSIX)."""
    if process.poll() is None:
        if os.name == "posix":
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            process.kill()
        except OSError:
            pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    for stream in (process.stdin, process.stdout):
        try:
            stream.close()
        except OSError:
            pass


def _end(process: subprocess.Popen, crash_log: Any) -> None:
    _kill(process)
    crash_log.close()


class Child:
    """One running child process and the thread reading its frames."""

    def __init__(self, python: str, cwd: Path, memory_mb: int, max_output: int, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.crash_log = tempfile.TemporaryFile()
        options = {"start_new_session": True} if os.name == "posix" else {
            "creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        try:
            self.process = subprocess.Popen(
                [python, "-I", str(RUNNER), "--memory", str(memory_mb * 2**20), "--max-output", str(max_output),
                 "--max-bytes", str(max_bytes)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.crash_log, cwd=str(cwd),
                env=clean_environment(), **options)
        except OSError:
            self.crash_log.close()
            raise
        # Forgotten without close() (the sandbox lost it), it is still killed and its log closed.
        self._finalizer = weakref.finalize(self, _end, self.process, self.crash_log)
        self.frames: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True, name="student-frames").start()

    def _read(self) -> None:
        try:
            while True:
                frame = read_frame(self.process.stdout, self.max_bytes)
                self.frames.put(("eof", None) if frame is None else ("frame", frame))
                if frame is None:
                    return
        except (WireError, OSError, ValueError) as error:
            self.frames.put(("bad", str(error)))

    def send(self, message: dict, value: Any = None) -> bool:
        try:
            write_frame(self.process.stdin, message, value)
            return True
        except (OSError, ValueError):  # the pipe closed: the process has died
            return False

    def receive(self, seconds: float) -> tuple[str, Any]:
        """("frame", (message, value)), ("eof", None), ("bad", why) or ("late", None) after ``seconds``."""
        try:
            return self.frames.get(timeout=max(seconds, 0.0))
        except queue.Empty:
            return "late", None

    def crash_text(self) -> str:
        """What the process wrote to its stderr (the first 64 KB)."""
        self.crash_log.seek(0)
        return self.crash_log.read(64 * 1024).decode("utf-8", "replace")

    def crash_reason(self) -> tuple[str, tuple[int, int, str] | None]:
        """How the process ended ("signal SIGSEGV", "exit code 3") and faulthandler's (chunk, line, function)."""
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        if code is None:
            reason = "no answer"
        elif code < 0:
            try:
                reason = f"signal {signal.Signals(-code).name}"
            except ValueError:
                reason = f"signal {-code}"
        else:
            reason = f"exit code {code}"
        match = _FAULT_LINE.search(self.crash_text())
        return reason, (int(match[1]), int(match[2]), match[3]) if match else None

    def close(self, polite: bool = True) -> None:
        if polite and self.process.poll() is None and self.send({"op": "exit"}):
            try:
                self.process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                pass
        self._finalizer()


__all__ = ["Child", "clean_environment", "KEPT_VARIABLES", "RUNNER"]
