"""Update the translation sources (.ts) from the code and compile them (.qm).

    .venv/bin/python tools/update_translations.py           lupdate + lrelease
    .venv/bin/python tools/update_translations.py --check   exit 1 if a .ts misses strings of
                                                             the code or a .qm is out of date

(from the repository's folder, with the venv of the README: it needs PySide6's lupdate and lrelease).

lupdate scans every gui/**/*.py for ``self.tr("...")`` and
``QCoreApplication.translate("Context", "...")`` and merges new strings into
resources/i18n/backprop_studio_<code>.ts (translations already made are kept;
strings no longer in the code are marked vanished). lrelease then compiles each
.ts to the .qm the app loads (gui/support/i18n.py). See resources/i18n/README.md.

Strings lupdate cannot see are added too, through a generated source file of
``QT_TRANSLATE_NOOP("Context", "...")`` lines (``extra_messages``): the lesson
texts (context "Lessons"), the datasets' names and descriptions ("DatasetSpec"),
the activations' names ("Activations"), the templates of core's messages
(core/messages.py MESSAGES, context "CoreMessages"), and literal calls of one-line wrappers
such as ``def _tr(text): return QCoreApplication.translate("Autosave", text)``.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_DIRS = ("gui",)
LANGUAGES = ("zh_CN",)  # English is the source language: it needs no catalogue
CATALOG = "backprop_studio"


def tool(name: str) -> str:
    """pyside6-<name> next to this Python (a venv) or on PATH."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"update_translations.py: error: pyside6-{name} not found (pip install PySide6-Essentials)")


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python file whose strings the user can see, sorted so the .ts order is stable."""
    return sorted(p for d in SOURCE_DIRS for p in (root / d).rglob("*.py") if "__pycache__" not in p.parts)


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """{function name: context} of the module's ``def f(text): return ….translate("Context", text)`` helpers."""
    wrappers = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args or not node.body:
            continue
        last = node.body[-1]
        call = last.value if isinstance(last, ast.Return) else None
        if not isinstance(call, ast.Call) or len(call.args) < 2:
            continue
        name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        context, text = call.args[0], call.args[1]
        if (name == "translate" and isinstance(context, ast.Constant) and isinstance(context.value, str)
                and isinstance(text, ast.Name) and text.id == node.args.args[0].arg):
            wrappers[node.name] = context.value
    return wrappers


def wrapper_messages(files: list[Path]) -> list[tuple[str, str]]:
    """(context, text) of every literal ``_tr("...")`` call of a translate wrapper in ``files``."""
    found = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = _wrapper_contexts(tree)
        for node in ast.walk(tree) if wrappers else ():
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((wrappers[node.func.id], node.args[0].value))
    return found


def literal_calls(files: list[Path]) -> list[tuple[Path, int, str]]:
    """(file, line, text) of every tr("..."), translate("Context", "...") and QT_TRANSLATE_NOOP call."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"tr": 0, "QT_TR_NOOP": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((path, node.lineno, text.value))
    return found


def core_texts() -> list[tuple[str, str]]:
    """(context, text) of the English texts ``core`` holds as data and the GUI translates."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
        __import__("main").use_checkout()  # the checkout's code, as backprop_studio
    from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS, get_activation
    from backprop_studio.core.data.datasets import DATASETS
    from backprop_studio.core.messages import MESSAGES
    from backprop_studio.core.teaching import plug_in, questions
    from backprop_studio.core.teaching.lessons import all_texts

    found = [("Lessons", text) for text in all_texts()]
    found += [("Questions", text) for text in questions.all_texts()]
    found += [("PlugIn", text) for text in plug_in.all_texts()]
    for spec in DATASETS.values():
        found += [("DatasetSpec", spec.label), ("DatasetSpec", spec.description)]
    found.append(("DatasetSpec", "noise:"))  # where a translated description says what noise does
    names = dict.fromkeys(HIDDEN_ACTIVATIONS + OUTPUT_ACTIVATIONS)
    found += [("Activations", get_activation(name).label) for name in names]
    found += [("CoreMessages", template) for template in MESSAGES.values()]
    return found



def extra_messages(files: list[Path] | None = None) -> list[tuple[str, str]]:
    """Every (context, text) lupdate cannot find by itself, without duplicates."""
    return list(dict.fromkeys(core_texts() + wrapper_messages(sources() if files is None else files)))


def write_extra_source(directory: Path, files: list[Path] | None = None) -> Path:
    """A Python file of QT_TRANSLATE_NOOP lines holding ``extra_messages()``, for lupdate to read."""
    lines = ["# Generated by tools/update_translations.py for lupdate; never imported.",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
              for context, text in extra_messages(files)]
    path = directory / "extra_messages.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ts_path(code: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{CATALOG}_{code}.ts"


def qm_path(code: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{CATALOG}_{code}.qm"


def lupdate(files: list[Path], ts: Path, drop_obsolete: bool = False) -> None:
    """Merge the strings of ``files`` and ``extra_messages()`` into ``ts``."""
    with tempfile.TemporaryDirectory() as tmp:
        extra = write_extra_source(Path(tmp), files)
        # No source locations: line numbers change with every edit and would make every diff noisy.
        args = [tool("lupdate"), *map(str, files), str(extra), "-locations", "none",
                "-target-language", ts.stem.split("_", 2)[-1], "-ts", str(ts)]
        if drop_obsolete:
            args.insert(-2, "-no-obsolete")
        subprocess.run(args, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """{(context, source): translation or None when unfinished/vanished} of a .ts file."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None and kind not in ("unfinished", "vanished", "obsolete") \
                else None
            if kind not in ("vanished", "obsolete"):
                result[(name, message.findtext("source", ""))] = text
    return result


def check(directory: Path = I18N_DIR) -> list[str]:
    """Problems that make the catalogues lag behind the code (empty list: all in step)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            ts, qm = ts_path(code, directory), qm_path(code, directory)
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run tools/update_translations.py")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            lupdate(sources(), fresh)
            found = messages(fresh)
            for context, source in sorted(key for key in found if not key[0])[:10]:
                # lupdate found no class for this string (a tr() outside a QObject method): Qt would
                # look it up under an empty context, so it can never be translated as written.
                problems.append(f"no translation context for {source!r}: use QCoreApplication.translate(\"Context\", ...)")
            seen = {source for _, source in found}
            for path, line, text in literal_calls(sources()):
                if text not in seen:  # lupdate skips calls inside f-strings and contexts held in variables
                    problems.append(f"{path.relative_to(ROOT)}:{line}: lupdate cannot read {text!r}: write the "
                                    "context and the text as literal strings, outside any f-string")
            missing = sorted(set(found) - set(messages(ts)))
            for context, source in missing[:20]:
                problems.append(f"{ts.name}: new string in {context}: {source!r}")
            if len(missing) > 20:
                problems.append(f"{ts.name}: … and {len(missing) - 20} more new strings")
            compiled = Path(tmp) / qm.name
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm.name} is older than {ts.name}: run tools/update_translations.py")
    return problems


def update(drop_obsolete: bool = False, directory: Path = I18N_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    files = sources()
    for code in LANGUAGES:
        ts, qm = ts_path(code, directory), qm_path(code, directory)
        lupdate(files, ts, drop_obsolete)
        lrelease(ts, qm)
        found = messages(ts)
        done = sum(1 for text in found.values() if text)
        print(f"{ts}: {done}/{len(found)} strings translated → {qm.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether .ts and .qm are up to date")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove strings no longer in the code")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    update(args.drop_obsolete)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
