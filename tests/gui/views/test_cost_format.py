"""format_cost writes J as the course's notebooks print it: six decimals ("Cost after iteration 0: 0.693048")."""

from __future__ import annotations

import math

from backprop_studio.core.session import Session
from backprop_studio.gui.views.cost_format import format_cost


def test_the_default_run_reads_as_the_notebook_prints_it():
    """The default session is the course's run: its costs, formatted, are the notebook's lines."""
    session = Session()
    printed = {}
    for iteration in range(1001):
        cost = session.step()  # J computed at iteration i, before its update (the course's numbering)
        if iteration in (0, 1000):
            printed[iteration] = format_cost(cost)
    assert printed == {0: "0.693048", 1000: "0.288083"}


def test_six_decimals_in_the_readable_range_scientific_outside():
    assert format_cost(0.24712) == "0.247120"
    assert format_cost(1.0) == "1.000000" and format_cost(0.0) == "0.000000"
    assert format_cost(1500.25) == "1500.250000"
    assert format_cost(0.0004567) == "4.567e-04"  # six decimals would keep only three digits
    assert format_cost(2.5e6) == "2.500e+06"
    assert format_cost(None) == "—" and format_cost(math.nan) == "—" and format_cost(math.inf) == "∞"
