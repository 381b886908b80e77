"""CostCurveView draws the history's costs and the session's metrics."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.session.session import MAX_CURVE_POINTS
from backprop_studio.core.training.history import EVALUATION_FIELDS, envelope
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.cost_axes import MIN_ITERATIONS
from backprop_studio.gui.views.cost_curve import CostCurveView
from backprop_studio.gui.views.cost_format import format_cost, format_percent


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession(DataSpec(test_ratio=0.2))  # a test set, so there is a test curve to check


@pytest.fixture
def view(qtbot, session) -> CostCurveView:
    widget = CostCurveView(session)
    qtbot.addWidget(widget)
    return widget


def steps(session: TrainingSession, n: int) -> None:
    for _ in range(n):
        session.step_iteration()


def test_train_curve_is_the_history(view, session):
    steps(session, 40)
    view.redraw_now()
    iterations, costs = view.curve_data()
    expected_iterations, expected_costs = session.trainer.history.cost_curve()
    assert len(iterations) == 40
    np.testing.assert_array_equal(iterations, expected_iterations)
    np.testing.assert_array_equal(costs, expected_costs)


def test_curve_follows_training_through_the_throttle(view, session, qtbot):
    steps(session, 5)
    qtbot.waitUntil(lambda: len(view.curve_data()[0]) == 5)


def test_test_curve_comes_from_the_evaluations(view, session):
    for _ in range(4):
        steps(session, 10)
        view.redraw_now()
    iterations, costs = view.test_curve_data()
    rows = session.trainer.history.evaluations.array()
    test_cost = rows[:, EVALUATION_FIELDS.index("test_cost")]
    finite = np.isfinite(test_cost)
    np.testing.assert_array_equal(iterations, rows[finite, EVALUATION_FIELDS.index("iteration")])
    np.testing.assert_array_equal(costs, test_cost[finite])
    assert iterations[-1] == session.iteration == 40
    assert costs[-1] == pytest.approx(session.metrics().test_cost)


def test_log_scale_toggles_the_axis(view, session):
    steps(session, 10)
    view.redraw_now()
    axis = view.plot.getPlotItem().getAxis("left")
    assert not axis.logMode
    view.set_log_scale(True)
    assert axis.logMode and view.log_scale()
    view.set_log_scale(False)
    assert not axis.logMode


def test_readout_names_the_nearest_iteration(view, session):
    steps(session, 30)
    view.redraw_now()
    _, costs = session.trainer.history.cost_curve()
    assert view.readout_at(10.3) == f"iteration 10, J = {costs[10]:.6f}"  # as the notebook prints J
    assert view.readout_at(10.7) == f"iteration 11, J = {costs[11]:.6f}"
    assert view.readout_at(-50.0).startswith("iteration 0,")
    assert view.readout_at(29.4).startswith("iteration 29,")
    # Past the curve: the "now" dot, J of the current parameters at iteration 30.
    now = f"iteration 30, J = {format_cost(session.snapshot.metrics.train_cost)}"
    assert view.readout_at(29.6) == now and view.readout_at(1e9) == now


def test_before_any_step_the_readout_reads_the_now_dot(view, session):
    assert view.curve_data()[0].size == 0
    assert view.readout_at(3.0) == f"iteration 0, J = {format_cost(session.snapshot.metrics.train_cost)}"
    assert session.set_data_spec(name="plane")
    assert session.set_weight("W2", 0, 0, 1e300)  # ŷ overflows: J = ∞ is no point to plot or read
    view.redraw_now()
    assert session.snapshot.metrics.train_cost == math.inf
    assert view.now_marker() is None and view.readout_at(3.0) == ""


def test_hovering_the_plot_shows_the_readout(view, session, qtbot):
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    steps(session, 30)
    view.redraw_now()
    box = view.plot.getPlotItem().getViewBox()
    # Auto-range is applied when the plot next paints.
    qtbot.waitUntil(lambda: box.sceneBoundingRect().width() > 0 and box.viewRange()[0][1] >= 29)
    _, costs = view.curve_data()
    view.plot.scene().sigMouseMoved.emit(box.mapViewToScene(QPointF(12.0, float(costs[12]))))
    assert view.readout_text() == view.readout_at(12.0)
    assert view.readout_text().startswith("iteration 12,")


def test_metrics_line_matches_the_session(view, session):
    steps(session, 25)
    view.redraw_now()
    metrics = session.metrics()
    text = view.accuracy_text()
    assert f"Train accuracy {100 * metrics.train_accuracy:.1f}%" in text
    assert f"Test accuracy {100 * metrics.test_accuracy:.1f}%" in text
    assert f"Train cost {metrics.train_cost:.6f}" in text
    assert f"Test cost {metrics.test_cost:.6f}" in text
    assert "nan" not in text.lower()


def test_the_default_session_has_no_test_set_to_show(qtbot):
    """The course's run trains on all 400 points: no test curve, the test readouts say so."""
    session = TrainingSession()
    view = CostCurveView(session)
    qtbot.addWidget(view)
    steps(session, 25)
    view.redraw_now()
    assert view.test_curve_data()[0].size == 0 and len(view.curve_data()[0]) == 25
    text = view.accuracy_text()
    assert "Test accuracy —" in text and "Test cost —" in text
    assert f"Train cost {session.metrics().train_cost:.6f}" in text


def test_regression_shows_costs_only(view, session):
    assert session.set_data_spec(name="plane")
    steps(session, 5)
    view.redraw_now()
    text = view.accuracy_text()
    assert "accuracy" not in text.lower() and "nan" not in text.lower()
    assert "Train cost" in text and "Test cost" in text


def test_formatting_never_says_nan():
    assert format_percent(None) == "—" and format_percent(float("nan")) == "—"
    assert format_cost(None) == "—" and format_cost(float("nan")) == "—"
    assert format_percent(0.913) == "91.3%"
    assert format_cost(0.24712) == "0.247120"


def test_reset_clears_the_curves(view, session, qtbot):
    steps(session, 20)
    view.redraw_now()
    session.reset()
    assert view.curve_data()[0].size == 0 and view.test_curve_data()[0].size == 0
    qtbot.waitUntil(lambda: "Train cost" in view.accuracy_text())
    view.redraw_now()
    assert view.curve_data()[0].size == 0  # iteration 0: no cost recorded yet


def test_new_dataset_clears_the_curves(view, session):
    steps(session, 20)
    view.redraw_now()
    assert session.set_data_spec(name="xor")
    assert view.curve_data()[0].size == 0
    view.redraw_now()
    assert view.curve_data()[0].size == 0


def test_non_finite_costs_are_never_plotted(view, session):
    """A history holding NaN or ∞ (an older session file, a future bug) plots only its numbers."""
    steps(session, 5)
    history = session.model.trainer.history
    history.costs.append(math.nan)
    history.costs.append(math.inf)
    history.costs.append(0.5)
    assert session.selection.select_example(0)  # a change: the next snapshot reads the history again
    view.redraw_now()
    iterations, costs = view.curve_data()
    assert np.isfinite(costs).all()
    assert list(iterations[-2:]) == [4, 7]  # 5, 6 (NaN, ∞) left out; the point after them kept
    view.set_log_scale(True)
    view.redraw_now()


def test_a_very_long_run_plots_its_highs_and_lows_up_to_the_last_iteration(view, session):
    """12.8 million iterations (200,000 kept costs, one in 64): the snapshot's curve is at most
    MAX_CURVE_POINTS long, ends at the last iteration and keeps every stretch's spike and dip."""
    state = session.model.trainer.state()
    stride, kept = 64, 200_000
    costs = 0.25 + 0.45 * np.exp(-np.arange(kept) * stride / 5e5)
    costs[123_457] = 3.0  # one spike, far from any stretch's edge
    state["history"]["costs"] = {"rows": costs.reshape(-1, 1).tolist(), "stride": stride, "skipped": 0,
                                 "max_points": kept}
    state["iteration"] = stride * kept
    assert session.apply(trainer_state=state)
    view.redraw_now()
    x, y = view.curve_data()
    assert len(y) <= MAX_CURVE_POINTS and x[-1] == stride * (kept - 1)
    assert y.max() == 3.0 and y.min() == costs.min()
    expected_x, expected_y = envelope(np.arange(kept, dtype=float) * stride, costs, MAX_CURVE_POINTS)
    np.testing.assert_array_equal(x, expected_x)
    np.testing.assert_array_equal(y, expected_y)
    assert view.now_marker()[0] == stride * kept


def test_the_now_dot_is_never_under_the_legend(view, session, qtbot):
    """A typed weight that sends J far above the curve puts the dot at the top right: the legend moves left."""
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    box = view.plot.getPlotItem().getViewBox()
    legend = view.plot.getPlotItem().legend

    def dot_is_clear() -> bool:
        now = view.now_marker()
        if now is None:
            return False
        where = box.mapViewToScene(QPointF(*now))
        return box.sceneBoundingRect().contains(where) and not legend.sceneBoundingRect().contains(where)

    steps(session, 100)
    qtbot.waitUntil(lambda: view.now_marker() is not None and view.now_marker()[0] == 100)
    qtbot.waitUntil(dot_is_clear)
    assert legend.sceneBoundingRect().center().x() > box.sceneBoundingRect().center().x()  # top right
    assert session.set_weight("W2", 0, 0, 50.0)
    qtbot.waitUntil(lambda: view.now_marker() == (100, session.snapshot.metrics.train_cost))
    qtbot.waitUntil(dot_is_clear)
    assert legend.sceneBoundingRect().center().x() < box.sceneBoundingRect().center().x()  # top left


# ---------------------------------------------------------------------- the iteration axis (issue: 0.2 iterations)
def shown(view) -> None:
    view.resize(700, 300)
    view.show()


def test_one_step_shows_a_train_line_from_0_to_1_and_whole_iteration_ticks(view, session, qtbot):
    shown(view)
    qtbot.waitExposed(view)
    lo, hi = view.iteration_axis_range()
    assert -1 < lo <= 0 and hi >= MIN_ITERATIONS  # iteration 0 at the left, not the middle of −0.4 … 0.4
    steps(session, 1)
    view.redraw_now()
    x, y = view.plot_item_data()
    np.testing.assert_array_equal(x, [0.0, 1.0])  # the line runs from J at 0 to the "now" J at 1
    assert y[1] == session.snapshot.metrics.train_cost and np.isfinite(y).all()
    ticks = view.iteration_ticks()
    assert ticks and all(t == int(t) for t in ticks)  # never 0.2 of an iteration
    assert view.iteration_axis_range()[0] <= 0 < 1 <= view.iteration_axis_range()[1]


def test_a_new_run_never_keeps_the_old_runs_axes(view, session):
    shown(view)
    steps(session, 300)
    view.redraw_now()
    assert view.iteration_axis_range()[1] >= 300
    assert session.load_lesson(lesson_name(4))  # iteration 0 of a new network: a fresh axis
    view.redraw_now()
    lo, hi = view.iteration_axis_range()
    assert -1 < lo <= 0 and MIN_ITERATIONS <= hi < 20
    J = session.snapshot.metrics.train_cost
    assert view.plot.getPlotItem().getViewBox().viewRange()[1] == pytest.approx([0.0, 2 * J])


def test_log_iterations_spread_the_first_iterations_of_a_long_run(view, session):
    shown(view)
    steps(session, 500)
    view.set_log_iterations(True)
    x, _ = view.plot_item_data()  # log10 of the iterations, as pyqtgraph draws them
    assert 10 ** x[0] == 1 and 10 ** x[-1] == pytest.approx(500)  # iteration 0 has no place on a log axis
    lo, hi = view.iteration_axis_range()
    assert lo <= 1 and 500 <= hi < 600
    assert all(t >= 1 for t in view.iteration_ticks())
    view.set_log_iterations(False)
    assert view.plot_item_data()[0][0] == 0 and view.iteration_axis_range()[0] <= 0


def lesson_name(number: int) -> str:
    from backprop_studio.core.teaching.lessons import LESSONS

    return next(lesson.name for lesson in LESSONS if lesson.number == number)


def test_a_cost_that_zigzags_every_iteration_draws_an_unbroken_line(qtbot):
    """Lesson 12's deep network: J alternates between two values each iteration. Drawn a point per
    iteration, the 1-px line broke into dashes; one min–max pair per pixel column keeps it whole."""
    session = TrainingSession()
    assert session.load_lesson(lesson_name(12))
    steps(session, 2500)
    view = CostCurveView(session)
    qtbot.addWidget(view)
    view.resize(960, 240)
    view.show()
    qtbot.waitExposed(view)
    view.redraw_now()
    view._test_curve.hide()  # the train line alone
    image = view.plot.grab().toImage()
    box = view.plot.getPlotItem().getViewBox()
    left = round(box.mapViewToScene(QPointF(0, 0)).x()) + 2
    right = round(box.mapViewToScene(QPointF(2500, 0)).x()) - 2
    train = view._train_curve.opts["pen"].color()

    def has_line(x: int) -> bool:
        return any(abs(image.pixelColor(x, y).red() - train.red()) + abs(image.pixelColor(x, y).blue()
                                                                         - train.blue()) < 60
                   for y in range(image.height()))

    missing = [x for x in range(left, right) if not has_line(x)]
    assert not missing, f"{len(missing)} pixel columns without the train line, from x = {missing[:5]}"


def test_the_legend_names_a_test_curve_only_when_there_is_a_test_set(qtbot):
    session = TrainingSession()  # the course's run: all 400 points train, no test set
    view = CostCurveView(session)
    qtbot.addWidget(view)
    view.redraw_now()
    labels = lambda: [label.text for _, label in view.plot.getPlotItem().legend.items]  # noqa: E731
    assert labels() == ["train cost"]
    assert session.set_data_spec(test_ratio=0.2)
    view.redraw_now()
    assert labels() == ["train cost", "test cost"]
    session.shut_down()
