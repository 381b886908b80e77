"""Backprop Studio's maths: NumPy only, never Qt.

The course's step-by-step functions and where they live here (same names,
same argument order, same return values):

    initialize_parameters_deep(layer_dims)        core.nn.initialization
    linear_forward(A_prev, W, b)                  core.nn.propagation
    linear_activation_forward(A_prev, W, b, g)    core.nn.propagation
    L_model_forward(X, parameters)                core.nn.propagation
    compute_cost(AL, Y)                           core.nn.losses
    linear_backward(dZ, cache)                    core.nn.propagation
    linear_activation_backward(dA, cache, g)      core.nn.propagation
    L_model_backward(AL, Y, caches)               core.nn.propagation
    update_parameters(parameters, grads, α)       core.nn.propagation
    predict(X, parameters)                        core.nn.propagation
    sigmoid, tanh, relu, leaky_relu, softmax      core.nn.activations
    gradient checking (dictionary_to_vector, …)   core.nn.gradient_check

Beyond the course's functions:

    core.training.trainer.Trainer        gradient descent, fast (core.nn.engine), phase by phase, history, divergence
    core.data.datasets                planar flower (the course's recipe) and other 2D sets
    core.data.features, core.data.pipeline input features, standardization, train/test split
    core.files.parameter_file           parameters to and from .npz / .json
    core.teaching.computation_graph       J = 3(a + bc) and one-example logistic regression, forward and backward
    core.cli                     `python main.py train ...`
"""
