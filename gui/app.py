"""Start the app: QApplication, fonts, the main window, and the command-line options.

    python main.py                      open the window
    python main.py --play               open it and start training at once (classrooms, demos)
    python main.py --play --iterations 2000 --screenshot out.png
                                        train 2000 iterations in the window, save a PNG of it, exit
    python main.py --open run.bpsession open a saved session (or parameters, or a CSV of points)
    python main.py --lang zh_CN         this run in Simplified Chinese, whatever the settings or the system say
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow

# The BLAS threads are chosen in one place, main.py (backprop_studio.main), when it is imported: every
# way of starting the app goes through it, and importing it here covers a caller that came straight here.
# Nothing above this line imports NumPy.
from ..main import choose_blas_threads  # noqa: F401  (imported for its effect)
from ..core.files.atomic import atomic_write  # pure Python, no NumPy
from .support.i18n import available_languages  # Qt only, no NumPy

#: --screenshot's picture size when no --size is given (the README's pictures).
SCREENSHOT_SIZE = "1280x800"
APP_NAME = "Backprop Studio"
ORGANIZATION = "Backprop Studio"
#: The name of the Linux menu entry (resources/linux/backprop-studio.desktop), the Wayland app id, and
#: the first half of X11's WM_CLASS (Qt takes it from argv[0]; the second half is APP_NAME).
APP_ID = "backprop-studio"
#: Preferred UI fonts, Latin first, then CJK: Qt falls back along this list per character.
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"]


def parse_args(argv: Sequence[str], prog: str = "main.py") -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=prog, description=f"Backprop Studio: watch a neural network learn. Without a window, "
                               f"'{prog} train [options]' trains and prints the cost as the course's notebooks do "
                               f"(see '{prog} train --help').")
    parser.add_argument("--play", action="store_true", help="start training as soon as the window opens")
    parser.add_argument("--iterations", type=int, default=None, help="stop training at this iteration")
    parser.add_argument("--screenshot", default=None,
                        help=f"save a PNG of the window when training stops, then exit ({SCREENSHOT_SIZE} unless --size)")
    parser.add_argument("--size", default=None,
                        help="window size WIDTHxHEIGHT (default: the whole screen up to 1440x900, "
                             "most of a larger one; never larger than the screen)")
    parser.add_argument("--open", default=None, metavar="FILE",
                        help="open a saved session (.bpsession), parameters (.npz, .json) or points (.csv)")
    parser.add_argument("--lang", default=None, choices=[code for code, _ in available_languages()],
                        help="the language of this run (en, zh_CN), instead of the saved choice or the system's")
    args = parser.parse_args(list(argv))
    if args.iterations is not None and args.iterations < 0:
        parser.error("--iterations must be 0 or more")
    args.width = args.height = None
    if args.size is None and args.screenshot:
        args.size = SCREENSHOT_SIZE  # a picture is the same whatever screen made it
    if args.size is not None:
        try:
            args.width, args.height = (int(v) for v in args.size.lower().split("x"))
        except ValueError:
            parser.error(f"--size takes WIDTHxHEIGHT like 1280x800, not {args.size!r}")
    return args


def configure_application(app: QApplication) -> None:
    """Names (for settings paths), and a font list that covers Chinese when such a font exists."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    QGuiApplication.setDesktopFileName(APP_ID)
    available = set(QFontDatabase.families())
    families = [f for f in FONT_FAMILIES if f in available]
    if families:
        font = QFont(app.font())
        font.setFamilies(families)
        app.setFont(font)


def start(argv: Sequence[str], prog: str = "main.py") -> tuple[QApplication, QMainWindow, QObject, argparse.Namespace]:
    """Everything before the event loop: the application, the settings, the window shown, ``--open``.

    Returns (app, the MainWindow, its TrainingSession, the parsed arguments). Whatever the settings file holds, this never raises
    because of it (gui.support.settings); the problems found are in the window's status bar.
    """
    args = parse_args(argv, prog)
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        # No screen to show a window on: render offscreen, the picture is the same.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .support.error_hook import install_error_hook
    from .support.i18n import choose_language, install_language
    from .window.geometry import place_on_screen
    from .window.main_window import MainWindow
    from .model.session import TrainingSession
    from .support.settings import SettingsStore
    from .support.theme import app_icon

    if QApplication.instance() is None:  # the policy can only be set before the application exists
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([APP_ID])  # argv[0] names the X11 window class
    configure_application(app)
    install_error_hook(app)  # right after the names: the log's folder is named after the app
    app.setWindowIcon(app_icon())
    store = SettingsStore()  # before any widget exists: it decides the language
    install_language(app, args.lang or choose_language(store.language()))
    session = TrainingSession()
    # A screenshot shows the default state, whatever the last session left, and leaves no autosave.
    # No --size: the window fits the screen (see gui/window/geometry.py); a size asked for never exceeds it,
    # except for a screenshot: a picture, not a window to reach, exactly the size asked for.
    size = QSize(args.width, args.height) if args.width is not None else None
    window = MainWindow(session, store, size=size if args.screenshot else None,
                        restore_settings=not args.screenshot, autosave=not args.screenshot)
    if size is not None and not args.screenshot:
        place_on_screen(window, size)
        window.size_docks()
        window.opens_maximised = False
    window.showMaximized() if window.opens_maximised else window.show()
    if args.iterations is not None:
        session.max_iterations = args.iterations
    if args.open:
        window.file_actions.open_path(str(Path(args.open).expanduser()))  # problems are shown, never raised
    return app, window, session, args


def main(argv: Sequence[str] | None = None, prog: str = "main.py") -> int:
    app, window, session, args = start(sys.argv[1:] if argv is None else argv, prog)
    if args.screenshot:
        _save_screenshot_when_done(app, window, session, Path(args.screenshot), args.play, prog)
    if args.play:
        QTimer.singleShot(0, session.play)
    return app.exec()


def png_bytes(pixmap: QPixmap) -> bytes:
    """``pixmap`` encoded as PNG in memory (ValueError if Qt cannot encode it)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise ValueError("Qt could not encode the PNG")
    return bytes(buffer.data())


def _save_screenshot_when_done(app: QApplication, window, session, path: Path, playing: bool,
                               prog: str = "main.py") -> None:
    """Grab the whole window once training has stopped (or at once if nothing will run)."""

    def grab_and_quit() -> None:
        window.refresh_now()
        QGuiApplication.processEvents()
        try:
            atomic_write(path, png_bytes(window.grab()))
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            print(f"{prog}: error: could not save the screenshot to {path}: {reason}", file=sys.stderr)
            app.exit(1)
            return
        print(f"saved {path}")
        app.quit()

    if playing and session.max_iterations is not None:
        def on_running(running: bool) -> None:
            if not running:
                QTimer.singleShot(300, grab_and_quit)

        session.running_changed.connect(on_running)
    else:
        QTimer.singleShot(1000, grab_and_quit)
