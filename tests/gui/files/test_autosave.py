"""Autosave: every few minutes and on exit; after a crash, a kill or a close with unsaved training the next
start offers it back; no run ever overwrites another's autosave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.files.session_file import load_session
from backprop_studio.gui.files.autosave import KEEP_RUNS, LAST_SESSION, Autosave
from backprop_studio.gui.model.session import TrainingSession

ROOT = Path(__file__).resolve().parents[3]

# Another Backprop Studio: trains N steps, changes α, autosaves, then crashes, exits cleanly (with its
# work saved to a session file, or not), or stays open.
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
if ending == "saved":
    autosave.unsaved_to_file = lambda: False  # as after File → Save session
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


def test_a_clean_exit_saves_keeps_the_run_and_removes_the_marker(qtbot, session, tmp_path):
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    assert list(tmp_path.glob("running-*.lock"))
    session.step_iteration()
    autosave.unsaved_to_file = lambda: False  # its work is in a session file
    autosave.finish()
    assert not list(tmp_path.glob("running-*.lock")) and not list(tmp_path.glob("unsaved-*.lock"))
    assert load_session(autosave.path).trainer_state["iteration"] == 1  # kept, under the run's own name


def test_a_run_is_named_by_time_and_a_random_id_not_the_process(qtbot, session, tmp_path):
    first = Autosave(session, folder=tmp_path, offer_restore=False)
    second = Autosave(TrainingSession(), folder=tmp_path, offer_restore=False)
    assert first.path != second.path and str(os.getpid()) not in first.path.name
    assert first.path.name.startswith("session-") and len(first.run_id.split("-")) == 3
    first.finish()
    second.finish()


def test_after_a_crash_the_next_start_offers_the_autosave_and_restores_it(qtbot, session, tmp_path):
    run_other_app(tmp_path, 25, "crash")
    (crashed,) = tmp_path.glob("session-*.bpsession")
    asked = []
    autosave = Autosave(session, folder=tmp_path)
    autosave.ask_restore = lambda parent, saved_at, iteration, reason, kept_as: asked.append(
        (iteration, reason, kept_as)) or True
    with qtbot.waitSignal(autosave.restored, timeout=10000):
        pass
    assert asked == [(25, "crashed", crashed.name)]
    assert session.iteration == 25
    assert session.hyperparameters.learning_rate == 0.5
    expected = trained(25).trainer.parameters()
    for key, value in session.trainer.parameters().items():
        np.testing.assert_array_equal(value, expected[key])
    # Training continues exactly as the crashed app would have.
    session.step_iteration()
    assert session.iteration == 26
    # The crashed app's marker is gone; its autosave is kept under its own name; ours is running.
    assert crashed.exists()
    assert [p.name for p in tmp_path.glob("running-*.lock")] == [autosave.marker.path.name]
    assert autosave.offer_restore() is False  # offered once
    autosave.finish()


def test_declining_the_restore_leaves_the_session_alone_and_keeps_the_file(qtbot, session, tmp_path):
    run_other_app(tmp_path, 5, "crash")
    (crashed,) = tmp_path.glob("session-*.bpsession")
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    autosave.ask_restore = lambda *args: False
    assert autosave.offer_restore() is False
    assert session.iteration == 0 and session.hyperparameters.learning_rate == 1.2
    assert autosave.offer_restore() is False  # asked once only
    session.step_iteration()
    autosave.finish()
    # What the question promised: the declined run is still there after this run's clean exit, and after the next.
    assert load_session(crashed).trainer_state["iteration"] == 5
    again = Autosave(TrainingSession(), folder=tmp_path, offer_restore=False)
    again.finish()
    assert load_session(crashed).trainer_state["iteration"] == 5


def test_after_a_clean_exit_with_the_work_saved_nothing_is_offered(qtbot, session, tmp_path):
    run_other_app(tmp_path, 3, "saved")
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    assert autosave.crashed == []
    (kept,) = tmp_path.glob("session-*.bpsession")
    assert load_session(kept).trainer_state["iteration"] == 3
    autosave.finish()


def test_closing_with_unsaved_training_keeps_it_and_the_next_start_offers_it(qtbot, session, tmp_path):
    # The campaign's lost run: train without saving, close, start again, press Step, close.
    run_other_app(tmp_path, 40, "clean")
    second = Autosave(TrainingSession(), folder=tmp_path, offer_restore=False)
    reasons = []
    second.ask_restore = lambda parent, saved_at, iteration, reason, kept_as: reasons.append((iteration, reason))
    second.offer_restore()
    assert reasons == [(40, "unsaved")]
    second._session.step_iteration()
    second.finish()
    runs = sorted(load_session(p).trainer_state["iteration"] for p in tmp_path.glob("session-*.bpsession"))
    assert runs == [1, 40]  # both runs are there: nothing overwrote the trained one
    third = Autosave(session, folder=tmp_path, offer_restore=False)
    assert [load_session(p).trainer_state["iteration"] for p in third.crashed] == [1]  # the step, unsaved too
    third.finish()


def test_two_apps_that_crash_together_leave_two_autosaves(qtbot, session, tmp_path):
    first, second = other_app(tmp_path, 7, "crash"), other_app(tmp_path, 9, "crash")
    for process in (first, second):
        process.communicate(timeout=120)
    messages = []
    session.problem_reported.connect(messages.append)
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    assert sorted(load_session(p).trainer_state["iteration"] for p in autosave.crashed) == [7, 9]
    autosave.ask_restore = lambda *args: True
    assert autosave.offer_restore()
    assert any("1 more autosaved session" in m for m in messages)
    assert len(list(tmp_path.glob("session-*.bpsession"))) == 2
    autosave.finish()


def test_a_crashed_run_with_this_very_process_id_is_still_offered(qtbot, session, tmp_path):
    # In a Flatpak sandbox or a container the restarted app gets the crashed one's process id.
    run_other_app(tmp_path, 6, "crash")
    (marker,) = tmp_path.glob("running-*.lock")
    marker.write_text(f"{os.getpid()}\n")
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    assert [load_session(p).trainer_state["iteration"] for p in autosave.crashed] == [6]
    autosave.finish()


def test_a_run_that_changed_nothing_writes_nothing(qtbot, session, tmp_path):
    autosave = Autosave(session, folder=tmp_path, offer_restore=False)
    autosave.finish()
    assert list(tmp_path.iterdir()) == []


def test_the_last_runs_are_kept_and_never_one_still_to_offer(qtbot, tmp_path):
    for i in range(KEEP_RUNS + 3):
        run = Autosave(TrainingSession(), folder=tmp_path, offer_restore=False)
        run._session.step_iteration()
        run.unsaved_to_file = lambda: i == 0  # the very first run was closed unsaved: it waits to be offered
        run.finish()
        os.utime(run.path, (1000 + i, 1000 + i))  # the runs' ages, oldest first
    kept = {load_session(p).trainer_state["iteration"] for p in tmp_path.glob("session-*.bpsession")}
    assert len(list(tmp_path.glob("session-*.bpsession"))) == KEEP_RUNS + 1  # the newest ten, and the unsaved one
    last = Autosave(TrainingSession(), folder=tmp_path, offer_restore=False)
    assert len(last.crashed) == 1 and last.crashed[0].exists()
    last.finish()
    assert kept == {1}


def test_an_app_still_running_is_not_mistaken_for_a_crash(qtbot, session, tmp_path):
    process = other_app(tmp_path, 4, "stay")
    try:
        assert "saved 4" in process.stdout.readline()
        autosave = Autosave(session, folder=tmp_path, offer_restore=False)
        assert autosave.crashed == []
        autosave.finish()
        assert len(list(tmp_path.glob("session-*.bpsession"))) == 1  # its autosave is left alone
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
