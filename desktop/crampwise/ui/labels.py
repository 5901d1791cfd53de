"""Moved to :mod:`crampwise.wording`; kept only for ``crampwise.cli``, until the CLI package
imports the wording from there. Nothing else imports this module."""

from crampwise.wording import location_labels, night_text, side_label

__all__ = ["location_labels", "night_text", "side_label"]
