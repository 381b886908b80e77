"""The real dialogs behind FileActions' seams, and the file-type filters they show.

FileActions never opens a dialog directly: it calls ``ask_open_path``,
``ask_save_path``, ``ask_yes_no`` and ``show_error`` attributes, which default to
the functions made here and which tests replace with plain callables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.files.session_file import SESSION_SUFFIX


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def session_filter() -> str:
    return _tr("Backprop Studio sessions (*%1);;JSON (*.json);;All files (*)").replace("%1", SESSION_SUFFIX)


def parameter_filter() -> str:
    return _tr("Parameters (*.npz *.json);;NumPy archive (*.npz);;JSON (*.json);;All files (*)")


def parameter_save_filter() -> str:
    return _tr("NumPy archive (*.npz);;JSON (*.json)")


def csv_filter() -> str:
    return _tr("CSV points (*.csv *.tsv *.txt);;All files (*)")


def notebook_filter() -> str:
    return _tr("Jupyter notebook (*.ipynb)")


def picture_filter() -> str:
    return _tr("PNG image (*.png);;SVG drawing (*.svg)")


def anything_filter() -> str:
    return _tr("Sessions, parameters and points (*%1 *.npz *.json *.csv *.tsv *.txt);;All files (*)").replace(
        "%1", SESSION_SUFFIX)


def _suffix_of_filter(selected: str) -> str:
    """".npz" from "NumPy archive (*.npz)": the first pattern of the chosen filter."""
    start = selected.find("*.")
    if start < 0:
        return ""
    end = start + 2
    while end < len(selected) and (selected[end].isalnum()):
        end += 1
    return selected[start + 1:end]


def make_open_path(parent: QWidget) -> Callable[[str, str], str | None]:
    def ask_open_path(caption: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
        return path or None
    return ask_open_path


def make_save_path(parent: QWidget) -> Callable[[str, str, str], str | None]:
    def ask_save_path(caption: str, filters: str, suggested: str) -> str | None:
        path, selected = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        if not path:
            return None
        if not Path(path).suffix:  # some platforms' dialogs do not add the chosen type's suffix
            path += _suffix_of_filter(selected)
        return path
    return ask_save_path


def make_yes_no(parent: QWidget) -> Callable[[str, str], bool]:
    def ask_yes_no(title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
    return ask_yes_no


def make_show_error(parent: QWidget) -> Callable[[str, str], None]:
    def show_error(title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("file_error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the app keeps running underneath, and nothing waits on the answer
    return show_error


def dropped_path(event: QDropEvent) -> str | None:
    """The one local file a drag carries, or None (several files, a web link, text)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls: list[QUrl] = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return urls[0].toLocalFile()
