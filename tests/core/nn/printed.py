"""Comparing with numbers the course printed: as close as the printed digits say, and no closer.

A value printed with d decimals (NumPy's default print shows 8) is the true value rounded, so
the true value lies within half a unit of the last digit: 0.5 · 10^−d. Asking for more would
test this machine's floating-point rounding, not the course's formulas.
"""

from __future__ import annotations

import numpy as np

#: Full-precision Python floats (printed with ~16 digits) are compared to 12 significant digits.
FULL = dict(rtol=1e-12, atol=0.0)


def half_unit(decimals: int) -> float:
    """0.5 · 10^−decimals, plus a hair for the binary representation of the printed text."""
    return 0.5 * 10.0**-decimals * (1 + 1e-6)


def assert_printed(actual, expected, decimals: int = 8, err_msg: str = "") -> None:
    """``actual`` matches ``expected`` printed with ``decimals`` decimals (same shape, too)."""
    actual, expected = np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    assert actual.shape == expected.shape, (actual.shape, expected.shape, err_msg)
    np.testing.assert_allclose(actual, expected, rtol=0.0, atol=half_unit(decimals), err_msg=err_msg)


def assert_printed_sci(actual, expected, digits: int = 8, err_msg: str = "") -> None:
    """``actual`` matches ``expected`` printed in scientific notation with ``digits`` decimals
    in the mantissa (1.10437111e-05): each is within half a unit of its own last digit."""
    actual, expected = np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    assert actual.shape == expected.shape, (actual.shape, expected.shape, err_msg)
    exponent = np.floor(np.log10(np.abs(np.where(expected == 0, 1.0, expected))))
    np.testing.assert_array_less(np.abs(actual - expected), half_unit(digits) * 10.0**exponent + 1e-300,
                                 err_msg=err_msg)


def assert_typed(actual, expected, decimals: int = 8, err_msg: str = "") -> None:
    """For numbers someone typed into a test by hand: some were cut off rather than rounded (the
    2021 week-2 public tests have db = −0.04709353 for −0.047093537…, and 0.7310585 for σ(1) =
    0.73105857…), so they are within one unit of their last digit."""
    actual, expected = np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    assert actual.shape == expected.shape, (actual.shape, expected.shape, err_msg)
    np.testing.assert_allclose(actual, expected, rtol=0.0, atol=10.0**-decimals * (1 + 1e-6), err_msg=err_msg)
