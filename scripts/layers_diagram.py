"""Draw the layers of ``companion`` from the import-linter contract in ``pyproject.toml``.

    python scripts/layers_diagram.py           # print the diagram
    python scripts/layers_diagram.py --write   # put it into docs/architecture.md

The diagram in docs/architecture.md sits between the two marker comments below and is the
output of this script; ``tests/unit/test_architecture_doc.py`` fails when they differ, so the
picture a newcomer reads is the rule ``lint-imports`` enforces.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
DOC = ROOT / "docs" / "architecture.md"
BEGIN = "<!-- layers diagram: scripts/layers_diagram.py --write -->"
END = "<!-- end of layers diagram -->"


def layers_contract(pyproject: Path = PYPROJECT) -> dict[str, object]:
    """The one layers contract, the one whose container is the whole package."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract.get("type") == "layers" and contract.get("containers") == ["companion"]:
            return dict(contract)
    raise LookupError(f"no layers contract for the whole package in {pyproject}")


def render(pyproject: Path = PYPROJECT) -> str:
    """The layers top to bottom; a layer may import only from the layers below it, and
    siblings joined by "|" never import each other."""
    contract = layers_contract(pyproject)
    layers = [str(layer) for layer in contract["layers"]]  # type: ignore[attr-defined]
    lines = ["```"]
    for index, layer in enumerate(layers):
        members = [part.strip() for part in layer.split("|")]
        lines.append("  " + "  |  ".join(f"companion.{name}" for name in members))
        if index < len(layers) - 1:
            lines.append("      \u2193")
    lines.append("```")
    return "\n".join(lines) + "\n"


def with_diagram(document: str, diagram: str) -> str:
    start = document.index(BEGIN) + len(BEGIN)
    end = document.index(END)
    return document[:start] + "\n" + diagram + document[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/architecture.md")
    args = parser.parse_args(argv)
    diagram = render()
    if not args.write:
        sys.stdout.write(diagram)
        return 0
    document = DOC.read_text(encoding="utf-8")
    DOC.write_text(with_diagram(document, diagram), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
