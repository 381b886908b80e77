"""The course's notation as Qt rich text, and text that must not break across lines.

The course writes ``dW[1] = (1/m) dZ[1] X^T``; a label shows dW with a
superscript [1] and a superscript T. A shape "(4, 1)" or a formula "a[L] = P(y = 1 | x)"
split over two lines reads as two things, so such pieces are kept whole.
"""

from __future__ import annotations

import html
import re


def course_rich(text: str) -> str:
    """Plain course notation → rich text: [l] → superscript, ^T → superscript T, _k → subscript,
    and a minus sign for " - "."""
    out = html.escape(text, quote=False)
    out = re.sub(r"\[([^\[\]]+)\]", r"<sup>[\1]</sup>", out)
    out = out.replace("^T", "<sup>T</sup>")
    out = re.sub(r"_([a-zA-Z])\b", r"<sub>\1</sub>", out)
    out = out.replace(" - ", " − ").replace("= -", "= −").replace("(-", "(−")
    return out


def nobreak(text: str) -> str:
    """Plain text that never breaks a line: no-break spaces, and a word joiner (U+2060) after "|",
    after which line breaking would otherwise allow a break."""
    return text.replace(" ", "\u00a0").replace("|", "|\u2060")


def unbroken(rich: str) -> str:
    """Rich text never broken across lines (Qt would break W<sup>[1]</sup>X after the superscript)."""
    return f'<span style="white-space: nowrap">{rich}</span>'
