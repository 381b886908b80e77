"""Reading an ``.npz`` archive of parameters without trusting it: sizes first, arrays after.

``numpy.load`` believes what an archive says: a member whose header declares a
(100000, 100000) array is allocated (80 GB) before a byte of it is read, and a
member that inflates to gigabytes is inflated whole. Here every member is
looked at before it is unpacked:

1. the zip directory (read without unpacking anything): how many members, their
   zip version, compression method (only 0 "stored" and 8 "deflated", what NumPy
   writes), encryption and declared unpacked size;
2. each member's ``.npy`` header (a few hundred bytes): its dtype (no Python
   objects, so never pickle), shape and bytes, against the app's limits;
3. only then the array itself, which ``zipfile`` never lets grow past the size
   the directory declared.

Every refusal is a ``ParameterFileError`` naming the member.
"""

from __future__ import annotations

import io
import math
import struct
import zipfile
import zlib
from typing import Any

import numpy as np
import numpy.lib.format as npy_format

from ..errors import ParameterFileError
from .limits import MAX_ARRAYS, MAX_DIMENSION, MAX_META_CHARS, brief

#: What any problem inside a damaged archive can raise while it is read.
_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, struct.error, zlib.error,
           OverflowError, KeyError, IndexError, UnicodeDecodeError, RuntimeError)
#: The .npy header of a real parameter is under 200 bytes; NumPy's own default limit.
_MAX_HEADER = 10_000
#: The largest item (complex256) and array any parameter may be.
_MAX_ITEMSIZE = 32
_MAX_ARRAY_BYTES = MAX_DIMENSION * MAX_DIMENSION * _MAX_ITEMSIZE
_MAX_META_BYTES = 4 * MAX_META_CHARS  # a NumPy unicode string takes 4 bytes per character


def _reason(error: BaseException) -> str:
    # zipfile may quote a whole damaged header in its message: a reason is a sentence, not a dump.
    return brief(str(error), 200)


def _key(filename: str) -> str:
    return filename[:-4] if filename.endswith(".npy") else filename


def _open_archive(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError as error:  # a zip version this reader does not know
        raise ParameterFileError("parameters.zip_version", name=name, version=_reason(error)) from None
    except _DAMAGE as error:
        raise ParameterFileError("file.damaged", name=name, reason=_reason(error)) from None


def _check_member(info: zipfile.ZipInfo) -> None:
    """The directory's word about one member: refuse what cannot be, or need not be, unpacked."""
    key = brief(_key(info.filename))
    if info.flag_bits & 0x1:
        raise ParameterFileError("parameters.encrypted", key=key)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ParameterFileError("parameters.compression", key=key, method=info.compress_type)
    limit = _MAX_META_BYTES + _MAX_HEADER if key == "meta" else _MAX_ARRAY_BYTES + _MAX_HEADER
    if info.file_size > limit:
        raise ParameterFileError("parameters.member_too_large", key=key, size=info.file_size, max=limit)


def _header(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> tuple[tuple[int, ...], np.dtype]:
    """The shape and dtype one member's .npy header declares (nothing else of it is read)."""
    key = _key(info.filename)
    try:
        with archive.open(info) as member:
            version = npy_format.read_magic(member)
            if version == (1, 0):
                shape, _, dtype = npy_format.read_array_header_1_0(member, max_header_size=_MAX_HEADER)
            elif version == (2, 0):
                shape, _, dtype = npy_format.read_array_header_2_0(member, max_header_size=_MAX_HEADER)
            else:
                raise ValueError(f".npy format version {version} is not supported")
    except (ValueError, SyntaxError) as error:
        raise ParameterFileError("parameters.bad_header", key=key, reason=_reason(error)) from None
    except _DAMAGE as error:
        raise ParameterFileError("parameters.damaged_entry", name=name, key=key, reason=_reason(error)) from None
    return tuple(shape), dtype


def _check_header(key: str, shape: tuple[int, ...], dtype: np.dtype) -> None:
    """Refuse an array the app could not use before it is allocated."""
    if dtype.hasobject:
        raise ParameterFileError("parameters.pickle", key=key)
    if key == "meta":
        if shape != () or dtype.kind != "U":
            raise ParameterFileError("meta.not_a_string")
        if dtype.itemsize // 4 > MAX_META_CHARS:
            raise ParameterFileError("meta.too_long", count=dtype.itemsize // 4, max=MAX_META_CHARS)
        return
    if any(n > MAX_DIMENSION for n in shape) or math.prod(shape) > MAX_DIMENSION * MAX_DIMENSION:
        raise ParameterFileError("parameters.shape_too_large", key=key, shape=shape, max=MAX_DIMENSION)
    if dtype.itemsize > _MAX_ITEMSIZE:
        raise ParameterFileError("parameters.not_float", key=key, dtype=dtype)


def read_npz(data: bytes, name: str) -> dict[str, Any]:
    """Every array of the archive ``data``, by key (``meta`` included), each checked before it is unpacked."""
    with _open_archive(data, name) as archive:
        try:
            infos = archive.infolist()
        except _DAMAGE as error:
            raise ParameterFileError("file.damaged", name=name, reason=_reason(error)) from None
        if len(infos) > MAX_ARRAYS + 1:  # W and b of every layer, and meta
            raise ParameterFileError("parameters.too_many_arrays", count=len(infos), max=MAX_ARRAYS + 1)
        for info in infos:
            _check_member(info)
        arrays: dict[str, Any] = {}
        for info in infos:
            key = _key(info.filename)
            if not info.filename.endswith(".npy"):
                arrays[key] = None  # not an array: named among the unexpected keys
                continue
            _check_header(key, *_header(archive, info, name))
            try:
                with archive.open(info) as member:
                    arrays[key] = npy_format.read_array(member, allow_pickle=False, max_header_size=_MAX_HEADER)
            except ValueError as error:
                raise ParameterFileError("parameters.unreadable", key=key, reason=_reason(error)) from None
            except _DAMAGE as error:
                raise ParameterFileError("parameters.damaged_entry", name=name, key=key, reason=_reason(error)) from None
    return arrays
