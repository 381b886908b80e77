"""Property-based tests of core (hypothesis): whatever valid values a student picks,
training never leaves NaN or inf in the parameters without saying so, and backprop's
gradients agree with the numerical ones.

* random architectures (0–4 hidden layers of 1–8 units, any hidden activation), every
  registered dataset, learning rates from 1e-4 to 1e3, initialization scales up to 10,
  mini-batches, L2 λ: after up to 40 iterations the parameters are all finite, and if
  training could not go on, ``DivergenceError`` was raised and they are *still* finite;
* gradient checks on random small networks, with the inputs chosen so that no ReLU
  unit sits near its kink at z = 0 (where the two-sided difference straddles the corner).

Kept well under 30 s: small m, few examples per test, no deadline (the machine is shared).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS
from backprop_studio.core.data.datasets import DATASETS, make_dataset
from backprop_studio.core.errors import DivergenceError
from backprop_studio.core.nn.gradient_check import gradient_check
from backprop_studio.core.training.hyperparameters import FEATURES, Hyperparameters
from backprop_studio.core.nn.initialization import INITIALIZATIONS, initialize_parameters_deep
from backprop_studio.core.data.pipeline import DataSpec, fit_problem, prepare
from backprop_studio.core.session import Session
from backprop_studio.core.training.trainer import Trainer
from backprop_studio.core.nn.propagation import L_model_forward

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAX_STEPS = 40


def _session(dataset, hp, test_ratio: float = 0.2, split_seed: int = 1) -> Session:
    """The app's model on these points and hyperparameters."""
    return Session(DataSpec(test_ratio=test_ratio, seed=split_seed), hp, dataset=dataset)


def all_finite(parameters: dict[str, np.ndarray]) -> bool:
    return all(np.isfinite(value).all() for value in parameters.values())


@st.composite
def hidden_layers(draw, max_layers: int = 4, max_units: int = 8):
    n = draw(st.integers(0, max_layers))
    units = tuple(draw(st.integers(1, max_units)) for _ in range(n))
    activations = tuple(draw(st.sampled_from(HIDDEN_ACTIVATIONS)) for _ in range(n))
    return units, activations


@st.composite
def training_setups(draw, log10_learning_rate: tuple[float, float] = (-4.0, 3.0), min_scale: float = 0.0):
    """A dataset and hyperparameters a student could choose, extremes included."""
    name = draw(st.sampled_from(sorted(DATASETS)))
    m = draw(st.integers(max(8, DATASETS[name].n_classes * 3), 60))
    dataset = make_dataset(name, m=m, noise=draw(st.floats(0.0, 1.0)), seed=draw(st.integers(0, 1000)))
    units, activations = draw(hidden_layers())
    features = tuple(draw(st.lists(st.sampled_from(FEATURES), min_size=1, max_size=4, unique=True)))
    hp = Hyperparameters(
        hidden_units=units,
        hidden_activations=activations,
        initialization=draw(st.sampled_from(INITIALIZATIONS)),
        init_scale=draw(st.one_of(st.just(10.0), st.floats(min_scale, 10.0))),
        learning_rate=10 ** draw(st.floats(*log10_learning_rate)),
        batch_size=draw(st.one_of(st.none(), st.integers(1, 64))),
        lambd=draw(st.sampled_from((0.0, 0.0, 0.01, 1.0, 100.0))),
        features=features,
        standardize=draw(st.booleans()),
        seed=draw(st.integers(0, 2**32 - 1)),
    )
    hp = fit_problem(hp, dataset)
    return dataset, hp, draw(st.integers(1, MAX_STEPS)), draw(st.booleans())


@SETTINGS
@given(training_setups())
def test_training_keeps_parameters_finite_or_raises_divergence(setup):
    dataset, hp, steps, by_phases = setup
    trainer = _session(dataset, hp)
    assert all_finite(trainer.parameters())
    diverged = None
    try:
        for _ in range(steps):
            if by_phases:  # the phase-by-phase path must guard divergence as step() does
                trainer.step_phase()
                while trainer.in_iteration:
                    trainer.step_phase()
            else:
                cost = trainer.step()
                assert math.isfinite(cost)
    except DivergenceError as error:
        diverged = error
    event("diverged" if diverged is not None else "trained")
    parameters = trainer.parameters()
    assert all_finite(parameters), "non-finite parameters after training" + (
        "" if diverged is None else f" (and after DivergenceError at {diverged.iteration})")
    if diverged is not None:
        # Raised before the update: the counter stays at the iteration that failed.
        assert diverged.iteration == trainer.iteration
        assert not trainer.in_iteration
    # Every cost the history recorded (and so every point the cost curve plots) is a number.
    _, costs = trainer.trainer.history.cost_curve()
    assert len(costs) == trainer.iteration
    assert np.isfinite(costs).all()


@SETTINGS
@given(training_setups(log10_learning_rate=(1.0, 3.0), min_scale=1.0))
def test_training_can_continue_after_divergence_with_a_small_learning_rate(setup):
    """After a DivergenceError the trainer is usable: a tiny α trains on from the kept parameters."""
    dataset, hp, steps, _ = setup
    trainer = _session(dataset, hp, 0.2, 1)
    try:
        for _ in range(steps):
            trainer.step()
    except DivergenceError:
        event("diverged")
    else:
        return
    # What the app shows next (status bar, cost labels) is evaluated at the kept parameters: a number.
    metrics = trainer.metrics()
    assert math.isfinite(metrics.train_cost)
    assert metrics.test_cost is None or math.isfinite(metrics.test_cost)
    iteration = trainer.iteration
    trainer.set_hyperparameters(learning_rate=1e-6)
    try:
        trainer.step()
    except DivergenceError:
        # Only allowed if the kept parameters themselves give a cost beyond the explosion limit.
        assert trainer.iteration == iteration
    else:
        assert trainer.iteration == iteration + 1
    assert all_finite(trainer.parameters())


# --------------------------------------------------------------------------- gradient checks
KINK_MARGIN = 1e-3  # |Z| below this for a ReLU unit: the ±ε difference could cross the kink


def far_from_kinks(parameters, X, activations) -> bool:
    _, caches = L_model_forward(X, parameters, activations, 0.01)
    for (_, Z), name in zip(caches, activations):
        if name in ("relu", "leaky_relu") and np.abs(Z).min() < KINK_MARGIN:
            return False
    return True


@st.composite
def small_networks(draw):
    n_x = draw(st.integers(1, 3))
    units, activations = draw(hidden_layers(max_layers=3, max_units=4))
    output, n_y = draw(st.sampled_from((("sigmoid", 1), ("softmax", 3), ("linear", 1))))
    layer_dims = [n_x, *units, n_y]
    seed = draw(st.integers(0, 10_000))
    parameters = initialize_parameters_deep(layer_dims, "random", draw(st.floats(0.3, 1.5)), seed)
    rng = np.random.default_rng(seed)
    for l in range(1, len(layer_dims)):  # non-zero biases, so b's gradients are checked for real
        parameters[f"b{l}"] = rng.normal(0, 0.3, parameters[f"b{l}"].shape)
    m = draw(st.integers(1, 6))
    X = rng.normal(0, 1, (n_x, m))
    if output == "sigmoid":
        Y = rng.integers(0, 2, (1, m)).astype(float)
    elif output == "softmax":
        Y = np.eye(3)[:, rng.integers(0, 3, m)]
    else:
        Y = rng.normal(0, 1, (1, m))
    return parameters, X, Y, [*activations, output], draw(st.sampled_from((0.0, 0.1, 1.0)))


@settings(max_examples=200, deadline=None)
@given(small_networks())
def test_backprop_gradients_match_numerical_ones(network):
    parameters, X, Y, activations, lambd = network
    assume(far_from_kinks(parameters, X, activations))
    result = gradient_check(parameters, X, Y, activations, lambd=lambd)
    # Tiny gradients leave only rounding in the difference: compare absolutely then.
    scale = float(np.abs(result.grad).max() + np.abs(result.gradapprox).max())
    assert result.difference < 1e-6 or np.abs(result.grad - result.gradapprox).max() < 1e-8 * max(1.0, scale), (
        f"gradient check failed: difference {result.difference:.3g}, worst {result.worst}")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(DATASETS)), hidden_layers(max_layers=2, max_units=4), st.integers(0, 1000))
def test_the_trainers_fast_gradients_match_numerical_ones(name, layers, seed):
    """The fast engine (one product for W and b, 1/m folded into α) computes the course's dW, db."""
    units, activations = layers
    dataset = make_dataset(name, m=max(6, DATASETS[name].n_classes * 2), seed=seed)
    hp = fit_problem(Hyperparameters(hidden_units=units, hidden_activations=activations,
                                     initialization="random", init_scale=0.7, seed=seed), dataset)
    prepared = prepare(dataset, hp, 0.0, 1)
    trainer = Trainer(hp, prepared.X_train, prepared.Y_train)
    before = trainer.parameters()
    names = hp.activations()
    assume(far_from_kinks(before, prepared.X_train, names))
    trainer.step()
    grads = trainer.gradients()
    result = gradient_check(before, prepared.X_train, prepared.Y_train, names, alpha=hp.leaky_alpha, grads=grads)
    assert result.difference < 1e-6 or np.abs(result.grad - result.gradapprox).max() < 1e-8, (
        f"difference {result.difference:.3g}, worst {result.worst}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(training_setups(), st.lists(st.sampled_from(("step", "phase", "phase", "evaluate")), min_size=1, max_size=40))
def test_steps_and_phases_interleaved_keep_the_trainer_consistent(setup, operations):
    """Whole steps, single phases and evaluations in any order: only DivergenceError ever escapes,
    the counter only moves on whole iterations, and the history has one cost per iteration."""
    dataset, hp, _, _ = setup
    trainer = _session(dataset, hp, 0.2, 1)
    for operation in operations:
        before = trainer.iteration
        try:
            if operation == "step":
                finishing = trainer.in_iteration
                trainer.step()  # finishes a phase-by-phase iteration under way, or takes a whole one
                assert trainer.iteration == before + 1 and not trainer.in_iteration
                if finishing:
                    continue
            elif operation == "phase":
                trainer.step_phase()
                assert trainer.iteration in (before, before + 1)
            else:
                trainer.metrics()
        except DivergenceError:
            assert trainer.iteration == before and not trainer.in_iteration
            break
        assert all_finite(trainer.parameters())
    assert len(trainer.trainer.history.cost_curve()[1]) == trainer.iteration


def test_a_step_that_diverges_while_finishing_phases_leaves_phase_stepping_usable():
    dataset = make_dataset("flower", m=40, seed=1)
    hp = fit_problem(Hyperparameters(learning_rate=1e6), dataset)
    trainer = _session(dataset, hp, 0.2, 1)
    with pytest.raises(DivergenceError):
        for _ in range(10):
            trainer.step_phase()  # start an iteration phase by phase ...
            trainer.step()  # ... and let a whole step finish it (play after a phase step)
    assert not trainer.in_iteration
    with pytest.raises(DivergenceError):  # diverges again at the cost phase (same parameters), never StopIteration
        for _ in range(trainer.trainer.L + 1):
            trainer.step_phase()


def test_evaluating_the_parameters_kept_after_divergence_raises_no_warning():
    """A deep linear regression network at scale 5, α = 10 diverges with parameters ~1e20: evaluating them
    gives J = inf honestly, without a NumPy overflow warning (found by the monkey test, seed 9)."""
    dataset = make_dataset("plane", m=40, noise=0.3, seed=301)
    hp = fit_problem(Hyperparameters(
        hidden_units=(1, 5, 4, 16, 4, 4, 4, 1, 4, 4),
        hidden_activations=("linear", "leaky_relu", "leaky_relu", "linear", "leaky_relu", "linear", "linear",
                            "linear", "linear", "linear"),
        initialization="random", init_scale=5.0, learning_rate=10.0, batch_size=8, lambd=0.3, leaky_alpha=0.53,
        features=("x1", "x2", "x1_squared"), standardize=True, seed=84), dataset)
    trainer = _session(dataset, hp, 0.4, 301)
    with pytest.raises(DivergenceError):
        for _ in range(5):
            trainer.step()
    assert all_finite(trainer.parameters())
    trainer.metrics()  # under -W error a RuntimeWarning here fails the test
