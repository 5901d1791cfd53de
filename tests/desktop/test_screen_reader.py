"""What a screen reader sees: the window under Xvfb, its accessible tree read from outside the
process over AT-SPI (pyatspi, run by the system Python), as Orca reads it.

One run of the real app: every page's interactive elements are named and have the right role,
the countdown announces its phases, the body map's places are reachable and named, and the
follow-up sheet reads from top to bottom. (``tests/test_accessibility.py`` keeps the in-process
name walk.)
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.servers import stop
from tests.desktop.xsession import SYSTEM_PYTHON, XSession, x_session

Node = dict[str, Any]
INTERACTIVE = {
    "push button", "check box", "radio button", "toggle button", "combo box", "text",
    "spin button", "slider", "list", "list item", "table", "page tab", "link", "entry",
    "tree", "tree table", "menu item", "date editor",
}  # fmt: skip
CONTAINERS = {"table cell", "scroll pane", "viewport", "page tab list", "table column header"}
PAGES = ("History", "Insights", "Prevention", "Relief plans", "Health profile", "Learn")


def _pyatspi_present() -> bool:
    import subprocess

    return (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    if not Path(SYSTEM_PYTHON).exists() or not _pyatspi_present():
        pytest.skip("Debian's python3-pyatspi is not installed (scripts/bootstrap.sh)")
    with x_session(tmp_path_factory.mktemp("x")) as xs:
        app = xs.start_app(tmp_path_factory.mktemp("data"))
        try:
            yield xs
        finally:
            stop(app)


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def showing(tree: Node) -> list[Node]:
    frame = next(n for n in tree["children"] if n["role"] == "frame")
    return [
        n
        for n in walk(frame)
        if "showing" in n["states"] and n["role"] not in ("menu bar", "menu", "popup menu")
    ]


def problems(tree: Node) -> list[str]:
    """Interactive or focusable elements a screen reader could only call by their role.

    (A focusable drawing, the body map or the relief guide, is a "filler" to AT-SPI: a plain
    widget's role cannot be changed from Python without a hand-made accessible interface.
    Its name says what it is; the roles that matter are checked one by one below.)
    """
    out = []
    for n in showing(tree):
        focusable = "focusable" in n["states"] and n["role"] not in CONTAINERS
        if (n["role"] in INTERACTIVE or focusable) and not n["name"].strip():
            out.append(f"{n['role']} without a name at {n['box']}")
    return out


def named(tree: Node, role: str, name: str) -> Node:
    return next(n for n in walk(tree) if n["role"] == role and n["name"] == name)


def test_what_a_screen_reader_sees(session: XSession) -> None:
    found: dict[str, list[str]] = {}
    tree: Node = session.atspi("tree")  # type: ignore[assignment]
    found["Tonight"] = problems(tree)
    for name in ("Calf plan", "Foot or toes plan", "Left leg", "Right leg"):
        assert named(tree, "radio button", name)  # one of two: radio buttons, not check boxes
    for page in PAGES:
        session.atspi("select-page", page)
        found[page] = problems(session.atspi("tree"))  # type: ignore[arg-type]
    session.atspi("select-page", "Tonight")

    # The countdown announces each phase as it begins (QAccessibleAnnouncementEvent).
    pressed: Node = session.atspi("press", "Cramp now", "--listen", "3")  # type: ignore[assignment]
    said = [a["text"] for a in pressed["announced"]]
    assert any(s.startswith("Step 1 of ") and "Hold: 30 seconds" in s for s in said), said
    found["Relief guide"] = problems(session.atspi("tree"))  # type: ignore[arg-type]

    session.atspi("press", "It's over")
    sheet: Node = session.atspi("tree")  # type: ignore[assignment]
    for _ in range(40):  # the bus may show the sheet a moment after the press returns
        if any(n["name"] == "Where was the cramp" for n in walk(sheet)):
            break
        time.sleep(0.1)  # another process's tree: there is no signal to wait on here
        sheet = session.atspi("tree")  # type: ignore[assignment]
    found["Follow-up sheet"] = problems(sheet)

    # The body map: each place is a named check box inside the drawing, and pressing works.
    body = named(sheet, "filler", "Where was the cramp")
    places = [c for c in body["children"] if c["role"] == "check box"]
    assert len(places) == 12
    assert {"Left calf", "Right calf", "Left toes", "Right front of thigh"} <= {
        p["name"] for p in places
    }
    x, y, w, h = body["box"]
    for p in places:
        px, py, pw, ph = p["box"]
        assert x <= px and y <= py and px + pw <= x + w and py + ph <= y + h, p
    session.atspi("press", "Left calf", "--role", "check box")  # Qt clicks it 0.1 s later
    for _ in range(20):
        after: Node = session.atspi("tree")  # type: ignore[assignment]
        description = named(after, "filler", "Where was the cramp")["description"]
        if "Selected: Left calf." in description:
            break
    assert "Selected: Left calf." in description
    assert "checked" in named(after, "check box", "Left calf")["states"]
    assert "checked" not in named(after, "check box", "Right calf")["states"]

    # The sheet reads from top to bottom: its sections in the tree in the order on screen.
    sections = [n for n in walk(sheet) if n["role"] == "panel" and n["name"]]
    tops = [n["box"][1] for n in sections]
    assert sections[0]["name"] == "Did the relief steps help?"
    assert tops == sorted(tops), [(n["name"], n["box"][1]) for n in sections]

    assert {page: p for page, p in found.items() if p} == {}
