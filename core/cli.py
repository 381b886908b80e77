"""Headless training from the command line, printing as the course's notebooks do.

    python main.py train --dataset flower --hidden 4 --activation tanh \\
        --learning-rate 1.2 --iterations 10000 --seed 2 --export params.npz

``--hidden 0`` is logistic regression; ``--hidden 8,8`` two hidden layers.
``--data points.csv`` trains on your own points (rows x1, x2, label);
``--session run.bpsession`` continues a session saved by the app (its data,
network and iteration), and ``--save-session`` writes the continued session.
Bad arguments exit with status 2 and one line saying what is wrong, before any training.

Training that stops early still keeps its work: Ctrl+C stops after the
iteration under way (exit status 130) and divergence keeps the last finite
parameters (exit status 1); either way ``--export`` and ``--save-session`` are
written with that last finite state, and the output says exactly what was
written and what was not. A second Ctrl+C stops at once, writing nothing.

Run it through main.py (``main.py train``, the ``backprop-studio`` command, ``python -m
backprop_studio``): that entry point sets the BLAS threading before NumPy loads, the same
for the window and the command line, so both give the same numbers bit for bit.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Sequence

from .nn.activations import HIDDEN_ACTIVATIONS
from .data.datasets import DATASETS, M_RANGE, Dataset
from .errors import BackpropStudioError, DivergenceError
from .training.hyperparameters import FEATURES, Hyperparameters
from .nn.initialization import INITIALIZATIONS
from .data.pipeline import DataSpec
from .session.session import Session
from .student.your_trainer import YourCodeStopped


class _Parser(argparse.ArgumentParser):
    """argparse, but an error is one line on stderr (no usage dump)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _hidden(text: str) -> tuple[int, ...]:
    try:
        units = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"--hidden takes units per layer like 4 or 8,8, not {text!r}") from None
    return () if units == (0,) else units


def _features(text: str) -> tuple[str, ...]:
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown feature {unknown[0]!r}; choose from {', '.join(FEATURES)}")
    return names


def build_parser(prog: str = "main.py train") -> argparse.ArgumentParser:
    """The options of ``train``; ``prog`` is the command as typed (``backprop-studio train`` when installed)."""
    parser = _Parser(prog=prog, description="Train a network headless and print the cost.")
    data = parser.add_argument_group("data")
    data.add_argument("--dataset", default="flower", choices=list(DATASETS), help="dataset name (default flower)")
    data.add_argument("--points", type=int, default=None, help="number of points m (default: the dataset's)")
    data.add_argument("--noise", type=float, default=None, help="noise (default: the dataset's)")
    data.add_argument("--data-seed", type=int, default=1, help="seed of the data (1 = the course's flower)")
    data.add_argument("--test-ratio", type=float, default=0.0, help="fraction held out for testing (default 0, as the course)")
    data.add_argument("--data", default=None, metavar="CSV",
                      help="train on the points of a CSV file (rows x1, x2, label) instead of --dataset")
    data.add_argument("--regression", action="store_true", help="with --data: the labels are continuous targets")
    data.add_argument("--session", default=None, metavar="FILE",
                      help="continue a session saved by the app: its data, network and state (only --iterations, "
                           "--print-every, --export and --save-session apply)")
    net = parser.add_argument_group("network and training")
    net.add_argument("--hidden", type=_hidden, default=(4,), help="hidden units per layer: 4, 8,8 or 0 for none")
    net.add_argument("--activation", default="tanh", choices=HIDDEN_ACTIVATIONS, help="hidden activation g")
    net.add_argument("--init", default="course", choices=INITIALIZATIONS,
                     help="initialization (default course: the course's planar run, as the app starts)")
    net.add_argument("--init-scale", type=float, default=0.01, help="scale of random initialization (default 0.01)")
    net.add_argument("--learning-rate", type=float, default=1.2, help="learning rate α (default 1.2)")
    net.add_argument("--iterations", type=int, default=10_000, help="number of iterations (default 10000)")
    net.add_argument("--batch-size", type=int, default=None, help="mini-batch size (default: full batch)")
    net.add_argument("--lambd", type=float, default=0.0, help="L2 regularization λ (default 0)")
    net.add_argument("--features", type=_features, default=("x1", "x2"), help="input features, e.g. x1,x2,x1_x2")
    net.add_argument("--standardize", action="store_true", help="standardize inputs with the training statistics")
    net.add_argument("--seed", type=int, default=2, help="seed of the initialization (default 2)")
    net.add_argument("--functions", default=None, metavar="FILE",
                     help="train with your own functions from this .py or .ipynb (the course's names), next to "
                          "core's run from the same start")
    out = parser.add_argument_group("output")
    out.add_argument("--print-every", type=int, default=1000, help="print the cost every N iterations (0: never)")
    out.add_argument("--export", default=None, help="save the trained parameters (.npz or .json)")
    out.add_argument("--save-session", default=None, metavar="FILE",
                     help="save the session (data, network, parameters, history) to open in the app")
    return parser


#: Exit statuses besides 0 (done) and 2 (bad arguments or files).
DIVERGED, INTERRUPTED = 1, 130


def main(argv: Sequence[str] | None = None, prog: str = "main.py train") -> int:
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if args.iterations < 0:
        parser.error("--iterations must be 0 or more")
    if args.print_every < 0:
        parser.error("--print-every must be 0 or more")
    if args.points is not None and not M_RANGE[0] <= args.points <= M_RANGE[1]:
        parser.error(f"--points must be between {M_RANGE[0]} and {M_RANGE[1]}, not {args.points}")
    _check_outputs(parser, args)
    _check_combinations(parser, args)
    try:
        return _train(args)
    except BackpropStudioError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"{parser.prog}: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # the second Ctrl+C: stop now, in the middle of an iteration
        print(f"{parser.prog}: stopped at once (a second Ctrl+C): nothing was written", file=sys.stderr)
        return INTERRUPTED


def _check_outputs(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse an output that cannot be written before training, not after hours of it."""
    for option, path in (("--export", args.export), ("--save-session", args.save_session)):
        if path is None:
            continue
        if not path.strip():
            parser.error(f"{option} needs a file name")
        folder = Path(path).expanduser().parent
        if not folder.is_dir():
            parser.error(f"{option}: the folder {str(folder)!r} does not exist")
    if args.export is not None and Path(args.export).suffix.lower() not in (".npz", ".json"):
        parser.error(f"--export writes .npz or .json files, not {Path(args.export).name!r}")


#: Options that describe the data or the network: a session file brings its own.
_SESSION_FIXES = ("dataset", "points", "noise", "data_seed", "test_ratio", "data", "regression", "hidden", "activation",
                  "init", "init_scale", "learning_rate", "batch_size", "lambd", "features", "standardize", "seed")


def _option(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _check_combinations(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.session:
        changed = [_option(d) for d in _SESSION_FIXES if getattr(args, d) != parser.get_default(d)]
        if changed:
            parser.error(f"--session takes the data and the network from the file; drop {', '.join(changed)}")
    if args.data:
        changed = [_option(d) for d in ("dataset", "points", "noise") if getattr(args, d) != parser.get_default(d)]
        if changed:
            parser.error(f"--data takes the points from the CSV file; drop {', '.join(changed)}")
    elif args.regression:
        parser.error("--regression only applies to --data")


def _setup(args: argparse.Namespace) -> tuple[Session, str]:
    """The session the options (or the session file) describe, and a name to print."""
    if args.session:
        from .files.session_file import load_session

        return Session.from_state(load_session(args.session)), Path(args.session).name
    if args.data:
        from .data.csv_data import encoding_note, parse_csv, read_text

        text, encoding = read_text(args.data)  # at most MAX_BYTES, even from /dev/zero or a pipe
        note = encoding_note(args.data, encoding)
        if note is not None:
            print(f"Note: {note}")
        dataset = parse_csv(text, regression=args.regression, name=Path(args.data).stem)
        data = DataSpec(dataset.name, dataset.m, 0.0, args.data_seed, args.test_ratio)
        name = Path(args.data).name
    else:
        spec = DATASETS[args.dataset]
        data = DataSpec(args.dataset, spec.default_m if args.points is None else args.points,
                        spec.default_noise if args.noise is None else args.noise, args.data_seed, args.test_ratio)
        dataset = None
        name = args.dataset
    hp = Hyperparameters(
        hidden_units=args.hidden, hidden_activations=(args.activation,) * len(args.hidden),
        initialization=args.init, init_scale=args.init_scale, learning_rate=args.learning_rate,
        batch_size=args.batch_size, lambd=args.lambd, features=args.features,
        standardize=args.standardize, seed=args.seed,
    )
    return Session(data, hp, dataset=dataset), name


class _StopOnCtrlC:
    """While training: a first Ctrl+C asks the loop to stop after the iteration under way (so the state
    written is whole); a second one raises KeyboardInterrupt at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self) -> "_StopOnCtrlC":
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread (a test calling main): Ctrl+C cannot reach it anyway
            self._previous = None
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc_info: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _use_functions(session: Session, path: str) -> None:
    """Train ``session`` with the student's functions in ``path`` (their own process); say whose run what."""
    from .student.loading import load_student_file
    from .student.training import FUNCTIONS, course_mode
    from .student.your_trainer import YourFunctions, check_course_network

    check_course_network(session.hyperparameters)  # before starting a process for nothing
    functions = YourFunctions.load(load_student_file(path))
    try:
        session.use_functions(functions)
    except BackpropStudioError:
        functions.close()
        raise
    names = FUNCTIONS[course_mode(session.hyperparameters.activations())]
    roles = dict(session.snapshot().yours.roles)
    yours = [names[role] for role in names if roles[role] == "student"]
    core = [names[role] for role in names if roles[role] != "student"]
    print(f"Your functions from {functions.name}: {', '.join(yours) or 'none written yet'}"
          + (f"; core's: {', '.join(core)}" if core else ""))


def _train(args: argparse.Namespace) -> int:
    session, name = _setup(args)
    try:
        return _run(args, session, name)
    finally:
        if session.functions is not None:
            session.functions.close()


def _run(args: argparse.Namespace, session: Session, name: str) -> int:
    hp, prepared = session.hyperparameters, session.prepared
    layers = " → ".join(str(n) for n in hp.layer_dims())
    start = f" from iteration {session.iteration}" if session.iteration else ""
    print(f"{name}: m_train = {prepared.train.m}, m_test = {prepared.test.m}; network {layers} "
          f"({', '.join(hp.activations())}); α = {hp.learning_rate:g}{start}")
    if args.functions:
        _use_functions(session, args.functions)
    last = session.iteration + args.iterations - 1
    status, kept = 0, ""
    with _StopOnCtrlC() as ctrl_c:
        for _ in range(args.iterations):
            if ctrl_c.requested:
                break
            i = session.iteration  # the course numbers the cost by the iteration that computes it
            try:
                cost = session.step()
            except (DivergenceError, YourCodeStopped) as error:
                print(error, file=sys.stderr)
                status, kept = DIVERGED, f" (the last finite parameters, iteration {session.iteration})"
                break
            if args.print_every and (i % args.print_every == 0 or i == last):
                print(f"Cost after iteration {i}: {cost:.6f}" + _reference_cost(session))
        if ctrl_c.requested and not status:  # the iteration under way when Ctrl+C came was finished
            print(f"Interrupted (Ctrl+C) at iteration {session.iteration}.", file=sys.stderr)
            status, kept = INTERRUPTED, f" (as training stopped, iteration {session.iteration})"
    if not status:
        _print_metrics(session)
    written = _write_outputs(args, session, kept)
    return status or written


def _reference_cost(session: Session) -> str:
    """ " (core's: J)" — core's run from the same start — while the student's functions train."""
    reference = session.run.reference
    if reference is None or session.run.reference_diverged:
        return ""
    return f" (core's: {reference.history.costs.last():.6f})"


def _print_metrics(session: Session) -> None:
    metrics = session.metrics()
    if metrics.train_accuracy is not None:
        print(f"Train accuracy: {100 * metrics.train_accuracy:.1f}%")
        if metrics.test_accuracy is not None:
            print(f"Test accuracy: {100 * metrics.test_accuracy:.1f}%")
    else:
        print(f"Train cost: {metrics.train_cost:.6f}")
        if metrics.test_cost is not None:
            print(f"Test cost: {metrics.test_cost:.6f}")


def _write_outputs(args: argparse.Namespace, session: Session, which: str = "") -> int:
    """Write --export and --save-session, saying what was written (``which`` state, after an early stop);
    2 if one of them could not be."""
    from .files.parameter_file import save_parameters
    from .files.session_file import save_session

    outputs = [(args.export, "Parameters", lambda p: save_parameters(p, session.parameters(), session.export_meta())),
               (args.save_session, "Session", lambda p: save_session(p, session.state()))]
    status = 0
    for path, what, write in outputs:
        if path is None:
            continue
        try:
            write(path)
        except BackpropStudioError as error:
            print(f"{what} NOT saved to {path}: {error}", file=sys.stderr)
            status = 2
        else:
            print(f"{what} saved to {path}{which}")
    if which and args.export is None and args.save_session is None:
        print("Nothing was written (give --export or --save-session to keep the parameters).", file=sys.stderr)
    return status
