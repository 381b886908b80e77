"""Labs → Your code: a student's own implementation of the course's functions, checked, trained with, visualised.

The Qt side of ``core.student`` (which does the work, without Qt), one job per module:

- ``window``: YourCodeWindow, the non-modal window (Open…, Recheck, status line, three tabs);
- ``worker``: StudentWorker, the thread that owns the student's Sandbox and runs the jobs
  (load and check, start training, one step, gradient check) one at a time;
- ``watcher``: FileWatch, "the file was saved" (QFileSystemWatcher + fingerprint, renames too);
- ``check_tab`` and ``check_model``: the check table and the selected row's details;
- ``array_view``: yours next to the expected, the differing entries highlighted;
- ``train_tab`` and ``divergence``: training with the student's functions next to core's run,
  the two cost curves, the phase side-by-side view and the first divergence;
- ``gradient_tab``: the numerical gradient check of the student's backward function;
- ``new_file``: File → New exercise file… (the skeleton, in English or Chinese);
- ``texts``: every verdict template for the translation catalogue, rendered in the user's language.
"""
