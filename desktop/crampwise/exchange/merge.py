"""Adding a validated export to a diary: what it lacks, once, all in one transaction.

Identity: an episode is already there when the diary holds one with the same start and end
instants (UTC) and every other field equal; ids and wall-clock offsets do not count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from crampwise.domain.episode import Episode
from crampwise.domain.experiments import Experiment
from crampwise.domain.limits import MAX_ID
from crampwise.domain.nights import CheckIn
from crampwise.domain.profile import HealthProfile
from crampwise.exchange.bounds import import_says as _says
from crampwise.exchange.codec import identity
from crampwise.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from crampwise.exchange.importer import FileEpisode, ParsedFile
    from crampwise.storage.store import EpisodeStore

ProfileOutcome = Literal["imported", "same", "kept", "none"]


def _count(n: int, one: str, many: str, none: str | None = None) -> Message:
    """The sentence for ``n`` things: ``one`` for 1, ``none`` for 0 (if given), else ``many``.

    ``none`` uses the field ``{zero}`` where ``many`` has ``{count}``, so it is a separate text
    to translate ("Aucun épisode ajouté.") while its English is the same as ``many``'s.
    """
    if n == 1:
        return _says(one, count=n)
    if n == 0 and none is not None:
        return _says(none, zero=n)
    return _says(many, count=n)


@dataclass(frozen=True, slots=True)
class NightsOutcome:
    """What an import did with check-ins and experiments.

    A check-in for a night the diary already has is never overwritten: ``nights_same`` were
    identical, ``nights_kept`` differ and the diary's were kept. An experiment is already there
    when the diary has one with the same plan (habit, length, seed, start).
    """

    nights_added: int = 0
    nights_same: int = 0
    nights_kept: int = 0
    experiments_added: int = 0
    experiments_same: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.nights_added or self.experiments_added)

    def describe(self) -> list[Message]:
        parts: list[Message] = []
        if self.nights_added:
            parts.append(
                _count(
                    self.nights_added,
                    QT_TRANSLATE_NOOP("Import", "Added {count} night."),
                    QT_TRANSLATE_NOOP("Import", "Added {count} nights."),
                )
            )
        if self.nights_same:
            parts.append(
                _count(
                    self.nights_same,
                    QT_TRANSLATE_NOOP("Import", "{count} night was already in the diary."),
                    QT_TRANSLATE_NOOP("Import", "{count} nights were already in the diary."),
                )
            )
        if self.nights_kept:
            parts.append(
                _count(
                    self.nights_kept,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{count} night in the file differs from the diary's, which was kept.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{count} nights in the file differ from the diary's, which were kept.",
                    ),
                )
            )
        if self.experiments_added:
            parts.append(
                _count(
                    self.experiments_added,
                    QT_TRANSLATE_NOOP("Import", "Added {count} experiment."),
                    QT_TRANSLATE_NOOP("Import", "Added {count} experiments."),
                )
            )
        return parts


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did.

    ``profile``: ``imported`` (the diary had none), ``same`` (identical already), ``kept`` (the
    diary's own differs and was kept) or ``none`` (the file has no profile).
    ``same_start``: added episodes that start at the same moment as a *different* episode already
    in the diary; both are kept, nothing is overwritten.
    """

    added: int
    already_there: int
    profile: ProfileOutcome
    same_start: int = 0
    nights: NightsOutcome = field(default_factory=NightsOutcome)

    def message(self) -> str:
        return self.describe().english()

    def describe(self) -> Message:
        parts: list[Message] = [
            _count(
                self.added,
                QT_TRANSLATE_NOOP("Import", "Added {count} episode."),
                QT_TRANSLATE_NOOP("Import", "Added {count} episodes."),
                QT_TRANSLATE_NOOP("Import", "Added {zero} episodes."),
            )
        ]
        if self.already_there:
            parts.append(
                _count(
                    self.already_there,
                    QT_TRANSLATE_NOOP("Import", "{count} episode was already in the diary."),
                    QT_TRANSLATE_NOOP("Import", "{count} episodes were already in the diary."),
                )
            )
        if self.same_start:
            parts.append(
                _count(
                    self.same_start,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{count} episode start at the same moment as a different entry already "
                        "in the diary; both were kept, so check them in the history.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{count} episodes start at the same moment as a different entry already "
                        "in the diary; both were kept, so check them in the history.",
                    ),
                )
            )
        profile = {
            "imported": QT_TRANSLATE_NOOP(
                "Import", "The health profile from the file was imported."
            ),
            "same": QT_TRANSLATE_NOOP(
                "Import", "The health profile in the file is the one the diary already has."
            ),
            "kept": QT_TRANSLATE_NOOP(
                "Import",
                "The diary already has a different health profile, so it was kept and the "
                "file's profile was not imported.",
            ),
            "none": "",
        }[self.profile]
        if profile:
            parts.append(_says(profile))
        return Message.joined([*parts, *self.nights.describe()])


def apply_import(store: EpisodeStore, parsed: ParsedFile) -> ImportReport:
    """Add the file's episodes the diary lacks, and its profile if the diary has none.

    Identity: an episode is already there when the diary holds one with the same start and end
    instants (UTC) and every other field equal; ids and wall-clock offsets do not count. It is a
    multiset match, so two identical episodes in a file need two in the diary.
    """
    existing = store.episodes()
    unmatched = Counter(identity(ep) for ep in existing)
    starts = {ep.started_at for ep in existing}  # aware datetimes compare as instants
    used_ids = {ep.id for ep in existing if ep.id is not None}

    already_there = same_start = 0
    new: list[FileEpisode] = []
    for fe in parsed.episodes:
        key = identity(fe.episode)
        if unmatched[key] > 0:
            unmatched[key] -= 1
            already_there += 1
            continue
        if fe.episode.started_at in starts:
            same_start += 1
        new.append(fe)

    # Keep a file's id where the diary does not use it (so a restore into an empty diary is
    # exact); give the rest fresh ids above every id in use, or, past the largest id there is,
    # let the diary choose one (SQLite then picks an unused one).
    kept_ids = {fe.file_id for fe in new if fe.file_id is not None} - used_ids
    next_id = max(used_ids | kept_ids, default=0) + 1
    to_add: list[Episode] = []
    for fe in new:
        if fe.file_id is not None and fe.file_id in kept_ids:
            to_add.append(fe.episode.replace(id=fe.file_id))
        else:
            to_add.append(fe.episode.replace(id=next_id if next_id <= MAX_ID else None))
            next_id += 1

    outcome, new_profile = _profile_outcome(store.profile(), parsed.profile)
    checkins, experiments, nights = _new_nights(store, parsed)
    if to_add or new_profile is not None or nights.changed:
        store.add_many(to_add, new_profile, checkins=checkins, experiments=experiments)
    return ImportReport(len(to_add), already_there, outcome, same_start, nights)


def _plan(experiment: Experiment) -> tuple[object, ...]:
    e = experiment
    return (e.habit, e.own_habit, e.weeks, e.seed, e.start)


def _new_nights(
    store: EpisodeStore, parsed: ParsedFile
) -> tuple[list[CheckIn], list[Experiment], NightsOutcome]:
    """The file's check-ins for nights the diary lacks, and its experiments the diary lacks
    (keeping the file's id when free)."""
    stored = {c.night: c for c in store.checkins()}
    checkins = [c for c in parsed.checkins if c.night not in stored]
    same = sum(stored.get(c.night) == c for c in parsed.checkins)
    kept = len(parsed.checkins) - len(checkins) - same
    existing = store.experiments()
    plans = {_plan(e) for e in existing}
    used_ids = {e.id for e in existing}
    experiments: list[Experiment] = []
    for experiment in parsed.experiments:
        if _plan(experiment) in plans:
            continue
        plans.add(_plan(experiment))
        free = experiment.id is not None and experiment.id not in used_ids
        experiments.append(experiment if free else replace(experiment, id=None))
        used_ids.add(experiment.id)
    outcome = NightsOutcome(
        nights_added=len(checkins),
        nights_same=same,
        nights_kept=kept,
        experiments_added=len(experiments),
        experiments_same=len(parsed.experiments) - len(experiments),
    )
    return checkins, experiments, outcome


def _profile_outcome(
    stored: HealthProfile, incoming: HealthProfile | None
) -> tuple[ProfileOutcome, HealthProfile | None]:
    """The file's profile is taken only into a diary without one; a stored one always wins."""
    if incoming is None or incoming == HealthProfile():
        return "none", None
    if stored == incoming:
        return "same", None
    if stored == HealthProfile():
        return "imported", incoming
    return "kept", None
