"""The wheel installs every package of the checkout under backprop_studio (pyproject.toml lists them by hand)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"] == {"backprop_studio": "."}
    folders = {"backprop_studio"} | {
        "backprop_studio." + ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("core", "gui", "resources") for init in (ROOT / top).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert set(config["packages"]) == folders
