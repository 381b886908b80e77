import numpy as np
from math import no_such_function


def broken_decorator(function):
    raise RuntimeError("the decorator failed")


@broken_decorator
def linear_forward(A, W, b):
    return np.dot(W, A) + b, (A, W, b)


class Slow:
    while True:
        pass


def compute_cost(AL, Y):
    m = Y.shape[1]
    return float(np.squeeze(-1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))))
