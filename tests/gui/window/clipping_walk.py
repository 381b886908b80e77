"""Every text a user should be able to read in a window, and whether it is cut, collapsed or out of reach.

``clipped_texts(window)`` walks the visible widgets of ``window`` (and of its
floating docks) and returns one line per problem, naming the widget:

* a text wider or taller than the room its widget gives it (font metrics of the
  widget's own font against its contents rect): labels (plain and rich text,
  wrapped or not), push, tool, check and radio buttons, combo boxes, line edits,
  tabs, group-box titles, dock titles;
* a widget with a text squeezed below the height of one line of its font
  (the breadcrumb's 2-px sliver);
* a widget cut by an ancestor that cannot scroll to it (a chip past the edge of
  a scroll area whose scroll bar is off, a tab bar below the window's edge);
* a text item of a graphics scene (the network diagram, pyqtgraph's axis titles
  and legends) that is cut by the view or by a clipping parent item, or drawn
  smaller than ``MIN_TEXT_PX`` pixels.

Texts elided on purpose (ending in "…") fit their widget by construction and pass.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QCheckBox, QComboBox, QDockWidget,
                               QGraphicsItem, QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView, QGroupBox,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QStyle, QStyleOptionComboBox, QTabBar,
                               QToolButton, QWidget)

#: Scene texts drawn smaller than this (in screen pixels) cannot be read.
MIN_TEXT_PX = 10.0
SLACK = 1.0  # rounding of font metrics


def _name(widget: QWidget) -> str:
    parts, obj = [], widget
    while obj is not None and len(parts) < 4:
        name = obj.objectName()
        parts.append(type(obj).__name__ + (f"#{name}" if name and not name.startswith("qt_") else ""))
        obj = obj.parent()
    return " < ".join(parts)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_size(widget: QWidget, text: str, rich: bool) -> tuple[float, float]:
    """(width, height) ``text`` needs in ``widget``'s font, on one line per paragraph."""
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(widget.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return doc.idealWidth(), doc.size().height()
    metrics = QFontMetricsF(widget.font())
    lines = text.split("\n")
    return max(metrics.horizontalAdvance(line) for line in lines), metrics.height() * len(lines)


def _label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    rect = label.contentsRect()
    margin = label.margin()
    width, height = rect.width() - 2 * margin, rect.height() - 2 * margin
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    line = QFontMetricsF(label.font()).height()
    problems = []
    if height < line - SLACK:
        problems.append(f"collapsed: {height} px tall for a {line:.0f} px line")
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            problems.append(f"wrapped text needs {needed} px of height, has {label.height()}")
        return problems
    need_w, need_h = _text_size(label, text if rich else _plain(text) if label.buddy() else text, rich)
    if need_w > width + SLACK:
        problems.append(f"needs {need_w:.0f} px of width, has {width}")
    if need_h > height + SLACK and not problems:
        problems.append(f"needs {need_h:.0f} px of height, has {height}")
    return problems


def _button_problems(button: QAbstractButton) -> list[str]:
    text = _plain(button.text())
    if not text.strip():
        return []
    metrics = QFontMetricsF(button.font())
    style = button.style()
    problems = []
    if isinstance(button, (QCheckBox, QRadioButton)):
        need = button.sizeHint().width()
    elif isinstance(button, QToolButton):
        kind = button.toolButtonStyle()
        if kind == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
            return []
        icon = button.iconSize().width() if not button.icon().isNull() else 0
        text_w = metrics.horizontalAdvance(text)
        if kind == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            need = max(text_w, icon) + 6
        else:
            need = text_w + (icon + 4 if icon and kind != Qt.ToolButtonStyle.ToolButtonTextOnly else 0) + 6
    else:
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        need = metrics.horizontalAdvance(text) + icon + 2 * frame + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if button.width() < need - SLACK:
        problems.append(f"needs {need:.0f} px of width, has {button.width()}")
    if button.height() < metrics.height() - SLACK:
        problems.append(f"collapsed: {button.height()} px tall for a {metrics.height():.0f} px line")
    return problems


def _combo_problems(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.rect = combo.rect()
    option.currentText = text
    option.editable = False
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = QFontMetricsF(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return [f"shows {text!r} in {field.width()} px, needs {need:.0f}"] if need > field.width() + SLACK else []


def _line_edit_problems(edit: QLineEdit) -> list[str]:
    text = edit.displayText()
    if not text:
        return []
    need = QFontMetricsF(edit.font()).horizontalAdvance(text)
    room = edit.contentsRect().width() - 4  # QLineEdit keeps 2 px each side
    for action in edit.actions():
        if action.isVisible():
            room -= edit.height()  # a trailing button (clear, …) takes a square
    return [f"shows {text!r} in {room} px, needs {need:.0f}"] if need > room + SLACK else []


def _tab_problems(bar: QTabBar) -> list[str]:
    metrics = QFontMetricsF(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    problems = []
    for i in range(bar.count()):
        text = _plain(bar.tabText(i))
        rect = bar.tabRect(i)
        need = metrics.horizontalAdvance(text) + space // 2
        if text and rect.width() < need - SLACK:
            problems.append(f"tab {text!r} is {rect.width()} px wide, needs {need:.0f}")
        if rect.height() < metrics.height() - SLACK:
            problems.append(f"tab {text!r} collapsed to {rect.height()} px")
        inside = bar.rect().contains(rect)
        if text and not inside and not bar.usesScrollButtons():
            problems.append(f"tab {text!r} lies outside its bar")
    return problems


def _dock_title_problems(dock: QDockWidget) -> list[str]:
    if dock.titleBarWidget() is not None or not dock.windowTitle():
        return []
    metrics = QFontMetricsF(dock.font())
    button = dock.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarButtonSize, None, dock) or 16
    need = metrics.horizontalAdvance(dock.windowTitle()) + 2 * (button + 4) + 8
    return [f"title needs {need:.0f} px, dock is {dock.width()}"] if dock.width() < need - SLACK else []


def _own_problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_problems(widget)
    if isinstance(widget, QAbstractButton):
        return _button_problems(widget)
    if isinstance(widget, QComboBox):
        return _combo_problems(widget)
    if isinstance(widget, QLineEdit) and widget.isVisible():
        return _line_edit_problems(widget)
    if isinstance(widget, QTabBar):
        return _tab_problems(widget)
    if isinstance(widget, QGroupBox) and widget.title():
        need = QFontMetricsF(widget.font()).horizontalAdvance(_plain(widget.title())) + 16
        return [f"title needs {need:.0f} px, box is {widget.width()}"] if widget.width() < need else []
    if isinstance(widget, QDockWidget):
        return _dock_title_problems(widget)
    return []


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return bool(widget.text().strip()) and not (isinstance(widget, QLabel) and widget.pixmap() is not None
                                                    and not widget.pixmap().isNull())
    return isinstance(widget, (QComboBox, QTabBar, QLineEdit, QGroupBox))


def _scrolls(viewport: QWidget, horizontal: bool) -> bool:
    """True when ``viewport`` belongs to a scroll area that can scroll that way (so what it hides is reachable)."""
    area = viewport.parentWidget()
    if not isinstance(area, QAbstractScrollArea) or area.viewport() is not viewport:
        return False
    policy = area.horizontalScrollBarPolicy() if horizontal else area.verticalScrollBarPolicy()
    bar = area.horizontalScrollBar() if horizontal else area.verticalScrollBar()
    return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and bar.maximum() > bar.minimum()


def _cut_by(widget: QWidget, top: QWidget) -> str | None:
    """The ancestor that cuts part of ``widget`` off with no way to scroll to it (None if all of it can be seen)."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    ancestor = widget.parentWidget()
    while ancestor is not None:
        bounds = QRect(ancestor.mapTo(top, QPoint(0, 0)), ancestor.size()) if ancestor is not top else top.rect()
        # Each direction on its own: a widget scrolled out below is cut in y only, however empty the overlap.
        cut_x = rect.left() < bounds.left() or rect.right() > bounds.right()
        cut_y = rect.top() < bounds.top() or rect.bottom() > bounds.bottom()
        if (cut_x and not _scrolls(ancestor, True)) or (cut_y and not _scrolls(ancestor, False)):
            return f"{_name(ancestor)} (at {rect.getRect()}, room {bounds.getRect()})"
        rect = rect.intersected(bounds)
        if rect.isEmpty():
            return None  # scrolled out of view: reachable by scrolling
        if ancestor is top:
            break
        ancestor = ancestor.parentWidget()
    return None


def _outside(widget: QWidget, top: QWidget) -> bool:
    """True for a widget wholly outside its window: Qt parks unused tab bars and hidden tabs there."""
    return not QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()).intersects(top.rect())


def _item_rect(item: QGraphicsItem, view: QGraphicsView) -> QRectF:
    """Where ``item`` is drawn on ``view``'s viewport (right for items that ignore the view's zoom too);
    for a rich text item, its text without the document's empty margin."""
    rect = item.boundingRect()
    if isinstance(item, QGraphicsTextItem):
        margin = item.document().documentMargin()
        rect = rect.adjusted(margin, margin, -margin, -margin)
    return item.deviceTransform(view.viewportTransform()).mapRect(rect)


def _font_pixels(font: QFont, view: QGraphicsView) -> float:
    """The em size of ``font`` in pixels (before any zoom of the view)."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * view.logicalDpiY() / 72.0


def _scene_problems(view: QGraphicsView) -> list[str]:
    scene = view.scene()
    if scene is None:
        return []
    viewport = QRectF(view.viewport().rect()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    can_scroll_x = _scrolls(view.viewport(), True)
    can_scroll_y = _scrolls(view.viewport(), False)
    problems = []
    for item in scene.items():
        if not isinstance(item, (QGraphicsSimpleTextItem, QGraphicsTextItem)) or not item.isVisible():
            continue
        text = item.text() if isinstance(item, QGraphicsSimpleTextItem) else item.toPlainText()
        if not text.strip() or item.opacity() == 0 or item.effectiveOpacity() == 0:
            continue
        drawn = _item_rect(item, view)
        clip = QRectF(viewport)
        if can_scroll_x:
            clip.setLeft(-1e9), clip.setRight(1e9)
        if can_scroll_y:
            clip.setTop(-1e9), clip.setBottom(1e9)
        parent = item.parentItem()
        while parent is not None:
            if parent.flags() & QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape:
                clip = clip.intersected(_item_rect(parent, view).adjusted(-SLACK, -SLACK, SLACK, SLACK))
            parent = parent.parentItem()
        if not clip.contains(drawn):
            problems.append(f"scene text {text!r} drawn at {drawn.toRect().getRect()} is cut "
                            f"(visible area {clip.toRect().getRect()})")
            continue
        pixels = _font_pixels(item.font(), view) * math.sqrt(abs(item.deviceTransform(view.viewportTransform())
                                                                 .determinant()))
        if pixels < MIN_TEXT_PX:
            problems.append(f"scene text {text!r} is drawn {pixels:.1f} px tall (below {MIN_TEXT_PX:g})")
    return problems


def clipped_texts(window: QWidget) -> list[str]:
    """One line per text of ``window`` (and its floating docks) that a user cannot read whole."""
    QApplication.processEvents()
    # Widgets replaced by deleteLater() are gone for the user already.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    docks = window.findChildren(QDockWidget)
    tops = [window] + [dock for dock in docks if dock.isFloating() and dock.isVisible()]
    # Docks behind another's tab are moved out of the window by Qt: their texts are walked when raised.
    behind = {dock for dock in docks if not dock.isFloating()
              and not QRect(dock.mapTo(window, QPoint(0, 0)), dock.size()).intersects(window.rect())}
    problems = []
    for top in tops:
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or (widget.window() is not top and not isinstance(widget, QDockWidget)):
                continue
            if any(dock is widget or dock.isAncestorOf(widget) for dock in behind) or _outside(widget, top):
                continue
            found = [f"{_name(widget)} {text_of(widget)!r}: {problem}" for problem in _own_problems(widget)]
            if _has_text(widget):
                cut = _cut_by(widget, top)
                if cut is not None:
                    found.append(f"{_name(widget)} {text_of(widget)!r}: cut by {cut}")
            if isinstance(widget, QGraphicsView):
                found += [f"{_name(widget)}: {problem}" for problem in _scene_problems(widget)]
            problems += found
    return list(dict.fromkeys(problems))


def text_of(widget: QWidget) -> str:
    """The text a problem line quotes for ``widget``."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()[:60]
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QTabBar):
        return " | ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QLineEdit):
        return widget.displayText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return widget.windowTitle()
