"""Session files: exact round trip, training continues identically, every malformed file refused."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from backprop_studio.core.data.datasets import from_points
from backprop_studio.core.errors import ParameterFileError
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec, export_meta, fit_problem, make_trainer, prepare
from backprop_studio.core.files.parameter_file import load_parameters, save_parameters
from backprop_studio.core.files.session_file import (SESSION_FORMAT, SessionState, build_trainer, capture, is_generated, load_session,
                               save_session, sniff_kind)


def _trainer(spec: DataSpec, hp: Hyperparameters, dataset=None):
    dataset = dataset if dataset is not None else spec.make()
    hp = fit_problem(hp, dataset)
    prepared = prepare(dataset, hp, spec.test_ratio, spec.seed)
    return dataset, hp, prepared, make_trainer(prepared, hp)


def _run(trainer, n: int) -> None:
    for _ in range(n):
        trainer.step()
        if trainer.iteration % 7 == 0:
            trainer.evaluate()


@pytest.mark.parametrize("batch_size", [None, 64])
def test_save_then_continue_equals_continuing_without_saving(tmp_path, batch_size):
    spec = DataSpec(test_ratio=0.2)
    hp = Hyperparameters(batch_size=batch_size)
    dataset, hp, _, trainer = _trainer(spec, hp)
    _run(trainer, 50)
    path = tmp_path / "run.bpsession"
    save_session(path, capture(spec, dataset, hp, trainer.state(), lesson="hidden layer"))
    _run(trainer, 100)  # the run that was never saved

    state = load_session(path)
    assert state.dataset is None  # the flower is regenerated from its spec, not stored
    assert state.lesson == "hidden layer"
    _, reopened = build_trainer(state)
    assert reopened.iteration == 50
    _run(reopened, 100)
    assert reopened.iteration == trainer.iteration == 150
    for key, value in trainer.parameters().items():
        assert np.array_equal(reopened.parameters()[key], value), key
    assert np.array_equal(reopened.history.cost_curve()[1], trainer.history.cost_curve()[1])
    np.testing.assert_array_equal(reopened.history.evaluations.array(), trainer.history.evaluations.array())


def test_drawn_points_are_stored_and_read_back_exactly(tmp_path):
    X = np.array([[0.1, -1.0 / 3.0, 2.5, 1e-17], [0.2, 0.7, -2.0, 3.0]])
    dataset = from_points(X, np.array([0, 1, 1, 0]), "binary", name="drawn")
    spec = DataSpec(name="drawn", test_ratio=0.0)
    assert not is_generated(spec, dataset)
    dataset, hp, _, trainer = _trainer(spec, Hyperparameters(), dataset)
    _run(trainer, 5)
    path = tmp_path / "drawn.bpsession"
    save_session(path, capture(spec, dataset, hp, trainer.state()))
    state = load_session(path)
    assert state.dataset is not None and state.dataset.name == "drawn"
    assert np.array_equal(state.dataset.X, X) and state.dataset.y.tolist() == [0, 1, 1, 0]
    assert state.hyperparameters == hp and state.data_spec == spec
    document = json.loads(path.read_text())
    assert document["format"] == SESSION_FORMAT and document["format_version"] == 1


def test_regression_history_with_missing_values_round_trips(tmp_path):
    spec = DataSpec(name="plane", m=60, test_ratio=0.0)
    dataset, hp, _, trainer = _trainer(spec, Hyperparameters(learning_rate=0.05))
    _run(trainer, 14)
    path = tmp_path / "plane.bpsession"
    save_session(path, capture(spec, dataset, hp, trainer.state()))
    _, reopened = build_trainer(load_session(path))
    rows = reopened.history.evaluations.array()
    assert np.isnan(rows[:, 2:]).all()  # no test cost, no accuracies: null in the file, NaN again here
    np.testing.assert_array_equal(rows, trainer.history.evaluations.array())


def _saved_document(tmp_path) -> dict:
    spec = DataSpec(m=40)
    dataset, hp, _, trainer = _trainer(spec, Hyperparameters())
    _run(trainer, 3)
    path = tmp_path / "good.bpsession"
    save_session(path, capture(spec, dataset, hp, trainer.state()))
    return json.loads(path.read_text())


def _mutations():
    def set_key(path, value):
        def apply(doc):
            target = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        return apply

    def delete(path):
        def apply(doc):
            target = doc
            for key in path[:-1]:
                target = target[key]
            del target[path[-1]]
        return apply

    return {
        "newer": (set_key(["format_version"], 99), "newer Backprop Studio"),
        "format": (set_key(["format"], "something-else"), "is not a Backprop Studio session"),
        "parameter file": (set_key(["format"], "backprop-studio-parameters"), "Import parameters"),
        "extra key": (set_key(["colour"], "red"), "unexpected key(s) 'colour'"),
        "missing trainer": (delete(["trainer"]), "missing 'trainer'"),
        "missing W2": (delete(["trainer", "parameters", "W2"]), "b2 has no matching W2"),
        "wrong shape": (set_key(["trainer", "parameters", "b1"], [[0.0], [0.0]]), "b1 has shape (2, 1)"),
        "layer dims": (set_key(["hyperparameters", "hidden_units"], [5]), "layer_dims"),
        "bad hp": (set_key(["hyperparameters", "learning_rate"], -1), "hyperparameters: learning rate"),
        "string number": (set_key(["trainer", "iteration"], "3"), "trainer.iteration"),
        "rng": (set_key(["trainer", "batch_rng"], {"bit_generator": "MT19937"}), "PCG64"),
        "order": (set_key(["trainer", "order"], [0, 0, 1]), "mini-batch order"),
        "history width": (set_key(["trainer", "history", "evaluations", "rows"], [[1.0, 2.0]]), "row of 5"),
        "unknown dataset": (set_key(["data_spec", "name"], "nowhere"), "unknown dataset 'nowhere'"),
        "lesson": (set_key(["lesson"], 3), "lesson must be"),
        "dataset labels": (set_key(["dataset"], {"problem": "binary", "X": [[0.0], [1.0]], "y": ["a"]}),
                           "dataset y"),
    }


@pytest.mark.parametrize("case", list(_mutations()))
def test_each_malformed_document_is_refused_with_its_own_message(tmp_path, case):
    document = _saved_document(tmp_path)
    mutate, expected = _mutations()[case]
    mutate(document)
    path = tmp_path / "bad.bpsession"
    path.write_text(json.dumps(document))
    with pytest.raises(ParameterFileError) as info:
        load_session(path)
    assert expected in str(info.value), str(info.value)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused(tmp_path, token):
    text = json.dumps(_saved_document(tmp_path))
    text = text.replace('"first_cost":', f'"first_cost":{token},"_":', 1)
    path = tmp_path / "nan.bpsession"
    path.write_text(text)
    with pytest.raises(ParameterFileError, match="not a finite number"):
        load_session(path)


def test_truncated_and_binary_files_are_refused(tmp_path):
    text = json.dumps(_saved_document(tmp_path))
    path = tmp_path / "cut.bpsession"
    path.write_text(text[: len(text) // 2])
    with pytest.raises(ParameterFileError, match="truncated"):
        load_session(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ParameterFileError, match="not a text"):
        load_session(path)
    with pytest.raises(ParameterFileError, match="file not found"):
        load_session(tmp_path / "missing.bpsession")


def test_sniffing_tells_sessions_parameters_and_csv_apart(tmp_path):
    spec = DataSpec(m=40)
    dataset, hp, prepared, trainer = _trainer(spec, Hyperparameters())
    session = tmp_path / "any.json"
    save_session(session, capture(spec, dataset, hp, trainer.state()))
    npz, js = tmp_path / "p.npz", tmp_path / "p.json"
    for path in (npz, js):
        save_parameters(path, trainer.parameters(), export_meta(trainer, prepared))
    csv = tmp_path / "points.csv"
    csv.write_text("x1,x2,label\n0,0,a\n1,1,b\n")
    assert [sniff_kind(p) for p in (session, npz, js, csv)] == ["session", "parameters", "parameters", "csv"]
    assert sniff_kind(tmp_path / "nothing.bin") == "unknown"


def test_export_meta_records_everything_a_parameter_file_needs(tmp_path):
    spec = DataSpec(test_ratio=0.25)
    _, hp, prepared, trainer = _trainer(spec, Hyperparameters(standardize=True))
    _run(trainer, 12)  # the last evaluation (7) is not at the current iteration (12): measured on export
    meta = export_meta(trainer, prepared)
    metrics = trainer.evaluate(record=False)
    assert meta["iteration"] == 12 and meta["train_cost"] == metrics.train_cost
    assert meta["test_cost"] == metrics.test_cost and meta["train_accuracy"] == metrics.train_accuracy
    assert meta["layer_dims"] == [2, 4, 1] and meta["activations"] == ["tanh", "sigmoid"]
    assert meta["features"] == ["x1", "x2"] and meta["problem"] == "binary" and meta["class_names"] == ["0", "1"]
    assert len(meta["standardization"]["mean"]) == 2
    path = tmp_path / "p.npz"
    save_parameters(path, trainer.parameters(), meta)
    _, loaded = load_parameters(path)
    assert loaded["format_version"] == 1 and math.isfinite(loaded["train_cost"])
    assert np.load(path, allow_pickle=False)["W1"].shape == (4, 2)


def test_session_state_points_regenerates_from_spec():
    spec = DataSpec(m=30)
    state = SessionState(spec, Hyperparameters(), {})
    assert np.array_equal(state.points().X, spec.make().X)
