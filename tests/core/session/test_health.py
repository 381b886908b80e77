"""Health: each condition shows on a network built to show it, and not on a healthy one, over several seeds.

The runs are the course's flower (and lesson 9's circles): the rises, the dead units and the saturation
measured here sit far from the thresholds (a rise of 15 % per step against 5 %; 4 of 4 units dead
against a quarter; 4 of 4 saturated against a half), so no test rests on a CPU's rounding.
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.errors import DivergenceError
from backprop_studio.core.messages import MESSAGES
from backprop_studio.core.session import Session
from backprop_studio.core.session.health import (EXPLODING_WEIGHT, MAX_EXAMPLES, RANKS, WINDOW, cost_trend, diagnose,
                                                 sample_columns)
from backprop_studio.core.training.hyperparameters import Hyperparameters

SEEDS = (1, 2, 3, 4)


def codes(session: Session) -> list[str]:
    return [finding.code for finding in diagnose(session.snapshot())]


def train(session: Session, iterations: int) -> None:
    """Train, stopping quietly on divergence (the snapshot then carries it)."""
    try:
        session.train(iterations)
    except DivergenceError:
        pass


def test_every_code_has_a_template_and_a_rank():
    assert set(RANKS) == {code for code in MESSAGES if code.startswith("health.")}


# ---------------------------------------------------------------------------------------------- healthy
@pytest.mark.parametrize("data_seed", [1, 2, 3])
@pytest.mark.parametrize("seed", SEEDS)
def test_the_courses_run_is_healthy_from_start_to_end(seed, data_seed):
    """The default network at α = 1.2: nothing to report at any point, although its trained tanh
    units end up on their flat parts for most examples (that is learning, not saturation trouble)."""
    session = Session(DataSpec(seed=data_seed), Hyperparameters(seed=seed))
    for iteration in (0, 50, 300, 1000, 3000):
        train(session, iteration - session.iteration)
        assert codes(session) == [], (iteration, diagnose(session.snapshot()))


@pytest.mark.parametrize("seed", SEEDS)
def test_a_relu_network_at_a_small_alpha_is_healthy(seed):
    session = Session(DataSpec(), Hyperparameters(hidden_units=(8,), hidden_activations=("relu",),
                                                  initialization="he", learning_rate=0.1, seed=seed))
    train(session, 2000)
    assert codes(session) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mini_batch_noise_is_not_reported(seed):
    session = Session(DataSpec(), Hyperparameters(batch_size=32, seed=seed))
    for iteration in (100, 500, 2000):
        train(session, iteration - session.iteration)
        assert codes(session) == []


# ---------------------------------------------------------------------------------------------- the cost
@pytest.mark.parametrize("seed", SEEDS)
def test_alpha_10_makes_the_cost_rise_then_go_up_and_down_and_alpha_1_2_clears_it(seed):
    """Lesson 10's α = 10 on the flower: J climbs from 0.69 to ~2 within 20 iterations, then jumps
    up and down; back at α = 1.2 the cost only falls and the finding goes away."""
    session = Session(DataSpec(), Hyperparameters(learning_rate=10.0, seed=seed))
    train(session, 20)
    assert codes(session) == ["health.cost_rising"]
    finding = diagnose(session.snapshot())[0]
    assert finding.message.arguments["last"] > 1.5 * finding.message.arguments["first"]
    assert finding.message.arguments["learning_rate"] == 10.0
    train(session, 80)  # iteration 100: the window no longer starts at 0.69
    assert codes(session) in (["health.cost_oscillating"], ["health.cost_rising"], [])
    seen = set()
    for _ in range(6):  # over the next iterations the cost keeps going up and down
        train(session, 20)
        seen.update(codes(session))
    assert "health.cost_oscillating" in seen
    session.set_hyperparameters(learning_rate=1.2)
    train(session, WINDOW + 10)
    assert codes(session) == []


def test_the_window_reads_the_curve_not_the_whole_run():
    iterations = np.arange(200)
    falling = 1.0 / (1.0 + iterations)
    assert cost_trend(iterations, falling, 1.2) is None
    risen = falling.copy()
    risen[-20:] = np.linspace(falling[-21], 2 * falling[-21], 20)
    finding = cost_trend(iterations, risen, 1.2)
    assert finding.code == "health.cost_rising" and finding.message.arguments["end"] == 199
    zigzag = 0.3 + 0.05 * (iterations % 2)
    assert cost_trend(iterations, zigzag, 1.2).code == "health.cost_oscillating"
    assert cost_trend(iterations[:5], zigzag[:5], 1.2) is None  # too few points say nothing
    tiny = 1e-6 * (1 + (iterations % 2))  # a cost near 0 wobbling by rounding-sized amounts
    assert cost_trend(iterations, tiny, 1.2) is None
    old_spike = falling.copy()
    old_spike[10] = 5.0  # long ago: out of the window
    assert cost_trend(iterations, old_spike, 1.2) is None


# ---------------------------------------------------------------------------------------------- weights
def test_divergence_comes_first_with_its_iteration_and_alpha():
    session = Session(DataSpec(), Hyperparameters(learning_rate=1e6))
    train(session, 50)
    findings = diagnose(session.snapshot())
    assert findings[0].code == "health.diverged"
    assert findings[0].message.arguments["iteration"] == session.snapshot().divergence.iteration
    assert "1e+06" in str(findings[0].message)
    assert [f.rank for f in findings] == sorted(f.rank for f in findings)


@pytest.mark.parametrize("seed", SEEDS)
def test_exploding_weights_are_reported_with_their_layer_and_not_before(seed):
    session = Session(DataSpec(), Hyperparameters(seed=seed))
    train(session, 3000)  # trained: |W| stays near 15
    assert "health.exploding_weights" not in codes(session)
    parameters = session.parameters()
    parameters["W2"][0, 1] = 10 * EXPLODING_WEIGHT
    session.set_parameters(parameters)
    finding = diagnose(session.snapshot())[0]
    assert finding.code == "health.exploding_weights" and finding.layer == 2
    assert finding.message.arguments["value"] == 10 * EXPLODING_WEIGHT


# ---------------------------------------------------------------------------------------------- units
def test_dead_relu_units_are_counted_per_layer():
    """Units 1 and 3 of layer 1 get a bias so negative that Z ≤ 0 for every example: 2 of 4 dead."""
    hp = Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "relu"), initialization="he")
    session = Session(DataSpec(), hp)
    assert codes(session) == []
    parameters = session.parameters()
    parameters["b1"][[1, 3], 0] = -100.0
    session.set_parameters(parameters)
    (finding,) = diagnose(session.snapshot())
    assert finding.code == "health.dead_units" and finding.layer == 1
    assert (finding.message.arguments["dead"], finding.message.arguments["units"]) == (2, 4)
    parameters["b1"][[1, 3], 0] = 0.0  # alive again (an edit): the finding goes
    session.set_parameters(parameters)
    assert codes(session) == []


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_relu_at_alpha_10_is_flagged_dead_or_diverged(seed):
    """The issue's run: layer 1 ReLU at α = 10. Either all four units die (J stuck at 1.04, 50 %) or the
    cost blows up first; either way the student is told, with the advice."""
    session = Session(DataSpec(), Hyperparameters(hidden_activations=("relu",), learning_rate=10.0, seed=seed))
    train(session, 300)
    found = codes(session)
    assert "health.diverged" in found or "health.dead_units" in found
    if "health.dead_units" in found:
        dead = next(f for f in diagnose(session.snapshot()) if f.code == "health.dead_units")
        assert dead.message.arguments["dead"] >= 2


@pytest.mark.parametrize("seed", SEEDS)
def test_weights_too_large_from_the_start_are_saturation_and_a_small_scale_clears_it(seed):
    """Lesson 9: × 10 weights on the circles put most tanh units on their flat parts from iteration 0
    and keep them there (accuracy crawls); × 0.01 starts on the slopes, and nothing is reported."""
    session = Session()
    session.load_lesson("large_initialization")
    session.set_hyperparameters(seed=seed)
    assert codes(session) == ["health.saturated_units"]
    train(session, 500)
    (finding,) = diagnose(session.snapshot())
    assert finding.code == "health.saturated_units" and finding.layer == 1
    assert finding.message.arguments["saturated"] >= 3 and finding.message.arguments["activation"] == "tanh"
    session.set_hyperparameters(init_scale=0.01)
    for _ in range(5):
        train(session, 100)
        assert codes(session) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_raw_inputs_saturate_and_standardizing_clears_it(seed):
    session = Session()
    session.load_lesson("input_scaling")
    session.set_hyperparameters(seed=seed)
    train(session, 300)
    assert codes(session) == ["health.saturated_units"]
    session.set_hyperparameters(standardize=True)
    train(session, 300)
    assert codes(session) == []


def test_big_training_sets_are_subsampled_evenly():
    columns = sample_columns(100_000)
    assert len(columns) <= MAX_EXAMPLES and columns[0] == 0 and columns[-1] == 99_999
    assert np.all(np.diff(columns) > 0)
    np.testing.assert_array_equal(sample_columns(300), np.arange(300))
    session = Session(DataSpec(m=20_000), Hyperparameters(hidden_activations=("relu",)))
    assert codes(session) == []  # diagnosed on 1,000 of the 20,000 examples


def test_messages_say_what_to_try():
    session = Session(DataSpec(), Hyperparameters(learning_rate=10.0, seed=2))
    train(session, 20)
    text = str(diagnose(session.snapshot())[0].message)
    assert text.startswith("The cost is rising") and "smaller learning rate α (now 10)" in text
