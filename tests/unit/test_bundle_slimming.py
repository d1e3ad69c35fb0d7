"""The rules ``build.spec`` uses to leave unused files out of the frozen bundle
(scripts/bundle_slimming.py): what goes, and above all what must stay."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


slimming = load_script("bundle_slimming")
RULES = slimming.BundleSlimming.for_package(ROOT / "companion")
QT = "PySide6/Qt/"


def test_qt_translations_follow_the_languages_companion_ships() -> None:
    shipped = sorted(
        p.stem.removeprefix("companion_")
        for p in (ROOT / "companion" / "translations").glob("companion_*.qm")
    )
    assert "de" in shipped
    assert list(RULES.languages) == shipped
    for language in shipped:
        assert RULES.keeps(f"{QT}translations/qtbase_{language}.qm")
    assert not RULES.keeps(f"{QT}translations/qtbase_fr.qm")
    assert not RULES.keeps(f"{QT}translations/qt_de.qm")
    assert not RULES.keeps(f"{QT}translations/qt_help_de.qm")


@pytest.mark.parametrize(
    "dest",
    [
        # what a desktop session, CI and Companion's own features load
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "printsupport/libcupsprintersupport.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        # the pictures kept with entries, read and written by a summary
        "imageformats/libqjpeg.so",
        "imageformats/libqwebp.so",
        "imageformats/libqgif.so",
        "wayland-shell-integration/libxdg-shell.so",
        "wayland-decoration-client/libadwaita.so",
        "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
        "styles/qmodernwindowsstyle.dll",
    ],
)
def test_plugins_a_desktop_needs_stay(dest: str) -> None:
    assert RULES.keeps(f"{QT}plugins/{dest}")


@pytest.mark.parametrize(
    "dest",
    [
        "platforms/libqeglfs.so",
        "platforms/libqlinuxfb.so",
        "platforms/libqvnc.so",
        "platforms/libqvkkhrdisplay.so",
        "egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
        "generic/libqevdevmouseplugin.so",
        "wayland-shell-integration/libivi-shell.so",
        "wayland-shell-integration/libwl-shell-plugin.so",
        "imageformats/libqtiff.so",
        "imageformats/libqicns.so",
    ],
)
def test_embedded_and_unused_plugins_go(dest: str) -> None:
    assert not RULES.keeps(f"{QT}plugins/{dest}")


def test_qt_libraries_stay_except_those_only_dropped_plugins_use() -> None:
    for name in ("Core", "Gui", "Widgets", "PrintSupport", "Svg", "DBus", "XcbQpa", "OpenGL"):
        assert RULES.keeps(f"{QT}lib/libQt6{name}.so.6")
    assert RULES.keeps(f"{QT}lib/libicudata.so.73")
    assert RULES.keeps("PySide6/Qt/lib/libQt6WaylandClient.so.6")
    assert not RULES.keeps(f"{QT}lib/libQt6Network.so.6")
    assert not RULES.keeps("libQt6Network.so.6")  # PyInstaller's link beside the others


def test_matplotlib_keeps_its_fonts_and_styles_but_not_sample_data() -> None:
    data = "matplotlib/mpl-data/"
    assert RULES.keeps(f"{data}fonts/ttf/DejaVuSans.ttf")
    assert RULES.keeps(f"{data}fonts/ttf/cmr10.ttf")  # mathtext's fallback
    assert RULES.keeps(f"{data}matplotlibrc")
    assert RULES.keeps(f"{data}stylelib/classic.mplstyle")
    assert not RULES.keeps(f"{data}sample_data/goog.npz")
    assert not RULES.keeps(f"{data}fonts/afm/pagd8a.afm")
    assert not RULES.keeps(f"{data}fonts/pdfcorefonts/Helvetica.afm")


def test_companion_and_other_files_stay() -> None:
    for dest in (
        "companion/translations/companion_de.qm",
        "companion/storage/migrations/env.py",
        "companion/ui/icon_set/lock.svg",
        "tzdata/zoneinfo/Europe/Berlin",
        "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    ):
        assert RULES.keeps(dest)


def test_where_the_package_was_installed_from_stays_out() -> None:
    """A pip install records the checkout's path (``file:///home/…``) in direct_url.json:
    nothing reads it at run time, and a bundle should not carry the build machine's paths."""
    assert not RULES.keeps("companion-0.1.0.dist-info/direct_url.json")
    assert not RULES.keeps("companion-0.1.0.dist-info\\direct_url.json")
    # the rest of the metadata stays: keyring finds its backends through entry points, the
    # archive reads Companion's version
    assert RULES.keeps("companion-0.1.0.dist-info/METADATA")
    assert RULES.keeps("keyring-25.7.0.dist-info/entry_points.txt")


def test_windows_paths_are_understood() -> None:
    assert not RULES.keeps("PySide6\\translations\\qtbase_fr.qm")
    assert RULES.keeps("PySide6\\translations\\qtbase_de.qm")
    assert RULES.keeps("PySide6\\plugins\\imageformats\\qjpeg.dll")
    assert not RULES.keeps("PySide6\\plugins\\imageformats\\qtiff.dll")


def test_debug_info_is_recognised_only_in_elf_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a program")
    assert slimming.has_debug_info(text) is False
    assert slimming.has_debug_info(tmp_path / "missing.so") is False


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("cc") and shutil.which("strip")),
    reason="needs a Linux C compiler and strip",
)
def test_debug_sections_are_stripped_and_the_library_still_loads(tmp_path: Path) -> None:
    import ctypes

    source = tmp_path / "answer.c"
    source.write_text("int answer(void) { return 42; }\n")
    library = tmp_path / "libanswer.so"
    subprocess.run(["cc", "-g", "-shared", "-fPIC", str(source), "-o", str(library)], check=True)
    assert slimming.has_debug_info(library)
    vendored = ("answer.libs/libanswer.so", str(library), "BINARY")
    entries = [("libanswer.so", str(library), "BINARY"), vendored]
    stripped = slimming.BundleSlimming.without_debug_info(entries, tmp_path / "out")
    new_dest, new_source, kind = stripped[0]
    assert (new_dest, kind) == ("libanswer.so", "BINARY")
    assert Path(new_source) != library and not slimming.has_debug_info(Path(new_source))
    assert slimming.has_debug_info(library)  # the original is left alone
    assert stripped[1] == vendored  # vendored wheel libraries are not touched
    assert ctypes.CDLL(new_source).answer() == 42
