"""The app-wide exception hook: an unexpected error is shown, logged, and survived.

Qt calls Python slots from C++; an exception raised in one cannot travel back
through Qt, so PySide6 hands it to ``sys.excepthook`` and carries on. Threads
(``threading.Thread``, Qt worker threads) end up in ``threading.excepthook`` or
``sys.excepthook`` too. ``install_error_hook`` replaces both with an
``ErrorHook`` that

* appends the traceback to ``<user data folder>/logs/backprop-studio.log``
  (folder created when missing; the file is rotated at ~1 MB);
* shows a non-modal ``ErrorDialog`` (objectName ``"error_dialog"``): a short
  summary, a "Details" section with the traceback, a "Copy" button;
* lets the app run on — the session is untouched, training can go on.

It never recurses: an error raised while the dialog is being shown is only
logged, and a failure to log goes to stderr. Errors from other threads are
logged at once and shown by the GUI thread (widgets live there).
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStyle,
    QVBoxLayout, QWidget,
)

#: Set to a folder to keep logs and autosaves there instead of the user's data folder (tests, portable use).
DATA_DIR_ENV = "BACKPROP_STUDIO_DATA_DIR"
LOG_NAME = "backprop-studio.log"
LOG_MAX_BYTES = 1_000_000  # then the log moves to backprop-studio.log.1 and a new one starts
FULL_REPEATS_LOGGED = 3  # the same error: its first tracebacks in full, later ones as a count


def user_data_folder() -> Path:
    """Where the app keeps its own files: QStandardPaths' AppDataLocation (or $BACKPROP_STUDIO_DATA_DIR)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".backprop-studio"


def default_log_path() -> Path:
    return user_data_folder() / "logs" / LOG_NAME


def _versions() -> str:
    import numpy
    import PySide6

    return (f"Python {platform.python_version()} · PySide6 {PySide6.__version__} · NumPy {numpy.__version__}"
            f" · {platform.platform(terse=True)}")


class ErrorDialog(QDialog):
    """Non-modal: what happened in one line, the traceback under "Details", and a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setModal(False)
        self._details_text = ""
        self._log_path: Path | None = None
        self._repeats = 0

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline_label = QLabel(self)
        self.headline_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("error_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # an error message may hold "<"
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        bold = QFont(mono)
        bold.setBold(True)
        self.summary_label.setFont(bold)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("error_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeat_label = QLabel(self)
        self.repeat_label.setObjectName("error_repeats")
        self.repeat_label.hide()
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        for label in (self.headline_label, self.summary_label, self.message_label, self.repeat_label):
            text.addWidget(label)
        top.addLayout(text, 1)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("error_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(mono)
        self.details.setMinimumHeight(180)
        self.details.hide()

        buttons = QDialogButtonBox(self)
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("error_details_button")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("error_copy_button")
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (at start and on QEvent.LanguageChange)."""
        self.setWindowTitle(self.tr("Unexpected error"))
        self.headline_label.setText(self.tr("Backprop Studio ran into an unexpected problem:"))
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(self.tr("Show the traceback: where in the program the error happened."))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the message and the traceback, to paste into a report."))
        text = self.tr("Your network and training are unchanged and the app keeps running.")
        if self._log_path is not None:
            text += "\n" + self.tr("The details were saved to %1").replace("%1", str(self._log_path))
        self.message_label.setText(text)
        self.repeat_label.setText(self.tr("It happened again: %1 times so far.").replace("%1", str(self._repeats)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "copy_button"):
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, summary: str, details: str, log_path: Path | None) -> None:
        """Fill in a new error (the repeat count starts again) and show the dialog without blocking."""
        self.summary_label.setText(summary)
        self._log_path = log_path
        self.retranslate()  # the sentence under the summary names the log file
        self._details_text = details
        self.details.setPlainText(details)
        self.repeat_label.hide()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_repeat(self, count: int) -> None:
        """The error on show happened again (``count`` times in all)."""
        self._repeats = count
        self.repeat_label.setText(self.tr("It happened again: %1 times so far.").replace("%1", str(count)))
        self.repeat_label.show()

    def clipboard_text(self) -> str:
        return f"{self.summary_label.text()}\n{self.message_label.text()}\n\n{self._details_text}"

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.clipboard_text())

    def _on_details_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        if on:
            self.resize(max(self.width(), 720), max(self.height(), 460))
        else:
            self.adjustSize()


class ErrorHook(QObject):
    """Catches what no slot caught: logs it, shows it, and lets the app go on.

    ``show_dialog(summary, details)`` is a seam (tests may replace it).
    ``error_caught(summary)`` is emitted after an error was logged and shown.
    """

    error_caught = Signal(str)
    _forwarded = Signal(str, str, str)  # summary, details, signature: from other threads to the GUI thread

    def __init__(self, parent: QObject | None = None, log_path: Path | None = None) -> None:
        super().__init__(parent)
        self._log_path = log_path
        self._lock = threading.Lock()
        self._showing = False
        self._counts: dict[str, int] = {}
        self._shown_signature: str | None = None
        self._previous: tuple[Callable, Callable] | None = None
        self.dialog: ErrorDialog | None = None
        self.show_dialog: Callable[[str, str], None] = self._show_default_dialog
        self._forwarded.connect(self._present, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ installing
    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Put back the hooks found at install (only if ours are still the ones in place)."""
        if self._previous is None:
            return
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous[1]
        self._previous = None

    @property
    def log_path(self) -> Path:
        return self._log_path or default_log_path()

    # ------------------------------------------------------------------ catching
    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # a thread that exits on purpose is not an error (threading's own rule)
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def handle(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
               thread_name: str | None = None) -> None:
        """The hook itself: log, then show (now on the GUI thread, later from others). Never raises."""
        try:
            if issubclass(exc_type, KeyboardInterrupt):
                sys.__excepthook__(exc_type, exc, tb)  # Ctrl+C in a terminal: not a bug to report
                return
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            summary = traceback.format_exception_only(exc_type, exc)[-1].strip()
            if len(summary) > 400:
                summary = summary[:400] + "…"
            signature = self._signature(exc_type, tb)
            thread_name = thread_name or threading.current_thread().name
            count = self._count(signature)
            self.write_log(details, thread_name, count)
            self._echo(details, count)
            if self._showing:
                return  # an error while an error is being shown: logged above, and that is all
            if QThread.currentThread() is self.thread():
                self._present(summary, details, signature)
            else:
                self._forwarded.emit(summary, details, signature)
        except BaseException:  # noqa: BLE001 — the hook must never fail in turn
            self._last_resort()

    def _count(self, signature: str) -> int:
        with self._lock:
            self._counts[signature] = self._counts.get(signature, 0) + 1
            return self._counts[signature]

    @staticmethod
    def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> str:
        """Same type raised at the same line = the same error (a slot failing on every frame)."""
        frames = traceback.extract_tb(tb) if tb is not None else []
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        return f"{exc_type.__module__}.{exc_type.__qualname__}@{where}"

    def _present(self, summary: str, details: str, signature: str) -> None:
        app = QCoreApplication.instance()
        if not isinstance(app, QApplication) or app.closingDown():
            return  # no widgets possible: the log has it
        self._showing = True
        try:
            count = self._counts.get(signature, 1)
            if (self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible()
                    and signature == self._shown_signature
                    and self.show_dialog == self._show_default_dialog):
                self.dialog.show_repeat(count)
            else:
                self._shown_signature = signature
                self.show_dialog(summary, details)
            self.error_caught.emit(summary)
        except BaseException:  # noqa: BLE001 — showing failed: log that too, never recurse
            try:
                self.write_log("".join(traceback.format_exc()), "while showing the error dialog", 1)
            except BaseException:  # noqa: BLE001
                self._last_resort()
        finally:
            self._showing = False

    def _show_default_dialog(self, summary: str, details: str) -> None:
        if self.dialog is None or not shiboken6.isValid(self.dialog):
            # Parented to the window in front, so it stays above it (and goes when that window goes).
            self.dialog = ErrorDialog(QApplication.activeWindow())
        self.dialog.show_error(summary, details, self.log_path)

    # ------------------------------------------------------------------ logging
    def write_log(self, details: str, thread_name: str, count: int = 1) -> None:
        """Append one error to the log file (rotating it when large); problems go to stderr."""
        if count > FULL_REPEATS_LOGGED and count & (count - 1):
            return  # the same error over and over: log it at 1, 2, 3, 4, 8, 16, ... only
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        if count > FULL_REPEATS_LOGGED:
            entry = f"=== {stamp} · the error below has now happened {count} times ===\n{details.splitlines()[-1]}\n\n"
        else:
            entry = f"=== {stamp} · thread {thread_name} · {_versions()} ===\n{details}\n"
        path = self.log_path
        with self._lock:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
                    os.replace(path, path.with_name(path.name + ".1"))
                with open(path, "a", encoding="utf-8") as handle:
                    handle.write(entry)
            except OSError as error:
                print(f"Backprop Studio: could not write the error log {path}: {error}", file=sys.__stderr__)

    @staticmethod
    def _echo(details: str, count: int) -> None:
        # Whoever started the app from a terminal sees the traceback as usual (once per error).
        if count == 1 and sys.__stderr__ is not None:
            try:
                sys.__stderr__.write(details)
            except (OSError, ValueError):
                pass

    @staticmethod
    def _last_resort() -> None:
        try:
            if sys.__stderr__ is not None:
                sys.__stderr__.write("Backprop Studio: the error hook failed:\n" + traceback.format_exc())
        except BaseException:  # noqa: BLE001
            pass


_installed: ErrorHook | None = None


def install_error_hook(app: QCoreApplication | None = None, log_path: Path | None = None) -> ErrorHook:
    """Install the app-wide hook (once; a second call returns the same hook). Call after QApplication exists."""
    global _installed
    if _installed is None:
        _installed = ErrorHook(app or QCoreApplication.instance(), log_path)
    _installed.install()
    return _installed


def uninstall_error_hook() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None


if __name__ == "__main__":  # preview: python -m backprop_studio.gui.support.error_hook (a slot raises once the window is up)
    from PySide6.QtCore import QTimer

    app = QApplication(sys.argv)
    app.setApplicationName("Backprop Studio")
    hook = install_error_hook(app)

    def broken_slot() -> None:
        parameters = {"W1": [[0.1, 0.2]]}
        print(parameters["W2"])

    QTimer.singleShot(200, broken_slot)
    QTimer.singleShot(400, lambda: hook.dialog and hook.dialog.details_button.setChecked(True))
    sys.exit(app.exec())
