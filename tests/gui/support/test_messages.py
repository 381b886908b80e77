"""Core's English messages reach the user in Chinese: each one here is produced by core itself, not typed.

gui.support.messages recognises a message and rebuilds it from a translated template; what it does not
know it returns unchanged. The panels, the status bar and the file dialogs all pass core's text through it.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from backprop_studio.core.data.csv_data import parse_csv
from backprop_studio.core.data.datasets import make_dataset
from backprop_studio.core.errors import BackpropStudioError, DivergenceError
from backprop_studio.core.training.hyperparameters import MAX_UNITS, Hyperparameters
from backprop_studio.core.files.parameter_file import load_parameters, save_parameters
from backprop_studio.core.files.session_file import load_session
from backprop_studio.core.training.trainer import Trainer
from backprop_studio.gui.support.messages import activation_label, translate_core_message
from backprop_studio.gui.support.i18n import install_language
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.panels.network_panel import NetworkPanel
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def chinese(qtbot):
    app = QApplication.instance()
    assert install_language(app, "zh_CN")
    yield app
    install_language(app, "en")


def message_of(call, *args, **kwargs) -> str:
    """The text of the BackpropStudioError that ``call`` raises."""
    with pytest.raises(BackpropStudioError) as raised:
        call(*args, **kwargs)
    return str(raised.value)


def test_hyperparameter_range_errors(chinese):
    text = message_of(Hyperparameters, learning_rate=-1)
    assert text == "learning rate α must be in [1e-06, 1e+06], got -1"  # core's English, as raised
    assert translate_core_message(text) == "学习率 α 必须在 [1e-06, 1e+06] 之内，得到的是 -1"
    text = message_of(Hyperparameters, hidden_units=(4, 0), hidden_activations=("tanh", "tanh"))
    assert translate_core_message(text) == f"第 2 个隐藏层的单元数 (n[2]) 必须在 1 和 {MAX_UNITS} 之间，得到的是 0"
    text = message_of(Hyperparameters, lambd=float("nan"))
    assert translate_core_message(text).startswith("L2 正则化 λ 必须是有限的数")
    text = message_of(Hyperparameters, features=())
    assert translate_core_message(text) == "请至少选择一个输入特征"


def test_dataset_errors(chinese):
    text = message_of(make_dataset, "flower", m=1)
    assert text.startswith("number of points m must be between")
    translated = translate_core_message(text)
    assert translated.startswith("点数 m 必须在") and translated.endswith("得到的是 1")
    text = message_of(make_dataset, "flower", noise=-0.5)
    assert translate_core_message(text).startswith("噪声 必须在 [")


def test_csv_errors_keep_their_line_number(chinese):
    text = message_of(parse_csv, "x1,x2,label\n1,2,a\n3,abc,b\n")
    assert text == "line 3: x2 is not a number: 'abc'"
    assert translate_core_message(text) == "第 3 行：x2 不是数：'abc'"
    text = message_of(parse_csv, "1;2\n")
    assert translate_core_message(text) == "第 1 行：找到 2 列（用分号分隔），应为 3 列（x1, x2, 标签）"
    text = message_of(parse_csv, "1,2,a\n3,4,a\n")
    assert translate_core_message(text) == "只有一个类别（'a'）：分类至少需要两个类别"
    assert translate_core_message(message_of(parse_csv, "# only a comment\n")).startswith("没有数据行")


def test_parameter_and_session_file_errors(chinese, tmp_path):
    missing = tmp_path / "gone.npz"
    assert translate_core_message(message_of(load_parameters, missing)).startswith("找不到文件：")
    not_zip = tmp_path / "text.npz"
    not_zip.write_text("hello")
    assert translate_core_message(message_of(load_parameters, not_zip)) == "text.npz 不是 .npz 归档（它不是 zip 文件）"
    no_bias = tmp_path / "no_bias.npz"
    np.savez(no_bias, W1=np.ones((4, 2)), W2=np.ones((1, 4)), b2=np.zeros((1, 1)))
    assert translate_core_message(message_of(load_parameters, no_bias)) == "缺少 b1（第 1 层的偏置，形状为 (n[1], 1)）"
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, W1=np.ones((4, 2)), b1=np.zeros((4, 1)), W2=np.ones((1, 3)), b2=np.zeros((1, 1)))
    assert translate_core_message(message_of(load_parameters, wrong)) == (
        "W2 的形状为 (1, 3)，但 W1 的形状为 (4, 2)：W2 需要 n[1] = 4 列，第 1 层的每个单元一列")
    broken = tmp_path / "broken.bpsession"
    broken.write_text('{"format": "backprop-studio-session", "format_ver')
    assert "不是有效的 JSON（文件被截断了？）" in translate_core_message(message_of(load_session, broken))
    params = tmp_path / "params.json"  # parameters saved by the app, opened as a session
    save_parameters(params, TrainingSession().trainer.parameters())
    assert translate_core_message(message_of(load_session, params)) == (
        "params.json 中是参数而不是会话：请使用 文件 → 导入参数")
    not_session = tmp_path / "other.bpsession"
    not_session.write_text(json.dumps({"format": "something else"}))
    assert translate_core_message(message_of(load_session, not_session)) == (
        'other.bpsession 不是 Backprop Studio 会话（没有 "format": "backprop-studio-session"）')


def test_divergence(chinese):
    session = TrainingSession()
    p = session.prepared
    trainer = Trainer(session.hyperparameters.with_changes(learning_rate=1e6), p.X_train, p.Y_train)
    with pytest.raises(DivergenceError) as raised:
        for _ in range(50):
            trainer.step()
    translated = translate_core_message(str(raised.value))
    assert translated.startswith(f"训练在第 {raised.value.iteration} 次迭代发散")
    assert "学习率 α（当前为 1e+06）" in translated


def test_unknown_messages_and_english_pass_unchanged(chinese, qtbot):
    assert translate_core_message("something core never says") == "something core never says"
    text = message_of(Hyperparameters, learning_rate=-1)
    install_language(QApplication.instance(), "en")
    assert translate_core_message(text) == text  # English: the source text, exactly


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
    assert blocker.args[0] == "learning rate α must be in [1e-06, 1e+06], got -1"  # what the session said
    assert panel.problem_label.text() == "学习率 α 必须在 [1e-06, 1e+06] 之内，得到的是 -1"
    assert window.statusBar().currentMessage() == panel.problem_label.text()
    # Switching back to English shows the same problem in English.
    install_language(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: panel.problem_label.text() == "learning rate α must be in [1e-06, 1e+06], got -1",
                    timeout=2000)


def test_a_file_error_dialog_is_in_chinese(chinese, qtbot, tmp_path):
    window = MainWindow(TrainingSession())
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    window.file_actions.show_error = lambda title, message: shown.append((title, message))
    bad = tmp_path / "bad.npz"
    np.savez(bad, W1=np.ones((4, 2)), W2=np.ones((1, 4)), b2=np.zeros((1, 1)))
    assert not window.file_actions.import_parameters(str(bad))
    assert shown == [("无法导入 bad.npz", "缺少 b1（第 1 层的偏置，形状为 (n[1], 1)）")]
