"""InspectorPanel: each phase's title, equations, NumPy lines and matrices — the numbers are core's."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from backprop_studio.core.training.equations import equations_for, numpy_lines_for
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.nn.losses import compute_cost
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.nn.propagation import L_model_backward, L_model_forward
from backprop_studio.core.training.trainer import Trainer, layer_shapes
from backprop_studio.gui.support import colors
from backprop_studio.gui.panels.inspector import InspectorPanel
from backprop_studio.gui.panels.matrix_table import VALUE_ROLE, MatrixModel, MatrixTable, format_value
from backprop_studio.gui.widgets.course_text import course_rich
from backprop_studio.gui.panels.phase_texts import phase_number
from backprop_studio.gui.panels.shapes_table import COLUMNS, ShapesTable
from backprop_studio.gui.model.session import TrainingSession

M_TRAIN = 400  # DataSpec(): the course's 400 points, all of them for training


def make_session(hidden: tuple[int, ...] = (4,), **changes) -> TrainingSession:
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=("tanh",) * len(hidden), **changes)
    return TrainingSession(DataSpec(), hp)


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return make_session()


@pytest.fixture
def panel(qtbot, session) -> InspectorPanel:
    widget = InspectorPanel(session)
    qtbot.addWidget(widget)
    widget.resize(560, 260)
    return widget


def expected_title(kind: str, layer: int) -> str:
    return {"forward": f"Forward propagation, layer {layer}", "cost": "Cost J: binary cross-entropy",
            "backward": f"Backward propagation, layer {layer}", "update": f"Update, layer {layer}"}[kind]


def cell_values(card: MatrixTable) -> np.ndarray:
    """Every cell's exact value as the model gives it to the view."""
    model = card.model
    return np.array([[model.data(model.index(r, c), VALUE_ROLE) for c in range(model.columnCount())]
                     for r in range(model.rowCount())])


# ---------------------------------------------------------------------------------- idle
def test_before_any_phase_a_hint_and_the_shapes_table(panel, session):
    assert not panel.showing_phase()
    assert "Shift+→" in panel.hint.text()
    rows = layer_shapes(session.hyperparameters.layer_dims(), M_TRAIN)
    assert panel.shapes_table.table.rowCount() == len(rows) == 2
    assert panel.shapes_table.cell_text(0, 0) == "(4, 2)"
    assert f"m = {M_TRAIN}" in panel.shapes_heading.text()


# ---------------------------------------------------------------------------------- phases
@pytest.mark.parametrize("hidden", [(), (4,), (4, 3, 3)])
def test_every_phase_shows_its_title_equations_and_numpy_lines(qtbot, hidden):
    session = make_session(hidden)
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    L = len(hidden) + 1
    visited = []
    for n in range(1, 3 * L + 2):
        with qtbot.waitSignal(session.state_changed) as blocker:
            session.step_phase()
        event = blocker.args[0].phase
        visited.append((event.kind, event.layer))
        assert panel.showing_phase() and panel.event is event
        assert phase_number(event, L) == n
        assert panel.title.text() == expected_title(event.kind, event.layer)
        assert panel.info.text().startswith(f"phase {n} of {3 * L + 1}")
        activation = session.snapshot.activations[event.layer - 1]
        for line in equations_for(event.equation, event.layer, L, activation, "binary_cross_entropy"):
            assert course_rich(line) in panel.equations.text()
        lines = numpy_lines_for(event.ran, event.layer)
        assert lines
        for line in lines:  # the lines of the functions that ran, under their names
            assert line.code in panel.numpy_code.text()
            assert f"# {line.function.__name__}()" in panel.numpy_code.text()
        source = "core/nn/losses.py" if event.kind == "cost" else "core/nn/propagation.py"
        assert panel.numpy_box.title() == f"NumPy that ran ({source})"
    course_order = ([("forward", l) for l in range(1, L + 1)] + [("cost", L)]
                    + [("backward", l) for l in range(L, 0, -1)] + [("update", l) for l in range(1, L + 1)])
    assert visited == course_order
    assert panel.showing_phase()  # the last update stays on screen after the iteration ends
    assert session.iteration == 1


def test_backward_of_layer_one_in_a_2_4_1_net(panel, session):
    for _ in range(5):  # forward 1, 2, cost, backward 2, backward 1
        event = session.step_phase()
    assert (event.kind, event.layer) == ("backward", 1)
    assert panel.title.text() == "Backward propagation, layer 1"
    text = panel.equations.text()
    assert "dZ<sup>[1]</sup> = dA<sup>[1]</sup> * g'<sup>[1]</sup>(Z<sup>[1]</sup>)" in text
    assert "dW<sup>[1]</sup> = (1/m) dZ<sup>[1]</sup> X<sup>T</sup>" in text
    assert "tanh'(z) = 1 − a²" in text
    assert "np.dot(dZ, A_prev.T)" in panel.numpy_code.text()
    assert "dZ = dA * g_prime" in panel.numpy_code.text()
    assert panel.numpy_box.title() == "NumPy that ran (core/nn/propagation.py)"
    assert panel.matrix_keys() == ["dA", "g_prime", "dZ", "dW", "db"]  # layer 1 hands no dA[0] back
    assert panel.matrix("dZ").plain_heading == f"dZ[1]: (4, {M_TRAIN})"
    assert f"dZ<sup>[1]</sup></b>: (4, {M_TRAIN})" in panel.matrix("dZ").heading.text()


def test_forward_tables_are_the_event_tensors_and_cores_numbers(panel, session):
    parameters = dict(session.snapshot.parameters)
    X = session.snapshot.prepared.X_train
    _, caches = L_model_forward(X, parameters, session.snapshot.activations)
    event = session.step_phase()
    assert panel.matrix_keys() == ["A_prev", "W", "b", "Z", "A"]
    headings = [panel.matrix(key).plain_heading for key in panel.matrix_keys()]
    assert headings == ["A[0] = X: (2, 400)", "W[1]: (4, 2)", "b[1]: (4, 1)", "Z[1]: (4, 400)", "A[1]: (4, 400)"]
    for key in panel.matrix_keys():
        np.testing.assert_array_equal(cell_values(panel.matrix(key)), event.tensors[key])
    np.testing.assert_array_equal(cell_values(panel.matrix("A_prev")), X)
    np.testing.assert_array_equal(cell_values(panel.matrix("W")), parameters["W1"])
    np.testing.assert_allclose(cell_values(panel.matrix("Z")), caches[0][1], rtol=1e-12, atol=1e-15)
    assert "broadcast across the" in panel.note.text() and "400" in panel.note.text()


def test_cost_phase_shows_j(panel, session):
    for _ in range(3):
        event = session.step_phase()
    assert event.kind == "cost"
    assert f"<b>J = {event.cost:.6g}</b>" in panel.equations.text()
    assert panel.matrix_keys() == ["AL", "Y"]
    assert panel.matrix("AL").plain_heading == "A[2]: (1, 400)"
    np.testing.assert_array_equal(cell_values(panel.matrix("Y")), session.prepared.Y_train)
    AL = cell_values(panel.matrix("AL"))
    assert compute_cost(AL, session.prepared.Y_train) == pytest.approx(event.cost, rel=1e-12)


def test_update_tables_equal_core_gradients_and_a_core_step(panel, session):
    session.step_iteration()  # start from a trained state, not from the initialization
    hp = session.hyperparameters
    before = {key: value.copy() for key, value in session.snapshot.parameters.items()}
    p = session.prepared
    copy = Trainer(hp, p.X_train, p.Y_train, p.X_test, p.Y_test, parameters=before)
    copy.step()  # the fast path of core, from the same state
    activations = session.snapshot.activations
    AL, caches = L_model_forward(session.prepared.X_train, before, activations)
    grads = L_model_backward(AL, session.prepared.Y_train, caches, activations)
    events = [session.step_phase() for _ in range(7)]
    assert [(e.kind, e.layer) for e in events[-2:]] == [("update", 1), ("update", 2)]
    assert panel.matrix_keys() == ["W_before", "dW", "W_after", "b_before", "db", "b_after"]
    assert panel.matrix("W_after").plain_heading == "W[2] after: (1, 4)"
    gradients = session.snapshot.gradients
    after = copy.parameters()  # the engine's step: the same to rounding (the phases ran the course's functions)
    np.testing.assert_allclose(cell_values(panel.matrix("dW")), gradients["dW2"], rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(cell_values(panel.matrix("db")), gradients["db2"], rtol=1e-14, atol=1e-300)
    np.testing.assert_array_equal(cell_values(panel.matrix("W_before")), before["W2"])
    np.testing.assert_allclose(cell_values(panel.matrix("W_after")), after["W2"], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(cell_values(panel.matrix("b_after")), after["b2"], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(cell_values(panel.matrix("dW")), grads["dW2"], rtol=1e-10, atol=1e-15)
    np.testing.assert_array_equal(cell_values(panel.matrix("W_after")), session.snapshot.parameters["W2"])
    assert "α = 1.2" in panel.note.text()


def test_a_whole_iteration_goes_back_to_the_hint(panel, session):
    session.step_phase()
    assert panel.showing_phase()
    session.step_iteration()
    assert not panel.showing_phase() and panel.event is None


def test_reset_goes_back_to_the_hint(panel, session):
    session.step_phase()
    session.reset()
    assert not panel.showing_phase()


def test_each_new_phase_is_announced_once(qtbot, panel, session):
    with qtbot.waitSignal(panel.phase_shown) as shown:
        event = session.step_phase()
    assert shown.args == [event]
    with qtbot.assertNotEmitted(panel.phase_shown):
        session.selection.select_example(3)  # the same phase, another highlight
        session.step_iteration()


def test_shapes_button_and_back(panel, session):
    session.step_phase()
    panel.shapes_button.click()
    assert not panel.showing_phase()
    assert not panel.back_button.isHidden()
    panel.back_button.click()
    assert panel.showing_phase()


# ---------------------------------------------------------------------------------- which iteration
# The convention, shared with the toolbar: the toolbar counts the iterations completed
# (snapshot.iteration). A phase belongs to iteration i = that count while its iteration is under
# way, numbered from 0 as the course prints "Cost after iteration 0" (event.iteration). The last
# update completes iteration i: the toolbar then says i + 1, and the inspector "iteration i — complete".
HEADER = re.compile(r"^phase (\d+) of (\d+) · iteration ([\d,]+)( — complete)?$")


def header(panel: InspectorPanel) -> tuple[int, int, int, bool]:
    """(phase n, of N, iteration i, complete) as the header reads."""
    match = HEADER.match(panel.info.text())
    assert match, panel.info.text()
    return int(match[1]), int(match[2]), int(match[3].replace(",", "")), bool(match[4])


def test_the_header_names_the_iteration_each_phase_belongs_to(panel, session):
    per_iteration = 3 * 2 + 1
    for k in range(1, 2 * per_iteration + 3):  # two whole iterations, then two phases of a third
        session.step_phase()
        snapshot = session.snapshot
        n, total, iteration, complete = header(panel)
        assert (n, total) == ((k - 1) % per_iteration + 1, per_iteration)
        assert iteration == snapshot.phase.iteration == (k - 1) // per_iteration
        last = n == per_iteration
        assert complete == last
        # What the toolbar shows (iterations completed): i while the iteration is under way, i + 1 after it.
        assert snapshot.iteration == iteration + (1 if last else 0)
        assert snapshot.in_iteration == (not last)


def test_the_inspector_and_the_toolbar_agree_on_the_iteration(window, qtbot):
    session, inspector = window.session, window.inspector
    button = window.toolbar.widgetForAction(window.actions.step_phase)  # Shift+→ on the toolbar
    for _ in range(2 * 7):
        button.click()
        completed = session.snapshot.iteration
        qtbot.waitUntil(lambda: window.toolbar.iteration_label.text() == f"Iteration {completed:,}")
        assert inspector.showing_phase()
        _, _, iteration, complete = header(inspector)
        if complete:  # the toolbar has counted it: "Iteration 1" beside "iteration 0 — complete"
            assert completed == iteration + 1
        else:
            assert completed == iteration


# ---------------------------------------------------------------------------------- stale phases
@pytest.mark.parametrize("phases", [4, 7], ids=["mid-backward", "after-the-last-update"])
def test_a_typed_weight_leaves_the_phase_it_no_longer_describes(panel, session, phases):
    for _ in range(phases):
        session.step_phase()
    assert panel.showing_phase()
    assert session.set_weight("W1", 0, 0, 3.0)
    assert not panel.showing_phase() and panel.event is None
    assert panel.back_button.isHidden()  # the stale phase is not one click away either
    assert "Shift+→" in panel.hint.text()


def test_a_new_learning_rate_mid_iteration_finishes_it_and_leaves_the_phase(panel, session):
    for _ in range(4):
        session.step_phase()
    assert session.set_learning_rate(0.5)
    assert session.snapshot.iteration == 1  # the model finished the iteration first (never half of one)
    assert not panel.showing_phase() and panel.event is None


def test_after_the_last_update_the_phase_keeps_the_learning_rate_it_ran_with(panel, session):
    for _ in range(7):
        session.step_phase()
    assert "α = 1.2" in panel.note.text()
    assert session.set_learning_rate(0.5)  # the parameters stay: the update shown is still what happened
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))  # the phase is written again
    assert panel.showing_phase()
    assert "α = 1.2" in panel.note.text() and "α = 0.5" not in panel.note.text()


# ---------------------------------------------------------------------------------- one example
def test_selecting_an_example_highlights_its_column_and_names_it(panel, session):
    session.step_phase()
    z = panel.matrix("Z").model
    plain = z.data(z.index(0, 17), Qt.ItemDataRole.FontRole)
    assert session.selection.select_example(17)
    bold = z.data(z.index(0, 17), Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold() and bold != plain
    assert z.data(z.index(0, 16), Qt.ItemDataRole.FontRole) is None
    for key in ("A_prev", "Z", "A"):
        assert panel.matrix(key).model.highlighted_column == 17
    for key in ("W", "b"):  # not one column per example
        assert panel.matrix(key).model.highlighted_column is None
    train = session.prepared.train
    x1, x2, y = train.X[0, 17], train.X[1, 17], int(train.y[17])
    # The course's numbering (x⁽¹⁾ is column 0), with NumPy's index labelled as such.
    assert panel.example_label.text() == (f"Example x⁽¹⁸⁾: x = ({x1:.2f}, {x2:.2f}), y = {y} — column 18 of every "
                                          f"matrix with m columns (NumPy index 17)")
    assert z.headerData(17, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "18"
    # The highlight follows to the next phase's matrices.
    session.step_phase()
    assert panel.matrix("Z").model.highlighted_column == 17
    session.selection.select_example(None)
    assert panel.matrix("Z").model.highlighted_column is None
    assert panel.example_label.isHidden()


def test_mini_batches_highlight_nothing(qtbot):
    session = make_session(batch_size=64)
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    session.step_phase()
    session.selection.select_example(5)
    assert panel.matrix("Z").plain_heading == "Z[1]: (4, 64)"
    assert panel.matrix("Z").model.highlighted_column is None
    assert "mini-batches" in panel.example_label.text()


# ---------------------------------------------------------------------------------- shapes table
def test_shapes_table_follows_the_network_and_the_data(qtbot, session):
    table = ShapesTable(session)
    qtbot.addWidget(table)

    def check(m: int) -> None:
        rows = layer_shapes(session.hyperparameters.layer_dims(), m)
        assert table.table.rowCount() == len(rows)
        for r, shapes in enumerate(rows):
            assert [table.cell_text(r, c) for c in range(len(COLUMNS))] == \
                [f"({shapes[name][0]}, {shapes[name][1]})" for name in COLUMNS]
        assert f"m\u00a0=\u00a0{m} columns" in table.note.text()

    check(400)
    session.set_hidden_units((5, 3, 3))
    check(400)
    assert table.table.rowCount() == 4
    assert table.table.verticalHeaderItem(3).text() == "l = 4"
    session.set_data_spec(m=200)
    check(200)
    session.set_data_spec(test_ratio=0.2)  # a fifth held out: m counts the training examples only
    check(160)
    assert "b<sup>[1]</sup> (5,\u00a01) is broadcast" in table.note.text()


# ---------------------------------------------------------------------------------- matrix table
def test_format_value_keeps_three_or_four_digits():
    assert format_value(0.123456) == "0.1235"
    assert format_value(-2.91234) == "-2.912"
    assert format_value(0.00412345) == "0.00412"
    assert format_value(1.2345e-5) == "1.23e-05"
    assert format_value(0.0) == "0"


def test_cells_are_coloured_on_one_symmetric_scale_for_every_matrix(qtbot):
    model, other = MatrixModel(), MatrixModel()
    model.set_matrix("W[1]", np.array([[-2.0, 0.0, 0.5, 2.0]]))
    other.set_matrix("A[2]", np.full((1, 3), 0.5))  # an output of 0.5 everywhere: half-strength, not saturated
    lut = colors.diverging_lut(256)

    def rgb(m: MatrixModel, column: int) -> tuple[int, int, int]:
        color = m.data(m.index(0, column), Qt.ItemDataRole.BackgroundRole)
        return color.red(), color.green(), color.blue()

    assert rgb(model, 0) == tuple(lut[0]) == colors.NEGATIVE  # beyond −1: the end colour
    assert rgb(model, 3) == tuple(lut[255]) == colors.POSITIVE
    assert rgb(model, 1) in (tuple(lut[127]), tuple(lut[128]))  # 0 is the middle of the map
    assert rgb(model, 2) == rgb(other, 0) == tuple(lut[191])  # 0.5 is the same colour in every matrix
    model.set_color_scale(10.0)
    assert rgb(model, 3) == tuple(lut[153])  # 2 on ±10
    assert model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole) == "0.5"
    # Numbered as the course numbers rows and columns, NumPy's index named as such.
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == \
        "W[1]₁,₄ = 2.0\nrow 1, column 4 (NumPy index [0, 3])"
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "4"
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == "row 1 (NumPy index 0)"


def test_thousands_of_columns_are_a_model_not_items(qtbot):
    card = MatrixTable()
    qtbot.addWidget(card)
    wide = np.random.default_rng(0).normal(size=(4, 100_000))
    card.set_matrix("Z[1]", wide)
    card.show()
    assert card.model.columnCount() == 100_000
    assert card.table.width() <= 330
    card.highlight_column(99_999)
    assert card.model.highlighted_column == 99_999
    assert card.table.horizontalScrollBar().value() > 0
    assert card.model.data(card.model.index(3, 99_999), VALUE_ROLE) == wide[3, 99_999]


@pytest.mark.parametrize("name, loss_title, cost_text", [
    ("spiral3", "Cost J: categorical cross-entropy", "Y<sub>k</sub> log A<sup>[2]</sup><sub>k</sub>"),
    ("plane", "Cost J: squared error", "J = (1/m) Σ ½ (A<sup>[2]</sup> − Y)²"),
])
def test_other_losses_l2_and_leaky_relu(qtbot, name, loss_title, cost_text):
    hp = Hyperparameters(hidden_units=(5,), hidden_activations=("leaky_relu",), lambd=0.3, leaky_alpha=0.05)
    session = TrainingSession(DataSpec(name=name), hp)
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    events = [session.step_phase() for _ in range(3)]
    assert events[-1].kind == "cost"
    assert panel.title.text() == loss_title
    assert cost_text in panel.equations.text()
    assert "(λ/2m) Σ<sub>l</sub> ||W<sup>[l]</sup>||²" in panel.equations.text()
    assert "return lambd / (2.0 * m) * total" in panel.numpy_code.text()
    session.step_phase()
    session.step_phase()  # backward, layer 1 (leaky ReLU)
    assert "LeakyReLU'(z) = 1 if z &gt; 0 else 0.05" in panel.equations.text()
    assert "+ (λ/m) W<sup>[1]</sup>" in panel.equations.text()
    assert panel.matrix("dZ").plain_heading.startswith("dZ[1]: (5, ")
