"""InspectorPanel: what one phase of one iteration computes — the equation, the NumPy line, the numbers.

It shows the latest snapshot's ``phase`` (the PhaseEvent of the last phase stepped):
the phase's title and place in the iteration, the course's equations (with
superscripts), the lines of ``core`` that ran (``event.ran``), and every matrix of
the event as a heat-coloured table headed by its name and shape. The numbers
shown are the event's own arrays, i.e. exactly core's. When the snapshot has no
phase — after a whole Step, while playing, after a reset, a new network or data,
or a typed weight (the phase no longer describes the parameters) — it shows a
hint and the course's dimension table instead. The snapshot's selected example
x⁽ⁱ⁾ is framed in every matrix that has one column per example. The unit the
plug-in-the-numbers panel writes out (``mark_unit``: layer l, unit j, example i) is
marked in the phase of layer l: cell [j, i] of Z, A, dA, g′, dZ and row j of W, b, dW, db.

The matrices flow onto as many lines as the width needs (never cut at the
right), all coloured on one symmetric scale (``ColourScale``); in a hidden
layer's backward phase they read dA[l] * g′[l](Z[l]) = dZ[l], the element-wise
factor between them shown. "Pop out" floats the inspector in a big window of
its own (the main window does it: see ``pop_out_toggled``), where the tables
show more rows and columns.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from ...core.session import Snapshot
from ...core.training.equations import equations_for, numpy_lines_for, tensor_order, tensor_symbol
from ...core.training.phases import PhaseEvent
from ..model.session import TrainingSession
from ..views.flow_layout import FlowLayout
from .your_matrices import YourMatrices
from ..widgets.course_text import course_rich
from . import phase_texts
from .matrix_table import MAX_TABLE_WIDTH, MAX_VISIBLE_ROWS, ColourScale, MatrixTable
from .shapes_table import ShapesTable
from .unit_marks import example_sentence, frame_example, mark_cards

IDLE, PHASE = 0, 1


class InspectorPanel(QWidget):
    """The current phase's equations, NumPy lines and matrices; the shapes table between iterations."""

    phase_shown = Signal(object)  # PhaseEvent: a new phase is on screen (the window brings the inspector forward)
    pop_out_toggled = Signal(bool)  # the student wants the inspector big in a window of its own (or back)

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._event: PhaseEvent | None = None
        # The snapshot the shown phase first appeared in: the network, α, λ and data the phase ran
        # with (α may change after the last phase while the phase stays on screen).
        self._context: Snapshot | None = None
        self._example: int | None = None  # the selected training example i, as the latest snapshot has it
        self._marked: tuple[int, int, int] | None = None  # (layer, unit j, example i) of the plug-in panel
        self._cards: dict[str, MatrixTable] = {}
        self._operators: list[QLabel] = []  # "*" and "=" between dA[l], g'[l](Z[l]) and dZ[l]
        self._compact = False
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_idle_page())
        self._stack.addWidget(self._build_phase_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        session.state_changed.connect(self._on_state_changed)
        session.structure_changed.connect(lambda _snapshot: self._write_shapes_heading())
        session.selection_changed.connect(self._on_selection_changed)
        self._retranslate()
        self._show_idle()
        self._on_state_changed(session.snapshot)

    # ------------------------------------------------------------------ building
    def _build_idle_page(self) -> QWidget:
        page = QWidget(self)
        self.hint = QLabel(page)
        self.hint.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.25)
        self.hint.setFont(big)
        self.shapes_heading = QLabel(page)
        self.shapes_heading.setWordWrap(True)
        self.shapes_table = ShapesTable(self._session, page)
        self.back_button = QPushButton(page)
        self.back_button.clicked.connect(self._show_phase_page)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(6, 6, 6, 6)
        inner.addLayout(row)
        self.your_matrices = YourMatrices(self._session, page, replaces=(self.hint,))  # the student's own run
        inner.addWidget(self.your_matrices)
        inner.addWidget(self.shapes_heading)
        inner.addWidget(self.shapes_table)
        inner.addStretch(1)
        return self._scrolled(page)

    def _build_phase_page(self) -> QWidget:
        page = QWidget(self)
        self.title = QLabel(page)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.15)
        self.title.setFont(title_font)
        self.info = QLabel(page)
        self.info.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary: greyed
        self.info.setWordWrap(True)  # it gives way to the title when the dock is narrow
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.shapes_button = QPushButton(page)
        self.shapes_button.clicked.connect(lambda: self._stack.setCurrentIndex(IDLE))
        self.pop_out_button = QToolButton(page)
        self.pop_out_button.setCheckable(True)
        self.pop_out_button.toggled.connect(self.pop_out_toggled)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.info, 1)
        header.addWidget(self.shapes_button)
        header.addWidget(self.pop_out_button)

        self.equations = QLabel(page)
        self.equations.setTextFormat(Qt.TextFormat.RichText)
        self.equations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        equation_font = QFont(self.font())
        equation_font.setPointSizeF(max(equation_font.pointSizeF(), 9.0) * 1.4)
        self.equations.setFont(equation_font)
        self.note = QLabel(page)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        equation_block = QVBoxLayout()
        equation_block.addWidget(self.equations)
        equation_block.addStretch(1)

        self.numpy_box = QGroupBox(page)
        self.numpy_code = QLabel(self.numpy_box)
        self.numpy_code.setObjectName("numpy_code")  # Python code: the same in every language
        self.numpy_code.setTextFormat(Qt.TextFormat.PlainText)
        self.numpy_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numpy_code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        box_layout = QVBoxLayout(self.numpy_box)
        box_layout.setContentsMargins(6, 2, 6, 4)
        box_layout.addWidget(self.numpy_code)
        self._top = QHBoxLayout()
        self._top.addLayout(equation_block, 1)

        self.example_label = QLabel(page)
        self.example_label.setWordWrap(True)
        self.colour_scale = ColourScale(page)
        self.colour_scale.scale_changed.connect(self._on_colour_scale)
        self.matrices_area = QWidget(page)  # the cards, wrapping onto new lines: never cut at the right
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.matrices_area.setSizePolicy(policy)
        self._matrix_flow = FlowLayout(self.matrices_area, spacing=14, line_spacing=8)

        self._page = QVBoxLayout(page)
        self._page.setContentsMargins(6, 4, 6, 4)
        self._page.setSpacing(4)
        self._page.addLayout(header)
        self._page.addLayout(self._top)
        self._page.addWidget(self.note)  # full width: a sentence squeezed beside the NumPy box takes 4 lines
        self._page.addWidget(self.example_label)
        self._page.addWidget(self.colour_scale)
        self._page.addWidget(self.matrices_area)
        self._page.addWidget(self.numpy_box)  # moved beside the equations when there is room (_arrange)
        self._page.addStretch(1)
        self._numpy_beside = False
        return self._scrolled(page)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        """A page that scrolls up and down when the dock is short (nothing is ever clipped)."""
        area = QScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        return area

    # ------------------------------------------------------------------ public (tests, main window)
    @property
    def event(self) -> PhaseEvent | None:
        """The phase shown (None between iterations)."""
        return self._event

    def showing_phase(self) -> bool:
        return self._stack.currentIndex() == PHASE

    def show_shapes(self) -> None:
        """Show the dimension table (the phase, if any, stays one click away)."""
        self._stack.setCurrentIndex(IDLE)

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the phase's title and equations only; the rest comes back when it ends."""
        self._compact = on
        for widget in (self.numpy_box, self.matrices_area, self.colour_scale, self.note, self.example_label,
                       self.shapes_heading, self.shapes_table, self.pop_out_button, self.shapes_button):
            widget.setVisible(not on)
        if not on and self._event is not None:
            self._show_event()  # the note and the example line decide again whether they have something to say

    def matrix(self, key: str) -> MatrixTable:
        """The table of the event's tensor ``key`` ("Z", "dW", "W_after", ...)."""
        return self._cards[key]

    def mark_unit(self, unit: tuple[int, int, int] | None) -> None:
        """Mark (l, j, i), 0-based, as the plug-in panel writes it out (see .unit_marks); None: no mark."""
        self._marked = tuple(unit) if unit is not None else None
        if self._event is not None:
            self._show_marks()

    def marked_cells(self) -> dict[str, tuple[int, int | None]]:
        """Each shown matrix with a mark: its key → (row, column), column None for a whole row."""
        return {key: card.model.marked for key, card in self._cards.items()
                if not card.isHidden() and card.model.marked is not None}

    def matrix_keys(self) -> list[str]:
        """The event's tensors in the order they are shown."""
        return [key for key in self._cards if not self._cards[key].isHidden()]

    # ------------------------------------------------------------------ slots
    def _on_state_changed(self, snapshot: Snapshot) -> None:
        self._example = snapshot.selection.example
        phase = snapshot.phase
        if phase is None:
            if self._event is not None:  # stale: a whole iteration, a reset or an edit came after it
                self._show_idle()
            return
        if phase is not self._event:  # a new phase (while playing nothing is shown: no work per tick)
            self._event, self._context = phase, snapshot
            self._show_event()
            self._show_phase_page()
            self.phase_shown.emit(phase)

    def _on_selection_changed(self, snapshot: Snapshot) -> None:
        self._example = snapshot.selection.example
        if self._event is not None:
            self._show_example()

    # ------------------------------------------------------------------ showing
    def _show_idle(self) -> None:
        self._event, self._context = None, None
        self._write_shapes_heading()
        self.back_button.hide()
        self._stack.setCurrentIndex(IDLE)

    def _write_shapes_heading(self) -> None:
        self.shapes_heading.setText(self.tr("The shapes of every matrix (m = %1 training examples):")
                                    .replace("%1", str(self.shapes_table.m())))

    def _show_phase_page(self) -> None:
        if self._event is not None:
            self._stack.setCurrentIndex(PHASE)
            self.back_button.show()

    def _show_event(self) -> None:
        event, context = self._event, self._context
        hp, L, loss = context.hyperparameters, context.L, context.loss
        activation = context.activations[event.layer - 1]
        m = next(iter(event.tensors.values())).shape[1] if event.kind != "update" else context.batch_m
        self.title.setText(phase_texts.title(event, loss))
        self.info.setText(phase_texts.position(event, L))
        lines = [course_rich(line) for line in equations_for(
            event.equation, event.layer, L, activation, loss, lambd=hp.lambd, leaky_alpha=hp.leaky_alpha)]
        if event.kind == "cost" and event.cost is not None:
            lines.append(f"<b>J = {event.cost:.6g}</b>")
        self.equations.setText("<br>".join(lines))
        self.note.setText(phase_texts.note(event, m, hp.learning_rate))
        self.note.setVisible(bool(self.note.text()) and not self._compact)
        numpy_lines = numpy_lines_for(event.ran, event.layer)
        sources = list(dict.fromkeys(line.source for line in numpy_lines))
        self.numpy_box.setTitle(self.tr("NumPy that ran (%1)").replace("%1", ", ".join(sources)))
        code, function = [], None
        for line in numpy_lines:  # each function's lines under its name, in the order they ran
            if line.function is not function:
                function = line.function
                code.append(f"# {function.__name__}()")
            code.append(line.code)
        self.numpy_code.setText("\n".join(code))
        self._show_matrices(event)
        self._show_example()
        self._show_marks()
        self._arrange()

    def _show_matrices(self, event: PhaseEvent) -> None:
        keys = tensor_order(event.equation, list(event.tensors))
        for card in self._cards.values():
            card.hide()
        for label in self._operators:
            label.hide()
        while self._matrix_flow.count():
            self._matrix_flow.takeAt(0)
        operators = self._factor_operators(keys)
        scale = self.colour_scale.scale
        for key in keys:
            card = self._cards.get(key)
            if card is None:
                card = self._cards[key] = MatrixTable(self.matrices_area)
            self._matrix_flow.addWidget(card)
            symbol = tensor_symbol(key, event.layer)
            card.set_matrix(symbol, event.tensors[key], phase_texts.card_title(key, symbol, event.layer),
                            phase_texts.card_tooltip(key, event.layer), color_scale=scale)
            card.show()
            if key in operators:
                self._matrix_flow.addWidget(operators[key])
                operators[key].show()
        # Keep the dict in display order (matrix_keys() reads it).
        self._cards = {**{key: self._cards[key] for key in keys},
                       **{key: card for key, card in self._cards.items() if key not in keys}}
        self._fit_cards()

    def _factor_operators(self, keys: list[str]) -> dict[str, QLabel]:
        """dA[l] * g'[l](Z[l]) = dZ[l]: the "*" after dA and the "=" after g', when the phase has all three."""
        if not {"dA", "g_prime", "dZ"} <= set(keys):
            return {}
        while len(self._operators) < 2:
            label = QLabel(self.matrices_area)
            font = QFont(self.font())
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
            font.setBold(True)
            label.setFont(font)
            self._operators.append(label)
        times, equals = self._operators
        times.setText("*")
        times.setToolTip(self.tr("Element-wise product: each entry of dA is multiplied by the same entry of g′(Z)."))
        equals.setText("=")
        return {"dA": times, "g_prime": equals}

    def _fit_cards(self) -> None:
        """Tables as big as the panel allows: more rows and columns when the inspector is big (popped out)."""
        rows = max(MAX_VISIBLE_ROWS, (self.height() - 220) // max(1, self.fontMetrics().height() + 4))
        width = max(MAX_TABLE_WIDTH, int(0.45 * (self.width() - 40)))
        for card in self._cards.values():
            card.set_limits(width, min(rows, 40))
        self.matrices_area.updateGeometry()

    def _on_colour_scale(self, scale: float) -> None:
        for card in self._cards.values():
            card.model.set_color_scale(scale)

    def _show_example(self) -> None:
        """Frame column i of every matrix with one column per training example; say what example i is."""
        i, context = self._example, self._context
        train = context.prepared.train
        full_batch = context.batch_m == train.m
        frame_example(self._cards, i, train.m, full_batch)
        if i is None or i >= train.m or self._compact:
            self.example_label.hide()
            return
        self.example_label.setText(example_sentence(train, i, full_batch))
        self.example_label.show()

    def _show_marks(self) -> None:
        full_batch = self._context is not None and self._context.batch_m == self._context.prepared.train.m
        mark_cards(self._cards, None if self._event is None else self._event.layer, self._marked, full_batch)

    # ------------------------------------------------------------------ layout, language
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        self._fit_cards()

    def _arrange(self) -> None:
        """The NumPy box beside the equations when both fit the width; else under the matrices,
        so that a short dock still shows the equation and the numbers first."""
        margins = 12 + 8 + self._top.spacing() + 20  # page margins, scroll bar
        needed = self.equations.sizeHint().width() + self.numpy_box.sizeHint().width() + margins
        beside = needed <= self.width()
        if beside == self._numpy_beside:
            return
        self._numpy_beside = beside
        if beside:
            self._page.removeWidget(self.numpy_box)
            self._top.addWidget(self.numpy_box, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self._top.removeWidget(self.numpy_box)
            self._page.insertWidget(self._page.indexOf(self.matrices_area) + 1, self.numpy_box)

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("Press Shift+→ to step through one iteration phase by phase: forward layer 1 … L, "
                                  "cost, backward layer L … 1, update."))
        self.back_button.setText(self.tr("Back to the phase"))
        self.shapes_button.setText(self.tr("Shapes"))
        self.shapes_button.setToolTip(self.tr("The course's dimension table: the shape of W[l], b[l], Z[l], A[l], "
                                              "dW[l] and db[l] for every layer."))
        self.pop_out_button.setText(self.tr("Pop out"))
        self.pop_out_button.setToolTip(self.tr("Show the inspector in a big window of its own, with more rows and "
                                               "columns of every matrix; press again to put it back."))
        self.colour_scale.retranslate()
        self._write_shapes_heading()
        if self._event is not None:
            self._show_event()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "shapes_button"):
            self._retranslate()
        super().changeEvent(event)

