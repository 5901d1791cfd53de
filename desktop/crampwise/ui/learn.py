"""Learn: what night cramps are, what helps and how good the evidence is, when to see a doctor."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from crampwise.ui.advice_state import learn_content, rulebook

STATUS_WORDS = {
    "recommended": "Worth trying",
    "caution": "Take care",
    "not_recommended": "Not recommended",
    "avoid": "Avoid",
}
EVIDENCE_WORDS = {
    "MOD": "moderate evidence",
    "LOW": "low-certainty evidence",
    "VLOW": "very low-certainty evidence",
    "EO": "expert opinion",
    "NF": "no evidence found",
}


def learn_html(lang: str = "en") -> str:
    """The whole page as HTML, built from the content files (nothing here is hand-written)."""
    book, learn = rulebook(), learn_content()
    cited: list[str] = []

    def cite(ids: tuple[str, ...]) -> str:
        marks = []
        for ident in ids:
            if ident not in cited:
                cited.append(ident)
            marks.append(str(cited.index(ident) + 1))
        return f" <sup>[{', '.join(marks)}]</sup>" if marks else ""

    parts = ["<h1>About night leg cramps</h1>"]
    for section in learn.sections:
        parts.append(f"<h2>{escape(section.title(lang))}</h2>")
        parts.append(f"<p>{escape(section.text(lang))}{cite(section.sources)}</p>")
    parts.append("<h2>What helps, and how sure we are</h2><ul>")
    for ident, base in book.baseline.items():
        label = learn.intervention_labels[ident](lang)
        grades = sorted(
            {
                EVIDENCE_WORDS[e]
                for s in base.sources
                if (e := book.sources[s].evidence) in EVIDENCE_WORDS
            }
        )
        grade = f" <i>({', '.join(grades)})</i>" if grades else ""
        parts.append(
            f"<li><b>{escape(label)}: {STATUS_WORDS[base.status]}.</b>{grade} "
            f"{escape(base.text(lang))}{cite(base.sources)}</li>"
        )
    parts.append("</ul><h2>When to see a doctor</h2><ul>")
    for rule in book.rules:
        for effect in rule.effects:
            if effect.kind == "red_flag":
                parts.append(f"<li>{escape(effect.text(lang))}{cite(effect.sources)}</li>")
    parts.append("</ul><h2>Sources</h2><ol>")
    for ident in cited:
        src = book.sources[ident]
        parts.append(f"<li>{escape(src.citation)}</li>")
    parts.append("</ol>")
    return "\n".join(parts)


class LearnPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # no network, ever
        self.browser.setAccessibleName("About night leg cramps")
        self.browser.setHtml(learn_html())
        QVBoxLayout(self).addWidget(self.browser)
