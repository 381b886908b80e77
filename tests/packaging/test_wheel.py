"""The wheel is the whole app: build it, install it into a new venv, run the installed commands elsewhere.

As a student would after `pip install .` (not editable): nothing may come from this checkout. The
venv gets the runtime dependencies from PyPI (or pip's cache), every command runs from a temporary
folder outside the repository with a fresh home, and Qt draws offscreen. About a minute, most of it
installing PySide6: `pytest -m "not packaging"` leaves these tests out.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if os.name == "nt" else "bin"


class Installed:
    """The built wheel and a venv it is installed in, with helpers to run things there."""

    def __init__(self, wheel: Path, venv: Path, home: Path) -> None:
        self.wheel, self.venv, self.home = wheel, venv, home
        self.python = venv / BIN / "python"

    def command(self, name: str) -> Path:
        return self.venv / BIN / name

    def env(self) -> dict[str, str]:
        """The user's environment without this checkout, a home of its own, Qt offscreen."""
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                   XDG_DATA_HOME=str(self.home / ".local" / "share"), XDG_CACHE_HOME=str(self.home / ".cache"),
                   QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        return env

    def run(self, argv: list, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run([str(a) for a in argv], cwd=cwd, env=self.env(), capture_output=True, text=True,
                              timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools leaves build/ and *.egg-info behind, and a stale build/ would
    # smuggle deleted modules into the wheel.
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    dist = base / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(source)],
                   check=True, capture_output=True, text=True, timeout=300)
    (wheel,) = dist.glob("backprop_studio-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    # The wheel and its runtime dependencies only (pip's cache serves what it has).
    result = subprocess.run([str(venv / BIN / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    home = base / "home"
    home.mkdir()
    return Installed(wheel, venv, home)


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A working folder outside the repository."""
    assert ROOT not in tmp_path.parents
    return tmp_path


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's header; fails if the file is not a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_wheel_holds_the_app_its_data_and_licence_under_one_name(installed):
    names = zipfile.ZipFile(installed.wheel).namelist()
    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    # Nothing generic in site-packages: one package of our own, plus the distribution's metadata.
    assert {n.split("/")[0] for n in names} == {"backprop_studio", dist_info}
    assert f"{dist_info}/licenses/LICENSE" in names
    resources = "backprop_studio/resources"
    for needed in ("i18n/backprop_studio_zh_CN.qm", "icons/backprop_studio.svg", "icons/backprop_studio.png",
                   "icons/backprop_studio_16.png", "icons/backprop_studio_48.png", "icons/backprop_studio_128.png",
                   "linux/backprop-studio.desktop", "desktop_entry.py"):
        assert f"{resources}/{needed}" in names, needed
    for package in ("core/session", "core/files", "gui/window", "gui/views/diagram"):
        assert f"backprop_studio/{package}/__init__.py" in names, package
    assert "backprop_studio/main.py" in names and "backprop_studio/__main__.py" in names
    assert not [n for n in names if n.startswith(("backprop_studio/tests/", "backprop_studio/tools/",
                                                   "backprop_studio/benchmarks/")) or n.endswith(".ts")]
    entry_points = zipfile.ZipFile(installed.wheel).read(f"{dist_info}/entry_points.txt").decode()
    assert "[gui_scripts]\nbackprop-studio = backprop_studio.main:main" in entry_points
    assert "[console_scripts]\nbackprop-studio-cli = backprop_studio.main:main" in entry_points
    metadata = zipfile.ZipFile(installed.wheel).read(f"{dist_info}/METADATA").decode()
    assert "License-Expression: MIT" in metadata


def test_every_module_imports_from_the_installed_package(installed, elsewhere):
    script = (
        "import importlib, pkgutil, backprop_studio\n"
        "names = [m.name for m in pkgutil.walk_packages(backprop_studio.__path__, 'backprop_studio.')\n"
        "         if not m.name.endswith('__main__')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "print(len(names), backprop_studio.__path__[0])\n"
    )
    result = installed.run([installed.python, "-c", script], elsewhere)
    assert result.returncode == 0, result.stderr
    count, location = result.stdout.split()
    assert int(count) > 90
    assert Path(location).is_relative_to(installed.venv)


def test_the_installed_window_trains_and_saves_a_screenshot_in_chinese(installed, elsewhere):
    result = installed.run([installed.command("backprop-studio"), "--lang", "zh_CN", "--play",
                            "--iterations", "50", "--screenshot", "out.png"], elsewhere)
    assert result.returncode == 0, result.stderr
    assert "saved out.png" in result.stdout
    width, height = png_size(elsewhere / "out.png")
    assert (width, height) == (1280, 800)


def test_the_installed_window_shows_the_chinese_catalogue_and_its_icon(installed, elsewhere):
    """The same start as the command, in a process that keeps the application to look at it afterwards."""
    script = (
        "import json, sys\n"
        "from PySide6.QtCore import QTranslator\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication(['backprop-studio'])\n"
        "from backprop_studio.gui.app import main\n"
        "from backprop_studio.gui.support import i18n, theme\n"
        "code = main(['--lang', 'zh_CN', '--play', '--iterations', '50', '--screenshot', 'shot.png'])\n"
        "window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))\n"
        "catalogue = QTranslator()\n"
        "print(json.dumps({'code': code, 'qm': str(i18n.qm_path('zh_CN')), 'loads': catalogue.load(str(i18n.qm_path('zh_CN'))),\n"
        "    'language': i18n.current_language(), 'menus': [a.text() for a in window.menuBar().actions()],\n"
        "    'app_icon': not app.windowIcon().isNull(), 'theme_icon': not theme.app_icon().isNull(),\n"
        "    'icon_sizes': [s.width() for s in theme.app_icon().availableSizes()],\n"
        "    'window_icon': not window.windowIcon().isNull()}))\n"
    )
    result = installed.run([installed.python, "-c", script], elsewhere)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert Path(seen["qm"]).is_relative_to(installed.venv) and seen["loads"]
    assert seen["language"] == "zh_CN"
    assert "文件(&F)" in seen["menus"], seen["menus"]
    assert seen["app_icon"] and seen["theme_icon"] and seen["window_icon"]
    assert {16, 32, 64, 256} <= set(seen["icon_sizes"])


def test_the_installed_command_trains_headless_with_the_course_numbers(installed, elsewhere):
    result = installed.run([installed.command("backprop-studio"), "train", "--dataset", "flower",
                            "--iterations", "20"], elsewhere)
    assert result.returncode == 0, result.stderr
    assert "Cost after iteration 0: 0.69" in result.stdout
    assert "Train accuracy:" in result.stdout
    # the console script (for Windows terminals) and python -m are the same program
    for argv in ([installed.command("backprop-studio-cli")], [installed.python, "-m", "backprop_studio"]):
        other = installed.run([*argv, "train", "--iterations", "20"], elsewhere)
        assert other.returncode == 0, other.stderr
        assert other.stdout == result.stdout


def test_the_installed_help_names_the_installed_command(installed, elsewhere):
    train_help = installed.run([installed.command("backprop-studio"), "train", "--help"], elsewhere)
    assert train_help.returncode == 0
    assert train_help.stdout.startswith("usage: backprop-studio train ")
    window_help = installed.run([installed.command("backprop-studio"), "--help"], elsewhere)
    assert window_help.stdout.startswith("usage: backprop-studio ")
    assert "backprop-studio train" in " ".join(window_help.stdout.split())  # --help lists train
    module_help = installed.run([installed.python, "-m", "backprop_studio", "train", "--help"], elsewhere)
    assert module_help.stdout.startswith("usage: python -m backprop_studio train ")
    error = installed.run([installed.command("backprop-studio"), "train", "--hidden", "x"], elsewhere)
    assert error.returncode == 2 and error.stderr.startswith("backprop-studio train: error:")


def test_a_notebook_exported_by_the_installed_package_runs_there(installed, elsewhere):
    script = (
        "from backprop_studio.core.session import Session\n"
        "from backprop_studio.core.files.notebook import write_notebook\n"
        "session = Session()\n"
        "session.train(30)\n"
        "write_notebook('run.ipynb', session)\n"
        "print(repr(float(session.trainer.history.cost_curve()[1][-1])))\n"
    )
    exported = installed.run([installed.python, "-c", script], elsewhere)
    assert exported.returncode == 0, exported.stderr
    runner = (
        "import json\n"
        "notebook = json.load(open('run.ipynb', encoding='utf-8'))\n"
        "namespace = {}\n"
        "for cell in notebook['cells']:\n"
        "    if cell['cell_type'] == 'code':\n"
        "        exec(''.join(cell['source']), namespace)\n"
        "print(repr(float(namespace['costs'][-1])))\n"
    )
    ran = installed.run([installed.python, "-c", runner], elsewhere)
    assert ran.returncode == 0, ran.stderr
    assert abs(float(ran.stdout.splitlines()[-1]) - float(exported.stdout)) <= 1e-9


def test_the_menu_entry_installs_with_the_installed_command(installed, elsewhere):
    result = installed.run([installed.python, "-m", "backprop_studio.resources.desktop_entry"], elsewhere)
    assert result.returncode == 0, result.stderr
    share = installed.home / ".local" / "share"
    desktop_file = share / "applications" / "backprop-studio.desktop"
    desktop = desktop_file.read_text(encoding="utf-8")
    assert f'Exec="{installed.command("backprop-studio").resolve()}"' in desktop
    if shutil.which("desktop-file-validate"):  # Debian's desktop-file-utils (.ci/run installs it)
        checked = subprocess.run(["desktop-file-validate", str(desktop_file)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr
    for size in (16, 32, 48, 64, 128, 256):
        assert png_size(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "backprop-studio.png") == (size, size)
    removed = installed.run([installed.python, "-m", "backprop_studio.resources.desktop_entry", "--remove"], elsewhere)
    assert removed.returncode == 0 and not (share / "applications" / "backprop-studio.desktop").exists()
