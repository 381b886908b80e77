"""The one atomic write: all or nothing, through symbolic links, and a full disk is an error."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from backprop_studio.core.files import atomic
from backprop_studio.core.files.atomic import NEW_FILE_MODE, atomic_write, write_target


def test_a_write_replaces_the_content_and_leaves_nothing_else(tmp_path):
    path = tmp_path / "f.bin"
    atomic_write(path, b"old")
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_a_new_file_is_readable_by_others_and_an_old_one_keeps_its_mode(tmp_path):
    fresh = tmp_path / "fresh.bin"
    atomic_write(fresh, b"x")
    assert stat.S_IMODE(fresh.stat().st_mode) == NEW_FILE_MODE  # not mkstemp's private 0600
    private = tmp_path / "private.bin"
    private.write_bytes(b"old")
    private.chmod(0o600)
    atomic_write(private, b"new")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_a_failed_rename_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(errno.EIO, "rename failed")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="rename failed"):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_a_full_disk_mid_write_is_an_error_and_the_old_file_stays(tmp_path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"the old content")
    real_write = os.write
    calls = []

    def disk_fills_up(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))  # the disk takes half ...
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ... then is full

    with monkeypatch.context() as patched:
        patched.setattr(atomic.os, "write", disk_fills_up)
        with pytest.raises(OSError) as raised:
            atomic_write(path, b"n" * 10_000)
    assert raised.value.errno == errno.ENOSPC and len(calls) == 2  # the rest was tried, not dropped
    assert path.read_bytes() == b"the old content"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_a_write_that_makes_no_progress_counts_as_a_full_disk(tmp_path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"old")
    with monkeypatch.context() as patched:
        patched.setattr(atomic.os, "write", lambda fd, data: 0)
        with pytest.raises(OSError) as raised:
            atomic_write(path, b"new")
    assert raised.value.errno == errno.ENOSPC
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["f.bin"]


def test_a_file_system_that_loses_bytes_it_accepted_is_caught_by_the_size_check(tmp_path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"old")
    with monkeypatch.context() as patched:
        patched.setattr(atomic.os, "write", lambda fd, data: len(data))  # "written", but nothing arrives
        with pytest.raises(OSError, match="only 0 of 3 bytes reached the disk"):
            atomic_write(path, b"new")
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["f.bin"]


def test_writing_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path):
    real_folder, synced = tmp_path / "real", tmp_path / "synced"
    real_folder.mkdir()
    synced.mkdir()
    target = real_folder / "run.bpsession"
    target.write_bytes(b"old")
    link = synced / "run.bpsession"
    link.symlink_to(os.path.relpath(target, synced))  # relative, as `ln -s ../real/run.bpsession` makes
    assert write_target(link) == target.resolve()
    assert atomic_write(link, b"new") == target.resolve()
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(target, synced)
    assert target.read_bytes() == b"new" and link.read_bytes() == b"new"
    assert os.listdir(real_folder) == ["run.bpsession"] and os.listdir(synced) == ["run.bpsession"]


def test_a_chain_of_links_and_a_dangling_link_are_written_through(tmp_path):
    target = tmp_path / "target.bin"
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.symlink_to(target)  # dangling until written
    second.symlink_to(first)
    atomic_write(second, b"made")
    assert target.read_bytes() == b"made"
    assert first.is_symlink() and second.is_symlink()


def test_a_loop_of_links_is_refused_and_nothing_is_written(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(OSError) as raised:
        atomic_write(a, b"data")
    assert raised.value.errno == errno.ELOOP
    assert a.is_symlink() and b.is_symlink() and sorted(os.listdir(tmp_path)) == ["a", "b"]


def test_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(OSError):
        atomic_write(tmp_path / "nowhere" / "f.bin", b"x")
