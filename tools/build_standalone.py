"""Build Backprop Studio as one folder that runs on a computer without Python (PyInstaller).

    python3 tools/build_standalone.py            (Windows: py tools\\build_standalone.py)

Run it from anywhere, on the system you build for: Linux gives a Linux folder, Windows a
folder with ``backprop-studio.exe``, macOS ``Backprop Studio.app`` (PyInstaller does not
cross-compile). It needs Python 3.11+ and the network (PyPI) once; it makes its own venv
in ``build/standalone/venv``, installs there the app's wheel (built from this checkout, so
the translations and icons come as the wheel ships them) and PyInstaller, and writes:

    dist/backprop-studio/                       the folder to copy or zip (Linux, Windows)
    dist/Backprop Studio.app                    macOS

Then check it with ``tools/smoke_standalone.py``. Options: ``--clean`` starts the venv afresh.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "standalone"
DIST = ROOT / "dist"
NAME = "backprop-studio"
ICON = ROOT / "resources" / "icons" / "backprop_studio.png"
#: Tested with this PyInstaller; a newer one usually works too.
PYINSTALLER = "pyinstaller>=6.10"
#: Modules neither the app nor pyqtgraph imports (pyqtgraph does import QtOpenGL): left out, the folder is smaller.
EXCLUDED = ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql", "PySide6.QtTest",
            "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp",
            "PySide6.QtUiTools", "PySide6.QtXml", "tkinter", "matplotlib", "scipy", "IPython", "pytest")

LAUNCHER = '''"""The standalone build's entry point: the installed package's own main."""
import multiprocessing

from backprop_studio.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
'''


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*argv: object, cwd: Path | None = None) -> None:
    print("$", " ".join(str(a) for a in argv), flush=True)
    subprocess.run([str(a) for a in argv], check=True, cwd=cwd)


def prepare_venv(clean: bool) -> Path:
    """build/standalone/venv with PyInstaller and this checkout's wheel (and its dependencies)."""
    venv = BUILD / "venv"
    if clean and venv.exists():
        shutil.rmtree(venv)
    if not venv_python(venv).exists():
        run(sys.executable, "-m", "venv", venv)
    python = venv_python(venv)
    wheels = BUILD / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    # From a copy of the sources: setuptools' build/ folder would otherwise keep deleted modules.
    source = BUILD / "source"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "tests"))
    run(python, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", wheels, source)
    (wheel,) = wheels.glob("backprop_studio-*.whl")
    extras = ["pillow"] if sys.platform in ("win32", "darwin") else []  # turns the PNG into .ico / .icns
    run(python, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", wheel)
    run(python, "-m", "pip", "install", "--quiet", wheel, PYINSTALLER, *extras)
    return python


def _student_runner_files() -> list[str]:
    """--add-data for the two files the student's process runs by path (PyInstaller ships modules compiled)."""
    folder = ROOT / "core" / "student"
    return [part for name in ("runner.py", "wire.py")
            for part in ("--add-data", f"{folder / name}{os.pathsep}backprop_studio/core/student")]


def build(python: Path) -> Path:
    """Run PyInstaller (one folder, no console window); returns the folder (or the .app on macOS)."""
    launcher = BUILD / "launcher.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    argv: list[object] = [
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--windowed",
        "--name", NAME, "--distpath", DIST, "--workpath", BUILD / "work", "--specpath", BUILD,
        # the translations, icons and desktop entry are package data: PyInstaller copies only what it is told
        "--collect-data", "backprop_studio.resources",
        "--collect-submodules", "backprop_studio",
        # Your code's runner is started as a script by a Python of the student's (core/student/sandbox.py)
        *_student_runner_files(),
        "--icon", ICON,
    ]
    if sys.platform == "darwin":
        argv += ["--osx-bundle-identifier", "org.backprop-studio.app"]
    for module in EXCLUDED:
        argv += ["--exclude-module", module]
    run(*argv, launcher)
    if sys.platform == "darwin":
        app = DIST / f"{NAME}.app"
        target = DIST / "Backprop Studio.app"
        shutil.rmtree(target, ignore_errors=True)
        app.rename(target)
        return target
    return DIST / NAME


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_standalone.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="make the build venv afresh")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    output = build(prepare_venv(args.clean))
    size = folder_size(output)
    print(f"built {output.relative_to(ROOT)}: {size / 2**20:.0f} MiB in "
          f"{sum(1 for _ in output.rglob('*'))} files, {time.perf_counter() - started:.0f} s")
    print(f"check it: {Path(sys.executable).name} tools/smoke_standalone.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
