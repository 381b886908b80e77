"""GradientCheckDialog: passes on the default network, and a broken dW1 fails visibly in the W1 row."""

from __future__ import annotations

import numpy as np

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.nn.gradient_verdict import backprop_grads, check_gradients
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.labs.gradient_check_dialog import FAIL_BACKGROUND, MAX_EXAMPLES, GradientCheckDialog
from backprop_studio.gui.model.session import TrainingSession

TIMEOUT_MS = 60_000


def make(qtbot, hp: Hyperparameters | None = None, data: DataSpec | None = None
         ) -> tuple[TrainingSession, GradientCheckDialog]:
    session = TrainingSession(data, hyperparameters=hp)
    dialog = GradientCheckDialog(session)
    qtbot.addWidget(dialog)
    return session, dialog


def run(qtbot, dialog: GradientCheckDialog):
    with qtbot.waitSignal(dialog.check_finished, timeout=TIMEOUT_MS) as blocker:
        assert dialog.run()
    return blocker.args[0]


def core_verdict(session: TrainingSession, grads=None):
    snapshot = session.snapshot
    X = snapshot.prepared.X_train[:, :MAX_EXAMPLES]
    Y = snapshot.prepared.Y_train[:, :MAX_EXAMPLES]
    return check_gradients(dict(snapshot.parameters), X, Y, snapshot.activations, grads=grads)


def test_default_network_passes(qtbot):
    session, dialog = make(qtbot)
    verdict = run(qtbot, dialog)
    rows = dialog.rows()
    assert [row[0] for row in rows] == ["W1", "b1", "W2", "b2"]
    assert [row[1] for row in rows] == ["4 × 2", "4 × 1", "1 × 4", "1 × 1"]
    assert all(row[-1].startswith("PASS") for row in rows)
    # The numbers are core's.
    expected = core_verdict(session)
    for row, block in zip(rows, expected.blocks):
        assert row[3] == f"{block.relative_difference:.2e}"
    assert verdict.passed
    # The course's init at iteration 0: the overall difference is rounding noise, about 1e-7 (which side
    # of it depends on the CPU's rounding), so the sentence is the one core's own numbers call for.
    difference = f"{expected.difference:.1e}"
    if expected.difference < 1e-7:
        sentence = f"Backprop agrees with numerical gradients: difference {difference} < 1e-07."
    else:
        sentence = (f"Backprop agrees with numerical gradients: the difference {difference} is at the rounding "
                    "limit of the numerical estimate (see the rows marked \"rounding limit\").")
    assert dialog.verdict_text() == sentence
    assert "first 200 of the 400 training examples" in dialog.data_label.text()
    assert "ReLU" not in dialog.note_text()


def test_a_small_random_network_passes_below_the_threshold(qtbot):
    """Random × 0.01 on 80 % of the flower (the app's old default): the difference is well under 1e-7."""
    session, dialog = make(qtbot, Hyperparameters(initialization="random"), DataSpec(test_ratio=0.2))
    verdict = run(qtbot, dialog)
    expected = core_verdict(session)
    assert verdict.passed and all(row[-1].startswith("PASS") for row in dialog.rows())
    assert dialog.verdict_text() == f"Backprop agrees with numerical gradients: difference {expected.difference:.1e} < 1e-07."
    assert "first 200 of the 320 training examples" in dialog.data_label.text()


def test_a_broken_dW1_fails_visibly(qtbot):
    session, dialog = make(qtbot)

    def broken(*args):
        grads = backprop_grads(*args)
        grads["dW1"] = grads["dW1"] * 1.1
        return grads

    dialog.compute_grads = broken
    verdict = run(qtbot, dialog)
    assert not verdict.passed
    cell = dialog.result_cell("W1")
    assert cell.text() == "FAIL"
    assert cell.background().color() == FAIL_BACKGROUND
    for key in ("b1", "W2", "b2"):
        assert dialog.result_cell(key).text().startswith("PASS")
        assert dialog.result_cell(key).background().color() != FAIL_BACKGROUND
    assert dialog.rows()[0][3] == f"{0.1 / 2.1:.2e}"  # ‖0.1 dW1‖ / (‖1.1 dW1‖ + ‖dW1‖)
    assert dialog.verdict_text().startswith("Backprop disagrees with numerical gradients")
    assert "worst in W1" in dialog.verdict_text() and "layer 1" in dialog.verdict_text()


def test_relu_networks_get_a_note_about_kinks(qtbot):
    _, dialog = make(qtbot, Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "tanh")))
    verdict = run(qtbot, dialog)
    assert verdict.passed
    assert "kink at z = 0" in dialog.note_text()
    assert [row[0] for row in dialog.rows()] == ["W1", "b1", "W2", "b2", "W3", "b3"]


def test_checks_the_current_parameters_after_training(qtbot):
    session, dialog = make(qtbot)
    for _ in range(50):
        session.step_iteration()
    verdict = run(qtbot, dialog)
    expected = core_verdict(session)
    np.testing.assert_array_equal(verdict.result.grad, expected.result.grad)
    assert "iteration 50" in dialog.data_label.text()
    session.step_iteration()
    assert "changed since this check" in dialog.data_label.text()


def test_showing_the_dialog_runs_the_check(qtbot):
    _, dialog = make(qtbot)
    with qtbot.waitSignal(dialog.check_finished, timeout=TIMEOUT_MS):
        dialog.show()
    assert len(dialog.rows()) == 4
    assert not dialog.isModal()


def test_a_failing_gradient_function_is_reported_not_raised(qtbot):
    session, dialog = make(qtbot)
    messages = []
    session.problem_reported.connect(messages.append)

    def crash(*args):
        raise ValueError("no gradients today")

    dialog.compute_grads = crash
    with qtbot.waitSignal(dialog.check_failed, timeout=TIMEOUT_MS):
        dialog.run()
    assert messages == ["no gradients today"]
    assert "could not run" in dialog.verdict_text()


def test_only_a_change_of_what_was_checked_makes_the_result_stale(qtbot):
    session, dialog = make(qtbot)
    run(qtbot, dialog)
    checked_text = dialog.data_label.text()
    assert session.selection.select_example(4)  # looking at an example changes no parameter
    assert dialog.data_label.text() == checked_text
    assert session.set_weight("W1", 1, 0, 0.25)  # a typed weight does
    assert "changed since this check" in dialog.data_label.text()
    verdict = run(qtbot, dialog)
    assert verdict.passed and dialog.data_label.text() == checked_text
    assert session.set_data_spec(name="xor")  # new data: the same seed draws the same W, but X changed
    assert "changed since this check" in dialog.data_label.text()
