"""2D toy datasets: the course's planar flower and friends, user points, splits.

Examples are columns, as in the course: ``X`` is (2, m) with row 0 = x1 and
row 1 = x2, and the labels become ``Y`` (1, m) or one-hot (K, m) on demand.
Every generator is seeded explicitly, so the same (name, m, noise, seed) always
gives the same points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from ..errors import DatasetError
from ..messages import Message

Array = np.ndarray
Generator = Callable[[int, float, int], tuple[Array, Array]]
Parts = list[tuple[Array, Array]]  # (x1, x2) of class 0, 1, ...

PROBLEMS = ("binary", "multiclass", "regression")
MAX_CLASSES = 10
M_RANGE = (2, 100_000)
NOISE_RANGE = (0.0, 5.0)
MAX_SEED = 2**32 - 1  # the legacy RandomState accepts no larger seed
TEST_RATIO_RANGE = (0.0, 0.9)


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points X (2, m) with labels y (m,); immutable (the arrays are read-only)."""

    X: Array
    y: Array
    problem: str
    name: str = "custom"
    class_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.problem not in PROBLEMS:
            raise DatasetError("value.unknown_problem", known=", ".join(PROBLEMS), problem=self.problem)
        X = _as_float_array(self.X, "X")
        if X.ndim != 2 or X.shape[0] != 2:
            raise DatasetError("dataset.x_shape", shape=X.shape)
        m = X.shape[1]
        y = _as_float_array(self.y, "y") if self.problem == "regression" else _as_labels(self.y)
        if y.shape != (m,):
            raise DatasetError("dataset.y_shape", m=m, shape=y.shape)
        if self.problem == "regression":
            if self.class_names:
                raise DatasetError("dataset.regression_class_names")
            names: tuple[str, ...] = ()
        else:
            names = self._checked_class_names(y)
        # Copies made read-only: a frozen dataset must not change under a view that holds it.
        X = np.array(X, dtype=np.float64, order="C")
        y = np.array(y)
        X.flags.writeable = False
        y.flags.writeable = False
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "class_names", names)
        object.__setattr__(self, "name", str(self.name))

    def _checked_class_names(self, y: Array) -> tuple[str, ...]:
        names = tuple(str(n) for n in self.class_names)
        if not names:
            if y.size and y.max() >= MAX_CLASSES:
                raise DatasetError("dataset.label_too_large", last=MAX_CLASSES - 1, label=y.max())
            # Default names "0".."K-1"; K is fixed by the problem for binary, else by the labels.
            k = 2 if self.problem == "binary" else (int(y.max()) + 1 if y.size else 0)
            names = tuple(str(i) for i in range(k))
        k = len(names)
        if len(set(names)) != k:
            raise DatasetError("dataset.class_names_repeated", names=names)
        if self.problem == "binary" and k != 2:
            raise DatasetError("dataset.binary_classes", count=k)
        if self.problem == "multiclass" and not 3 <= k <= MAX_CLASSES:
            raise DatasetError("dataset.multiclass_classes", max=MAX_CLASSES, count=k)
        if y.size and (y.min() < 0 or y.max() >= k):
            raise DatasetError("dataset.labels_range", last=k - 1, low=y.min(), high=y.max())
        return names

    @property
    def m(self) -> int:
        """Number of examples m."""
        return int(self.X.shape[1])

    @property
    def n_classes(self) -> int:
        """K for classification, 0 for regression."""
        return len(self.class_names)

    @property
    def is_classification(self) -> bool:
        return self.problem != "regression"

    def Y(self) -> Array:
        """The course's Y: (1, m) 0/1 or targets, or one-hot (K, m) for multiclass; float64."""
        if self.problem == "multiclass":
            Y = np.zeros((self.n_classes, self.m))
            Y[self.y, np.arange(self.m)] = 1.0
            return Y
        return self.y.astype(np.float64).reshape(1, self.m)

    def subset(self, idx: Sequence[int] | Array) -> "Dataset":
        """The examples at ``idx`` (indices or a boolean mask of length m), same classes."""
        idx = np.asarray(idx)
        if idx.dtype != bool:
            idx = idx.astype(np.intp)
        return self.with_points(self.X[:, idx], self.y[idx])

    def with_points(self, X: Array, y: Array) -> "Dataset":
        """Same problem, name and classes with new points X (2, m') and labels y (m',)."""
        return Dataset(X, y, self.problem, self.name, self.class_names)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict; Python floats keep every bit, so the round trip is exact."""
        X, y = self.X.tolist(), self.y.tolist()
        return {"name": self.name, "problem": self.problem, "class_names": list(self.class_names), "X": X, "y": y}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Dataset":
        """Inverse of to_dict; raises DatasetError on anything malformed."""
        if not isinstance(data, dict):
            raise DatasetError("dataset.not_a_mapping", type=type(data).__name__)
        missing = [key for key in ("problem", "X", "y") if key not in data]
        if missing:
            raise DatasetError("dataset.missing", keys=", ".join(missing))
        names = tuple(data.get("class_names", ()))
        return cls(data["X"], data["y"], data["problem"], data.get("name", "custom"), names)


def _as_float_array(values: Any, what: str) -> Array:
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise DatasetError("dataset.not_numbers", name=what, reason=str(error)) from None
    if not np.all(np.isfinite(array)):
        raise DatasetError("array.not_finite", name=what)
    return array


def _as_labels(values: Any) -> Array:
    raw = np.asarray(values)
    if raw.dtype == bool or np.issubdtype(raw.dtype, np.integer):
        return raw.astype(np.int64)
    labels = _as_float_array(raw, "labels y")
    # The size bound keeps the cast to int64 exact (larger values would overflow with a warning).
    if np.any(labels != np.round(labels)) or np.any(np.abs(labels) > 2**31):
        raise DatasetError("dataset.labels_not_whole")
    return labels.astype(np.int64)


# --- generators: (m, noise, seed) -> X (2, m), y (m,) -----------------------------


def _class_sizes(m: int, k: int) -> list[int]:
    """Balanced class sizes summing to m; the remainder goes to the last classes."""
    base, extra = divmod(m, k)
    return [base + (1 if j >= k - extra else 0) for j in range(k)]


def _stack(parts: Parts) -> tuple[Array, Array]:
    """Points (x1, x2) of class 0, 1, ... -> X (2, m) and y (m,) int64."""
    X = np.vstack([np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])])
    y = np.concatenate([np.full(p[0].size, j, dtype=np.int64) for j, p in enumerate(parts)])
    return X, y


def _flower(m: int, noise: float, seed: int) -> tuple[Array, Array]:
    # The course's load_planar_dataset, with its legacy RandomState so seed 1 gives
    # the published points; t and r are each jittered by `noise` (0.2 in the course).
    rs = np.random.RandomState(seed)
    parts = []
    for j, n in enumerate(_class_sizes(m, 2)):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, n) + rs.randn(n) * noise
        r = 4 * np.sin(4 * t) + rs.randn(n) * noise
        parts.append((r * np.sin(t), r * np.cos(t)))
    return _stack(parts)


def _jittered(shape: Callable[[np.random.Generator, list[int]], Parts], k: int) -> Generator:
    """A generator drawing class shapes with default_rng(seed), then Gaussian jitter of std noise."""

    def generate(m: int, noise: float, seed: int) -> tuple[Array, Array]:
        rng = np.random.default_rng(seed)
        X, y = _stack(shape(rng, _class_sizes(m, k)))
        if noise > 0:  # noise 0 draws nothing more, so clean data is exactly the shape
            X = X + rng.normal(0.0, noise, X.shape)
        return X, y

    return generate


def _circles(rng: np.random.Generator, sizes: list[int]) -> Parts:
    # Class 0 a ring of radius 3-4, class 1 a disc of radius 2; sqrt spreads the disc evenly by area.
    radius = [rng.uniform(3.0, 4.0, sizes[0]), 2.0 * np.sqrt(rng.uniform(0.0, 1.0, sizes[1]))]
    angle = [rng.uniform(0.0, 2 * np.pi, n) for n in sizes]
    return [(r * np.cos(a), r * np.sin(a)) for r, a in zip(radius, angle)]


def _xor(rng: np.random.Generator, sizes: list[int]) -> Parts:
    parts = []
    for j, n in enumerate(sizes):
        # A 0.3 margin from the axes keeps clean data separable; class 1 has x1*x2 > 0.
        size = rng.uniform(0.3, 4.0, (2, n))
        sign = rng.choice([-1.0, 1.0], n)
        parts.append((size[0] * sign, size[1] * sign * (1.0 if j == 1 else -1.0)))
    return parts


def _gaussians(rng: np.random.Generator, sizes: list[int]) -> Parts:
    blobs = [rng.normal(centre, 0.75, (2, n)) for centre, n in zip((-1.75, 1.75), sizes)]
    return [(b[0], b[1]) for b in blobs]


def _spirals(rng: np.random.Generator, sizes: list[int]) -> Parts:
    parts = []
    for j, n in enumerate(sizes):
        t = rng.uniform(0.05, 1.0, n)
        angle = 1.75 * 2 * np.pi * t + 2 * np.pi * j / len(sizes)  # arms a 1/K turn apart
        parts.append((4.5 * t * np.sin(angle), 4.5 * t * np.cos(angle)))
    return parts


def _moons(rng: np.random.Generator, sizes: list[int]) -> Parts:
    a0, a1 = (rng.uniform(0.0, np.pi, n) for n in sizes)
    # Unit half circles (upper at (0, 0), lower at (1, 0.5)) scaled 2.5x and centred.
    return [
        (2.5 * (np.cos(a0) - 0.5), 2.5 * (np.sin(a0) - 0.25)),
        (2.5 * (0.5 - np.cos(a1)), 2.5 * (0.25 - np.sin(a1))),
    ]


def _linear(rng: np.random.Generator, sizes: list[int]) -> Parts:
    c, s = np.cos(np.pi / 6), np.sin(np.pi / 6)  # the boundary: the line through the origin at 30°
    parts = []
    for j, n in enumerate(sizes):
        along = rng.uniform(-3.5, 3.5, n)
        across = rng.uniform(0.25, 3.0, n) * (1.0 if j == 1 else -1.0)  # class 1 left of the line
        parts.append((along * c - across * s, along * s + across * c))
    return parts


def _regression(target: Callable[[Array], Array]) -> Generator:
    """A generator with X uniform in [-4, 4]² and y = target(X) + Gaussian noise of std noise."""

    def generate(m: int, noise: float, seed: int) -> tuple[Array, Array]:
        rng = np.random.default_rng(seed)
        X = rng.uniform(-4.0, 4.0, (2, m))
        y = target(X)
        if noise > 0:
            y = y + rng.normal(0.0, noise, m)
        return X, y

    return generate


def _plane(X: Array) -> Array:
    return 0.5 * X[0] - 0.25 * X[1] + 1.0


_BUMPS = ((-2.0, -2.0, 1.0), (2.0, 2.0, 1.0), (-2.0, 2.0, -1.0), (2.0, -2.0, -0.5))


def _bumps(X: Array) -> Array:
    return sum(h * np.exp(-((X[0] - cx) ** 2 + (X[1] - cy) ** 2) / (2 * 1.2**2)) for cx, cy, h in _BUMPS)


@dataclass(frozen=True)
class DatasetSpec:
    """A registered dataset: its generator (m, noise, seed) -> X (2, m), y (m,) and defaults."""

    name: str
    label: str
    problem: str
    n_classes: int
    default_m: int
    default_noise: float
    generator: Generator
    description: str = ""  # what `noise` means for this set


_POSITION = "noise: standard deviation of Gaussian jitter added to x1 and x2"
_TARGET = "noise: standard deviation of Gaussian noise added to the target y"

#: Registered datasets in the order the GUI lists them.
DATASETS: dict[str, DatasetSpec] = {
    s.name: s
    for s in (
        DatasetSpec("flower", "Planar flower", "binary", 2, 400, 0.2, _flower,
            "the course's 4-petal flower; noise: standard deviation added to the angle t and radius r"),
        DatasetSpec("circles", "Circles", "binary", 2, 400, 0.2, _jittered(_circles, 2),
            "a disc (class 1, radius 2) inside a ring (class 0, radius 3-4); " + _POSITION),
        DatasetSpec("xor", "XOR", "binary", 2, 400, 0.2, _jittered(_xor, 2),
            "quadrants: class 1 where x1·x2 > 0; " + _POSITION),
        DatasetSpec("gaussians", "Two Gaussians", "binary", 2, 400, 0.5, _jittered(_gaussians, 2),
            "blobs of std 0.75 at (-1.75, -1.75) (class 0) and (1.75, 1.75) (class 1); " + _POSITION),
        DatasetSpec("spiral", "Spiral", "binary", 2, 400, 0.2, _jittered(_spirals, 2),
            "two interleaved spiral arms; " + _POSITION),
        DatasetSpec("spiral3", "Spiral (3 classes)", "multiclass", 3, 300, 0.2, _jittered(_spirals, 3),
            "three interleaved spiral arms; " + _POSITION),
        DatasetSpec("moons", "Moons", "binary", 2, 400, 0.2, _jittered(_moons, 2),
            "two interleaving half circles; " + _POSITION),
        DatasetSpec("linear", "Linearly separable", "binary", 2, 400, 0.2, _jittered(_linear, 2),
            "two classes either side of a line at 30°; " + _POSITION),
        DatasetSpec("plane", "Plane (regression)", "regression", 0, 400, 0.3, _regression(_plane),
            "y = 0.5·x1 − 0.25·x2 + 1; " + _TARGET),
        DatasetSpec("multi_gaussian", "Gaussian bumps (regression)", "regression", 0, 400, 0.05, _regression(_bumps),
            "y = a sum of four Gaussian bumps (heights 1, 1, −1, −0.5); " + _TARGET),
    )
}


def _check_int(what: Message, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise DatasetError("value.not_whole", name=what, value=value)
    if not low <= value <= high:
        raise DatasetError("value.not_between", name=what, low=low, high=high, value=value)
    return int(value)


def _check_ratio(what: Message, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating)) or not np.isfinite(value):
        raise DatasetError("value.not_finite", name=what, value=value)
    if not low <= value <= high:
        raise DatasetError("value.out_of_range", name=what, low=low, high=high, value=value)
    return float(value)


def make_dataset(name: str, m: int | None = None, noise: float | None = None, seed: int = 1) -> Dataset:
    """The registered dataset ``name`` with X (2, m) and y (m,); None means the spec's default."""
    spec = DATASETS.get(name)
    if spec is None:
        raise DatasetError("dataset.unknown", name=name, known=", ".join(DATASETS))
    low = max(M_RANGE[0], spec.n_classes)  # at least one point per class
    m = _check_int(Message("term.m"), spec.default_m if m is None else m, low, M_RANGE[1])
    noise = _check_ratio(Message("term.noise"), spec.default_noise if noise is None else noise, *NOISE_RANGE)
    seed = _check_int(Message("term.seed"), seed, 0, MAX_SEED)
    X, y = spec.generator(m, noise, seed)
    names = tuple(str(j) for j in range(spec.n_classes))
    return Dataset(X, y, spec.problem, name, names)


def from_points(X: Array, y: Array, problem: str, class_names: Sequence[str] = (), name: str = "custom") -> Dataset:
    """A dataset from points the user drew or imported: X (2, m), y (m,)."""
    return Dataset(X, y, problem, name, tuple(class_names))


def train_test_split(dataset: Dataset, test_ratio: float, seed: int) -> tuple[Dataset, Dataset]:
    """Shuffle and split into (train, test); stratified per class so train sees every class."""
    test_ratio = _check_ratio(Message("term.test_ratio"), test_ratio, *TEST_RATIO_RANGE)
    seed = _check_int(Message("term.seed"), seed, 0, MAX_SEED)

    m = dataset.m
    order = np.random.default_rng(seed).permutation(m)
    if m == 0:
        return dataset.subset(order), dataset.subset(order)
    groups = [order[dataset.y[order] == c] for c in np.unique(dataset.y)] if dataset.is_classification else [order]
    # Train keeps at least one point of every class (and so at least one point).
    n_test = min(int(np.floor(test_ratio * m + 0.5)), m - len(groups))
    quotas = [g.size * n_test / m for g in groups]
    counts = [int(np.floor(q)) for q in quotas]
    # Largest remainder: hand the leftover test points to the groups that lost most to flooring.
    # Several passes may be needed when some groups are already full (train keeps one).
    by_remainder = sorted(range(len(groups)), key=lambda j: counts[j] - quotas[j])
    while sum(counts) < n_test:
        for j in by_remainder:
            if sum(counts) < n_test and counts[j] < groups[j].size - 1:
                counts[j] += 1
    is_test = np.zeros(m, dtype=bool)
    for g, c in zip(groups, counts):
        is_test[g[:c]] = True
    # Keep the shuffled order inside each split, so neither is grouped by class.
    return dataset.subset(order[~is_test[order]]), dataset.subset(order[is_test[order]])
