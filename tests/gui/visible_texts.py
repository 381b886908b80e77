"""Every text a user can read in a widget tree, and whether it is in Chinese (for the translation tests).

``visible_texts(root)`` walks ``root`` and its children and lists each text a
user sees or hovers: labels, buttons, group-box titles, window and dock titles,
tooltips, placeholder texts, combo-box and tab texts, menu and toolbar actions,
table headers and cells, text documents (the help page), spin-box prefixes and
suffixes, and the text items of graphics scenes (the network diagram, the labs,
pyqtgraph's axis labels and legends). Each entry says where it was found, so a
failing test names the widget to fix.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
    QGraphicsTextItem, QGraphicsView, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTabBar, QTextEdit,
    QToolButton, QWidget,
)

#: Latin-script tokens a Chinese user sees untranslated on purpose (kept short; each has a reason):
ALLOWED_TOKENS = frozenset({
    # the course writes these activation and maths function names in Latin in its Chinese notes too
    "sigmoid", "tanh", "ReLU", "Leaky", "softmax", "sin", "log", "exp", "max",
    # names of products and libraries, and each language's name for itself in View → Language
    "Backprop", "Studio", "NumPy", "English",
    # key names as printed on keyboards (the shortcuts table, tooltips)
    "Ctrl", "Shift", "Alt", "Esc", "End", "Home",
})
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_TAG = re.compile(r"<[^>]*>")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# English words that never belong in a Chinese sentence (catches a translated fragment glued to English).
# ("for" is not one: the Chinese for a for-loop is "for 循环".)
_ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "is", "with", "from", "each", "this", "that"})
# Two-letter English words, which are never course symbols (those are W, b, dW, bc, np, ...).
_ENGLISH_SHORT = frozenset({"is", "to", "of", "in", "on", "at", "by", "as", "or", "an", "if", "it", "no", "be", "so",
                            "up", "do", "go", "we", "my", "me", "he"})


@dataclass(frozen=True)
class Text:
    where: str  # "MainWindow > QDockWidget#data_dock > DataPanel > QLabel"
    kind: str  # "text", "toolTip", "windowTitle", "item 3", ...
    text: str

    def __str__(self) -> str:
        return f"{self.where} [{self.kind}]: {self.text!r}"


def plain(text: str) -> str:
    """What the user reads: tags removed, entities decoded, the & of accelerators dropped."""
    text = html.unescape(_TAG.sub(" ", text)) if "<" in text or "&" in text and ";" in text else text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_symbol(token: str) -> bool:
    """A course symbol or code name: W1, b, dZ, x1, bc, np (one or two letters, not a short English word),
    or an identifier of the course's code with an underscore (layer_dims, A_prev, num_iterations)."""
    if "_" in token:
        return True
    letters = token.rstrip("0123456789")
    return len(letters) == 1 or (len(letters) == 2 and letters not in _ENGLISH_SHORT)


def untranslated(text: str, allowed_lines: frozenset[str] = frozenset()) -> bool:
    """True when a line of ``text`` (as shown) has Latin words a Chinese reader would meet untranslated.

    ``allowed_lines`` are whole lines that stay as they are (names of libraries and their licences).
    """
    for line in plain(text).splitlines():
        tokens = _TOKEN.findall(line)
        if not tokens or line.strip() in allowed_lines:
            continue
        if _CJK.search(line):
            # Chinese with symbols or code in it is fine; an English sentence glued to it is not.
            if any(token in _ENGLISH_WORDS for token in tokens):
                return True
        elif not all(is_symbol(token) or token in ALLOWED_TOKENS for token in tokens):
            return True
    return False


def describe(obj: QObject) -> str:
    """The object's class#name and its ancestors' up to the window, for failure messages."""
    parts = []
    while obj is not None and len(parts) < 6:
        name = obj.objectName()
        parts.append(type(obj).__name__ + (f"#{name}" if name and not name.startswith("qt_") else ""))
        obj = obj.parent()
    return " > ".join(reversed(parts))


def _action_texts(action: QAction, where: str) -> list[Text]:
    if action.isSeparator():
        return []
    found = [Text(where, "action text", action.text())]
    if action.toolTip() != plain(action.text()).strip():  # Qt's default tooltip is the text itself
        found.append(Text(where, "action toolTip", action.toolTip()))
    found.append(Text(where, "action statusTip", action.statusTip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        found.append(Text(describe(menu), "menu title", menu.title()))
    return found


def _count(model, rows: bool) -> int:
    try:
        return model.rowCount(QModelIndex()) if rows else model.columnCount(QModelIndex())
    except TypeError:  # QAbstractListModel hides columnCount: one column
        return 1


def _model_texts(view: QAbstractItemView, where: str, max_cells: int = 400) -> list[Text]:
    model = view.model()
    if model is None:
        return []
    found = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation, count in ((Qt.Orientation.Horizontal, _count(model, False)),
                               (Qt.Orientation.Vertical, _count(model, True))):
        for section in range(min(count, 50)):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    found.append(Text(where, f"header {orientation.name} {section}", value))
    cells = 0
    for row in range(_count(model, True)):
        for column in range(_count(model, False)):
            cells += 1
            if cells > max_cells:
                return found
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    found.append(Text(where, f"cell ({row}, {column})", value))
    return found


def _scene_texts(view: QGraphicsView, where: str) -> list[Text]:
    scene = view.scene()
    if scene is None:
        return []
    found = []
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsSimpleTextItem):
            found.append(Text(where, "scene text", item.text()))
        elif isinstance(item, QGraphicsTextItem):
            found.append(Text(where, "scene text", item.toPlainText()))
        if item.toolTip():
            found.append(Text(where, "scene toolTip", item.toolTip()))
    return found


def widget_texts(widget: QWidget) -> list[Text]:
    """The texts of one widget (not of its children)."""
    where = describe(widget)
    found = [Text(where, "toolTip", widget.toolTip()), Text(where, "whatsThis", widget.whatsThis())]
    if widget.isWindow() or isinstance(widget, QDockWidget):
        found.append(Text(where, "windowTitle", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append(Text(where, "text", widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append(Text(where, "text", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(Text(where, "title", widget.title()))
    elif isinstance(widget, QLineEdit):
        found.append(Text(where, "placeholderText", widget.placeholderText()))
        if widget.isReadOnly():
            found.append(Text(where, "text", widget.text()))
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        found.append(Text(where, "placeholderText", widget.placeholderText()))
        if widget.isReadOnly():
            found.append(Text(where, "document", widget.toPlainText()))
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            found.append(Text(where, f"item {i}", widget.itemText(i)))
            tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                found.append(Text(where, f"item {i} toolTip", tip))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            found += [Text(where, f"tab {i}", widget.tabText(i)), Text(where, f"tab {i} toolTip", widget.tabToolTip(i))]
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "prefix"):
        found += [Text(where, "prefix", widget.prefix()), Text(where, "suffix", widget.suffix())]
    if isinstance(widget, QAbstractSpinBox):
        found.append(Text(where, "specialValueText", widget.specialValueText()))
    if isinstance(widget, QAbstractItemView):
        found += _model_texts(widget, where)
    if isinstance(widget, QGraphicsView):
        found += _scene_texts(widget, where)
    if isinstance(widget, QMenu):
        found.append(Text(where, "title", widget.title()))
    for action in QWidget.actions(widget):  # MainWindow.actions is an attribute, not the method
        found += _action_texts(action, where)
    return found


def visible_texts(root: QWidget) -> list[Text]:
    """Every non-empty text of ``root`` and all its descendant widgets (hidden ones too: they show later)."""
    # Widgets replaced by deleteLater() are gone for the user already.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A menu bar's overflow menu ("»") repeats whichever menus do not fit at the moment: they are walked anyway.
    overflow = {button.menu() for button in root.findChildren(QToolButton, "qt_menubar_ext_button")}
    widgets = [widget for widget in (root, *root.findChildren(QWidget)) if widget not in overflow]
    seen: set[tuple[str, str, str]] = set()
    result = []
    for widget in widgets:
        for entry in widget_texts(widget):
            key = (entry.where, entry.kind, entry.text)
            if entry.text and entry.text.strip() and key not in seen:
                seen.add(key)
                result.append(entry)
    return result


def untranslated_texts(root: QWidget, allowed_lines: frozenset[str] = frozenset(),
                       code_widgets: frozenset[str] = frozenset()) -> list[Text]:
    """The texts of ``root``'s tree a Chinese reader would find untranslated.

    Widgets whose objectName is in ``code_widgets`` show Python code, which is the same in every language.
    """
    return [entry for entry in visible_texts(root)
            if not any(f"#{name}" in entry.where.rsplit(" > ", 1)[-1] for name in code_widgets)
            and untranslated(entry.text, allowed_lines)]
