"""The form layout the panels and labs share."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout


def wrapping_form() -> QFormLayout:
    """A label-and-field form whose long (Chinese) labels go above their field, and whose fields take the width."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form
