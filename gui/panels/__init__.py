"""Panels: the controls that ask the TrainingSession for changes, and the inspector that shows one phase.

A panel never changes state itself. It calls a session method, and the session
either applies the change or refuses it (returns False and reports why); every
panel shows what the latest snapshot holds (``session.snapshot``), refreshed on the
session's ``structure_changed`` / ``state_changed`` / ``selection_changed``. The
widgets they share live in gui.widgets.
"""
