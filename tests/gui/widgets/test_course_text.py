"""course_rich, nobreak, unbroken: the course's notation as rich text, kept whole where a break would mislead."""

from __future__ import annotations

from backprop_studio.gui.widgets.course_text import course_rich, nobreak, unbroken


def test_course_rich_renders_superscripts():
    assert course_rich("dZ[2] = A[2] - Y") == "dZ<sup>[2]</sup> = A<sup>[2]</sup> − Y"
    assert course_rich("dA[1] = W[2]^T dZ[2]") == "dA<sup>[1]</sup> = W<sup>[2]</sup><sup>T</sup> dZ<sup>[2]</sup>"
    assert course_rich("Y_k log A[3]_k") == "Y<sub>k</sub> log A<sup>[3]</sup><sub>k</sub>"
    assert course_rich("a < b") == "a &lt; b"


def test_nobreak_leaves_no_place_to_break():
    text = nobreak("a[L] = P(y = 1 | x)")
    assert " " not in text
    assert text == "a[L]\u00a0=\u00a0P(y\u00a0=\u00a01\u00a0|\u2060\u00a0x)"
    assert nobreak("(4, 1)") == "(4,\u00a01)"


def test_unbroken_wraps_rich_text_in_a_nowrap_span():
    rich = course_rich("W[1]X")
    assert unbroken(rich) == f'<span style="white-space: nowrap">{rich}</span>'
