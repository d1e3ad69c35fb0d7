"""Size of a built bundle folder and its largest parts.

    python scripts/bundle_report.py dist/companion [--top 10] [--no-archive]

Prints the unpacked size (files, not counting PyInstaller's symbolic links twice), the size
as a ``.tar.gz`` (compressed in memory, level 6 as ``tar -czf``) and the largest parts. A
part is a package folder of ``_internal`` or a file beside them, except that PySide6 is split
into ICU, the Qt libraries, Qt's plugins, Qt's translations and the Python bindings, and
matplotlib into its data (``mpl-data``) and its code, so that the Qt and chart costs show.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tarfile
from collections import Counter
from pathlib import Path

MB = 1_000_000


def part_of(relative: Path) -> str:
    """The part of the bundle a file (relative to the bundle folder) counts towards."""
    parts = relative.parts
    if parts[0] != "_internal" or len(parts) == 1:
        return parts[0]
    inside = parts[1:]
    if inside[0] == "PySide6":
        if len(inside) > 2 and inside[1] == "Qt":
            if inside[2] == "lib":
                return (
                    "PySide6: ICU" if inside[-1].startswith("libicu") else "PySide6: Qt libraries"
                )
            return f"PySide6: Qt {inside[2]}"
        return "PySide6: bindings"
    if inside[0] == "matplotlib" and len(inside) > 1:
        return "matplotlib: mpl-data" if inside[1] == "mpl-data" else "matplotlib: code"
    return inside[0]


def sizes(bundle: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    for folder, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(folder, name)
            if not path.is_symlink():
                found[part_of(path.relative_to(bundle))] += path.stat().st_size
    return found


def compressed_size(bundle: Path) -> int:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=bundle.name)
    return buffer.tell()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder, e.g. dist/companion")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz size")
    args = parser.parse_args(argv)
    found = sizes(args.bundle)
    total = sum(found.values())
    print(f"{args.bundle}: {total / MB:.1f} MB unpacked", end="")
    if not args.no_archive:
        print(f", {compressed_size(args.bundle) / MB:.1f} MB as .tar.gz", end="")
    print()
    for name, size in found.most_common(args.top):
        print(f"{size / MB:8.1f} MB  {size / total:5.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
