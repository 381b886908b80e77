"""When the session measures costs and accuracies: a schedule by iteration count, never by the clock.

Every iteration for the first 400, then every 2nd until 800, every 4th until
1,600, ... (the stride doubles each time the iteration doubles, so about 200
evaluations per doubling): dense where the curve moves fast, a few thousand rows
for a run of millions. A pure function of the iteration, so the rows of a run
do not depend on how fast the machine is, who looks, or where a saved run resumed.
"""

from __future__ import annotations

#: Iterations evaluated one by one before the stride starts doubling.
DENSE_UNTIL = 400


def evaluation_stride(iteration: int) -> int:
    """The spacing of evaluations around ``iteration``: 1 below 400, 2 below 800, 4 below 1,600, ..."""
    stride = 1
    while iteration >= DENSE_UNTIL * stride:
        stride *= 2
    return stride


def is_evaluation(iteration: int) -> bool:
    """True when the session records an evaluation row at ``iteration`` (iteration 0 included)."""
    return iteration % evaluation_stride(iteration) == 0


def next_evaluation(iteration: int) -> int:
    """The first evaluation iteration strictly after ``iteration``."""
    candidate = iteration + 1
    while not is_evaluation(candidate):
        stride = evaluation_stride(candidate)
        candidate = (candidate // stride + 1) * stride
    return candidate
