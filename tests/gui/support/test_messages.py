"""Core's errors reach the user in their language: each one here is raised by core itself, not typed.

An error carries a code and arguments; gui.support.messages.format_message fills in the translated
template (context "CoreMessages"), nested messages (a quantity's name, a CSV line's reason) translated
too, and shows the English when a translation's fields do not match. The panels, the status bar, the
divergence box and the file dialogs all show what it makes.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from backprop_studio.core.data.csv_data import parse_csv
from backprop_studio.core.data.datasets import DATASETS, M_RANGE, make_dataset
from backprop_studio.core.errors import BackpropStudioError, DivergenceError
from backprop_studio.core.files.parameter_file import load_parameters, save_parameters
from backprop_studio.core.files.session_file import load_session, save_session
from backprop_studio.core.messages import MESSAGES, Message
from backprop_studio.core.training.hyperparameters import FEATURES, MAX_UNITS, Hyperparameters
from backprop_studio.core.training.trainer import Trainer
from backprop_studio.gui.files.parameter_import import adopted_hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.panels.network_panel import NetworkPanel
from backprop_studio.gui.support.i18n import install_language
from backprop_studio.gui.support.messages import activation_label, format_message
from backprop_studio.gui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]



def error_of(call, *args, **kwargs) -> BackpropStudioError:
    """The BackpropStudioError that ``call`` raises."""
    with pytest.raises(BackpropStudioError) as raised:
        call(*args, **kwargs)
    return raised.value


def _session_file(tmp_path: Path, **hyperparameters) -> Path:
    """A session file saved by core, then edited by hand to hold ``hyperparameters``."""
    path = tmp_path / "edited.bpsession"
    save_session(path, TrainingSession().model.state())
    document = json.loads(path.read_text(encoding="utf-8"))
    document["hyperparameters"].update(hyperparameters)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _bad_npz(tmp_path: Path, name: str, **arrays) -> Path:
    path = tmp_path / name
    np.savez(path, **arrays)
    return path


# (what, how core is made to raise it, the English, the Chinese)
CASES = [
    ("range", lambda tmp: error_of(Hyperparameters, learning_rate=-1),
     "learning rate α must be in [1e-06, 1e+06], got -1",
     "学习率 α 必须在 [1e-06, 1e+06] 之内，得到的是 -1"),
    ("between", lambda tmp: error_of(Hyperparameters, hidden_units=(4, 0), hidden_activations=("tanh", "tanh")),
     f"units in hidden layer 2 (n[2]) must be between 1 and {MAX_UNITS}, got 0",
     f"第 2 个隐藏层的单元数 (n[2]) 必须在 1 和 {MAX_UNITS} 之间，得到的是 0"),
    ("whole number", lambda tmp: error_of(Hyperparameters, hidden_units=(2.5,)),
     "units in hidden layer 1 (n[1]) must be a whole number, got 2.5",
     "第 1 个隐藏层的单元数 (n[1]) 必须是整数，得到的是 2.5"),
    ("not finite", lambda tmp: error_of(Hyperparameters, lambd=float("nan")),
     "L2 regularization λ must be a finite number, got nan",
     "L2 正则化 λ 必须是有限的数，得到的是 nan"),
    ("points", lambda tmp: error_of(make_dataset, "flower", m=1),
     f"number of points m must be between 2 and {M_RANGE[1]}, got 1",
     f"点数 m 必须在 2 和 {M_RANGE[1]} 之间，得到的是 1"),
    ("unknown name", lambda tmp: error_of(make_dataset, "nope"),
     f"unknown dataset 'nope'; known: {', '.join(DATASETS)}",
     f"未知的数据集 'nope'；已知的有：{', '.join(DATASETS)}"),
    ("unknown feature", lambda tmp: error_of(Hyperparameters, features=("x3",)),
     f"unknown input feature 'x3'; known: {', '.join(FEATURES)}",
     f"未知的输入特征 'x3'；已知的有：{', '.join(FEATURES)}"),
    ("nothing chosen", lambda tmp: error_of(Hyperparameters, features=()),
     "choose at least one input feature", "请至少选择一个输入特征"),
    ("CSV line", lambda tmp: error_of(parse_csv, "x1,x2,label\n1,2,a\n3,abc,b\n"),
     "line 3: x2 is not a number: 'abc'", "第 3 行：x2 不是数：'abc'"),
    ("CSV separator", lambda tmp: error_of(parse_csv, "1;2\n"),
     "line 1: found 2 column(s) separated by semicolons, 3 expected (x1, x2, label)",
     "第 1 行：找到 2 列（用分号分隔），应为 3 列（x1, x2, 标签）"),
    ("CSV one class", lambda tmp: error_of(parse_csv, "1,2,a\n3,4,a\n"),
     "only one class ('a'): a classification needs at least two classes",
     "只有一个类别（'a'）：分类至少需要两个类别"),
    ("not a zip", lambda tmp: error_of(load_parameters, _text_file(tmp / "text.npz")),
     "text.npz is not an .npz archive (it is not a zip file)", "text.npz 不是 .npz 归档（它不是 zip 文件）"),
    ("missing bias", lambda tmp: error_of(load_parameters, _bad_npz(
        tmp, "no_bias.npz", W1=np.ones((4, 2)), W2=np.ones((1, 4)), b2=np.zeros((1, 1)))),
     "missing b1 (the bias of layer 1, shape (n[1], 1))", "缺少 b1（第 1 层的偏置，形状为 (n[1], 1)）"),
    ("shapes", lambda tmp: error_of(load_parameters, _bad_npz(
        tmp, "wrong.npz", W1=np.ones((4, 2)), b1=np.zeros((4, 1)), W2=np.ones((1, 3)), b2=np.zeros((1, 1)))),
     "W2 has shape (1, 3) but W1 has shape (4, 2): W2 needs n[1] = 4 columns, one per unit of layer 1",
     "W2 的形状为 (1, 3)，但 W1 的形状为 (4, 2)：W2 需要 n[1] = 4 列，第 1 层的每个单元一列"),
    ("parameters as a session", lambda tmp: error_of(load_session, _parameters_file(tmp / "params.json")),
     "params.json holds parameters, not a session: use File → Import parameters",
     "params.json 中是参数而不是会话：请使用 文件 → 导入参数"),
    ("no format", lambda tmp: error_of(load_session, _text_file(tmp / "other.bpsession", '{"format": "x"}')),
     'other.bpsession is not a Backprop Studio session (no "format": "backprop-studio-session")',
     'other.bpsession 不是 Backprop Studio 会话（没有 "format": "backprop-studio-session"）'),
    ("three levels", lambda tmp: error_of(load_session, _session_file(tmp, learning_rate=-1)),
     "hyperparameters: learning rate α must be in [1e-06, 1e+06], got -1",
     "超参数：学习率 α 必须在 [1e-06, 1e+06] 之内，得到的是 -1"),
    ("problem kinds", lambda tmp: error_of(
        adopted_hyperparameters, Hyperparameters(), make_dataset("flower"),
        {"W1": np.ones((4, 2)), "b1": np.zeros((4, 1)), "W2": np.ones((1, 4)), "b2": np.zeros((1, 1))},
        {"problem": "regression"}),
     "these parameters were trained for a regression problem, but the current data is binary: "
     "load matching data first",
     "这些参数是为回归问题训练的，但当前数据是二分类问题：请先加载相匹配的数据"),
]


def _text_file(path: Path, text: str = "hello") -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _parameters_file(path: Path) -> Path:
    save_parameters(path, TrainingSession().trainer.parameters())
    return path


@pytest.mark.parametrize("what, make, english, translated", CASES, ids=[case[0] for case in CASES])
def test_core_errors_in_english_and_in_chinese(what, make, english, translated, tmp_path, qtbot):
    error = make(tmp_path)
    assert str(error) == english  # core's own text (the CLI prints it)
    assert format_message(error) == english  # the GUI in English shows the same
    app = QApplication.instance()
    assert install_language(app, "zh_CN")
    try:
        assert format_message(error) == translated
    finally:
        install_language(app, "en")
    assert format_message(error) == english  # and back


def test_a_file_not_found_keeps_the_path(chinese, tmp_path):
    missing = tmp_path / "gone.npz"
    assert format_message(error_of(load_parameters, missing)) == f"找不到文件：{str(missing)!r}"


def test_the_divergence_message_with_its_advice(chinese):
    session = TrainingSession()
    p = session.prepared
    trainer = Trainer(session.hyperparameters.with_changes(learning_rate=1e6), p.X_train, p.Y_train)
    with pytest.raises(DivergenceError) as raised:
        for _ in range(50):
            trainer.step()
    error = raised.value
    cost = error.arguments["cost"]
    assert format_message(error) == (
        f"训练在第 {error.iteration} 次迭代发散：代价变成了 {cost}。已保留最后一组有限的参数。请尝试更小的学习率 α"
        "（当前为 1e+06）或更小的初始化缩放系数，然后按“重置”(R)：保留下来的参数可能已经大到无法恢复。")
    install_language(QApplication.instance(), "en")
    assert format_message(error) == str(error) == (
        f"Training diverged at iteration {error.iteration}: the cost became {cost}. The last finite parameters "
        "were kept. Try a smaller learning rate α (now 1e+06) or a smaller initialization scale, then press "
        "Reset (R): the kept parameters may already be too large to recover from.")


class _Override(QTranslator):
    """Gives its own translation of some CoreMessages templates, as a careless catalogue might."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 — Qt's virtual
        return self.table.get(source) if context == "CoreMessages" else None

    def isEmpty(self) -> bool:  # noqa: N802 — Qt's name
        return False


@pytest.mark.parametrize("broken", [
    "{名字} 必须在 [{low:g}, {high:g}] 之内，得到的是 {value:g}",   # a field renamed
    "{name} 超出范围",                                              # fields dropped
    "{name} 必须在 [{low:g}, {high:g}] 之内，得到的是 {value:d}",    # a spec that cannot show 2.5
    "{name} 必须在 [{low:g}, {high:g}] 之内，得到的是 {value",       # a lone brace
])
def test_a_translation_with_broken_fields_falls_back_to_english(chinese, broken):
    error = error_of(make_dataset, "flower", noise=7.5)
    override = _Override({MESSAGES["value.out_of_range"]: broken})
    app = QApplication.instance()
    app.installTranslator(override)
    try:
        # The English template, with the quantity still in Chinese: nothing is lost and nothing crashes.
        assert format_message(error) == "噪声 must be in [0, 5], got 7.5"
        override.table[MESSAGES["value.out_of_range"]] = "{name}：{value:g} 不在 [{low:g}, {high:g}] 之内"
        assert format_message(error) == "噪声：7.5 不在 [0, 5] 之内"  # a sound translation is used
    finally:
        app.removeTranslator(override)


def test_every_chinese_template_keeps_the_fields_of_its_english():
    """Names, conversions (!r) and format specs (:g) of every {field} survive translation."""
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import update_translations

    def shape(template: str) -> list[tuple]:
        return sorted((name, conversion or "", spec or "")
                      for _, name, spec, conversion in string.Formatter().parse(template) if name is not None)

    catalogue = update_translations.messages(update_translations.ts_path("zh_CN"))
    wrong = [f"{source!r} → {text!r}" for (context, source), text in catalogue.items()
             if context == "CoreMessages" and text and shape(text) != shape(source)]
    assert not wrong, "\n".join(wrong)
    assert all(catalogue.get(("CoreMessages", template)) for template in MESSAGES.values())


def test_other_errors_and_texts_are_shown_as_they_are(chinese):
    assert format_message(OSError("disk full")) == "disk full"
    assert format_message("something the GUI said") == "something the GUI said"
    assert format_message(Message("term.noise")) == "噪声"


def test_activation_names(chinese):
    assert [activation_label(n) for n in ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax")] == [
        "sigmoid", "tanh", "ReLU", "Leaky ReLU", "线性", "softmax"]


def test_a_refused_value_is_explained_in_chinese_in_the_panel_and_the_status_bar(chinese, qtbot):
    window = MainWindow(TrainingSession())
    qtbot.addWidget(window)
    panel: NetworkPanel = window.network_panel
    combo = panel.learning_rate_combo
    combo.setEditText("-1")
    with qtbot.waitSignal(window.session.problem_reported) as blocker:
        combo.lineEdit().editingFinished.emit()
    assert blocker.args[0] == "学习率 α 必须在 [1e-06, 1e+06] 之内，得到的是 -1"  # what the session said
    assert panel.problem_label.text() == blocker.args[0]
    assert window.statusBar().currentMessage() == panel.problem_label.text()
    # Switching back to English shows the same problem in English.
    install_language(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: panel.problem_label.text() == "learning rate α must be in [1e-06, 1e+06], got -1",
                    timeout=2000)


def test_a_typed_learning_rate_that_is_not_a_number_is_refused_in_chinese(chinese, qtbot):
    session = TrainingSession()
    with qtbot.waitSignal(session.problem_reported) as blocker:
        assert not session.set_learning_rate("abc")
    assert blocker.args[0] == "学习率 α 必须是数，而不是“abc”。"


def test_a_file_error_dialog_is_in_chinese(chinese, qtbot, tmp_path):
    window = MainWindow(TrainingSession())
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    window.file_actions.show_error = lambda title, message: shown.append((title, message))
    bad = tmp_path / "bad.npz"
    np.savez(bad, W1=np.ones((4, 2)), W2=np.ones((1, 4)), b2=np.zeros((1, 1)))
    assert not window.file_actions.import_parameters(str(bad))
    assert shown == [("无法导入 bad.npz", "缺少 b1（第 1 层的偏置，形状为 (n[1], 1)）")]


def test_the_csv_import_dialog_shows_the_line_and_its_reason_in_chinese(chinese, qtbot, tmp_path):
    from backprop_studio.gui.dialogs.csv_import_dialog import CsvImportDialog

    bad = tmp_path / "bad.csv"
    bad.write_text("0.5,1.2,0\n1.5,?,1\n", encoding="utf-8")
    dialog = CsvImportDialog(str(bad))
    qtbot.addWidget(dialog)
    assert dialog.error_text() == "无法加载此文件。第 2 行：x2 不是数：'?'"
