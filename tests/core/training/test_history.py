"""History: bounded memory, and the curve keeps the true cost at the iterations it shows."""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop_studio.core.training.history import EVALUATION_FIELDS, CostSeries, History, Series


def _costs(n):
    # distinct values, so any index mix-up shows
    return [1.0 / (1.0 + i) + 0.001 * math.sin(i) for i in range(n)]


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_cost_series_memory_is_bounded_and_the_curve_is_exact(chunk):
    max_points = 8
    series = CostSeries(max_points=max_points, chunk=chunk)
    costs = _costs(1000)
    for i, c in enumerate(costs):
        series.append(c)
        series.maybe_flush()
        if i % 97 == 0:  # looking at the curve mid-way changes nothing
            iterations, values = series.curve()
            assert len(values) <= max_points
    iterations, values = series.curve()
    assert 1 <= len(values) <= max_points
    assert len(iterations) == len(values)
    stride = iterations[1] - iterations[0]
    assert stride >= 1000 / max_points / 2  # decimated, not truncated
    np.testing.assert_array_equal(iterations, np.arange(len(values)) * stride)  # k * stride
    # Every point is the cost of the iteration it is drawn at.
    np.testing.assert_array_equal(values, [costs[int(i)] for i in iterations])
    assert iterations[-1] > 1000 - 2 * stride  # covers the whole run
    assert series.last() == costs[-1]


def test_cost_series_before_it_is_full_keeps_everything():
    series = CostSeries(max_points=8)
    for c in _costs(5):
        series.append(c)
    iterations, values = series.curve()
    np.testing.assert_array_equal(iterations, [0, 1, 2, 3, 4])
    np.testing.assert_array_equal(values, _costs(5))
    assert len(series) == 5
    series.clear()
    assert series.last() is None
    assert len(series.curve()[1]) == 0


def test_series_rows_are_bounded_and_strided():
    series = Series(len(EVALUATION_FIELDS), max_points=8)
    for i in range(100):
        series.append((i, 2.0 * i, 3.0 * i, 0.5, math.nan))
    rows = series.array()
    assert 1 <= len(rows) <= 8
    assert len(series) == len(rows)
    iterations = rows[:, 0]
    np.testing.assert_array_equal(iterations, np.arange(len(rows)) * series.stride)
    np.testing.assert_array_equal(rows[:, 1], 2.0 * iterations)
    np.testing.assert_array_equal(rows[:, 2], 3.0 * iterations)
    assert np.isnan(rows[:, 4]).all()
    assert series.to_list()[1][0] == series.stride


def test_series_grows_beyond_its_first_buffer():
    series = Series(1, max_points=4096, capacity=16)
    for i in range(1000):
        series.append((float(i),))
    np.testing.assert_array_equal(series.array()[:, 0], np.arange(1000.0))
    assert series.stride == 1


def test_series_rejects_an_odd_or_tiny_bound():
    for bad in (2, 7):
        with pytest.raises(ValueError):
            Series(1, max_points=bad)


def test_history_collects_costs_and_evaluations():
    history = History(max_points=8)
    for c in _costs(50):
        history.costs.append(c)
    history.record_evaluation((10, 0.5, math.nan, 0.75, math.nan))
    iterations, values = history.cost_curve()
    assert len(values) <= 8
    np.testing.assert_array_equal(values, [_costs(50)[int(i)] for i in iterations])
    assert history.evaluations.last()[3] == 0.75
    history.clear()
    assert len(history.cost_curve()[1]) == 0 and len(history.evaluations) == 0
