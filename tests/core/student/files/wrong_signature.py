import numpy as np


def linear_backward(cache, dZ):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return np.dot(W.T, dZ), np.dot(dZ, A_prev.T) / m, np.sum(dZ, axis=1, keepdims=True) / m


def update_parameters(parameters, grads):
    return parameters
