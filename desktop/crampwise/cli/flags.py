"""What the launcher and the parser both know, in a module that costs nothing to import."""

from __future__ import annotations

# Benchmarks only: quit right after the first paint, or once the window is complete.
EXIT_FLAGS = {"--exit-when-ready": "ready", "--exit-when-complete": "complete"}
# What runs where the window may be imported: handed back to crampwise.launch.
WINDOW_COMMANDS = frozenset({"window", "self-test", "sound-check"})
