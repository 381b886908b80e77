"""The English texts of the exercise file (core.student.skeleton): its header and each function's docstring."""

HEADER = '''"""Backprop Studio: exercise file. The course's functions, for you to write.

"Neural Networks and Deep Learning", {weeks}.

Write each function where it says YOUR CODE HERE, in place of the line
`raise NotImplementedError(...)`. Open this file in Backprop Studio
(Labs > Your code): every function you have written is compared with the
app's own, on the course's test cases and on the network you are looking
at, and the first difference is explained. Saving the file checks it again.
A function that still raises NotImplementedError is "not written yet".

The app runs this file in a separate process, and runs only its imports,
definitions and constants: your own tests at the top level do not run there.

Shapes: X is (n[0], m), one example per column; W[l] is (n[l], n[l-1]);
b[l] is (n[l], 1) and is added to every column; Z[l] and A[l] are (n[l], m).
"""
'''

WEEK_NAMES = {2: "week 2 (logistic regression)", 3: "week 3 (one hidden layer)", 4: "week 4 (a deep network)"}
GIVEN = "Given, as in the course's dnn_utils.py: do not change."
GIVEN_PLANAR = "Given, as in the course's planar_utils.py: do not change."
YOUR_CODE = "YOUR CODE HERE"
SECTION = {2: "Week 2: logistic regression as a neural network",
           3: "Week 3: a network with one hidden layer",
           4: "Week 4: a deep network, step by step"}

DOCS = {
    "sigmoid": """σ(z) = 1 / (1 + e^(−z)), element by element.

    z: a number or an array of any shape.
    Returns s: σ(z), the same shape as z.""",
    "initialize_with_zeros": """w = zeros of shape (dim, 1) and b = 0 (logistic regression may start at zero).

    dim: the number of input features n_x.
    Returns w: (dim, 1); b: a float.""",
    "propagate": """Forward and backward propagation of logistic regression.

    w: (n_x, 1); b: a float; X: (n_x, m); Y: (1, m) of 0/1.
    A = σ(wᵀ X + b); cost = −(1/m) Σ [Y log A + (1 − Y) log(1 − A)].
    Returns grads {"dw": (n_x, 1) = (1/m) X (A − Y)ᵀ, "db": a float = (1/m) Σ (A − Y)}, cost.""",
    "optimize": """Gradient descent: num_iterations times, w -= learning_rate dw and b -= learning_rate db.

    w: (n_x, 1); b: a float; X: (n_x, m); Y: (1, m).
    Returns params {"w", "b"}, grads {"dw", "db"} (the last ones), costs (every 100 iterations).""",
    "predict@2": """Predicted labels: 1 where σ(wᵀ x + b) > 0.5, else 0.

    w: (n_x, 1); b: a float; X: (n_x, m).
    Returns Y_prediction: (1, m).""",
    "layer_sizes": """The sizes of the three layers.

    X: (n_x, m); Y: (n_y, m).
    Returns (n_x, n_h, n_y) with n_h = 4.""",
    "initialize_parameters": """Small random weights, zero biases: np.random.seed(2), then randn(...) × 0.01.

    n_x, n_h, n_y: the layer sizes.
    Returns parameters {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}.""",
    "forward_propagation": """Forward propagation through the hidden layer (tanh) and the output (sigmoid).

    X: (n_x, m); parameters {"W1", "b1", "W2", "b2"}.
    Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = σ(Z2) = 1 / (1 + np.exp(−Z2)).
    Returns A2: (1, m); cache {"Z1", "A1": (n_h, m), "Z2", "A2": (1, m)}.""",
    "compute_cost": """The cross-entropy cost J = −(1/m) Σ [Y log AL + (1 − Y) log(1 − AL)].

    AL: (1, m), the output A[L] (week 3 calls it A2); Y: (1, m) of 0/1.
    Returns cost: a number (np.squeeze it).""",
    "backward_propagation": """Backward propagation of the network with one hidden layer.

    parameters {"W1", "b1", "W2", "b2"}; cache {"Z1", "A1", "Z2", "A2"}; X: (n_x, m); Y: (1, m).
    dZ2 = A2 − Y; dW2 = (1/m) dZ2 A1ᵀ; db2 = (1/m) Σ dZ2 (keepdims=True);
    dZ1 = W2ᵀ dZ2 * (1 − A1²); dW1 = (1/m) dZ1 Xᵀ; db1 = (1/m) Σ dZ1 (keepdims=True).
    Returns grads {"dW1": (n_h, n_x), "db1": (n_h, 1), "dW2": (n_y, n_h), "db2": (n_y, 1)}.""",
    "update_parameters": """One step of gradient descent on every layer: W[l] −= α dW[l], b[l] −= α db[l].

    parameters {"W1", "b1", ..., "WL", "bL"}; grads {"dW1", "db1", ...}; learning_rate: α.
    Returns parameters, the updated ones (same keys and shapes).""",
    "predict@3": """Predictions of the trained network: True where A2 > 0.5.

    parameters {"W1", "b1", "W2", "b2"}; X: (n_x, m).
    Returns predictions: (1, m).""",
    "nn_model": """Train the network with one hidden layer: initialize, then num_iterations times forward,
    cost, backward, update (learning rate 1.2).

    X: (n_x, m); Y: (1, m); n_h: hidden units.
    Returns parameters {"W1", "b1", "W2", "b2"}, trained.""",
    "initialize_parameters_deep": """Small random weights, zero biases, for every layer: np.random.seed(3), then
    W[l] = randn(n[l], n[l−1]) × 0.01 and b[l] = zeros (n[l], 1), for l = 1 … L.

    layer_dims: [n[0], n[1], …, n[L]].
    Returns parameters {"W1": (n[1], n[0]), "b1": (n[1], 1), …}.""",
    "linear_forward": """The linear part of a layer: Z = W A + b.

    A: (n[l−1], m), the previous layer's activations; W: (n[l], n[l−1]); b: (n[l], 1).
    Returns Z: (n[l], m); cache = (A, W, b).""",
    "linear_activation_forward": """A layer: Z = W A_prev + b, then A = g(Z).

    A_prev: (n[l−1], m); W: (n[l], n[l−1]); b: (n[l], 1); activation: "sigmoid" or "relu".
    Returns A: (n[l], m); cache = (linear_cache, activation_cache) = ((A_prev, W, b), Z).""",
    "L_model_forward": """Forward propagation: L − 1 layers of ReLU, then a sigmoid output layer.

    X: (n[0], m); parameters {"W1", "b1", …, "WL", "bL"}.
    Returns AL: (1, m); caches: a list of the L caches of linear_activation_forward.""",
    "linear_backward": """The linear part of a layer's backward step.

    dZ: (n[l], m); cache = (A_prev, W, b) from linear_forward.
    dW = (1/m) dZ A_prevᵀ; db = (1/m) Σ dZ over the examples (keepdims=True); dA_prev = Wᵀ dZ.
    Returns dA_prev: (n[l−1], m); dW: (n[l], n[l−1]); db: (n[l], 1).""",
    "linear_activation_backward": """A layer's backward step: dZ = dA * g′(Z), then linear_backward.

    dA: (n[l], m); cache = ((A_prev, W, b), Z); activation: "sigmoid" or "relu".
    Returns dA_prev: (n[l−1], m); dW: (n[l], n[l−1]); db: (n[l], 1).""",
    "L_model_backward": """Backward propagation through all L layers, from
    dAL = −(Y / AL − (1 − Y) / (1 − AL)).

    AL: (1, m); Y: (1, m); caches: the list from L_model_forward.
    Returns grads {"dA{l−1}", "dW{l}", "db{l}"} for l = L … 1.""",
}
