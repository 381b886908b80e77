"""Put Backprop Studio in a Linux desktop's application menu, for the current user.

    .venv/bin/python -m backprop_studio.resources.desktop_entry            add the menu entry
    .venv/bin/python -m backprop_studio.resources.desktop_entry --remove   take it away again

It copies ``linux/backprop-studio.desktop`` into ``$XDG_DATA_HOME/applications`` (by default
``~/.local/share/applications``) with ``Exec`` set to the full path of this installation's
``backprop-studio`` command (a venv's bin folder is rarely on the menu's PATH), and the icon in
every size of the hicolor theme. The window names itself ``backprop-studio`` (the desktop file's
name, X11's WM_CLASS), so the menu, the dock and the window share one icon.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Sequence

from . import resource_dir

APP_ID = "backprop-studio"
#: The hicolor sizes shipped as PNG (resources/icons/backprop_studio_<size>.png; 256 px is backprop_studio.png).
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the XDG base directory specification says."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_command() -> Path:
    """This installation's ``backprop-studio``: beside the running Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / APP_ID
    if beside.exists():
        return beside
    found = shutil.which(APP_ID)
    return Path(found) if found else beside


def _icon_source(size: int) -> Path:
    icons = resource_dir("icons")
    return icons / ("backprop_studio.png" if size == 256 else f"backprop_studio_{size}.png")


def targets(home: Path) -> list[Path]:
    """Every file ``install`` writes under ``home``."""
    icons = home / "icons" / "hicolor"
    return ([home / "applications" / f"{APP_ID}.desktop", icons / "scalable" / "apps" / f"{APP_ID}.svg"]
            + [icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES])


def desktop_text(command: Path) -> str:
    """The shipped desktop entry with ``Exec`` pointing at ``command`` (quoted as the spec asks)."""
    text = (resource_dir("linux") / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    quoted = '"' + str(command).replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`") + '"'
    return text.replace(f"Exec={APP_ID}\n", f"Exec={quoted}\n")


def install(command: Path, home: Path) -> list[Path]:
    """Write the desktop entry and the icons under ``home``; returns the files written."""
    desktop, svg, *pngs = targets(home)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_text(command), encoding="utf-8")
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_dir("icons") / "backprop_studio.svg", svg)
    for size, png in zip(ICON_SIZES, pngs):
        png.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_icon_source(size), png)
    return [desktop, svg, *pngs]


def remove(home: Path) -> list[Path]:
    """Delete what ``install`` wrote under ``home``; returns the files that were there."""
    removed = [path for path in targets(home) if path.exists()]
    for path in removed:
        path.unlink()
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backprop_studio.resources.desktop_entry",
                                     description="Add Backprop Studio to the application menu (Linux).")
    parser.add_argument("--remove", action="store_true", help="remove the menu entry and icons instead")
    parser.add_argument("--command", type=Path, default=None, help="the backprop-studio command to start")
    args = parser.parse_args(argv)
    home = data_home()
    if args.remove:
        for path in remove(home):
            print(f"removed {path}")
        return 0
    command = (args.command or default_command()).expanduser().resolve()
    if not command.exists():
        parser.exit(1, f"{parser.prog}: error: there is no {command}; install the app first (pip install .)\n")
    for path in install(command, home):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
