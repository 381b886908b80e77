"""Every number and comparison a lesson's text states, on the preset's seeds and nearby ones.

Each test quotes the text it checks. A claim must hold on every seed tested, with a margin
where it is measured (an accuracy, an iteration count), so that another BLAS kernel's
rounding cannot flip it; a text that says "usually" is tested as a majority (``most``).
Numbers a text gives "here" or "as in the course" are also checked on the preset's own data.
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.nn.engine import parameter_count
from backprop_studio.core.teaching.experiments import parse_values, run_sweep
from backprop_studio.core.teaching.lesson_checks import hidden_saturation, logit_is_affine, rows_equal
from backprop_studio.core.teaching.lessons import get_lesson

from .lesson_seeds import (first_reaching, lesson_session, most, nearby, other_data, replayed, setup, setup_spec,
                           train_accuracy)


def costs_of(trainer, n: int) -> np.ndarray:
    """J before each of the next n updates."""
    return np.array([trainer.step() for _ in range(n)])


def rises(costs: np.ndarray, by: float = 0.0) -> int:
    """How often J went up by more than ``by`` (and more than rounding) from one iteration to the next."""
    step = np.diff(costs)
    return int(np.sum((step > by) & (step > 1e-9 * np.abs(costs[:-1]))))  # the lesson log's rounding rule


def test_lesson_1_logistic_regression_stalls_near_47_percent():
    lesson = get_lesson("logistic_regression")
    trainer, prepared = setup(lesson)
    assert train_accuracy(trainer, 2000) == pytest.approx(0.47, abs=0.005)  # the course's flower: its 47 %
    for seeds in nearby(lesson):
        trainer, prepared = setup(lesson, seeds)
        costs = costs_of(trainer, 2000)
        accuracy = trainer.evaluate().train_accuracy
        assert 0.43 <= accuracy <= 0.52, seeds  # "stalls near 47 %" (the check allows 40–55 %)
        assert abs(costs[999] - costs[-1]) < 1e-6, seeds  # "the cost stops falling"
        assert logit_is_affine(trainer, prepared), seeds  # "the boundary is a straight line, and stays one"


def test_lesson_5_one_hidden_layer_climbs_to_about_90_percent():
    """"accuracy climbs to about 90 % (the course's number)": on the course's flower for every nearby
    init seed; on other flowers usually (see test_lessons.USUALLY_ON_OTHER_DATA)."""
    lesson = get_lesson("one_hidden_layer")
    new_data = []
    for seeds in nearby(lesson):
        trainer, _ = setup(lesson, seeds)
        first = first_reaching(trainer, 0.88, 1000)  # the check: 88 % within 1,000
        accuracy = train_accuracy(trainer, 3000 - trainer.iteration)  # the demo's 3,000
        good = first is not None and first <= 800 and 0.88 <= accuracy <= 0.95
        if other_data(lesson, seeds):
            new_data.append(good)
        else:
            assert good and accuracy <= 0.92, (seeds, first, accuracy)
    assert most(new_data), new_data


def test_lesson_6_sigmoid_slowest_relu_fastest():
    """"Sigmoid learns slowest … tanh is faster … ReLU and leaky ReLU are fastest here" (cost after 300)."""
    lesson = get_lesson("activations")
    for seeds in nearby(lesson):
        cost = {}
        for g in ("sigmoid", "tanh", "relu", "leaky_relu"):
            trainer, _ = setup(lesson, seeds, hidden_activations=(g,))
            for _ in range(300):
                trainer.step()
            cost[g] = trainer.evaluate().train_cost
        assert cost["sigmoid"] > 2 * cost["tanh"], (seeds, cost)  # at least 3× on every seed tried
        assert max(cost["relu"], cost["leaky_relu"]) < 0.8 * cost["tanh"], (seeds, cost)  # at most 0.6×


def test_lesson_7_linear_units_give_a_line_and_tanh_does_not():
    lesson = get_lesson("why_nonlinear")
    for seeds in nearby(lesson):
        trainer, prepared = setup(lesson, seeds)
        for _ in range(2000):
            trainer.step()
        assert logit_is_affine(trainer, prepared), seeds  # "stays a straight line, however long you train"
        assert trainer.evaluate().train_accuracy < 0.65, seeds
        tanh, prepared = setup(lesson, seeds, hidden_activations=("tanh",) * 3)
        for _ in range(300):
            tanh.step()
        assert not logit_is_affine(tanh, prepared), seeds  # "the same network bends its boundary"


def test_lesson_8_zero_init_is_one_unit_random_init_is_not():
    lesson = get_lesson("zero_initialization")
    for seeds in nearby(lesson):
        zeros, _ = setup(lesson, seeds)
        accuracy = train_accuracy(zeros, 1000)
        W1, W2 = zeros.parameters()["W1"], zeros.parameters()["W2"]
        assert rows_equal(W1) and rows_equal(W2.T) and np.abs(W1).max() > 0.05, seeds  # identical, not frozen
        one, _ = setup(lesson, seeds, hidden_units=(1,), initialization="random")
        assert accuracy <= train_accuracy(one, 1000) + 0.03, seeds  # "no better than with one hidden unit"
        random, _ = setup(lesson, seeds, initialization="random")
        first = first_reaching(random, 0.85, 2000)
        assert first is not None and first <= 1600, (seeds, first)  # "passes 85 %" (check: within 2,000)
        assert not rows_equal(random.parameters()["W1"]), seeds  # "the units differ"
    zeros, _ = setup(lesson)
    assert 0.62 <= train_accuracy(zeros, 1000) <= 0.72  # "about 67 % here"
    # The reason given in the text: tanh, or exactly balanced classes, freeze zero weights completely.
    frozen, _ = setup(lesson, hidden_activations=("tanh",))
    balanced, _ = setup_spec(DataSpec(m=400), lesson.hyperparameters)
    for other in (frozen, balanced):
        for _ in range(200):
            other.step()
        assert np.abs(other.parameters()["W1"]).max() == 0.0


def test_lesson_9_large_init_saturates_and_stays_below_90_percent():
    lesson = get_lesson("large_initialization")
    still_below = []
    for seeds in nearby(lesson):
        trainer, _ = setup(lesson, seeds)
        assert hidden_saturation(trainer) > 0.8, seeds  # saturated from the start
        accuracy = train_accuracy(trainer, 500)
        assert accuracy < 0.88 and hidden_saturation(trainer) > 0.6, (seeds, accuracy)  # the check: < 90 %, ≥ 50 %
        still_below.append(train_accuracy(trainer, 2500) < 0.90)
        small, _ = setup(lesson, seeds, init_scale=0.01)
        assert hidden_saturation(small) == 0.0, seeds  # |z| is tiny: tanh is steep there
        first = first_reaching(small, 0.95, 500)
        assert first is not None and first <= 400, (seeds, first)  # "within a few hundred iterations"
    assert most(still_below), still_below  # "and usually for thousands more" (at 3,000)


def test_lesson_10_learning_rates():
    lesson = get_lesson("learning_rate")
    for seeds in nearby(lesson):
        crawl, _ = setup(lesson, seeds)
        costs = costs_of(crawl, 500)
        assert costs[0] - costs[-1] < 0.01, seeds  # "has hardly moved"
        steady, _ = setup(lesson, seeds, learning_rate=1.2)
        assert rises(costs_of(steady, 1000)) == 0, seeds  # "the cost only falls"
        assert steady.evaluate().train_accuracy >= 0.86, seeds  # "accuracy passes 85 %"
        jumpy, _ = setup(lesson, seeds, learning_rate=10.0)
        assert rises(costs_of(jumpy, 300)) > 50, seeds  # "the cost goes up and down"


def test_lesson_11_reproduces_the_course_table():
    lesson = get_lesson("hidden_layer_size")
    preset = lesson.experiment
    values = parse_values(preset["parameter"], ", ".join(str(v) for v in preset["values"]))
    no_gain = []
    for seeds in nearby(lesson, 1):  # a sweep is seven runs of 5,000 iterations: one neighbour each
        source = lesson_session(lesson, seeds)
        sweep = run_sweep(source, source.hyperparameters, "hidden_units", values, preset["iterations"])
        train = {run.value: run.train_accuracy for run in sweep.runs}
        test = {run.value: run.test_accuracy for run in sweep.runs}
        few = (0.62, 0.72) if seeds == nearby(lesson)[0] else (0.60, 0.75)
        assert all(few[0] <= train[n] <= few[1] for n in (1, 2)), (seeds, train)  # "about 67 %"
        assert all(0.87 <= train[n] <= 0.95 for n in (3, 4, 5)), (seeds, train)  # "about 90 %"
        # "20 and 50 units fit the training set about as well or better"
        assert max(train[20], train[50]) >= max(train[n] for n in (3, 4, 5)), (seeds, train)
        assert min(train[20], train[50]) >= max(train[n] for n in (3, 4, 5)) - 0.01, (seeds, train)
        no_gain.append(max(test[20], test[50]) <= max(test[n] for n in (3, 4, 5)))
    assert most(no_gain), no_gain  # "the test accuracy usually does not improve"


def test_lesson_12_depth_beats_one_layer_and_counts_261_parameters():
    lesson = get_lesson("deep_networks")
    units = lesson.hyperparameters.hidden_units
    assert parameter_count(lesson.hyperparameters.layer_dims()) == 261 == sum(
        n * (m + 1) for n, m in zip([*units, 1], [2, *units]))  # Σ n[l](n[l−1] + 1)
    for seeds in nearby(lesson):
        deep = replayed(lesson.name, seeds)  # the demo: Play, 3,000 iterations
        first = deep.log.ticked_at.get(0)
        assert first is not None and first <= 2400, (seeds, first)  # "passes 90 % within 3,000 iterations"
        _, costs = deep.trainer.history.cost_curve()
        assert rises(costs, by=0.01) >= 10, seeds  # "the cost spikes now and then"
        assert deep.trainer.evaluate().train_accuracy >= 0.9, seeds  # "the next steps recover"
        shallow, _ = setup(lesson, seeds, hidden_units=units[:1], hidden_activations=("tanh",))
        reached = first_reaching(shallow, 0.87, 3000)
        assert reached is None, (seeds, reached)  # "one hidden layer of 10 is still well below 90 % then"


def test_lesson_13_raw_inputs_stay_stuck_standardized_ones_learn():
    lesson = get_lesson("input_scaling")
    dataset = lesson.dataset()
    assert dataset.name == "circles ×255"
    np.testing.assert_array_equal(dataset.X, lesson.data_spec.make().X * 255)
    for seeds in nearby(lesson):
        raw, _ = setup(lesson, seeds)
        for n in (500, 2500):
            accuracy = train_accuracy(raw, n)
            # "stays near 55 %, little better than guessing" (the classes are balanced: 50 % is a guess)
            assert 0.45 <= accuracy <= 0.62, (seeds, raw.iteration, accuracy)
        standardized, _ = setup(lesson, seeds, standardize=True)
        first = first_reaching(standardized, 0.95, 1000)
        assert first is not None and first <= 600, (seeds, first)  # "passes 95 % within a few hundred"
