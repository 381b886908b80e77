"""Reading a student's file, without running it: which course functions it defines, and how.

``load_student_file(path)`` reads a ``.py`` or a notebook (``.ipynb``: its code cells in
order, parsed from the JSON here) and parses each part with ``ast``: nothing of the
student's runs in the app, and the file is only ever opened for reading. It reports

* syntax errors, with the line (and cell) and Python's message;
* every top-level ``def``: its signature, where it is, whether its body is still the
  skeleton's (``raise NotImplementedError``, ``pass``, ``return None``): "not written yet";
* for a course function, a signature that does not fit the course's
  ("linear_backward(dZ, cache) expected, got linear_backward(cache, dZ)");
* the top-level statements that will not run: only imports, definitions and
  constants run (``runner.is_definition``), so a notebook's test and training cells
  never slow a check down;
* the weeks the file is about (``course.weeks_of``).

IPython's ``%magic`` and ``!shell`` lines become comments (a ``%%`` cell is left out),
keeping every other line where it was, so line numbers stay the student's.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..errors import BackpropStudioError
from .course import CourseFunction, StudentSignature, match_entry, weeks_of
from .runner import is_definition
from .verdicts import Location, Verdict, verdict

NOTEBOOK_SUFFIX = ".ipynb"


class StudentFileError(BackpropStudioError, ValueError):
    """The file cannot be read as Python or as a notebook; the message says why."""


@dataclass(frozen=True)
class Chunk:
    """A piece of code run as a whole: the .py file, or one code cell (``cell`` counts code cells from 1)."""

    source: str
    cell: int | None = None


@dataclass(frozen=True)
class DefinedFunction:
    """A top-level ``def`` of the file; ``entry`` is its course function (None for a helper of the student's);
    ``mismatch`` is (expected, got) when its signature does not fit the course's."""

    signature: StudentSignature
    location: Location
    written: bool
    entry: CourseFunction | None = None
    mismatch: tuple[str, str] | None = None

    @property
    def name(self) -> str:
        return self.signature.name


@dataclass(frozen=True)
class StudentFile:
    """What the app knows about a student's file before running any of it."""

    path: Path | None
    kind: str  # "py" | "ipynb"
    chunks: tuple[Chunk, ...]
    functions: Mapping[str, DefinedFunction] = field(default_factory=dict)
    problems: tuple[Verdict, ...] = ()  # syntax errors
    skipped: tuple[Location, ...] = ()
    imports: tuple[tuple[str, Location], ...] = ()
    fingerprint: str = ""

    @property
    def weeks(self) -> tuple[int, ...]:
        """The course weeks the file is about."""
        return weeks_of(name for name, function in self.functions.items() if function.entry is not None)

    @property
    def directory(self) -> Path | None:
        """The folder the file is in (its own modules and data are found from there)."""
        return None if self.path is None else self.path.parent

    def location(self, chunk: int, line: int, function: str | None = None) -> Location:
        """The student's place for line ``line`` of chunk ``chunk``."""
        cell = self.chunks[chunk].cell if 0 <= chunk < len(self.chunks) else None
        return Location(line, cell, function)

    def hidden_by_syntax_error(self, name: str) -> Verdict | None:
        """The syntax error of the part that defines ``name`` (found in its text), if that part has one."""
        pattern = re.compile(rf"^\s*(async\s+)?def\s+{re.escape(name)}\s*\(", re.MULTILINE)
        for problem in self.problems:
            if problem.code != "syntax_error":
                continue
            chunks = [chunk for chunk in self.chunks if chunk.cell == problem.location.cell]
            if any(pattern.search(chunk.source) for chunk in chunks):
                return problem
        return None


def _decode_python(data: bytes) -> str:
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        raise StudentFileError("student.not_text", reason=str(error)) from None


def _strip_magics(source: str) -> str | None:
    """The cell with IPython's %line magics and !shell lines commented out; None for a %%cell magic."""
    if source.lstrip().startswith("%%"):
        return None
    lines = []
    for line in source.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            indent = line[: len(line) - len(stripped)]
            # Indented, the magic may be a block's only statement: `pass` keeps the block valid.
            line = f"{indent}pass  # {stripped}" if indent else f"# {stripped}"
        lines.append(line)
    return "\n".join(lines)


def notebook_cells(data: bytes) -> list[str]:
    """The sources of a notebook's code cells, in order (nbformat 4, and 3's worksheets)."""
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise StudentFileError("student.notebook_not_utf8", reason=str(error)) from None
    except json.JSONDecodeError as error:
        raise StudentFileError("student.notebook_not_json", line=error.lineno, reason=error.msg) from None
    if not isinstance(notebook, dict):
        raise StudentFileError("student.no_cells")
    cells = notebook.get("cells")
    key = "source"
    if cells is None and isinstance(notebook.get("worksheets"), list) and notebook["worksheets"]:
        cells, key = notebook["worksheets"][0].get("cells"), "input"  # nbformat 3
    if not isinstance(cells, list):
        raise StudentFileError("student.no_cells")
    sources = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get(key, "")
        if isinstance(source, list):  # nbformat stores a cell's source as a string or a list of lines
            source = "".join(str(part) for part in source)
        sources.append(str(source))
    return sources


def _arguments(node: ast.FunctionDef | ast.AsyncFunctionDef) -> StudentSignature:
    positional = [arg.arg for arg in (*node.args.posonlyargs, *node.args.args)]
    return StudentSignature(node.name, tuple(positional), len(node.args.defaults), node.args.vararg is not None)


def _is_placeholder(statement: ast.stmt) -> bool:
    """A statement the skeleton puts in a body: docstring, pass, ..., raise NotImplementedError, return None."""
    if isinstance(statement, ast.Pass):
        return True
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
        return True
    if isinstance(statement, ast.Raise):
        exc = statement.exc.func if isinstance(statement.exc, ast.Call) else statement.exc
        return isinstance(exc, ast.Name) and exc.id == "NotImplementedError"
    if isinstance(statement, ast.Return):
        return statement.value is None or (isinstance(statement.value, ast.Constant) and statement.value.value is None)
    return False


def is_written(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """False while the body is still the skeleton's."""
    return not all(_is_placeholder(statement) for statement in node.body)


def analyse(chunks: list[Chunk], kind: str, path: Path | None = None, fingerprint: str = "") -> StudentFile:
    """Parse ``chunks`` and describe the file (see the module's docstring)."""
    nodes: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, Location]] = []
    problems: list[Verdict] = []
    skipped: list[Location] = []
    imports: list[tuple[str, Location]] = []
    for chunk in chunks:
        try:
            tree = ast.parse(chunk.source)
        except SyntaxError as error:
            where = Location(error.lineno or 1, chunk.cell)
            problems.append(verdict("syntax_error", where, message=error.msg))
            continue
        except (ValueError, MemoryError, RecursionError) as error:  # null bytes, absurd nesting
            problems.append(verdict("syntax_error", Location(1, chunk.cell), message=str(error)))
            continue
        for node in tree.body:
            where = Location(node.lineno, chunk.cell)
            if not is_definition(node):
                skipped.append(where)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                nodes.append((node, Location(node.lineno, chunk.cell, node.name)))
            elif isinstance(node, ast.Import):
                imports += [(alias.name, where) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imports.append((node.module, where))
    defined = [node.name for node, _ in nodes]
    weeks = weeks_of(defined)
    functions: dict[str, DefinedFunction] = {}
    for node, where in nodes:  # a name defined twice: the last definition is the one that runs
        signature = _arguments(node)
        entry, mismatch = match_entry(signature, weeks)
        functions[node.name] = DefinedFunction(signature, where, is_written(node), entry, mismatch)
    return StudentFile(path, kind, tuple(chunks), MappingProxyType(functions), tuple(problems), tuple(skipped),
                       tuple(imports), fingerprint)


def from_source(source: str, kind: str = "py", path: Path | None = None) -> StudentFile:
    """A StudentFile from text: Python source, or a notebook's JSON when ``kind`` is "ipynb"."""
    data = source.encode("utf-8")
    return _from_bytes(data, kind, path)


def _from_bytes(data: bytes, kind: str, path: Path | None) -> StudentFile:
    fingerprint = hashlib.sha256(data).hexdigest()
    if kind == "ipynb":
        chunks = []
        for number, cell in enumerate(notebook_cells(data), start=1):
            source = _strip_magics(cell)
            chunks.append(Chunk("" if source is None else source, number))
    else:
        chunks = [Chunk(_decode_python(data))]
    return analyse(chunks, kind, path, fingerprint)


def load_student_file(path: str | Path) -> StudentFile:
    """Read and analyse a student's .py or .ipynb (never writes to it).

    Raises StudentFileError when it cannot be read at all (missing, not text, not a notebook).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise StudentFileError("file.cannot_read", name=path.name, reason=error.strerror or str(error)) from None
    kind = "ipynb" if path.suffix.lower() == NOTEBOOK_SUFFIX else "py"
    return _from_bytes(data, kind, path.resolve())


def file_fingerprint(path: str | Path) -> str:
    """A hash of the file's bytes: it changes when the student saves a change (for a file watcher)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""
