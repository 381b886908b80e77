"""PhaseBreadcrumb: where the current iteration of gradient descent is, as a row of chips.

    Forward 1 › Forward 2 › Cost › Backward 2 › Backward 1 › Update

The chip of the phase just done is filled in its diagram colour (green forward,
amber cost, magenta backward, blue update), the next one has a dashed outline,
the ones already done this iteration are greyed.

The row always fits the width it is given, never scrolls and never cuts a chip:
it picks the most detailed of three forms that fits (measured with its own font,
so it follows presentation mode and the language):

    full      Forward 1 › Forward 2 › Forward 3 › Cost › Backward 3 › … › Update
    grouped   Forward 1 2 3 › Cost › Backward 3 2 1 › Update
    summary   Forward 2 › Cost › Backward 3 › Update   (one chip per kind, naming its layer now)

Built from QLabels with style sheets: no custom painting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...support.colors import POSITIVE
from .style import BACKWARD_COLOR, COST_COLOR, FORWARD_COLOR

Phase = tuple[str, int]  # (kind, layer): ("forward", 1), ("cost", L), ("backward", 2), ("update", 1)

FULL, GROUPED, SUMMARY = "full", "grouped", "summary"
KIND_COLORS = {"forward": FORWARD_COLOR, "cost": COST_COLOR, "backward": BACKWARD_COLOR, "update": POSITIVE}
PAD_X, PAD_Y, BORDER, SPACING = 8, 2, 2, 3  # a chip's padding and (widest) border; the gap between widgets
#: Which state a chip that stands for several phases shows, most telling first.
PRIORITY = ("current", "next", "done", "idle")


def iteration_phases(L: int) -> list[Phase]:
    """One iteration in the course's order, as ``Trainer.phases()`` yields it:
    forward 1..L, cost, backward L..1, update 1..L."""
    return ([("forward", l) for l in range(1, L + 1)] + [("cost", L)]
            + [("backward", l) for l in range(L, 0, -1)] + [("update", l) for l in range(1, L + 1)])


def next_phase(L: int, current: Phase | None) -> Phase:
    """The phase after ``current`` (after the last update, or at rest: forward 1 of the next iteration)."""
    order = iteration_phases(L)
    if current is None or current not in order or current == order[-1]:
        return order[0]
    return order[order.index(current) + 1]


def chip_key(phase: Phase) -> Phase:
    """The chip that shows ``phase``: one Update chip stands for update 1..L (one gradient-descent step)."""
    return ("update", 0) if phase[0] == "update" else phase


class PhaseBreadcrumb(QWidget):
    """The phases of one iteration for a network of depth L; the current one highlighted, the next hinted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._chips: dict[Phase, QLabel] = {}  # every phase's key → the label that shows it
        self._names: dict[Phase, str] = {}
        self._states: dict[Phase, str] = {}
        self._widgets: list[QWidget] = []
        self._L = 0
        self._form = ""
        self._current: Phase | None = None
        self.set_depth(2)

    # ------------------------------------------------------------------ public
    @property
    def form(self) -> str:
        """"full", "grouped" or "summary": the form that fits the width now."""
        return self._form

    def set_depth(self, L: int) -> None:
        """The chips for a network with L layers of weights (L = number of hidden layers + 1)."""
        if L == self._L and self._chips:
            return
        self._L = L
        self._names = {chip_key(p): self._full_name(chip_key(p)) for p in iteration_phases(L)}
        self._build(self._fitting_form(self.width() if self.isVisible() else 10**6))

    def set_phase(self, current: Phase | None) -> None:
        """Highlight ``current`` (None: at rest, before an iteration) and hint the phase after it."""
        self._current = current
        order = [chip_key(p) for p in iteration_phases(self._L)]
        done = set()
        if current is not None and chip_key(current) in order:
            done = set(order[: order.index(chip_key(current))])
        hint = chip_key(next_phase(self._L, current))
        self._states = {key: ("current" if current is not None and key == chip_key(current) else
                              "next" if key == hint else "done" if key in done else "idle") for key in order}
        for chip in dict.fromkeys(self._chips.values()):
            self._restyle(chip)

    def current_text(self) -> str:
        """The full name of the highlighted phase ("Backward 2"), or "" at rest."""
        return "" if self._current is None else self._names.get(chip_key(self._current), "")

    def next_text(self) -> str:
        """The full name of the hinted next phase."""
        return self._names[chip_key(next_phase(self._L, self._current))]

    def chip_texts(self) -> list[str]:
        """The full names of the phases, left to right (whatever form the row takes)."""
        return [self._names[key] for key in self._chips]

    def chip_state(self, name: str) -> str:
        """"current", "next", "done" or "idle" for the phase called ``name``."""
        key = next(key for key, text in self._names.items() if text == name)
        return self._states[key]

    def chip(self, phase: Phase) -> QLabel:
        """The label that shows ``phase`` (in the summary form one label stands for a kind's layers)."""
        return self._chips[chip_key(phase)]

    def retranslate(self) -> None:
        self._names = {chip_key(p): self._full_name(chip_key(p)) for p in iteration_phases(self._L)}
        self._build(self._form or FULL)
        self._fit()

    # ------------------------------------------------------------------ size
    def sizeHint(self) -> QSize:
        return QSize(self._needed(FULL), self._chip_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._needed(SUMMARY), self._chip_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._chips:
            # Labels with a style sheet do not follow their parent's font: the chips are styled anew with it.
            self._build(self._fitting_form(self.width()) if self.isVisible() else self._form)
            self.updateGeometry()

    def _fit(self) -> None:
        form = self._fitting_form(self.width())
        if form != self._form:
            self._build(form)

    def _fitting_form(self, width: int) -> str:
        for form in (FULL, GROUPED):
            if self._needed(form) <= width:
                return form
        return SUMMARY

    def _chip_height(self) -> int:
        return self._bold_metrics().height() + 2 * (PAD_Y + BORDER)

    def _bold_metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)  # the current chip is bold: measure every chip as if it were
        return QFontMetrics(font)

    def _needed(self, form: str) -> int:
        """The width the row takes in ``form`` with this font (every chip measured bold)."""
        bold, plain = self._bold_metrics(), QFontMetrics(self.font())
        parts = self._parts(form)
        width = sum(bold.horizontalAdvance(text) + 2 * (PAD_X + BORDER) if keys else
                    plain.horizontalAdvance(text) for text, keys in parts)
        return width + SPACING * max(0, len(parts) - 1) + 1

    # ------------------------------------------------------------------ building
    def _parts(self, form: str) -> list[tuple[str, list[Phase]]]:
        """The row's widgets in ``form``, left to right: (text, keys of the phases it shows); no keys: a word."""
        L = self._L
        kinds = [("forward", list(range(1, L + 1))), ("cost", [L]), ("backward", list(range(L, 0, -1))),
                 ("update", [0])]
        parts: list[tuple[str, list[Phase]]] = []
        for g, (kind, layers) in enumerate(kinds):
            if g:
                parts.append(("›", []))
            keys = [(kind, l) for l in layers]
            if form == SUMMARY:
                parts.append((self._shown_name(keys), keys))
            elif form == GROUPED and kind in ("forward", "backward"):
                parts.append((self._group_name(kind), []))
                parts += [(str(l), [key]) for l, key in zip(layers, keys)]
            else:
                for i, key in enumerate(keys):
                    if i:
                        parts.append(("›", []))
                    parts.append((self._names[key], [key]))
        return parts

    def _shown_name(self, keys: list[Phase]) -> str:
        """The name a summary chip shows: its current phase, else the next, else the last done, else the first."""
        for state in PRIORITY:
            matching = [key for key in keys if self._states.get(key) == state]
            if matching:
                return self._names[matching[-1] if state == "done" else matching[0]]
        return self._names[keys[0]]

    def _build(self, form: str) -> None:
        self._form = form
        while self._layout.count():  # the chips, the separators and the trailing stretch
            self._layout.takeAt(0)
        for widget in self._widgets:
            widget.hide()
            widget.deleteLater()
        self._widgets, self._chips = [], {}
        height = self._chip_height()
        for text, keys in self._parts(form):
            label = QLabel(text, self)
            label.setMinimumHeight(height)  # never squeezed below one line of its text
            if keys:
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setProperty("phase_keys", keys)
                label.setToolTip("\n".join(dict.fromkeys(self._tooltip(key) for key in keys)))
                for key in keys:
                    self._chips[key] = label
            else:
                label.setStyleSheet(f"color: palette(mid); {self._font_css()}" if text == "›" else "")
            self._layout.addWidget(label)
            self._widgets.append(label)
            label.show()  # now, not when the event loop gets to it: sizes are right at once
        self._layout.addStretch(1)
        self.set_phase(self._current)

    def _restyle(self, chip: QLabel) -> None:
        keys: list[Phase] = chip.property("phase_keys")
        states = [self._states.get(key, "idle") for key in keys]
        state = next(s for s in PRIORITY if s in states)
        if self._form == SUMMARY:
            chip.setText(self._shown_name(keys))
        style = self._style(keys[0][0], state) + self._font_css()
        if chip.styleSheet() != style:
            chip.setStyleSheet(style)  # bold through the style sheet: the size still follows the window's font

    def _group_name(self, kind: str) -> str:
        return self.tr("Forward") if kind == "forward" else self.tr("Backward")

    def _full_name(self, key: Phase) -> str:
        kind, l = key
        if kind == "forward":
            return self.tr("Forward %1").replace("%1", str(l))
        if kind == "backward":
            return self.tr("Backward %1").replace("%1", str(l))
        return self.tr("Cost") if kind == "cost" else self.tr("Update")

    def _tooltip(self, key: Phase) -> str:
        kind, l = key
        if kind == "forward":
            return self.tr("Forward propagation, layer %1: Z[%1] = W[%1] A[%2] + b[%1], then A[%1] = g[%1](Z[%1])."
                           ).replace("%1", str(l)).replace("%2", str(l - 1))
        if kind == "cost":
            return self.tr("The cost J: how far the predictions ŷ = A[%1] are from the labels Y, averaged over the "
                           "m examples.").replace("%1", str(l))
        if kind == "backward":
            return self.tr("Backward propagation, layer %1: dZ[%1], then dW[%1] = (1/m) dZ[%1] A[%2]ᵀ and "
                           "db[%1] = (1/m) Σ dZ[%1]; dA[%2] is passed on to the left."
                           ).replace("%1", str(l)).replace("%2", str(l - 1))
        return self.tr("Gradient descent, layer by layer: W[l] = W[l] − α dW[l] and b[l] = b[l] − α db[l].")

    def _font_css(self) -> str:
        """The breadcrumb's own font size, for the style sheets (see changeEvent)."""
        font = self.font()
        size = f"{font.pixelSize()}px" if font.pixelSize() > 0 else f"{font.pointSizeF():g}pt"
        return f" font-size: {size};"

    @staticmethod
    def _style(kind: str, state: str) -> str:
        r, g, b = KIND_COLORS[kind]
        # Every state has a 2-px border (some transparent) and the same padding: a chip never changes size.
        base = f"border-radius: 9px; padding: {PAD_Y}px {PAD_X}px;"
        if state == "current":
            ink = "black" if kind == "cost" else "white"  # white on amber is hard to read
            return (f"{base} background: rgb({r},{g},{b}); color: {ink}; border: 2px solid rgb({r},{g},{b}); "
                    "font-weight: bold;")
        if state == "next":
            return f"{base} border: 2px dashed rgb({r},{g},{b});"
        if state == "done":
            return f"{base} border: 2px solid palette(midlight); color: palette(mid);"
        return f"{base} border: 2px solid palette(mid);"
