import time

import numpy as np

from dnn_utils import relu, sigmoid


def linear_activation_forward(A_prev, W, b, activation):
    Z = np.dot(W, A_prev) + b
    A, activation_cache = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, ((A_prev, W, b), activation_cache)


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    l = 1
    while l < L:  # the mistake: l is never increased
        A_next, cache = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches


def linear_backward(dZ, cache):
    while True:  # a loop that even swallows the time limit: only killing the process ends it
        try:
            time.sleep(10)
        except BaseException:
            pass
