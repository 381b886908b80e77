"""The plug-in panel's text: core's formulas (core.teaching.plug_in) as rich text, each with a teaching note.

Nothing is computed here: every number is a ``Number`` of a core ``Formula`` (read from the
matrices the inspector shows), written with 2–4 decimals in the course's notation
(superscript [l], subscripts for the unit and the input).
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication

from ...core.teaching.plug_in import Formula, UnitNumbers, number_text
from ..widgets.course_text import course_rich

NOTE_COLOR = "#5f6368"  # the notes are secondary: grey, readable on white and on a projector
RESULT_COLOR = "#d81b60"  # the value the inspector marks (the same accent as its frame)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlugInPanel", text)


def note(formula: Formula, output_layer: bool) -> str:
    """One line that says what the formula means (in the user's language)."""
    name = formula.name
    if name == "z":
        return _tr("The weighted sum: each input times its weight, plus the bias.")
    if name == "a":
        if formula.function.startswith("softmax"):
            return _tr("Softmax: the exponentials of every z of the layer, normalised to sum to 1.")
        return _tr("The activation g applied to z: what this unit passes on.")
    if name == "da":
        return _tr("What the layer above sends back: each of its units' dz times the weight joining them.")
    if name == "g_prime":
        return _tr("The slope of g at this z: %1.").replace("%1", formula.note)
    if name == "dz":
        if output_layer:
            return _tr("The output's error: the prediction minus the label.")
        return _tr("The chain rule: the gradient reaching a, times the slope of g.")
    if formula.note:  # dw, db: core's own note (context "PlugIn"), then its numbers
        return QCoreApplication.translate("PlugIn", formula.note).format(**dict(formula.note_values))
    return ""


MAX_DIGITS = 4


def enough_digits(formula: Formula, digits: int) -> int:
    """``digits``, or up to MAX_DIGITS when the result (or the inspector's average) would read as 0.00."""
    values = [abs(n.value) for n in (formula.result, formula.average) if n is not None]
    smallest = min((v for v in values if v and math.isfinite(v)), default=None)
    if smallest is None or smallest >= 10 ** -digits:
        return digits
    return max(digits, min(MAX_DIGITS, math.ceil(-math.log10(smallest)) + 1))


def formula_html(formula: Formula, digits: int) -> str:
    """template = numbers = result, the result bold in the accent colour; for dw, db the inspector's average.
    Tiny results get more decimals (up to 4) rather than reading as 0.00."""
    digits = enough_digits(formula, digits)
    result = html.escape(number_text(formula.result.value, digits, False))
    line = (f"{course_rich(formula.template)} = {html.escape(formula.expression(digits))} = "
            f"<b style='color:{RESULT_COLOR}'>{result}</b>")
    if formula.average is not None:
        average = html.escape(number_text(formula.average.value, digits, False))
        line += ("&nbsp;&nbsp;&nbsp;" + html.escape(_tr("(in the inspector: %1 = %2)"))
                 .replace("%1", course_rich(formula.average.symbol)).replace("%2", f"<b>{average}</b>"))
    return line


def numbers_html(numbers: UnitNumbers, digits: int, output_layer: bool, heading_forward: str,
                 heading_backward: str, missing_backward: str) -> str:
    """Forward formulas, then backward ones (or why there are none yet), each with its note."""
    parts = [f"<p style='margin:0'><b>{html.escape(heading_forward)}</b></p>"]
    parts += [_row(f, digits, output_layer) for f in numbers.forward]
    parts.append(f"<p style='margin:6px 0 0 0'><b>{html.escape(heading_backward)}</b></p>")
    if numbers.backward:
        parts += [_row(f, digits, output_layer) for f in numbers.backward]
    else:
        parts.append(f"<p style='margin:0; color:{NOTE_COLOR}'>{html.escape(missing_backward)}</p>")
    return "".join(parts)


def _row(formula: Formula, digits: int, output_layer: bool) -> str:
    text = note(formula, output_layer)
    return (f"<p style='margin:4px 0 0 0'>{formula_html(formula, digits)}<br>"
            f"<span style='color:{NOTE_COLOR}'>{html.escape(text)}</span></p>")
