"""Is the window fluid while it trains, even at the largest network? Measured in one run, printed as ratios.

For each case — the default flower network, 3 × 64 ReLU on 10,000 points, 10 × 64 ReLU on
100,000 points — with the real main window (all views visible) playing at full speed:

* training throughput in the window versus a headless ``Session.train`` on the same network,
  measured in the same run (ratio);
* frames drawn per second by the decision-boundary and cost views;
* how late a 10 ms probe timer fires (p50, p99, worst): how long the window was frozen at a stretch;
* how long Pause takes to take effect (median and worst of several pauses while training);

and start-up: from launching ``python main.py`` to the first painted window (median of several launches).

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--seconds 5] [--launches 5] [--cases default,3x64,10x64]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
__import__("main").use_checkout()  # the checkout's code, as backprop_studio
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from backprop_studio.core.data.pipeline import DataSpec  # noqa: E402
from backprop_studio.core.session import Session  # noqa: E402
from backprop_studio.core.training.hyperparameters import Hyperparameters  # noqa: E402
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

def probed(original):
    def show(self):
        self._probe = FirstPaint(self)
        self.installEventFilter(self._probe)
        original(self)
    return show
MainWindow.show = probed(MainWindow.show)
MainWindow.showMaximized = probed(MainWindow.showMaximized)  # a small screen opens the window maximised
sys.exit(app_module.main([]))
"""


CASES = {
    "default": ("flower 2-4-1 tanh, m = 400", DataSpec(), Hyperparameters()),
    "3x64": ("3 × 64 ReLU, m = 10,000", DataSpec(m=10_000),
             Hyperparameters(hidden_units=(64,) * 3, hidden_activations=("relu",) * 3, initialization="he",
                             learning_rate=0.01)),
    "10x64": ("10 × 64 ReLU, m = 100,000", DataSpec(m=100_000),
              Hyperparameters(hidden_units=(64,) * 10, hidden_activations=("relu",) * 10, initialization="he",
                              learning_rate=0.001)),
}


def headless_rate(session: TrainingSession, seconds: float) -> float:
    """Iterations per second of the same model with no window (at least 2 iterations)."""
    model = Session(session.data_spec, session.hyperparameters, dataset=session.dataset)
    model.train(1)  # the first iteration builds the buffers
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds or n < 2:
        n += model.train(1 if model.run.iteration_cost() > 1e8 else 100)
    return n / (time.perf_counter() - start)


def percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * (len(values) - 1)))] if values else float("nan")


def measure_window(app: QApplication, seconds: float, spec: DataSpec, hp: Hyperparameters) -> dict[str, float]:
    session = TrainingSession(spec, hp)
    session.set_speed(0)  # as fast as the machine goes
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

    def run_for(duration: float) -> None:
        done = [False]
        QTimer.singleShot(int(duration * 1000), lambda: done.__setitem__(0, True))
        while not done[0]:
            app.processEvents()

    probe.timeout.connect(on_probe)
    clock.start()
    probe.start()
    session.play()
    start_iteration, start = session.model.iteration, time.perf_counter()
    run_for(seconds)
    elapsed = time.perf_counter() - start
    gui_rate = (session.model.iteration - start_iteration) / elapsed
    frames = (window.boundary_view.frames_drawn - frames_before[0], window.cost_view.frames_drawn - frames_before[1])
    pauses = []
    for _ in range(5):  # Pause while an iteration is under way: how long until it has taken effect
        run_for(0.3)
        started = time.perf_counter()
        session.pause()
        pauses.append((time.perf_counter() - started) * 1000.0)
        session.play()
    session.pause()
    probe.stop()
    lateness.sort()
    result = {
        "gui_rate": gui_rate, "boundary_fps": frames[0] / elapsed, "cost_fps": frames[1] / elapsed,
        "late_p50": percentile(lateness, 0.5), "late_p99": percentile(lateness, 0.99),
        "late_worst": lateness[-1] if lateness else float("nan"),
        "pause_median": statistics.median(pauses), "pause_worst": max(pauses),
        "headless_rate": headless_rate(session, min(seconds, 3.0)),
    }
    window.close()
    return result


def startup_times(launches: int) -> list[float]:
    times = []
    # A first start, as on a fresh machine: no settings to restore, no autosave to offer.
    home = tempfile.mkdtemp(prefix="bench-start-")
    env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home, HOME=home)
    for _ in range(launches):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP_PROBE.format(root=str(ROOT))],
                             capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
        if "PAINTED" not in out.stdout:
            raise RuntimeError(f"the app did not paint: {out.stderr[-500:]}")
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to train in the window, per case")
    parser.add_argument("--launches", type=int, default=5, help="start-up launches (median)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"which cases ({', '.join(CASES)})")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    print(f"platform {app.platformName()}; all views visible, {args.seconds:g} s at full speed per case")
    print(f"{'case':28} {'window it/s':>11} {'headless':>9} {'ratio':>6} {'fps':>5} {'cost fps':>8} "
          f"{'late p50':>8} {'p99':>6} {'worst':>6} {'pause med':>9} {'worst':>6}")
    for key in args.cases.split(","):
        title, spec, hp = CASES[key]
        r = measure_window(app, args.seconds, spec, hp)
        print(f"{title:28} {r['gui_rate']:11.1f} {r['headless_rate']:9.1f} {r['gui_rate'] / r['headless_rate']:6.2f} "
              f"{r['boundary_fps']:5.1f} {r['cost_fps']:8.1f} {r['late_p50']:6.1f}ms {r['late_p99']:4.1f}ms "
              f"{r['late_worst']:4.0f}ms {r['pause_median']:7.1f}ms {r['pause_worst']:4.0f}ms", flush=True)
    print("targets: ratio >= 0.85 (default, 3x64); probe p99 <= 30 ms, worst <= 100 ms; pause <= 100 ms (10x64)")
    if args.launches:
        times = startup_times(args.launches)
        print(f"start-up to first paint  median {statistics.median(times):.2f} s over {len(times)} launches "
              f"(min {min(times):.2f}, max {max(times):.2f}; target < 1.5 s)")


if __name__ == "__main__":
    main()
