"""The language the command line speaks, and argparse speaking it.

The command line speaks the language the window does:

1. ``--language en|de`` before the command, when given (for scripts that read the output, or
   to try a translation);
2. otherwise the language chosen in Companion's Settings (kept in Qt's settings);
3. otherwise the system's language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as Qt
   reads them), when Companion speaks it; else English.

:func:`use_language` installs the translation through :mod:`companion.domain.wording` (every
message of the command line is worded with ``tr``/``tr_n`` from there) before the parser is
built, so the help texts are translated too. Reading the settings and the translation needs
QtCore (no window, no display, no application object); ``--language en`` loads no Qt at all.

:class:`Parser` words argparse's own texts ("usage:", "error:", the titles of the help, the
common mistakes) through the same translation; any other argparse message stays English.
Log messages always stay English.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from companion.domain.wording import LANGUAGES, SOURCE_LANGUAGE, tr, tr_n

OPTION = "--language"


def language_from(argv: Sequence[str]) -> str | None:
    """The value given with ``--language`` in ``argv``, or None. Given more than once, the
    last one counts, as it does for argparse (and so for the window)."""
    found = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == OPTION and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith(OPTION + "="):
            found = arg.split("=", 1)[1]
    return found


def use_language(argv: Sequence[str]) -> str:
    """Install the language the command line speaks (see the module docstring) and return
    its code. An unknown ``--language`` value is ignored here; the parser refuses it later,
    in the language that is used instead."""
    wanted = language_from(argv)
    if wanted == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE  # the source texts: nothing to load
    from companion.ui.qt_loading import load_qt_core

    load_qt_core()  # QtCore only, without PySide6's import hook (it slows later imports)
    from companion.ui import i18n

    if wanted not in LANGUAGES:
        wanted = i18n.stored_language()
    return i18n.install_without_app(wanted)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        OPTION,
        choices=sorted(LANGUAGES),
        metavar="|".join(sorted(LANGUAGES)),
        help=tr(
            "cli",
            "the language of Companion's messages (default: the one chosen in Settings, "
            "else the system's)",
        ),
    )


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = tr("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Commands whose own help starts with what the command does (the line the command list
    shows for it), unless it has a description of its own."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if "description" not in kwargs and kwargs.get("help"):
            kwargs["description"] = kwargs["help"][:1].upper() + kwargs["help"][1:] + "."
        parser: argparse.ArgumentParser = super().add_parser(name, **kwargs)
        return parser


class Parser(argparse.ArgumentParser):
    """An argument parser whose own words (usage, errors, the help's headings, ``-h``) are
    worded in the command line's language. A command's parser is one too (argparse makes
    subparsers of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)
        self._positionals.title = tr("cli", "positional arguments")
        self._optionals.title = tr("cli", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=tr("cli", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, tr("cli", "%1: error: %2", self.prog, argparse_message(message)) + "\n")


#: argparse's messages (as Python words them in English) and how to word them here.
_ARGPARSE: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"the following arguments are required: (.+)"),
        lambda m: tr("cli", "the following arguments are required: %1", m[1]),
    ),
    (
        re.compile(r"unrecognized arguments: (.+)"),
        lambda m: tr("cli", "unrecognized arguments: %1", m[1]),
    ),
    (
        re.compile(r"one of the arguments (.+) is required"),
        lambda m: tr("cli", "one of the arguments %1 is required", m[1]),
    ),
    (
        re.compile(r"argument (\S+): (.+)", re.DOTALL),
        lambda m: tr("cli", "argument %1: %2", m[1], argparse_message(m[2])),
    ),
    (
        re.compile(r"invalid choice: (.+) \(choose from (.+)\)"),
        lambda m: tr("cli", "invalid choice: %1 (choose from %2)", m[1], m[2]),
    ),
    (
        re.compile(r"invalid \S+ value: (.+)"),
        lambda m: tr("cli", "invalid value: %1", m[1]),
    ),
    (re.compile(r"expected one argument"), lambda m: tr("cli", "expected one value")),
    (
        re.compile(r"expected (\d+) arguments"),
        lambda m: tr_n("cli", "expected %n [value|values]", int(m[1])),
    ),
    (
        re.compile(r"expected at least one argument"),
        lambda m: tr("cli", "expected at least one value"),
    ),
    (
        re.compile(r"not allowed with argument (.+)"),
        lambda m: tr("cli", "not allowed with argument %1", m[1]),
    ),
    (
        re.compile(r"ignored explicit argument (.+)"),
        lambda m: tr("cli", "ignored explicit argument %1", m[1]),
    ),
)


def argparse_message(message: str) -> str:
    """One of argparse's error messages in the command line's language (others as they
    are). Our own messages (``ArgumentTypeError`` and ``parser.error`` texts) are worded
    already."""
    for pattern, word in _ARGPARSE:
        match = pattern.fullmatch(message)
        if match:
            return word(match)
    return message
