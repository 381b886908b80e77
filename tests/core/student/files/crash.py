import ctypes
import os

import numpy as np


def linear_forward(A, W, b):
    os._exit(3)  # ends the process at once: no exception, no answer


def linear_backward(dZ, cache):
    return ctypes.string_at(0)  # reads address 0: a segmentation fault


def compute_cost(AL, Y):
    m = Y.shape[1]
    return float(np.squeeze(-1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))))
