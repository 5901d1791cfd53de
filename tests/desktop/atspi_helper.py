"""Reads Crampwise's accessible tree from outside its process, as Orca does (pyatspi).

Run by the system Python (Debian's python3-pyatspi), never imported by the tests:
  atspi_helper.py tree                      the whole tree as JSON
  atspi_helper.py select-page NAME          select a page in the "Pages" list
  atspi_helper.py press NAME [--role R] [--listen S]
                                            do the action of the element named NAME (a push
                                            button by default); with --listen, print the
                                            announcements made in the next S seconds
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def app(timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == "Crampwise":
                frames = [child.getChildAtIndex(j) for j in range(child.childCount)]
                if any(f is not None and f.getRoleName() == "frame" for f in frames):
                    return child
        time.sleep(0.2)
    raise SystemExit("Crampwise did not appear on the accessibility bus")


def node(acc, depth=0):
    states = acc.getState().getStates()
    out = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": sorted(pyatspi.stateToString(s) for s in states),
        "children": [],
    }
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        out["box"] = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        out["box"] = None
    if depth < 40:
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                out["children"].append(node(child, depth + 1))
    return out


def find(acc, role, name):
    if acc.getRoleName() == role and acc.name == name:
        return acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            hit = find(child, role, name)
            if hit is not None:
                return hit
    return None


def showing(acc):
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def main():
    command = sys.argv[1]
    root = app()
    if command == "tree":
        print(json.dumps(node(root)))
    elif command == "select-page":
        pages = find(root, "list", "Pages")
        for i in range(pages.childCount):
            if pages.getChildAtIndex(i).name == sys.argv[2]:
                pages.querySelection().selectChild(i)
                print(json.dumps({"selected": sys.argv[2]}))
                return
        raise SystemExit(f"no page {sys.argv[2]!r}")
    elif command == "press":
        role = sys.argv[sys.argv.index("--role") + 1] if "--role" in sys.argv else "push button"
        button = find(root, role, sys.argv[2])
        if button is None:
            raise SystemExit(f"no {role} named {sys.argv[2]!r}")
        heard = []
        if "--listen" in sys.argv:
            seconds = float(sys.argv[sys.argv.index("--listen") + 1])

            def on_event(event):
                heard.append({"type": event.type, "text": str(event.any_data)})

            pyatspi.Registry.registerEventListener(on_event, "object:announcement")
            from gi.repository import GLib  # type: ignore[import-not-found]

            GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
            GLib.timeout_add(300, lambda: button.queryAction().doAction(0) and False)
            pyatspi.Registry.start()
        else:
            button.queryAction().doAction(0)
        print(json.dumps({"pressed": button.name, "announced": heard}))
    else:
        raise SystemExit(f"unknown command {command!r}")


main()
