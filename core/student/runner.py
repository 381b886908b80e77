"""The student's process: loads their code and runs one of their functions per request.

``core.student.sandbox`` starts it as ``python -I runner.py --memory BYTES --max-output CHARS``
with a clean environment and talks to it over its stdin and stdout in frames of
plain data (``wire.py``, loaded from this folder by path: under ``-I`` the folder is
not on ``sys.path``, and it is not put there, so the student's ``import`` never
reaches the app's modules). Only the standard library and NumPy are imported.

What it contains, and how:

* prints — ``sys.stdout``/``sys.stderr`` are capped buffers returned with each answer;
  file descriptors 0, 1 and 2 are pointed at the null device, so neither ``input()``
  nor a C library's ``printf`` can touch the frames (which use duplicates of them);
* endless loops — a timer (SIGALRM, POSIX) raises ``TimeUp`` in the student's code,
  so the answer names the line it was on; the app kills the process if no answer
  comes soon after the limit (a loop stuck in C, or one that swallows TimeUp);
* huge allocations — ``RLIMIT_AS`` caps the address space at what is in use once
  NumPy is imported plus ``--memory`` bytes (Linux; see sandbox.py for other systems),
  so NumPy raises MemoryError instead of the machine swapping;
* ``exit()`` — SystemExit is caught and reported; ``os._exit`` and a segfault end the
  process, and faulthandler writes the student's line to the stderr the app keeps.
"""

from __future__ import annotations

import ast
import builtins
import faulthandler
import importlib.util
import io
import os
import signal
import sys
import time
import types

import numpy as np

#: Top-level statements a load runs: imports, definitions, and constants.
DEFINITION_NODES = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
CHUNK_PREFIX = "<student "


class TimeUp(BaseException):
    """Raised in the student's code when the call's time is up (a BaseException: ``except Exception`` lets it by)."""


def is_definition(node: ast.stmt) -> bool:
    """True for a top-level statement that only defines: an import, a def, a class, a constant,
    or a ``try``/``if`` made only of those (``try: import x`` / ``except ImportError: ...``)."""
    if isinstance(node, DEFINITION_NODES):
        return True
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return True  # a docstring
    if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
        try:
            ast.literal_eval(node.value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return False
        return True
    if isinstance(node, ast.Try):
        blocks = [node.body, node.orelse, node.finalbody, *[handler.body for handler in node.handlers]]
        return all(is_definition(child) or isinstance(child, ast.Pass) for block in blocks for child in block)
    return False


def _time_up(signum, frame) -> None:
    raise TimeUp()


class CappedText(io.TextIOBase):
    """A text stream keeping the first ``limit`` characters and counting the rest."""

    def __init__(self, limit: int) -> None:
        self.limit, self.parts, self.kept, self.dropped = limit, [], 0, 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        room = self.limit - self.kept
        self.parts.append(text[:max(room, 0)])
        self.kept += min(len(text), max(room, 0))
        self.dropped += max(len(text) - max(room, 0), 0)
        return len(text)

    def take(self) -> str:
        text = "".join(self.parts)
        if self.dropped:
            text += f"\n… ({self.dropped} more characters)"
        self.parts, self.kept, self.dropped = [], 0, 0
        return text


# ----------------------------------------------------------------------------- the course's given helpers
def _course_helpers() -> types.ModuleType:
    """The course's dnn_utils (sigmoid, relu and their backward steps), for a file that imports them
    and has no copy next to it. A real dnn_utils.py next to the student's file wins."""
    module = types.ModuleType("dnn_utils")

    def sigmoid(Z):
        A = 1 / (1 + np.exp(-Z))
        return A, Z

    def relu(Z):
        A = np.maximum(0, Z)
        return A, Z

    def relu_backward(dA, cache):
        dZ = np.array(dA, copy=True)
        dZ[cache <= 0] = 0
        return dZ

    def sigmoid_backward(dA, cache):
        s = 1 / (1 + np.exp(-cache))
        return dA * s * (1 - s)

    for function in (sigmoid, relu, relu_backward, sigmoid_backward):
        setattr(module, function.__name__, function)
    return module


class _HelperFinder:
    """A last-resort import finder providing ``dnn_utils`` and ``dnn_utils_v2``."""

    NAMES = ("dnn_utils", "dnn_utils_v2")

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name in cls.NAMES:
            return importlib.util.spec_from_loader(name, cls)
        return None

    @staticmethod
    def create_module(spec):
        return _course_helpers()

    @staticmethod
    def exec_module(module):
        return None


# ----------------------------------------------------------------------------- running student code
class Runner:
    """The student's namespace and the rules for running code in it."""

    def __init__(self, max_output: int, memory_limited: bool) -> None:
        self.namespace: dict = {"__name__": "student", "__builtins__": builtins}
        self.output = CappedText(max_output)
        self.memory_limited = memory_limited

    def _where(self, tb, outermost: bool = False) -> dict:
        """A frame of the traceback in the student's code (chunk, line, function): the deepest, where
        an exception was raised; or the outermost, the function that was called, for a time limit
        (where a loop interrupted at any moment is: the deepest frame may be a helper it calls)."""
        where = {}
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename.startswith(CHUNK_PREFIX):
                chunk = int(code.co_filename[len(CHUNK_PREFIX):-1])
                where = {"chunk": chunk, "line": tb.tb_lineno,
                         "function": None if code.co_name == "<module>" else code.co_name}
                if outermost:
                    break
            tb = tb.tb_next
        return where

    def _run(self, action, timeout: float):
        """Run ``action()`` with the output captured and the timer set; returns (status, value, details)."""
        sys.stdout = sys.stderr = self.output
        timer = timeout > 0 and hasattr(signal, "setitimer")  # POSIX; elsewhere the app's kill is the limit
        if timer:
            signal.signal(signal.SIGALRM, _time_up)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            try:
                return "ok", action(), {}
            finally:
                if timer:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        except TimeUp as error:
            return "timeout", None, self._where(error.__traceback__, outermost=True)
        except SystemExit as error:
            code = error.code if isinstance(error.code, (int, str, type(None))) else repr(error.code)
            return "exit", None, dict(self._where(error.__traceback__), code=code)
        except BaseException as error:  # everything the student's code can raise is reported, never fatal
            details = dict(self._where(error.__traceback__), type=type(error).__name__,
                           message=str(error)[:2000])
            if isinstance(error, ImportError) and error.name:
                details["module"] = error.name
            if isinstance(error, NameError) and getattr(error, "name", None):
                details["name"] = error.name
            if isinstance(error, MemoryError):
                details["memory_limited"] = self.memory_limited
            return "error", None, details

    def load(self, request: dict) -> dict:
        """Run each chunk's definitions (statement by statement: one failing import hides nothing else)."""
        problems, skipped = [], []
        directory = request.get("directory")
        if directory and directory not in sys.path:
            sys.path.append(directory)  # the student's own helper modules, after the standard library's
        deadline = time.monotonic() + float(request.get("timeout", 0))
        for index, source in enumerate(request["chunks"]):
            label = f"{CHUNK_PREFIX}{index}>"
            try:
                tree = ast.parse(source, label)
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                continue  # the app has reported it from its own parse
            for node in tree.body:
                if not is_definition(node):
                    skipped.append({"chunk": index, "line": node.lineno})
                    continue
                code = compile(ast.Module([node], type_ignores=[]), label, "exec")
                left = max(deadline - time.monotonic(), 0.01) if request.get("timeout") else 0
                status, _, details = self._run(lambda: exec(code, self.namespace), left)
                if status != "ok":  # reported at the statement that failed (a def, not its decorator's body)
                    problems.append(dict(details, status=status, chunk=index, line=node.lineno, function=None))
        defined = sorted(name for name, value in self.namespace.items()
                         if isinstance(value, types.FunctionType) and not name.startswith("__"))
        return {"status": "ok", "defined": defined, "problems": problems, "skipped": skipped,
                "output": self.output.take()}

    def call(self, request: dict, args: tuple) -> tuple[dict, object]:
        """Call the student's function ``request["name"]`` with ``args``."""
        function = self.namespace.get(request["name"])
        if not callable(function):
            return {"status": "missing"}, None
        if request.get("seed") is not None:
            np.random.seed(request["seed"])  # as the course's tests seed before calling
        start = time.perf_counter()
        status, value, details = self._run(lambda: function(*args), float(request.get("timeout", 0)))
        answer = dict(details, status=status, seconds=time.perf_counter() - start, output=self.output.take())
        return answer, value


def _limit_memory(budget: int) -> bool:
    """Cap the address space at what is in use now plus ``budget`` bytes; False where that is impossible."""
    if budget <= 0:
        return False
    try:
        import resource

        with open("/proc/self/statm") as statm:
            in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (in_use + budget, in_use + budget))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file behind
        return True
    except (ImportError, OSError, ValueError, AttributeError):
        return False


def _load_wire() -> types.ModuleType:
    """wire.py from this file's folder, by path (the folder is not put on sys.path)."""
    spec = importlib.util.spec_from_file_location("_backprop_wire", os.path.join(os.path.dirname(__file__), "wire.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    """Serve requests until the app closes the pipe or says "exit"."""
    wire = _load_wire()
    options = dict(zip(argv[1::2], argv[2::2]))
    budget, max_output = int(options.get("--memory", "0")), int(options.get("--max-output", "4000"))
    max_bytes = int(options.get("--max-bytes", str(256 * 2**20)))
    # The frames use private copies of fds 0 and 1; the originals go to the null device.
    frames_in = os.fdopen(os.dup(0), "rb", buffering=0)
    frames_out = os.fdopen(os.dup(1), "wb", buffering=0)
    crash_log = os.fdopen(os.dup(2), "w")
    faulthandler.enable(file=crash_log)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    sys.stdin = io.StringIO("")
    sys.meta_path.append(_HelperFinder)
    runner = Runner(max_output, _limit_memory(budget))
    wire.write_frame(frames_out, {"status": "ready", "memory_limited": runner.memory_limited,
                                  "python": sys.version.split()[0], "numpy": np.__version__})
    while True:
        frame = wire.read_frame(frames_in, max_bytes)
        if frame is None:
            return 0
        request, value = frame
        if request.get("op") == "load":
            answer, result = runner.load(dict(request, chunks=value)), None
        elif request.get("op") == "call":
            answer, result = runner.call(request, tuple(value))
        else:
            return 0
        blobs: list[bytes] = []
        tree = wire.pack(result, blobs)
        frame = wire.encode(dict(answer, value=tree, blobs=[len(blob) for blob in blobs]), blobs)
        if len(frame) > max_bytes // 2 or len(frame) - sum(len(blob) for blob in blobs) > wire.MAX_HEADER // 2:
            small = {"status": "too_big", "bytes": len(frame), "output": answer.get("output", ""), "value": None,
                     "blobs": []}
            frame = wire.encode(small, [])
        frames_out.write(frame)
        frames_out.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
