"""SeedSpinBox: seeds from 0 up to what a QSpinBox holds; showing a seed emits nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox

from backprop_studio.gui.widgets.seed_spin import SPIN_MAX, SeedSpinBox


def test_the_range_stops_at_what_a_spin_box_holds(qtbot):
    spin = SeedSpinBox(2**40)
    qtbot.addWidget(spin)
    assert (spin.minimum(), spin.maximum()) == (0, SPIN_MAX)
    small = SeedSpinBox(1000)
    qtbot.addWidget(small)
    assert small.maximum() == 1000


def test_showing_a_seed_emits_nothing_and_clamps_a_large_one(qtbot):
    spin = SeedSpinBox(2**40)
    qtbot.addWidget(spin)
    with qtbot.assertNotEmitted(spin.valueChanged):
        spin.show_seed(7)
        assert spin.value() == 7
        spin.show_seed(2**35)
    assert spin.value() == SPIN_MAX


def test_a_typed_seed_counts_once(qtbot):
    spin = SeedSpinBox(10_000)
    qtbot.addWidget(spin)
    values = []
    spin.valueChanged.connect(values.append)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "123")
    assert values == []  # not 1, 12 on the way
    spin.interpretText()
    spin.editingFinished.emit()
    assert spin.value() == 123 and values == [123]
    assert spin.correctionMode() == QAbstractSpinBox.CorrectionMode.CorrectToNearestValue
