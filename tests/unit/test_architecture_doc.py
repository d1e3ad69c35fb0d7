"""docs/architecture.md stays true: its layer diagram is the import-linter contract that CI
enforces, and its map names every top-level part of the package."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"


def _diagram_script() -> ModuleType:
    return load_script("layers_diagram")


def test_the_layer_diagram_is_the_enforced_contract() -> None:
    script = _diagram_script()
    document = DOC.read_text(encoding="utf-8")
    expected = script.with_diagram(document, script.render())
    assert document == expected, (
        "docs/architecture.md's layer diagram differs from the layers contract in "
        "pyproject.toml: run `python scripts/layers_diagram.py --write`"
    )


def test_every_top_level_module_has_a_layer_and_a_place_on_the_map() -> None:
    script = _diagram_script()
    layers = script.layers_contract()["layers"]
    in_layers = {part.strip() for layer in layers for part in layer.split("|")}
    package = ROOT / "companion"
    parts = {
        path.stem if path.is_file() else path.name
        for path in package.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__")
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert parts <= in_layers, f"not in the layers contract: {sorted(parts - in_layers)}"
    document = DOC.read_text(encoding="utf-8")
    tree = document[document.index("```\ncompanion/") :]
    tree = tree[: tree.index("\n```", 4)]
    missing = sorted(
        part for part in parts if f"  {part}/" not in tree and f"  {part}.py" not in tree
    )
    assert not missing, f"docs/architecture.md's map does not name: {missing}"
