"""The limits of an episode, declared once and enforced at every way in.

``crampwise.domain.episode.validate`` checks them, and everything that stores an episode calls
it: ``crampwise log``, the window's forms and Cramp now, and import (which reads an export with
the same limits, so whatever the diary holds exports and imports back). The store cannot take an
episode outside them either: ``EpisodeStore`` validates every write.

Why these figures:

- **Starts** from 1 January 2000 (on the wall clock of the entry) up to one minute after now: a
  diary of night cramps is about the past; the minute allows for clocks a little apart. An
  earlier or later year is a typo (``3500`` for ``2025``). Validation takes the clock's time, so
  what is valid today stays valid.
- **Length**: an episode ends at most 6 hours after it starts; a longer "cramp" is a typo.
- **Ids**: 1 to 2**63 - 1, SQLite's largest rowid, so every id the diary hands out is one an
  import accepts (in JSON and in CSV, with any number of digits).
- **Lists**: 200 relief steps (a plan has about ten; repeats and several plans fit), 30 tags of
  at most 40 characters, a step id of at most 80 characters.
- **Note**: 4,000 characters (a long page); far more is a pasted document, not a note.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

EARLIEST_START: Final = datetime(2000, 1, 1)  # on the wall clock of the entry
START_AHEAD: Final = timedelta(minutes=1)  # how far after now a start may be
MAX_DURATION: Final = timedelta(hours=6)
MIN_ID: Final = 1
MAX_ID: Final = 2**63 - 1  # SQLite's largest rowid
MAX_STEPS: Final = 200
MAX_STEP_ID_CHARS: Final = 80
MAX_TAGS: Final = 30
MAX_TAG_CHARS: Final = 40
MAX_NOTE_CHARS: Final = 4000
MAX_SLEEP_MINUTES: Final = 24 * 60
# The intensity scale: 0 (barely) to 10 (the worst imaginable), as pain scales are read.
MIN_INTENSITY: Final = 0
MAX_INTENSITY: Final = 10
