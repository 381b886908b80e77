"""Hostile files made without ever holding their unpacked size: zip archives written by hand.

``zip_archive(members)`` writes a zip file (ZIP64 where sizes need it) from members whose data
is given already compressed, with the sizes and CRC they unpack to; ``zeros_member`` makes one
that inflates to N zero bytes from a small repeated deflate block, so a 4 GB member costs a few
MB of disk and a few seconds of CRC. ``npy_header`` is the .npy header NumPy would write.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.lib.format as npy_format

_CHUNK = 1 << 24  # 16 MiB of zeros per repeated deflate block


@dataclass
class Member:
    name: str
    data: bytes  # as stored in the archive (compressed if method 8)
    size: int  # unpacked size
    crc: int
    method: int = 8
    version: int = 45  # "version needed to extract" (4.5: ZIP64)


def npy_header(shape: tuple[int, ...], dtype: str) -> bytes:
    """The .npy header (magic, version 1.0, dict) of an array of ``shape`` and ``dtype``."""
    header = {"descr": np.dtype(dtype).str, "fortran_order": False, "shape": shape}
    stream = __import__("io").BytesIO()
    npy_format.write_array_header_1_0(stream, header)
    return stream.getvalue()


def stored_member(name: str, data: bytes) -> Member:
    return Member(name, data, len(data), zlib.crc32(data), method=0, version=20)


def zeros_member(name: str, head: bytes, zeros: int) -> Member:
    """A deflated member that unpacks to ``head`` followed by ``zeros`` zero bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [compressor.compress(head), compressor.flush(zlib.Z_FULL_FLUSH)]
    crc = zlib.crc32(head)
    chunk = bytes(_CHUNK)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)  # byte-aligned, no history needed
    full, rest = divmod(zeros, _CHUNK)
    parts.append(block * full)
    for _ in range(full):
        crc = zlib.crc32(chunk, crc)
    if rest:
        parts.append(compressor.compress(bytes(rest)))
        crc = zlib.crc32(bytes(rest), crc)
    parts.append(compressor.flush())
    return Member(name, b"".join(parts), len(head) + zeros, crc)


def zip_archive(members: list[Member]) -> bytes:
    """A zip file of ``members``; sizes above 4 GiB get ZIP64 extra fields."""
    out, central = bytearray(), bytearray()
    for m in members:
        offset = len(out)
        name = m.name.encode()
        big = m.size >= 0xFFFFFFFF or len(m.data) >= 0xFFFFFFFF
        local_extra = struct.pack("<HHQQ", 1, 16, m.size, len(m.data)) if big else b""
        sizes = (0xFFFFFFFF, 0xFFFFFFFF) if big else (len(m.data), m.size)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, m.version, 0, m.method, 0, 0x21, m.crc, *sizes,
                           len(name), len(local_extra)) + name + local_extra + m.data
        central_extra = struct.pack("<HHQQQ", 1, 24, m.size, len(m.data), offset) if big else b""
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, m.version, m.version, 0, m.method, 0, 0x21,
                               m.crc, *sizes, len(name), len(central_extra), 0, 0, 0, 0,
                               0xFFFFFFFF if big else offset) + name + central_extra
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


def good_members() -> list[Member]:
    """W1 (4, 2) and b1 (4, 1), W2 (1, 4) and b2 (1, 1) as np.savez stores them."""
    rng = np.random.default_rng(0)
    members = []
    for key, shape in (("W1", (4, 2)), ("b1", (4, 1)), ("W2", (1, 4)), ("b2", (1, 1))):
        array = rng.normal(size=shape)
        stream = __import__("io").BytesIO()
        npy_format.write_array(stream, array)
        members.append(stored_member(f"{key}.npy", stream.getvalue()))
    return members
