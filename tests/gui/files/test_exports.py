"""Exports as the user makes them: every picture in every format is a real picture, a full disk is
reported (never "Saved" over a truncated file), and saving through a symbolic link keeps the link."""

from __future__ import annotations

import csv
import errno
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backprop_studio.core.data.csv_data import read_csv
from backprop_studio.core.files import atomic
from backprop_studio.core.files.session_file import load_session
from backprop_studio.gui.files.actions import PICTURE_VIEWS

from .test_file_actions import make_window, train_steps

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"
DOCKS = {"boundary_view": None, "diagram_view": None, "cost_view": "cost_dock", "activation_view": "activation_dock"}


@pytest.fixture
def app(qtbot, tmp_path):
    window, actions, seams = make_window(qtbot, tmp_path)
    yield window, actions, seams
    window.session.pause()


@pytest.fixture
def trained(app):
    """The window after 25 iterations: every view has something to draw."""
    train_steps(app[0].session, 25)
    return app


def colours(image: QImage) -> int:
    """How many different colours the picture has (a blank or failed picture has one)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return len(np.unique(pixels))


def rendered(svg: Path) -> QImage:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), svg
    size = renderer.defaultSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def show_view(window, name: str, qtbot) -> None:
    dock = DOCKS[name]
    if dock is not None:
        getattr(window, dock).raise_()  # as the user clicks its tab: a hidden view is not exported
    qtbot.waitUntil(lambda: window.file_actions.pictures[name].isVisible(), timeout=5000)
    window.refresh_now()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
@pytest.mark.parametrize("name", [name for name, _ in PICTURE_VIEWS])
def test_every_picture_in_every_format_is_a_valid_picture_with_something_drawn(trained, tmp_path, qtbot, name, suffix):
    window, actions, seams = trained
    show_view(window, name, qtbot)
    seams.save_path = str(tmp_path / f"{name}{suffix}")
    assert actions.export_picture(name), seams.errors
    assert not seams.errors and f"Saved {name}{suffix}" in window.statusBar().currentMessage()
    path = Path(seams.save_path)
    data = path.read_bytes()
    if suffix == ".png":
        assert data.startswith(PNG_SIGNATURE)
        image = QImage(str(path))
    else:
        root = ET.fromstring(data)
        assert root.tag == f"{SVG}svg"
        drawn = [e for e in root.iter() if e.tag in {f"{SVG}{t}" for t in ("path", "polyline", "rect", "image", "text")}]
        assert drawn, "the SVG holds no drawing"
        image = rendered(path)
    assert not image.isNull() and image.width() >= 50 and image.height() >= 20
    assert colours(image) > 2, f"{path.name} is blank"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


def test_the_diagram_exports_as_svg_with_its_neurons_and_controls(trained, tmp_path, qtbot):
    window, actions, seams = trained
    show_view(window, "diagram_view", qtbot)
    seams.save_path = str(tmp_path / "diagram.svg")
    assert actions.export_picture("diagram_view"), seams.errors
    text = Path(seams.save_path).read_text(encoding="utf-8")
    renderer = QSvgRenderer(seams.save_path)
    view = window.diagram_view
    assert renderer.viewBox().width() == view.width() and renderer.viewBox().height() == view.height()
    assert "Animate" in text  # the control row is drawn too, as on screen


def _full_disk(monkeypatch):
    real_write = os.write

    def disk_fills_up(fd, data):
        if len(data) > 64:
            real_write(fd, bytes(data[: len(data) // 2]))  # half of it goes to the disk, then it is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", disk_fills_up)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_full_disk_is_reported_and_the_old_picture_is_kept(trained, tmp_path, qtbot, monkeypatch, suffix):
    window, actions, seams = trained
    show_view(window, "boundary_view", qtbot)
    seams.save_path = str(tmp_path / f"boundary{suffix}")
    assert actions.export_picture("boundary_view")
    before = Path(seams.save_path).read_bytes()
    window.statusBar().clearMessage()
    for _ in range(40):
        window.session.step_iteration()
    window.refresh_now()
    with monkeypatch.context() as patched:
        _full_disk(patched)
        assert not actions.export_picture("boundary_view")
    title, message = seams.errors[-1]
    assert title == "Could not export the picture" and "No space left on device" in message
    assert "Saved" not in window.statusBar().currentMessage()
    assert Path(seams.save_path).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_full_disk_while_saving_the_session_keeps_the_file_and_the_unsaved_mark(trained, tmp_path, monkeypatch):
    window, actions, seams = trained
    seams.save_path = str(tmp_path / "run.bpsession")
    assert actions.save_as()
    before = Path(seams.save_path).read_bytes()
    window.session.step_iteration()
    assert window.windowTitle().startswith("• ")
    with monkeypatch.context() as patched:
        _full_disk(patched)
        assert not actions.save()
    assert "No space left on device" in seams.errors[-1][1]
    assert Path(seams.save_path).read_bytes() == before
    assert window.windowTitle().startswith("• ")  # still unsaved, and the window says so


def test_saving_through_a_symbolic_link_updates_its_target_and_keeps_the_link(trained, tmp_path):
    window, actions, seams = trained
    real, synced = tmp_path / "real", tmp_path / "synced"
    real.mkdir()
    synced.mkdir()
    target = real / "class.bpsession"
    target.write_text("{}")
    link = synced / "class.bpsession"
    link.symlink_to(target)
    seams.save_path = str(link)
    assert actions.save_as()
    for _ in range(5):
        window.session.step_iteration()
    assert actions.save()  # Ctrl+S: the same path again
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert load_session(target).trainer_state["iteration"] == 30
    assert sorted(p.name for p in synced.iterdir()) == ["class.bpsession"]
    assert actions.current_path == str(link) and actions.recent.paths()[0] == str(link)


# ---------------------------------------------------------------------- points, pictures, history
def test_export_points_to_csv_reads_back_the_same_dataset(app, tmp_path):
    window, actions, seams = app
    seams.save_path = str(tmp_path / "flower.csv")
    actions.export_csv_action.trigger()
    back = read_csv(seams.save_path)
    assert np.array_equal(back.X, window.session.dataset.X) and np.array_equal(back.y, window.session.dataset.y)


@pytest.mark.parametrize("attribute", ["boundary_view", "cost_view"])
def test_pictures_export_as_png_of_the_plot_size_and_as_svg(app, tmp_path, attribute):
    window, actions, seams = app
    train_steps(window.session, 40)
    window.refresh_now()
    view = getattr(window, attribute)
    seams.save_path = str(tmp_path / f"{attribute}.png")
    assert actions.export_picture(attribute)
    image = QImage(seams.save_path)
    assert not image.isNull() and (image.width(), image.height()) == (view.plot.width(), view.plot.height())
    seams.save_path = str(tmp_path / f"{attribute}.svg")
    assert actions.export_picture(attribute)
    assert Path(seams.save_path).stat().st_size > 1000
    renderer = QSvgRenderer(seams.save_path)
    assert renderer.isValid() and renderer.viewBox().width() == view.plot.width()
    assert not seams.errors


def test_picture_menu_lists_the_views_the_window_has(app):
    window, actions, _ = app
    actions.picture_menu.aboutToShow.emit()
    listed = [a.data() for a in actions.picture_menu.actions()]
    assert listed == ["boundary_view", "cost_view", "diagram_view", "activation_view"]


def test_history_exports_evaluations_and_every_cost(app, tmp_path):
    window, actions, seams = app
    session = window.session
    train_steps(session, 25)
    seams.save_path = str(tmp_path / "history.csv")
    actions.export_history_action.trigger()
    with open(seams.save_path, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["iteration", "train_cost", "test_cost", "train_accuracy", "test_accuracy"]
    evaluations = session.trainer.history.evaluations.array()
    assert len(rows) - 1 == len(evaluations)
    # The default session holds no test set: its columns are empty, the others exact.
    last = evaluations[-1].tolist()
    assert [v == "" for v in rows[-1]] == [x != x for x in last]  # NaN (no value) ↔ an empty cell
    assert [float(v) for v in rows[-1] if v] == [x for x in last if x == x]
    assert rows[-1][0] == "25" and rows[-1][1] and rows[-1][2] == ""
    with open(tmp_path / "history_costs.csv", newline="") as handle:
        costs = list(csv.reader(handle))
    assert costs[0] == ["iteration", "cost"] and len(costs) == 26
    assert float(costs[-1][1]) == session.trainer.history.cost_curve()[1][-1]


def test_a_hidden_view_is_not_exported_and_the_user_is_told(app, tmp_path):
    window, actions, seams = app
    window.cost_dock.close()
    seams.save_path = str(tmp_path / "cost.png")
    assert not actions.export_picture("cost_view")
    assert "hidden" in seams.errors[-1][1] and not Path(seams.save_path).exists()
