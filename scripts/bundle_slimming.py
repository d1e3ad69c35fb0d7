"""What ``build.spec`` leaves out of the frozen bundle, besides the modules it excludes.

PyInstaller's hooks for PySide6 and matplotlib collect every Qt plugin, every Qt translation
and all of matplotlib's data. Companion needs only part of that. The rules here were found by
running a full bundle through everything Companion does (``scripts/bundle_probe.py`` and the
command-line commands, traced; see docs/packaging.md, "What the bundle leaves out") and
keep everything a user's desktop may load even where the trace ran offscreen: the xcb and
Wayland platforms, input methods, the desktop portal theme, printing and the SVG plugins.

``build.spec`` imports this module (it has no Qt or PyInstaller imports of its own), and
``tests/unit/test_bundle_slimming.py`` checks the rules.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: Qt plugins by folder: a folder listed keeps only the plugins named (the file name without
#: "lib" and the suffix); a folder mapped to None goes entirely. Unlisted folders stay whole
#: (platform themes, input contexts, print support, icon engines, Wayland decorations and
#: graphics, xcb GL integrations, styles).
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # desktop sessions (xcb, Wayland; Windows; macOS), offscreen (CI, no display) and
    # minimal; not the embedded ones (eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl)
    "platforms": frozenset(
        {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qdirect2d", "qcocoa"}
    ),
    # device integrations of eglfs only
    "egldeviceintegrations": None,
    # evdev and TUIO input, for eglfs and linuxfb (TUIO also needs QtNetwork)
    "generic": None,
    # the desktop shell protocol of Wayland; not ivi-shell (cars), fullscreen-shell (kiosks),
    # qt-shell (Qt's own compositor), wl-shell (withdrawn from compositors)
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    # PNG is built into QtGui; SVG draws Qt's own icons; JPEG, GIF and WebP are the pictures
    # kept with entries (a summary reads them and writes JPEG, and Qt's PDF writer keeps
    # images as JPEG only when the plugin is there). Not ICNS, ICO, TGA, TIFF, WBMP.
    "imageformats": frozenset({"qsvg", "qjpeg", "qgif", "qwebp"}),
}

#: Qt libraries that only the plugins left out above use (file names start so)
QT_LIBRARIES_DROPPED = (
    "libQt6Network.",  # vnc, TUIO
    "libQt6EglFSDeviceIntegration.",  # eglfs
    "libQt6EglFsKmsSupport.",  # eglfs
    "libQt6WlShellIntegration.",  # wl-shell
)

#: matplotlib data Companion never reads: the example data sets, and the Adobe core-font
#: metrics that only the PDF and PostScript backends (left out by build.spec) use
MATPLOTLIB_DATA_DROPPED = ("sample_data/", "fonts/afm/", "fonts/pdfcorefonts/")


def shipped_languages(package: Path) -> list[str]:
    """The languages Companion ships a translation of (translations/companion_<lang>.qm)."""
    found = (package / "translations").glob("companion_*.qm")
    return sorted(path.stem.split("_", 1)[1] for path in found)


@dataclass(frozen=True)
class BundleSlimming:
    """The rules for one build: which collected files stay."""

    #: languages whose Qt translations stay (Qt's own texts: standard buttons, dialogs)
    languages: tuple[str, ...]

    @classmethod
    def for_package(cls, package: Path) -> BundleSlimming:
        return cls(tuple(shipped_languages(package)))

    def keeps(self, dest: str) -> bool:
        """Whether the collected file at ``dest`` (its place in the bundle) stays."""
        dest = dest.replace("\\", "/")
        name = dest.rsplit("/", 1)[-1]
        qt_root = "PySide6/Qt/" if "PySide6/Qt/" in dest else "PySide6/"
        if f"{qt_root}translations/" in dest:
            # i18n.install_translator loads qtbase_<lang>.qm; the qt_<lang>.qm catalogues
            # only point at qtbase and at modules Companion does not have
            return name in {f"qtbase_{language}.qm" for language in self.languages}
        if f"{qt_root}plugins/" in dest:
            folder = dest.split(f"{qt_root}plugins/", 1)[1].split("/", 1)[0]
            if folder not in QT_PLUGINS_KEPT:
                return True
            kept = QT_PLUGINS_KEPT[folder]
            stem = name.split(".", 1)[0].removeprefix("lib")
            return kept is not None and stem in kept
        if name.startswith(QT_LIBRARIES_DROPPED):
            return False
        if name == "direct_url.json" and ".dist-info/" in dest:
            # where pip installed the package from: the build machine's checkout path
            return False
        if "matplotlib/mpl-data/" in dest:
            inside = dest.split("matplotlib/mpl-data/", 1)[1]
            return not inside.startswith(MATPLOTLIB_DATA_DROPPED)
        return True

    @staticmethod
    def without_debug_info(
        binaries: Iterable[tuple[str, str, str]], scratch: Path
    ) -> list[tuple[str, str, str]]:
        """``binaries`` (PyInstaller's (dest, source, kind) entries) with each ELF file that
        carries DWARF debug sections replaced by a copy in ``scratch`` stripped of them
        (``strip --strip-debug``: the symbols stay, so a crash report still names
        functions). A Python built from source keeps about 50 MB of them. Libraries a wheel
        vendors in its ``<name>.libs`` folder stay as they are (auditwheel rewrote their
        headers); without a ``strip`` program nothing changes."""
        strip = shutil.which("strip")
        result = []
        for dest, source, kind in binaries:
            vendored = ".libs/" in dest.replace("\\", "/")
            if strip is None or vendored or not has_debug_info(Path(source)):
                result.append((dest, source, kind))
                continue
            target = scratch / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            subprocess.run([strip, "--strip-debug", str(target)], check=True)
            result.append((dest, str(target), kind))
        return result


def has_debug_info(path: Path) -> bool:
    """Whether ``path`` is a 64-bit ELF file with a ``.debug_info`` section."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
            if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2:
                return False
            order = "<" if head[5] == 1 else ">"
            (table_at,) = struct.unpack_from(order + "Q", head, 0x28)
            entry_size, count, names_index = struct.unpack_from(order + "HHH", head, 0x3A)
            f.seek(table_at)
            table = f.read(entry_size * count)
            # each section header: name offset, type, flags, address, file offset, size
            sections = [
                struct.unpack_from(order + "IIQQQQ", table, i * entry_size) for i in range(count)
            ]
            f.seek(sections[names_index][4])
            names = f.read(sections[names_index][5])
    except (OSError, struct.error, IndexError):
        return False
    return any(names[s[0] :].split(b"\0", 1)[0] == b".debug_info" for s in sections)
