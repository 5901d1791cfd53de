"""The sentences the engine writes itself ("because you take …"), read from
``assets/advice/sentences.toml``: templates with named ``{placeholders}``, one per language."""

from __future__ import annotations

from pathlib import Path

import msgspec

from crampwise.advice._data import Problems
from crampwise.advice.care import placeholders
from crampwise.text import LocalText

# The placeholders each template must use, in every language.
FIELDS: dict[str, frozenset[str]] = {
    "because_condition": frozenset({"condition"}),
    "because_medicine": frozenset({"medicine"}),
    "medicine_described": frozenset({"name", "described"}),
    "because_sign": frozenset({"sign"}),
    "because_count": frozenset({"count"}),
    "because_longest": frozenset({"minutes"}),
    "decimal_point": frozenset(),
}


class Sentences(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    because_condition: LocalText  # "because {condition}": a condition's ``because`` words
    because_medicine: LocalText  # "because you take {medicine}"
    medicine_described: LocalText  # "{name} ({described})": a medicine and its class
    because_sign: LocalText  # "because you noted “{sign}” on a recent night"
    because_count: LocalText  # "because you logged {count} cramps in the last 7 nights"
    because_longest: LocalText  # "... lasted {minutes} minutes"
    decimal_point: LocalText  # "." in English, "," in French

    def minutes(self, value: float) -> LocalText:
        """``value`` as the language writes it: "2.5", "2,5"; whole minutes without a point."""
        text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
        return LocalText({lang: text.replace(".", self.decimal_point(lang))
                          for lang in self.decimal_point.languages})  # fmt: skip


def load_sentences(path: Path) -> Sentences:
    """Read and check the sentences; raise :class:`AdviceDataError` naming file and field."""
    problems = Problems(path)
    sentences = problems.decode(problems.read(), Sentences)
    problems.raise_if_any()
    assert sentences is not None
    for name, expected in FIELDS.items():
        template: LocalText = getattr(sentences, name)
        for lang in template.languages:
            used = placeholders(template(lang))
            if used != expected:
                wanted = ", ".join(f"{{{p}}}" for p in sorted(expected)) or "no placeholder"
                problems.add(f"{name}.{lang}", f"must use {wanted}")
    problems.raise_if_any()
    return sentences
