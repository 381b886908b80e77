"""Backprop Studio: ``python main.py`` opens the app; ``python main.py train ...`` trains headless.

Installed, the same program is ``backprop-studio`` (or ``python -m backprop_studio``); this
file is also that entry point, imported as ``backprop_studio.main``.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent

#: The one rule for BLAS threads, for every way the program starts (window, ``train``, the installed
#: command, ``python -m backprop_studio``). One thread: the same session gives the same numbers bit for
#: bit in the window and on the command line (a matrix product split over threads adds its parts in
#: another order), and training in the window leaves the other core to Qt (a 10×64 network ran
#: 1 it/s with two OpenBLAS threads, 117 it/s with one, on a 2-core machine).
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
BLAS_THREADS = "1"


def choose_blas_threads() -> None:
    """Set the BLAS thread count, unless the user set it (read by NumPy's BLAS when NumPy is first imported).

    Called when this module is imported, before anything imports NumPy.
    """
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, BLAS_THREADS)


choose_blas_threads()


def use_checkout() -> None:
    """Import ``backprop_studio`` from this folder (its core/, gui/ and resources/), installed or not.

    Installed, the packages live under that name; in a checkout they are the folders next to
    this file. Run from the checkout, the checkout's own code is what runs.
    """
    if "backprop_studio" in sys.modules:
        return
    spec = importlib.machinery.ModuleSpec("backprop_studio", None, is_package=True)
    spec.submodule_search_locations = [str(ROOT)]
    sys.modules["backprop_studio"] = importlib.util.module_from_spec(spec)


def program_name(argv0: str | None = None) -> str:
    """The command as the user typed it, for help and error messages.

    ``backprop-studio`` (installed; ``backprop-studio-cli`` on Windows), ``python -m backprop_studio``,
    or ``main.py`` in a checkout.
    """
    name = Path(sys.argv[0] if argv0 is None else argv0).name
    if name == "__main__.py":
        return "python -m backprop_studio"
    if name.lower().endswith(".exe"):  # Windows launchers and the standalone build
        name = name[:-4]
    return name or "backprop-studio"


def main(argv: Sequence[str] | None = None) -> int:
    """The window, or ``train ...`` for the command line; ``argv`` defaults to the process's arguments."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not __package__:  # run as a script from the checkout
        use_checkout()
    prog = program_name()
    if args[:1] == ["train"]:
        from backprop_studio.core.cli import main as train_main

        return train_main(args[1:], prog=f"{prog} train")
    from backprop_studio.gui.app import main as gui_main

    return gui_main(args, prog=prog)


if __name__ == "__main__":
    raise SystemExit(main())
