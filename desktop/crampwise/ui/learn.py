"""Learn: what night cramps are, what helps and how good the evidence is, when to see a doctor."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from crampwise import i18n
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.ui.advice_state import learn_content, rulebook
from crampwise.ui.stale import ReloadsWhenShown

# Translated where shown: QCoreApplication.translate("LearnPage", word).
STATUS_WORDS = {
    "recommended": QT_TRANSLATE_NOOP("LearnPage", "Worth trying"),
    "caution": QT_TRANSLATE_NOOP("LearnPage", "Take care"),
    "not_recommended": QT_TRANSLATE_NOOP("LearnPage", "Not recommended"),
    "avoid": QT_TRANSLATE_NOOP("LearnPage", "Avoid"),
}
EVIDENCE_WORDS = {
    "MOD": QT_TRANSLATE_NOOP("LearnPage", "moderate evidence"),
    "LOW": QT_TRANSLATE_NOOP("LearnPage", "low-certainty evidence"),
    "VLOW": QT_TRANSLATE_NOOP("LearnPage", "very low-certainty evidence"),
    "EO": QT_TRANSLATE_NOOP("LearnPage", "expert opinion"),
    "NF": QT_TRANSLATE_NOOP("LearnPage", "no evidence found"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LearnPage", text)


def learn_html(lang: str | None = None) -> str:
    """The whole page as HTML, built from the content files (nothing here is hand-written).

    ``lang`` defaults to the language in use; the headings come from the translations.
    """
    from crampwise.ui.advice_state import current_region

    lang = lang or i18n.language()
    book, learn, region = rulebook(), learn_content(), current_region()
    cited: list[str] = []

    def cite(ids: tuple[str, ...]) -> str:
        marks = []
        for ident in ids:
            if ident not in cited:
                cited.append(ident)
            marks.append(str(cited.index(ident) + 1))
        return f" <sup>[{', '.join(marks)}]</sup>" if marks else ""

    title = QCoreApplication.translate("LearnPage", "About night leg cramps")
    parts = [f"<h1>{escape(title)}</h1>"]
    for section in learn.sections:
        parts.append(f"<h2>{escape(section.title(lang))}</h2>")
        text = region.fill(section.text)(lang)
        parts.append(f"<p>{escape(text)}{cite(section.sources)}</p>")
    helps = QCoreApplication.translate("LearnPage", "What helps, and how sure we are")
    parts.append(f"<h2>{escape(helps)}</h2><ul>")
    for ident, base in book.baseline.items():
        label = learn.intervention_labels[ident](lang)
        grades = sorted(
            {
                _tr(EVIDENCE_WORDS[e])
                for s in base.sources
                if (e := book.sources[s].evidence) in EVIDENCE_WORDS
            }
        )
        if ident in learn.evidence:  # where a grade alone would mislead ("moderate evidence")
            grades = [learn.evidence[ident](lang)]
        grade = f" <i>({', '.join(grades)})</i>" if grades else ""
        word = learn.verdicts[ident](lang) if ident in learn.verdicts else None
        verdict = QCoreApplication.translate("LearnPage", "{0}: {1}.").format(
            label, word or _tr(STATUS_WORDS[base.status])
        )
        parts.append(
            f"<li><b>{escape(verdict)}</b>{grade} "
            f"{escape(region.fill(base.text)(lang))}{cite(base.sources)}</li>"
        )
    doctor = QCoreApplication.translate("LearnPage", "When to see a doctor")
    parts.append(f"</ul><h2>{escape(doctor)}</h2><ul>")
    for rule in book.rules:
        for effect in rule.effects:
            if effect.kind == "red_flag":
                text = region.fill(effect.text)(lang)
                parts.append(f"<li>{escape(text)}{cite(effect.sources)}</li>")
    sources = QCoreApplication.translate("LearnPage", "Sources")
    parts.append(f"</ul><h2>{escape(sources)}</h2><ol>")
    for ident in cited:
        src = book.sources[ident]
        link = f" {escape(src.link)}" if src.link else ""
        parts.append(f"<li>{escape(src.citation)}{link}</li>")
    parts.append("</ol>")
    return "\n".join(parts)


class LearnPage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # no network, ever
        self.browser.setAccessibleName(self.tr("About night leg cramps"))
        self.browser.setAccessibleDescription(
            self.tr("What night cramps are, what helps, and when to see a doctor.")
        )
        self.browser.setHtml(learn_html())
        self._stale = False
        QVBoxLayout(self).addWidget(self.browser)

    def reload(self) -> None:
        """Rebuilt after the region changes (its contacts are in the warning signs)."""
        self.browser.setHtml(learn_html())
        self._stale = False
