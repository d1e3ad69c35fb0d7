"""The README's commands have their Windows form: every shell block that runs a program of
the virtual environment (``.venv/bin/...``) is followed by a ``bat`` block with the same
commands as Command Prompt takes them (``py -m venv``, ``.venv\\Scripts\\...``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
#: wrappers that exist for Linux only and have no Windows counterpart
LINUX_WRAPPERS = ("bash benchmarks/with_keychain.sh ",)


def code_blocks(markdown: str) -> list[tuple[str, str]]:
    """(language, text) of each fenced block, in order."""
    return [(match.group(1), match.group(2).strip()) for match in FENCE.finditer(markdown)]


def windows_form(command: str) -> str:
    """A POSIX shell command of the README as Command Prompt takes it."""
    for wrapper in LINUX_WRAPPERS:
        command = command.replace(wrapper, "")
    command = command.replace("python3 -m venv", "py -m venv")
    command = command.replace(".venv/bin/", ".venv\\Scripts\\")
    # relative paths given as arguments (benchmarks/run.py)
    return re.sub(r"(?<![\w.])(\w[\w.-]*)/(?=[\w.-])", r"\1\\", command)


def venv_blocks_and_their_windows_form(markdown: str) -> list[tuple[str, str | None]]:
    blocks = code_blocks(markdown)
    pairs = []
    for index, (language, text) in enumerate(blocks):
        if language == "sh" and ".venv/bin/" in text:
            following = blocks[index + 1] if index + 1 < len(blocks) else ("", "")
            pairs.append((text, following[1] if following[0] == "bat" else None))
    return pairs


def test_the_readme_gives_the_windows_form_of_every_venv_command() -> None:
    pairs = venv_blocks_and_their_windows_form((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(pairs) >= 3  # try it, run the tests, benchmarks
    for posix, windows in pairs:
        assert windows is not None, f"no Windows form after:\n{posix}"
        assert windows == windows_form(posix)


@pytest.mark.parametrize(
    ("posix", "windows"),
    [
        (
            "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/companion --demo",
            "py -m venv .venv && .venv\\Scripts\\pip install -e . "
            "&& .venv\\Scripts\\companion --demo",
        ),
        (
            "bash benchmarks/with_keychain.sh .venv/bin/python benchmarks/run.py",
            ".venv\\Scripts\\python benchmarks\\run.py",
        ),
    ],
)
def test_windows_form(posix: str, windows: str) -> None:
    assert windows_form(posix) == windows


def test_a_venv_block_without_its_windows_form_is_found() -> None:
    markdown = "```sh\n.venv/bin/companion --demo\n```\n\ntext\n\n```sh\nls\n```\n"
    assert venv_blocks_and_their_windows_form(markdown) == [(".venv/bin/companion --demo", None)]
    wrong = "```sh\n.venv/bin/companion --demo\n```\n```bat\n.venv/bin/companion --demo\n```\n"
    ((posix, windows),) = venv_blocks_and_their_windows_form(wrong)
    assert windows != windows_form(posix)
