"""Advice as readable cards (rich text): what to do, why it shows, the sources behind it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crampwise import i18n
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.ui.theme import Theme

if TYPE_CHECKING:
    from crampwise.advice import AdviceItem, Source

# Translated where shown: QCoreApplication.translate("AdviceCards", label).
SEVERITY_LABELS = {
    "emergency": QT_TRANSLATE_NOOP("AdviceCards", "Emergency"),
    "urgent": QT_TRANSLATE_NOOP("AdviceCards", "Urgent"),
    "important": QT_TRANSLATE_NOOP("AdviceCards", "Important"),
    "consider": QT_TRANSLATE_NOOP("AdviceCards", "Worth considering"),
    "info": QT_TRANSLATE_NOOP("AdviceCards", "Good to know"),
}
# A warning sign's heading says how soon: its urgency, not a severity word.
URGENCY_LABELS = {
    "emergency": QT_TRANSLATE_NOOP("AdviceCards", "Emergency: call now"),
    "urgent": QT_TRANSLATE_NOOP("AdviceCards", "Get seen today"),
    "soon": QT_TRANSLATE_NOOP("AdviceCards", "See a doctor soon"),
}
KIND_LABELS = {
    "red_flag": QT_TRANSLATE_NOOP("AdviceCards", "Warning sign"),
    "caution": QT_TRANSLATE_NOOP("AdviceCards", "Take care"),
    "advice": QT_TRANSLATE_NOOP("AdviceCards", "Tip"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdviceCards", text)


def source_line(ids: Sequence[str], sources: Mapping[str, Source]) -> str:
    names = []
    for ident in ids:
        src = sources.get(ident)
        if src is None:
            continue
        year = f" {src.year}" if src.year else ""
        names.append(f"{src.authors_or_org}{year}" if src.evidence != "NF" else src.title)
    if not names:
        return ""
    unique = dict.fromkeys(names)  # two NHS pages read "NHS" once
    return QCoreApplication.translate("AdviceCards", "Sources: {0}").format("; ".join(unique))


def card_heading(item: AdviceItem) -> str:
    if item.urgency is not None:
        return f"{_tr(KIND_LABELS[item.kind])} · {_tr(URGENCY_LABELS[item.urgency])}"
    return f"{_tr(KIND_LABELS[item.kind])} · {_tr(SEVERITY_LABELS[item.severity])}"


def cards_html(
    items: Sequence[AdviceItem],
    sources: Mapping[str, Source],
    theme: Theme,
    lang: str | None = None,
) -> str:
    """One bordered card per item, in the order given (the engine puts red flags first)."""
    lang = lang or i18n.language()
    out = []
    for item in items:
        edge = {"red_flag": theme.danger, "caution": theme.accent}.get(item.kind, theme.border)
        because = "; ".join(b(lang) for b in item.because)
        why = (
            f"<p style='color:{theme.muted_text}'>{escape(because[:1].upper() + because[1:])}.</p>"
        )
        cited = source_line(item.sources, sources)
        out.append(
            f"<table width='100%' cellpadding='10' cellspacing='0' border='2' "
            f"style='border-color:{edge}; border-style:solid; margin-bottom:10px' "
            f"bgcolor='{theme.surface}'><tr><td>"
            f"<p style='color:{edge if item.kind != 'advice' else theme.muted_text}'>"
            f"<b>{escape(card_heading(item))}</b></p>"
            f"<p style='font-size:large'>{escape(item.text(lang))}</p>"
            f"{why if because else ''}"
            f"<p style='color:{theme.muted_text}; font-size:small'>{escape(cited)}</p>"
            "</td></tr></table>"
        )
    return "\n".join(out)
