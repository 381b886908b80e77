"""The notebook export redoes the app's run with the course's functions: same costs, same parameters.

Each test trains a Session, exports it, then executes the notebook's code cells in order in one
namespace (as a kernel would, the checkout importable as backprop_studio through tests/conftest.py)
and compares the notebook's costs and final parameters with the app's to 1e-9.
"""

from __future__ import annotations

import contextlib
import io
import json

import numpy as np
import pytest

from backprop_studio.core.data.datasets import from_points
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.files.notebook import notebook_for, write_notebook
from backprop_studio.core.session import Session
from backprop_studio.core.training.hyperparameters import Hyperparameters

TOLERANCE = 1e-9


def run_notebook(notebook: dict) -> tuple[dict, str]:
    """Execute every code cell top to bottom in one namespace; returns the namespace and what it printed."""
    namespace: dict = {"__name__": "__main__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                exec(compile("".join(cell["source"]), f"<cell {cell['id']}>", "exec"), namespace)
    return namespace, out.getvalue()


def first_cell(notebook: dict) -> str:
    return "".join(notebook["cells"][0]["source"])


def assert_reproduces(session: Session) -> tuple[dict, str]:
    """The notebook's costs and final parameters are the app's (to 1e-9), and it prints its accuracy."""
    notebook = notebook_for(session)
    assert "**Checked:**" in first_cell(notebook)
    namespace, printed = run_notebook(notebook)
    _, app_costs = session.trainer.history.cost_curve()
    assert len(namespace["costs"]) == session.iteration == len(app_costs)
    np.testing.assert_allclose(namespace["costs"], app_costs, rtol=0, atol=TOLERANCE)
    app_parameters = session.parameters()
    assert sorted(namespace["parameters"]) == sorted(app_parameters)
    for key, value in app_parameters.items():
        np.testing.assert_allclose(namespace["parameters"][key], value, rtol=0, atol=TOLERANCE, err_msg=key)
    metrics = session.metrics()
    assert namespace["train_cost"] == pytest.approx(metrics.train_cost, abs=TOLERANCE)
    if metrics.train_accuracy is not None:
        assert namespace["train_accuracy"] == metrics.train_accuracy
        assert f"Train accuracy: {100 * metrics.train_accuracy:.1f}%" in printed
    if metrics.test_accuracy is not None:
        assert namespace["test_accuracy"] == metrics.test_accuracy
    return namespace, printed


def test_the_course_network_on_the_flower_prints_the_course_costs():
    session = Session()  # the planar flower, 2 → 4 tanh → 1 sigmoid, α = 1.2
    session.train(1200)
    _, printed = assert_reproduces(session)
    lines = printed.splitlines()
    assert "Cost after iteration 0: 0.69" in printed
    assert f"Cost after iteration 1199: {session.trainer.history.cost_curve()[1][-1]:.6f}" in lines
    assert "Cost after iteration 100: " in printed


@pytest.mark.parametrize("spec, hp, iterations", [
    # deep ReLU with He initialization, a test set
    (DataSpec("moons", test_ratio=0.25), Hyperparameters(hidden_units=(6, 4), hidden_activations=("relu", "relu"),
                                                         initialization="he", learning_rate=0.3), 300),
    # mini-batches (the last one smaller: 320 = 4 × 75 + 20) with L2
    (DataSpec("circles"), Hyperparameters(hidden_units=(5,), batch_size=75, lambd=0.7, learning_rate=0.5), 250),
    # standardized extra features, leaky ReLU, Xavier
    (DataSpec("xor", noise=0.3), Hyperparameters(hidden_units=(3,), hidden_activations=("leaky_relu",),
                                                 initialization="xavier", features=("x1", "x2", "x1_x2", "sin_x1"),
                                                 standardize=True, learning_rate=0.4), 200),
    # three classes: softmax output with categorical cross-entropy, mini-batches
    (DataSpec("spiral3", test_ratio=0.1), Hyperparameters(hidden_units=(8,), learning_rate=0.8, batch_size=64), 200),
    # regression: linear output, squared error; logistic regression's shape (no hidden layer), course init
    (DataSpec("plane"), Hyperparameters(hidden_units=(), hidden_activations=(), initialization="course",
                                        learning_rate=0.05), 150),
], ids=["deep-relu-he", "minibatch-l2", "standardized-features", "softmax", "regression"])
def test_architectures_and_options_are_reproduced(spec, hp, iterations):
    session = Session(spec, hp)
    session.train(iterations)
    assert_reproduces(session)


def test_drawn_points_are_written_into_the_notebook():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(2, 37))
    points = from_points(X, (X[0] * X[1] > 0).astype(int), "binary", name="drawn")
    session = Session(DataSpec(test_ratio=0.0), Hyperparameters(hidden_units=(3,)))
    session.set_dataset(points)
    session.train(120)
    namespace, _ = assert_reproduces(session)
    assert np.array_equal(namespace["dataset"].X, X)  # every float written exactly
    assert "make_dataset" not in json.dumps(notebook_for(session))


def test_iterations_taken_phase_by_phase_are_part_of_the_run():
    session = Session()
    session.train(10)
    for _ in range(40):  # a few whole iterations with the course's readable functions, one phase at a time
        session.step_phase()
    session.settle()
    session.train(10)
    assert_reproduces(session)


def test_a_run_whose_learning_rate_changed_on_the_way_says_its_numbers_differ():
    session = Session()
    session.train(50)
    session.set_hyperparameters(learning_rate=0.5)
    session.train(50)
    notebook = notebook_for(session)
    assert "will differ from the app's" in first_cell(notebook)
    namespace, _ = run_notebook(notebook)  # it still trains the current settings from the start
    assert len(namespace["costs"]) == 100
    assert namespace["learning_rate"] == 0.5


def test_a_typed_weight_is_noticed():
    session = Session()
    session.train(30)
    session.set_weight("W1", 0, 0, 3.0)
    assert "will differ from the app's" in first_cell(notebook_for(session))


def test_a_snapshot_exports_as_the_session_does(tmp_path):
    session = Session(DataSpec("gaussians"), Hyperparameters(learning_rate=0.1))
    session.train(80)
    path = write_notebook(tmp_path / "run.ipynb", session.snapshot())
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook == notebook_for(session)
    namespace, _ = run_notebook(notebook)
    np.testing.assert_allclose(namespace["costs"], session.trainer.history.cost_curve()[1], rtol=0, atol=TOLERANCE)


def test_the_notebook_imports_only_the_course_functions_by_the_installed_name():
    notebook = notebook_for(Session())
    code = "\n".join("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code")
    imports = [line for line in code.splitlines() if line.startswith(("import ", "from "))]
    assert imports[0] == "import numpy as np"
    assert all(line.startswith("from backprop_studio.core.") for line in imports[1:])
    assert "L_model_forward" in code and "update_parameters" in code and "compute_cost" in code


def test_the_notebook_is_valid_nbformat_4():
    notebook = notebook_for(Session(DataSpec("spiral3"), Hyperparameters(batch_size=32)))
    assert (notebook["nbformat"], notebook["nbformat_minor"]) == (4, 5)
    assert len({cell["id"] for cell in notebook["cells"]}) == len(notebook["cells"])
    for cell in notebook["cells"]:
        assert cell["cell_type"] in ("markdown", "code")
        assert all(isinstance(line, str) for line in cell["source"])
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    nbformat = pytest.importorskip("nbformat")
    nbformat.validate(nbformat.from_dict(notebook))
