"""Session files: exact round trip, training continues identically, every malformed file refused."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from backprop_studio.core.data.datasets import from_points
from backprop_studio.core.errors import ParameterFileError
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.files.parameter_file import load_parameters, save_parameters
from backprop_studio.core.files.session_file import (SESSION_FORMAT, SessionState, capture, is_generated, load_session,
                                                     save_session, sniff_kind)
from backprop_studio.core.session import Session


def _session(spec: DataSpec, hp: Hyperparameters, dataset=None) -> Session:
    return Session(spec, hp, dataset=dataset)


def _same_run(a: Session, b: Session) -> None:
    """Same iteration, parameters, cost curve and evaluation rows, bit for bit."""
    assert a.iteration == b.iteration
    for key, value in a.parameters().items():
        assert np.array_equal(b.parameters()[key], value), key
    assert np.array_equal(a.trainer.history.cost_curve()[1], b.trainer.history.cost_curve()[1])
    np.testing.assert_array_equal(a.trainer.history.evaluations.array(), b.trainer.history.evaluations.array())


@pytest.mark.parametrize("batch_size", [None, 64])
def test_save_then_continue_equals_continuing_without_saving(tmp_path, batch_size):
    session = _session(DataSpec(test_ratio=0.2), Hyperparameters(batch_size=batch_size))
    session.load_lesson("one_hidden_layer")
    session.set_data_spec(test_ratio=0.2)
    session.set_hyperparameters(batch_size=batch_size)
    session.train(450)
    path = tmp_path / "run.bpsession"
    save_session(path, session.state())
    session.train(500)  # the run that was never saved

    state = load_session(path)
    assert state.dataset is None  # the flower is regenerated from its spec, not stored
    assert state.lesson == "one_hidden_layer"
    reopened = Session.from_state(state)
    assert reopened.iteration == 450 and reopened.lessons.lesson.name == "one_hidden_layer"
    reopened.train(500)
    assert reopened.iteration == session.iteration == 950
    _same_run(session, reopened)


def test_drawn_points_are_stored_and_read_back_exactly(tmp_path):
    X = np.array([[0.1, -1.0 / 3.0, 2.5, 1e-17], [0.2, 0.7, -2.0, 3.0]])
    dataset = from_points(X, np.array([0, 1, 1, 0]), "binary", name="drawn")
    spec = DataSpec(name="drawn", test_ratio=0.0)
    assert not is_generated(spec, dataset)
    session = _session(spec, Hyperparameters(), dataset)
    session.train(5)
    path = tmp_path / "drawn.bpsession"
    save_session(path, session.state())
    state = load_session(path)
    assert state.dataset is not None and state.dataset.name == "drawn"
    assert np.array_equal(state.dataset.X, X) and state.dataset.y.tolist() == [0, 1, 1, 0]
    assert state.hyperparameters == session.hyperparameters and state.data_spec == spec
    document = json.loads(path.read_text())
    assert document["format"] == SESSION_FORMAT and document["format_version"] == 2  # with its timeline


def test_regression_history_with_missing_values_round_trips(tmp_path):
    session = _session(DataSpec(name="plane", m=60, test_ratio=0.0), Hyperparameters(learning_rate=0.05))
    session.train(14)
    path = tmp_path / "plane.bpsession"
    save_session(path, session.state())
    reopened = Session.from_state(load_session(path))
    rows = reopened.trainer.history.evaluations.array()
    assert np.isnan(rows[:, 2:]).all()  # no test cost, no accuracies: null in the file, NaN again here
    _same_run(session, reopened)


def _saved_document(tmp_path) -> dict:
    session = _session(DataSpec(m=40), Hyperparameters())
    session.train(3)
    path = tmp_path / "good.bpsession"
    save_session(path, session.state())
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
        "unknown lesson": (set_key(["lesson"], "no_such_lesson"), "no lesson called no_such_lesson"),
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
    session = Session()
    session.train(2)
    before = session.parameters()
    with pytest.raises(ParameterFileError) as info:
        session.restore(load_session(path))  # read, check, install: refused at whichever step finds it
    assert expected in str(info.value), str(info.value)
    assert session.iteration == 2 and all(np.array_equal(v, session.parameters()[k]) for k, v in before.items())


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
    model = _session(DataSpec(m=40), Hyperparameters())
    session = tmp_path / "any.json"
    save_session(session, model.state())
    npz, js = tmp_path / "p.npz", tmp_path / "p.json"
    for path in (npz, js):
        save_parameters(path, model.parameters(), model.export_meta())
    csv = tmp_path / "points.csv"
    csv.write_text("x1,x2,label\n0,0,a\n1,1,b\n")
    assert [sniff_kind(p) for p in (session, npz, js, csv)] == ["session", "parameters", "parameters", "csv"]
    assert sniff_kind(tmp_path / "nothing.bin") == "unknown"


def test_export_meta_records_everything_a_parameter_file_needs(tmp_path):
    session = _session(DataSpec(test_ratio=0.25), Hyperparameters(standardize=True))
    session.train(12)
    meta = session.export_meta()
    metrics = session.trainer.evaluate()
    assert meta["iteration"] == 12 and meta["train_cost"] == metrics.train_cost
    assert meta["test_cost"] == metrics.test_cost and meta["train_accuracy"] == metrics.train_accuracy
    assert meta["layer_dims"] == [2, 4, 1] and meta["activations"] == ["tanh", "sigmoid"]
    assert meta["features"] == ["x1", "x2"] and meta["problem"] == "binary" and meta["class_names"] == ["0", "1"]
    assert len(meta["standardization"]["mean"]) == 2
    path = tmp_path / "p.npz"
    save_parameters(path, session.parameters(), meta)
    _, loaded = load_parameters(path)
    assert loaded["format_version"] == 1 and math.isfinite(loaded["train_cost"])
    assert np.load(path, allow_pickle=False)["W1"].shape == (4, 2)


def test_session_state_points_regenerates_from_spec():
    spec = DataSpec(m=30)
    state = SessionState(spec, Hyperparameters(), {})
    assert np.array_equal(state.points().X, spec.make().X)


def test_a_session_saved_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "synced").mkdir()
    target = tmp_path / "real" / "run.bpsession"
    first = Session()
    first.train(3)
    save_session(target, first.state())
    link = tmp_path / "synced" / "run.bpsession"
    link.symlink_to(target)
    first.train(4)
    save_session(link, first.state())
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert load_session(target).trainer_state["iteration"] == 7
    assert sorted(p.name for p in (tmp_path / "synced").iterdir()) == ["run.bpsession"]


def test_a_full_disk_refuses_the_save_and_keeps_the_old_session(tmp_path, monkeypatch):
    import errno
    import os

    from backprop_studio.core.files import atomic

    path = tmp_path / "run.bpsession"
    session = Session()
    session.train(2)
    save_session(path, session.state())
    before = path.read_bytes()
    session.train(5)
    with monkeypatch.context() as patched:
        patched.setattr(atomic.os, "write", lambda fd, data: (_ for _ in ()).throw(
            OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
        with pytest.raises(ParameterFileError, match="could not write .*No space left on device"):
            save_session(path, session.state())
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["run.bpsession"]


def test_non_finite_history_values_are_saved_by_name_and_read_back(tmp_path):
    """JSON has no inf or NaN: a run whose cost became infinite is still saved, its history intact."""
    import math

    from backprop_studio.core.files.session_file import load_session as load, save_session as save
    from backprop_studio.core.session.session import Session

    session = Session()
    for _ in range(3):
        session.step()
    state = session.state()
    state.trainer_state["history"]["costs"]["rows"][-1] = [math.inf]
    state.trainer_state["history"]["evaluations"]["rows"][0][1:3] = [-math.inf, math.nan]
    save(tmp_path / "inf.bpsession", state)
    text = (tmp_path / "inf.bpsession").read_text()
    assert '"inf"' in text and '"-inf"' in text and "Infinity" not in text
    back = load(tmp_path / "inf.bpsession").trainer_state["history"]
    assert back["costs"]["rows"][-1] == [math.inf]
    assert back["evaluations"]["rows"][0][1] == -math.inf
    assert math.isnan(back["evaluations"]["rows"][0][2])  # "no value" (null) and NaN read alike
