"""The evaluation schedule: a pure function of the iteration, dense early, about 200 rows per doubling."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backprop_studio.core.session.schedule import evaluation_stride, is_evaluation, next_evaluation


def test_every_iteration_is_evaluated_at_first_then_the_stride_doubles():
    assert [i for i in range(0, 12) if is_evaluation(i)] == list(range(12))
    assert all(is_evaluation(i) for i in range(400))
    assert [i for i in range(398, 410) if is_evaluation(i)] == [398, 399, 400, 402, 404, 406, 408]
    assert (evaluation_stride(799), evaluation_stride(800), evaluation_stride(1600)) == (2, 4, 8)


def test_a_million_iterations_keep_a_few_thousand_rows():
    rows = sum(1 for i in range(1_000_001) if is_evaluation(i))
    assert 2_000 < rows < 3_000  # 400 dense, then about 200 per doubling


@given(st.integers(0, 10**9))
def test_next_evaluation_is_the_first_scheduled_iteration_after(i):
    nxt = next_evaluation(i)
    assert nxt > i and is_evaluation(nxt)
    assert nxt - i <= evaluation_stride(nxt)  # nothing scheduled was skipped in between ...
    assert all(not is_evaluation(j) for j in range(i + 1, min(nxt, i + 50)))  # ... checked on the first 50
