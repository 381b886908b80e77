"""DataPanel: which dataset, how many points, how noisy, how split.

Every control asks ``TrainingSession.set_data_spec``; the panel only shows what
the latest snapshot holds (``snapshot.data_spec``), so a refused value snaps back
to the session's. Values are written into the controls with their signals
blocked, so showing a change never asks for it again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractSpinBox, QButtonGroup, QDoubleSpinBox, QGridLayout, QGroupBox, QLabel,
    QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from ...core.data.datasets import DATASETS, M_RANGE, MAX_SEED, NOISE_RANGE, TEST_RATIO_RANGE, DatasetSpec
from ...core.data.pipeline import DataSpec
from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..widgets.forms import wrapping_form
from ..widgets.problem_label import ProblemLabel
from ..widgets.refusal import call_refusable
from ..widgets.seed_spin import SeedSpinBox
from .thumbnails import THUMBNAIL_SIZE, dataset_thumbnail

COLUMNS = 4  # four 56 px thumbnails fit a ~320 px dock with room for the frame

# A constant 3 px border (transparent until chosen) keeps the icons still when the frame appears.
_THUMBNAIL_STYLE = """
QToolButton#datasetThumbnail { border: 3px solid transparent; border-radius: 5px; padding: 1px; background: transparent; }
QToolButton#datasetThumbnail:hover { border-color: palette(mid); }
QToolButton#datasetThumbnail:checked { border-color: palette(window-text); }
"""


def dataset_label(spec: DatasetSpec) -> str:
    """The dataset's display name, translated when a translation exists."""
    return QCoreApplication.translate("DatasetSpec", spec.label)


def noise_meaning(spec: DatasetSpec) -> str:
    """What ``noise`` does to this dataset, from the part of its description after "noise:".

    The marker is translated too ("noise:" → "噪声："), so a translated description splits the same way.
    """
    description = QCoreApplication.translate("DatasetSpec", spec.description)
    _, _, tail = description.partition(QCoreApplication.translate("DatasetSpec", "noise:"))
    return tail.strip() if tail else description


class DataPanel(QWidget):
    """Dataset thumbnails, m, noise, test share, seed and Regenerate."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.thumbnail_buttons: dict[str, QToolButton] = {}
        self._thumbnail_group = QButtonGroup(self)
        self._shown: DataSpec | None = None  # the data spec the controls show
        self._build()
        session.structure_changed.connect(self._follow)
        session.state_changed.connect(self._follow)
        self._retranslate()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.setStyleSheet(_THUMBNAIL_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self)  # untitled: the dock is already called "Data"
        outer.addWidget(box)
        outer.addStretch(1)
        layout = QVBoxLayout(box)

        specs = list(DATASETS.values())
        classification = [s for s in specs if s.problem != "regression"]
        regression = [s for s in specs if s.problem == "regression"]
        self.classification_caption = self._caption()
        layout.addWidget(self.classification_caption)
        layout.addLayout(self._thumbnail_grid(classification))
        self.regression_caption: QLabel | None = None
        if regression:
            self.regression_caption = self._caption()
            layout.addWidget(self.regression_caption)
            layout.addLayout(self._thumbnail_grid(regression))

        self.selected_label = QLabel(box)
        self.selected_label.setWordWrap(True)
        layout.addWidget(self.selected_label)

        form = wrapping_form()
        layout.addLayout(form)

        self.points_spin = QSpinBox(box)
        self.points_spin.setRange(*M_RANGE)
        self.points_spin.setSingleStep(10)
        self.points_spin.valueChanged.connect(self._on_points_edited)

        self.noise_spin = QDoubleSpinBox(box)
        self.noise_spin.setRange(*NOISE_RANGE)
        self.noise_spin.setDecimals(2)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.valueChanged.connect(self._on_noise_edited)

        self.test_ratio_spin = QSpinBox(box)
        self.test_ratio_spin.setRange(round(TEST_RATIO_RANGE[0] * 100), round(TEST_RATIO_RANGE[1] * 100))
        self.test_ratio_spin.setSingleStep(5)
        self.test_ratio_spin.setSuffix(" %")
        self.test_ratio_spin.valueChanged.connect(self._on_test_ratio_edited)

        self.seed_spin = SeedSpinBox(MAX_SEED, box)
        self.seed_spin.valueChanged.connect(self._on_seed_edited)

        # Row labels are kept so a language change can set their texts again.
        self.form_labels: dict[str, QLabel] = {}
        for key, spin in (("points", self.points_spin), ("noise", self.noise_spin),
                          ("test_ratio", self.test_ratio_spin), ("seed", self.seed_spin)):
            label = QLabel(box)
            label.setBuddy(spin)
            self.form_labels[key] = label
            form.addRow(label, spin)
            # Typing "400" must not build datasets of 4 and 40 points on the way.
            spin.setKeyboardTracking(False)
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

        self.regenerate_button = QPushButton(box)
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        layout.addWidget(self.regenerate_button)

        self.custom_label = QLabel(box)
        self.custom_label.setWordWrap(True)
        layout.addWidget(self.custom_label)

        self.problem_label = ProblemLabel(box)
        layout.addWidget(self.problem_label)

    def _caption(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet("font-weight: 600;")
        return label

    def _thumbnail_grid(self, specs: list[DatasetSpec]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        for i, spec in enumerate(specs):
            button = QToolButton(self)
            button.setObjectName("datasetThumbnail")
            button.setCheckable(True)
            button.setIcon(QIcon(dataset_thumbnail(spec.name)))
            button.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            button.clicked.connect(lambda _checked=False, name=spec.name: self._on_thumbnail_clicked(name))
            self._thumbnail_group.addButton(button)
            self.thumbnail_buttons[spec.name] = button
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
        grid.setColumnStretch(COLUMNS, 1)  # keep the thumbnails packed to the left
        return grid

    def _retranslate(self) -> None:
        """Set every text in the current language (at start and on QEvent.LanguageChange)."""
        self.classification_caption.setText(self.tr("Classification"))
        if self.regression_caption is not None:
            self.regression_caption.setText(self.tr("Regression"))
        for name, button in self.thumbnail_buttons.items():
            spec = DATASETS[name]
            label = dataset_label(spec)
            description = QCoreApplication.translate("DatasetSpec", spec.description)
            button.setToolTip(f"<b>{html.escape(label)}</b><br>{html.escape(description)}")
            button.setAccessibleName(label)
        self.form_labels["points"].setText(self.tr("Points m"))
        self.form_labels["noise"].setText(self.tr("Noise"))
        self.form_labels["test_ratio"].setText(self.tr("Test share"))
        self.form_labels["seed"].setText(self.tr("Data seed"))
        self.points_spin.setToolTip(self.tr(
            "m, the number of examples: the columns of X (n_x, m). "
            "More points show the shape better, but every iteration takes longer."))
        self.test_ratio_spin.setToolTip(self.tr(
            "Share of the points held out to measure generalization; the network never trains on them."))
        self.seed_spin.setToolTip(self.tr(
            "Random seed of the points and of the train/test split: the same seed always gives the same data."))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.regenerate_button.setToolTip(self.tr(
            "Draw new points with the next seed: same dataset, m and noise. Training restarts."))
        self.custom_label.setText(self.tr(
            "Training on your own points (drawn or imported). Choose a dataset above to generate points again."))
        self.problem_label.retranslate()
        self._show(self._session.snapshot.data_spec)  # the selected dataset's name and the noise tooltip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "problem_label"):
            self._retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ user -> session
    def _on_thumbnail_clicked(self, name: str) -> None:
        spec = self._session.snapshot.data_spec
        if name == spec.name:
            self._show(spec)  # nothing to change; regenerating would restart training
            return
        self._apply(name=name)

    def _on_points_edited(self, value: int) -> None:
        self._apply(m=value)

    def _on_noise_edited(self, value: float) -> None:
        self._apply(noise=value)

    def _on_test_ratio_edited(self, percent: int) -> None:
        self._apply(test_ratio=percent / 100)

    def _on_seed_edited(self, value: int) -> None:
        self._apply(seed=value)

    def _on_regenerate_clicked(self) -> None:
        self._report(*call_refusable(self._session, self._session.regenerate))

    def _apply(self, **changes: object) -> None:
        self._report(*call_refusable(self._session, self._session.set_data_spec, **changes))

    def _report(self, accepted: bool, reason: str) -> None:
        if accepted:
            self.problem_label.clear_problem()
            return
        self.problem_label.show_problem(reason or self.tr("The session did not accept this change."))
        self._show(self._session.snapshot.data_spec)  # nothing changed in the session: show its values again

    # ------------------------------------------------------------------ session -> widgets
    def _follow(self, snapshot: Snapshot) -> None:
        if snapshot.data_spec != self._shown:  # while training the data stays: nothing to do per tick
            self._show(snapshot.data_spec)

    def _show(self, spec: DataSpec) -> None:
        """Write ``spec`` into the controls (their signals blocked: showing is not asking)."""
        self._shown = spec
        registered = DATASETS.get(spec.name)
        # An exclusive group refuses to uncheck its last button; drawn points select none.
        self._thumbnail_group.setExclusive(False)
        for name, button in self.thumbnail_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(name == spec.name)
        self._thumbnail_group.setExclusive(True)
        for spin, value in ((self.points_spin, spec.m), (self.noise_spin, spec.noise),
                            (self.test_ratio_spin, round(spec.test_ratio * 100))):
            with QSignalBlocker(spin):
                spin.setValue(value)
        self.seed_spin.show_seed(spec.seed)
        for widget in (self.points_spin, self.noise_spin, self.test_ratio_spin, self.seed_spin,
                       self.regenerate_button):
            widget.setEnabled(registered is not None)  # drawn points have no generator to re-run
        self.custom_label.setVisible(registered is None)
        if registered is None:
            self.selected_label.setText(self.tr("Selected: your own points"))
            self.noise_spin.setToolTip(self.tr("Noise applies to generated datasets only."))
            return
        self.selected_label.setText(self.tr("Selected: %1").replace("%1", dataset_label(registered)))
        self.noise_spin.setToolTip(self.tr(
            "Noise blurs the pattern, so no boundary can fit every point and overfitting shows. "
            "For this dataset: %1.").replace("%1", noise_meaning(registered)))


if __name__ == "__main__":  # preview: python -m backprop_studio.gui.panels.data_panel
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    preview_session = TrainingSession()
    panel = DataPanel(preview_session)
    panel.setWindowTitle("DataPanel preview")
    panel.resize(320, 560)
    panel.show()
    sys.exit(app.exec())
