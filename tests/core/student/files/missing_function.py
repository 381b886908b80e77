import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    return Z, (A, W, b)


def linear_backward(dZ, cache):
    """Still the skeleton's body."""
    # YOUR CODE HERE
    raise NotImplementedError("linear_backward")


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    dZ = dA * (Z > 0)
    # YOUR CODE HERE: finish it
    raise NotImplementedError


def L_model_backward(AL, Y, caches):
    L = len(caches)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    return {"dA" + str(L - 1): linear_activation_backward(dAL, caches[L - 1], "sigmoid")[0]}
