"""Render Companion's in-code app icon to the image files packaging needs.

The icon is drawn by ``companion.ui.icons.app_icon()``, so the package never needs image
files at run time. Installers and desktops do, though; this script writes them next to it:

- ``resources/icons/companion-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256 (Linux
  desktop integration: copy each into ``hicolor/<N>x<N>/apps/companion.png``);
- ``resources/companion.png`` (256 px, the Linux icon the PyInstaller spec uses);
- ``resources/companion.ico`` (Windows, all sizes up to 256 in one file; needs Pillow);
- ``resources/companion.icns`` (macOS, made with Pillow from 16 to 1024 px; if Pillow is
  missing, build it on a Mac with ``iconutil`` from the ``--iconset`` folder, see
  docs/packaging.md).

Run it from the checkout after changing the icon, and commit the results:

    QT_QPA_PLATFORM=offscreen python resources/make_icons.py [--iconset]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The sizes ``app_icon()`` holds, drawn for each size (not scaled from one bitmap).
SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS also wants 512 and 1024 px (512 @2x); the same drawing rendered larger.
MAC_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _pixmaps() -> dict[int, QPixmap]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from companion.ui import icons

    app = QGuiApplication.instance() or QGuiApplication([])
    icon = icons.app_icon()
    rendered: dict[int, QPixmap] = {}
    for size in SIZES:
        pixmap = icon.pixmap(QSize(size, size))
        if pixmap.width() != size:
            raise SystemExit(f"app_icon() has no {size} px image (got {pixmap.width()})")
        rendered[size] = pixmap
    # app_icon() stops at 256 px; macOS wants larger, from the same drawing.
    for size in (512, 1024):
        rendered[size] = icons._draw(size)
    del app
    return rendered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--iconset",
        action="store_true",
        help="also write resources/companion.iconset/ for macOS iconutil",
    )
    args = parser.parse_args()
    pixmaps = _pixmaps()
    icons_dir = HERE / "icons"
    icons_dir.mkdir(exist_ok=True)
    written: list[Path] = []
    for size in SIZES:
        path = icons_dir / f"companion-{size}.png"
        pixmaps[size].save(str(path), "PNG")
        written.append(path)
    big = HERE / "companion.png"
    pixmaps[256].save(str(big), "PNG")
    written.append(big)

    if args.iconset:
        iconset = HERE / "companion.iconset"
        iconset.mkdir(exist_ok=True)
        for size in (16, 32, 128, 256, 512):
            pixmaps[size].save(str(iconset / f"icon_{size}x{size}.png"), "PNG")
            pixmaps[size * 2].save(str(iconset / f"icon_{size}x{size}@2x.png"), "PNG")
        written.append(iconset)

    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: skipped companion.ico and companion.icns.")
    else:
        largest = HERE / "_icon-1024.png"
        pixmaps[1024].save(str(largest), "PNG")
        try:
            # Each size in the .ico is its own drawing: Pillow takes the extra frames
            # from append_images and picks, per size, the closest one.
            frames = [Image.open(icons_dir / f"companion-{n}.png") for n in SIZES]
            ico = HERE / "companion.ico"
            frames[-1].save(
                ico, format="ICO", sizes=[(n, n) for n in SIZES], append_images=frames[:-1]
            )
            written.append(ico)
            icns = HERE / "companion.icns"
            mac_frames = [Image.open(largest)] + [
                Image.open(icons_dir / f"companion-{n}.png") for n in (16, 32, 64, 128, 256)
            ]
            big512 = HERE / "_icon-512.png"
            pixmaps[512].save(str(big512), "PNG")
            mac_frames.append(Image.open(big512))
            mac_frames[0].save(icns, format="ICNS", append_images=mac_frames[1:])
            written.append(icns)
        finally:
            for tmp in (largest, HERE / "_icon-512.png"):
                tmp.unlink(missing_ok=True)

    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
