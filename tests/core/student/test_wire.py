"""The frames between the app and the student's process: plain data in, plain data out, never pickle."""

from __future__ import annotations

import io
import json
import pickle

import numpy as np
import pytest

from backprop_studio.core.student.wire import MAGIC, PREFIX, Unsupported, WireError, encode, pack, read_frame, write_frame


def roundtrip(value, max_bytes: int = 2**20):
    stream = io.BytesIO()
    write_frame(stream, {"status": "ok"}, value)
    stream.seek(0)
    message, back = read_frame(stream, max_bytes)
    assert message["status"] == "ok"
    return back


def test_the_course_structures_survive_exactly():
    rs = np.random.RandomState(0)
    caches = [((rs.randn(2, 3), rs.randn(4, 2), rs.randn(4, 1)), rs.randn(4, 3))]
    value = {"AL": rs.randn(1, 3), "caches": caches, "cost": 0.1 + 0.2, "n": 3, "flags": [True, None],
             "nan": float("nan"), "inf": -np.inf, "scalar": np.float64(1e-300), "label": "dW1",
             "small": rs.randn(2).astype(np.float32), "ints": np.arange(5, dtype=np.int16), "empty": np.zeros((0, 3))}
    back = roundtrip(value)
    np.testing.assert_array_equal(back["caches"][0][0][1], caches[0][0][1])
    assert isinstance(back["caches"], list) and isinstance(back["caches"][0], tuple)
    assert back["cost"] == 0.1 + 0.2 and back["n"] == 3 and back["flags"] == [True, None] and back["label"] == "dW1"
    assert np.isnan(back["nan"]) and back["inf"] == -np.inf
    assert type(back["scalar"]) is np.float64 and back["scalar"] == 1e-300
    assert back["small"].dtype == np.float32 and back["ints"].dtype == np.int16 and back["empty"].shape == (0, 3)
    assert back["AL"].flags.writeable  # a fresh copy, not a view of the frame


def test_anything_else_becomes_a_name_not_an_object():
    assert pack(object(), []) == {"$x": "object"}
    back = roundtrip({"f": len, "objects": np.array([1, "a"], dtype=object), "complex": 1j, "keys": {1: 2}})
    assert back == {"f": Unsupported("builtin_function_or_method"), "objects": Unsupported("ndarray of object"),
                    "complex": Unsupported("complex"), "keys": Unsupported("dict with keys that are not strings")}


def _frame(message: dict, body: bytes = b"") -> io.BytesIO:
    header = json.dumps(message).encode()
    return io.BytesIO(PREFIX.pack(MAGIC, len(header), len(body)) + header + body)


def test_unsafe_or_malformed_frames_are_refused():
    body = pickle.dumps([1, 2])
    with pytest.raises(WireError, match="not accepted"):  # an object array would need pickle: never
        read_frame(_frame({"value": {"$a": [0, "|O", [2]]}, "blobs": [len(body)]}, body), 2**20)
    with pytest.raises(WireError, match="shape"):
        read_frame(_frame({"value": {"$a": [0, "<f8", [3]]}, "blobs": [16]}, b"\0" * 16), 2**20)
    with pytest.raises(WireError, match="unknown marker"):
        read_frame(_frame({"value": {"$pickle": "gASVBQAAAAAAAAB9lC4="}, "blobs": []}), 2**20)
    with pytest.raises(WireError, match="add up"):
        read_frame(_frame({"value": None, "blobs": [4]}, b"\0" * 8), 2**20)
    with pytest.raises(WireError, match="not a frame"):
        read_frame(io.BytesIO(b"XXXX" + bytes(PREFIX.size)), 2**20)


def test_a_frame_larger_than_allowed_is_refused_before_it_is_read():
    big = encode({"value": None, "blobs": [10**6]}, [bytes(10**6)])
    with pytest.raises(WireError, match="larger than allowed"):
        read_frame(io.BytesIO(big[:PREFIX.size]), 2**16)  # only the prefix is there: nothing more was read


def test_the_end_of_the_stream_is_none():
    assert read_frame(io.BytesIO(b""), 100) is None
