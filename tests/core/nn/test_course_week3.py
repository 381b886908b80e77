"""Week 3, "Planar data classification with one hidden layer": the course's published test cases.

Each test rebuilds a published case's inputs from its recipe (seed of NumPy's legacy generator,
then the randn draws in order — RandomState(seed) draws what np.random.seed(seed) + randn draw —
and the hard-coded literals) and compares core.nn.shallow with the expected output the course
printed, to the printed digits (tests/core/nn/printed.py).

Sources (facts only: recipes and printed numbers):
  TC2   amanchadha/coursera-deep-learning-specialization, "C1 - Neural Networks and Deep Learning/
        Week 3/Planar data classification with one hidden layer/testCases_v2.py" (the recipes).
  NB6c  Planar_data_classification_with_onehidden_layer_v6c.ipynb (same folder; imports
        testCases_v2): its "Expected Output" tables and printed outputs.
  PT21  TrishamBP/Shallow-Neural-Network, public_tests.py: the 2021 edition's public tests.
  TC1   DYZhang117/NN_and_DLing_Week3, testCases.py: the 2017 (v1) recipes, whose labels are raw
        randn numbers, not 0/1; NB1 is that v1 notebook's "Expected Output".
"""

from __future__ import annotations

import numpy as np

from backprop_studio.core.nn.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    layer_sizes,
    nn_model,
    predict,
    update_parameters,
)

from .printed import FULL, assert_printed, assert_printed_sci, half_unit

# The hard-coded W1, W2 of TC2's forward, cost and backward cases.
W1_LITERAL = [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747],
              [0.00502881, -0.01245288]]
W2_LITERAL = [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]
A2_LITERAL = [[0.5002307, 0.49985831, 0.50023963]]
# TC2's update_parameters and predict input parameters.
TRAINED = {"W1": np.array([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545],
                           [0.00935436, -0.05018221]]),
           "W2": np.array([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]),
           "b1": np.array([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]),
           "b2": np.array([[9.14954378e-05]])}


def _literal_parameters():
    return {"W1": np.array(W1_LITERAL), "W2": np.array(W2_LITERAL), "b1": np.zeros((4, 1)), "b2": np.zeros((1, 1))}


def _X_and_Y(thresholded: bool = True):
    # TC2 (and TC1): seed 1; X = randn(2, 3); Y = randn(1, 3) > 0 (TC1: the raw randn numbers).
    rs = np.random.RandomState(1)
    X, Y = rs.randn(2, 3), rs.randn(1, 3)
    return X, (Y > 0) if thresholded else Y


def test_layer_sizes():
    # TC2 layer_sizes_test_case and PT21: seed 1; X (5,3), Y (2,3) → (5, 4, 2); PT21 then draws on from
    # the same stream X (7,5), Y (5,5) → (7, 4, 5), and asks for a tuple.
    rs = np.random.RandomState(1)
    X, Y = rs.randn(5, 3), rs.randn(2, 3)
    assert layer_sizes(X, Y) == (5, 4, 2)
    X, Y = rs.randn(7, 5), rs.randn(5, 5)
    sizes = layer_sizes(X, Y)
    assert type(sizes) is tuple and sizes == (7, 4, 5)


def test_initialize_parameters_seed_2():
    # TC2 initialize_parameters_test_case (2, 4, 1); the function seeds 2. Expected: NB6c.
    p = initialize_parameters(2, 4, 1)
    assert_printed(p["W1"], W1_LITERAL)
    assert_printed(p["W2"], W2_LITERAL)
    assert_printed(p["b1"], np.zeros((4, 1)))
    assert_printed(p["b2"], [[0.0]])
    # PT21 initialize_parameters_test: seed 2, (3, 5, 2).
    p = initialize_parameters(3, 5, 2, seed=2)
    assert_printed(p["W1"], [[-0.00416758, -0.00056267, -0.02136196], [0.01640271, -0.01793436, -0.00841747],
                             [0.00502881, -0.01245288, -0.01057952], [-0.00909008, 0.00551454, 0.02292208],
                             [0.00041539, -0.01117925, 0.00539058]])
    assert_printed_sci(p["W2"], [[-5.96159700e-03, -1.91304965e-04, 1.17500122e-02, -7.47870949e-03, 9.02525097e-05],
                                 [-8.78107893e-03, -1.56434170e-03, 2.56570452e-03, -9.88779049e-03, -3.38821966e-03]])


def test_initialize_parameters_leaves_numpys_global_generator_alone():
    # The course calls np.random.seed(2); core draws the same numbers from its own RandomState.
    np.random.seed(123)
    expected_next = np.random.rand()
    np.random.seed(123)
    initialize_parameters(2, 4, 1)
    assert np.random.rand() == expected_next


def _forward_case():
    # TC2 forward_propagation_test_case and PT21: seed 1; X (2,3), b1 (4,1); b2 = −1.3; W1, W2 literal.
    rs = np.random.RandomState(1)
    X, b1 = rs.randn(2, 3), rs.randn(4, 1)
    return X, {"W1": np.array(W1_LITERAL), "W2": np.array(W2_LITERAL), "b1": b1, "b2": np.array([[-1.3]])}


def test_forward_propagation():
    A2, cache = forward_propagation(*_forward_case())
    # NB6c prints the means of Z1, A1, Z2, A2 with 12 significant digits.
    means = [np.mean(cache[key]) for key in ("Z1", "A1", "Z2", "A2")]
    np.testing.assert_allclose(means, [0.262818640198, 0.091999045227, -1.30766601287, 0.212877681719],
                               rtol=0, atol=half_unit(11))
    # PT21 checks the whole cache.
    assert_printed(cache["Z1"], [[1.7386459, 1.74687437, 1.74830797], [-0.81350569, -0.73394355, -0.78767559],
                                 [0.29893918, 0.32272601, 0.34788465], [-0.2278403, -0.2632236, -0.22336567]])
    assert_printed(cache["A1"], [[0.9400694, 0.94101876, 0.94118266], [-0.67151964, -0.62547205, -0.65709025],
                                 [0.29034152, 0.31196971, 0.33449821], [-0.22397799, -0.25730819, -0.2197236]])
    assert_printed(cache["Z2"], [[-1.30737426, -1.30844761, -1.30717618]])
    assert_printed(A2, [[0.21292656, 0.21274673, 0.21295976]])
    assert cache["A2"] is A2


def test_forward_propagation_v1_zero_biases():
    # TC1: the same X and literals with b1 = 0, b2 = 0. NB1 prints the means of Z1, A1, Z2, A2.
    X, _ = _X_and_Y()
    _, cache = forward_propagation(X, _literal_parameters())
    means = [np.mean(cache[key]) for key in ("Z1", "A1", "Z2", "A2")]
    np.testing.assert_allclose(means, [-0.000499755777742, -0.000496963353232, 0.000438187450959, 0.500109546852],
                               rtol=1e-11)


def test_compute_cost():
    # TC2 compute_cost_test_case: seed 1; Y = randn(1, 3) > 0 = (True, False, False); A2 literal.
    # Expected 0.6930587610394646 (NB6c shows 0.693058761...; the 2021 notebook prints every digit).
    Y = np.random.RandomState(1).randn(1, 3) > 0
    cost = compute_cost(np.array(A2_LITERAL), Y)
    assert isinstance(cost, float)
    np.testing.assert_allclose(cost, 0.6930587610394646, **FULL)
    # PT21 compute_cost_test: seed 1; Y = randn(1, 5) > 0, five activations; expected 0.5447066599017815.
    Y = np.random.RandomState(1).randn(1, 5) > 0
    np.testing.assert_allclose(compute_cost(np.array([[0.5002307, 0.49985831, 0.50023963, 0.25, 0.7]]), Y),
                               0.5447066599017815, **FULL)


def test_compute_cost_v1_with_raw_labels():
    # TC1: Y = randn(1, 3), not 0/1 — a cost no data set could produce, but the course's formula. NB1: 0.692919893776.
    Y = np.random.RandomState(1).randn(1, 3)
    np.testing.assert_allclose(compute_cost(np.array(A2_LITERAL), Y), 0.692919893776, rtol=0, atol=half_unit(12))


# TC2's hard-coded cache. Its A1 is tanh(Z1) rounded to 8 digits; only A1 and A2 are used.
CACHE_V2 = {"A1": np.array([[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
                            [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]),
            "A2": np.array(A2_LITERAL),
            "Z1": np.array([[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
                            [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]]),
            "Z2": np.array([[0.00092281, -0.00056678, 0.00095853]])}


def test_backward_propagation():
    # TC2 backward_propagation_test_case (X, Y from seed 1; literal parameters and cache). Expected: NB6c.
    X, Y = _X_and_Y()
    grads = backward_propagation(_literal_parameters(), CACHE_V2, X, Y)
    assert_printed(grads["dW1"], [[0.00301023, -0.00747267], [0.00257968, -0.00641288], [-0.00156892, 0.003893],
                                  [-0.00652037, 0.01618243]])
    assert_printed(grads["db1"], [[0.00176201], [0.00150995], [-0.00091736], [-0.00381422]])
    assert_printed(grads["dW2"], [[0.00078841, 0.01765429, -0.00084166, -0.01022527]])
    assert_printed(grads["db2"], [[-0.16655712]])


def test_backward_propagation_v1_with_raw_labels():
    # TC1: as TC2 but Y = randn(1, 3) unthresholded. Expected: NB1.
    X, Y = _X_and_Y(thresholded=False)
    grads = backward_propagation(_literal_parameters(), CACHE_V2, X, Y)
    assert_printed(grads["dW1"], [[0.01018708, -0.00708701], [0.00873447, -0.0060768], [-0.00530847, 0.00369379],
                                  [-0.02206365, 0.01535126]])
    assert_printed(grads["db1"], [[-0.00069728], [-0.00060606], [0.000364], [0.00151207]])
    assert_printed(grads["dW2"], [[0.00363613, 0.03153604, 0.01162914, -0.01318316]])
    assert_printed(grads["db2"], [[0.06589489]])


def test_backward_propagation_takes_tanh_prime_from_the_cached_A1():
    # PT21 backward_propagation_test: seed 1; X (3,7); Y = randn(1,7) > 0; W1 (9,3); W2 (1,9); b = 0; then
    # the cache A1 (9,7), A2 (1,7), Z1 (7,9), Z2 (1,7), all randn. A1 is not tanh(Z1) (Z1 is not even
    # its shape): only 1 − A1² from the cache gives these numbers. One of the two cases that differed
    # before issue 11, when core recomputed tanh' from Z1.
    rs = np.random.RandomState(1)
    X, Y = rs.randn(3, 7), rs.randn(1, 7) > 0
    parameters = {"W1": rs.randn(9, 3), "W2": rs.randn(1, 9), "b1": np.zeros((9, 1)), "b2": np.zeros((1, 1))}
    cache = {"A1": rs.randn(9, 7), "A2": rs.randn(1, 7), "Z1": rs.randn(7, 9), "Z2": rs.randn(1, 7)}
    grads = backward_propagation(parameters, cache, X, Y)
    assert_printed(grads["dW1"], [[-0.24468458, -0.24371232, 0.15959609], [0.7370069, -0.64785999, 0.23669823],
                                  [0.47936123, -0.01516428, 0.01566728], [0.03361075, -0.0930929, 0.05581073],
                                  [0.52445178, -0.03895358, 0.09180612], [-0.17043596, 0.13406378, -0.20952062],
                                  [0.76144791, -0.41766018, 0.02544078], [0.22164791, -0.33081645, 0.19526915],
                                  [0.25619969, -0.09561825, 0.05679075]])
    assert_printed(grads["db1"], [[0.1463639], [-0.33647992], [-0.51738006], [-0.07780329], [-0.57889514],
                                  [0.28357278], [-0.39756864], [-0.10510329], [-0.13443244]])
    assert_printed(grads["dW2"], [[-0.35768529, 0.22046323, -0.29551566, -0.12202786, 0.18809552, 0.13700323,
                                   0.35892872, -0.02220353, -0.03976687]])
    assert_printed(grads["db2"], [[-0.78032466]])


def test_update_parameters_default_learning_rate_1_2():
    # TC2 update_parameters_test_case (literal parameters and grads), α = 1.2 by default. Expected: NB6c, PT21.
    grads = {"dW1": np.array([[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636],
                              [-0.00092857, 0.00809933]]),
             "dW2": np.array([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]),
             "db1": np.array([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]),
             "db2": np.array([[-1.08923140e-05]])}
    new = update_parameters(TRAINED, grads)
    assert_printed(new["W1"], [[-0.00643025, 0.01936718], [-0.02410458, 0.03978052], [-0.01653973, -0.02096177],
                               [0.01046864, -0.05990141]])
    assert_printed_sci(new["b1"], [[-1.02420756e-06], [1.27373948e-05], [8.32996807e-07], [-3.20136836e-06]])
    assert_printed(new["W2"], [[-0.01041081, -0.04463285, 0.01758031, 0.04747113]])
    assert_printed(new["b2"], [[0.00010457]])


def test_predict():
    # TC2 predict_test_case / PT21: seed 1; X (2,3); the literal parameters. NB6c prints
    # "predictions mean = 0.666666666667"; PT21 expects [[True, False, True]].
    X = np.random.RandomState(1).randn(2, 3)
    predictions = predict(TRAINED, X)
    np.testing.assert_array_equal(predictions, [[True, False, True]])
    assert predictions.dtype == bool
