"""Refresh Companion's translation files.

    python scripts/update_translations.py            # extract + merge + build
    python scripts/update_translations.py --import X.json
    python scripts/update_translations.py --check    # exit 1 if unfinished
    python scripts/update_translations.py --lang pl  # another language (creates its .ts)

The languages are those of ``companion.domain.wording.LANGUAGES`` (English is the source);
docs/translating.md explains how to add one.

Steps:

1. ``pyside6-lupdate`` extracts ``self.tr(...)`` and ``QCoreApplication.translate(ctx, ...)``
   from ``companion/**/*.py``.
2. Strings lupdate cannot see are added with the context the code uses at run time: the
   module helpers (``_tr``/``_t``), the journaling prompts ("prompts"), the agenda prompts
   ("agenda_prompts"), the I-statement starters ("starters") and the chart texts ("Charts"),
   and the ``tr``/``mark``/``tr_n`` calls of ``companion.domain.wording`` (``tr_n`` anywhere,
   also in the UI, as a numerus message with one form per plural of the language).
3. The result is merged with the existing ``companion/translations/companion_<lang>.ts``:
   translations are kept by (context, source); a new message whose source text is already
   translated in another context gets that translation, marked unfinished so a translator
   looks at it. ``--import`` merges a JSON object ``{source: translation}`` (keys may also be
   ``"context\\u0004source"`` for one context only) and marks those messages finished.
4. ``pyside6-lrelease`` builds ``companion_<lang>.qm`` next to it (shipped in the package).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "companion"
TRANSLATIONS = PACKAGE / "translations"


def _languages() -> dict[str, str]:
    """The languages to translate into (those of ``companion.domain.wording.LANGUAGES`` but
    English, the source), each with the name Qt gives it in a ``.ts`` file ("de_DE")."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QLocale

    from companion.domain.wording import LANGUAGES as SPOKEN
    from companion.domain.wording import SOURCE_LANGUAGE

    return {code: QLocale(code).name() for code in SPOKEN if code != SOURCE_LANGUAGE}


LANGUAGES = _languages()

#: Module helpers that wrap QCoreApplication.translate with a fixed context.
HELPERS: dict[tuple[str, str], str] = {
    ("ui/areas.py", "_tr"): "Areas",
    ("ui/sessions/common.py", "_tr"): "Sessions",
    ("ui/insights/view.py", "_tr"): "InsightsView",
    ("ui/checkins/texts.py", "_t"): "CheckIns",
    ("ui/export/writing.py", "_tr"): "ExportSummaryDialog",
    ("ui/feedback/phrasing_dialog.py", "_tr"): "starters",
    ("ui/formatting.py", "_tr"): "Formatting",
    ("ui/unexpected_errors.py", "_tr"): "UnexpectedError",
    ("ui/window_dialogs.py", "_tr"): "MainWindow",
    ("ui/sync_runner.py", "_tr"): "SyncRunner",
}

#: lupdate names the context after the receiver of ``x.tr(...)``; at run time PySide uses the
#: class of the object, so these become the classes that call the helpers.
CONTEXT_FIXES: dict[str, tuple[str, ...]] = {
    "": (),  # bare tr(...): the charts' and recovery_key_sheet's, read by _data_messages
    "widget": ("AgendaView", "AfterSessionDialog"),  # agenda.view.line_label & co.
    "self._owner": ("AgendaView",),
    "wording": (),  # wording.tr(context, …) below the UI: read by _worded_calls
}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def _lupdate_messages() -> list[Message]:
    files = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        lst = Path(tmp) / "files.lst"
        lst.write_text("\n".join(files) + "\n", encoding="utf-8")
        out = Path(tmp) / "extracted.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-locations", "none", f"@{lst}", "-ts", str(out)],
            check=True,
        )
        messages = _read_ts(out)
    fixed: list[Message] = []
    for m in messages:
        for context in CONTEXT_FIXES.get(m.context, (m.context,)):
            fixed.append(Message(context, m.source, m.comment, m.numerus))
    return fixed


def _literal_calls(path: Path, names: set[str]) -> list[str]:
    """First arguments that are string literals of calls to a plain function in ``names``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in names
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.col_offset, node.args[0].value))
    return [text for _, _, text in sorted(found)]


def _two_argument_calls(path: Path, name: str) -> list[Message]:
    """``name(context, source)`` calls with two string literals (QCoreApplication.translate
    under a short local name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == name
            and len(node.args) >= 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
        ):
            context, source = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
            found.append((node.lineno, node.col_offset, Message(context, source)))
    return [m for _, _, m in sorted(found, key=lambda t: (t[0], t[1]))]


def _worded_calls(path: Path, names: tuple[str, ...] = ("tr", "mark", "tr_n")) -> list[Message]:
    """``tr(context, source, ...)``, ``mark(context, source)`` and ``tr_n(context, source, n,
    ...)`` of companion.domain.wording (also as ``wording.tr``) in a module that imports it;
    ``tr_n`` messages are numerus messages (a form per plural of the language)."""
    text = path.read_text(encoding="utf-8")
    if not re.search(
        r"from companion\.domain(\.wording)? import .*\bwording\b|"
        r"from companion\.domain\.wording import",
        text,
    ):
        return []
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = (
            func.id
            if isinstance(func, ast.Name)
            else (
                func.attr
                if isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "wording"
                else None
            )
        )
        first, second = node.args[:2]
        if (
            name in names
            and isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and isinstance(second, ast.Constant)
            and isinstance(second.value, str)
        ):
            message = Message(first.value, second.value, numerus=name == "tr_n")
            found.append((node.lineno, node.col_offset, message))
    return [m for _, _, m in sorted(found, key=lambda t: (t[0], t[1]))]


def _data_messages() -> list[Message]:
    sys.path.insert(0, str(ROOT))
    from companion.charts.text import _QUALITIES, DISCLAIMER
    from companion.domain.agenda import AGENDA_PROMPTS
    from companion.domain.feedback import STARTERS
    from companion.domain.prompts import PROMPTS, prompt_themes

    out: list[Message] = []
    for (rel, name), context in HELPERS.items():
        out += [Message(context, s) for s in _literal_calls(PACKAGE / rel, {name})]
    out += _two_argument_calls(PACKAGE / "ui/recovery_key_widgets.py", "tr")
    out += [Message("prompts", theme) for theme in prompt_themes()]
    out += [Message("prompts", p.text) for p in PROMPTS]
    out += [Message("agenda_prompts", p) for p in AGENDA_PROMPTS]
    for starter in STARTERS:
        out.append(Message("starters", starter.template, "Keep {0}, {1}: they are the blanks."))
        out += [Message("starters", hint) for hint in starter.hints]
    charts = [DISCLAIMER, *_QUALITIES.values()]
    for path in sorted(PACKAGE.rglob("*.py")):  # every module using companion.charts.text.tr
        text = path.read_text(encoding="utf-8")
        if path.name == "text.py" or re.search(
            r"from companion\.charts\.text import .*\btr\b", text
        ):
            charts += _literal_calls(path, {"tr"})
    from companion.ui.insights.view import QUALITY_NAMES

    charts += list(QUALITY_NAMES.values())
    out += [Message("Charts", s) for s in charts]
    for path in sorted(PACKAGE.rglob("*.py")):  # the layers below the UI word things here
        if "ui" not in path.relative_to(PACKAGE).parts[:1]:
            out += _worded_calls(path)
        else:  # widgets word their counts with wording.tr_n (English plurals without Qt)
            out += _worded_calls(path, ("tr_n",))
    return out


def _read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            numerus = msg.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else []
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("extracomment") or msg.findtext("comment") or "",
                    numerus=numerus,
                    translation="" if numerus else (tr.text or ""),
                    forms=forms,
                    finished=tr.get("type") not in ("unfinished", "obsolete", "vanished"),
                )
            )
    return messages


def _write_ts(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in by_context[name]:
            msg = ET.SubElement(ctx, "message")
            if m.numerus:
                msg.set("numerus", "yes")
            ET.SubElement(msg, "source").text = m.source
            if m.comment:
                ET.SubElement(msg, "extracomment").text = m.comment
            tr = ET.SubElement(msg, "translation")
            if not m.finished:
                tr.set("type", "unfinished")
            if m.numerus:
                for form in m.forms or [""]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = m.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(lang: str, imported: dict[str, str]) -> tuple[int, int]:
    ts = TRANSLATIONS / f"companion_{lang}.ts"
    old = {(m.context, m.source): m for m in _read_ts(ts)} if ts.exists() else {}
    by_source = {m.source: m for m in old.values() if m.finished}
    merged: dict[tuple[str, str], Message] = {}
    for m in _lupdate_messages() + _data_messages():
        key = (m.context, m.source)
        if key in merged:
            continue
        previous = old.get(key) or by_source.get(m.source)
        if previous is not None:
            m.translation, m.forms = previous.translation, list(previous.forms)
            m.finished = previous.finished and key in old
        direct = imported.get(f"{m.context}\x04{m.source}", imported.get(m.source))
        if direct is not None and not m.numerus:
            m.translation, m.finished = direct, bool(direct)
        if m.numerus and isinstance(imported.get(m.source + "\x04forms"), list):
            m.forms = list(imported[m.source + "\x04forms"])
            m.finished = all(m.forms)
        merged[key] = m
    messages = list(merged.values())
    TRANSLATIONS.mkdir(exist_ok=True)
    _write_ts(ts, LANGUAGES[lang], messages)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )
    return len(messages), sum(1 for m in messages if m.finished)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lang",
        default="de",
        choices=sorted(LANGUAGES),
        help="the language to update (default: de); add one to LANGUAGES in "
        "companion/domain/wording.py first",
    )
    parser.add_argument("--import", dest="imported", type=Path, help="JSON {source: text}")
    parser.add_argument("--check", action="store_true", help="fail if anything is unfinished")
    args = parser.parse_args()
    imported = json.loads(args.imported.read_text(encoding="utf-8")) if args.imported else {}
    total, done = update(args.lang, imported)
    print(f"companion_{args.lang}: {done} of {total} messages translated")
    return 1 if args.check and done < total else 0


if __name__ == "__main__":
    raise SystemExit(main())
