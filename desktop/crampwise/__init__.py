"""Crampwise: relief and a diary for night leg cramps."""

__version__ = "0.1.0"
