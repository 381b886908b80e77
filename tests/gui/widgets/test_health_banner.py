"""HealthBanner: hidden while training is healthy; says what is wrong, the most important first, with the
course's advice; clears itself when the condition goes away; follows the language; looks at most a few
times a second however often the session changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.messages import MESSAGES
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.widgets import health_banner
from backprop_studio.gui.widgets.health_banner import HealthBanner


WINDOWS: list[QWidget] = []


def make(qtbot, session: TrainingSession) -> HealthBanner:
    """A banner in a shown window, as the main window holds it: whether it shows is its own decision."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    banner = HealthBanner(session, window)
    layout.addWidget(banner)
    layout.addWidget(QLabel("the rest of the window"))
    window.show()
    WINDOWS.append(window)  # kept alive for the test (qtbot closes it after)
    return banner


def steps(session: TrainingSession, n: int) -> None:
    for _ in range(n):
        session.step_iteration()


def test_hidden_on_the_courses_run(qtbot):
    session = TrainingSession()
    banner = make(qtbot, session)
    assert banner.isHidden() and banner.findings() == ()
    steps(session, 30)
    qtbot.wait(2 * health_banner.UPDATE_INTERVAL_MS)
    assert banner.isHidden() and banner.text() == ""


def test_a_too_large_alpha_is_flagged_then_clears_when_alpha_is_fixed(qtbot):
    session = TrainingSession()
    banner = make(qtbot, session)
    assert session.set_learning_rate(10.0)
    steps(session, 20)
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=3000)
    assert banner.text().startswith("The cost is rising")
    assert "smaller learning rate α (now 10)" in banner.text()
    assert session.set_learning_rate(1.2)
    steps(session, 80)  # the cost only falls now: the window leaves the rise behind
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=3000)
    assert banner.findings() == ()


def test_dead_relu_units_are_named_with_their_layer(qtbot):
    session = TrainingSession(DataSpec(), Hyperparameters(hidden_activations=("relu",), learning_rate=10.0, seed=3))
    banner = make(qtbot, session)
    steps(session, 100)  # all four units die by iteration ~50; J is stuck at 1.04 since
    qtbot.waitUntil(lambda: any(f.code == "health.dead_units" for f in banner.findings()), timeout=3000)
    assert "4 of the 4 ReLU units of layer 1 are dead" in banner.text()
    assert "leaky ReLU" in banner.text()


def test_divergence_comes_first_and_more_findings_go_to_the_tooltip(qtbot):
    session = TrainingSession(DataSpec(), Hyperparameters(hidden_activations=("relu",), learning_rate=10.0, seed=1))
    banner = make(qtbot, session)
    steps(session, 30)  # this seed blows up at iteration 18: diverged, huge weights, rising, dead units
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=3000)
    codes = [f.code for f in banner.findings()]
    assert codes[0] == "health.diverged" and len(codes) > health_banner.SHOWN
    shown = banner.text().split("\n")
    assert len(shown) == health_banner.SHOWN and shown[0].startswith("Training stopped at iteration 18")
    assert banner.toolTip().count("\n\n") == len(codes) - 1
    session.reset()  # a new run: nothing wrong any more
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=3000)


def test_a_burst_of_changes_is_diagnosed_once(qtbot, monkeypatch):
    session = TrainingSession()
    banner = make(qtbot, session)
    calls = []
    real = health_banner.diagnose
    monkeypatch.setattr(health_banner, "diagnose", lambda snapshot: calls.append(snapshot.version) or real(snapshot))
    steps(session, 40)  # 40 state_changed signals, no event loop in between
    assert calls == []  # never synchronously, inside the change
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=3000)
    qtbot.wait(2 * health_banner.UPDATE_INTERVAL_MS)
    assert calls == [session.snapshot.version]  # the latest snapshot, once


class Shouting(QTranslator):
    """A translation of every health template into capitals (fields kept), in context CoreMessages."""

    def isEmpty(self) -> bool:  # Qt sends no LanguageChange for an empty translator
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's signature
        if context == "CoreMessages" and source in MESSAGES.values() and "{" in source:
            parts = source.split("{")
            return "".join([parts[0].upper()] + ["{" + p.split("}", 1)[0] + "}" + p.split("}", 1)[1].upper()
                                                 for p in parts[1:]])
        return ""


def test_the_text_follows_the_language(qtbot):
    session = TrainingSession()
    banner = make(qtbot, session)
    assert session.set_learning_rate(10.0)
    steps(session, 20)
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=3000)
    english = banner.text()
    translator = Shouting()
    app = QCoreApplication.instance()
    app.installTranslator(translator)  # Qt sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: banner.text() != english, timeout=3000)
        assert banner.text().startswith("THE COST IS RISING") and "(NOW 10)" in banner.text()
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: banner.text() == english, timeout=3000)
