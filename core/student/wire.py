"""The bytes between the app and the student's process: plain data only, never pickle.

A frame is ``MAGIC``, the length of a JSON header and the total length of the raw
array bytes that follow it (big-endian 64-bit each), then the header, then each
array's bytes. Values are encoded as JSON with markers for what JSON lacks:

* an array → {"$a": [blob index, dtype, shape]}; its bytes are blob i (C order);
* a NumPy scalar → {"$g": [dtype, value]};
* a tuple → {"$t": [...]}; a dict → {"$d": [[key, value], ...]} (keys are strings);
* lists, str, int, float (NaN and ±inf included), bool and None as JSON;
* anything else → {"$x": type name}, decoded as ``Unsupported(type name)``.

Decoding builds nothing but those types: dtypes come from an allow-list (booleans,
integers, floats), so no bytes from the student's process can run code in the app
(unpickling could). Sizes are checked before anything is read or allocated.

This file is also run inside the student's process (``runner.py`` imports it from
its own folder), so it uses only the standard library and NumPy.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

import numpy as np

MAGIC = b"BPS1"
PREFIX = struct.Struct(">4sQQ")
#: The largest JSON header accepted (the structure and the numbers outside arrays).
MAX_HEADER = 8 * 2**20
#: Arrays of these kinds only: booleans, signed and unsigned integers, floats.
SAFE_KINDS = "biuf"
MAX_DEPTH = 40


class WireError(ValueError):
    """A frame that is not what the protocol allows (too big, malformed, unsafe dtype)."""


@dataclass(frozen=True)
class Unsupported:
    """A value the student's function returned that has no plain-data form (a class, a function, ...)."""

    type_name: str


def _safe_dtype(text: str) -> np.dtype:
    dtype = np.dtype(text)
    if dtype.kind not in SAFE_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise WireError(f"arrays of dtype {text!r} are not accepted")
    return dtype


def pack(value: Any, blobs: list[bytes], depth: int = 0) -> Any:
    """``value`` as a JSON-able tree; array bytes are appended to ``blobs``."""
    if depth > MAX_DEPTH:
        return {"$x": "nesting too deep"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, np.generic):
        return value
    if isinstance(value, np.generic):
        if value.dtype.kind not in SAFE_KINDS:
            return {"$x": type(value).__name__}
        return {"$g": [value.dtype.str, value.item()]}
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in SAFE_KINDS or value.dtype.fields is not None:
            return {"$x": f"ndarray of {value.dtype}"}
        array = np.ascontiguousarray(np.asarray(value))
        blobs.append(array.tobytes())
        return {"$a": [len(blobs) - 1, array.dtype.str, list(array.shape)]}
    if isinstance(value, tuple):
        return {"$t": [pack(item, blobs, depth + 1) for item in value]}
    if isinstance(value, list):
        return [pack(item, blobs, depth + 1) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            return {"$x": "dict with keys that are not strings"}
        return {"$d": [[key, pack(item, blobs, depth + 1)] for key, item in value.items()]}
    return {"$x": type(value).__name__}


def unpack(tree: Any, blobs: list[memoryview], depth: int = 0) -> Any:
    """The value a ``pack`` tree stands for; arrays are fresh, writable copies."""
    if depth > MAX_DEPTH:
        raise WireError("nesting too deep")
    if tree is None or isinstance(tree, (bool, int, float, str)):
        return tree
    if isinstance(tree, list):
        return [unpack(item, blobs, depth + 1) for item in tree]
    if not isinstance(tree, dict) or len(tree) != 1:
        raise WireError("malformed value")
    (marker, body), = tree.items()
    if marker == "$a":
        index, dtype_text, shape = body
        dtype = _safe_dtype(dtype_text)
        if not isinstance(index, int) or not 0 <= index < len(blobs):
            raise WireError("array bytes missing")
        if not all(isinstance(n, int) and n >= 0 for n in shape):
            raise WireError("malformed shape")
        blob = blobs[index]
        if int(np.prod(shape, dtype=np.int64)) * dtype.itemsize != len(blob):
            raise WireError("array bytes do not match its shape")
        return np.frombuffer(blob, dtype=dtype).reshape(shape).copy()
    if marker == "$g":
        dtype_text, item = body
        return _safe_dtype(dtype_text).type(item)
    if marker == "$t":
        return tuple(unpack(item, blobs, depth + 1) for item in body)
    if marker == "$d":
        result = {}
        for key, item in body:
            if not isinstance(key, str):
                raise WireError("malformed dict")
            result[key] = unpack(item, blobs, depth + 1)
        return result
    if marker == "$x":
        return Unsupported(str(body))
    raise WireError(f"unknown marker {marker!r}")


def encode(message: dict, blobs: list[bytes]) -> bytes:
    """One frame: prefix, JSON header, array bytes."""
    header = json.dumps(message, allow_nan=True).encode("utf-8")
    body = b"".join(blobs)
    return PREFIX.pack(MAGIC, len(header), len(body)) + header + body


def write_frame(stream: BinaryIO, message: dict, value: Any = None) -> None:
    """Send ``message`` with ``value`` packed into message["value"]."""
    blobs: list[bytes] = []
    message = dict(message, value=pack(value, blobs), blobs=[len(blob) for blob in blobs])
    stream.write(encode(message, blobs))
    stream.flush()


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    chunks = []
    while size > 0:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO, max_bytes: int) -> tuple[dict, Any] | None:
    """The next (message, value), or None at the end of the stream.

    Raises WireError for a frame larger than ``max_bytes`` (before reading it) or malformed.
    """
    prefix = _read_exactly(stream, PREFIX.size)
    if prefix is None:
        return None
    magic, header_size, body_size = PREFIX.unpack(prefix)
    if magic != MAGIC:
        raise WireError("not a frame of this protocol")
    if header_size > MAX_HEADER or header_size + body_size > max_bytes:
        raise WireError(f"a frame of {header_size + body_size} bytes is larger than allowed ({max_bytes})")
    header = _read_exactly(stream, header_size)
    body = _read_exactly(stream, body_size) if body_size else b""
    if header is None or body is None:
        return None
    try:
        message = json.loads(header.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise WireError(f"malformed header: {error}") from None
    if not isinstance(message, dict):
        raise WireError("malformed header")
    sizes = message.get("blobs", [])
    if not isinstance(sizes, list) or not all(isinstance(n, int) and n >= 0 for n in sizes) or sum(sizes) != body_size:
        raise WireError("array sizes do not add up")
    view, blobs, start = memoryview(body), [], 0
    for size in sizes:
        blobs.append(view[start:start + size])
        start += size
    return message, unpack(message.get("value"), blobs)
