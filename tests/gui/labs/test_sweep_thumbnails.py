"""Decision-boundary thumbnails in the experiment runner: one per run, drawn from the boundary core computed at
each run's final parameters (in the sweep's worker), framed in the run's colour, exported as PNGs beside the CSV."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.session import Session
from backprop_studio.core.teaching.experiments import BOUNDARY_RESOLUTION
from backprop_studio.gui.labs.boundary_thumbnails import EXPORT_SIZE, SHOWN_SIZE
from backprop_studio.gui.labs.experiment_runner import ExperimentRunner
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession(DataSpec(test_ratio=0.2))


@pytest.fixture
def runner(qtbot, session) -> ExperimentRunner:
    widget = ExperimentRunner(session)
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    yield widget
    widget.close()


def sweep(runner, qtbot, parameter: str, values: str, iterations: int) -> None:
    runner.parameter_combo.setCurrentIndex(runner.parameter_combo.findData(parameter))
    runner.values_edit.setText(values)
    runner.iterations_spin.setValue(iterations)
    with qtbot.waitSignal(runner.sweep_finished, timeout=60000):
        runner.run_button.click()


def test_one_thumbnail_per_run_from_its_final_parameters(runner, session, qtbot):
    sweep(runner, qtbot, "hidden_units", "1, 4", 300)
    strip = runner.results_view.thumbnails
    assert len(strip.tiles) == len(runner.results()) == 2
    for (picture, caption), run, value in zip(strip.tiles, runner.results(), ("1", "4")):
        assert picture.isVisible() and not picture.pixmap().isNull()
        assert picture.pixmap().width() == SHOWN_SIZE
        assert caption.text().startswith(f"n[1] = {value}\n")
        # Core's forward pass at the run's final parameters (a new session of that run, trained as far).
        model = Session(session.data_spec, run.hyperparameters, dataset=session.dataset)
        model.train(run.iterations)
        box, grid = model.snapshot().output_grid(BOUNDARY_RESOLUTION)
        assert run.boundary[0] == box
        assert run.boundary[1].shape == (1, BOUNDARY_RESOLUTION, BOUNDARY_RESOLUTION)
        np.testing.assert_allclose(run.boundary[1], grid, rtol=1e-9, atol=1e-12)
    # A bigger hidden layer draws a different boundary: the two pictures differ.
    first, second = (picture.pixmap().toImage() for picture, _ in strip.tiles)
    assert first != second


def test_a_new_sweep_replaces_the_thumbnails(runner, qtbot):
    sweep(runner, qtbot, "hidden_units", "1, 2, 3", 20)
    assert len(runner.results_view.thumbnails.tiles) == 3
    sweep(runner, qtbot, "learning_rate", "0.1", 20)
    strip = runner.results_view.thumbnails
    assert len(strip.tiles) == 1 and strip.tiles[0][1].text().startswith("α = 0.1")


def test_the_export_writes_one_png_per_run_beside_the_csv(runner, qtbot, tmp_path):
    target = tmp_path / "sizes.csv"
    runner.ask_save_path = lambda parent: str(target)
    sweep(runner, qtbot, "hidden_units", "1, 2, 5", 50)
    runner.export_button.click()
    assert target.exists()
    pictures = sorted(tmp_path.glob("sizes-boundary-*.png"))
    assert [p.name for p in pictures] == ["sizes-boundary-1-1.png", "sizes-boundary-2-2.png", "sizes-boundary-3-5.png"]
    for path in pictures:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(path))
        assert not image.isNull() and (image.width(), image.height()) == (EXPORT_SIZE, EXPORT_SIZE)
    assert "3 decision-boundary pictures" in runner.export_label.text()
