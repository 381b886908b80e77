"""The settings file's INI text, read and written as plain values only: never a pickled object.

The file is the one Qt's ``QSettings`` writes in ``IniFormat``, so a file written
by an earlier version of the app reads the same here. But ``QSettings`` itself is
not used to read it: a value ``@Variant(...)`` is a serialized ``QVariant``, and
PySide6 turns one holding a Python object back into that object with ``pickle``
as soon as the file's section is parsed (even by ``allKeys()``), running whatever
code the pickle names. Here such values are never decoded: they are *refused*.

What a value can be, and how it is spelled (Qt's own rules):

* a string, with C-style escapes (``\\n``, ``\\"``, ``\\xE9``, ``\\0``) and, when it
  holds ``;``, ``,`` or ``=`` or starts or ends with a space, in double quotes; a
  string that starts with ``@`` is written ``@@...``;
* bytes, ``@ByteArray(...)`` (window geometry and dock layout);
* a list of strings, ``a, "b, c", d``; an empty list is ``@Invalid()``;
* anything else Qt may write (``@Variant(...)``, ``@DateTime(...)``, ``@Point(...)``,
  ``@Size(...)``, ``@Rect(...)``) is a ``Refused`` value: its kind is kept so the
  reader can say what was refused, its content is never looked at.

Keys are ``section/name``; keys of the ``[General]`` section have no section.
Text that is not lines of ``[section]``, ``key=value``, blank lines and ``;`` or
``#`` comments is an ``IniSyntaxError``. This module is pure Python (no Qt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Qt's escapes: \a \b \f \n \r \t \v \" \? \' \\ (and \xHEX, \OCTAL, handled apart).
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "?": "?", "'": "'", "\\": "\\"}
_HEX = "0123456789abcdefABCDEF"
_LINE_END = re.compile(r"\r\n|\n|\r")
_TYPED = re.compile(r"^@([A-Za-z]*)\(")


@dataclass(frozen=True)
class Refused:
    """A value that is not plain (``kind`` like "@Variant"): never decoded, only named."""

    kind: str


IniValue = str | bytes | list[str] | None | Refused


class IniSyntaxError(ValueError):
    """The text is not INI: ``line`` is the 1-based line at fault."""

    def __init__(self, line: int, text: str) -> None:
        self.line = line
        super().__init__(f"line {line}: {text[:80]!r}")


# ---------------------------------------------------------------------- reading
def _unescape_key(text: str) -> str:
    """Qt's key escapes: %XX and %UXXXX for other characters, \\ for the group separator /."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and text[i + 1:i + 2] == "U" and _all_hex(text[i + 2:i + 6], 4):
            out.append(chr(int(text[i + 2:i + 6], 16)))
            i += 6
        elif ch == "%" and _all_hex(text[i + 1:i + 3], 2):
            out.append(chr(int(text[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append("/" if ch == "\\" else ch)
            i += 1
    return "".join(out)


def _all_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in _HEX for c in text)


def _strings(text: str) -> tuple[list[str], bool]:
    """Qt's unescaping of one value: its strings, and whether it was a list (a comma outside quotes)."""
    items: list[str] = []
    current: list[str] = []
    quoted = in_quotes = is_list = False
    kept = 0  # characters before this index (up to the last escape) are never chopped
    i, n = 0, len(text)

    def chop_spaces() -> None:
        while len(current) > kept and current[-1] in " \t":
            current.pop()

    while i < n and text[i] in " \t":
        i += 1
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 1
            if i >= n:
                break
            code = text[i]
            i += 1
            if code in _ESCAPES:
                current.append(_ESCAPES[code])
            elif code == "x" and i < n and text[i] in _HEX:
                value = 0
                while i < n and text[i] in _HEX:
                    value = ((value << 4) + int(text[i], 16)) & 0xFFFF  # Qt keeps one UTF-16 unit
                    i += 1
                current.append(chr(value))
            elif code in "01234567":
                value = int(code)
                while i < n and text[i] in "01234567":
                    value = ((value << 3) + int(text[i])) & 0xFFFF
                    i += 1
                current.append(chr(value))
            # any other escaped character is dropped, as Qt does
            kept = len(current)
        elif ch == '"':
            i += 1
            quoted = True
            in_quotes = not in_quotes
            if not in_quotes:
                while i < n and text[i] in " \t":
                    i += 1
        elif ch == "," and not in_quotes:
            if not quoted:
                chop_spaces()
            items.append("".join(current))
            current, quoted, is_list, kept = [], False, True, 0
            i += 1
            while i < n and text[i] in " \t":
                i += 1
        else:
            current.append(ch)
            i += 1
    if not quoted:
        chop_spaces()
    items.append("".join(current))
    return items, is_list


def _typed(text: str) -> str | bytes | None | Refused:
    """One string as Qt would read it: plain text, bytes, nothing, or a refused typed value."""
    if text.startswith("@@"):
        return text[1:]
    match = _TYPED.match(text)
    if match and text.endswith(")"):
        kind = match.group(1)
        if kind == "ByteArray":
            return text[len("@ByteArray("):-1].encode("latin-1", "replace")
        if kind == "String":
            return text[len("@String("):-1]
        if kind == "Invalid" and text == "@Invalid()":
            return None
        return Refused("@" + kind)  # @Variant, @DateTime, @Point, @Size, @Rect, …: never decoded
    return text


def parse_value(text: str) -> IniValue:
    """The value written after ``key=`` (see the module's docstring for what it can be)."""
    items, is_list = _strings(text)
    values = [_typed(item) for item in items]
    for value in values:
        if isinstance(value, str) and not _encodable(value):
            return Refused("text")  # an escape made half of a UTF-16 pair: not text
    if not is_list:
        return values[0]
    refused = next((v for v in values if not isinstance(v, str)), None)
    if refused is not None:  # a list holds strings only
        return refused if isinstance(refused, Refused) else Refused("list")
    return values  # type: ignore[return-value]


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_ini(text: str) -> dict[str, IniValue]:
    """The values of INI ``text`` by key ("section/name"); IniSyntaxError on a line that is not INI."""
    values: dict[str, IniValue] = {}
    section = ""
    for number, line in enumerate(_LINE_END.split(text), start=1):
        stripped = line.strip(" \t")
        if not stripped or stripped[0] in ";#":
            continue
        if stripped[0] == "[":
            end = stripped.find("]")
            if end < 0 or stripped[end + 1:].strip(" \t"):
                raise IniSyntaxError(number, line)
            name = stripped[1:end].strip(" \t")
            if name.lower() == "general":
                section = ""
            elif name.lower() == "%general":
                section = "General/"
            else:
                section = _unescape_key(name) + "/" if name else ""
            continue
        equals = stripped.find("=")
        key = _unescape_key(stripped[:equals].strip(" \t")) if equals > 0 else ""
        if not key.strip("/") or "\x00" in key:
            raise IniSyntaxError(number, line)
        values[section + key] = parse_value(stripped[equals + 1:])
    return values


# ---------------------------------------------------------------------- writing
def _escape_key(key: str) -> str:
    out = []
    for ch in key:
        if ch == "/":
            out.append("\\")
        elif ch.isascii() and (ch.isalnum() or ch in "_-."):
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"%{ord(ch):02X}")
        else:
            out.append(f"%U{ord(ch) & 0xFFFF:04X}")
    return "".join(out)


def _escape_string(text: str, as_bytes: bool = False) -> str:
    """Qt's iniEscapedString: C escapes, quotes when needed; bytes (as Latin-1 text) escape all non-ASCII."""
    out: list[str] = []
    quotes = False
    hex_follows = False  # after \0 or \xNN a hex digit would be read as part of the escape: escape it too
    for ch in text:
        code = ord(ch)
        if ch in ";,=":
            quotes = True
        if hex_follows and ch in _HEX:
            out.append(f"\\x{code:x}")
            continue
        hex_follows = False
        if ch == "\0":
            out.append("\\0")
            hex_follows = True
        elif ch in "\a\b\f\n\r\t\v":
            out.append("\\" + "abfnrtv"["\a\b\f\n\r\t\v".index(ch)])
        elif ch in '"\\':
            out.append("\\" + ch)
        elif code <= 0x1F or (code >= 0x7F and as_bytes):
            out.append(f"\\x{code:x}")
            hex_follows = True
        else:
            out.append(ch)
    result = "".join(out)
    if quotes or result.startswith(" ") or result.endswith(" "):
        result = f'"{result}"'
    return result


def format_value(value: IniValue) -> str:
    """The text of one value after ``key=`` (Qt reads it back as the same value)."""
    if value is None:
        return "@Invalid()"
    if isinstance(value, bytes):
        return _escape_string("@ByteArray(" + value.decode("latin-1") + ")", as_bytes=True)
    if isinstance(value, list):
        if not value:
            return "@Invalid()"
        return ", ".join(_escape_string(_plain(item)) for item in value)
    if isinstance(value, str):
        return _escape_string(_plain(value))
    raise TypeError(f"{type(value).__name__} is not a plain settings value")


def _plain(text: str) -> str:
    return "@" + text if text.startswith("@") else text


def format_ini(values: dict[str, IniValue]) -> str:
    """INI text holding ``values`` (keys "section/name"; keys without a section go in [General])."""
    sections: dict[str, list[tuple[str, IniValue]]] = {}
    for key, value in values.items():
        section, _, name = key.partition("/") if "/" in key else ("", "", key)
        sections.setdefault(section, []).append((name, value))
    blocks = []
    for section in sorted(sections, key=lambda s: (s != "", s)):
        header = "[General]" if section == "" else ("[%General]" if section == "General" else
                                                     f"[{_escape_key(section)}]")
        lines = [header] + [f"{_escape_key(name)}={format_value(value)}" for name, value in sections[section]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


__all__ = ["IniSyntaxError", "IniValue", "Refused", "format_ini", "format_value", "parse_ini", "parse_value"]
