"""SpeedLimit, driven by a clock moved by hand: the fixed speeds, Maximum, and "auto" — the default,
which spreads the first few thousand iterations of Play over about ten seconds, slowest at the start,
then lifts the limit. Every number here follows from the curve's constants; no real time is read."""

from __future__ import annotations

import math

import pytest

from backprop_studio.core.teaching.lessons import AUTO_SPEED, LESSONS
from backprop_studio.gui.model.worker import (AUTO, AUTO_ITERATIONS, SPEEDS, UNLIMITED, SpeedLimit, auto_iterations,
                                              auto_seconds)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def run(limit: SpeedLimit, clock: Clock, seconds: float, *, step: float = 0.01, iteration: int | None = None) -> int:
    """Play for ``seconds`` as the worker does: at each look at the clock, run all that is allowed."""
    done = 0
    for _ in range(int(round(seconds / step))):
        clock.now += step
        allowed = limit.allowed(None if iteration is None else iteration + done)
        allowed = min(allowed, 10 * AUTO_ITERATIONS)  # "unlimited": a frame's worth, in the worker
        limit.count(allowed)
        done += allowed
    return done


def test_auto_is_the_default_and_the_first_speed_offered():
    limit = SpeedLimit(Clock())
    assert limit.speed == AUTO == AUTO_SPEED
    assert SPEEDS[0] == AUTO and 0 in SPEEDS and 10 in SPEEDS  # Maximum and the fixed speeds stay
    assert len(set(SPEEDS)) == len(SPEEDS)


def test_every_lesson_asks_for_a_speed_the_control_offers():
    for lesson in LESSONS:
        assert lesson.speed is None or lesson.speed in SPEEDS, lesson.name
        assert (lesson.speed is None) == (not lesson.has_preset), lesson.name  # only labs leave it alone
    by_name = {lesson.name: lesson.speed for lesson in LESSONS}
    # The crawl, the overshoot and the rise must be watched: never as fast as the machine goes.
    assert 0 < by_name["large_initialization"] <= 100 and 0 < by_name["learning_rate"] <= 30


def test_auto_curve_starts_slow_and_reaches_the_limit_in_about_ten_seconds():
    assert auto_iterations(0.0) == 0.0
    assert math.isclose(auto_iterations(auto_seconds(1234.0)), 1234.0)
    # The rate grows with time: each second allows more iterations than the one before.
    per_second = [auto_iterations(t + 1) - auto_iterations(t) for t in range(10)]
    assert per_second == sorted(per_second) and per_second[0] < 100 < per_second[-1]
    assert 8.0 <= auto_seconds(AUTO_ITERATIONS) <= 12.0


def test_auto_allows_one_at_once_then_follows_the_curve_then_lifts_the_limit():
    clock = Clock()
    limit = SpeedLimit(clock)
    limit.restart()
    assert limit.allowed() == 1  # one iteration at once, as the fixed speeds
    limit.count(1)
    assert limit.allowed() == 0  # the clock has not moved
    for seconds in (1.0, 3.0, 6.0):
        clock.now = 100.0 + seconds
        expected = int(auto_iterations(seconds) + 1e-6) + 1
        assert limit._done + limit.allowed() == expected
    # After three seconds the flower's cost has fallen (iterations 100 to 300): a few hundred ran, not thousands.
    clock.now = 103.0
    assert 200 <= limit._done + limit.allowed() <= 400
    clock.now = 100.0 + auto_seconds(AUTO_ITERATIONS) + 1.0
    assert limit._done + limit.allowed() == AUTO_ITERATIONS  # never past the slow part in one go
    limit.count(limit.allowed())
    assert limit.allowed() == UNLIMITED


def test_played_by_hand_auto_runs_the_first_thousands_over_about_ten_seconds():
    clock = Clock()
    limit = SpeedLimit(clock)
    limit.restart()
    assert run(limit, clock, 3.0) < 400
    assert run(limit, clock, 6.0) < AUTO_ITERATIONS  # at 9 s still on the slow part
    assert run(limit, clock, 3.0) > 10 * AUTO_ITERATIONS  # at 12 s: as fast as it goes


def test_auto_counted_from_each_play_without_the_iteration():
    clock = Clock()
    limit = SpeedLimit(clock)
    limit.restart()
    run(limit, clock, 15.0)
    assert limit.allowed() == UNLIMITED
    limit.restart()  # Play again: without the run's iteration, auto starts slowly again
    assert limit.allowed() == 1


def test_auto_follows_the_run_when_given_its_iteration():
    clock = Clock()
    limit = SpeedLimit(clock)
    limit.restart()
    assert limit.allowed(iteration=5000) == UNLIMITED  # past the slow part: full speed at once
    limit.restart()
    assert limit.allowed(iteration=1000) == 1  # half-way: resumes on the curve where the run is
    clock.now += 1.0
    expected = int(auto_iterations(auto_seconds(1000) + 1.0) - 1000 + 1e-6) + 1
    assert limit.allowed(iteration=1000) == expected
    assert expected > int(auto_iterations(1.0)) + 1  # faster than from the start
    assert limit.allowed(iteration=0) == 1  # the run went back to 0 (a reset): slow again, from now


@pytest.mark.parametrize("speed", [1, 10, 300])
def test_fixed_speeds_allow_one_plus_speed_times_t(speed):
    clock = Clock()
    limit = SpeedLimit(clock)
    limit.speed = speed
    limit.restart()
    assert limit.allowed() == 1
    clock.now += 2.5
    assert limit.allowed() == 1 + int(2.5 * speed)
    limit.count(3)
    assert limit.allowed() == max(0, 1 + int(2.5 * speed) - 3)


def test_maximum_is_unlimited():
    limit = SpeedLimit(Clock())
    limit.speed = 0
    assert limit.allowed() == UNLIMITED and limit.allowed(iteration=0) == UNLIMITED


# ---------------------------------------------------------------------------------------------- in the app
class HandClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1024.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        if self.reads > 20_000:  # a loop without a working limit would spin on a clock standing still
            raise RuntimeError("the play loop kept reading a clock that stood still")
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.reads = 0


def test_the_first_play_of_a_new_session_is_spread_over_seconds(qtbot):
    from backprop_studio.gui.model.session import TrainingSession

    clock = HandClock()
    session = TrainingSession(clock=clock)
    try:
        assert session.speed == AUTO
        with qtbot.waitSignal(session.state_changed, timeout=5000):
            session.play()
        assert session.iteration == 1
        for t in (0.5, 1.5, 3.0):  # the boundary forms between iterations 100 and 300
            clock.advance(t - (clock.now - 1024.0))
            expected = int(auto_iterations(t) + 1e-6) + 1
            qtbot.waitUntil(lambda: session.snapshot.iteration == expected, timeout=5000)
            assert session.iteration == expected
        assert 200 < session.iteration < 400
    finally:
        session.pause()
        session.shut_down()


def test_a_lesson_sets_its_own_speed_and_a_lab_lesson_leaves_it(qtbot):
    from backprop_studio.gui.model.session import TrainingSession

    session = TrainingSession()
    try:
        with qtbot.waitSignal(session.speed_changed, timeout=1000) as changed:
            assert session.load_lesson("learning_rate")
        assert changed.args == [10] and session.speed == 10
        assert session.load_lesson("computation_graph")
        assert session.speed == 10  # a lab trains nothing: the speed stays as the student left it
        assert session.load_lesson("one_hidden_layer") and session.speed == AUTO
        session.set_speed(0)  # the student picks Maximum: a lesson's speed is only where it starts
        assert session.speed == 0
    finally:
        session.shut_down()
