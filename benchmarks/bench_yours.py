"""How fast does the session train with a student's own functions? Ratios to core's engine, measured in one run.

The student's functions run in a process of their own (core/student/sandbox.py): each iteration sends
the arrays there and back for every function they wrote. This measures, on the course's flower
(m = 400) and on a week-4 ReLU network, iterations per second of
  * core's engine (``Session.train``),
  * the session trained with tests/core/student/files/correct.py (all four functions theirs),
  * the same with only their backward function (the others core's),
and how long Pause or a change waits when their function never returns (``abort``: the call is
killed once it has run ``ABORT_AFTER``). Medians of interleaved repeats; the ratios are what to quote.

Run:  python benchmarks/bench_yours.py  [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

__import__("main").use_checkout()  # the checkout's code, as backprop_studio

from backprop_studio.core.session import Session  # noqa: E402
from backprop_studio.core.student.loading import load_student_file  # noqa: E402
from backprop_studio.core.student.your_trainer import YourFunctions  # noqa: E402
from backprop_studio.core.training.hyperparameters import Hyperparameters  # noqa: E402

FILES = Path(__file__).resolve().parents[1] / "tests" / "core" / "student" / "files"
NETWORKS = [("flower 2-4-1 tanh (week 3)", None),
            ("2-4-3-1 ReLU (week 4)", Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "relu"),
                                                       initialization="random", init_scale=0.5))]
ITERATIONS = 200


def only_backward(name: str) -> Path:
    """A copy of correct.py keeping only the backward functions (the others are then core's)."""
    source = (FILES / "correct.py").read_text()
    kept = [part for part in source.split("\ndef ") if not part.startswith(
        ("L_model_forward", "forward_propagation", "compute_cost", "update_parameters"))]
    path = Path(tempfile.mkdtemp()) / name
    path.write_text("\ndef ".join(kept))
    return path


def rate(hp, functions: YourFunctions | None) -> float:
    session = Session(hyperparameters=hp)
    if functions is not None:
        session.use_functions(functions)
    session.train(5)  # warm up (the process's first calls)
    started = time.perf_counter()
    session.train(ITERATIONS)
    return ITERATIONS / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    backward_file = only_backward("backward_only.py")
    for label, hp in NETWORKS:
        all_four = YourFunctions.load(load_student_file(FILES / "correct.py"))
        backward = YourFunctions.load(load_student_file(backward_file))
        rates: dict[str, list[float]] = {"core": [], "all four theirs": [], "backward theirs": []}
        for _ in range(args.repeats):
            rates["core"].append(rate(hp, None))
            rates["all four theirs"].append(rate(hp, all_four))
            rates["backward theirs"].append(rate(hp, backward))
        all_four.close(), backward.close()
        core = statistics.median(rates["core"])
        print(f"{label}: core {core:,.0f} it/s", end="")
        for name in ("all four theirs", "backward theirs"):
            value = statistics.median(rates[name])
            print(f"; {name} {value:,.0f} it/s (ratio to core {value / core:.3f})", end="")
        print()
    waits = []
    for _ in range(args.repeats):
        functions = YourFunctions.load(load_student_file(FILES / "infinite_loop.py"), timeout=60)
        session = Session(hyperparameters=NETWORKS[1][1])
        session.use_functions(functions)
        asked_at: list[float] = []

        def abort() -> bool:
            if not asked_at and time.perf_counter() - started >= 0.5:
                asked_at.append(time.perf_counter())
            return bool(asked_at)

        started = time.perf_counter()
        done = session.train(1, abort=abort)
        waits.append(time.perf_counter() - asked_at[0])
        assert done == 0
        functions.close()
    print(f"Pause while their function loops forever: train returned {statistics.median(waits) * 1000:.0f} ms "
          f"(median of {args.repeats}) after abort was first asked (limit per call 60 s)")


if __name__ == "__main__":
    main()
