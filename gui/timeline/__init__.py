"""The past of a run and the cost surface (issue 18): the timeline bar under the views (``bar``), the
cost-surface window (``surface_window``), and the helper thread both compute on (``background``)."""
