"""Parameter files: round-trips, atomic writes, and a clear error for every malformed file."""

from __future__ import annotations

import json
import os
import zipfile

import numpy as np
import pytest

from backprop_studio.core.files import atomic
from backprop_studio.core.errors import ParameterFileError
from backprop_studio.core.nn.initialization import initialize_parameters_deep
from backprop_studio.core.files.parameter_file import (
    FORMAT_VERSION,
    describe_architecture,
    load_parameters,
    save_parameters,
    validate_parameters,
)


@pytest.fixture
def parameters() -> dict[str, np.ndarray]:
    params = initialize_parameters_deep([2, 4, 3, 1], method="he", seed=7)
    # Awkward floats (not short decimals) so a lossy JSON writer would be caught.
    params["b1"] = np.array([[0.1], [1 / 3], [-2.5e-300], [np.nextafter(1.0, 2.0)]])
    return params


@pytest.fixture
def meta() -> dict:
    return {
        "layer_dims": [2, 4, 3, 1],
        "activations": ["tanh", "relu", "sigmoid"],
        "leaky_alpha": 0.01,
        "features": ["x1", "x2"],
        "standardization": {"mean": [0.5, -1.0], "std": [2.0, 0.25]},
        "problem": "binary",
        "class_names": ["red", "blue"],
        "iteration": 1200,
        "train_cost": 0.2875,
        "test_cost": 0.31,
    }


def _assert_same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> None:
    assert list(a) == list(b)
    for key in a:
        assert b[key].dtype == np.float64
        assert b[key].shape == a[key].shape
        # Bit-exact, not approximately equal.
        assert a[key].tobytes() == b[key].tobytes(), key


@pytest.mark.parametrize("suffix", [".npz", ".json"])
def test_round_trip_is_bit_exact_and_keeps_meta(tmp_path, parameters, meta, suffix):
    path = tmp_path / f"net{suffix}"
    save_parameters(path, parameters, meta)
    loaded, loaded_meta = load_parameters(path)
    _assert_same(parameters, loaded)
    assert loaded_meta == {**meta, "format_version": FORMAT_VERSION}


def test_npz_opens_with_plain_numpy_without_pickle(tmp_path, parameters, meta):
    path = tmp_path / "net.npz"
    save_parameters(path, parameters, meta)
    with np.load(path, allow_pickle=False) as data:
        assert sorted(data.files) == ["W1", "W2", "W3", "b1", "b2", "b3", "meta"]
        assert data["W1"].shape == (4, 2) and data["b1"].shape == (4, 1)
        assert data["W3"].shape == (1, 3)
        assert data["meta"].shape == ()
        assert json.loads(str(data["meta"]))["format_version"] == FORMAT_VERSION


def test_json_layout(tmp_path, parameters, meta):
    path = tmp_path / "net.json"
    save_parameters(path, parameters, meta)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "backprop-studio-parameters"
    assert document["meta"]["activations"] == ["tanh", "relu", "sigmoid"]
    assert document["parameters"]["b1"][1] == [1 / 3]
    assert len(document["parameters"]["W2"]) == 3 and len(document["parameters"]["W2"][0]) == 4


def test_save_without_meta_still_records_version(tmp_path, parameters):
    path = tmp_path / "net.json"
    save_parameters(path, parameters, {})
    _, meta = load_parameters(path)
    assert meta == {"format_version": FORMAT_VERSION}


def test_meta_may_hold_numpy_values(tmp_path, parameters):
    path = tmp_path / "net.npz"
    meta = {"standardization": {"mean": np.array([0.5, 1.5]), "std": np.array([1.0, 2.0])}, "iteration": np.int64(3)}
    save_parameters(path, parameters, meta)
    _, loaded = load_parameters(path)
    assert loaded["standardization"] == {"mean": [0.5, 1.5], "std": [1.0, 2.0]}
    assert loaded["iteration"] == 3


def test_loads_a_students_plain_savez(tmp_path, parameters):
    path = tmp_path / "student.npz"
    np.savez(path, **parameters)
    loaded, meta = load_parameters(path)
    assert meta is None
    _assert_same(parameters, loaded)


def test_float32_student_file_becomes_float64(tmp_path, parameters):
    path = tmp_path / "student.npz"
    np.savez(path, **{k: v.astype(np.float32) for k, v in parameters.items()})
    loaded, _ = load_parameters(path)
    assert all(v.dtype == np.float64 for v in loaded.values())


@pytest.mark.parametrize("suffix", [".txt", ".npy", ""])
def test_unknown_suffix_is_refused(tmp_path, parameters, suffix):
    with pytest.raises(ParameterFileError, match=r"\.npz or \.json"):
        save_parameters(tmp_path / f"net{suffix}", parameters, {})
    with pytest.raises(ParameterFileError, match=r"\.npz or \.json"):
        load_parameters(tmp_path / f"net{suffix}")


# --- atomic writes (the writer itself: test_atomic.py) --------------------------------------
def test_failed_save_keeps_old_parameter_file(tmp_path, monkeypatch, parameters):
    path = tmp_path / "net.npz"
    save_parameters(path, parameters, {"iteration": 1})
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    changed = dict(parameters, W1=parameters["W1"] + 1.0)
    with pytest.raises(ParameterFileError, match="could not write.*No space left"):
        save_parameters(path, changed, {"iteration": 2})
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["net.npz"]
    monkeypatch.undo()
    _, meta = load_parameters(path)
    assert meta["iteration"] == 1


# --- what is wrong with a file ------------------------------------------------------------
def test_missing_file(tmp_path):
    with pytest.raises(ParameterFileError, match="not found"):
        load_parameters(tmp_path / "nope.npz")


def test_directory_is_unreadable(tmp_path):
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(ParameterFileError, match="cannot read"):
        load_parameters(folder)


def test_truncated_npz(tmp_path, parameters):
    path = tmp_path / "net.npz"
    save_parameters(path, parameters, {})
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(ParameterFileError, match="damaged or truncated"):
        load_parameters(path)


def test_npz_that_is_not_a_zip(tmp_path, parameters):
    path = tmp_path / "net.npz"
    np.save(tmp_path / "x.npy", parameters["W1"])
    path.write_bytes((tmp_path / "x.npy").read_bytes())
    with pytest.raises(ParameterFileError, match="not an .npz archive"):
        load_parameters(path)


def test_truncated_json(tmp_path, parameters):
    path = tmp_path / "net.json"
    save_parameters(path, parameters, {})
    path.write_text(path.read_text()[:100])
    with pytest.raises(ParameterFileError, match="not valid JSON"):
        load_parameters(path)


def test_json_of_another_kind(tmp_path):
    path = tmp_path / "net.json"
    path.write_text(json.dumps({"W1": [[1.0]]}))
    with pytest.raises(ParameterFileError, match="not a Backprop Studio parameter file"):
        load_parameters(path)


def test_pickled_objects_are_refused(tmp_path, parameters):
    path = tmp_path / "evil.npz"
    np.savez(path, **dict(parameters, W2=np.array([{"run": "code"}], dtype=object)))
    with pytest.raises(ParameterFileError, match=r"W2 contains Python objects \(pickle\), which are refused"):
        load_parameters(path)


def _write_npz(path, **arrays) -> None:
    np.savez(path, **arrays)


def _ok(n0=2, n1=3, n2=1) -> dict[str, np.ndarray]:
    return {"W1": np.ones((n1, n0)), "b1": np.zeros((n1, 1)), "W2": np.ones((n2, n1)), "b2": np.zeros((n2, 1))}


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda p: {"b1": p["b1"]}, "no W1"),
        (lambda p: {k: v for k, v in p.items() if k != "b2"}, r"missing b2"),
        (lambda p: {"W1": p["W1"], "b1": p["b1"], "W3": p["W2"], "b3": p["b2"]}, "gap in the layer numbering.*W2"),
        (lambda p: dict(p, W3=np.ones((1, 1))), "missing b3"),
        (lambda p: dict(p, b3=np.ones((1, 1))), "b3 has no matching W3"),
        (lambda p: dict(p, costs=np.ones(3)), "unexpected key.*costs"),
        (lambda p: dict(p, W01=np.ones((1, 1))), "unexpected key.*W01"),
        (lambda p: dict(p, W1=np.ones(6)), r"W1 has 1 dimension"),
        (lambda p: dict(p, b1=np.zeros(3)), r"b1 has 1 dimension"),
        (lambda p: dict(p, b1=np.zeros((1, 3))), r"b1 has shape \(1, 3\).*\(3, 1\)"),
        (lambda p: dict(p, b2=np.zeros((2, 1))), r"b2 has shape \(2, 1\)"),
        (lambda p: dict(p, W2=np.ones((1, 4))), r"W2 has shape \(1, 4\) but W1 has shape \(3, 2\)"),
        (lambda p: dict(p, W1=np.ones((3, 2), dtype=np.int64)), "W1 holds int64"),
        (lambda p: dict(p, b2=np.array([["a"]])), "b2 holds"),
        (lambda p: dict(p, W2=np.array([[1.0, np.nan, 0.0]])), "W2 contains NaN or infinite"),
        (lambda p: dict(p, b1=np.array([[0.0], [np.inf], [0.0]])), "b1 contains NaN or infinite"),
        (lambda p: dict(p, W1=np.ones((0, 2)), b1=np.zeros((0, 1))), "at least one unit"),
    ],
)
def test_bad_arrays_in_npz(tmp_path, change, message):
    path = tmp_path / "bad.npz"
    _write_npz(path, **change(_ok()))
    with pytest.raises(ParameterFileError, match=message):
        load_parameters(path)


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"W1": [[1.0, 2.0]], "b1": [[0.0]], "x": 1}, "unexpected key.*'x'"),
        ({"W1": [[1.0, "2"]], "b1": [[0.0]]}, "W1 holds values that are not numbers"),
        ({"W1": [[1.0, True]], "b1": [[0.0]]}, "W1 holds values that are not numbers"),
        ({"W1": [[1.0, None]], "b1": [[0.0]]}, "W1 holds values that are not numbers"),
        ({"W1": [[1.0, 2.0], [1.0]], "b1": [[0.0], [0.0]]}, "W1 has rows of different lengths"),
        ({"W1": [1.0, 2.0], "b1": [[0.0]]}, "W1 must be a 2-D matrix"),
        ({"W1": [[1.0, 2.0]], "b1": [[1e400]]}, "b1 contains NaN or infinite"),
        ({"W1": [[1.0, 2.0]], "b1": [[10**400]]}, "b1 holds a number too large"),
    ],
)
def test_bad_arrays_in_json(tmp_path, raw, message):
    path = tmp_path / "bad.json"
    text = json.dumps({"format": "backprop-studio-parameters", "meta": {}, "parameters": raw})
    path.write_text(text.replace("Infinity", "1e400"))
    with pytest.raises(ParameterFileError, match=message):
        load_parameters(path)


def test_nan_in_json_is_named(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "backprop-studio-parameters", "parameters": {"W1": [[NaN]], "b1": [[0.0]]}}')
    with pytest.raises(ParameterFileError, match="W1 contains NaN"):
        load_parameters(path)


def _npz_with_meta(path, meta_text: str) -> None:
    np.savez(path, **_ok(), meta=np.array(meta_text))


@pytest.mark.parametrize(
    "meta, message",
    [
        ('{"layer_dims": [2, 3', "meta is not valid JSON"),
        ("[1, 2]", "meta must be a JSON object"),
        ('{"format_version": 2}', "made by a newer Backprop Studio"),
        ('{"format_version": "one"}', "format_version must be a positive whole number"),
        ('{"activations": ["tanh", "swish"]}', "unknown activation 'swish'"),
        ('{"activations": ["tanh"]}', r"1 activation\(s\) but the arrays have 2 layer"),
        ('{"activations": ["softmax", "sigmoid"]}', "cannot be the activation of hidden layer 1"),
        ('{"activations": ["tanh", "relu"]}', "cannot be the output activation"),
        ('{"layer_dims": [2, 4, 1]}', r"layer_dims \[2, 4, 1\] but the arrays give \[2, 3, 1\]"),
        ('{"features": ["x1"]}', "1 feature.*n\\[0\\] = 2"),
        ('{"leaky_alpha": 3}', "leaky_alpha"),
        ('{"standardization": {"mean": [0, 0]}}', "standardization must be null or"),
        ('{"standardization": {"mean": [0, 0], "std": [1, 0]}}', "std must be positive"),
        ('{"standardization": {"mean": [0], "std": [1]}}', "mean has 1 values"),
    ],
)
def test_bad_meta(tmp_path, meta, message):
    path = tmp_path / "bad.npz"
    _npz_with_meta(path, meta)
    with pytest.raises(ParameterFileError, match=message):
        load_parameters(path)


def test_meta_that_is_not_a_string(tmp_path):
    path = tmp_path / "bad.npz"
    np.savez(path, **_ok(), meta=np.array([1.0, 2.0]))
    with pytest.raises(ParameterFileError, match="meta must be a single JSON string"):
        load_parameters(path)


def test_newer_json_version_is_reported_before_anything_else(tmp_path):
    path = tmp_path / "future.json"
    document = {"format": "backprop-studio-parameters", "meta": {"format_version": 9}, "parameters": {"W1": "?"}}
    path.write_text(json.dumps(document))
    with pytest.raises(ParameterFileError, match="newer Backprop Studio.*9"):
        load_parameters(path)


def test_save_refuses_inconsistent_meta_and_writes_nothing(tmp_path):
    path = tmp_path / "net.json"
    with pytest.raises(ParameterFileError, match="layer_dims"):
        save_parameters(path, _ok(), {"layer_dims": [5, 1]})
    with pytest.raises(ParameterFileError, match="cannot be saved as JSON"):
        save_parameters(path, _ok(), {"train_cost": float("nan")})
    assert not path.exists()


def test_corrupted_member_is_reported(tmp_path):
    path = tmp_path / "net.npz"
    np.savez(path, **_ok())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("W1.npy")
    # Flip a byte inside W1's stored data: the zip's CRC check then fails.
    offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.file_size - 3
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ParameterFileError, match="damaged or truncated"):
        load_parameters(path)


# --- helpers used by callers ----------------------------------------------------------------
def test_validate_parameters_returns_layer_dims(parameters):
    assert validate_parameters(parameters) == [2, 4, 3, 1]
    assert validate_parameters(_ok(5, 7, 3)) == [5, 7, 3]


def test_loaded_keys_are_in_course_order(tmp_path, parameters):
    path = tmp_path / "net.npz"
    np.savez(path, b2=parameters["b2"], W3=parameters["W3"], W1=parameters["W1"], b3=parameters["b3"],
             W2=parameters["W2"], b1=parameters["b1"])
    loaded, _ = load_parameters(path)
    assert list(loaded) == ["W1", "b1", "W2", "b2", "W3", "b3"]


def test_describe_architecture(parameters):
    assert describe_architecture(_ok(2, 4, 1), {"activations": ["tanh", "sigmoid"]}) == "2 → 4 → 1 (tanh, sigmoid)"
    assert describe_architecture(parameters, None) == "2 → 4 → 3 → 1"
