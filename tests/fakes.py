"""Stand-ins the tests share."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock (seconds) the test moves by hand."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
