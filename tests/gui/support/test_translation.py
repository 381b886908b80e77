"""Simplified Chinese everywhere: every string a window shows is translated, the switch works at once and
back, the catalogues are in step with the code, each translation keeps its source's placeholders, tags,
accelerator and numbers, and Chinese text renders with a CJK font.

The walk (tests/gui/visible_texts.py) reads every text of every widget — labels, buttons, titles,
tooltips, menus, combo and tab items, table headers and cells, documents, scene texts — and a failure
lists each untranslated one with the widget it is in.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from backprop_studio.core.teaching.lessons import LESSONS
from backprop_studio.gui.dialogs.csv_import_dialog import CsvImportDialog
from backprop_studio.gui.dialogs.help import library_versions
from backprop_studio.gui.support.i18n import install_language
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession
from tests.gui.visible_texts import untranslated, untranslated_texts, visible_texts

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402 — the project's own lupdate/lrelease wrapper

#: Widgets that show code or the program's own error text, the same in every language: the inspector's
#: NumPy lines, and the error dialog's exception message and traceback (Python's, in English).
CODE_WIDGETS = frozenset({"numpy_code", "error_summary", "error_details"})
#: About lists the libraries and their licences by their own names (Python, LGPLv3, BSD-3-Clause...).
ALLOWED_LINES = frozenset(text for row in library_versions() for text in (row[0], row[2]))
TIMEOUT_MS = 60_000



def full_window(qtbot) -> MainWindow:
    """The main window as main.py builds it (without the settings file; presentation mode not full screen)."""
    window = MainWindow(TrainingSession(), full_screen_presentation=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


class Walk:
    """Collects the untranslated texts of every widget tree it is shown, labelled by where we were."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.count = 0

    def __call__(self, root: QWidget, moment: str) -> None:
        QApplication.processEvents()
        self.count += len(visible_texts(root))
        self.found += [f"{moment}: {entry}" for entry in untranslated_texts(root, ALLOWED_LINES, CODE_WIDGETS)]

    def text(self, text: str, moment: str) -> None:
        """A text that is not in a widget yet (a tooltip built on hover, a message)."""
        self.count += 1
        if untranslated(text, ALLOWED_LINES):
            self.found.append(f"{moment}: {text!r}")

    def assert_clean(self) -> None:
        unique = list(dict.fromkeys(self.found))
        assert not unique, f"{len(unique)} untranslated texts (of {self.count} walked):\n" + "\n".join(unique)


# ----------------------------------------------------------------------------- (a) every string is Chinese
def test_the_main_window_shows_only_chinese(chinese, qtbot):
    window = full_window(qtbot)
    walk = Walk()
    walk(window, "start")
    session = window.session
    # The inspector at every phase of one iteration: forward 1 … L, cost, backward L … 1, update.
    for phase in range(1, 3 * session.trainer.L + 2):
        session.step_phase()
        walk(window.inspector, f"inspector after phase step {phase}")
    # A neuron and an edge as the diagram's hover shows them.
    diagram = getattr(window, "diagram_view", None)
    if diagram is not None:
        walk.text(diagram.tooltip_at(QPointF(diagram.items.neurons[(1, 0)].centre)), "diagram neuron tooltip")
        walk.text(diagram.tooltip_at(QPointF(diagram.items.edge_midpoint(1, 0, 0))), "diagram edge tooltip")
    # A refused value: the panel says why, in Chinese (a message of core, translated).
    window.network_panel.learning_rate_combo.setEditText("-1")
    window.network_panel.learning_rate_combo.lineEdit().editingFinished.emit()
    assert window.network_panel.problem_label.isVisible()
    walk(window.network_panel, "a refused learning rate")
    # Other datasets show other texts (regression, three classes, drawn points).
    for name in ("plane", "spiral3"):
        window.data_panel.thumbnail_buttons[name].click()
        walk(window, f"dataset {name}")
    window.draw_tool.setVisible(True)
    walk(window, "draw mode")
    for show in (window.help_actions.show_help, window.help_actions.show_shortcuts, window.help_actions.show_about):
        walk(show(), show.__name__)
    walk.assert_clean()


def test_a_divergence_is_reported_in_chinese(chinese, qtbot):
    window = full_window(qtbot)
    session = window.session
    assert session.set_learning_rate(1e6)
    with qtbot.waitSignal(session.training_failed, timeout=5000):
        for _ in range(10):  # the cost explodes within a few steps
            session.step_iteration()
            if window.findChild(QMessageBox, "training_failed_box") is not None:
                break
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "training_failed_box") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "training_failed_box")
    walk = Walk()
    walk(box, "divergence box")
    walk.text(window.statusBar().currentMessage(), "status bar")
    walk.assert_clean()
    assert "发散" in box.text()


def test_the_lessons_show_only_chinese(chinese, qtbot):
    from backprop_studio.gui.panels.lesson_panel import LessonPanel

    session = TrainingSession()
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    walk = Walk()
    for lesson in LESSONS:
        assert panel.select_lesson(lesson.name)
        walk(panel, f"lesson {lesson.number} selected")
    assert panel.load_lesson(LESSONS[0].name)
    walk(panel, "lesson 1 loaded")
    walk.assert_clean()


def test_the_labs_and_views_show_only_chinese(chinese, qtbot):
    from backprop_studio.gui.labs.computation_graph_lab import ComputationGraphLab
    from backprop_studio.gui.labs.experiment_runner import ExperimentRunner
    from backprop_studio.gui.labs.gradient_check_dialog import GradientCheckDialog
    from backprop_studio.gui.labs.vectorization_lab import VectorizationLab
    from backprop_studio.gui.views.activation_plot import ActivationPlotView

    session = TrainingSession()
    walk = Walk()

    graph_lab = ComputationGraphLab()
    qtbot.addWidget(graph_lab)
    graph_lab.show()
    walk(graph_lab, "computation graph lab")
    for panel in (graph_lab.simple, graph_lab.logistic):
        panel.step_interval_ms = 5
        with qtbot.waitSignal(panel.forward_finished, timeout=TIMEOUT_MS):
            panel.forward_button.click()
        with qtbot.waitSignal(panel.backward_finished, timeout=TIMEOUT_MS):
            panel.backward_button.click()
        walk(graph_lab, "computation graph after forward and backward")

    runner = ExperimentRunner(session)
    qtbot.addWidget(runner)
    runner.show()
    runner.values_edit.setText("1, 2")
    runner.iterations_spin.setValue(20)
    with qtbot.waitSignal(runner.sweep_finished, timeout=TIMEOUT_MS):
        runner.run_button.click()
    walk(runner, "experiment runner after a sweep")
    runner.close()

    check = GradientCheckDialog(session)
    qtbot.addWidget(check)
    with qtbot.waitSignal(check.check_finished, timeout=TIMEOUT_MS):
        check.show()  # showing it starts a check
        if not check.busy:
            assert check.run()
    walk(check, "gradient check after a check")
    check.close()

    vectorization = VectorizationLab(session)
    qtbot.addWidget(vectorization)
    vectorization.show()
    with qtbot.waitSignal(vectorization.gradient_finished, timeout=TIMEOUT_MS):
        assert vectorization.run_gradient()
    walk(vectorization, "vectorization lab after a gradient")
    vectorization.close()

    activation = ActivationPlotView(session)
    qtbot.addWidget(activation)
    activation.show()
    activation.redraw_now()
    walk(activation, "activation plot")
    walk.assert_clean()


def test_dialogs_show_only_chinese(chinese, qtbot, tmp_path):
    from backprop_studio.gui.support.error_hook import ErrorDialog

    walk = Walk()
    good = tmp_path / "points.csv"
    good.write_text("0.5,1.2,a\n1.5,0.3,b\n-0.2,0.8,a\n2.1,2.2,b\n")
    dialog = CsvImportDialog(str(good))
    qtbot.addWidget(dialog)
    walk(dialog, "CSV import")
    dialog.set_regression(True)
    walk(dialog, "CSV import as regression")
    bad = tmp_path / "bad.csv"
    bad.write_text("0.5,1.2,0\n1.5,?,1\n")
    broken = CsvImportDialog(str(bad))
    qtbot.addWidget(broken)
    assert broken.error_text()
    walk(broken, "CSV import with an error")

    error = ErrorDialog()
    qtbot.addWidget(error)
    error.show_error("ZeroDivisionError: division by zero", "Traceback (most recent call last): ...", None)
    walk(error, "error dialog")
    walk.assert_clean()


# ----------------------------------------------------------------------------- (b) switching at runtime
def test_switching_changes_every_text_at_once_and_back_exactly(qtbot):
    app = QApplication.instance()
    install_language(app, "en")
    window = full_window(qtbot)
    roots = {"window": window, "network panel": window.network_panel, "data panel": window.data_panel,
             "toolbar": window.toolbar}
    english = {name: visible_texts(root) for name, root in roots.items()}
    try:
        assert window.language_menu.choose("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
        chinese = {name: visible_texts(root) for name, root in roots.items()}
        for name, root in roots.items():
            changed = {entry.text for entry in english[name]} - {entry.text for entry in chinese[name]}
            assert changed, f"switching to Chinese changed nothing in the {name}"
            left = untranslated_texts(root, ALLOWED_LINES, CODE_WIDGETS)
            assert not left, f"still English in the {name} after switching:\n" + "\n".join(map(str, left))
        assert window.network_dock.windowTitle() == "网络与训练"
        assert window.network_panel.form_labels["learning_rate"].text() == "学习率 α"
        assert window.data_panel.regenerate_button.text() == "重新生成"
        assert window.actions.step.text() == "单步"
    finally:
        assert window.language_menu.choose("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    for name, root in roots.items():
        # Compared as multisets: Qt may list a menu's children in another order after retitling them.
        before, back = Counter(english[name]), Counter(visible_texts(root))
        assert back == before, f"the {name} did not come back to the same English:\n" + "\n".join(
            [f"lost: {t}" for t in before - back] + [f"new:  {t}" for t in back - before])


# ----------------------------------------------------------------------------- (c) catalogues in step
def test_the_catalogues_are_in_step_with_the_code():
    problems = update_translations.check()
    assert problems == [], "run tools/update_translations.py and translate:\n" + "\n".join(problems)
    messages = update_translations.messages(update_translations.ts_path("zh_CN"))
    unfinished = [key for key, text in messages.items() if not text]
    assert not unfinished, f"{len(unfinished)} strings have no Chinese translation yet: {unfinished[:10]}"


def test_strings_lupdate_cannot_see_are_in_the_catalogue_too():
    """Lesson texts, dataset names, activation names and _tr("...") wrappers come from extra_messages()."""
    from backprop_studio.core.data.datasets import DATASETS
    from backprop_studio.core.teaching.lessons import all_texts

    messages = update_translations.messages(update_translations.ts_path("zh_CN"))
    assert all(messages.get(("Lessons", text)) for text in all_texts())
    assert all(messages.get(("DatasetSpec", spec.label)) and messages.get(("DatasetSpec", spec.description))
               for spec in DATASETS.values())
    assert messages[("Activations", "linear")] == "线性"
    assert messages[("FileDialogs", "NumPy archive (*.npz);;JSON (*.json)")]  # written as _tr("...") in the code


def test_the_check_names_calls_lupdate_cannot_read(tmp_path):
    source = tmp_path / "widget.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Panel'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate(\"Panel\", text)\n"
        "class Panel:\n"
        "    def texts(self):\n"
        "        return [self.tr(\"Seen\"), f\"<b>{self.tr('Inside an f-string')}</b>\", _tr(\"Through a wrapper\"),\n"
        "                QCoreApplication.translate(CONTEXT, \"Context in a variable\")]\n",
        encoding="utf-8")
    assert update_translations.wrapper_messages([source]) == [("Panel", "Through a wrapper")]
    calls = {text for _, _, text in update_translations.literal_calls([source])}
    assert calls == {"Seen", "Inside an f-string", "Context in a variable"}
    ts = tmp_path / "backprop_studio_zh_CN.ts"
    update_translations.lupdate([source], ts)
    found = {text for _, text in update_translations.messages(ts)}
    assert "Through a wrapper" in found  # added by the generated extra source
    # What the check reports: the calls whose text lupdate did not find.
    assert calls - found == {"Inside an f-string", "Context in a variable"}


def _ts_messages() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(update_translations.ts_path("zh_CN")).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("vanished", "obsolete", "unfinished"):
                found.append((context.findtext("name", ""), message.findtext("source", ""), translation.text or ""))
    return found


#: Sources whose number Chinese writes differently: "10 million" is "1000 万".
NUMBERS_REWORDED = frozenset({"Time both ways (the loop over 10 million numbers takes a few seconds)."})


def _accelerator(text: str) -> str | None:
    match = re.search(r"&(?!&|[a-z]+;|#)(\w)", text)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("what, extract", [
    ("placeholders", lambda text: sorted(set(re.findall(r"%\d", text)))),
    ("HTML tags", lambda text: sorted(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", text))),
    ("accelerator", _accelerator),
    ("numbers", lambda text: sorted(re.findall(r"\d+(?:\.\d+)?", text.replace(",", "")))),
])
def test_every_translation_keeps_what_the_code_fills_in(what, extract):
    """%1…, tags, the &-key of menus (文件(&F)) and the numbers a lesson states survive translation."""
    wrong = [f"{context}: {source!r} → {text!r}" for context, source, text in _ts_messages()
             if extract(source) != extract(text) and not (what == "numbers" and source in NUMBERS_REWORDED)]
    assert not wrong, f"translations that change the {what}:\n" + "\n".join(wrong)


def test_the_command_line_chooses_the_language():
    from backprop_studio.gui.app import parse_args

    assert parse_args(["--lang", "zh_CN"]).lang == "zh_CN"
    assert parse_args([]).lang is None  # the saved choice, or the system's
    with pytest.raises(SystemExit):
        parse_args(["--lang", "klingon"])


# ----------------------------------------------------------------------------- (d) Chinese renders
def _cjk_families() -> list[str]:
    return [family for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
            if not QFontDatabase.isPrivateFamily(family)]


def test_chinese_text_renders_with_a_cjk_font(chinese, qtbot):
    from backprop_studio.gui.app import configure_application

    if not _cjk_families():  # asked here: the font database needs the QApplication
        pytest.skip("no CJK font on this machine (CI installs fonts-noto-cjk)")
    app = QApplication.instance()
    configure_application(app)
    window = full_window(qtbot)
    sample = window.network_panel.form_labels["learning_rate"].text()  # "学习率 α", as the panel shows it
    assert sample == "学习率 α"
    metrics = QFontMetrics(window.network_panel.font())
    assert metrics.horizontalAdvance(sample) > 0
    # The app's font list reaches a family that has every glyph of the sample (no boxes).
    families = [f for f in window.network_panel.font().families() if f in _cjk_families()] or _cjk_families()
    raw = QRawFont.fromFont(QFont(families[0]), QFontDatabase.WritingSystem.SimplifiedChinese)
    assert raw.isValid()
    characters = "学习率前向传播反向传播激活函数代价"
    # Glyph 0 is the "missing" box. (QRawFont.supportsCharacter wrongly says no for 率 in Noto CJK.)
    assert all(raw.glyphIndexesForString(characters)), f"{families[0]} lacks glyphs for {characters}"
    cjk_metrics = QFontMetrics(QFont(families[0]))
    assert all(cjk_metrics.inFontUcs4(ord(character)) for character in characters)
