"""Every message core gives, as one table of English templates, and the ``Message`` that fills one in.

An error core raises carries a code and its arguments (``core.errors``); its
text is ``MESSAGES[code]`` filled in with ``str.format`` ("{name} must be in
[{low:g}, {high:g}], got {value:g}"). The English is what the CLI prints and the
tests read. The GUI shows the same message in the user's language: it looks the
template up in its catalogue (context "CoreMessages", extracted from this table
by tools/update_translations.py) and fills in the same arguments, so no English
text is ever parsed back. An argument that is itself words to translate (a
quantity's name, a kind of problem, the reason inside a CSV line error) is a
nested ``Message``; other arguments (numbers, file names, Python's own error
texts) are shown as they are.
"""

from __future__ import annotations

import string
from typing import Any, Callable

#: code → English template. "term.*" are names and kinds that other messages put in their fields.
MESSAGES: dict[str, str] = {
    # --- names and kinds used inside other messages
    "term.learning_rate": "learning rate α",
    "term.lambd": "L2 regularization λ",
    "term.init_scale": "initialization scale",
    "term.batch_size": "mini-batch size",
    "term.leaky_alpha": "leaky ReLU slope",
    "term.seed": "seed",
    "term.n_classes": "number of classes",
    "term.m": "number of points m",
    "term.noise": "noise",
    "term.test_ratio": "test ratio",
    "term.hidden_units": "units in hidden layer {layer} (n[{layer}])",
    "term.binary": "binary",
    "term.multiclass": "multiclass",
    "term.regression": "regression",
    "term.tabs": "tabs",
    "term.semicolons": "semicolons",
    "term.commas": "commas",
    # --- a value out of its range (hyperparameters, dataset settings)
    "value.not_finite": "{name} must be a finite number, got {value!r}",
    "value.out_of_range": "{name} must be in [{low:g}, {high:g}], got {value:g}",
    "value.not_whole": "{name} must be a whole number, got {value!r}",
    "value.not_between": "{name} must be between {low} and {high}, got {value}",
    "value.unknown_problem": "problem must be one of {known}, got {problem!r}",
    # --- hyperparameters (core/training/hyperparameters.py) and input features (core/data/features.py)
    "hyperparameters.unknown": "unknown hyperparameter(s): {names}",
    "hyperparameters.too_many_layers": "at most {max} hidden layers are supported, got {count}",
    "hyperparameters.activation_count": "{layers} hidden layers need {layers} activations, got {count}",
    "hyperparameters.hidden_activation": "activation of hidden layer {layer} must be one of {known}, got {name!r}",
    "hyperparameters.initialization": "initialization must be one of {known}, got {name!r}",
    "hyperparameters.standardize": "standardize must be true or false",
    "hyperparameters.binary_classes": "a binary problem has exactly 2 classes",
    "features.none": "choose at least one input feature",
    "features.unknown": "unknown input feature {name!r}; known: {known}",
    "features.repeated": "each input feature can be chosen once",
    "features.a_string": "features must be a list of names, got the string {names!r}",
    "features.raw_shape": "raw points must have shape (2, m), got {shape}",
    "standardization.lengths": "mean and std must have the same length, got {mean} and {std}",
    "standardization.values": "standardization needs finite means and positive standard deviations",
    "standardization.shape": "X must have shape (n_x, m), got {shape}",
    "standardization.input_shape": "expected inputs of shape ({n_x}, m), got {shape}",
    "standardization.column_shape": "{name} must have shape (n_x, 1), got {shape}",
    "standardization.missing": "normalization needs a 'mean' list and a 'std' list",
    "standardization.invalid": "invalid normalization: {reason}",
    # --- the network's maths (core/nn)
    "network.activation_count": "{layers} layers need {layers} activations, got {count}",
    "network.output_activation": "the output layer's activation must be one of {known}, not {name!r}",
    "network.backward_needs_sigmoid": "L_model_backward is the course's sigmoid + cross-entropy backward pass; "
                                      "for a {name} output use L_model_backward_shortcut (dZ[L] = A[L] − Y)",
    "network.layer_dims": "layer_dims needs at least an input and an output size",
    "network.layer_size": "every layer size must be a positive integer, got {size!r}",
    "network.unknown_initialization": "unknown initialization {name!r}; choose one of {known}",
    "network.init_scale": "the initialization scale must be a finite number >= 0, got {scale}",
    "network.softmax_derivative": "softmax is an output activation: use dZ = A - Y",
    "network.leaky_alpha": "leaky ReLU alpha must be in [0, 1), got {alpha}",
    "network.unknown_activation": "unknown activation {name!r}; known: {known}",
    "network.output_layer": "the output layer must be sigmoid, softmax or linear, not {name!r}",
    "network.unknown_loss": "unknown loss {name!r}",
    # --- training (core/training/trainer.py)
    "training.x_shape": "X_train must be ({n_x}, m) for {n_x} input features, got {shape}",
    "training.y_shape": "Y_train must be ({n_y}, m), got {shape}",
    "training.no_examples": "training needs at least one example",
    "training.parameter_shape": "{key} must have shape {expected}, got {shape}",
    "training.parameter_not_finite": "{key} contains a value that is not a finite number",
    "training.architecture_changed": "the architecture changed: make a new Trainer (training restarts)",
    "training.batch_order": "the saved mini-batch order does not match the training set",
    "training.diverged": "Training diverged at iteration {iteration}: the cost became {cost}. The last finite "
                         "parameters were kept. Try a smaller learning rate α (now {learning_rate:g}) or a smaller "
                         "initialization scale, then press Reset (R): the kept parameters may already be too "
                         "large to recover from.",
    # --- changes asked of the session (core/session)
    "weight.not_a_number": "a weight must be a number",
    "weight.not_finite": "a weight must be a finite number",
    "weight.unknown_parameter": "there is no parameter {key}",
    "weight.no_entry": "{key} has no entry ({row}, {col})",
    "session.unknown_data_setting": "unknown data setting: {reason}",
    "session.cannot_restore": "the session cannot be restored: {reason}",
    "session.no_neuron": "there is no neuron {unit} in layer {layer}",
    "session.no_example": "there is no training example {index}",
    "session.no_lesson": "there is no lesson called {name}",
    # --- the health of a run (core/session/health.py): what is wrong, and the course's advice
    "health.diverged": "Training stopped at iteration {iteration}: the cost blew up to {cost}. Try a smaller "
                       "learning rate α (now {learning_rate:g}) or a smaller initialization scale, then press "
                       "Reset (R).",
    "health.exploding_weights": "The weights are exploding: W[{layer}] has an entry of size {value:.3g}. Each step "
                                "overshoots and makes them larger. Try a smaller learning rate α (now "
                                "{learning_rate:g}) or L2 regularization λ, then press Reset (R).",
    "health.cost_rising": "The cost is rising: J went from {first:.4g} to {last:.4g} between iterations {start} "
                          "and {end}. The steps overshoot the valley. Try a smaller learning rate α (now "
                          "{learning_rate:g}).",
    "health.cost_oscillating": "The cost goes up and down: it rose {rises} times between iterations {start} and "
                               "{end} instead of only falling. Each step jumps across the valley. Try a smaller "
                               "learning rate α (now {learning_rate:g}).",
    "health.dead_units": "{dead} of the {units} ReLU units of layer {layer} are dead: Z[{layer}] ≤ 0 for every "
                         "example, so g′(Z) = 0 and their weights never change again. Try a smaller learning rate "
                         "α (now {learning_rate:g}), leaky ReLU or a smaller initialization, then press Reset (R).",
    "health.saturated_units": "{saturated} of the {units} {activation} units of layer {layer} have been saturated "
                              "since the start: |z| is large where {activation} is flat, so g′(Z) ≈ 0, dZ = dA * "
                              "g′(Z) ≈ 0 and their weights crawl. Try a smaller initialization scale, standardized "
                              "inputs or ReLU.",
    "edit.learning_rate": "The learning rate α must be a number, not “{text}”.",
    "edit.too_many_layers": "At most {max} hidden layers.",
    "edit.nothing_to_remove": "There is no hidden layer to remove.",
    "edit.no_such_layer": "There is no hidden layer {layer} (the network has {count}).",
    # --- sweeps (core/teaching/experiments.py)
    "sweep.unknown_parameter": "cannot sweep {parameter!r}; choose one of {known}",
    "sweep.no_values": "type at least one value, separated by commas",
    "sweep.not_whole": "{item!r} is not a whole number",
    "sweep.too_small": "{item!r}: the smallest value here is {low}",
    "sweep.not_a_number": "{item!r} is not a number",
    "sweep.learning_rate": "{item!r}: the learning rate α must be a positive number",
    "sweep.not_an_activation": "{item!r} is not an activation; choose from {known}",
    "sweep.scale": "{item!r}: the scale after × must be a number",
    "sweep.not_an_initialization": "{item!r} is not an initialization; choose from {known} (or random×10)",
    "sweep.iterations": "iterations per run must be between 1 and {max}, got {value!r}",
    # --- datasets (core/data/datasets.py, core/data/pipeline.py)
    "dataset.x_shape": "X must have shape (2, m) (examples are columns), got {shape}",
    "dataset.y_shape": "y must have shape ({m},) to match X's {m} examples, got {shape}",
    "dataset.regression_class_names": "a regression dataset has no class names",
    "dataset.label_too_large": "labels must be class numbers 0..{last}, got {label}",
    "dataset.class_names_repeated": "class names must be distinct, got {names}",
    "dataset.binary_classes": "a binary dataset has exactly 2 classes, got {count}",
    "dataset.multiclass_classes": "a multiclass dataset needs 3 to {max} classes, got {count}",
    "dataset.labels_range": "labels must be integers in [0, {last}], got values from {low} to {high}",
    "dataset.not_a_mapping": "a dataset must be a mapping, got {type}",
    "dataset.missing": "dataset is missing {keys}",
    "dataset.not_numbers": "{name} must contain numbers only ({reason})",
    "dataset.labels_not_whole": "class labels must be whole numbers 0..K-1",
    "dataset.unknown": "unknown dataset {name!r}; known: {known}",
    "dataset.no_points": "the dataset has no points: add or load some first",
    "array.not_finite": "{name} contains NaN or infinite values",
    # --- CSV files (core/data/csv_data.py)
    "csv.at_line": "line {line}: {reason}",
    "csv.columns": "found {count} column(s) separated by {separator}, 3 expected (x1, x2, label)",
    "csv.not_a_number": "{column} is not a number: {text!r}",
    "csv.not_finite": "{column} is NaN or infinite: {text!r}",
    "csv.empty_label": "the label is empty",
    "csv.too_many_rows": "too many rows: at most {max} data rows can be loaded",
    "csv.no_rows": "no data rows: the file is empty or holds only a header and comments",
    "csv.label_not_a_number": "the label {label!r} is not a number; regression needs numeric labels",
    "csv.label_not_finite": "the label {label!r} is NaN or infinite",
    "csv.too_many_classes": "more than {max} classes (label {label!r} is the {nth}th distinct one); "
                            "for continuous targets load the file as regression",
    "csv.one_class": "only one class ({label!r}): a classification needs at least two classes",
    "csv.bad_utf16": "the file starts like UTF-16 text but cannot be decoded",
    "csv.field_too_long": "a line of {length} characters; lines longer than {max} characters are not read",
    "csv.unreadable": "the line cannot be split into fields: {reason}",
    "csv.too_large_value": "{column} is {text}; values beyond ±{max:g} cannot be trained on or drawn "
                           "(rescale the column)",
    "csv.label_too_large": "the target {label!r} is beyond ±{max:g}; such values cannot be trained on "
                           "(rescale the column)",
    "csv.decoded_as": "{name} is not UTF-8 text; it was read as {encoding}",
    # --- files in general
    # --- the timeline of a run (core/session/timeline.py, timeline_state.py)
    "timeline.outside": "the run has no iteration {iteration}: its timeline goes from {first} to {last}",
    "timeline.other_network": "timeline: it belongs to another network",
    "timeline.past_the_run": "timeline: it goes to iteration {last}, past the run's {iteration}",
    "timeline.changes_mismatch": "timeline: its changes of α, λ or batch size do not lead to the run's",
    "timeline.starts_later": "the timeline starts at iteration {first}, not {iteration}",
    "timeline.unreadable": "the timeline cannot be read: {reason}",
    "timeline.not_whole": "timeline: {where} must be a whole number ≥ {low}, got {value!r}",
    "timeline.not_numbers": "timeline: {where} must be a list of {size} numbers",
    "timeline.not_finite": "timeline: {where} holds a number that is not finite",
    "timeline.format": "timeline: not a timeline of format {format}",
    "timeline.network": "timeline: its network {theirs} is not this one {ours}",
    "timeline.order": "timeline: {where}.order is not an order of the {m} examples",
    "timeline.first_cost": "timeline: {where}.first_cost must be a finite number or null",
    "timeline.empty": "timeline: it keeps no state",
    "timeline.values": "timeline: {where}.values must name {fields}",
    "timeline.kind": "timeline: {where}.kind must be one of {kinds}",
    # --- answers to a lesson's questions and the progress file (core/teaching/questions.py, progress.py)
    "answer.shape": "a shape is whole numbers such as (1, 4), not “{text}”",
    "answer.number": "type a number, not “{text}”",
    "answer.choice": "choose one of: {options}",
    "progress.not_progress": "not a Backprop Studio progress file",
    "progress.newer": "the progress file was made by a newer Backprop Studio",
    "progress.completed": "progress: completed must be a list of lesson names",
    "progress.answers": "progress: answers must be a list",
    "progress.answer_fields": "progress: answers[{index}] must have lesson, question, given and correct",
    "progress.not_json": "the progress file is not valid JSON: {reason}",
    # --- a student's own code (core/student)
    "student.not_text": "the file is not readable as Python text: {reason}",
    "student.notebook_not_utf8": "the notebook is not UTF-8 text: {reason}",
    "student.notebook_not_json": "the notebook is not valid JSON: line {line}: {reason}",
    "student.no_cells": "the notebook has no cells",
    "student.network": "the course's functions train one tanh hidden layer (week 3) or ReLU hidden layers (week 4) before a sigmoid output; this network uses {activations}",
    "student.batch": "the course's functions train on the whole training set at once: choose the full batch (now {batch_size} examples per iteration) before training with your functions",
    "student.lambda": "the course's functions have no L2 regularization: set λ to 0 (now {lambd:g}) before training with your functions",
    "student.no_phases": "while training with your functions, Step takes whole iterations; Your code → Train with my functions shows your matrices next to core's, phase by phase",
    "student.stopped": "your {name} stopped the run at iteration {iteration}: {why}",
    "student.not_started": "your functions could not be started: {reason}",
    "file.too_large": "the file is too large ({size} MB; at most {max} MB)",
    "file.not_found": "file not found: {path!r}",
    "file.cannot_read": "cannot read {name}: {reason}",
    "file.cannot_write": "cannot write {name}: {reason}",
    "file.could_not_write": "could not write {path!r}: {reason}",
    "file.not_text": "{name} is not a text (UTF-8) file",
    "file.not_json": "{name} is not valid JSON (truncated?): {reason}",
    "file.damaged": "{name} is damaged or truncated: {reason}",
    "file.too_large_stream": "the file is too large (more than {max} MB)",
    # --- limits on what any file may hold (core/files/limits.py)
    "json.too_deep": "the JSON nests deeper than {max} levels",
    "json.number_too_long": "a whole number has {digits} digits; at most {max} are read",
    "json.not_finite": "{value} is not a finite number",
    # --- parameter files (core/files/parameter_file.py)
    "parameters.meta_not_saved": "meta cannot be saved as JSON: {reason}",
    "parameters.suffix": "parameter files are .npz or .json, not {suffix!r}",
    "parameters.no_suffix": "parameter files are .npz or .json, not a file without suffix",
    "parameters.unexpected_keys": "unexpected key(s) {keys}: only W1, b1, W2, b2, ... are allowed",
    "parameters.no_w1": "no W1: this does not hold a network's parameters",
    "parameters.gap": "gap in the layer numbering: W{last} is there but W{layer} is missing",
    "parameters.missing_b": "missing b{layer} (the bias of layer {layer}, shape (n[{layer}], 1))",
    "parameters.extra_b": "b{layer} has no matching W{layer}",
    "parameters.empty_layer": "W{layer} has shape {shape}: every layer needs at least one unit",
    "parameters.b_shape": "b{layer} has shape {shape} but must be (n[{layer}], 1) = ({rows}, 1) "
                          "to match W{layer} {w_shape}",
    "parameters.w_shape": "W{layer} has shape {shape} but W{previous} has shape {previous_shape}: "
                          "W{layer} needs n[{previous}] = {columns} columns, one per unit of layer {previous}",
    "parameters.not_an_array": "{key} is a {type}, not an array of numbers",
    "parameters.not_2d": "{key} has {ndim} dimension(s) {shape}; it must be a 2-D matrix",
    "parameters.not_float": "{key} holds {dtype} values; parameters must be floating-point numbers",
    "parameters.newer": "this file was made by a newer Backprop Studio (format version {version}; "
                        "this version reads up to {supported}): please update",
    "parameters.not_npz": "{name} is not an .npz archive (it is not a zip file)",
    "parameters.pickle": "{key} contains Python objects (pickle), which are refused for safety",
    "parameters.unreadable": "{key} cannot be read: {reason}",
    "parameters.damaged_entry": "{name} is damaged or truncated ({key}: {reason})",
    "parameters.not_a_matrix": "{key} must be a 2-D matrix: a list of rows of numbers",
    "parameters.not_numbers": "{key} holds values that are not numbers; parameters must be numbers",
    "parameters.ragged": "{key} has rows of different lengths",
    "parameters.too_large": "{key} holds a number too large for a float",
    "parameters.not_a_parameter_file": '{name} is not a Backprop Studio parameter file (no "format": "{format}")',
    "parameters.no_parameters": '{name} has no "parameters" object',
    "parameters.shape_too_large": "{key} has shape {shape}: layers here have at most {max} units",
    "parameters.too_many_arrays": "the file holds {count} arrays; a network here has at most {max}",
    "parameters.member_too_large": "{key} takes {size} bytes unpacked, more than any parameter here ({max} bytes)",
    "parameters.compression": "{key} is packed with zip method {method}; parameter files use only 0 (stored) "
                              "or 8 (deflated)",
    "parameters.zip_version": "{name} needs a zip reader of version {version}, which is not supported",
    "parameters.encrypted": "{key} is encrypted",
    "parameters.bad_header": "{key} has no readable array header: {reason}",
    "parameters.value_too_large": "{key} holds {value:g}; values beyond ±{max:g} cannot be trained or drawn",
    "meta.too_long": "meta is {count} characters long; at most {max} are read",
    "meta.number_list": "meta {name} must be a list of finite numbers",
    "meta.number_count": "meta {name} has {count} values but the network has n[0] = {n_x} inputs",
    "meta.format_version": "meta format_version must be a positive whole number, got {version!r}",
    "meta.not_an_object": "meta must be a JSON object, not {type}",
    "meta.not_json": "meta is not valid JSON: {reason}",
    "meta.not_a_string": "meta must be a single JSON string",
    "meta.layer_dims": "meta says layer_dims {meta} but the arrays give {arrays}",
    "meta.activations": "meta activations must be a list of names, one per layer",
    "meta.unknown_activation": "unknown activation {name!r} in meta; known: {known}",
    "meta.activation_count": "meta names {count} activation(s) but the arrays have {layers} layer(s)",
    "meta.hidden_activation": "{name!r} cannot be the activation of hidden layer {layer}",
    "meta.output_activation": "{name!r} cannot be the output activation; use {known}",
    "meta.leaky_alpha": "meta leaky_alpha must be a number in [0, 1), got {value!r}",
    "meta.features": "meta features must be a list of feature names",
    "meta.feature_count": "meta lists {count} feature(s) but W1 expects n[0] = {n_x} inputs",
    "meta.standardization": 'meta standardization must be null or {{"mean": [...], "std": [...]}}',
    "meta.std_positive": "meta standardization std must be positive",
    # --- importing parameters into the current network (gui/files/parameter_import.py)
    "import.problem": "these parameters were trained for a {file_problem} problem, but the current data is "
                      "{problem}: load matching data first",
    "import.output_units": "the output layer has n[L] = {units} unit(s), but the current data needs {needed} "
                           "({problem}): load matching data first",
    "import.output_classes": "the output layer has n[L] = {units} unit(s), but the current data needs {needed} "
                             "({problem}, {needed} classes): load matching data first",
    "import.output_activation": "the file's output activation is {name}, but {problem} data needs {needed}",
    "import.features": "W1 has {columns} column(s), one per input feature, but the current network has "
                       "{count} input feature(s) ({features}) and the file does not say which features it used",
    "import.cannot_build": "this network cannot be built here: {reason}",
    # --- session files (core/files/session_file.py)
    "session_file.not_saved": "the session cannot be saved as JSON: {reason}",
    "session_file.not_text": "{name} is not a text (UTF-8) file, so it is not a session file",
    "session_file.not_finite": "{name} contains {value}, which is not a finite number",
    "session_file.missing_key": "{where} is missing {key!r}",
    "session_file.not_an_object": "{where} must be a JSON object",
    "session_file.unexpected_keys": "{where} has unexpected key(s) {keys}",
    "session_file.not_whole": "{where} must be a whole number ≥ {low}, got {value!r}",
    "session_file.not_a_number": "{where} must be a number, got {value!r}",
    "session_file.skipped": "{where}.skipped must be smaller than its stride {stride}",
    "session_file.max_points": "{where}.max_points must be even",
    "session_file.rows": "{where}.rows must be a list of at most {max} rows",
    "session_file.row": "{where}.rows[{index}] must be a row of {width} number(s)",
    "session_file.layer_dims": "the parameters' shapes give layer_dims {arrays}, but the hyperparameters "
                               "describe {hyperparameters}",
    "session_file.batch_rng": "trainer.batch_rng is not a PCG64 generator state: {reason}",
    "session_file.order": "trainer.order must be a list of example indices",
    "session_file.data_spec_name": "data_spec.name must be a dataset name",
    "session_file.dataset_y": "dataset y must be a list of numbers (labels or targets)",
    "session_file.dataset": "dataset: {reason}",
    "session_file.hyperparameters": "hyperparameters: {reason}",
    "session_file.not_an_object_document": "{name} is not a Backprop Studio session (not a JSON object)",
    "session_file.holds_parameters": "{name} holds parameters, not a session: use File → Import parameters",
    "session_file.no_format": '{name} is not a Backprop Studio session (no "format": "{format}")',
    "session_file.newer": "{name} was made by a newer Backprop Studio (session format {version}; "
                          "this version reads up to {supported}): please update",
    "session_file.unknown_dataset": "data_spec names an unknown dataset {name!r} and the file holds no points",
    "session_file.lesson": "lesson must be a lesson name or null",
    "session_file.too_large": "{where} must be a whole number from {low} to {high}, got {value}",
    "session_file.value_too_large": "{where} holds {value:g}; values beyond ±{max:g} cannot be trained or drawn",
    "session_file.past_the_end": "{where}: {rows} rows every {stride} iterations go past iteration {max}",
    "session_file.not_a_json_number": "{where} must be a number or \"inf\", \"-inf\" or \"nan\", got {value}",
}


def fields(template: str) -> frozenset[str] | None:
    """The named fields of ``template`` ({name}, {value:g} → name, value); None if it is not a valid template."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)
    except ValueError:  # a lone "{" or "}"
        return None


class Message:
    """One message of the table with its arguments: ``Message("value.not_whole", name=..., value=3)``.

    An argument may itself be a Message (it is formatted, and translated, first).
    ``str(message)`` is the English text.
    """

    __slots__ = ("code", "arguments")

    def __init__(self, code: str, **arguments: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"{code!r} is not a message code of core.messages.MESSAGES")
        self.code = code
        self.arguments = arguments

    def format(self, translate: Callable[[str], str] | None = None) -> str:
        """The text, with each template passed through ``translate`` (English template → translated one).

        A translated template whose fields differ from the English ones, or that cannot be
        filled in, is not used: the English is shown rather than a wrong or broken text.
        """
        values = {key: value.format(translate) if isinstance(value, Message) else value
                  for key, value in self.arguments.items()}
        english = MESSAGES[self.code]
        if translate is not None:
            template = translate(english)
            if template != english and fields(template) == fields(english):
                try:
                    return template.format(**values)
                except (ValueError, TypeError, KeyError, IndexError, AttributeError):
                    pass  # e.g. a format spec the translator changed: fall back to English
        return english.format(**values)

    def with_arguments(self, **changes: Any) -> "Message":
        """The same message with some arguments replaced (e.g. a part written in the user's language)."""
        return Message(self.code, **{**self.arguments, **changes})

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        arguments = "".join(f", {key}={value!r}" for key, value in self.arguments.items())
        return f"Message({self.code!r}{arguments})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.code, self.arguments) == (other.code, other.arguments)

    __hash__ = None  # type: ignore[assignment]  # arguments may be lists


#: The kinds of problem as translatable names (a message says "… for a binary problem").
PROBLEM_NAMES = {"binary": Message("term.binary"), "multiclass": Message("term.multiclass"),
                 "regression": Message("term.regression")}


def reason_of(error: BaseException) -> Message | str:
    """What to put in a ``{reason}`` field for ``error``: its Message if core raised it, else its text."""
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else str(error)
