"""The campaign's hostile files opened the ways a user opens files: File → Open, a drop, ``--open``.

Each is refused with its message, the session untouched, nothing escaping into Qt (no "Unexpected
error"); after a refused file a good one opens and draws; values at the app's limits draw; a run
whose history holds infinite costs opens, is saved and autosaved.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.files.limits import MAX_MAGNITUDE
from backprop_studio.core.files.parameter_file import save_parameters
from backprop_studio.core.files.session_file import load_session
from backprop_studio.gui.files.autosave import Autosave

from ..gui.files.test_bad_files import Opened, opened  # noqa: F401  (the fixture: a trained window, seams filled)
from ..gui.files.test_file_actions import _drop
from .test_loaders import named_files, originals  # noqa: F401  (the fixture: real files to spoil)

ROOT = Path(__file__).resolve().parents[2]


def test_every_hostile_file_is_refused_with_its_message_and_changes_nothing(opened, originals, tmp_path):
    refused = 0
    for name, (suffix, content, expected) in named_files(originals).items():
        path = tmp_path / f"hostile{suffix}"
        path.write_bytes(content)
        before = len(opened.errors) + len(opened.csv_errors)
        opened.actions.open_path(str(path))
        if expected == "loaded":
            opened.emitted.clear()
            assert opened.actions.open_path(str(opened.good_session))  # back to the trained session
            opened.emitted.clear()
            opened.before = (opened.session.trainer, *opened.before[1:4], opened.session.dataset,
                             opened.session.trainer.parameters())
            continue
        assert len(opened.errors) + len(opened.csv_errors) == before + 1, name
        opened.assert_untouched()
        refused += 1
    assert refused > 25


def test_a_dropped_bomb_is_refused_with_a_message(opened, tmp_path, qtbot):
    from .bombs import good_members, npy_header, zeros_member, zip_archive

    bomb = tmp_path / "bomb.npz"
    bomb.write_bytes(zip_archive([zeros_member("W1.npy", npy_header((20000, 20000), "<f8"), 20000 * 20000 * 8),
                                  *good_members()[1:]]))
    accepted, _ = _drop(opened.window, bomb)
    assert accepted
    qtbot.waitUntil(lambda: bool(opened.errors))
    assert "W1 takes 3200000128 bytes unpacked, more than any parameter here" in opened.errors[-1]
    opened.assert_untouched()


def test_after_a_refused_stride_the_window_works_with_a_good_session(opened, originals, tmp_path):
    _, content, _ = named_files(originals)["session: history stride 2^70"]
    bad = tmp_path / "stride.bpsession"
    bad.write_bytes(content)
    assert not opened.actions.open_path(str(bad))
    assert "must be a whole number from 1 to 9007199254740992" in opened.errors[-1]
    opened.emitted.clear()
    assert opened.actions.open_path(str(opened.good_session))
    opened.window.refresh_now()
    opened.session.step_iteration()
    opened.window.refresh_now()
    assert opened.session.iteration == 5


def test_parameters_at_the_limit_load_and_draw(opened, tmp_path):
    big = {"W1": np.full((4, 2), MAX_MAGNITUDE), "b1": np.full((4, 1), -MAX_MAGNITUDE),
           "W2": np.full((1, 4), MAX_MAGNITUDE), "b2": np.zeros((1, 1))}
    path = tmp_path / "big.npz"
    save_parameters(path, big)
    assert opened.actions.open_path(str(path)), opened.errors
    opened.window.refresh_now()  # every view draws these values (ranges, widths, colours) without an error
    for view in (opened.window.diagram_view, opened.window.boundary_view, opened.window.cost_view):
        view.grab()


def test_a_run_whose_history_holds_infinite_costs_opens_draws_and_is_saved_again(opened, tmp_path, qtbot):
    # JSON has no inf: such a run's file names the values ("inf", "-inf", "nan"), and it is a session like any other.
    document = json.loads(opened.good_session.read_text())
    rows = document["trainer"]["history"]["evaluations"]["rows"]
    rows[-1][1] = "inf"
    document["trainer"]["history"]["costs"]["rows"][-1] = ["inf"]
    path = tmp_path / "infinite.bpsession"
    path.write_text(json.dumps(document))
    assert opened.actions.open_path(str(path)), opened.errors
    opened.window.refresh_now()
    again = tmp_path / "again.bpsession"
    opened.actions.ask_save_path = lambda *args: str(again)
    assert opened.actions.save_as(), opened.errors
    assert math.isinf(load_session(again).trainer_state["history"]["evaluations"]["rows"][-1][1])
    autosave = Autosave(opened.session, folder=tmp_path / "autosave", offer_restore=False)
    opened.session.set_learning_rate(0.5)
    assert autosave.save_now()
    assert math.isinf(load_session(autosave.path).trainer_state["history"]["costs"]["rows"][-1][0])
    autosave.finish()


@pytest.mark.parametrize("name", ["zip version 9.9", "session: learning rate 10^400"])
def test_main_py_open_survives_a_hostile_file(originals, tmp_path, name):
    # (A CSV opens its preview dialog, which waits for the user: the dialog's refusal is tested in-process.)
    suffix, content, _ = named_files(originals)[name]
    path = tmp_path / f"hostile{suffix}"
    path.write_bytes(content)
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "main.py", "--open", str(path), "--screenshot", str(shot),
                             "--size", "800x600"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "BACKPROP_STUDIO_SETTINGS": str(tmp_path / "settings.ini"),
                                 "BACKPROP_STUDIO_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and shot.exists()
    assert not (tmp_path / "data" / "logs").exists()  # nothing reached the app's error hook


def test_the_csv_preview_refuses_a_long_field_and_names_an_encoding(qtbot, tmp_path):
    from backprop_studio.gui.dialogs.csv_import_dialog import CsvImportDialog

    long_field = tmp_path / "long.csv"
    long_field.write_bytes(b"x1,x2,label\n1,2," + b"a" * 200_000 + b"\n3,4,b\n")
    dialog = CsvImportDialog(str(long_field))
    qtbot.addWidget(dialog)
    assert dialog.dataset() is None
    assert "Line 2: a line of 200004 characters; lines longer than 10000 characters are not read" in dialog.error_text()
    assert all(len(dialog.preview_table.item(0, c).text()) <= 200 for c in range(dialog.preview_table.columnCount())
               if dialog.preview_table.item(0, c) is not None)

    old = tmp_path / "old.csv"
    old.write_bytes("x1;x2;label\n0;1;don’t\n1;0;€ 5…\n2;2;don’t\n".encode("cp1252"))
    dialog = CsvImportDialog(str(old))
    qtbot.addWidget(dialog)
    assert dialog.dataset() is not None and set(dialog.dataset().class_names) == {"don’t", "€ 5…"}
    assert "Encoding: <b>Windows-1252</b> (not UTF-8)" in dialog.format_label.text()
