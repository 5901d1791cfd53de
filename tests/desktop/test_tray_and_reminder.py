"""The tray icon and the bedtime reminder through real servers: the app under Xvfb on a private
session bus, ``trayer`` as the system tray, ``dunst`` as the notification server, and
``dbus-monitor`` recording what reaches it. The reminder is set to come a few seconds after
start (``$CRAMPWISE_REMINDER_IN_SECONDS``), so nothing waits for the clock.

Without a tray or a notification server (a bus that cannot start one), the app says so in its
Settings menu and the reminder brings the window to the front on Prevention.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.servers import need, stop, wait_for
from tests.desktop.xsession import SYSTEM_PYTHON, XSession, x_session

Node = dict[str, Any]
SERVICE = "org.freedesktop.Notifications"
REMINDER = {"reminder_enabled": True, "reminder_time": "21:30"}
SOON = {"CRAMPWISE_REMINDER_IN_SECONDS": "3"}
ICON = re.compile(r'^\s+0x[0-9a-f]+ "Crampwise": .*?(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)')


def _pyatspi_present() -> bool:
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return found.returncode == 0


def need_pyatspi() -> None:
    if not Path(SYSTEM_PYTHON).exists() or not _pyatspi_present():
        pytest.skip("Debian's python3-pyatspi is not installed (scripts/bootstrap.sh)")


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def tree(session: XSession) -> Node:
    return session.atspi("tree")  # type: ignore[return-value]


def current_page(node: Node) -> str:
    pages = next(n for n in walk(node) if n["role"] == "list" and n["name"] == "Pages")
    return str(next(c["name"] for c in pages["children"] if "selected" in c["states"]))


def shows(node: Node, role: str, name: str) -> bool:
    return any(
        n["role"] == role and n["name"] == name and "showing" in n["states"] for n in walk(node)
    )


def until(session: XSession, check: Any, what: str, timeout: float = 20) -> Node:
    """The accessible tree once ``check(tree)`` holds (another process: nothing to await)."""
    seen: list[Node] = []

    def ok() -> bool:
        seen[:] = [tree(session)]
        return bool(check(seen[0]))

    wait_for(ok, timeout, what)
    return seen[0]


def evening_routine_shown(node: Node) -> bool:
    """Prevention, with the evening routine's relief guide on its first step."""
    return current_page(node) == "Prevention" and any(
        n["role"] == "label"
        and n["name"].startswith("Step 1 of")
        and "Evening prevention routine" in n["name"]
        and "showing" in n["states"]
        for n in walk(node)
    )


def bus_has(session: XSession, name: str) -> bool:
    answer = session.run(
        "gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
        "--object-path", "/org/freedesktop/DBus", "--method",
        "org.freedesktop.DBus.NameHasOwner", name,
    )  # fmt: skip
    return "true" in answer


@dataclass
class Desktop:
    session: XSession
    notifications: Path  # what dbus-monitor saw

    def tray_icon(self) -> tuple[int, int] | None:
        """The middle of Crampwise's icon embedded in trayer's panel, if it is there."""
        listing = self.session.run("xwininfo", "-name", "panel", "-tree")
        for line in listing.splitlines():
            match = ICON.match(line)
            if match:
                width, height, x, y = (int(g) for g in match.groups())
                return x + width // 2, y + height // 2
        return None

    def visible_windows(self) -> set[str]:
        """Crampwise's windows on the screen (the main window, the tray icon, a menu)."""
        listing = self.session.run("xwininfo", "-root", "-children")
        ids = re.findall(r'^\s+(0x[0-9a-f]+) "Crampwise"', listing, re.M)
        return {i for i in ids if "IsViewable" in self.session.run("xwininfo", "-id", i)}

    def position(self, window: str) -> tuple[int, int]:
        info = self.session.run("xwininfo", "-id", window)
        x = re.search(r"Absolute upper-left X:\s+(-?\d+)", info)
        y = re.search(r"Absolute upper-left Y:\s+(-?\d+)", info)
        assert x and y, info
        return int(x.group(1)), int(y.group(1))

    def notify_calls(self) -> list[list[str]]:
        """The arguments (strings only) of each ``Notify`` call seen on the bus."""
        calls: list[list[str]] = []
        for block in self.notifications.read_text().split("method call ")[1:]:
            if f"interface={SERVICE}; member=Notify" in block:
                calls.append(re.findall(r'^\s+string "(.*)"$', block, re.M))
        return calls


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    need("trayer", "dunst", "dunstctl", "dbus-monitor", "gdbus", "xwininfo", "xdotool")
    need_pyatspi()
    with x_session(tmp_path_factory.mktemp("x")) as xs:
        quiet = subprocess.DEVNULL
        tray = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width",
             "120", "--heighttype", "pixel", "--height", "32"],
            env=xs.env, stdout=quiet, stderr=quiet,
        )  # fmt: skip
        dunst = subprocess.Popen(["dunst"], env=xs.env, stdout=quiet, stderr=quiet)
        notifications = xs.runtime / "notifications.txt"
        with notifications.open("w") as out:
            monitor = subprocess.Popen(
                ["dbus-monitor", "--session", f"interface='{SERVICE}'"],
                env=xs.env, stdout=out, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        app = None
        try:
            try:
                wait_for(lambda: bus_has(xs, SERVICE), 10, "dunst")
                wait_for(lambda: "panel" in xs.run("xwininfo", "-root", "-tree"), 10, "trayer")
                wait_for(lambda: "NameAcquired" in notifications.read_text(), 10, "monitor")
            except TimeoutError as gone:
                pytest.skip(f"{gone} did not start on this machine within 10 s")
            app = xs.start_app(tmp_path_factory.mktemp("data"), SOON, **REMINDER)
            yield Desktop(xs, notifications)
        finally:
            for process in (app, monitor, dunst, tray):
                stop(process)


def test_the_tray_icon_appears_and_its_menu_works(desktop: Desktop) -> None:
    wait_for(lambda: desktop.tray_icon() is not None, 30, "the icon in trayer's panel")
    x, y = desktop.tray_icon() or (0, 0)
    before = until(desktop.session, lambda t: shows(t, "push button", "Cramp now"), "the window")
    assert current_page(before) == "Tonight" and not shows(before, "push button", "It's over")

    # Right-click the icon: its menu pops up (a new window on the screen, next to the icon).
    # Its first entry, "Cramp now", chosen with the keyboard, starts the relief guide.
    shown = desktop.visible_windows()
    desktop.session.run("xdotool", "mousemove", str(x), str(y), "click", "3")
    wait_for(lambda: desktop.visible_windows() - shown, 10, "the tray menu")
    [menu] = desktop.visible_windows() - shown
    left, top = desktop.position(menu)
    assert abs(left - x) < 300 and abs(top - y) < 300, "the menu is by the icon"
    desktop.session.run("xdotool", "key", "Down", "Return")
    until(desktop.session, lambda t: shows(t, "push button", "It's over"), "the relief guide")
    assert desktop.visible_windows() == shown  # the menu closed


def test_the_reminder_is_a_notification_whose_action_opens_the_evening_routine(
    desktop: Desktop,
) -> None:
    wait_for(lambda: desktop.notify_calls(), 30, "the reminder's Notify call")
    [call] = desktop.notify_calls()
    app_name, icon, title, body, *action = call
    assert app_name == "Crampwise" and title == "Crampwise"
    assert icon.endswith("crampwise.png") and Path(icon).is_file()
    assert body == "Time for your evening stretches?"
    assert action[:2] == ["default", "Start the evening routine"]
    assert desktop.session.run("dunstctl", "count", "displayed").strip() == "1"

    # The person clicks it: dunst sends ActionInvoked(id, "default") to the app.
    desktop.session.run("dunstctl", "action", "0")
    until(desktop.session, evening_routine_shown, "the evening routine")


def test_without_tray_or_notification_server_it_says_so_and_comes_to_the_front(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    need_pyatspi()
    # A bus that can start the accessibility bus but no notification server.
    with x_session(tmp_path_factory.mktemp("bare"), services=["org.a11y.Bus"]) as xs:
        app = xs.start_app(tmp_path_factory.mktemp("data"), SOON, **REMINDER)
        try:
            said = until(
                xs,
                lambda t: current_page(t) == "Prevention",
                "the reminder's fall-back",
            )
            notes = {n["name"] for n in walk(said) if n["role"] == "menu item"}
            assert {
                "This desktop has no system tray: Crampwise cannot keep running there.",
                "No notification service: the bedtime reminder brings the Crampwise window to "
                "the front instead.",
            } <= notes
            assert any(
                n["name"] == "Time for your evening stretches?" and "showing" in n["states"]
                for n in walk(said)
            ), "the reminder in the status bar"
        finally:
            stop(app)
