"""What any loader reads: capped bytes (also from devices and pipes), bounded JSON, short messages."""

from __future__ import annotations

import os
import threading

import pytest

from backprop_studio.core.errors import CSVError, ParameterFileError
from backprop_studio.core.files.limits import JSONLimitError, brief, json_depth, load_json, read_capped
from backprop_studio.core.files.run_marker import RunMarker, is_abandoned


def test_read_capped_refuses_a_large_file_from_its_size_and_a_device_after_the_limit(tmp_path):
    big = tmp_path / "big"
    with open(big, "wb") as handle:
        handle.truncate(10 * 2**20)  # sparse
    with pytest.raises(ParameterFileError, match=r"the file is too large \(10 MB; at most 1 MB\)"):
        read_capped(big, 2**20)
    with pytest.raises(CSVError, match=r"the file is too large \(more than 1 MB\)") as caught:
        read_capped("/dev/zero", 2**20, CSVError)
    assert caught.value.line == 0
    assert read_capped(big, 20 * 2**20) == bytes(10 * 2**20)


def test_read_capped_does_not_wait_for_a_pipe_without_a_writer_and_reads_one_with_a_writer(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert read_capped(fifo, 100) == b""  # nobody writes: empty, at once
    writer = threading.Thread(target=lambda: fifo.write_bytes(b"x1,x2,label\n"))
    writer.start()
    data = b""
    while not data:  # the writer may not have opened its end yet
        data = read_capped(fifo, 100)
    writer.join()
    assert data == b"x1,x2,label\n"


@pytest.mark.parametrize("text, reason", [
    ("[" * 33 + "]" * 33, "the JSON nests deeper than 32 levels"),
    ("[" * 100_000 + "]" * 100_000, "the JSON nests deeper than 32 levels"),
    ('{"a": 1' + "0" * 400 + "}", "a whole number has 401 digits; at most 40 are read"),
    ("[1e999]", "1e999 is not a finite number"),
    ("[NaN]", "NaN is not a finite number"),
    ("[-Infinity]", "-Infinity is not a finite number"),
])
def test_json_beyond_the_limits_is_refused_with_the_reason(text, reason):
    with pytest.raises(JSONLimitError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        load_json(text)


def test_json_depth_ignores_brackets_in_strings():
    assert json_depth('[{"a": "[[[[\\"[["}, []]') == 2
    assert load_json('{"state": 340282366920938463463374607431768211455}')["state"] == 2**128 - 1  # PCG64's


def test_brief_keeps_messages_short():
    assert brief(10**400) == "<a whole number of more than 60 digits>"
    assert brief(list(range(1000))) == "<a list of 1000 item(s)>"
    assert brief("x" * 100).endswith("…") and len(brief("x" * 100)) == 60
    assert brief([1, 2.5, None]) == [1, 2.5, None] and brief("short") == "short"


def test_a_run_marker_is_held_while_its_run_lasts_whatever_its_process_id(tmp_path):
    marker = RunMarker(tmp_path / "running-x.lock")
    assert marker.take()
    assert not is_abandoned(marker.path)  # held by this process, through another open file
    marker.release(remove=False)
    assert is_abandoned(marker.path)  # the file outlived its run, as after a crash
    (tmp_path / "running-x.lock").write_text(f"{os.getpid()}\n")  # even naming this very process
    assert is_abandoned(marker.path)
