"""Remembered state: what one window saves, the next one shows; damaged or old files never crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.support.settings import SETTINGS_VERSION, SettingsStore, migrate


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(qtbot, path):
    """Build a window the way the app does, with settings at ``path``; returns (window, store)."""
    opened = []

    def build(settings_path: Path = path):
        session = TrainingSession()
        store = SettingsStore(settings_path)
        # 760×560 is above the window's minimum size, so it is kept exactly (when nothing is restored).
        window = MainWindow(session, store, size=(760, 560))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window, store

    yield build
    for window in opened:
        window.session.pause()


def test_a_new_window_shows_what_the_last_one_saved(open_window, path):
    window, store = open_window()
    assert store.problems == [] and window.session.hyperparameters == Hyperparameters()
    window.resize(720, 560)
    window.move(30, 40)
    saved_geometry = window.geometry()
    window.cost_dock.close()
    window.network_panel.learning_rate_combo.setCurrentIndex(window.network_panel.learning_rate_combo.findData(0.3))
    assert window.session.set_hidden_units((6,), ("relu",))
    window.data_panel.points_spin.setValue(150)
    assert window.session.set_data_spec(name="moons", noise=0.1)
    window.close()
    assert path.exists()

    again, store = open_window()
    assert store.problems == []
    assert again.geometry() == saved_geometry and (again.width(), again.height()) == (720, 560)
    assert again.cost_dock.isHidden() and not again.data_dock.isHidden() and not again.network_dock.isHidden()
    hp = again.session.hyperparameters
    assert (hp.learning_rate, hp.hidden_units, hp.hidden_activations) == (0.3, (6,), ("relu",))
    assert again.session.data_spec == DataSpec(name="moons", m=150, noise=0.1)
    # What the student sees: the panels show the restored values, the data has 150 points.
    assert again.network_panel.learning_rate_combo.currentText() == "0.3"
    assert again.data_panel.points_spin.value() == 150
    assert again.session.dataset.m == 150


def test_reset_layout_still_brings_back_a_dock_the_settings_kept_closed(open_window):
    window, _ = open_window()
    window.cost_dock.close()
    window.close()
    again, _ = open_window()
    assert again.cost_dock.isHidden()
    again.reset_layout_action.trigger()
    assert again.cost_dock.isVisible()


def test_presentation_mode_is_not_what_gets_remembered(open_window, path):
    window, _ = open_window()
    presentation = window.presentation
    assert presentation.full_screen
    presentation.action.trigger()
    assert window.data_dock.isHidden()
    window.close()
    again, store = open_window()
    assert store.problems == []
    assert again.data_dock.isVisible() and again.network_dock.isVisible() and again.cost_dock.isVisible()
    assert not again.isFullScreen()
    assert (again.width(), again.height()) == (760, 560)


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe\x01garbage[[[\n=====\n",
    b"just some text\nwith no keys at all\n",
    b"[unclosed section\nfoo=1\n",
    b"[General]\nversion=not a number\n",
])
def test_a_damaged_file_falls_back_to_defaults_with_a_message(open_window, path, content):
    path.write_bytes(content)
    window, store = open_window()
    assert len(store.problems) == 1 and "damaged" in store.problems[0]
    assert "damaged" in window.statusBar().currentMessage()
    assert window.session.hyperparameters == Hyperparameters()
    assert window.data_dock.isVisible() and window.cost_dock.isVisible()
    assert path.with_name(path.name + ".damaged").read_bytes() == content  # the user's file is kept
    window.close()
    assert SettingsStore(path).problems == []  # and the next start reads a clean file


def test_wrong_values_each_fall_back_and_say_which(open_window, path):
    path.write_text(
        "[General]\nversion=1\n"
        "[window]\ngeometry=hello\nstate=@ByteArray(not a state)\n"
        "[ui]\nlanguage=xx\n"
        "[session]\n"
        'hyperparameters="{\\"learning_rate\\": -5}"\n'
        'data_spec="{\\"name\\": \\"no such data\\", \\"m\\": 10}"\n',
        encoding="utf-8",
    )
    window, store = open_window()
    assert store.language() is None
    text = "\n".join(store.problems)
    for what in ("window size", "panel layout", "hyperparameters", "dataset", "language"):
        assert what in text
    assert "learning rate α must be in" in text  # core's own reason, passed on
    assert window.session.hyperparameters == Hyperparameters()
    assert window.session.data_spec == DataSpec()
    assert window.data_dock.isVisible() and window.cost_dock.isVisible()
    assert "hyperparameters" in window.statusBar().currentMessage()


@pytest.mark.parametrize("hyperparameters", ['"[1, 2]"', '"{\\"hidden_units\\": \\"abc\\"}"',
                                             '"{\\"no_such_field\\": 1}"', "{not json"])
def test_hyperparameters_core_refuses_are_replaced_by_defaults(open_window, path, hyperparameters):
    path.write_text(f"[General]\nversion=1\n[session]\nhyperparameters={hyperparameters}\n", encoding="utf-8")
    window, store = open_window()
    assert any("hyperparameters" in p for p in store.problems)
    assert window.session.hyperparameters == Hyperparameters()


def test_an_unversioned_file_is_migrated(open_window, path, qtbot):
    # Written as the development builds before versioning did: flat keys, Qt's example names.
    donor = MainWindow(TrainingSession())
    qtbot.addWidget(donor)
    donor.resize(730, 540)
    donor.network_dock.hide()
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("geometry", donor.saveGeometry())
    old.setValue("windowState", donor.saveState(1))
    old.setValue("language", "zh_CN")
    old.setValue("hyperparameters", json.dumps({"learning_rate": 0.03, "hidden_units": [3]}))
    old.setValue("dataset", json.dumps({"name": "circles", "m": 120}))
    old.sync()
    del old

    window, store = open_window()
    assert store.problems == [] and store.migrated_from == 0
    assert store.language() == "zh_CN"
    assert window.session.hyperparameters.learning_rate == 0.03
    assert window.session.hyperparameters.hidden_units == (3,)
    assert window.session.data_spec.name == "circles" and window.session.dataset.m == 120
    assert window.network_dock.isHidden() and (window.width(), window.height()) == (730, 540)
    text = path.read_text(encoding="utf-8")
    assert f"version={SETTINGS_VERSION}" in text and "[session]" in text and "windowState" not in text


def test_migrate_renames_old_keys_and_keeps_other_parts_keys():
    assert migrate({"language": "en", "recent/files": ["a.bpsession"]}, 0) == \
        {"ui/language": "en", "recent/files": ["a.bpsession"]}
    assert migrate({"ui/language": "en"}, SETTINGS_VERSION) == {"ui/language": "en"}


def test_a_file_from_a_newer_version_is_read_as_far_as_possible(open_window, path):
    path.write_text("[General]\nversion=99\n[ui]\nlanguage=zh_CN\n[future]\nthing=1\n", encoding="utf-8")
    window, store = open_window()
    assert store.language() == "zh_CN"
    assert len(store.problems) == 1 and "newer" in store.problems[0]


def test_a_drawn_dataset_is_not_saved_as_a_spec(open_window, path):
    from backprop_studio.core.data.datasets import from_points
    import numpy as np

    window, store = open_window()
    X = np.array([[0.0, 1.0, 2.0, 3.0], [0.0, 1.0, 0.0, 1.0]])
    assert window.session.set_dataset(from_points(X, np.array([0, 1, 0, 1]), "binary"))
    window.close()
    again, store = open_window()
    assert store.problems == [] and again.session.data_spec == DataSpec()


def test_other_parts_of_the_app_can_share_the_file(open_window, path):
    window, store = open_window()
    store.qsettings.setValue("recent/files", ["/tmp/a.bpsession", "/tmp/b, c.csv"])  # as File → Open recent does
    store.qsettings.setValue("recent/one", ["/tmp/a.bpsession"])
    window.close()
    again, store = open_window()
    assert store.problems == [] and store.qsettings.value("recent/files") == ["/tmp/a.bpsession", "/tmp/b, c.csv"]
    # As in Qt's format, a one-item list reads back as its item: strings() gives the list either way.
    assert store.qsettings.strings("recent/one") == ["/tmp/a.bpsession"]


def test_a_new_file_is_versioned_before_anyone_else_writes_to_it(path):
    store = SettingsStore(path)
    store.qsettings.setValue("recent/files", ["/tmp/a.bpsession"])
    store.sync()
    assert SettingsStore(path).problems == []
    assert f"version={SETTINGS_VERSION}" in path.read_text(encoding="utf-8")


def test_the_file_path_follows_the_environment_variable(monkeypatch, tmp_path):
    from backprop_studio.gui.support.settings import ENV_PATH, default_settings_path

    monkeypatch.setenv(ENV_PATH, str(tmp_path / "elsewhere.ini"))
    assert default_settings_path() == tmp_path / "elsewhere.ini"
    monkeypatch.delenv(ENV_PATH)
    assert default_settings_path().suffix == ".ini"


def test_window_close_saves_even_without_changes(open_window, path):
    window, _ = open_window()
    assert window.dockWidgetArea(window.cost_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    window.close()
    store = SettingsStore(path)
    assert store.problems == [] and store.hyperparameters() == window.session.hyperparameters


def test_the_file_stays_qts_own_format_both_ways(tmp_path):
    """Files written by QSettings (earlier versions) read the same here, and ours read the same in Qt."""
    from PySide6.QtCore import QByteArray

    from backprop_studio.core.files.ini_file import format_ini, parse_ini

    values = {"ui/language": "zh_CN", "files/recent": ["/a b/c.bpsession", "/d,e.csv", "@f"],
              "window/geometry": bytes(range(256)), "session/hyperparameters": '{"a": "x;y=z", "b": " s "}'}
    written_by_qt = tmp_path / "qt.ini"
    qt = QSettings(str(written_by_qt), QSettings.Format.IniFormat)
    for key, value in values.items():
        qt.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
    qt.sync()
    assert parse_ini(written_by_qt.read_text(encoding="utf-8")) == values
    ours = tmp_path / "ours.ini"
    ours.write_text(format_ini(values), encoding="utf-8")
    reader = QSettings(str(ours), QSettings.Format.IniFormat)  # plain values only: safe to let Qt read
    assert {key: bytes(v) if isinstance(v, QByteArray) else v for key in values
            for v in [reader.value(key)]} == values


def test_a_damaged_window_layout_never_reaches_qt(open_window, path):
    window, _ = open_window()
    window.cost_dock.close()
    window.close()
    text = path.read_text(encoding="utf-8")
    start = text.index("state=") + len('state="@ByteArray(') + 40
    path.write_text(text[:start] + ("A" if text[start] != "A" else "B") + text[start + 1:], encoding="utf-8")
    again, store = open_window()
    assert any("panel layout could not be used" in p for p in store.problems)
    assert again.cost_dock.isVisible()  # the default layout, not a half-read one
