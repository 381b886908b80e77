"""Headless training from the command line, printing as the course's notebooks do.

    python main.py train --dataset flower --hidden 4 --activation tanh \\
        --learning-rate 1.2 --iterations 10000 --seed 2 --export params.npz

``--hidden 0`` is logistic regression; ``--hidden 8,8`` two hidden layers.
``--data points.csv`` trains on your own points (rows x1, x2, label);
``--session run.bpsession`` continues a session saved by the app (its data,
network and iteration), and ``--save-session`` writes the continued session.
Bad arguments exit with status 2 and one line saying what is wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from .nn.activations import HIDDEN_ACTIVATIONS
from .data.datasets import DATASETS, Dataset
from .errors import BackpropStudioError
from .training.hyperparameters import FEATURES, Hyperparameters
from .nn.initialization import INITIALIZATIONS
from .data.pipeline import DataSpec
from .session.session import Session


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
    net.add_argument("--init", default="random", choices=INITIALIZATIONS, help="initialization (default random)")
    net.add_argument("--init-scale", type=float, default=0.01, help="scale of random initialization (default 0.01)")
    net.add_argument("--learning-rate", type=float, default=1.2, help="learning rate α (default 1.2)")
    net.add_argument("--iterations", type=int, default=10_000, help="number of iterations (default 10000)")
    net.add_argument("--batch-size", type=int, default=None, help="mini-batch size (default: full batch)")
    net.add_argument("--lambd", type=float, default=0.0, help="L2 regularization λ (default 0)")
    net.add_argument("--features", type=_features, default=("x1", "x2"), help="input features, e.g. x1,x2,x1_x2")
    net.add_argument("--standardize", action="store_true", help="standardize inputs with the training statistics")
    net.add_argument("--seed", type=int, default=2, help="seed of the initialization (default 2)")
    out = parser.add_argument_group("output")
    out.add_argument("--print-every", type=int, default=1000, help="print the cost every N iterations (0: never)")
    out.add_argument("--export", default=None, help="save the trained parameters (.npz or .json)")
    out.add_argument("--save-session", default=None, metavar="FILE",
                     help="save the session (data, network, parameters, history) to open in the app")
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "main.py train") -> int:
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if args.iterations < 0:
        parser.error("--iterations must be 0 or more")
    if args.print_every < 0:
        parser.error("--print-every must be 0 or more")
    _check_combinations(parser, args)
    try:
        return _train(args)
    except BackpropStudioError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"{parser.prog}: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


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
        from .data.csv_data import read_csv

        dataset = read_csv(args.data, regression=args.regression)
        data = DataSpec(dataset.name, dataset.m, 0.0, args.data_seed, args.test_ratio)
        name = Path(args.data).name
    else:
        spec = DATASETS[args.dataset]
        data = DataSpec(args.dataset, args.points or spec.default_m,
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


def _train(args: argparse.Namespace) -> int:
    session, name = _setup(args)
    hp, prepared = session.hyperparameters, session.prepared
    layers = " → ".join(str(n) for n in hp.layer_dims())
    start = f" from iteration {session.iteration}" if session.iteration else ""
    print(f"{name}: m_train = {prepared.train.m}, m_test = {prepared.test.m}; network {layers} "
          f"({', '.join(hp.activations())}); α = {hp.learning_rate:g}{start}")
    last = session.iteration + args.iterations - 1
    for _ in range(args.iterations):
        i = session.iteration  # the course numbers the cost by the iteration that computes it
        cost = session.step()
        if args.print_every and (i % args.print_every == 0 or i == last):
            print(f"Cost after iteration {i}: {cost:.6f}")
    metrics = session.metrics()
    if metrics.train_accuracy is not None:
        print(f"Train accuracy: {100 * metrics.train_accuracy:.1f}%")
        if metrics.test_accuracy is not None:
            print(f"Test accuracy: {100 * metrics.test_accuracy:.1f}%")
    else:
        print(f"Train cost: {metrics.train_cost:.6f}")
        if metrics.test_cost is not None:
            print(f"Test cost: {metrics.test_cost:.6f}")
    if args.export:
        from .files.parameter_file import save_parameters

        save_parameters(args.export, session.parameters(), session.export_meta())
        print(f"Parameters saved to {args.export}")
    if args.save_session:
        from .files.session_file import save_session

        save_session(args.save_session, session.state())
        print(f"Session saved to {args.save_session}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
