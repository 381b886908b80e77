"""The settings file's INI text: plain values in and out, everything else refused unread (no Qt here)."""

from __future__ import annotations

import random

import pytest

from backprop_studio.core.files.ini_file import IniSyntaxError, Refused, format_ini, parse_ini, parse_value
from backprop_studio.core.files.plain_settings import REMOVED, PlainSettings, apply_changes


def test_plain_values_round_trip():
    rng = random.Random(3)
    values = {
        "version": "2", "ui/language": "zh_CN", "window/geometry": bytes(rng.randrange(256) for _ in range(500)),
        "session/hyperparameters": '{"a": "x,y;z=1", "b": " spaces "}', "files/recent": ["/a b/c.bpsession", "@x",
                                                                                         ' q"uote ', "é中\t", "1,2"],
        "x/nul": "a\x00b1\x01f", "x/at": "@Variant(looks typed)", "General/k": "1", "a/b/c": "deep",
        "we ird/k=ey": "v", "x/empty": [], "x/none": None, "x/tab": "\tlead and trail\t",
    }
    back = parse_ini(format_ini(values))
    assert back == {**values, "x/empty": None}  # as in Qt, an empty list reads as no value


@pytest.mark.parametrize("text, kind", [
    ("@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18PySide::PyObjectWrapper\\0)", "@Variant"),
    ("@DateTime(\\0\\0)", "@DateTime"),
    ("@Point(1 2)", "@Point"), ("@Size(3 4)", "@Size"), ("@Rect(1 2 3 4)", "@Rect"),
    ("@Whatever(1)", "@Whatever"),
    ('"@Variant(quoted)"', "@Variant"),
    ("\\x40Variant(escaped)", "@Variant"),  # \x40 is @: refused after unescaping, as Qt would have decoded it
    ("a, @Point(1 2), b", "@Point"),
    ("\\xd800", "text"),  # half of a UTF-16 pair is not text
])
def test_values_that_are_not_plain_are_refused_and_never_decoded(text, kind):
    assert parse_value(text) == Refused(kind)


def test_strings_that_only_look_typed_stay_strings():
    assert parse_value("@@Variant(x)") == "@Variant(x)"
    assert parse_value("@Variant(no closing") == "@Variant(no closing"
    assert parse_value("@String(text)") == "text"
    assert parse_value("@ByteArray(\\0\\xff)") == b"\x00\xff"


@pytest.mark.parametrize("text", ["just words", "[unclosed\nk=v", "=value without a key", "[a]]\nk=v",
                                  "key without equals\n"])
def test_text_that_is_not_ini_is_a_syntax_error(text):
    with pytest.raises(IniSyntaxError):
        parse_ini(text)


def test_comments_blank_lines_and_line_ends():
    assert parse_ini("; a comment\r\n# another\r\n\r\n[ui]\rlanguage=en\n") == {"ui/language": "en"}


def test_plain_settings_refuse_other_types_and_merge_changes():
    settings = PlainSettings({"a": "1"})
    settings.setValue("b", ["x", "y"])
    settings.setValue("c", bytearray(b"\x00"))
    with pytest.raises(TypeError):
        settings.setValue("d", object())
    settings.remove("a")
    assert settings.strings("b") == ["x", "y"] and settings.value("c") == b"\x00"
    on_disk = {"a": "1", "other": "kept"}  # another window wrote "other"
    assert apply_changes(on_disk, {"a": REMOVED, "b": ["x"]}) == {"other": "kept", "b": ["x"]}
