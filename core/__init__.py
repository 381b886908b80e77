"""Backprop Studio's maths: NumPy only, never Qt.

The course's step-by-step functions and where they live here (same names,
same argument order, same return values):

    initialize_parameters_deep(layer_dims)        core.initialization
    linear_forward(A_prev, W, b)                  core.propagation
    linear_activation_forward(A_prev, W, b, g)    core.propagation
    L_model_forward(X, parameters)                core.propagation
    compute_cost(AL, Y)                           core.losses
    linear_backward(dZ, cache)                    core.propagation
    linear_activation_backward(dA, cache, g)      core.propagation
    L_model_backward(AL, Y, caches)               core.propagation
    update_parameters(parameters, grads, α)       core.propagation
    predict(X, parameters)                        core.propagation
    sigmoid, tanh, relu, leaky_relu, softmax      core.activations
    gradient checking (dictionary_to_vector, …)   core.gradient_check

Beyond the course's functions:

    core.training.Trainer        gradient descent, fast (core.engine), phase by phase, history, divergence
    core.datasets                planar flower (the course's recipe) and other 2D sets
    core.features, core.pipeline input features, standardization, train/test split
    core.serialization           parameters to and from .npz / .json
    core.computation_graph       J = 3(a + bc) and one-example logistic regression, forward and backward
    core.cli                     `python main.py train ...`
"""
