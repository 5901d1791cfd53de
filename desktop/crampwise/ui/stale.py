"""Pages that read the diary: reread when shown after a change, at once if already visible."""

from __future__ import annotations

from typing import Any


class ReloadsWhenShown:
    """Mix into a page (before ``QWidget``) that defines ``reload()``."""

    _stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)  # type: ignore[misc]
