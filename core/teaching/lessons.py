"""The guided lessons: one idea of the course each, as data.

A lesson is a preset (dataset, network, hyperparameters, seeds — and for
lesson 13 a scale applied to the raw inputs), a short text (what it is about,
what to do, what to notice) and live checks that tick when the thing to notice
has happened. Texts are English; the GUI passes each through Qt's translation
(context "Lessons"; ``all_texts()`` lists them for the translation files).

Every number a text or a check states is verified by ``tests/core/teaching/test_lessons.py``
(which replays each lesson's ``demo``, what the student is asked to do, headless) and
``test_lesson_claims.py``, over the preset's seeds and nearby ones, so no claim rests on
one run's rounding: BLAS libraries round differently per CPU, and a claim measured on a
knife edge would be true on one laptop and false on the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..data.datasets import Dataset
from ..training.hyperparameters import Hyperparameters
from .lesson_checks import (
    DemoStep, LessonLog, Predicate, activations_tried, bends, large_init_crawls, logistic_stalls, random_breaks_symmetry,
    raw_inputs_crawl, reached, saw_cost_rise, scaled_dataset, small_init_learns, smooth_and_good,
    standardized_learns, straight_after_training, sweep_done, zeros_stay_symmetric,
)
from ..data.pipeline import DataSpec, PreparedData
from ..training.trainer import Trainer

#: The GUI's "auto" speed: each Play spreads the first few thousand iterations over about ten
#: seconds, then goes as fast as the machine goes (gui/model/worker.py). A lesson's ``speed`` is this,
#: 0 (as fast as possible) or a number of iterations per second the GUI's speed control offers.
AUTO_SPEED = -1


@dataclass(frozen=True)
class Check:
    """One live check: ``target`` says what to reach; ``within`` bounds the iterations of the run that reaches it."""

    target: str
    predicate: Predicate
    within: int | None = None


@dataclass(frozen=True)
class Lesson:
    """A guided preset. ``data_spec``/``hyperparameters`` None: the lesson leaves the session as it is."""

    number: int
    name: str
    title: str
    intro: str
    steps: tuple[str, ...]
    notice: tuple[str, ...]
    checks: tuple[Check, ...]
    data_spec: DataSpec | None = None
    hyperparameters: Hyperparameters | None = None
    input_scale: float = 1.0  # multiplies the raw points (lesson 13: ×255, as raw pixel values)
    demo: tuple[DemoStep, ...] = ()
    lab: str | None = None  # "computation_graph" | "vectorization": the lesson opens that lab
    experiment: dict[str, Any] | None = None  # a sweep preset for the experiment runner
    show_shapes: bool = False  # the panel shows the dimension table of the current network
    #: Iterations per second Play runs at once the lesson is loaded: slow enough to see its effect
    #: happen (AUTO_SPEED, or a fixed speed); None leaves the speed as it is (a lab, no training).
    speed: int | None = None

    @property
    def has_preset(self) -> bool:
        return self.data_spec is not None or self.hyperparameters is not None

    def dataset(self) -> Dataset | None:
        """The points to install when they are not simply ``data_spec.make()`` (scaled inputs), else None."""
        if self.data_spec is None or self.input_scale == 1.0:
            return None
        return scaled_dataset(self.data_spec, self.input_scale)

    def evaluate_checks(self, trainer: Trainer, prepared: PreparedData, log: LessonLog) -> list[bool]:
        """Observe the trainer, tick what now holds, and return every check's state (ticks stay)."""
        run = log.observe(trainer, prepared)
        for i, check in enumerate(self.checks):
            if i not in log.ticked and check.predicate(trainer, prepared, log):
                log.ticked.add(i)
                log.ticked_at[i] = run.iterations
        return [i in log.ticked for i in range(len(self.checks))]


def _steps(*pairs: tuple[dict[str, Any], int]) -> tuple[DemoStep, ...]:
    return tuple(DemoStep(tuple(changes.items()), n) for changes, n in pairs)


# ----------------------------------------------------------------------------- the lessons
FULL_FLOWER = DataSpec(test_ratio=0.0)  # the course fits the planar data on all 400 points
COURSE_NET = Hyperparameters(initialization="course", seed=2)  # the course's init: its published numbers
# The presets below name their split and initialization even where they match the app's defaults:
# the claims of each lesson were measured with them (tests/core/teaching), whatever the defaults become.
HELD_OUT = 0.2  # a fifth of the points held out for testing
RANDOM = "random"  # W = randn × scale from NumPy's Generator(seed)

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        1, "logistic_regression", "Logistic regression is one neuron",
        "With no hidden layer the network is logistic regression: one sigmoid neuron, ŷ = σ(w·x + b). "
        "Its decision boundary, where w·x + b = 0, is a straight line.",
        ("Press Play (or Step a few times).", "Watch the boundary and the training accuracy."),
        ("The boundary is a straight line, and stays one.",
         "No line separates the flower's petals: accuracy stalls near 47 %, as in the course.",
         "The cost stops falling: gradient descent found the best line. The model is the limit, not the training."),
        (Check("Train 300 iterations: accuracy stalls near 47 %", logistic_stalls, 300),),
        FULL_FLOWER, COURSE_NET.with_changes(hidden_units=(), hidden_activations=()),
        demo=_steps(({}, 400)), speed=100,  # 300 iterations in 3 s: the line settles, then stalls
    ),
    Lesson(
        2, "computation_graph", "The computation graph",
        "Backpropagation is the chain rule applied backwards through a computation graph. "
        "The lab draws J = 3(a + bc) as u = bc, v = a + u, J = 3v.",
        ("Press Open the lab.", "Press Forward: u, v and J fill in from left to right.",
         "Press Backward: each dJ/d… is the product of the derivatives along the path back to J.",
         "Then do the same for logistic regression on one example."),
        ("For a = 5, b = 3, c = 2: J = 33, dJ/da = 3, dJ/db = 6, dJ/dc = 9.",
         "For logistic regression dz = a − y: the same dZ[L] = A[L] − Y the network uses."),
        (Check("Open the lab", lambda t, p, log: "computation_graph" in log.labs_opened),),
        lab="computation_graph",
    ),
    Lesson(
        3, "vectorization", "Vectorization",
        "The course never loops over the m examples: X holds them as columns, and one matrix product "
        "handles them all at once.",
        ("Press Open the lab.", "Time a Python for-loop against np.dot for vectors of growing length n.",
         "Compute one logistic-regression gradient with a loop over m, then vectorised."),
        ("np.dot is hundreds of times faster and gives the same number (to rounding).",
         "Vectorising changes the speed, not the maths: both gradients agree."),
        (Check("Open the lab", lambda t, p, log: "vectorization" in log.labs_opened),),
        lab="vectorization",
    ),
    Lesson(
        4, "shapes", "Shapes and broadcasting",
        "Most bugs in a network are shape bugs. With examples as columns, W[l] is (n[l], n[l−1]), "
        "b[l] is (n[l], 1), Z[l] and A[l] are (n[l], m); dW[l] and db[l] have the shapes of W[l] and b[l].",
        ("Read the table above: it is this network's (2 → 4 → 3 → 1).",
         "Press Step once; step phase by phase to see each matrix in the inspector.",
         "Change the units of a layer and see which shapes change."),
        ("Z[l] = W[l] A[l−1] + b[l]: (n[l], n[l−1]) times (n[l−1], m) gives (n[l], m).",
         "b[l] is (n[l], 1): NumPy broadcasting adds it to each of the m columns.",
         "Only Z, A, dZ and dA depend on m; the parameters do not."),
        (Check("Take one iteration (Step)", lambda t, p, log: any(run.iterations >= 1 for run in log.runs), 1),),
        DataSpec(test_ratio=HELD_OUT),
        Hyperparameters(hidden_units=(4, 3), hidden_activations=("tanh", "tanh"), initialization=RANDOM),
        demo=_steps(({}, 1)), show_shapes=True, speed=10,  # about stepping: Play shows each iteration
    ),
    Lesson(
        5, "one_hidden_layer", "One hidden layer bends the boundary",
        "Add one hidden layer of 4 tanh units: each unit draws its own soft line, and the output neuron "
        "combines them into a curved boundary.",
        ("Press Play.", "Click each hidden unit in the network diagram to see its own map."),
        ("The boundary bends around the petals and accuracy climbs to about 90 % (the course's number).",
         "Each hidden unit alone is still a soft line, tanh(w·x + b): the curve comes from combining them."),
        # 88 %, not 90 %: every nearby init seed passes 88 % by iteration ~400, but some hover at 89 %.
        (Check("Reach 88 % training accuracy", reached(0.88), 1000),),
        FULL_FLOWER, COURSE_NET, demo=_steps(({}, 3000)), speed=AUTO_SPEED,  # the boundary bends over ~5 s
    ),
    Lesson(
        6, "activations", "Activation functions",
        "g[l] is a choice. Sigmoid squashes z into (0, 1), tanh into (−1, 1); ReLU = max(0, z) and "
        "leaky ReLU = max(0.01z, z) never saturate for z > 0.",
        ("Press Play for about 300 iterations and note the cost.",
         "In the Network panel switch the hidden activation to tanh, then ReLU, then leaky ReLU, "
         "training each about 300 iterations."),
        ("Sigmoid learns slowest: its slope g'(z) is at most 0.25, so every dZ[1] is small.",
         "tanh is faster: slope up to 1, outputs centred on 0.",
         "ReLU and leaky ReLU are fastest here, and their boundaries have corners: they are piecewise linear."),
        (Check("Train 3 different activations, 300 iterations each", activations_tried, 300),),
        DataSpec(name="moons", test_ratio=HELD_OUT),
        # α = 1.0: sigmoid ≥ 3× tanh's cost, ReLU ≤ 0.6× on every nearby seed (at 0.5 tanh beat ReLU on one).
        Hyperparameters(hidden_units=(8,), hidden_activations=("sigmoid",), initialization="xavier",
                        learning_rate=1.0),
        demo=_steps(({}, 300), ({"hidden_activations": ("tanh",)}, 300), ({"hidden_activations": ("relu",)}, 300)),
        speed=100,  # 300 iterations in 3 s each: the three costs are compared as they fall
    ),
    Lesson(
        7, "why_nonlinear", "Why non-linear activations",
        "With linear hidden units, A[l] = Z[l], and a product of linear maps is linear: three layers collapse "
        "into one, W[3]W[2]W[1]x + … . The boundary is a straight line at any depth.",
        ("Press Play: three hidden layers of linear units.",
         "Then set every hidden layer to tanh and train again."),
        ("With linear units the boundary stays a straight line, however long you train.",
         "With tanh the same network bends its boundary: non-linearity is what depth needs."),
        (Check("Train 500 iterations: the boundary is still a straight line", straight_after_training, 500),
         Check("Switch to tanh: the boundary bends", bends, 200)),
        DataSpec(test_ratio=HELD_OUT),
        Hyperparameters(hidden_units=(4, 4, 4), hidden_activations=("linear",) * 3, initialization="xavier",
                        learning_rate=0.3),
        demo=_steps(({}, 500), ({"hidden_activations": ("tanh",) * 3}, 300)),
        speed=100,  # the line turns and stays a line for 5 s; with tanh it bends within 2 s
    ),
    Lesson(
        8, "zero_initialization", "Zero initialization",
        "If every weight starts at 0, every hidden unit computes the same function and gets the same gradient, "
        "so the units stay identical for ever: 4 units are no better than 1. Random weights break the symmetry.",
        ("Press Play for a few hundred iterations, then click each hidden unit in the diagram.",
         "Set Initialization to random (scale 0.01) and train again."),
        ("With zeros all four maps are the same, and every row of W[1] is equal (see the inspector).",
         "Accuracy is no better than with one hidden unit (about 67 % here).",
         "With random × 0.01 the units differ and accuracy passes 85 %.",
         "Here the hidden units are sigmoid and there is one more point of one class: with tanh(0) = 0, "
         "or exactly balanced classes, zero weights get exactly zero gradients and nothing moves at all."),
        (Check("Zeros: after 300 iterations every row of W[1] is still equal", zeros_stay_symmetric, 300),
         Check("Random × 0.01: the units differ; reach 85 %", random_breaks_symmetry, 2000)),
        DataSpec(m=401, test_ratio=HELD_OUT), Hyperparameters(hidden_activations=("sigmoid",), initialization="zeros"),
        demo=_steps(({}, 300), ({"initialization": "random"}, 2000)),  # a nearby flower needs 1,350
        speed=300,  # zeros: 300 iterations of nothing in 1 s; random: 85 % within about 5 s
    ),
    Lesson(
        9, "large_initialization", "Too-large initial weights",
        "Weights drawn × 10 make |z| large, where tanh is flat: g'(z) ≈ 0, so dZ[1] = dA[1] * g'(Z[1]) ≈ 0 "
        "and W[1] hardly moves.",
        ("Press Play for 500 iterations; look at layer 1's activation graph: the Z values sit on the flat parts.",
         "Set the initialization scale back to 0.01 and train again."),
        ("With × 10 most tanh units are saturated: after 500 iterations accuracy is still below 90 %, "
         "and usually for thousands more.",
         "With × 0.01 the circles are learned within a few hundred iterations."),
        (Check("× 10: after 500 iterations, below 90 % with most units saturated", large_init_crawls, 600),
         Check("× 0.01: reach 95 % training accuracy", small_init_learns, 500)),
        DataSpec(name="circles", test_ratio=HELD_OUT), Hyperparameters(initialization=RANDOM, init_scale=10.0),
        demo=_steps(({}, 600), ({"init_scale": 0.01}, 500)),
        # × 10 crawls from 55 % to about 75 % over the first 20 s; × 0.01 passes 95 % within 2 to 3 s.
        speed=100,
    ),
    Lesson(
        10, "learning_rate", "The learning rate α",
        "Gradient descent steps W = W − α dW. α sets the step: too small crawls, too large overshoots.",
        ("Press Play with α = 0.001 and watch the cost.", "Type α = 10 into the learning-rate box.",
         "Open View → Cost surface: the white path of two weights zig-zags across the valley of J.",
         "Then set α = 1.2."),
        ("α = 0.001 crawls: after hundreds of iterations the cost has hardly moved.",
         "α = 10: the cost goes up and down — each step jumps across the valley.",
         "α = 1.2 (the course's value): the cost only falls, and accuracy passes 85 %."),
        (Check("Too large: see the cost go up (try α = 10)", saw_cost_rise, 300),
         Check("Just right: the cost only falls and accuracy reaches 85 %", smooth_and_good, 1000)),
        DataSpec(test_ratio=HELD_OUT), Hyperparameters(initialization=RANDOM, learning_rate=0.001),
        demo=_steps(({}, 300), ({"learning_rate": 10.0}, 300), ({"learning_rate": 1.2}, 1000)),
        # α = 10 overshoots within its first 20 iterations (J 0.69 → 2.4 and back): 2 s to watch it rise.
        speed=10,
    ),
    Lesson(
        11, "hidden_layer_size", "Hidden layer size",
        "How many hidden units? The course trains n[1] = 1, 2, 3, 4, 5, 20 and 50 on the flower and compares.",
        ("Press Load lesson: the experiment runner opens with these values.",
         "Press Run and wait for the 7 runs (a few seconds)."),
        ("1 or 2 units are too few (about 67 %): they cannot wrap the petals.",
         "From 3 units on, accuracy is about 90 %.",
         "20 and 50 units fit the training set about as well or better, but the test accuracy usually "
         "does not improve: a bigger network can overfit."),
        (Check("Run the sweep over n[1] to the end", sweep_done),),
        DataSpec(test_ratio=HELD_OUT), Hyperparameters(initialization=RANDOM), speed=AUTO_SPEED,
        experiment={"parameter": "hidden_units", "values": (1, 2, 3, 4, 5, 20, 50), "iterations": 5000},
    ),
    Lesson(
        12, "deep_networks", "Deep networks; parameters and hyperparameters",
        "Some patterns are easier with depth: each layer builds on the features of the one before. "
        "The spiral's arms wind around each other.",
        ("Press Play: three hidden layers of 10 tanh units.",
         "Then remove two layers (one hidden layer of 10) and compare."),
        ("The deep network passes 90 % within 3,000 iterations; one hidden layer of 10 units is still well "
         "below 90 % then.",
         "The cost spikes now and then: a step overshoots, and the next steps recover.",
         "Parameters are what gradient descent learns: every W[l] and b[l], 261 numbers here "
         "(Σ n[l](n[l−1] + 1)).",
         "Hyperparameters are what you choose: α, the iterations, the layers L, the units n[l], the "
         "activations g[l], the initialization. They decide what the parameters become."),
        (Check("Reach 90 % training accuracy on the spiral", reached(0.90), 3000),),
        DataSpec(name="spiral", test_ratio=HELD_OUT),
        # α = 0.2 and 10 units: every nearby seed passes 90 % by iteration ~1,900, while one layer of
        # 10 stays below ~85 % at 3,000 (8 units at α = 0.3 passed 90 % anywhere from 1,100 to 2,200+).
        Hyperparameters(hidden_units=(10, 10, 10), hidden_activations=("tanh",) * 3, initialization="xavier",
                        learning_rate=0.2),
        demo=_steps(({}, 3000)), speed=300,  # 3,000 iterations in 10 s, the spikes one by one
    ),
    Lesson(
        13, "input_scaling", "Input scaling",
        "Raw features can be large — pixel values go up to 255. Here every coordinate of the circles is "
        "multiplied by 255.",
        ("Press Play for 500 iterations.", "Tick Standardize inputs (Network panel) and train again."),
        ("Raw inputs make Z[1] = W[1]X + b[1] huge: tanh saturates and accuracy stays near 55 %, "
         "little better than guessing.",
         "Standardizing — subtract each feature's mean, divide by its standard deviation, both from the "
         "training set — brings the inputs near [−2, 2]; the same network passes 95 % within a few "
         "hundred iterations.",
         "New data must be scaled with the training set's mean and standard deviation."),
        (Check("Raw ×255: after 500 iterations still below 95 %", raw_inputs_crawl, 600),
         Check("Standardized: reach 95 % training accuracy", standardized_learns, 1000)),
        DataSpec(name="circles", test_ratio=HELD_OUT), Hyperparameters(initialization=RANDOM), input_scale=255.0,
        demo=_steps(({}, 600), ({"standardize": True}, 1000)),
        speed=100,  # raw: 6 s stuck near 55 %; standardized: 95 % within a few seconds
    ),
)

LESSONS_BY_NAME = {lesson.name: lesson for lesson in LESSONS}


def get_lesson(name: str) -> Lesson | None:
    return LESSONS_BY_NAME.get(name)


def all_texts() -> list[str]:
    """Every English string a lesson shows (for the translation files, context "Lessons")."""
    texts: list[str] = []
    for lesson in LESSONS:
        texts += [lesson.title, lesson.intro, *lesson.steps, *lesson.notice, *(c.target for c in lesson.checks)]
    return list(dict.fromkeys(texts))


__all__ = ["AUTO_SPEED", "Check", "Lesson", "LESSONS", "LESSONS_BY_NAME", "get_lesson", "all_texts"]
