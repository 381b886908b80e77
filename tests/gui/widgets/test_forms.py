"""wrapping_form: in a narrow panel a long label goes above its field instead of squeezing it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from backprop_studio.gui.widgets.forms import wrapping_form


def test_a_long_label_goes_above_its_field_when_narrow(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    form = wrapping_form()
    panel.setLayout(form)
    label, field = QLabel("A label far too long to share a row with its field"), QLineEdit()
    short, other = QLabel("α"), QLineEdit()
    form.addRow(label, field)
    form.addRow(short, other)
    panel.resize(220, 200)
    panel.show()
    qtbot.waitExposed(panel)
    assert label.geometry().bottom() <= field.geometry().top()  # above, not beside
    assert short.geometry().right() < other.geometry().left()  # a short one stays beside
    assert field.width() > 150  # and the field takes the width
