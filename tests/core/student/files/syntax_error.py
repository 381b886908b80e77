import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (A, W, b
    return Z, cache
