"""Backprop Studio's maths: NumPy only, never Qt.

The course's functions and where they live here (same names, same argument
order, same return values, and the same numbers on the course's published test
cases, including inputs no forward pass could produce: tests/core/nn/test_course_week*.py):

Week 2, logistic regression as a neural network           core.nn.logistic
    sigmoid(z), initialize_with_zeros(dim), propagate(w, b, X, Y),
    optimize(w, b, X, Y, num_iterations, learning_rate, print_cost),
    predict(w, b, X), model(X_train, Y_train, X_test, Y_test, ...)

Week 3, one hidden layer (planar data)                     core.nn.shallow
    layer_sizes(X, Y), initialize_parameters(n_x, n_h, n_y),
    forward_propagation(X, parameters), compute_cost(A2, Y),
    backward_propagation(parameters, cache, X, Y),
    update_parameters(parameters, grads, learning_rate=1.2),
    predict(parameters, X), nn_model(X, Y, n_h, num_iterations, print_cost)

Week 4, deep network step by step
    initialize_parameters(n_x, n_h, n_y)          core.nn.shallow (seed=1)
    initialize_parameters_deep(layer_dims)        core.nn.initialization ("course": × 0.01,
                                                  seed 3; "course_deep": / √n[l−1], seed 1)
    linear_forward(A_prev, W, b)                  core.nn.propagation
    linear_activation_forward(A_prev, W, b, g)    core.nn.propagation
    L_model_forward(X, parameters)                core.nn.propagation
    compute_cost(AL, Y)                           core.nn.losses
    linear_backward(dZ, cache)                    core.nn.propagation
    linear_activation_backward(dA, cache, g)      core.nn.propagation
    L_model_backward(AL, Y, caches)               core.nn.propagation (from dA[L], as the course)
    update_parameters(parameters, grads, α)       core.nn.propagation
    predict(X, parameters)                        core.nn.propagation (the course's also takes y
                                                  and prints the accuracy: core.nn.losses.accuracy)
    sigmoid, tanh, relu, leaky_relu, softmax      core.nn.activations
    gradient checking (dictionary_to_vector, …)   core.nn.gradient_check

The app's own shortcut: output_layer_backward / L_model_backward_shortcut in
core.nn.propagation start from dZ[L] = A[L] − Y (what the fast engine computes);
they equal L_model_backward whenever A[L] came from the forward pass.

Beyond the course's functions:

    core.training.trainer.Trainer        gradient descent, fast (core.nn.engine), phase by phase, history, divergence
    core.data.datasets                planar flower (the course's recipe) and other 2D sets
    core.data.features, core.data.pipeline input features, standardization, train/test split
    core.files.parameter_file           parameters to and from .npz / .json
    core.teaching.computation_graph       J = 3(a + bc) and one-example logistic regression, forward and backward
    core.cli                     `python main.py train ...`
    core.errors, core.messages   errors carry a code and arguments; one table of English message templates

"""

# The course's week-4 functions under the package itself, so a notebook can write
# ``from backprop_studio.core import L_model_forward`` as it would import its own helpers.
from .nn.activations import relu, sigmoid, softmax, tanh  # noqa: E402
from .nn.initialization import initialize_parameters_deep  # noqa: E402
from .nn.losses import compute_cost  # noqa: E402
from .nn.propagation import (L_model_backward, L_model_forward, linear_activation_backward,  # noqa: E402
                             linear_activation_forward, linear_backward, linear_forward, predict,
                             update_parameters)

__all__ = ["initialize_parameters_deep", "linear_forward", "linear_activation_forward", "L_model_forward",
           "compute_cost", "linear_backward", "linear_activation_backward", "L_model_backward",
           "update_parameters", "predict", "sigmoid", "tanh", "relu", "softmax"]
