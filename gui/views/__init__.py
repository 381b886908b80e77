"""Views: each draws one aspect of the session from its latest snapshot and never changes it.

Every view listens to the session's snapshot signals (``structure_changed``,
``state_changed``, ``selection_changed``), redraws through a throttle that takes
``session.snapshot`` at draw time, rebuilds its items only when the snapshot's
``structure_version`` changed, and never reads the trainer. The pyqtgraph look
they share is in ``plot_style``; the network diagram is the ``diagram`` subpackage.
"""
