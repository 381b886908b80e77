"""Every bad value a student can try — layers, units, points, noise, learning rate, batch size,
λ, seeds — is refused with a reason, at the control and again in the session/core, and the
session is left exactly as it was (same trainer, parameters, iteration, data, no signals).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

from backprop_studio.core.data.datasets import DatasetError, train_test_split
from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.training.hyperparameters import MAX_HIDDEN_LAYERS, Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession

STEPS = 3  # train a little first, so a silent restart would show in the iteration counter


@pytest.fixture
def window(qtbot):
    session = TrainingSession()
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    for _ in range(STEPS):
        session.step_iteration()
    yield w
    session.pause()


@pytest.fixture
def session(window) -> TrainingSession:
    return window.session


class Watch:
    """What the session was before, what it reported, and which state signals it emitted."""

    SIGNALS = ("structure_changed", "state_changed", "selection_changed")

    def __init__(self, session: TrainingSession) -> None:
        self.session = session
        self.trainer = session.trainer
        self.hp, self.spec, self.iteration = session.hyperparameters, session.data_spec, session.iteration
        self.parameters = session.trainer.parameters()
        self.X = session.dataset.X.copy()
        self.messages: list[str] = []
        self.emitted: list[str] = []
        session.problem_reported.connect(self.messages.append)
        for name in self.SIGNALS:
            getattr(session, name).connect(lambda *_, name=name: self.emitted.append(name))

    def assert_refused(self, *words: str) -> None:
        s = self.session
        assert self.messages, "refused without a reason"
        for word in words:
            assert word in self.messages[-1], (word, self.messages[-1])
        assert "Traceback" not in self.messages[-1]
        assert self.emitted == [], self.emitted
        assert s.trainer is self.trainer
        assert (s.hyperparameters, s.data_spec, s.iteration) == (self.hp, self.spec, self.iteration)
        for key, value in s.trainer.parameters().items():
            np.testing.assert_array_equal(value, self.parameters[key])
        np.testing.assert_array_equal(s.dataset.X, self.X)


# ---------------------------------------------------------------- sent to the session's setters
BAD_HYPERPARAMETERS = [
    # (changes, words the reason must contain)
    ({"hidden_units": (4,) * 11, "hidden_activations": ("tanh",) * 11}, ("at most 10 hidden layers",)),
    ({"hidden_units": (0,)}, ("n[1]", "between 1 and 64", "got 0")),
    ({"hidden_units": (65,)}, ("n[1]", "between 1 and 64", "got 65")),
    ({"hidden_units": (4, -1), "hidden_activations": ("tanh", "tanh")}, ("n[2]", "got -1")),
    ({"hidden_units": (2.5,)}, ("n[1]", "whole number")),
    ({"learning_rate": 0.0}, ("learning rate α", "[1e-06, 1e+06]")),
    ({"learning_rate": -3.0}, ("learning rate α", "got -3")),
    ({"learning_rate": 1e7}, ("learning rate α", "got 1e+07")),
    ({"learning_rate": math.nan}, ("learning rate α", "finite number")),
    ({"learning_rate": math.inf}, ("learning rate α", "finite number")),
    ({"batch_size": 0}, ("mini-batch size", "between 1")),
    ({"batch_size": -8}, ("mini-batch size",)),
    ({"batch_size": 2.5}, ("mini-batch size", "whole number")),
    ({"batch_size": True}, ("mini-batch size", "whole number")),
    ({"lambd": -1.0}, ("λ", "[0, 100]")),
    ({"lambd": 101.0}, ("λ", "got 101")),
    ({"lambd": math.nan}, ("λ", "finite number")),
    ({"seed": -1}, ("seed", "between 0 and 4294967295")),
    ({"seed": 2**32}, ("seed", "got 4294967296")),
    ({"seed": 1.5}, ("seed", "whole number")),
    ({"init_scale": -1.0}, ("initialization scale",)),
    ({"init_scale": 101.0}, ("initialization scale",)),
    ({"features": ()}, ("at least one input feature",)),
    ({"hidden_activations": ("softmax",)}, ("activation of hidden layer 1",)),
]


@pytest.mark.parametrize("changes, words", BAD_HYPERPARAMETERS, ids=lambda v: str(v)[:40])
def test_a_bad_hyperparameter_is_refused_and_nothing_changes(session, changes, words):
    watch = Watch(session)
    assert session.set_hyperparameters(**changes) is False
    watch.assert_refused(*words)
    # Validated again in core, with the same reason.
    with pytest.raises(HyperparameterError) as error:
        Hyperparameters(**{**Hyperparameters().to_dict(), **changes})
    assert words[0] in str(error.value)


BAD_DATA = [
    ({"m": 1}, ("number of points m", "between 2 and 100000")),
    ({"m": 100_001}, ("number of points m", "got 100001")),
    ({"m": 2.5}, ("number of points m", "whole number")),
    ({"noise": -0.1}, ("noise", "[0, 5]")),
    ({"noise": 5.5}, ("noise", "got 5.5")),
    ({"noise": math.nan}, ("noise", "finite number")),
    ({"seed": -1}, ("seed", "between 0")),
    ({"seed": 2**32}, ("seed",)),
    ({"name": "mnist"}, ("unknown dataset 'mnist'",)),
]


@pytest.mark.parametrize("changes, words", BAD_DATA, ids=lambda v: str(v)[:40])
def test_a_bad_data_value_is_refused_and_nothing_changes(session, changes, words):
    watch = Watch(session)
    assert session.set_data_spec(**changes) is False
    watch.assert_refused(*words)
    with pytest.raises(DatasetError) as error:
        DataSpec(**{**DataSpec().__dict__, **changes}).make()
    assert words[0] in str(error.value)


@pytest.mark.parametrize("ratio, words", [(0.95, ("test ratio", "[0, 0.9]")), (-0.1, ("test ratio", "got -0.1"))])
def test_a_bad_test_share_is_refused_and_nothing_changes(session, ratio, words):
    watch = Watch(session)
    assert session.set_data_spec(test_ratio=ratio) is False
    watch.assert_refused(*words)
    with pytest.raises(DatasetError):  # validated in core where the split happens
        train_test_split(session.dataset, ratio, 1)


def test_too_few_points_for_three_classes_is_refused(session):
    watch = Watch(session)
    assert session.set_data_spec(name="spiral3", m=2) is False
    watch.assert_refused("number of points m", "between 3")


def test_an_eleventh_layer_is_refused_at_the_button_and_in_the_session(window, session):
    assert session.set_hidden_units((3,) * MAX_HIDDEN_LAYERS)
    editor = window.network_panel.layer_editor
    assert not editor.add_button.isEnabled()  # the control cannot ask
    watch = Watch(session)
    assert session.add_layer() is False
    watch.assert_refused("At most 10 hidden layers")


def test_the_learning_rate_setter_refuses_each_bad_number(session):
    for value, word in ((0, "got 0"), (-1e-3, "got -0.001"), (2e6, "got 2e+06"), (math.nan, "finite")):
        watch = Watch(session)
        assert session.set_learning_rate(value) is False
        watch.assert_refused("learning rate α", word)


NONSENSE_SETTER_CALLS = [
    pytest.param(lambda s: s.set_layer_units(1, 0), id="0 units"),
    pytest.param(lambda s: s.set_layer_activation(1, "softmax"), id="softmax in a hidden layer"),
    pytest.param(lambda s: s.set_speed(7), id="speed 7"),
    pytest.param(lambda s: s.set_weight("W1", 0, 0, math.nan), id="weight NaN"),
    pytest.param(lambda s: s.set_weight("W9", 0, 0, 1.0), id="weight W9"),
    pytest.param(lambda s: s.selection.select_neuron(9, 0), id="neuron 9"),
    pytest.param(lambda s: s.selection.select_example(10**6), id="example 10**6"),
    pytest.param(lambda s: s.set_learning_rate("abc"), id="learning rate as text"),
    pytest.param(lambda s: s.set_learning_rate(None), id="learning rate None"),
    pytest.param(lambda s: s.set_layer_units(5, 4), id="units of a layer that does not exist"),
    pytest.param(lambda s: s.set_layer_units(0, 4), id="units of layer 0"),
    pytest.param(lambda s: s.set_layer_units(1, 2.5), id="2.5 units"),
    pytest.param(lambda s: s.set_layer_activation(3, "tanh"), id="activation of a layer that does not exist"),
]


@pytest.mark.parametrize("call", NONSENSE_SETTER_CALLS)
def test_setters_given_nonsense_refuse_instead_of_raising(session, call):
    watch = Watch(session)
    assert not call(session)
    watch.assert_refused()


# ---------------------------------------------------------------- typed into the controls
def type_into_combo(qtbot, combo: QComboBox, text: str) -> None:
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


TYPED = [
    # (combo attribute, text typed, words of the reason shown under the panel)
    ("learning_rate_combo", "abc", ("learning rate α", "“abc” is not one")),
    ("learning_rate_combo", "nan", ("learning rate α", "is not one")),
    ("learning_rate_combo", "inf", ("learning rate α", "is not one")),
    ("learning_rate_combo", "0", ("learning rate α", "[1e-06, 1e+06]")),
    ("learning_rate_combo", "-0.5", ("learning rate α", "got -0.5")),
    ("learning_rate_combo", "1e9", ("learning rate α", "got 1e+09")),
    ("lambd_combo", "-1", ("λ", "[0, 100]")),
    ("lambd_combo", "1000", ("λ", "got 1000")),
    ("lambd_combo", "lots", ("λ", "is not one")),
    ("scale_combo", "-2", ("initialization scale",)),
    ("scale_combo", "1e3", ("initialization scale", "got 1000")),
]


@pytest.mark.parametrize("attribute, text, words", TYPED, ids=lambda v: str(v)[:30])
def test_a_bad_number_typed_into_a_control_is_refused_with_a_reason(window, session, qtbot, attribute, text, words):
    panel = window.network_panel
    combo: QComboBox = getattr(panel, attribute)
    shown_before = combo.currentText()
    watch = Watch(session)
    type_into_combo(qtbot, combo, text)
    # The reason is shown under the panel (and, when the session gave it, in the status bar).
    assert panel.problem_label.isVisibleTo(window)
    for word in words:
        assert word in panel.problem_label.text(), (word, panel.problem_label.text())
    watch.messages.append(panel.problem_label.text())  # the panel's own refusals never reach the session
    watch.assert_refused(*words)
    assert combo.currentText() == shown_before  # the control shows the session's value again


def spin_typed(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    spin.clearFocus()


SPINS = [
    # (how to find the spin box, text typed, the session value it may at most become)
    ("units", "0"), ("units", "99"), ("units", "-3"),
    ("points", "1"), ("points", "9999999"), ("points", "-40"),
    ("noise", "9"), ("noise", "-1"),
    ("data seed", "-7"), ("init seed", "-7"),
]


def find_spin(window, which: str) -> QAbstractSpinBox:
    data, network = window.data_panel, window.network_panel
    return {"units": lambda: network.layer_editor.units_spin(1), "points": lambda: data.points_spin,
            "noise": lambda: data.noise_spin, "data seed": lambda: data.seed_spin,
            "init seed": lambda: network.init_seed_spin}[which]()


def session_value(session: TrainingSession, which: str):
    return {"units": lambda: session.hyperparameters.hidden_units[0], "points": lambda: session.data_spec.m,
            "noise": lambda: session.data_spec.noise, "data seed": lambda: session.data_spec.seed,
            "init seed": lambda: session.hyperparameters.seed}[which]()


@pytest.mark.parametrize("which, text", SPINS)
def test_a_spin_box_cannot_send_a_value_out_of_range(window, session, qtbot, which, text):
    """The spin boxes hold their range: typed nonsense is clamped or ignored, never sent as it is."""
    spin = find_spin(window, which)
    messages = []
    session.problem_reported.connect(messages.append)
    spin_typed(qtbot, spin, text)
    value = session_value(session, which)
    assert spin.minimum() <= value <= spin.maximum()
    assert spin.value() == value  # the control shows what the session holds
    assert not [m for m in messages if "must be" in m], messages
