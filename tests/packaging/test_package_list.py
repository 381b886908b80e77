"""pyproject.toml lists every package folder and every data file the app reads (fast: nothing is built).

The checkout's folders become ``backprop_studio.<folder>`` through an explicit list (package-dir
mapping cannot discover them), so a new subpackage missing from it would be absent from the wheel.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_ROOTS = ("core", "gui", "resources")


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_listed():
    folders = {"backprop_studio"}
    for top in PACKAGE_ROOTS:
        for init in (ROOT / top).rglob("__init__.py"):
            folders.add("backprop_studio." + ".".join(init.parent.relative_to(ROOT).parts))
    assert set(setuptools_config()["packages"]) == folders


def test_every_file_the_app_reads_is_package_data():
    patterns = setuptools_config()["package-data"]["backprop_studio.resources"]
    resources = ROOT / "resources"
    shipped = [p for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts
               and p.suffix not in (".py", ".pyc", ".ts") and p.name != "README.md"]
    assert shipped  # translations, icons, the desktop entry
    for path in shipped:
        relative = path.relative_to(resources).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative


def test_the_licence_is_declared_and_present():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_window_is_a_gui_script_and_training_has_a_console_script():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"backprop-studio": "backprop_studio.main:main"}
    assert project["scripts"] == {"backprop-studio-cli": "backprop_studio.main:main"}


def test_the_desktop_entry_names_the_command_and_the_icon():
    text = (ROOT / "resources" / "linux" / "backprop-studio.desktop").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    entries = dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))
    assert entries["Type"] == "Application" and entries["Exec"] == "backprop-studio"
    assert entries["Icon"] == "backprop-studio" and entries["StartupWMClass"] == "backprop-studio"
    assert entries["Categories"].endswith(";") and entries["Terminal"] == "false"
