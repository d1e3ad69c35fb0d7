"""A screen reader's walk through Companion, from outside the app, over AT-SPI.

Companion runs as a real process on an X display with the accessibility bus of Linux desktops
(AT-SPI, what Orca reads); ``atspi_reader.py``, run by a Python that has pyatspi, opens every
area and every window of the menus and presses Tab through each (see its docstring). The
tests below check what it saw:

* every control one can act on, and every stop of Tab, has a role and a name,
* a label that names a field is tied to it (Qt's buddy: the field's name, and over AT-SPI a
  "labelled by" / "label for" relation),
* every chart has a name and a text alternative (its description),
* Tab goes through a window in reading order (see :func:`backwards_steps`) and stays in it,
* Tab never lands on something that is not on screen.

In-process checks of the widgets themselves are in tests/ui/test_accessibility.py; this is
what assistive technology actually receives. Marked ``atspi``: it needs an X display, a D-Bus
session with the AT-SPI bus and pyatspi, and runs only with COMPANION_TEST_ATSPI=1
(``bash .ci/atspi.sh`` sets all of that up; docs/contributing.md).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.support.reading_order import backwards, box

pytestmark = pytest.mark.atspi

PASSPHRASE = "screen reader walk"
READER = Path(__file__).with_name("atspi_reader.py")
#: The walk's whole time at most (it takes about two minutes).
WALK_TIMEOUT_S = 420
#: The Python that has pyatspi (Debian's python3-pyatspi is for the system's Python).
READER_PYTHON = os.environ.get("COMPANION_ATSPI_PYTHON", "/usr/bin/python3")

#: Roles of controls one acts on; each needs a name.
ACTIONABLE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "menu item",
    "link",
    "date editor",
}
#: Fields a visible label may name.
FIELDS = {"entry", "password text", "text", "combo box", "spin button", "slider", "date editor"}
#: Roles that say nothing about what an object does (a screen reader says only the name).
NO_ROLE = {"filler", "panel", "unknown", "invalid", "redundant object", "layered pane"}


def _requirements() -> str | None:
    """Why the walk cannot run here, or None."""
    for variable in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        if not os.environ.get(variable):
            return f"{variable} is not set (run it through .ci/atspi.sh)"
    if shutil.which("xdotool") is None:
        return "xdotool is not installed"
    if not Path(READER_PYTHON).exists():
        return f"{READER_PYTHON} (a Python with pyatspi) does not exist"
    probe = subprocess.run(
        [READER_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=60
    )
    if probe.returncode != 0:
        return f"{READER_PYTHON} cannot import pyatspi (Debian: python3-pyatspi)"
    return None


def _app_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        LANGUAGE="en",
        LC_ALL="C.UTF-8",
    )
    return env


def _session_to_check_in_on(folder: Path) -> None:
    """An attended session this morning without a check-in, so Check in… opens its window
    whatever day the walk runs on."""
    from companion.config import ProfilePaths
    from companion.domain.enums import SessionStatus
    from companion.domain.sessions import SessionDraft
    from companion.services.profile import ProfileService
    from companion.services.sessions import SessionService

    profile = ProfileService(ProfilePaths(folder)).unlock_with_passphrase(PASSPHRASE)
    try:
        sessions = profile.service(SessionService)
        counselor = profile.counselors.list(include_ended=False)[0]
        # at seven past the hour: the demo's sessions start on the hour, so none clashes
        start = (datetime.now(UTC) - timedelta(hours=3)).replace(minute=7, second=0, microsecond=0)
        session = sessions.plan(SessionDraft(counselor.id, start, "UTC", 50))
        sessions.mark(session.id, SessionStatus.ATTENDED)
    finally:
        profile.lock()


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not os.environ.get("COMPANION_TEST_ATSPI"):
        pytest.skip("the screen reader walk runs with COMPANION_TEST_ATSPI=1 (.ci/atspi.sh)")
    missing = _requirements()
    if missing:
        pytest.fail(f"the screen reader walk cannot run: {missing}")
    base = tmp_path_factory.mktemp("atspi")
    home = base / "home"
    home.mkdir()
    folder = base / "profile"
    env = _app_env(home)
    demo = subprocess.run(
        [
            *(sys.executable, "-m", "companion", "demo-data", "--data-dir", str(folder)),
            *("--years", "1", "--passphrase-stdin"),
        ],
        input=PASSPHRASE + "\n",
        # made with the passphrase alone: no keychain
        env={
            **env,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    _session_to_check_in_on(folder)
    log = (base / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(folder), "--passphrase-stdin"],
        stdin=subprocess.PIPE,
        stdout=log,
        stderr=log,
        env=env,
        text=True,
    )
    assert app.stdin is not None
    app.stdin.write(PASSPHRASE + "\n")
    app.stdin.close()
    out = Path(os.environ.get("COMPANION_ATSPI_OUT") or base / "walk.json")
    try:
        reader = subprocess.run(
            [READER_PYTHON, str(READER), "--pid", str(app.pid), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=WALK_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(f"the walk took over {WALK_TIMEOUT_S} s:\n{timeout.stderr}")
    finally:
        app.kill()
        app.wait(timeout=30)
        log.close()
    if reader.returncode != 0:
        pytest.fail(f"the walk failed:\n{reader.stderr}\napp: {(base / 'app.log').read_text()}")
    return json.loads(out.read_text(encoding="utf-8"))


def _where(view: dict[str, Any]) -> str:
    return f"{view['kind']} {view['title']!r}"


def _say(node: dict[str, Any]) -> str:
    return f"{node['role']} {node['name']!r} at {node['path']}"


def _views(walk: dict[str, Any]) -> list[dict[str, Any]]:
    return walk["views"]


# --- the walk itself ------------------------------------------------------------------------


def test_the_walk_opened_every_area_and_every_window_of_the_menus(walk: dict[str, Any]) -> None:
    areas = [v["title"] for v in _views(walk) if v["kind"] == "area"]
    assert areas == [
        "Home",
        "Journal",
        "Agenda",
        "Sessions",
        "Insights",
        "Goals",
        "Feedback",
        "Safety plan",
    ]
    problems = []
    for item in walk["menu_items"]:
        if "skipped" in item:
            continue
        label = item["menu"]
        # the two menu items that act in the window without opening one
        if item.get("opened") is None and label != "Edit > Search the journal":
            problems.append(f"{label} opened no window")
    for view in _views(walk):
        for question in view.get("questions", []):
            if "error" in question:
                problems.append(f"{_where(view)}: {question['error']}")
    assert not problems, "\n".join(problems)
    assert walk["seconds"] < WALK_TIMEOUT_S


# --- names and roles ------------------------------------------------------------------------


def unnamed_controls(view: dict[str, Any]) -> list[str]:
    """Controls on screen one can act on, and every stop of Tab, without a name or a role."""
    found = []
    for node in view["tree"]:
        if node["role"] in ACTIONABLE and "enabled" in node["states"] and not node["name"].strip():
            found.append(f"no name: {_say(node)}")
    for step in view["tab"]["steps"]:
        if not step["name"].strip():
            found.append(f"Tab stops on something without a name: {_say(step)}")
        if step["role"] in NO_ROLE:
            found.append(f"Tab stops on something without a role: {_say(step)}")
    return found


def test_every_control_has_a_role_and_a_name(walk: dict[str, Any]) -> None:
    found = [f"{_where(v)}: {p}" for v in _views(walk) for p in unnamed_controls(v)]
    assert not found, "\n".join(sorted(set(found)))


# --- labels ---------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip().casefold()


def untied_labels(view: dict[str, Any]) -> list[str]:
    """A label right before a field (its sibling, on the same line or just above it) that
    labels it (it ends with a colon, or the field carries its words as its name) but is not
    tied to it over AT-SPI: no "label for" / "labelled by" relation, as Qt makes for a
    QLabel whose buddy the field is. A screen reader then reads the label as loose text
    beside a field it does not know it belongs to. (Headings and words between two fields,
    "from … to …", are not field labels.)"""
    found = []
    tree = view["tree"]
    for i, label in enumerate(tree):
        if label["role"] != "label" or not label["name"].strip() or len(label["name"]) > 60:
            continue
        if label["relations"].get("label for"):
            continue
        field = next(
            (
                n
                for n in tree[i + 1 :]
                if n["depth"] <= label["depth"] and n["depth"] == label["depth"]
            ),
            None,
        )
        if field is None or field["role"] not in FIELDS or not _beside(label, field):
            continue
        labels_it = label["name"].strip().endswith(":") or _plain(label["name"]) == _plain(
            field["name"]
        )
        if not labels_it:
            continue
        if field["relations"].get("labelled by"):
            continue
        found.append(
            f"the label {label['name']!r} is not tied to the {field['role']} "
            f"{field['name']!r} at {field['path']}"
        )
    return found


def _beside(label: dict[str, Any], field: dict[str, Any]) -> bool:
    """On the same line, to the left, or just above it."""
    if not label["extents"] or not field["extents"]:
        return False
    lx, ly, lw, lh = label["extents"]
    fx, fy, fw, fh = field["extents"]
    same_line = ly < fy + fh and fy < ly + lh and lx + lw <= fx + 4
    above = ly + lh <= fy + 4 and fy - (ly + lh) < 16 and lx < fx + fw and fx < lx + lw
    return same_line or above


def test_labels_are_tied_to_their_fields(walk: dict[str, Any]) -> None:
    found = [f"{_where(v)}: {p}" for v in _views(walk) for p in untied_labels(v)]
    assert not found, "\n".join(sorted(set(found)))


# --- charts ---------------------------------------------------------------------------------


def test_every_chart_has_a_text_alternative(walk: dict[str, Any]) -> None:
    insights = next(v for v in _views(walk) if v["title"] == "Insights")
    charts = [n for n in insights["tree"] if n["role"] in ("chart", "image", "filler", "canvas")]
    charts = [n for n in charts if n["role"] == "chart"]
    assert charts, "Insights shows no object with the role 'chart'"
    found = []
    for view in _views(walk):
        for node in view["tree"]:
            if node["role"] != "chart":
                continue
            if not node["name"].strip() or not node["description"].strip():
                found.append(
                    f"{_where(view)}: a chart without a name and a description: {_say(node)}"
                )
    assert not found, "\n".join(found)


# --- Tab ------------------------------------------------------------------------------------


def _first_in_reading_order(steps: list[dict[str, Any]]) -> int:
    boxes = [(s["extents"][1], s["extents"][0], i) for i, s in enumerate(steps) if s["extents"]]
    return min(boxes)[2] if boxes else 0


def _panels(path: str) -> list[str]:
    """The panels (framed groups, such as Home's cards) a control at ``path`` is in."""
    parts = path.split(" / ")
    return [" / ".join(parts[: i + 1]) for i, part in enumerate(parts[:-1]) if part == "panel"]


def backwards_steps(view: dict[str, Any]) -> list[str]:
    """Steps of Tab against reading order in a whole cycle, taken from the control first in
    reading order (the step from the last back to the first is the cycle's end): going up
    (see :func:`backwards`), or coming back into a panel (a framed group, a card) Tab has
    already left, which reading a page never does."""
    steps = [s for s in view["tab"]["steps"] if s["in_window"]]
    if view["tab"]["ended"] == "cycle":
        steps = steps[:-1]  # the first again
    if len(steps) < 2:
        return []
    first = _first_in_reading_order(steps)
    order = steps[first:] + steps[:first]
    found = []
    inside: set[str] = set()
    left: set[str] = set()
    for step in order:
        now = set(_panels(step["path"]))
        for panel in sorted(now & left):
            found.append(f"Tab comes back into {panel} after leaving it, at {_say(step)}")
        left |= inside - now
        inside = now
    for i in range(1, len(order)):
        # where both are when the second has focus (a scroll area may have moved them); the
        # walk's first step came from where focus was before the walk
        if order[i] is steps[0] or not order[i]["previous_extents"]:
            before = order[i - 1]["extents"]
        else:
            before = order[i]["previous_extents"]
        how = backwards(before, order[i]["extents"])
        if how:
            found.append(
                f"Tab goes {how}: from {_say(order[i - 1])} {order[i - 1]['extents']} "
                f"to {_say(order[i])} {order[i]['extents']}"
            )
    return found


#: Steps against reading order on purpose: (where, the control Tab goes to) -> why.
DELIBERATE = {
    ("area 'Journal'", "check box 'Write'"): (
        "the editor goes from the title straight to the text; Write/Read (also Ctrl+E), "
        "History and the prompts above the text come after it (ui/journal/editor.py)"
    ),
}


def test_tab_moves_in_reading_order(walk: dict[str, Any]) -> None:
    found = [
        f"{_where(v)}: {p}"
        for v in _views(walk)
        for p in backwards_steps(v)
        if not any(_where(v) == where and f" to {target} at " in p for where, target in DELIBERATE)
    ]
    assert not found, "\n".join(found)


def tab_problems(view: dict[str, Any]) -> list[str]:
    """Tab that leaves the window, gets stuck, never comes back, or lands on something not
    on screen."""
    tab = view["tab"]
    found = []
    if tab["ended"] == "limit":
        found.append("Tab did not come back to where it started")
    if tab["ended"] == "nothing has focus":
        found.append("nothing in the window has the keyboard focus")
    focusable = [
        n
        for n in view["tree"]
        if n["role"] in ACTIONABLE and "focusable" in n["states"] and "enabled" in n["states"]
    ]
    if tab["ended"] == "focus stays" and len(focusable) > 1:
        found.append(f"Tab does not move from {tab['start'] and _say(tab['start'])}")
    window = box(tab["window"])
    for step in [*tab["steps"], *tab.get("back", [])]:
        if not step["in_window"]:
            found.append(f"Tab leaves the window for {_say(step)}")
            continue
        place = box(step["extents"])
        states = step["states"]
        if "showing" not in states or "visible" not in states:
            found.append(f"Tab lands on something not shown: {_say(step)}")
        elif place is None or place[2] <= place[0] or place[3] <= place[1]:
            found.append(f"Tab lands on something of no size: {_say(step)} {step['extents']}")
        elif window and (
            place[2] <= window[0]
            or place[0] >= window[2]
            or place[3] <= window[1]
            or place[1] >= window[3]
        ):
            found.append(f"Tab lands outside the window: {_say(step)} {step['extents']}")
    return found


def test_focus_stays_in_the_window_and_on_what_is_shown(walk: dict[str, Any]) -> None:
    found = [f"{_where(v)}: {p}" for v in _views(walk) for p in tab_problems(v)]
    assert not found, "\n".join(found)


def test_nothing_focusable_is_invisible(walk: dict[str, Any]) -> None:
    """Controls that say they are on screen and take focus have a size and are inside their
    window (hidden ones are left out of the walk, as a screen reader leaves them out)."""
    found = []
    for view in _views(walk):
        window = box(view["tree"][0]["extents"]) if view["tree"] else None
        for node in view["tree"][1:]:
            if "focusable" not in node["states"] or node["role"] not in ACTIONABLE:
                continue
            place = box(node["extents"])
            if place is None or place[2] <= place[0] or place[3] <= place[1]:
                found.append(f"{_where(view)}: of no size: {_say(node)} {node['extents']}")
            elif window and (place[2] <= window[0] or place[0] >= window[2]):
                found.append(f"{_where(view)}: outside its window: {_say(node)}")
    assert not found, "\n".join(found)


# --- the rules themselves -------------------------------------------------------------------


def test_the_reading_order_rule() -> None:
    """Reading order as backwards() sees it (no display needed)."""
    line = [10, 10, 50, 20]
    assert backwards(line, [70, 10, 50, 20]) is None  # on to the right
    assert backwards(line, [10, 40, 50, 20]) is None  # down to the next line
    assert backwards([70, 10, 50, 20], [10, 40, 50, 20]) is None  # next line starts left
    assert backwards([10, 300, 50, 20], [200, 10, 50, 20]) is None  # a new column
    assert backwards([10, 300, 50, 20], [10, 10, 50, 20]) == "back up"
    assert backwards([200, 300, 50, 20], [10, 10, 50, 20]) == "up and to the left"
    assert backwards([70, 10, 50, 20], line) == "to the left on the same line"


def test_the_label_rule() -> None:
    """A label beside a field is tied to it by the field's relation (no display needed)."""

    def node(role: str, name: str, box: list[int], **relations: list[str]) -> dict[str, Any]:
        return {
            "role": role,
            "name": name,
            "extents": box,
            "depth": 3,
            "path": name,
            "relations": {k.replace("_", " "): v for k, v in relations.items()},
        }

    label = node("label", "Title:", [10, 10, 40, 20])
    field = node("entry", "", [60, 10, 200, 20])
    assert untied_labels({"tree": [label, field]})
    same_words = node("entry", "Title", [60, 10, 200, 20])
    assert untied_labels({"tree": [node("label", "Title", [10, 10, 40, 20]), same_words]})
    heading = node("label", "Since your last session", [10, 10, 40, 20])
    assert not untied_labels({"tree": [heading, node("combo box", "All", [60, 10, 200, 20])]})
    tied = node("entry", "Title", [60, 10, 200, 20], labelled_by=["label 'Title:'"])
    assert not untied_labels({"tree": [label, tied]})
    far = node("entry", "", [60, 200, 200, 20])
    assert not untied_labels({"tree": [label, far]})
