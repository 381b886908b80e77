"""Backprop Studio: ``python main.py`` opens the app; ``python main.py train ...`` trains headless."""

import sys


def main(argv: list[str]) -> int:
    if argv[:1] == ["train"]:
        from core.cli import main as train_main

        return train_main(argv[1:])
    from gui.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
