"""LayerEditor: the hidden layers of the network, one row per layer (n[l] and g[l]).

It only shows layers and announces what the user asked for by signal; the
NetworkPanel passes the requests to the session and feeds its answer back
through ``show_layers``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QToolButton,
    QVBoxLayout, QWidget,
)

from ...core.nn.activations import HIDDEN_ACTIVATIONS
from ...core.training.hyperparameters import MAX_HIDDEN_LAYERS, MAX_UNITS, Hyperparameters
from ..support.messages import activation_label
from ..widgets.forms import wrapping_form


class LayerEditor(QWidget):
    """The "−  count  +" buttons and a (units, activation) row per hidden layer."""

    add_requested = Signal()
    remove_requested = Signal()
    units_edited = Signal(int, int)  # layer l (1-based), n[l]
    activation_edited = Signal(int, str)  # layer l (1-based), activation name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QSpinBox, QComboBox]] = []
        self._row_labels: list[QLabel] = []
        self._hp: Hyperparameters | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.title_label = QLabel(self)
        top.addWidget(self.title_label, 1)
        self.remove_button = self._square_button("−")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit())
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("00") + 8)
        self.add_button = self._square_button("+")
        self.add_button.clicked.connect(lambda: self.add_requested.emit())
        for widget in (self.remove_button, self.count_label, self.add_button):
            top.addWidget(widget)
        layout.addLayout(top)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self._form = wrapping_form()
        layout.addLayout(self._form)
        self._retranslate()

    def _square_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # "+" and "−" must read from the back of a room
        font.setBold(True)
        button.setFont(font)
        side = button.fontMetrics().height() + 10
        button.setFixedSize(side, side)
        return button

    # ------------------------------------------------------------------ rows
    @property
    def layer_count(self) -> int:
        return len(self._rows)

    def units_spin(self, layer: int) -> QSpinBox:
        """The n[layer] spin box (layer is 1-based, as in the course)."""
        return self._rows[layer - 1][0]

    def activation_combo(self, layer: int) -> QComboBox:
        """The g[layer] combo box (layer is 1-based)."""
        return self._rows[layer - 1][1]

    def _rebuild(self, count: int) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)  # deletes the row's widgets too
        self._rows = []
        self._row_labels = []
        for layer in range(1, count + 1):
            spin = QSpinBox(self)
            spin.setRange(1, MAX_UNITS)
            spin.setPrefix(f"n[{layer}] = ")
            spin.setKeyboardTracking(False)  # typing "12" must not build a 1-unit network first
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            spin.valueChanged.connect(lambda n, layer=layer: self.units_edited.emit(layer, n))

            combo = QComboBox(self)
            for name in HIDDEN_ACTIVATIONS:
                combo.addItem(activation_label(name), name)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(
                lambda index, layer=layer, combo=combo: self.activation_edited.emit(layer, combo.itemData(index)))

            field = QWidget(self)
            row = QHBoxLayout(field)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(spin)
            row.addWidget(combo, 1)
            label = QLabel(self)
            label.setBuddy(spin)
            self._form.addRow(label, field)
            self._rows.append((spin, combo))
            self._row_labels.append(label)
            self._retranslate_row(layer)

    def _retranslate_row(self, layer: int) -> None:
        spin, combo = self._rows[layer - 1]
        self._row_labels[layer - 1].setText(self.tr("Layer %1").replace("%1", str(layer)))
        spin.setToolTip(self.tr(
            "n[%1], the number of units in hidden layer %1: W[%1] has shape (n[%1], n[%2]). "
            "Training restarts.").replace("%1", str(layer)).replace("%2", str(layer - 1)))
        for index in range(combo.count()):
            combo.setItemText(index, activation_label(combo.itemData(index)))
        combo.setToolTip(self.tr(
            "g[%1], the activation of hidden layer %1: A[%1] = g[%1](Z[%1]). "
            "Backprop uses its derivative g′[%1](Z[%1]). Training restarts.").replace("%1", str(layer)))

    def _retranslate(self) -> None:
        """Set every text in the current language (at start and on QEvent.LanguageChange)."""
        self.title_label.setText(self.tr("Hidden layers"))
        for button, tip in (
            (self.remove_button, self.tr("Remove the last hidden layer (L shrinks by 1); training restarts.")),
            (self.add_button, self.tr("Add a hidden layer (L grows by 1), like the last one; training restarts.")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        for layer in range(1, len(self._rows) + 1):
            self._retranslate_row(layer)
        if self._hp is not None:
            self.summary_label.setText(self._summary(self._hp))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "summary_label"):
            self._retranslate()
        super().changeEvent(event)

    def show_layers(self, hp: Hyperparameters) -> None:
        """Show the session's hidden layers; rows are rebuilt only when their number changed."""
        self._hp = hp
        if len(hp.hidden_units) != len(self._rows):
            self._rebuild(len(hp.hidden_units))
        for (spin, combo), n, name in zip(self._rows, hp.hidden_units, hp.hidden_activations):
            with QSignalBlocker(spin):
                spin.setValue(n)
            with QSignalBlocker(combo):
                combo.setCurrentIndex(combo.findData(name))
        count = len(hp.hidden_units)
        self.count_label.setText(str(count))
        self.remove_button.setEnabled(count > 0)
        self.add_button.setEnabled(count < MAX_HIDDEN_LAYERS)
        self.summary_label.setText(self._summary(hp))

    def _summary(self, hp: Hyperparameters) -> str:
        # No-break spaces keep the list on one line.
        dims = "[" + ",\u00a0".join(str(n) for n in hp.layer_dims()) + "]"
        if hp.hidden_units:
            return self.tr("layer_dims = %1, so L = %2 layers with weights.").replace("%1", dims).replace(
                "%2", str(len(hp.hidden_units) + 1))
        if hp.problem == "regression":
            text = self.tr("No hidden layer: this is linear regression, a single linear unit. layer_dims = %1")
        elif hp.problem == "multiclass":
            text = self.tr("No hidden layer: this is softmax regression; each boundary is a straight line. "
                           "layer_dims = %1")
        else:
            text = self.tr("No hidden layer: this is logistic regression, one neuron that can only draw "
                           "a straight boundary. layer_dims = %1")
        return text.replace("%1", dims)
