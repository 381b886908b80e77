"""Labs: tool windows where a student plays with one idea of the course away from training.

computation_graph_lab (J = 3(a + bc) and logistic regression, forward and backward by hand),
vectorization_lab (a for-loop against np.dot), gradient_check_dialog (backprop against
numerical gradients), experiment_runner (hyperparameter sweeps). Each takes the
TrainingSession whose latest snapshot it reads (the computation graph needs none) and never changes it.
"""
