"""Every loader either loads a file or refuses it with a coded message: no other exception, ever.

Seeded bit flips and truncations of real files (parameters as .npz and .json, a session with its
history, CSV points), and the campaign's named hostile files. A file that loads must hold only what
the app can train and draw: finite values within ±MAX_MAGNITUDE, layers within the app's limits.
"""

from __future__ import annotations

import io
import json
import math
import random
import zipfile
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.data.csv_data import read_csv
from backprop_studio.core.errors import BackpropStudioError, CSVError
from backprop_studio.core.files.limits import MAX_DIMENSION, MAX_MAGNITUDE
from backprop_studio.core.files.parameter_file import load_parameters, save_parameters
from backprop_studio.core.files.session_file import load_session, save_session
from backprop_studio.core.messages import MESSAGES
from backprop_studio.core.session.session import Session
from backprop_studio.core.training.hyperparameters import Hyperparameters

SEED = 7
FLIPS = {".npz": 300, ".json": 200, ".bpsession": 200, ".csv": 200}
TRUNCATIONS = 40


def load(path: Path):
    suffix = path.suffix
    if suffix in (".npz", ".json"):
        return load_parameters(path)
    if suffix == ".bpsession":
        return load_session(path)
    return read_csv(path)


def check_loaded(result) -> None:
    """What a loader returns is something the app can train on and draw."""
    if isinstance(result, tuple):  # parameters
        arrays = result[0].values()
    elif hasattr(result, "trainer_state"):
        arrays = list(result.trainer_state["parameters"].values())
        if result.dataset is not None:
            arrays.append(result.dataset.X)
    else:
        arrays = [result.X, result.y.astype(float)]
    for array in arrays:
        assert np.all(np.isfinite(array)) and np.all(np.abs(array) <= MAX_MAGNITUDE)
        assert all(n <= 100_000 for n in array.shape)


def outcome(path: Path) -> str:
    """"loaded", or the code of the refusal; any other exception fails the test."""
    try:
        check_loaded(load(path))
    except BackpropStudioError as error:
        assert error.code in MESSAGES
        assert str(error) and len(str(error)) < 2000  # a sentence, not a dump of the file
        return error.reason.code if isinstance(error, CSVError) else error.code  # a CSV line's own reason
    return "loaded"


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originals")
    session = Session(hyperparameters=Hyperparameters(hidden_units=(5, 3), hidden_activations=("tanh", "relu")))
    for _ in range(30):
        session.step()
    save_parameters(folder / "p.npz", session.parameters(), session.export_meta())
    save_parameters(folder / "p.json", session.parameters(), session.export_meta())
    save_session(folder / "s.bpsession", session.state())
    rows = ["x1;x2;label"] + [f"{i * 0.25};{math.sin(i)};{'oui' if i % 3 else 'non'}" for i in range(60)]
    (folder / "c.csv").write_text("\n".join(rows), encoding="utf-8")
    return {name.suffix: name.read_bytes() for name in folder.iterdir()}


def test_bit_flips_and_truncations_load_or_are_refused_with_a_message(originals, tmp_path):
    rng = random.Random(SEED)
    counts: dict[str, dict[str, int]] = {}
    for suffix, data in originals.items():
        cases = []
        for _ in range(FLIPS[suffix]):
            changed = bytearray(data)
            i = rng.randrange(len(changed))
            changed[i] ^= 1 << rng.randrange(8)
            cases.append(bytes(changed))
        cases += [data[: rng.randrange(len(data))] for _ in range(TRUNCATIONS)]
        tally = counts.setdefault(suffix, {})
        for n, content in enumerate(cases):
            path = tmp_path / f"case{n}{suffix}"
            path.write_bytes(content)
            code = outcome(path)
            tally[code] = tally.get(code, 0) + 1
            path.unlink()
    print("\n" + "\n".join(f"{suffix}: {sum(t.values())} cases: {json.dumps(t)}" for suffix, t in counts.items()))
    assert all(sum(t.values()) - t.get("loaded", 0) > 0 for t in counts.values())  # the flips did damage


# ---------------------------------------------------------------------- the campaign's named files
def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _rezip(data: bytes, change) -> bytes:
    """``data`` (a zip) with ``change(header: bytearray, offset)`` applied to each local and central header."""
    raw = bytearray(data)
    for signature, field in ((b"PK\x03\x04", 4), (b"PK\x01\x02", 6)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            change(raw, start + field)
            start += 4
    return bytes(raw)


def _good_parameters() -> dict[str, np.ndarray]:
    return {"W1": np.full((3, 2), 0.5), "b1": np.zeros((3, 1)), "W2": np.full((1, 3), -0.5), "b2": np.zeros((1, 1))}


def _session_document(originals) -> dict:
    return json.loads(originals[".bpsession"])


def named_files(originals) -> dict[str, tuple[str, bytes, str]]:
    """name → (suffix, content, expected code)."""
    good = _good_parameters()
    zipped = _npz(good)
    version_99 = _rezip(zipped, lambda raw, at: raw.__setitem__(slice(at, at + 2), (99).to_bytes(2, "little")))
    method = lambda m: lambda raw, at: raw.__setitem__(slice(at + 4, at + 6), m.to_bytes(2, "little"))  # noqa: E731
    encrypted = lambda raw, at: raw.__setitem__(at + 2, raw[at + 2] | 1)  # noqa: E731

    def session_with(change) -> bytes:
        document = _session_document(originals)
        change(document)
        return json.dumps(document).encode()

    def set_path(document, path, value):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    big = 10 ** 400
    files = {
        "zip version 9.9": (".npz", version_99, "parameters.zip_version"),
        "compression bzip2 (12)": (".npz", _rezip(zipped, method(12)), "parameters.compression"),
        "compression lzma (14)": (".npz", _rezip(zipped, method(14)), "parameters.compression"),
        "compression 99": (".npz", _rezip(zipped, method(99)), "parameters.compression"),
        "encrypted member": (".npz", _rezip(zipped, encrypted), "parameters.encrypted"),
        "W1 = 1e308 (.npz)": (".npz", _npz({**good, "W1": np.full((3, 2), 1e308)}), "parameters.value_too_large"),
        "W1 = 1e308 (.json)": (".json", json.dumps({"format": "backprop-studio-parameters", "parameters": {
            k: v.tolist() for k, v in {**good, "W1": np.full((3, 2), 1e308)}.items()}}).encode(),
            "parameters.value_too_large"),
        "W1 65×2": (".npz", _npz({**good, "W1": np.zeros((65, 2)), "b1": np.zeros((65, 1)),
                                  "W2": np.zeros((1, 65))}), "parameters.shape_too_large"),
        "object array (pickle)": (".npz", _npz({**good, "W1": np.array([[None, 1]], dtype=object)}),
                                  "parameters.pickle"),
        "W1 as a 4-D array": (".npz", _npz({**good, "W1": np.zeros((2, 2, 2, 2))}), "parameters.not_2d"),
        "100 members": (".npz", _npz({**good, **{f"x{i}": np.zeros(1) for i in range(100)}}),
                        "parameters.too_many_arrays"),
        "10^400 in W1 (.json)": (".json", ('{"format": "backprop-studio-parameters", "parameters": {"W1": [[1'
                                           + "0" * 400 + ', 1]], "b1": [[0]]}}').encode(), "parameters.too_large"),
        "JSON nested 100 000 deep": (".json", b"[" * 100_000 + b"]" * 100_000, "file.cannot_read"),
        "session: iteration 10^400": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "iteration"], big)), "file.cannot_read"),
        "session: iteration 2^60": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "iteration"], 2**60)), "session_file.too_large"),
        "session: history stride 2^70": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "history", "costs", "stride"], 2**70)), "session_file.too_large"),
        "session: history stride 2^50 × rows": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "history", "costs", "stride"], 2**50)), "session_file.past_the_end"),
        "session: batch order 10^400": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "order"], [big])), "file.cannot_read"),
        "session: batch order 2^62": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "order"], [2**62])), "session_file.order"),
        "session: learning rate 10^400": (".bpsession", session_with(
            lambda d: set_path(d, ["hyperparameters", "learning_rate"], big)), "file.cannot_read"),
        "session: λ 10^39": (".bpsession", session_with(
            lambda d: set_path(d, ["hyperparameters", "lambd"], 10**39)), "session_file.hyperparameters"),
        "session: W1 = 1e308": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "parameters", "W1"], np.full((5, 2), 1e308).tolist())),
            "parameters.value_too_large"),
        "session: max_points 10^30": (".bpsession", session_with(
            lambda d: set_path(d, ["trainer", "history", "costs", "max_points"], 10**30)), "session_file.too_large"),
        "session: 1e999": (".bpsession", originals[".bpsession"].replace(b'"noise":0.2', b'"noise":1e999'),
                           "session_file.not_finite"),
        "session: nested 100 000 deep": (".bpsession", b"[" * 100_000 + b"]" * 100_000, "file.cannot_read"),
        "session: a history value \"inf\"": (".bpsession", session_with(
            lambda d: d["trainer"]["history"]["costs"]["rows"].__setitem__(0, ["inf"])), "loaded"),
        "session: a history value \"x\"": (".bpsession", session_with(
            lambda d: d["trainer"]["history"]["costs"]["rows"].__setitem__(0, ["x"])),
            "session_file.not_a_json_number"),
        "CSV field of 200 000 characters": (".csv", b"x1,x2,label\n1,2," + b"a" * 200_000 + b"\n3,4,b\n",
                                            "csv.field_too_long"),
        "CSV with a NUL in a label": (".csv", b"x1,x2,label\n1,2,a\x00b\n3,4,b\n", "loaded"),
        "CSV value 1e160": (".csv", b"x1,x2,label\n1e160,2,a\n3,4,b\n", "csv.too_large_value"),
    }
    return files


def test_the_campaigns_hostile_files_are_refused_each_with_its_message(originals, tmp_path):
    for name, (suffix, content, expected) in named_files(originals).items():
        path = tmp_path / f"hostile{suffix}"
        path.write_bytes(content)
        code = outcome(path)
        assert code == expected, f"{name}: {code}"
        path.unlink()


def test_a_regression_csv_with_targets_of_1e160_is_refused_at_import_with_the_reason(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("x1,x2,y\n" + "\n".join(f"{i},{i % 3},{'1e160' if i % 2 else '-1e160'}" for i in range(20)))
    with pytest.raises(BackpropStudioError, match=r"line 2: the target '-1e160' is beyond ±1e\+15; .*rescale the column"):
        read_csv(path, regression=True)


def test_windows_1252_and_line_breaks_inside_a_field_read_as_written(tmp_path):
    path = tmp_path / "words.csv"
    labels = ["don’t", "€ 5…", "a\u2028b", "tab\vbed"]
    rows = ["x1,x2,label"] + [f"{i},{i * 2},{labels[i % 4]}" for i in range(8)]
    path.write_bytes("\n".join(rows).encode("utf-8"))
    assert set(read_csv(path).class_names) == set(labels)  # U+2028 and \v stay inside their labels
    cp1252 = [label for label in labels if label.isprintable()]
    path.write_bytes("\n".join(["x1,x2,label"] + [f"{i},{i * 2},{cp1252[i % 2]}" for i in range(8)]).encode("cp1252"))
    assert set(read_csv(path).class_names) == set(cp1252)  # not don\x92t, not \x80


def test_the_limits_are_the_apps_own(tmp_path):
    # A layer as wide as the app allows loads: the limits refuse only what could never be used.
    wide = {"W1": np.zeros((MAX_DIMENSION, 2)), "b1": np.zeros((MAX_DIMENSION, 1)),
            "W2": np.zeros((1, MAX_DIMENSION)), "b2": np.zeros((1, 1))}
    save_parameters(tmp_path / "wide.npz", wide)
    assert outcome(tmp_path / "wide.npz") == "loaded"
    with zipfile.ZipFile(tmp_path / "wide.npz") as archive:
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
