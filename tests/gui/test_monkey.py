"""A monkey at the controls: 1,000 seeded random user actions with the main window open.

Each action goes through a widget the student would use (spin boxes, combos, check
boxes, thumbnails, buttons, toolbar actions) or the session/selection call a view makes
(phase step, select a neuron or an example). After every action:

* shapes agree: the trainer's W[l], b[l] match ``hyperparameters.layer_dims()`` and the
  prepared X has n[0] rows;
* counters are sane: the iteration is ≥ 0, a Reset brings it to 0, the toolbar shows it;
* the parameters are finite; what is selected exists; the panels show the session's values;
* no exception escaped into Qt (a temporary ``sys.excepthook`` collects them).

The seed is printed with the action log on failure, so any failure replays exactly.
"""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS
from backprop_studio.core.data.datasets import DATASETS
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession

pytestmark = pytest.mark.qt_no_exception_capture  # our own collector reports escaped exceptions per action

ACTIONS = int(os.environ.get("BACKPROP_MONKEY_ACTIONS", "1000"))
SEED = int(os.environ.get("BACKPROP_MONKEY_SEED", "20240611"))
POINTS = (2, 3, 7, 40, 150, 400, 1200)
UNITS = (1, 1, 2, 3, 4, 5, 8, 16, 64)
TYPED_LEARNING_RATES = ("0.05", "2", "1e6", "0", "-1", "abc", "1e-6", "1000")


@pytest.fixture
def escaped():
    """Exceptions that reach sys.excepthook (raised in slots, timers, events) while the monkey plays."""
    caught: list[str] = []
    previous = sys.excepthook

    def collect(exc_type, exc, tb):
        import traceback

        caught.append("".join(traceback.format_exception(exc_type, exc, tb)))

    sys.excepthook = collect
    yield caught
    sys.excepthook = previous


class Monkey:
    """Chooses and performs random actions through the window's widgets."""

    def __init__(self, window: MainWindow, qtbot, rng: np.random.Generator, escaped: list[str]) -> None:
        self.w, self.qtbot, self.rng, self.escaped = window, qtbot, rng, escaped
        self.s: TrainingSession = window.session
        self.data, self.net = window.data_panel, window.network_panel
        self.actions = [
            (6, self.play), (3, self.pause), (8, self.step), (6, self.step_phase), (3, self.reset),
            (3, self.dataset), (2, self.regenerate), (2, self.points), (2, self.noise), (1, self.test_share),
            (1, self.data_seed), (3, self.add_layer), (3, self.remove_layer), (4, self.units), (3, self.activation),
            (2, self.feature), (1, self.standardize), (2, self.initialization), (2, self.init_scale), (1, self.init_seed),
            (4, self.learning_rate), (2, self.type_learning_rate), (2, self.batch), (2, self.lambd), (1, self.leaky),
            (2, self.speed), (3, self.select_neuron), (3, self.select_example), (1, self.log_scale), (2, self.redraw),
        ]
        self.draw_tool = getattr(window, "draw_tool", None)
        if self.draw_tool is not None:  # drawing points (when the window has the draw tool)
            self.actions += [(2, self.draw_mode), (4, self.draw_point), (1, self.erase_point), (1, self.clear_points)]
        weights = np.array([w for w, _ in self.actions], dtype=float)
        self.p = weights / weights.sum()

    def choose(self):
        return self.actions[self.rng.choice(len(self.actions), p=self.p)][1]

    def pick(self, values):
        return values[int(self.rng.integers(len(values)))]

    # -- training
    def play(self) -> str:
        """Play for a few iterations: the session's iteration limit stops it, so a seed replays exactly."""
        s = self.s
        speed = s.speed
        k = int(self.rng.integers(1, 40))
        if speed:
            k = max(1, min(k, speed // 10))  # at 1 it/s a long play would only wait
        s.max_iterations = s.iteration + k
        try:
            if not s.running:
                self.w.actions.play_pause.trigger()
            # Until the limit pauses it (or divergence does, or an exception escapes and stalls it).
            self.qtbot.waitUntil(lambda: not s.running or bool(self.escaped), timeout=60000)
        finally:
            s.max_iterations = None
        return f"play {k}"

    def pause(self) -> str:
        if self.s.running:
            self.w.actions.play_pause.trigger()
        return "pause"

    def step(self) -> str:
        self.w.actions.step.trigger()
        return "step"

    def step_phase(self) -> str:
        self.s.step_phase()
        return "step phase"

    def reset(self) -> str:
        self.w.actions.reset.trigger()
        return "reset"

    # -- data panel
    def dataset(self) -> str:
        name = self.pick(sorted(DATASETS))
        self.data.thumbnail_buttons[name].click()
        return f"dataset {name}"

    def regenerate(self) -> str:
        self.data.regenerate_button.click()
        return "regenerate"

    def points(self) -> str:
        m = self.pick(POINTS)
        self.data.points_spin.setValue(m)
        return f"points {m}"

    def noise(self) -> str:
        noise = round(float(self.rng.uniform(0, 5)), 2)
        self.data.noise_spin.setValue(noise)
        return f"noise {noise}"

    def test_share(self) -> str:
        percent = int(self.rng.integers(0, 19)) * 5
        self.data.test_ratio_spin.setValue(percent)
        return f"test share {percent}%"

    def data_seed(self) -> str:
        seed = int(self.rng.integers(0, 1000))
        self.data.seed_spin.setValue(seed)
        return f"data seed {seed}"

    # -- network panel
    def add_layer(self) -> str:
        self.net.layer_editor.add_button.click()
        return "add layer"

    def remove_layer(self) -> str:
        self.net.layer_editor.remove_button.click()
        return "remove layer"

    def _layer(self) -> int | None:
        count = self.net.layer_editor.layer_count
        return int(self.rng.integers(1, count + 1)) if count else None

    def units(self) -> str:
        layer = self._layer()
        if layer is None:
            return "units (no layer)"
        n = self.pick(UNITS)
        self.net.layer_editor.units_spin(layer).setValue(n)
        return f"n[{layer}] = {n}"

    def activation(self) -> str:
        layer = self._layer()
        if layer is None:
            return "activation (no layer)"
        combo = self.net.layer_editor.activation_combo(layer)
        index = int(self.rng.integers(combo.count()))
        combo.setCurrentIndex(index)
        return f"g[{layer}] = {HIDDEN_ACTIVATIONS[index]}"

    def feature(self) -> str:
        name = self.pick(sorted(self.net.feature_boxes))
        self.net.feature_boxes[name].click()
        return f"toggle feature {name}"

    def standardize(self) -> str:
        self.net.standardize_box.click()
        return "toggle standardize"

    def _combo_index(self, combo, what: str) -> str:
        index = int(self.rng.integers(combo.count()))
        combo.setCurrentIndex(index)
        return f"{what} {combo.itemText(index)}"

    def initialization(self) -> str:
        return self._combo_index(self.net.init_combo, "initialization")

    def init_scale(self) -> str:
        return self._combo_index(self.net.scale_combo, "init scale")

    def init_seed(self) -> str:
        seed = int(self.rng.integers(0, 100))
        self.net.init_seed_spin.setValue(seed)
        return f"init seed {seed}"

    def learning_rate(self) -> str:
        return self._combo_index(self.net.learning_rate_combo, "α")

    def type_learning_rate(self) -> str:
        text = self.pick(TYPED_LEARNING_RATES)
        self.type_learning_rate_text(text)
        return f"type α {text!r}"

    def type_learning_rate_text(self, text: str) -> None:
        edit = self.net.learning_rate_combo.lineEdit()
        edit.selectAll()
        self.qtbot.keyClicks(edit, text)
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)

    def batch(self) -> str:
        return self._combo_index(self.net.batch_combo, "batch")

    def lambd(self) -> str:
        return self._combo_index(self.net.lambd_combo, "λ")

    def leaky(self) -> str:
        slope = round(float(self.rng.uniform(0, 0.99)), 2)
        self.net.leaky_spin.setValue(slope)
        return f"leaky slope {slope}"

    def speed(self) -> str:
        return self._combo_index(self.w.toolbar.speed_combo, "speed")

    # -- drawing points on the boundary view
    def draw_mode(self) -> str:
        on = not self.draw_tool.is_drawing()
        self.draw_tool.set_drawing(on)
        return f"draw mode {on}"

    def _point(self) -> tuple[float, float]:
        x1_min, x1_max, x2_min, x2_max = self.s.snapshot.bounds()
        return float(self.rng.uniform(x1_min, x1_max)), float(self.rng.uniform(x2_min, x2_max))

    def draw_point(self) -> str:
        x1, x2 = self._point()
        cls = int(self.rng.integers(0, 2))
        self.draw_tool.add_point(x1, x2, cls)
        return f"draw point ({x1:.2f}, {x2:.2f}) class {cls}"

    def erase_point(self) -> str:
        x1, x2 = self._point()
        self.draw_tool.remove_nearest(x1, x2)
        return "erase nearest point"

    def clear_points(self) -> str:
        self.draw_tool.clear()
        return "clear drawn points"

    # -- selection and views
    def select_neuron(self) -> str:
        dims = self.s.hyperparameters.layer_dims()
        if self.rng.random() < 0.15:
            self.s.selection.select_neuron(None)
            return "select output"
        layer = int(self.rng.integers(0, len(dims) + 1))  # sometimes one past the end: refused
        unit = int(self.rng.integers(0, (dims[layer] if layer < len(dims) else 3) + 1))
        self.s.selection.select_neuron(layer, unit)
        return f"select neuron ({layer}, {unit})"

    def select_example(self) -> str:
        m = self.s.prepared.train.m
        i = None if self.rng.random() < 0.15 else int(self.rng.integers(-1, m + 2))
        self.s.selection.select_example(i)
        return f"select example {i}"

    def log_scale(self) -> str:
        on = not self.w.cost_view.log_scale()
        self.w.cost_view.set_log_scale(on)
        return f"log scale {on}"

    def redraw(self) -> str:
        self.qtbot.wait(30)  # let the throttled redraws run, as between a user's clicks
        self.w.refresh_now()
        return "redraw"


def check(window: MainWindow, last: str) -> None:
    s = window.session
    hp = s.hyperparameters
    dims = hp.layer_dims()
    trainer = s.trainer
    assert trainer.layer_dims == dims
    parameters = trainer.parameters()
    assert len(parameters) == 2 * (len(dims) - 1)
    for l in range(1, len(dims)):
        assert parameters[f"W{l}"].shape == (dims[l], dims[l - 1])
        assert parameters[f"b{l}"].shape == (dims[l], 1)
        assert np.isfinite(parameters[f"W{l}"]).all() and np.isfinite(parameters[f"b{l}"]).all()
    assert s.prepared.X_train.shape[0] == dims[0]
    assert s.prepared.Y_train.shape == (dims[-1], s.prepared.X_train.shape[1])
    assert s.iteration >= 0
    if last == "reset":
        assert s.iteration == 0
    assert window.toolbar.iteration_label.text() == f"Iteration {s.iteration:,}"
    neuron, example = s.selection.neuron, s.selection.example
    assert neuron is None or (0 <= neuron[0] < len(dims) and 0 <= neuron[1] < dims[neuron[0]])
    assert example is None or 0 <= example < s.prepared.train.m
    # The panels show what the session holds.
    editor = window.network_panel.layer_editor
    assert editor.layer_count == len(hp.hidden_units)
    assert [editor.units_spin(l).value() for l in range(1, editor.layer_count + 1)] == list(hp.hidden_units)
    assert window.network_panel.learning_rate_combo.shown_value() == hp.learning_rate
    if s.data_spec.name in DATASETS:
        assert window.data_panel.points_spin.value() == s.data_spec.m
    assert s.dataset.m == s.prepared.train.m + s.prepared.test.m


def test_a_thousand_random_actions_leave_everything_consistent(window, qtbot, escaped):
    rng = np.random.default_rng(SEED)
    monkey = Monkey(window, qtbot, rng, escaped)
    log: list[str] = []
    for n in range(ACTIONS):
        action = monkey.choose()
        try:
            done = action()
        except Exception as error:  # an exception straight out of a widget's signal or a session call
            raise AssertionError(f"action {n} ({action.__name__}) raised; seed {SEED}; before: {log[-12:]}") from error
        log.append(done)
        QApplication.processEvents()
        for box in window.findChildren(QMessageBox):  # the divergence notice: read it and close it
            box.close()
        context = (f"after action {n} ({done}); seed {SEED}; last actions: {log[-12:]}; "
                   f"{window.session.hyperparameters}; {window.session.data_spec}; iteration {window.session.iteration}")
        assert not escaped, context + "\n" + escaped[0]
        try:
            check(window, done)
        except AssertionError as error:
            raise AssertionError(f"{context}: {error}") from error
    window.session.pause()
    # And it still trains at the end, with settings that cannot diverge.
    monkey.type_learning_rate_text("0.01")
    window.network_panel.init_combo.setCurrentIndex(window.network_panel.init_combo.findData("xavier"))
    window.actions.reset.trigger()
    before = window.session.iteration
    for _ in range(5):
        window.actions.step.trigger()
    assert window.session.iteration == before + 5
    assert not escaped
