"""Switching language: a catalogue compiled here by lrelease changes the visible texts at once, and back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QCheckBox

from backprop_studio.gui.support.i18n import (
    available_languages, choose_language, current_language, install_language, system_language,
)
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.support.settings import SettingsStore

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402 — the project's own lupdate/lrelease wrapper

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>
    <message><source>Data</source><translation>数据</translation></message>
    <message><source>Iteration %1</source><translation>第 %1 次迭代</translation></message>
</context>
<context>
    <name>TrainingActions</name>
    <message><source>Step</source><translation>单步</translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message><source>Step</source><translation>单步</translation></message>
</context>
<context>
    <name>LanguageMenu</name>
    <message><source>&amp;Language</source><translation>语言(&amp;L)</translation></message>
</context>
<context>
    <name>CostCurveView</name>
    <message><source>Log scale</source><translation>对数坐标</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalog(tmp_path) -> Path:
    """A directory holding backprop_studio_zh_CN.qm compiled from TINY_TS."""
    ts = tmp_path / "backprop_studio_zh_CN.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    update_translations.lrelease(ts, tmp_path / "backprop_studio_zh_CN.qm")
    return tmp_path


@pytest.fixture
def store(tmp_path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(TrainingSession(), store, restore_settings=False)  # as the app's: the choice is remembered
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    install_language(QApplication.instance(), "en")
    w.session.pause()


def log_scale_texts(window: MainWindow) -> set[str]:
    return {box.text() for box in window.cost_view.findChildren(QCheckBox)}


def test_switching_to_chinese_changes_the_visible_texts_at_once_and_back(window, catalog, qtbot, tmp_path):
    menu = window.language_menu
    menu.directory = catalog
    assert window.file_menu.title() == "&File" and menu.language_actions["en"].isChecked()

    assert menu.choose("zh_CN")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
    assert window.data_dock.windowTitle() == "数据"
    assert "对数坐标" in log_scale_texts(window)  # a view with its own changeEvent
    assert menu.title() == "语言(&L)" and menu.language_actions["zh_CN"].isChecked()
    assert current_language() == "zh_CN"
    assert window.status_labels["iteration"].text() == "第 0 次迭代"
    assert SettingsStore(tmp_path / "settings.ini").language() == "zh_CN"  # remembered for the next start

    assert menu.choose("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    assert window.data_dock.windowTitle() == "Data"
    assert "Log scale" in log_scale_texts(window)
    assert menu.title() == "&Language" and menu.language_actions["en"].isChecked()
    assert window.status_labels["iteration"].text() == "Iteration 0"


def test_a_missing_catalogue_keeps_english_and_says_so(window, tmp_path, qtbot):
    menu = window.language_menu
    menu.directory = tmp_path  # no .qm there
    with qtbot.waitSignal(window.session.problem_reported) as blocker:
        assert not menu.choose("zh_CN")
    assert "missing" in blocker.args[0]
    assert menu.language_actions["en"].isChecked() and current_language() == "en"
    assert window.file_menu.title() == "&File"


def test_the_language_menu_lists_every_language_under_view(window, catalog):
    menu = window.language_menu
    assert menu.menuAction() in window.view_menu.actions()
    assert [a.text() for a in menu.actions()] == [name for _, name in available_languages()]
    assert available_languages() == [("en", "English"), ("zh_CN", "简体中文")]


def test_the_language_follows_the_system_unless_the_user_chose():
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.Taiwan)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert system_language(chinese) == "zh_CN"
    assert system_language(taiwan) == "zh_CN"  # the closest we have
    assert system_language(german) == "en" and system_language(english) == "en"
    assert choose_language(None, chinese) == "zh_CN"
    assert choose_language("en", chinese) == "en"  # the user's choice wins
    assert choose_language("zh_CN", english) == "zh_CN"
    assert choose_language("klingon", chinese) == "zh_CN"


def test_install_language_refuses_unknown_codes(catalog):
    app = QApplication.instance()
    assert not install_language(app, "fr", catalog)
    assert current_language() == "en"


def test_the_update_tool_keeps_ts_and_qm_in_step(tmp_path):
    update_translations.update(directory=tmp_path)
    ts = update_translations.ts_path("zh_CN", tmp_path)
    assert ts.exists() and update_translations.qm_path("zh_CN", tmp_path).exists()
    found = update_translations.messages(ts)
    assert ("MainWindow", "&File") in found and ("LanguageMenu", "&Language") in found
    in_step = [p for p in update_translations.check(tmp_path) if "no translation context" not in p]
    assert in_step == []
    ts.write_text(TINY_TS, encoding="utf-8")  # an old .ts: strings of the code are missing from it
    problems = update_translations.check(tmp_path)
    assert any("new string" in p for p in problems) and any("older" in p for p in problems)
