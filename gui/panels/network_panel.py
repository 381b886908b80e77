"""NetworkPanel: inputs, layers, initialization and the training hyperparameters.

Every control asks the session (``set_hyperparameters`` and its helpers); the
panel shows only what the latest snapshot holds (``snapshot.hyperparameters``),
so a refused value reverts at once. Values are written into the controls with
their signals blocked, so showing a change never asks for it again.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget,
)

from ...core.data.features import FEATURES
from ...core.nn.initialization import INITIALIZATIONS
from ...core.session import Snapshot
from ...core.training.hyperparameters import MAX_SEED, Hyperparameters
from ..model.session import TrainingSession
from ..support.messages import activation_label
from ..widgets.course_text import nobreak
from ..widgets.forms import wrapping_form
from ..widgets.number_combo import NumberCombo
from ..widgets.problem_label import ProblemLabel
from ..widgets.refusal import call_refusable
from ..widgets.seed_spin import SeedSpinBox
from .layer_editor import LayerEditor

LEARNING_RATES = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 1.2, 3, 10)
LAMBDAS = (0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10)
INIT_SCALES = (0.001, 0.01, 0.1, 0.5, 1, 2, 5, 10)
BATCH_SIZES = (1, 8, 16, 32, 64, 128, 256)
FULL_BATCH = 0  # combo item data for "full batch" (None does not survive a QVariant round trip)
SCALED_INITIALIZATIONS = ("random", "course")  # the ones that use init_scale
# Where each feature's box sits (row, column): pairs that belong together share a row.
FEATURE_CELLS = {"x1": (0, 0), "x2": (0, 1), "x1_x2": (0, 2), "x1_squared": (1, 0), "x2_squared": (1, 1),
                 "sin_x1": (2, 0), "sin_x2": (2, 1)}


class NetworkPanel(QWidget):
    """Input features, hidden layers, output, initialization, α, batch size and λ."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.form_labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._build_inputs())
        outer.addWidget(self._build_network())
        outer.addWidget(self._build_training())
        self.problem_label = ProblemLabel(self)
        outer.addWidget(self.problem_label)
        outer.addStretch(1)
        self._shown: Hyperparameters | None = None  # the hyperparameters the controls show
        session.structure_changed.connect(self._follow)
        session.state_changed.connect(self._follow)
        self._retranslate()

    # ------------------------------------------------------------------ building
    def _row(self, form: QFormLayout, key: str, field: QWidget) -> None:
        """A form row whose label is kept (in ``form_labels``) so a language change can set its text again."""
        label = QLabel(field.parentWidget())
        label.setBuddy(field)
        self.form_labels[key] = label
        form.addRow(label, field)

    def _build_inputs(self) -> QGroupBox:
        box = QGroupBox(self)
        self.inputs_box = box
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.feature_boxes: dict[str, QCheckBox] = {}
        for i, (name, (label, _)) in enumerate(FEATURES.items()):
            check = QCheckBox(label, box)  # the course's symbol (X₁, X₁²...): the same in every language
            check.toggled.connect(self._on_feature_toggled)
            row, column = FEATURE_CELLS.get(name, (3 + i // 3, i % 3))
            grid.addWidget(check, row, column)
            self.feature_boxes[name] = check
        layout.addLayout(grid)
        self.standardize_box = QCheckBox(box)
        self.standardize_box.toggled.connect(
            lambda on: self._apply(self._session.set_hyperparameters, standardize=bool(on)))
        layout.addWidget(self.standardize_box)
        return box

    def _feature_tips(self) -> dict[str, str]:
        rows = self.tr("Each ticked feature is one row of X, so n[0] is the number of ticked features.")
        tips = {
            "x1": self.tr("X₁: the first coordinate x1 of each point."),
            "x2": self.tr("X₂: the second coordinate x2 of each point."),
            "x1_squared": self.tr("X₁²: x1 squared. With X₂², even one neuron can draw a circle."),
            "x2_squared": self.tr("X₂²: x2 squared. With X₁², even one neuron can draw a circle."),
            "x1_x2": self.tr("X₁X₂: the product x1·x2, positive in two opposite quadrants (as in XOR)."),
            "sin_x1": self.tr("sin(X₁): the sine of x1, for wavy boundaries along x1."),
            "sin_x2": self.tr("sin(X₂): the sine of x2, for wavy boundaries along x2."),
        }
        return {name: f"{tip}\n{rows}" for name, tip in tips.items()}

    def _build_network(self) -> QGroupBox:
        box = QGroupBox(self)
        self.network_box = box
        layout = QVBoxLayout(box)
        self.layer_editor = LayerEditor(box)
        self.layer_editor.add_requested.connect(lambda: self._apply(self._session.add_layer))
        self.layer_editor.remove_requested.connect(lambda: self._apply(self._session.remove_layer))
        self.layer_editor.units_edited.connect(lambda l, n: self._apply(self._session.set_layer_units, l, n))
        self.layer_editor.activation_edited.connect(
            lambda l, name: self._apply(self._session.set_layer_activation, l, name))
        layout.addWidget(self.layer_editor)

        form = wrapping_form()
        layout.addLayout(form)
        self._form_network = form
        self.output_label = QLabel(box)
        self.output_label.setTextFormat(Qt.TextFormat.RichText)
        self._row(form, "output", self.output_label)
        # The reason gets the full width below: squeezed beside its label it breaks mid-formula.
        self.output_reason_label = QLabel(box)
        self.output_reason_label.setWordWrap(True)
        form.addRow(self.output_reason_label)

        self.leaky_spin = QDoubleSpinBox(box)
        self.leaky_spin.setRange(0.0, 0.99)
        self.leaky_spin.setDecimals(3)
        self.leaky_spin.setSingleStep(0.01)
        self.leaky_spin.valueChanged.connect(
            lambda v: self._apply(self._session.set_hyperparameters, leaky_alpha=float(v)))
        self._row(form, "leaky", self.leaky_spin)

        self.init_combo = QComboBox(box)
        for name in INITIALIZATIONS:
            self.init_combo.addItem(name, name)  # texts: _retranslate
        self.init_combo.currentIndexChanged.connect(
            lambda i: self._apply(self._session.set_hyperparameters, initialization=self.init_combo.itemData(i)))
        self._row(form, "init", self.init_combo)

        self.scale_combo = NumberCombo(INIT_SCALES, box)
        self.scale_combo.value_entered.connect(
            lambda v: self._apply(self._session.set_hyperparameters, init_scale=v))
        self.scale_combo.text_refused.connect(lambda text: self._refuse_text(text, self.tr("The scale")))
        self._row(form, "scale", self.scale_combo)

        self.init_seed_spin = SeedSpinBox(MAX_SEED, box)
        self.init_seed_spin.valueChanged.connect(lambda v: self._apply(self._session.set_hyperparameters, seed=v))
        self._row(form, "seed", self.init_seed_spin)
        return box

    def _initialization_text(self, name: str) -> tuple[str, str]:
        """(label, tooltip) of an initialization method."""
        texts = {
            "zeros": (self.tr("Zeros"), self.tr("W = 0: every hidden unit computes the same thing and stays so.")),
            "random": (self.tr("Random × scale"), self.tr("W = randn × scale (the course: 0.01).")),
            "xavier": (self.tr("Xavier"), self.tr("W = randn × √(1/n[l−1]); suits tanh.")),
            "he": (self.tr("He"), self.tr("W = randn × √(2/n[l−1]); suits ReLU.")),
            "course": (self.tr("Course-compatible"), self.tr(
                "W = randn × scale from NumPy's legacy RandomState, in the course's order.")),
            "course_deep": (self.tr("Course deep network"), self.tr(
                "W = randn / √n[l−1] from NumPy's legacy RandomState, as the course's deep application "
                "(seed 1); the scale does not apply.")),
        }
        return texts.get(name, (name, name))

    def _build_training(self) -> QGroupBox:
        box = QGroupBox(self)
        self.training_box = box
        layout = QVBoxLayout(box)
        form = wrapping_form()
        layout.addLayout(form)

        self.learning_rate_combo = NumberCombo(LEARNING_RATES, box)
        self.learning_rate_combo.value_entered.connect(lambda v: self._apply(self._session.set_learning_rate, v))
        self.learning_rate_combo.text_refused.connect(
            lambda text: self._refuse_text(text, self.tr("The learning rate α")))
        self._row(form, "learning_rate", self.learning_rate_combo)

        self.batch_combo = QComboBox(box)
        self.batch_combo.addItem("", FULL_BATCH)  # text: _retranslate
        for size in BATCH_SIZES:
            self.batch_combo.addItem(str(size), size)
        self.batch_combo.currentIndexChanged.connect(self._on_batch_chosen)
        self._row(form, "batch", self.batch_combo)

        self.lambd_combo = NumberCombo(LAMBDAS, box)
        self.lambd_combo.value_entered.connect(lambda v: self._apply(self._session.set_hyperparameters, lambd=v))
        self.lambd_combo.text_refused.connect(lambda text: self._refuse_text(text, self.tr("λ")))
        self._row(form, "lambd", self.lambd_combo)

        self.notice_label = QLabel(box)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("font-style: italic;")
        layout.addWidget(self.notice_label)
        return box

    def _retranslate(self) -> None:
        """Set every text in the current language (at start and on QEvent.LanguageChange)."""
        self.inputs_box.setTitle(self.tr("Inputs"))
        tips = self._feature_tips()
        for name, check in self.feature_boxes.items():
            check.setToolTip(tips.get(name, self.tr("An input feature: one row of X.")))
        self.standardize_box.setText(self.tr("Standardize inputs"))
        self.standardize_box.setToolTip(self.tr(
            "Subtract each feature's mean and divide by its standard deviation (measured on the training set), "
            "so features of different sizes learn at a similar speed. Training restarts."))

        self.network_box.setTitle(self.tr("Network"))
        self.form_labels["output"].setText(self.tr("Output g[L]"))
        self.form_labels["leaky"].setText(self.tr("Leaky ReLU slope"))
        self.leaky_spin.setToolTip(self.tr(
            "Leaky ReLU slope: g(z) = z for z > 0, slope·z otherwise, so a unit never stops learning. "
            "Usually 0.01."))
        self.form_labels["init"].setText(self.tr("Initialization"))
        for index in range(self.init_combo.count()):
            label, tip = self._initialization_text(self.init_combo.itemData(index))
            self.init_combo.setItemText(index, label)
            self.init_combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.init_combo.setToolTip(self.tr(
            "How W[l] starts before the first iteration (b[l] always starts at 0). "
            "Zeros leave every unit of a layer identical. Training restarts."))
        self.form_labels["scale"].setText(self.tr("Init scale"))
        self.scale_combo.setToolTip(self.tr(
            "W = randn × scale; the course uses 0.01. A large scale saturates tanh and sigmoid, "
            "so learning stalls. Used by Random and Course-compatible only."))
        self.form_labels["seed"].setText(self.tr("Init seed"))
        self.init_seed_spin.setToolTip(self.tr(
            "Seed of the random initial W: the same seed always gives the same starting network. "
            "Course-compatible with seed 2 gives the course's numbers."))

        self.training_box.setTitle(self.tr("Training"))
        self.form_labels["learning_rate"].setText(self.tr("Learning rate α"))
        self.learning_rate_combo.setToolTip(self.tr(
            "Learning rate α: how far each gradient-descent step moves W and b (W := W − α dW). "
            "Too large and the cost diverges. Training goes on."))
        self.form_labels["batch"].setText(self.tr("Batch size"))
        self.batch_combo.setItemText(self.batch_combo.findData(FULL_BATCH), self.tr("Full batch (m)"))
        self.batch_combo.setToolTip(self.tr(
            "Examples per gradient step. Full batch uses all m training examples in every iteration, as the "
            "course does; mini-batches take more, noisier steps. Training goes on."))
        self.form_labels["lambd"].setText(self.tr("L2 λ"))
        self.lambd_combo.setToolTip(self.tr(
            "λ, L2 regularization: adds (λ/2m)Σ‖W‖² to the cost, pulling the weights towards 0 "
            "against overfitting. Training goes on."))
        self.notice_label.setText(self.tr(
            "Changing the learning rate, λ or the batch size keeps training; changing the network restarts it."))
        self.problem_label.retranslate()
        self._show(self._session.snapshot.hyperparameters)  # the output activation's name and the reason for it

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "problem_label"):
            self._retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ user -> session
    def _on_feature_toggled(self) -> None:
        chosen = tuple(name for name, check in self.feature_boxes.items() if check.isChecked())
        if not chosen:
            self._refuse(self.tr("Keep at least one input feature: the network needs n[0] ≥ 1 inputs."))
            return
        self._apply(self._session.set_hyperparameters, features=chosen)

    def _on_batch_chosen(self, index: int) -> None:
        size = self.batch_combo.itemData(index)
        self._apply(self._session.set_hyperparameters, batch_size=None if size == FULL_BATCH else int(size))

    def _refuse_text(self, text: str, what: str) -> None:
        self._refuse(self.tr("%1 must be a number, such as 0.01; “%2” is not one.")
                     .replace("%1", what).replace("%2", text.strip()))

    def _apply(self, method: Callable[..., object], *args: object, **kwargs: object) -> None:
        accepted, reason = call_refusable(self._session, method, *args, **kwargs)
        if accepted:
            self.problem_label.clear_problem()
        else:
            self._refuse(reason or self.tr("The session did not accept this change."))

    def _refuse(self, reason: str) -> None:
        self.problem_label.show_problem(reason)
        self._show(self._session.snapshot.hyperparameters)  # the session kept its values: show them again

    # ------------------------------------------------------------------ session -> widgets
    def _follow(self, snapshot: Snapshot) -> None:
        if snapshot.hyperparameters != self._shown:  # while training they stay: nothing to do per tick
            self._show(snapshot.hyperparameters)

    def _show(self, hp: Hyperparameters) -> None:
        """Write ``hp`` into the controls (their signals blocked: showing is not asking)."""
        self._shown = hp
        self.layer_editor.show_layers(hp)
        for name, check in self.feature_boxes.items():
            with QSignalBlocker(check):
                check.setChecked(name in hp.features)
        with QSignalBlocker(self.standardize_box):
            self.standardize_box.setChecked(hp.standardize)
        self.output_label.setText(f"<b>{html.escape(activation_label(hp.output_activation))}</b>")
        self.output_reason_label.setText(self._output_reason(hp))
        with QSignalBlocker(self.leaky_spin):
            self.leaky_spin.setValue(hp.leaky_alpha)
        self._form_network.setRowVisible(self.leaky_spin, "leaky_relu" in hp.hidden_activations)
        with QSignalBlocker(self.init_combo):
            self.init_combo.setCurrentIndex(self.init_combo.findData(hp.initialization))
        self.scale_combo.show_value(hp.init_scale)
        self.scale_combo.setEnabled(hp.initialization in SCALED_INITIALIZATIONS)
        self.init_seed_spin.show_seed(hp.seed)
        self.learning_rate_combo.show_value(hp.learning_rate)
        self.lambd_combo.show_value(hp.lambd)
        self._show_batch(hp.batch_size)

    def _show_batch(self, batch_size: int | None) -> None:
        data = FULL_BATCH if batch_size is None else batch_size
        with QSignalBlocker(self.batch_combo):
            index = self.batch_combo.findData(data)
            if index < 0:  # a size from a loaded session that the list does not offer
                self.batch_combo.addItem(str(data), data)
                index = self.batch_combo.count() - 1
            self.batch_combo.setCurrentIndex(index)

    def _output_reason(self, hp: Hyperparameters) -> str:
        """Why the output activation follows the problem (one line)."""
        if hp.problem == "multiclass":
            return self.tr("Softmax, because there are %1 classes: one probability per class, summing to 1."
                           ).replace("%1", str(hp.n_classes))
        if hp.problem == "regression":
            return self.tr("Linear, because this is regression: the output is the predicted value ŷ itself.")
        return self.tr("Sigmoid, because there are two classes: %1, between 0 and 1.").replace(
            "%1", nobreak("a[L] = P(y = 1 | x)"))


if __name__ == "__main__":  # preview: python -m backprop_studio.gui.panels.network_panel
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    preview_session = TrainingSession()
    preview_session.set_hidden_units((4, 3), ("tanh", "leaky_relu"))
    panel = NetworkPanel(preview_session)
    panel.setWindowTitle("NetworkPanel preview")
    panel.resize(320, 760)
    panel.show()
    sys.exit(app.exec())
