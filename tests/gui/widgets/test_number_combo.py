"""NumberCombo: the course's suggestions in a list, any finite number typed; showing a value emits nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backprop_studio.gui.widgets.number_combo import NumberCombo, format_number

VALUES = (0.01, 0.1, 1.2, 10)


@pytest.fixture
def combo(qtbot) -> NumberCombo:
    widget = NumberCombo(VALUES)
    qtbot.addWidget(widget)
    widget.show_value(1.2)
    return widget


def type_into(qtbot, combo: NumberCombo, text: str) -> None:
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def test_the_list_holds_the_suggestions_as_short_numbers(combo):
    assert [combo.itemText(i) for i in range(combo.count())] == ["0.01", "0.1", "1.2", "10"]
    assert format_number(1e-05) == "1e-05" and format_number(3.0) == "3"


def test_showing_a_value_emits_nothing(qtbot, combo):
    with qtbot.assertNotEmitted(combo.value_entered), qtbot.assertNotEmitted(combo.text_refused):
        combo.show_value(0.1)
        combo.show_value(0.42)  # not in the list: shown as text
    assert combo.currentText() == "0.42" and combo.currentIndex() == -1
    assert combo.shown_value() == 0.42


def test_a_pick_from_the_list_is_entered(qtbot, combo):
    with qtbot.waitSignal(combo.value_entered) as entered:
        combo.setCurrentIndex(combo.findText("0.1"))
    assert entered.args == [0.1]


def test_a_typed_number_is_entered_and_not_added_to_the_list(qtbot, combo):
    with qtbot.waitSignal(combo.value_entered) as entered:
        type_into(qtbot, combo, "0.5")
    assert entered.args == [0.5]
    assert combo.count() == len(VALUES)


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "1,5"])
def test_text_that_is_not_a_finite_number_is_refused(qtbot, combo, text):
    with qtbot.waitSignal(combo.text_refused), qtbot.assertNotEmitted(combo.value_entered):
        type_into(qtbot, combo, text)


def test_typing_the_value_shown_sends_nothing_and_tidies_the_text(qtbot, combo):
    with qtbot.assertNotEmitted(combo.value_entered):
        type_into(qtbot, combo, "1.20")
    assert combo.currentText() == "1.2"
