"""Long runs: does memory stay flat, and does a very long history still plot quickly?

Headless part: the course's flower network (2-4-1 tanh, α 1.2) trained for
``--iterations`` (default 10 million) iterations by a headless ``Session`` (the app's
model, with its evaluation schedule). Prints the resident memory
(RSS) at the start, every ``--report-every`` iterations and at the end, the number of
history points kept, and the time taken.

GUI part: the main window with every dock visible, playing for ``--seconds``; prints
RSS and frames drawn every few seconds, then how long the cost view takes to redraw
the long history of the headless run (or of a synthetic one with ``--skip-headless``).

No pass/fail: the numbers are for the issue note.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/bench_long_run.py [--iterations 10000000]
          [--report-every 1000000] [--seconds 30] [--skip-headless] [--skip-gui]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
__import__("main").use_checkout()  # the checkout's code, as backprop_studio
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from backprop_studio.core.training.history import History  # noqa: E402
from backprop_studio.core.session import Session  # noqa: E402
from backprop_studio.core.training.trainer import Trainer  # noqa: E402


def rss_mb() -> float:
    """Resident memory now, from /proc (Linux); the peak from getrusage elsewhere."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def history_points(history: History) -> tuple[int, int, int]:
    """(cost points kept, their stride, evaluation rows kept)."""
    iterations, costs = history.cost_curve()
    stride = int(iterations[1]) if len(iterations) > 1 else 1  # the curve keeps every stride-th iteration
    return len(costs), stride, len(history.evaluations)


def headless(iterations: int, report_every: int) -> Trainer:
    session = Session()
    trainer = session.trainer
    hp = session.hyperparameters
    gc.collect()
    start_rss, start = rss_mb(), time.perf_counter()
    print(f"headless: flower 2-4-1 tanh, α {hp.learning_rate}, {iterations:,} iterations")
    print(f"  start        RSS {start_rss:7.1f} MB")
    next_report = report_every
    while session.iteration < iterations:
        session.train(min(next_report, iterations) - session.iteration)
        if trainer.iteration >= next_report:
            next_report += report_every
            kept, stride, rows = history_points(trainer.history)
            elapsed = time.perf_counter() - start
            print(f"  {trainer.iteration:>11,}  RSS {rss_mb():7.1f} MB  ({rss_mb() - start_rss:+6.1f})  "
                  f"cost points {kept:,} (one in {stride}), evaluations {rows:,}  "
                  f"{elapsed:7.1f} s  {trainer.iteration / elapsed:,.0f} it/s", flush=True)
    elapsed = time.perf_counter() - start
    gc.collect()
    kept, stride, rows = history_points(trainer.history)
    metrics = session.metrics()
    print(f"  end          RSS {rss_mb():7.1f} MB  ({rss_mb() - start_rss:+6.1f} MB over the run)")
    print(f"  {iterations:,} iterations in {elapsed:.1f} s ({iterations / elapsed:,.0f} it/s); "
          f"history keeps {kept:,} cost points (one in {stride}) and {rows:,} evaluations; "
          f"J = {metrics.train_cost:.4f}, train accuracy {100 * metrics.train_accuracy:.1f} %")
    return trainer


def synthetic_long_history(trainer: Trainer, iterations: int) -> None:
    """Fill the trainer's history as if it had run ``iterations`` iterations (for --skip-headless)."""
    history = trainer.history
    max_points = history.costs.state()["max_points"]  # a fresh trainer's history: nothing to copy yet
    stride = 1
    while iterations // stride > max_points:
        stride *= 2
    n = iterations // stride
    curve = 0.25 + 0.45 * np.exp(-np.arange(n) * stride / 2000.0)
    history.costs.restore({"rows": curve.reshape(-1, 1).tolist(), "stride": stride, "skipped": 0,
                           "max_points": max_points})
    trainer.iteration = n * stride


def gui(seconds: float, trained: Trainer | None, iterations: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDockWidget

    from backprop_studio.gui.app import configure_application
    from backprop_studio.gui.window.main_window import MainWindow
    from backprop_studio.gui.model.session import TrainingSession

    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    session = TrainingSession()
    window = MainWindow(session, size=(1280, 800))
    window.show()
    for dock in window.findChildren(QDockWidget):
        dock.setFloating(False)
        dock.show()
    app.processEvents()

    def frames() -> int:
        return window.boundary_view.frames_drawn + window.cost_view.frames_drawn

    gc.collect()
    start_rss, start_frames, start = rss_mb(), frames(), time.perf_counter()
    print(f"\ngui: main window, {len(window.findChildren(QDockWidget))} docks visible, playing {seconds:g} s")
    print(f"  start        RSS {start_rss:7.1f} MB")
    session.play()
    next_report = [5.0]
    done = [False]

    def report() -> None:
        elapsed = time.perf_counter() - start
        if elapsed >= next_report[0]:
            next_report[0] += 5.0
            print(f"  t={elapsed:5.1f} s  RSS {rss_mb():7.1f} MB  ({rss_mb() - start_rss:+6.1f})  "
                  f"frames {frames() - start_frames:,}  iteration {session.iteration:,}", flush=True)
        if elapsed >= seconds:
            done[0] = True

    probe = QTimer()
    probe.timeout.connect(report)
    probe.start(100)
    while not done[0]:
        app.processEvents()
    probe.stop()
    session.pause()
    elapsed = time.perf_counter() - start
    gc.collect()
    print(f"  end          RSS {rss_mb():7.1f} MB  ({rss_mb() - start_rss:+6.1f} MB), "
          f"{frames() - start_frames:,} frames in {elapsed:.1f} s ({(frames() - start_frames) / elapsed:.1f}/s), "
          f"{session.iteration:,} iterations")

    # A very long history in the cost view: how long does one redraw take?
    trainer = session.trainer
    if trained is not None:
        trainer.history = trained.history
        trainer.iteration = trained.iteration
    else:
        synthetic_long_history(trainer, iterations)
    view = window.cost_view
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        view.redraw_now()
        view.plot.viewport().repaint()  # the paint itself, not just setData
        times.append(time.perf_counter() - t0)
    x, y = view.curve_data()
    print(f"  cost view with {trainer.iteration:,} iterations of history ({len(y):,} points kept): "
          f"redraw + paint median {1000 * sorted(times)[len(times) // 2]:.1f} ms, worst {1000 * max(times):.1f} ms; "
          f"last point at iteration {int(x[-1]):,}")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=10_000_000, help="headless iterations (default 10M)")
    parser.add_argument("--report-every", type=int, default=1_000_000, help="print RSS every this many iterations")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the window plays")
    parser.add_argument("--skip-headless", action="store_true")
    parser.add_argument("--skip-gui", action="store_true")
    args = parser.parse_args()
    if args.iterations < 1 or args.report_every < 1:
        parser.error("--iterations and --report-every must be at least 1")
    trained = None if args.skip_headless else headless(args.iterations, args.report_every)
    if not args.skip_gui:
        gui(args.seconds, trained, args.iterations)


if __name__ == "__main__":
    main()
