"""The bundle's entry point: the same ``crampwise`` command as ``pip install`` gives.

``--self-test`` is answered here too, so a freshly built bundle can always be checked.
"""

from __future__ import annotations

import sys


def run() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from crampwise.desktop_integration.selftest import run_self_test

        return run_self_test()
    from crampwise.launch import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
