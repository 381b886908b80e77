"""``python -m backprop_studio``: the same as the ``backprop-studio`` command (see main.py)."""

from backprop_studio.main import main

raise SystemExit(main())
