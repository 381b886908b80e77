"""DecisionBoundaryView draws the session's output grid and data; Throttle coalesces redraws."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from backprop_studio.core.data.pipeline import DataSpec, grid
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.support.throttle import Throttle
from backprop_studio.gui.views.decision_boundary import DecisionBoundaryView


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession()


@pytest.fixture
def view(qtbot, session) -> DecisionBoundaryView:
    widget = DecisionBoundaryView(session)
    qtbot.addWidget(widget)
    return widget


def output_now(session: TrainingSession) -> np.ndarray:
    return session.snapshot.output_grid(100)[1]


def test_image_is_the_output_grid_at_start(view, session):
    image = view.image_array()
    assert image.shape == (100, 100)
    assert image.dtype == np.float32
    np.testing.assert_allclose(image, output_now(session)[0].astype(np.float32))
    sent = view.image_item.image
    assert sent.dtype == np.float32 and sent.flags.c_contiguous
    assert view.image_item.levels is not None  # fixed levels: never auto-levelled


def test_image_pixels_sit_on_their_grid_points(view, session):
    # Row i, column j of the image must be drawn at (x1[j], x2[i]), the point it was computed at.
    x1, x2, _ = grid(session.snapshot.bounds(), 100)
    for i, j in [(0, 0), (0, 99), (99, 0), (37, 81)]:
        where = view.image_item.mapToView(QPointF(j + 0.5, i + 0.5))
        assert where.x() == pytest.approx(x1[j], abs=1e-9)
        assert where.y() == pytest.approx(x2[i], abs=1e-9)


def test_training_changes_the_image_through_the_throttle(view, session, qtbot):
    before = view.image_array()
    for _ in range(30):
        session.step_iteration()
    qtbot.waitUntil(lambda: not np.array_equal(view.image_array(), before))
    view.redraw_now()
    np.testing.assert_allclose(view.image_array(), output_now(session)[0].astype(np.float32))


def test_a_burst_of_steps_redraws_once(view, session, qtbot):
    redraws = []
    view.image_item.sigImageChanged.connect(lambda: redraws.append(1))
    for _ in range(50):
        session.step_iteration()  # each announces a new snapshot (state_changed)
    assert redraws == []  # never synchronously inside the signal
    qtbot.waitUntil(lambda: len(redraws) >= 1)
    QApplication.processEvents()
    assert len(redraws) == 1


def test_discretize_shows_only_classes(view, session):
    for _ in range(20):
        session.step_iteration()
    view.set_discretize(True)
    view.redraw_now()
    image = view.image_array()
    assert set(np.unique(image)) <= {0.0, 1.0}
    np.testing.assert_array_equal(image, (output_now(session)[0] > 0.5).astype(np.float32))
    view.set_discretize(False)
    view.redraw_now()
    assert len(np.unique(view.image_array())) > 2


def test_test_points_toggle(view, session):
    assert not view.test_scatter.isVisible()
    assert view.test_points().shape[1] == 0
    view.set_show_test(True)
    assert view.test_scatter.isVisible()
    np.testing.assert_array_equal(view.test_points(), session.prepared.test.X)
    x, y = view.test_scatter.getData()
    np.testing.assert_array_equal(np.vstack([x, y]), session.prepared.test.X)
    assert any("test" in entry for entry in view.legend._footer.text().split("<br>"))
    view.set_show_test(False)
    assert not view.test_scatter.isVisible()


def test_train_points_are_the_training_set(view, session):
    np.testing.assert_array_equal(view.train_points(), session.prepared.train.X)
    x, y = view.train_scatter.getData()
    np.testing.assert_array_equal(np.vstack([x, y]), session.prepared.train.X)


def test_new_dataset_updates_points_and_image(view, session, qtbot):
    old = view.train_points()
    assert session.set_data_spec(name="circles")
    np.testing.assert_array_equal(view.train_points(), session.prepared.train.X)
    assert view.train_points().shape != old.shape or not np.array_equal(view.train_points(), old)
    qtbot.waitUntil(lambda: np.allclose(view.image_array(), output_now(session)[0]))
    x_range, y_range = view.plot.getPlotItem().getViewBox().viewRange()
    x1_min, x1_max, x2_min, x2_max = session.snapshot.bounds()
    assert x_range[0] <= x1_min + 1e-6 and x_range[1] >= x1_max - 1e-6
    assert y_range[0] <= x2_min + 1e-6 and y_range[1] >= x2_max - 1e-6


def test_three_classes(view, session, qtbot):
    assert session.set_data_spec(name="spiral3")
    for _ in range(10):
        session.step_iteration()
    view.redraw_now()
    predicted = np.argmax(output_now(session), axis=0)
    # Continuous mode: the whole part is the class, the fraction its confidence.
    np.testing.assert_array_equal(np.floor(view.image_array()), predicted)
    view.set_discretize(True)
    view.redraw_now()
    image = view.image_array()
    assert set(np.unique(image)) <= {0.0, 1.0, 2.0}
    np.testing.assert_array_equal(image, predicted)
    entries = view.legend_entries()
    assert len(entries) == 3
    assert all(name in entry for name, entry in zip(session.dataset.class_names, entries))


def test_binary_legend(view):
    assert view.legend_entries() == ["class 1", "0.5", "class 0"]


def test_regression_shows_the_value(view, session):
    assert session.set_data_spec(name="plane")
    view.redraw_now()
    np.testing.assert_allclose(view.image_array(), output_now(session)[0].astype(np.float32))
    view.set_discretize(True)  # no classes to threshold: the value stays
    view.redraw_now()
    np.testing.assert_allclose(view.image_array(), output_now(session)[0].astype(np.float32))
    lo, hi = view.image_item.levels
    centre = session.dataset.y.mean()
    assert (lo + hi) / 2 == pytest.approx(centre)
    assert lo <= session.dataset.y.min() and hi >= session.dataset.y.max()
    assert len(view.legend_entries()) == 3


# ---------------------------------------------------------------------- Throttle
def test_throttle_runs_once_for_a_burst(qtbot):
    calls = []
    throttle = Throttle(lambda: calls.append(1), min_interval_ms=10_000)
    for _ in range(100):
        throttle.request()
    assert calls == []  # deferred, even though no call happened yet
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert not throttle.pending


def test_throttle_waits_for_the_interval(qtbot):
    calls = []
    throttle = Throttle(lambda: calls.append(1), min_interval_ms=10_000)
    throttle.request()
    qtbot.waitUntil(lambda: len(calls) == 1)
    for _ in range(100):
        throttle.request()
    QApplication.processEvents()
    assert calls == [1] and throttle.pending  # the next call waits for the 10 s interval
    throttle.flush()
    assert calls == [1, 1] and not throttle.pending
    throttle.flush()  # nothing pending: nothing happens
    assert calls == [1, 1]


def test_throttle_cancel(qtbot):
    calls = []
    throttle = Throttle(lambda: calls.append(1), min_interval_ms=10_000)
    throttle.request()
    throttle.cancel()
    QApplication.processEvents()
    assert calls == [] and not throttle.pending


def test_a_huge_training_set_draws_an_even_sample_and_says_so_and_its_points_can_be_clicked(qtbot):
    from backprop_studio.gui.views import decision_boundary

    m = 3 * decision_boundary.MAX_DRAWN_POINTS
    session = TrainingSession(DataSpec(m=m))
    view = DecisionBoundaryView(session)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    drawn = view.train_scatter.data
    assert len(drawn) <= decision_boundary.MAX_DRAWN_POINTS
    X = session.snapshot.prepared.train.X
    assert np.array_equal(np.array([drawn["x"], drawn["y"]]), X[:, ::3])  # every third point, in order
    assert f"(5,000 of {X.shape[1]:,} drawn)" in view.legend._footer.text()
    i = view.select_example_near(float(X[0, 30]), float(X[1, 30]))  # a drawn point: example 30 of the set
    assert i is not None and i % 3 == 0 and np.allclose(X[:, i], X[:, 30], atol=0.5)
    session.shut_down()
