import numpy as np


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b.reshape(-1)  # the mistake: b (n, 1) flattened to (n,) is added as a row
    cache = (A, W, b)
    return Z, cache
