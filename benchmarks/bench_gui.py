"""Is the window fluid while it trains? Measured in one run, printed as numbers and ratios.

* training throughput in the real window (all views visible, full speed) versus
  headless ``Trainer.step()`` on the same network, in the same run (ratio);
* frames drawn per second by the decision-boundary and cost views;
* how late a 10 ms probe timer fires (worst and 99th percentile): how long the
  UI was frozen at a stretch;
* start-up: from launching ``python main.py`` to the first painted window
  (median of several launches).

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--seconds 5] [--launches 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
__import__("main").use_checkout()  # the checkout's code, as backprop_studio
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from backprop_studio.core.session import Session  # noqa: E402
from backprop_studio.gui.app import configure_application  # noqa: E402
from backprop_studio.gui.window.main_window import MainWindow  # noqa: E402
from backprop_studio.gui.model.session import TrainingSession  # noqa: E402

STARTUP_PROBE = r"""
import sys, time
sys.argv = ["main.py"]
sys.path.insert(0, {root!r})
__import__("main").use_checkout()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from backprop_studio.gui import app as app_module
from backprop_studio.gui.window.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

original_show = MainWindow.show
def show(self):
    self._probe = FirstPaint(self)
    self.installEventFilter(self._probe)
    original_show(self)
MainWindow.show = show
sys.exit(app_module.main([]))
"""


def headless_rate(session: TrainingSession, seconds: float) -> float:
    model = Session(session.data_spec, session.hyperparameters, dataset=session.dataset)  # the same model, no window
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        model.train(100)
        n += 100
    return n / (time.perf_counter() - start)


def measure_window(app: QApplication, seconds: float) -> dict[str, float]:
    session = TrainingSession()
    window = MainWindow(session, size=(1280, 800))
    window.show()
    app.processEvents()
    frames_before = window.boundary_view.frames_drawn, window.cost_view.frames_drawn

    lateness: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(10)
    last = [0]

    def on_probe() -> None:
        now = clock.nsecsElapsed()
        if last[0]:
            lateness.append(max(0.0, (now - last[0]) / 1e6 - 10.0))
        last[0] = now

    probe.timeout.connect(on_probe)
    clock.start()
    probe.start()
    session.play()
    start_iteration, start = session.iteration, time.perf_counter()
    done = [False]
    QTimer.singleShot(int(seconds * 1000), lambda: done.__setitem__(0, True))
    while not done[0]:
        app.processEvents()
    elapsed = time.perf_counter() - start
    session.pause()
    probe.stop()
    gui_rate = (session.iteration - start_iteration) / elapsed
    lateness.sort()
    result = {
        "gui_rate": gui_rate,
        "boundary_fps": (window.boundary_view.frames_drawn - frames_before[0]) / elapsed,
        "cost_fps": (window.cost_view.frames_drawn - frames_before[1]) / elapsed,
        "late_worst": lateness[-1] if lateness else float("nan"),
        "late_p99": lateness[int(0.99 * (len(lateness) - 1))] if lateness else float("nan"),
        "headless_rate": headless_rate(session, min(seconds, 3.0)),
        "accuracy": session.metrics().train_accuracy,
    }
    window.close()
    return result


def startup_times(launches: int) -> list[float]:
    times = []
    for _ in range(launches):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP_PROBE.format(root=str(ROOT))],
                             capture_output=True, text=True, timeout=60, cwd=ROOT)
        if "PAINTED" not in out.stdout:
            raise RuntimeError(f"the app did not paint: {out.stderr[-500:]}")
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to train in the window")
    parser.add_argument("--launches", type=int, default=5, help="start-up launches (median)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    r = measure_window(app, args.seconds)
    print(f"platform {app.platformName()}; default flower network 2-4-1 tanh, all views visible, {args.seconds:g} s at full speed")
    print(f"training in the window   {r['gui_rate']:10.0f} it/s")
    print(f"headless Trainer.step()  {r['headless_rate']:10.0f} it/s")
    print(f"ratio window/headless    {r['gui_rate'] / r['headless_rate']:10.2f}   (target >= 0.50)")
    print(f"frames: boundary view    {r['boundary_fps']:10.1f} /s   (target >= 30);  cost view {r['cost_fps']:.1f} /s "
          f"(20 by design)")
    print(f"10 ms probe lateness     worst {r['late_worst']:.1f} ms, p99 {r['late_p99']:.1f} ms   (target p99 <= 50)")
    print(f"train accuracy reached   {100 * r['accuracy']:10.1f} %")
    if args.launches:
        times = startup_times(args.launches)
        print(f"start-up to first paint  median {statistics.median(times):.2f} s over {len(times)} launches "
              f"(min {min(times):.2f}, max {max(times):.2f}; target < 1.5 s)")


if __name__ == "__main__":
    main()
