"""The bounds of an import, and the error it raises (every refusal names what to fix).

A file is refused before parsing when it is larger, deeper or longer than any Crampwise export
(``exchange.json_shape``), and after parsing when it holds more than these.
"""

from __future__ import annotations

from crampwise.exchange.errors import ExchangeError
from crampwise.text import QT_TRANSLATE_NOOP, Message

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_EPISODES = 100_000
MAX_FILE_STEPS = 500_000  # five relief steps an episode at the episode cap
# {file {profile [medications {medication}]}} and {file [episodes {episode [steps {step}]}]}.
MAX_JSON_DEPTH = 5
# Brackets and commas: ~60 an episode at the episode cap (its fields, five steps and a few
# tags). 100,000 episodes with every field, five steps and six tags have 4.8 million and import
# at a peak of ~590 MB (BENCHMARKS.md).
MAX_JSON_VALUES = 6_000_000
# The longest list and the largest object a Crampwise export can hold, with room for a file
# that is only a little off (so its error names the row and field): "episodes" (a list two
# levels down) holds up to MAX_EPISODES; no other list holds more than MAX_STEPS (200) items,
# no object more than 15 fields. Longer ones are refused before parsing.
MAX_JSON_LIST = 1_000
MAX_JSON_FIELDS = 64
_CONTEXT = "Import"


def import_says(template: str, **params: object) -> Message:
    return Message(_CONTEXT, template, params)


def import_error(template: str, **params: object) -> ExchangeError:
    return ExchangeError(import_says(template, **params))


def too_many_episodes() -> ExchangeError:
    return import_error(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file holds more than {limit:,} episodes, the most that can be imported at once.",
        ),
        limit=MAX_EPISODES,
    )
