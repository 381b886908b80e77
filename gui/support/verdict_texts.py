"""A verdict of core.student in the user's language (context "StudentVerdicts"), English if a translation breaks.

gui/student/texts.py lists the templates for the catalogue; this is the rendering the Your code
window and ``format_message`` (a run the student's code stopped) share.
"""

from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication

from ...core.student.verdicts import CONTEXT, Verdict, location_text, render


def translate_template(template: str) -> str:
    """An English template of core.student.verdicts in the current language (itself when untranslated)."""
    return QCoreApplication.translate(CONTEXT, template)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _safe(template: str) -> str:
    """The translated ``template`` if it names the same fields as the English, else the English."""
    translated = translate_template(template)
    return translated if _fields(translated) == _fields(template) else template


def render_verdict(verdict: Verdict | None) -> str:
    """The verdict as a sentence in the user's language ("" for None); English if the translation breaks."""
    if verdict is None:
        return ""
    try:
        return render(verdict, _safe)
    except (KeyError, ValueError, IndexError, TypeError):
        return render(verdict)


def where_text(verdict: Verdict | None) -> str:
    """ "line 12" / "cell 3, line 2" of a verdict's location in the user's language ("" when it has none)."""
    if verdict is None or verdict.location is None:
        return ""
    try:
        return location_text(verdict.location, _safe)
    except (KeyError, ValueError, IndexError):
        return location_text(verdict.location)
