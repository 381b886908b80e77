"""Cross-checks of item 4 (bad files) from the user's side: every broken file opened the way a
student opens files — File → Open, a drop, a recent file, ``--open``, all of which go through
``FileActions.open_path`` — is refused with its own message, nothing is half-loaded (no state
signal at all), the trained session is untouched, and nothing escapes into Qt.

The files helper's own tests go through each loader in depth; these check the whole path once
more with the files that are most likely to hurt: pickles, truncations, shapes, NaN, a newer
format, and CSVs from spreadsheets (empty, text, NaN, ragged, one class, a million rows).
"""

from __future__ import annotations

import json
import pickle
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.data.csv_data import read_csv
from backprop_studio.core.errors import BackpropStudioError
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession

STATE_SIGNALS = ("structure_changed", "state_changed", "selection_changed")


class Opened:
    """A trained window with its File actions, the messages shown, and every state signal emitted."""

    def __init__(self, qtbot, tmp_path: Path) -> None:
        from backprop_studio.gui.support.settings import SettingsStore

        session = TrainingSession(DataSpec(m=120))
        # A settings file of its own (the recent files go there), nothing restored from it.
        self.window = MainWindow(session, SettingsStore(tmp_path / "settings.ini"), restore_settings=False)
        qtbot.addWidget(self.window)
        self.window.show()
        self.actions = self.window.file_actions
        self.errors: list[str] = []
        self.csv_errors: list[str] = []
        self.actions.show_error = lambda title, message: self.errors.append(message)
        self.actions.ask_yes_no = lambda title, question: True  # adopt a file's network when asked
        self.actions.ask_csv_import = self._import_csv  # the preview dialog: parse, show the error, cancel
        for _ in range(4):
            session.step_iteration()
        self.session = session
        self.good_session = tmp_path / "good.bpsession"
        self.actions.ask_save_path = lambda *args: str(self.good_session)
        assert self.actions.save_as()
        self.emitted: list[str] = []
        for name in STATE_SIGNALS:
            getattr(session, name).connect(lambda *_, name=name: self.emitted.append(name))
        self.before = (session.trainer, session.iteration, session.hyperparameters, session.data_spec,
                       session.dataset, session.trainer.parameters())

    def _import_csv(self, path: str):
        try:
            return read_csv(path)
        except BackpropStudioError as error:
            self.csv_errors.append(str(error))
            return None

    def assert_untouched(self) -> None:
        trainer, iteration, hp, spec, dataset, parameters = self.before
        s = self.session
        assert self.emitted == []
        assert s.trainer is trainer and s.iteration == iteration
        assert (s.hyperparameters, s.data_spec) == (hp, spec) and s.dataset is dataset
        for key, value in s.trainer.parameters().items():
            np.testing.assert_array_equal(value, parameters[key])


@pytest.fixture
def opened(qtbot, tmp_path, monkeypatch):
    escaped: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: escaped.append(e))
    o = Opened(qtbot, tmp_path)
    yield o
    o.session.pause()
    assert not escaped, escaped


def npz_bytes(**arrays) -> bytes:
    import io

    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def good_parameters() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {"W1": rng.normal(size=(4, 2)), "b1": np.zeros((4, 1)), "W2": rng.normal(size=(1, 4)), "b2": np.zeros((1, 1))}


def session_document(opened: Opened) -> dict:
    return json.loads(opened.good_session.read_text())


def with_parameter(document: dict, key: str, value) -> dict:
    trainer = {**document["trainer"], "parameters": {**document["trainer"]["parameters"], key: value}}
    return {**document, "trainer": trainer}


# name -> (file name, a function (opened) -> bytes)
PARAMETER_AND_SESSION_FILES = {
    "npz holding a pickled object": ("evil.npz", lambda o: npz_bytes(W1=np.array([{"a": 1}], dtype=object),
                                                                     b1=np.zeros((1, 1)))),
    "pickle renamed .npz": ("evil2.npz", lambda o: pickle.dumps(good_parameters())),
    "truncated npz": ("half.npz", lambda o: npz_bytes(**good_parameters())[:300]),
    "npz with clashing shapes": ("shapes.npz", lambda o: npz_bytes(**{**good_parameters(), "b1": np.zeros((5, 1))})),
    "npz with NaN": ("nan.npz", lambda o: npz_bytes(**{**good_parameters(), "W2": np.full((1, 4), np.nan)})),
    "zip that is not an npz": ("other.npz", lambda o: zip_bytes({"readme.txt": "hello"})),
    "json with a wrong key": ("keys.json", lambda o: json.dumps(
        {"format": "backprop-studio-parameters", "meta": {"format_version": 1},
         "parameters": {"W1": [[1.0, 2.0]], "b1": [[0.0]], "Wx": [[1.0]]}}).encode()),
    "json from a newer version": ("future.json", lambda o: json.dumps(
        {"format": "backprop-studio-parameters", "meta": {"format_version": 99},
         "parameters": {k: v.tolist() for k, v in good_parameters().items()}}).encode()),
    "pickled session": ("evil.bpsession", lambda o: b"\x80\x04" + pickle.dumps(session_document(o))),
    "truncated session": ("half.bpsession", lambda o: o.good_session.read_bytes()[:500]),
    "session from a newer version": ("future.bpsession", lambda o: json.dumps(
        {**session_document(o), "format_version": 99}).encode()),
    "session with W1 of the wrong shape": ("shape.bpsession", lambda o: json.dumps(
        with_parameter(session_document(o), "W1", [[0.1, 0.2, 0.3]] * 4)).encode()),
    "session with a wrong key": ("key.bpsession", lambda o: json.dumps(
        {**session_document(o), "extra": 1}).encode()),
    "session with NaN in b2": ("nan.bpsession", lambda o: o.good_session.read_bytes().replace(
        b'"b2":[[', b'"b2":[[NaN,', 1)),
}


def zip_bytes(files: dict[str, str]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_each_broken_parameter_or_session_file_is_refused_with_its_own_message(opened, tmp_path):
    messages = {}
    for case, (name, make) in PARAMETER_AND_SESSION_FILES.items():
        path = tmp_path / name
        path.write_bytes(make(opened))
        opened.errors.clear()
        assert opened.actions.open_path(str(path)) is False, case
        assert len(opened.errors) == 1 and opened.errors[0].strip(), (case, opened.errors)
        assert "Traceback" not in opened.errors[0]
        messages[case] = opened.errors[0]
        opened.assert_untouched()
    print("\n".join(f"{case}: {message}" for case, message in messages.items()))
    # Its own message: no two different problems read the same.
    assert len(set(messages.values())) == len(messages), messages
    # And the good file still opens afterwards.
    assert opened.actions.open_path(str(opened.good_session))


CSV_FILES = {
    "empty": b"",
    "text where numbers go": b"x1,x2,label\n1.0,two,0\n2.0,1.0,1\n",
    "NaN": b"1.0,2.0,0\nnan,1.0,1\n0.5,0.5,1\n",
    "inf": b"1.0,2.0,0\ninf,1.0,1\n0.5,0.5,1\n",
    "ragged rows": b"1.0,2.0,0\n1.0,2.0\n0.5,0.5,1\n",
    "four columns": b"1.0,2.0,3.0,0\n1.0,2.0,3.0,1\n",
    "one class only": b"1.0,2.0,a\n2.0,1.0,a\n0.5,0.5,a\n",
    "a million rows": b"x1,x2,label\n" + b"0.5,1.5,0\n1.5,0.5,1\n" * 500_001,
    "binary junk": bytes(range(256)) * 4,
}


def test_each_broken_csv_is_refused_with_its_own_message_and_nothing_is_loaded(opened, tmp_path):
    messages = {}
    for case, content in CSV_FILES.items():
        path = tmp_path / f"{case.replace(' ', '_')}.csv"
        path.write_bytes(content)
        opened.csv_errors.clear()
        opened.errors.clear()
        assert opened.actions.open_path(str(path)) is False, case
        shown = opened.csv_errors + opened.errors
        assert shown and shown[-1].strip(), case
        messages[case] = shown[-1]
        opened.assert_untouched()
    print("\n".join(f"{case}: {message}" for case, message in messages.items()))
    assert len(set(messages.values())) == len(messages), messages


@pytest.mark.parametrize("content", [
    pytest.param("\ufeffx1,x2,label\n0.5,1.2,a\n1.5,0.3,b\n-0.2,0.8,a\n2.1,2.2,b\n".encode("utf-8"), id="BOM"),
    pytest.param("x1;x2;classe\n0.5;1.2;été\n1.5;0.3;hiver\n-0.2;0.8;été\n2.1;2.2;hiver\n".encode("latin-1"),
                 id="Latin-1 and semicolons"),
])
def test_spreadsheet_quirks_that_are_fine_load(opened, tmp_path, content):
    path = tmp_path / "points.csv"
    path.write_bytes(content)
    assert opened.actions.open_path(str(path)), (opened.csv_errors, opened.errors)
    assert opened.session.dataset.m == 4 and opened.session.iteration == 0
