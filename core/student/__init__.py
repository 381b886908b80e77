"""Your code, visualised: check and train with a student's own implementation of the course's functions.

The GUI (Labs → Your code, and training the main window with the student's
functions) uses this package in four steps; nothing here imports Qt.

1. **The exercise file** — ``skeleton.skeleton(language="en" | "zh_CN", weeks=(3, 4))``
   is the text of a ``.py`` with every course function's signature, its shapes, and
   ``raise NotImplementedError`` to replace (File → New exercise file saves it).
2. **Reading the file** — ``loading.load_student_file(path) -> StudentFile`` parses a
   ``.py`` or ``.ipynb`` without running it: syntax errors (``problems``), the course
   functions defined (``functions``: signature, location, written or not, signature
   mismatch), the weeks it is about. Raises ``StudentFileError`` if unreadable.
   ``loading.file_fingerprint(path)`` changes when the file is saved (for a watcher).
3. **Running it** — ``sandbox.Sandbox(student, timeout=5.0, memory_mb=1024)`` starts the
   student's own process; ``load() -> LoadReport``; ``call(name, *args) -> CallResult``
   never raises for what the code does; ``reload(student)`` after a save; ``close()``.
   It is a context manager. One call at a time: run it from a worker thread.
4. **Checking and training** —
   * ``checks.check_all(sandbox, snapshot=None) -> CheckReport``: ``problems`` (file-level
     Verdicts) and ``functions``, one ``FunctionCheck`` per course function (key, name,
     week, ``status``: ``verdicts.Status``, ``verdict``, ``case``, ``output``, ``yours``,
     ``expected``, ``mask``, ``printed``, ``notes``);
   * ``training.StudentTrainer.from_snapshot(sandbox, snapshot)``: ``step() ->
     StudentIteration`` (the student's and the reference run's ``IterationValues``:
     caches, cost, grads, parameters before and after), ``costs``, ``reference_costs``,
     ``functions`` (whose function runs each role), ``problem``;
     ``training.layer_values(values, l, mode)`` gives layer l's matrices by the phase
     names (A_prev, W, b, Z, A, dW, db, dA_prev, W_after, b_after);
   * ``training.check_student_gradients(sandbox, parameters, X, Y, activations) ->
     StudentGradientCheck`` wraps core's per-layer ``NetworkVerdict``.

Every sentence for the student is a ``verdicts.Verdict`` (code, args, location):
``verdicts.render(verdict, translate)`` writes it in English, or in the student's
language with the GUI's ``translate`` (context ``verdicts.CONTEXT``); ``verdicts.TEMPLATES``
lists every template for the translation table.
"""
