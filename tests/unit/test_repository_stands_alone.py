"""The repository stands on its own: its code, tests and docs point only inside it (no design
document kept elsewhere, no paths of one machine)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Written in pieces, so that this file does not match itself.
OUTSIDE = ("DESIGN" + " §", "DESIGN" + ".md", "/work" + "/", "../" + "shared")
PLACES = ("companion", "tests", "docs", "benchmarks", "scripts", "resources", ".ci")
SUFFIXES = {".py", ".md", ".toml", ".spec", ".txt", ".sh", ".cfg", ""}


def _texts() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "pyproject.toml", ROOT / "build.spec"]
    for place in PLACES:
        files.extend(p for p in (ROOT / place).rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    return [p for p in files if p.is_file() and "__pycache__" not in p.parts]


def test_nothing_points_outside_the_repository() -> None:
    found = []
    for path in _texts():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if any(marker in line for marker in OUTSIDE):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}")
    assert found == []


def test_the_design_principles_are_in_the_docs() -> None:
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    for heading in ("## 1.", "## 3. Privacy", "## 5. Performance", "## 6. Testing"):
        assert heading in design
