"""Soak: continuous play with the main window shown and every dock visible, for a minute or more.

Catches what only shows after thousands of repaints (PySide6 6.12.0 crashed after a few
thousand Python paint calls) and slow leaks. Passes when, after at least
BACKPROP_SOAK_SECONDS (default 60) of wall time *and* at least MIN_PAINTS repaints of the
views, nothing raised, the parameters are finite and the resident memory grew by less
than 30 MB. Memory figures are printed (``pytest -s`` shows them).

Slow machines just take longer to reach the repaint count (no timing assertions); the
hard limit is only there so a frozen app fails instead of hanging CI.
"""

from __future__ import annotations

import gc
import os
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget

from backprop_studio.core.session.session import MAX_CURVE_POINTS

from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession

SECONDS = float(os.environ.get("BACKPROP_SOAK_SECONDS", "60"))
MIN_PAINTS = int(os.environ.get("BACKPROP_SOAK_MIN_PAINTS", "2000"))
MAX_RSS_GROWTH_MB = 30.0
HARD_LIMIT_S = max(240.0, 4 * SECONDS)


def rss_mb() -> float | None:
    """Resident set size now (Linux /proc), else the peak (other Unixes), else None (Windows)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):
        pass
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


class PaintCounter(QObject):
    """Counts paint events reaching the widgets it watches (it never paints anything itself)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.mark.soak
def test_a_minute_of_play_with_every_view_repaints_thousands_of_times_without_leaking(qtbot):
    session = TrainingSession()
    window = MainWindow(session, size=(1280, 800))
    qtbot.addWidget(window)
    window.show()
    docks = window.findChildren(QDockWidget)
    for dock in docks:
        dock.setFloating(False)
        dock.show()
    for dock in docks:  # tabbed docks show one page at a time: put them side by side instead
        for other in window.tabifiedDockWidgets(dock):
            window.splitDockWidget(dock, other, Qt.Orientation.Horizontal)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(dock.widget().isVisible() for dock in docks), timeout=10000)
    counter = PaintCounter()
    # Every plot, scene and table in the window: their viewports receive the repaints.
    watched = [area.viewport() for area in window.findChildren(QAbstractScrollArea) if area.isVisible()]
    for viewport in watched:
        viewport.installEventFilter(counter)

    def frames() -> int:
        return window.boundary_view.frames_drawn + window.cost_view.frames_drawn

    session.play()
    qtbot.waitUntil(lambda: frames() >= 40, timeout=60000)  # warmed up: caches, first allocations
    gc.collect()
    rss_start, frames_start, paints_start = rss_mb(), frames(), counter.paints
    iterations_start, start = session.iteration, time.monotonic()
    print(f"\nsoak: {len(docks)} docks, {len(watched)} viewports watched; start RSS {rss_start} MB", flush=True)

    stages = [(SECONDS / 3, lambda: session.selection.select_neuron(1, 0)),
              (2 * SECONDS / 3, lambda: (session.selection.select_neuron(None), window.cost_view.set_log_scale(True)))]
    samples = []

    def done() -> bool:
        elapsed = time.monotonic() - start
        while stages and elapsed >= stages[0][0]:
            stages.pop(0)[1]()  # change what is shown now and then, as a student would
        if not samples or elapsed - samples[-1][0] >= 10:
            samples.append((elapsed, rss_mb(), session.iteration))
        return elapsed >= SECONDS and counter.paints - paints_start >= MIN_PAINTS and not stages

    qtbot.waitUntil(done, timeout=int(HARD_LIMIT_S * 1000))
    elapsed = time.monotonic() - start
    assert session.running, "training stopped on its own"
    session.pause()
    gc.collect()
    rss_end = rss_mb()
    paints, drawn = counter.paints - paints_start, frames() - frames_start
    iterations = session.iteration - iterations_start
    history_points = len(session.trainer.history.cost_curve()[1])
    for t, rss, iteration in samples:
        print(f"soak: t={t:5.1f} s  RSS {rss} MB  iteration {iteration:,}")
    print(f"soak: {elapsed:.1f} s, {paints:,} repaints, {drawn:,} view frames, {iterations:,} iterations, "
          f"{history_points:,} cost points kept")
    if rss_start is not None and rss_end is not None:
        print(f"soak: RSS start {rss_start:.1f} MB, end {rss_end:.1f} MB, growth {rss_end - rss_start:+.1f} MB")

    assert paints >= MIN_PAINTS and drawn > 0
    assert iterations > 0
    assert all(np.isfinite(v).all() for v in session.trainer.parameters().values())
    if rss_start is not None and rss_end is not None:
        assert rss_end - rss_start < MAX_RSS_GROWTH_MB
    # Still alive and responsive: a step and a reset work.
    session.step_iteration()
    session.reset()
    assert session.iteration == 0


def test_the_history_of_a_very_long_run_still_plots(qtbot):
    """12.8 million iterations (the history at its 200,000-point bound, one point in 64): the cost
    view plots the snapshot's envelope of all of it — each stretch's highs and lows, up to the last
    iteration — and draws only a few points per pixel."""
    session = TrainingSession()
    window = MainWindow(session, size=(1280, 800))
    qtbot.addWidget(window)
    window.show()
    state = session.trainer.state()
    stride, kept = 64, 200_000
    costs = 0.25 + 0.45 * np.exp(-np.arange(kept) * stride / 5e5)
    state["history"]["costs"] = {"rows": costs.reshape(-1, 1).tolist(), "stride": stride, "skipped": 0,
                                 "max_points": kept}
    state["iteration"] = stride * kept
    assert session.apply(trainer_state=state)
    window.refresh_now()
    qtbot.waitExposed(window)
    x, y = window.cost_view.curve_data()
    assert len(y) <= MAX_CURVE_POINTS and x[-1] == stride * (kept - 1)  # the last point is kept
    index = (x / stride).astype(int)
    np.testing.assert_array_equal(y, costs[index])  # every point drawn is a real cost at its iteration
    assert y.max() == costs.max() and y.min() == costs.min()  # the highs and lows survive the thinning
    # What pyqtgraph actually draws: downsampled to a few points per pixel, not 200,000 segments a frame.
    view = window.cost_view
    qtbot.waitUntil(lambda: 0 < len(view.plot_item_data()[0]) < kept / 10, timeout=10000)  # once laid out
    shown_x, shown_y = view.plot_item_data()
    assert shown_x[-1] >= x[-1] - stride * kept / 100 and np.isfinite(shown_y).all()
    # Training goes on from there and the curve follows.
    session.step_iteration()
    window.refresh_now()
    assert window.cost_view.curve_data()[0][-1] >= x[-1]
