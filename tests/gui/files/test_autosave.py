"""Autosave: every few minutes and on exit; after a crash or a kill the next start offers it back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.files.session_file import load_session
from backprop_studio.gui.files.autosave import LAST_SESSION, Autosave
from backprop_studio.gui.model.session import TrainingSession

ROOT = Path(__file__).resolve().parents[3]

# Another Backprop Studio: trains N steps, changes α, autosaves, then crashes, exits cleanly, or stays open.
OTHER_APP = r"""
import os, sys
sys.path.insert(0, {root!r})
from main import use_checkout
use_checkout()  # this checkout's code, as the test process runs it (not an installed copy)
from PySide6.QtWidgets import QApplication
app = QApplication(["other"])
from backprop_studio.gui.files.autosave import Autosave
from backprop_studio.gui.model.session import TrainingSession
folder, steps, ending = sys.argv[1], int(sys.argv[2]), sys.argv[3]
session = TrainingSession()
autosave = Autosave(session, folder=folder, offer_restore=False)
for _ in range(steps):
    session.step_iteration()
session.set_learning_rate(0.5)
assert autosave.save_now()
print("saved", session.iteration, flush=True)
if ending == "crash":
    os._exit(3)  # no clean-up at all, like a kill -9 or a segfault
if ending == "stay":
    sys.stdin.readline()
autosave.finish()
"""


def other_app(folder: Path, steps: int, ending: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", OTHER_APP.format(root=str(ROOT)), str(folder), str(steps), ending],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def run_other_app(folder: Path, steps: int, ending: str) -> None:
    process = other_app(folder, steps, ending)
    out, err = process.communicate(timeout=120)
    assert f"saved {steps}" in out, err


def trained(steps: int) -> TrainingSession:
    session = TrainingSession()
    for _ in range(steps):
        session.step_iteration()
    return session


@pytest.fixture
def session(qtbot):
    return TrainingSession()


def test_the_session_is_autosaved_on_the_timer_and_reads_back(qtbot, session, tmp_path):
    autosave = Autosave(session, folder=tmp_path, interval_ms=50, offer_restore=False)
    for _ in range(7):
        session.step_iteration()
    with qtbot.waitSignal(autosave.saved, timeout=10000):
        pass
    state = load_session(autosave.path)
    assert state.trainer_state["iteration"] == 7
    for key, value in session.trainer.parameters().items():
        np.testing.assert_array_equal(state.trainer_state["parameters"][key], value)
    # Nothing changed since: no rewrite on the next ticks.
    with qtbot.assertNotEmitted(autosave.saved, wait=300):
        pass
    autosave.finish()


def test_a_clean_exit_saves_keeps_the_last_session_and_removes_the_marker(qtbot, session, tmp_path):
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    assert list(tmp_path.glob("running-*.lock"))
    session.step_iteration()
    autosave.finish()
    assert not list(tmp_path.glob("running-*.lock"))
    assert not autosave.path.exists()
    assert load_session(tmp_path / LAST_SESSION).trainer_state["iteration"] == 1


def test_after_a_crash_the_next_start_offers_the_autosave_and_restores_it(qtbot, session, tmp_path):
    run_other_app(tmp_path, 25, "crash")
    asked = []
    autosave = Autosave(session, folder=tmp_path)
    autosave.ask_restore = lambda parent, saved_at, iteration: asked.append((saved_at, iteration)) or True
    with qtbot.waitSignal(autosave.restored, timeout=10000):
        pass
    assert [iteration for _, iteration in asked] == [25]
    assert session.iteration == 25
    assert session.hyperparameters.learning_rate == 0.5
    expected = trained(25).trainer.parameters()
    for key, value in session.trainer.parameters().items():
        np.testing.assert_array_equal(value, expected[key])
    # Training continues exactly as the crashed app would have.
    session.step_iteration()
    assert session.iteration == 26
    # The crashed app's files are gone; its autosave is kept as the last session.
    assert not list(tmp_path.glob("session-*.bpsession"))
    assert (tmp_path / LAST_SESSION).exists()
    assert [p.name for p in tmp_path.glob("running-*.lock")] == [f"running-{os.getpid()}.lock"]
    autosave.finish()


def test_declining_the_restore_leaves_the_session_alone_and_keeps_the_file(qtbot, session, tmp_path):
    run_other_app(tmp_path, 5, "crash")
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    autosave.ask_restore = lambda parent, saved_at, iteration: False
    assert autosave.offer_restore() is False
    assert session.iteration == 0 and session.hyperparameters.learning_rate == 1.2
    assert load_session(tmp_path / LAST_SESSION).trainer_state["iteration"] == 5
    assert autosave.offer_restore() is False  # asked once only
    autosave.finish()


def test_after_a_clean_exit_nothing_is_offered(qtbot, session, tmp_path):
    run_other_app(tmp_path, 3, "clean")
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    assert autosave.crashed == []
    assert load_session(tmp_path / LAST_SESSION).trainer_state["iteration"] == 3
    autosave.finish()


def test_an_app_still_running_is_not_mistaken_for_a_crash(qtbot, session, tmp_path):
    process = other_app(tmp_path, 4, "stay")
    try:
        assert "saved 4" in process.stdout.readline()
        autosave = Autosave(session, folder=tmp_path, offer_restore=False)
        assert autosave.crashed == []
        autosave.finish()
    finally:
        process.communicate("\n", timeout=120)
    assert process.returncode == 0


def test_a_broken_autosave_is_reported_not_restored(qtbot, session, tmp_path):
    run_other_app(tmp_path, 2, "crash")
    (path,) = tmp_path.glob("session-*.bpsession")
    path.write_text(path.read_text()[:200])  # truncated, as by a full disk
    messages = []
    session.problem_reported.connect(messages.append)
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    autosave.ask_restore = lambda *args: pytest.fail("a broken file must not be offered")
    assert autosave.offer_restore() is False
    assert messages and "could not be read" in messages[0]
    assert session.iteration == 0
    autosave.finish()


def test_an_unwritable_folder_is_reported_once(qtbot, session, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    messages = []
    session.problem_reported.connect(messages.append)
    autosave = Autosave(session, folder=blocker / "autosave", offer_restore=False)
    session.step_iteration()
    assert autosave.save_now() is False
    assert autosave.save_now() is False
    assert len(messages) == 1 and "Autosave is not working" in messages[0]
    autosave.finish()


def test_a_background_write_that_fails_is_reported_and_retried(qtbot, session, tmp_path):
    folder = tmp_path / "autosave"
    messages = []
    session.problem_reported.connect(messages.append)
    autosave = Autosave(session, folder=folder, offer_restore=False)
    assert messages == []  # the folder and the marker are made
    for marker in folder.iterdir():
        marker.unlink()
    folder.rmdir()
    folder.write_text("the folder is gone: a file is in its place")  # from now on nothing can be written
    session.step_iteration()
    assert autosave.pending
    assert autosave.save_in_background()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "Autosave is not working" in messages[0]
    assert autosave.pending  # kept for the next tick
    autosave.finish()


def test_the_background_write_gives_the_same_file_as_a_direct_one(qtbot, session, tmp_path):
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    for _ in range(12):
        session.step_iteration()
    with qtbot.waitSignal(autosave.saved, timeout=10000):
        assert autosave.save_in_background()
    written = autosave.path.read_bytes()
    assert autosave.save_now()
    assert autosave.path.read_bytes() == written
    autosave.finish()
