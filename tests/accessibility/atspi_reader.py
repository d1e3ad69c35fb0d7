"""Reads Companion's window over AT-SPI, from outside, the way a screen reader such as Orca does.

Run by tests/accessibility/test_atspi_walk.py with the system's Python 3, which has pyatspi
(Debian's python3-pyatspi); it does not import Companion. It finds the running app by its
process id, then, like a keyboard and screen-reader user:

* opens every area with the arrow keys in the area list,
* opens every item of every menu (through the item's AT-SPI action, as Orca does), except the
  few that end the walk or change text (SKIPPED below), and every window that opens,
* in each area and window, reads everything on screen (role, name, description, states,
  place, relations, actions) and presses Tab until focus comes back where it started,
  recording where it lands (in an area also Shift+Tab a few times from the area list, into
  the area from its end),
* closes each window again with Escape (answering any question it asks with Escape too), so
  nothing destructive is ever confirmed.

It writes what it saw as JSON; the test decides what is wrong. It never asserts.

Keys are sent with AT-SPI's own key synthesis. Under Xvfb there is no window manager to give a
window the keyboard, so ``xdotool windowfocus`` stands in for one (a dialog Qt opens takes
the keyboard by itself; the window under it has to be given it back when it closes).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

#: Menu items not opened, with the reason (English names: the app runs in English here).
SKIPPED = {
    "Quit": "ends the app",
    "Lock": "locks the journal",
    "New entry": "adds an entry (no window)",
    "Undo": "edits text (no window)",
    "Redo": "edits text (no window)",
    "Cut": "edits text (no window)",
    "Copy": "edits text (no window)",
    "Paste": "edits text (no window)",
    "Select all": "edits text (no window)",
}

TAB = 0xFF09
ESCAPE = 0xFF1B
HOME = 0xFF50
DOWN = 0xFF54

#: At most this many Tab presses in one window; a cycle longer than that is reported.
MAX_TABS = 90
#: Children of a list, table or tree read at most (the journal list has hundreds).
ITEMS_READ = 4
#: Objects read at most in one window.
MAX_NODES = 2500

#: Roles whose children are items (a few are enough to see how items are named).
ITEM_CONTAINERS = {"list", "table", "tree", "tree table", "list box", "tree item"}

_RELATIONS = {
    pyatspi.RELATION_LABELLED_BY: "labelled by",
    pyatspi.RELATION_LABEL_FOR: "label for",
    pyatspi.RELATION_DESCRIBED_BY: "described by",
    pyatspi.RELATION_DESCRIPTION_FOR: "description for",
}

_context = GLib.MainContext.default()
_focus_events: list[Any] = []


def pump(seconds: float) -> None:
    """Let AT-SPI events arrive for ``seconds``."""
    end = time.monotonic() + seconds
    while True:
        while _context.iteration(False):
            pass
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def _on_focus(event: Any) -> None:
    if event.detail1 == 1:
        _focus_events.append(event.source)


def progress(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def act(acc: Any) -> None:
    """Do ``acc``'s first action. A Qt dialog opened with exec() answers only once it
    closes (the app keeps answering everything else meanwhile), so the answer is not
    waited for long."""
    pyatspi.setTimeout(1500, -1)
    try:
        acc.queryAction().doAction(0)
    except GLib.GError:
        pass  # no answer yet: a window that runs its own event loop
    finally:
        pyatspi.setTimeout(25_000, -1)


def key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def role(acc: Any) -> str:
    try:
        return str(acc.getRoleName())
    except Exception:
        return "?"


def name(acc: Any) -> str:
    try:
        return str(acc.name or "")
    except Exception:
        return ""


def states(acc: Any) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    except Exception:
        return ["defunct"]


def extents(acc: Any) -> list[int] | None:
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:
        return None
    return [box.x, box.y, box.width, box.height]


def key_of(acc: Any) -> str:
    return str(getattr(acc, "path", "")) or str(id(acc))


def path_of(acc: Any, top: Any | None = None) -> str:
    """Where ``acc`` is: its ancestors' roles and names down from its window."""
    parts = []
    node = acc
    for _ in range(40):
        if node is None or role(node) == "application":
            break
        label = role(node) + (f" {name(node)!r}" if name(node) else "")
        parts.append(label)
        if top is not None and key_of(node) == key_of(top):
            break
        try:
            node = node.parent
        except Exception:
            break
    return " / ".join(reversed(parts))


def describe(acc: Any, top: Any | None = None) -> dict[str, Any]:
    try:
        description = str(acc.description or "")
    except Exception:
        description = ""
    relations: dict[str, list[str]] = {}
    try:
        for relation in acc.getRelationSet():
            kind = _RELATIONS.get(relation.getRelationType())
            if kind is None:
                continue
            relations[kind] = [
                path_of(relation.getTarget(i), top) for i in range(relation.getNTargets())
            ]
    except Exception:
        pass
    try:
        interfaces = list(pyatspi.listInterfaces(acc))
    except Exception:
        interfaces = []
    actions: list[str] = []
    if "Action" in interfaces:
        try:
            action = acc.queryAction()
            actions = [action.getName(i) for i in range(action.nActions)]
        except Exception:
            pass
    return {
        "role": role(acc),
        "name": name(acc),
        "description": description,
        "states": states(acc),
        "extents": extents(acc),
        "relations": relations,
        "interfaces": interfaces,
        "actions": actions,
        "path": path_of(acc, top),
        "key": key_of(acc),
    }


def read_tree(top: Any) -> list[dict[str, Any]]:
    """Everything on screen in ``top`` (what is not showing is left out with its children)."""
    nodes: list[dict[str, Any]] = []

    def visit(acc: Any, depth: int) -> None:
        if len(nodes) >= MAX_NODES or depth > 40:
            return
        node = describe(acc, top)
        if depth > 0 and "showing" not in node["states"]:
            return
        node["depth"] = depth
        nodes.append(node)
        try:
            count = acc.childCount
        except Exception:
            return
        if node["role"] in ITEM_CONTAINERS:
            node["children"] = count
            count = min(count, ITEMS_READ)
        for i in range(count):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                visit(child, depth + 1)

    visit(top, 0)
    return nodes


class App:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.acc = self._find(timeout=60)

    def _find(self, timeout: float) -> Any:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    ours = app is not None and app.get_process_id() == self.pid
                    if ours and self.main_window(app) is not None:
                        return app
                except Exception:
                    continue
            pump(0.3)
        raise SystemExit(f"no accessible application with process id {self.pid} appeared")

    @staticmethod
    def main_window(app: Any) -> Any | None:
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            if child is None or role(child) != "frame":
                continue
            if any(role(c) == "menu bar" for c in child) and "showing" in states(child):
                return child
        return None

    def windows(self) -> list[Any]:
        """The app's windows on screen."""
        found = []
        for i in range(self.acc.childCount):
            child = self.acc.getChildAtIndex(i)
            if child is not None and "showing" in states(child):
                found.append(child)
        return found

    def give_keyboard(self, window: Any) -> None:
        """Give ``window`` the keyboard, as a window manager would (xdotool finds the X
        window of this process with the same title)."""
        title = name(window)
        try:
            ids = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)],
                capture_output=True,
                text=True,
                timeout=10,
            ).stdout.split()
        except (OSError, subprocess.TimeoutExpired):
            return
        box = extents(window)
        chosen = None
        for wid in ids:
            out = subprocess.run(
                ["xdotool", "getwindowname", wid], capture_output=True, text=True, timeout=10
            ).stdout.strip()
            if out == title:
                chosen = wid
                geometry = subprocess.run(
                    ["xdotool", "getwindowgeometry", "--shell", wid],
                    capture_output=True,
                    text=True,
                    timeout=10,
                ).stdout
                values = dict(line.split("=", 1) for line in geometry.splitlines() if "=" in line)
                if box and [int(values.get(k, -1)) for k in ("X", "Y", "WIDTH", "HEIGHT")] == box:
                    break
        if chosen is not None:
            subprocess.run(["xdotool", "windowfocus", chosen], timeout=10, check=False)
            pump(0.2)


def focused_now(before: int) -> Any | None:
    """The object that took focus last since ``before`` events."""
    fresh = _focus_events[before:]
    return fresh[-1] if fresh else None


def wait_for_focus_change(before: int, seconds: float = 1.5) -> Any | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.03)
        if len(_focus_events) > before:
            pump(0.06)  # a container's focus is often followed by its current item's
            return focused_now(before)
    return None


def focused_in(top: Any) -> Any | None:
    """The object in ``top`` that has the keyboard focus now, if any."""
    for acc in _walk(top):
        if "focused" in states(acc):
            return acc
    return None


def window_of(acc: Any) -> Any | None:
    """The window ``acc`` is in (its ancestor just below the application)."""
    node = acc
    for _ in range(60):
        try:
            parent = node.parent
        except Exception:
            return None
        if parent is None:
            return None
        if role(parent) == "application":
            return node
        node = parent
    return None


def same(a: Any, b: Any) -> bool:
    """Whether the windows ``a`` and ``b`` are one: the same D-Bus path, or the same role,
    name and place (Qt gives the main window a new path when some dialogs open)."""
    if getattr(a, "path", None) and getattr(a, "path", None) == getattr(b, "path", None):
        return True
    return (role(a), name(a), extents(a)) == (role(b), name(b), extents(b))


def inside(acc: Any, top: Any) -> bool:
    window = window_of(acc)
    return window is not None and same(window, top)


def tab_walk(top: Any) -> dict[str, Any]:
    """Press Tab until focus is back on the first object reached; record every stop, and
    where the stop before it is now (a scroll area may have moved it). Where one Tab does
    not move focus (a date field moves between its day, month and year first), a few more
    are tried before the walk says focus is stuck."""
    start = focused_in(top)
    steps: list[dict[str, Any]] = []
    first_key = None
    previous = start
    ended = "limit"
    presses = 0
    while presses < MAX_TABS:
        acc = None
        tries = 0
        for tries in range(1, 5):
            before = len(_focus_events)
            key(TAB)
            presses += 1
            acc = wait_for_focus_change(before, seconds=2.0 if tries == 1 else 0.8)
            if acc is not None:
                break
        if acc is None:
            ended = "focus stays" if start is not None else "nothing has focus"
            break
        step = describe(acc, top)
        step["tabs"] = tries
        step["in_window"] = inside(acc, top)
        step["previous_extents"] = extents(previous) if previous is not None else None
        steps.append(step)
        if first_key is None:
            first_key = step["key"]
        elif step["key"] == first_key:
            ended = "cycle"
            break
        previous = acc
    return {
        "start": describe(start, top) if start is not None else None,
        "window": extents(top),
        "steps": steps,
        "ended": ended,
    }


def back_walk(top: Any, presses: int) -> list[dict[str, Any]]:
    """Press Shift+Tab a few times from where focus is (the area list: into the area from
    its end) and record where focus lands. xdotool sends the key with Shift held."""
    steps = []
    for _ in range(presses):
        before = len(_focus_events)
        subprocess.run(["xdotool", "key", "shift+Tab"], timeout=10, check=False)
        acc = wait_for_focus_change(before, seconds=1.0)
        if acc is None:
            break
        step = describe(acc, top)
        step["in_window"] = inside(acc, top)
        steps.append(step)
    return steps


def settle(top: Any, seconds: float = 6.0) -> None:
    """Wait until what ``top`` shows stops changing (a view fills itself after it shows)."""
    end = time.monotonic() + seconds
    last = None
    while time.monotonic() < end:
        pump(0.15)
        now = [(n["role"], n["name"]) for n in read_tree(top)[:400]]
        if now == last:
            return
        last = now


def find(top: Any, want_role: str, want_name: str | None = None) -> Any | None:
    for acc in _walk(top):
        if role(acc) == want_role and (want_name is None or name(acc) == want_name):
            return acc
    return None


def _walk(top: Any, depth: int = 0) -> Any:
    yield top
    if depth > 30 or role(top) in ITEM_CONTAINERS:
        return
    try:
        children = list(top)
    except Exception:
        return
    for child in children:
        if child is not None and (depth == 0 or "showing" in states(child)):
            yield from _walk(child, depth + 1)


def read_areas(app: App) -> list[dict[str, Any]]:
    main = App.main_window(app.acc)
    app.give_keyboard(main)
    nav = find(main, "list", "Areas")
    if nav is None:
        return [{"kind": "area", "title": "?", "error": "no list named 'Areas'"}]
    titles = [name(nav.getChildAtIndex(i)) for i in range(nav.childCount)]
    views = []
    for index, title in enumerate(titles):
        progress(f"area {title}")
        started = time.monotonic()
        nav.queryComponent().grabFocus()
        pump(0.2)
        key(HOME)
        for _ in range(index):
            pump(0.05)
            key(DOWN)
        settle(main)
        tree = read_tree(main)
        # first into the area from its end, as it opened (nothing scrolled yet)
        nav.queryComponent().grabFocus()
        pump(0.2)
        back = back_walk(main, presses=3)
        nav.queryComponent().grabFocus()
        pump(0.2)
        view = {"kind": "area", "title": title, "tree": tree, "tab": tab_walk(main)}
        view["tab"]["back"] = back
        view["seconds"] = round(time.monotonic() - started, 2)
        views.append(view)
    # back to the first area, where the menus are tried from
    nav.queryComponent().grabFocus()
    key(HOME)
    pump(0.3)
    return views


def menu_items(main: Any) -> list[tuple[str, Any]]:
    items = []
    bar = next(c for c in main if role(c) == "menu bar")
    for menu in bar:
        for popup in menu:
            for item in popup:
                if role(item) == "menu item":
                    items.append((f"{name(menu)} > {name(item)}", item))
    return items


def new_window(app: App, before: set[str], seconds: float) -> Any | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.1)
        for window in app.windows():
            if key_of(window) in before or role(window) in ("menu", "popup menu"):
                continue
            if App.main_window(app.acc) is not None and same(window, App.main_window(app.acc)):
                continue  # the main window under a new path
            return window
    return None


def close_window(app: App, window: Any, below: Any) -> list[dict[str, Any]]:
    """Escape until ``window`` is gone; windows that open on the way (a question) are
    read and escaped too. Returns those windows."""
    asked: list[dict[str, Any]] = []
    for _ in range(4):
        windows = [w for w in app.windows() if not same(w, below)]
        if not any(key_of(w) == key_of(window) for w in windows):
            return asked
        # the window in front: the last one that appeared
        front = windows[-1]
        if key_of(front) != key_of(window):
            asked.append({"title": name(front), "tree": read_tree(front)})
        app.give_keyboard(front)
        key(ESCAPE)
        end = time.monotonic() + 4
        while time.monotonic() < end:
            pump(0.1)
            if not any(key_of(w) == key_of(front) for w in app.windows()):
                break
    if any(key_of(w) == key_of(window) for w in app.windows()):
        asked.append({"title": name(window), "error": "did not close with Escape"})
    return asked


def read_menus(app: App) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    main = App.main_window(app.acc)
    views: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for label, item in menu_items(main):
        main = App.main_window(app.acc)
        entry: dict[str, Any] = {"menu": label, "item": describe(item, main)}
        items.append(entry)
        plain = name(item)
        if plain in SKIPPED:
            entry["skipped"] = SKIPPED[plain]
            continue
        if "enabled" not in states(item):
            entry["skipped"] = "not available now"
            continue
        started = time.monotonic()
        app.give_keyboard(main)
        before = {key_of(w) for w in app.windows()}
        progress(f"menu {label}")
        act(item)
        window = new_window(app, before, seconds=6)
        if window is None:
            entry["opened"] = None
            continue
        entry["opened"] = name(window)
        settle(window, seconds=3)
        app.give_keyboard(window)
        view = {
            "kind": "window",
            "title": name(window),
            "opened_by": label,
            "role": role(window),
            "tree": read_tree(window),
            "tab": tab_walk(window),
        }
        view["questions"] = close_window(app, window, App.main_window(app.acc))
        view["seconds"] = round(time.monotonic() - started, 2)
        views.append(view)
    app.give_keyboard(App.main_window(app.acc))
    return views, items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True, help="Companion's process id")
    parser.add_argument("--out", required=True, help="where to write the JSON")
    parser.add_argument("--only", choices=["areas", "menus", "all"], default="all")
    args = parser.parse_args()
    pyatspi.Registry.registerEventListener(_on_focus, "object:state-changed:focused")
    started = time.monotonic()
    app = App(args.pid)
    result: dict[str, Any] = {"views": [], "menu_items": []}
    if args.only in ("areas", "all"):
        result["views"] += read_areas(app)
    if args.only in ("menus", "all"):
        views, items = read_menus(app)
        result["views"] += views
        result["menu_items"] = items
    result["seconds"] = round(time.monotonic() - started, 2)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
