"""Plug in the numbers: every number is the inspector's (the phase events' matrices), and the scalar
formulas hold with them: z = Σ w·a + b, dz = da·g′(z) or a − y, dw of one example = dZ[:, i] A_prev[:, i]ᵀ."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.nn.activations import get_activation
from backprop_studio.core.session import Session
from backprop_studio.core.teaching.plug_in import (compute_matrices, example_gradient, from_events, from_snapshot,
                                                   number_text, plug_in)
from backprop_studio.core.training.hyperparameters import Hyperparameters


def phase_iteration(session: Session) -> list:
    events = [session.step_phase()]
    while session.in_iteration:
        events.append(session.step_phase())
    return events


def tensors_of(events) -> dict:
    """(matrix name, layer) → the event's matrix, as the inspector shows it for that phase."""
    found = {}
    for event in events:
        for name, value in event.tensors.items():
            if event.kind in ("forward", "backward") or name == "Y":
                found.setdefault((name, event.layer), value)
    return found


SETUPS = [
    (Hyperparameters(), None),
    (Hyperparameters(batch_size=64, lambd=0.3), None),
    (Hyperparameters(hidden_units=(5, 3), hidden_activations=("relu", "sigmoid"), learning_rate=0.5), None),
    (Hyperparameters(problem="multiclass", n_classes=3), DataSpec(name="spiral3")),
]


@pytest.mark.parametrize("hp, data", SETUPS, ids=["course", "mini-batch + L2", "deep", "softmax"])
def test_the_numbers_are_the_inspectors_and_the_formulas_hold(hp, data):
    session = Session(data, hp)
    session.train(40)
    events = phase_iteration(session)
    inspector = tensors_of(events)
    matrices = from_events(events)
    hp = session.hyperparameters
    names, L = hp.activations(), len(hp.activations())
    m = inspector[("Z", 1)].shape[1]
    for l in range(1, L + 1):
        for j in range(hp.layer_dims()[l]):
            for i in (0, 5, m - 1):
                numbers = plug_in(matrices, l, j, i, names, hp.leaky_alpha, hp.lambd)
                formulas = {f.name: f for f in numbers.forward}
                for f in numbers.forward + numbers.backward:
                    for number in [n for term in f.terms for n in term] + [f.result, f.average]:
                        if number is not None and number.cell is not None:
                            name, row, col = number.cell
                            assert number.value == inspector[(name, l)][row, col], (f.name, number)
                z = formulas["z"]
                assert abs(sum(np.prod([n.value for n in term]) for term in z.terms) - z.result.value) < 1e-12
                backward = {}
                for f in numbers.backward:
                    backward.setdefault(f.name, []).append(f)
                dz = backward["dz"][0]
                if l == L:
                    a, y = (term[0].value for term in dz.terms)
                    assert dz.result.value == a - y
                else:
                    da, slope = dz.terms[0]
                    assert dz.result.value == da.value * slope.value
                    g_prime = backward["g_prime"][0]
                    assert g_prime.result.value == get_activation(names[l - 1], hp.leaky_alpha).dg(
                        inspector[("Z", l)])[j, i]
                    if "da" in backward:  # Σ_u w[l+1]_uj dz[l+1]_u: the dA the layer above sent back
                        terms = backward["da"][0].terms
                        assert [w.value for w, _ in terms] == list(inspector[("W", l + 1)][:, j])
                        assert [d.value for _, d in terms] == list(inspector[("dZ", l + 1)][:, i])
                        assert abs(sum(w.value * d.value for w, d in terms) - da.value) < 1e-12
                one_dW, one_db = example_gradient(matrices, l, i)
                expected_dW = np.outer(inspector[("dZ", l)][:, i], inspector[("A_prev", l)][:, i])
                assert one_dW.tobytes() == expected_dW.tobytes()  # dW of one example = dZ[:, i] A_prev[:, i]ᵀ
                for k, dw in enumerate(backward["dw"]):
                    assert dw.result.value == expected_dW[j, k] and dw.average.cell == ("dW", j, k)
                    assert "average" in dw.note_text() and str(m) in dw.note_text()
                assert backward["db"][0].result.value == one_db[j, 0] == inspector[("dZ", l)][j, i]
        # The inspector's dW and db are the averages of the per-example ones (plus (λ/m) W with L2).
        per_example = sum(example_gradient(matrices, l, i)[0] for i in range(m)) / m
        expected = per_example + hp.lambd / m * inspector[("W", l)]
        np.testing.assert_allclose(inspector[("dW", l)], expected, rtol=1e-12, atol=1e-15)
        db = sum(example_gradient(matrices, l, i)[1] for i in range(m)) / m
        np.testing.assert_allclose(inspector[("db", l)], db, rtol=1e-12, atol=1e-15)


def test_a_snapshot_gives_the_matrices_the_next_full_batch_iteration_shows():
    session = Session()
    session.train(25)
    snapshot = session.snapshot()
    events = phase_iteration(session)
    now, inspector = from_snapshot(snapshot), tensors_of(events)
    for (name, l), value in inspector.items():
        if name in now[l]:
            assert now[l][name].tobytes() == np.asarray(value).tobytes(), (name, l)
    assert set(now[1]) == {"A_prev", "W", "b", "Z", "A", "dA", "g_prime", "dZ", "dW", "db"}


def test_the_text_writes_the_courses_formulas_with_the_numbers():
    X, Y = np.array([[1.62], [-4.04]]), np.array([[1.0]])
    parameters = {"W1": np.array([[0.50, -0.93]]), "b1": np.array([[0.07]])}
    numbers = plug_in(compute_matrices(X, Y, parameters, ["sigmoid"]), 1, 0, 0, ["sigmoid"])
    z = 0.50 * 1.62 + (-0.93) * (-4.04) + 0.07
    a = 1 / (1 + np.exp(-z))
    lines = numbers.text().splitlines()
    assert lines[0] == f"z[1]₁ = w[1]₁₁·x₁ + w[1]₁₂·x₂ + b[1]₁ = 0.50·1.62 + (−0.93)·(−4.04) + 0.07 = {z:.2f}"
    assert lines[1] == f"a[1]₁ = σ(z[1]₁) = σ({z:.2f}) = {a:.2f}"
    assert lines[2] == f"dz[1]₁ = a[1]₁ − y₁ = {a:.2f} − 1.00 = −{1 - a:.2f}"
    assert lines[3].startswith(f"dw[1]₁₁ = dz[1]₁·x₁ = (−{1 - a:.2f})·1.62 = −{(1 - a) * 1.62:.2f}   (for this example")
    assert numbers.text(digits=4).splitlines()[0].endswith(f"= {z:.4f}")
    assert number_text(-0.5) == "(−0.50)" and number_text(-0.5, bracket=False) == "−0.50" and number_text(3) == "3.00"


def test_before_the_backward_phases_there_are_only_forward_formulas():
    session = Session()
    events = [session.step_phase(), session.step_phase()]  # forward 1 and 2
    numbers = plug_in(from_events(events), 1, 3, 0, session.hyperparameters.activations())
    assert [f.name for f in numbers.forward] == ["z", "a"] and numbers.backward == ()


def test_softmax_shows_the_whole_column_and_wrong_units_are_refused():
    session = Session(DataSpec(name="spiral3"), Hyperparameters(problem="multiclass", n_classes=3))
    matrices = from_snapshot(session.snapshot())
    a = plug_in(matrices, 2, 1, 4, session.hyperparameters.activations()).forward[1]
    assert [n.cell for (n,) in a.terms] == [("Z", 0, 4), ("Z", 1, 4), ("Z", 2, 4)]
    assert a.text().startswith("a[2]₂ = softmax(z[2])₂ = softmax(")
    with pytest.raises(IndexError):
        plug_in(matrices, 1, 4, 0, session.hyperparameters.activations())
