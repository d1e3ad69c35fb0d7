"""The Linux package (scripts/build_deb.py): the tree it lays out from a bundle, its control
data, and the desktop entry and AppStream metadata it installs, checked with their validators
where they are installed (desktop-file-utils, appstream). With ``COMPANION_DEB`` set to a built
``.deb`` (as .ci/linux_package.sh does), the real package is checked too."""

from __future__ import annotations

import configparser
import gzip
import os
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import companion
from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


build_deb = load_script("build_deb")
APP_ID = companion.APP_ID
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
EXPECTED_FILES = {
    "usr/bin/companion",
    f"usr/share/applications/{APP_ID}.desktop",
    f"usr/share/metainfo/{APP_ID}.metainfo.xml",
    "usr/share/doc/companion/copyright",
    "usr/share/doc/companion/changelog.gz",
    "opt/companion/companion",
} | {f"usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 24, 32, 48, 64, 128, 256)}


def _desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo(path: Path = METAINFO) -> ET.Element:
    return ET.parse(path).getroot()


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A small stand-in for dist/companion, with the probe a CI build has beside the app."""
    folder = tmp_path / "dist" / "companion"
    internal = folder / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    program = folder / "companion"
    program.write_bytes(b"\x7fELF program")
    program.chmod(0o700)
    probe = folder / "companion-probe"
    probe.write_bytes(b"\x7fELF probe")
    probe.chmod(0o755)
    library = internal / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6"
    library.write_bytes(b"\x7fELF library")
    library.chmod(0o755)
    module = internal / "_cffi_backend.cpython-311-x86_64-linux-gnu.so"
    module.write_bytes(b"\x7fELF module")
    module.chmod(0o775)
    data = internal / "companion" / "translations" / "companion_de.qm"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"translation")
    data.chmod(0o600)
    data.parent.chmod(0o700)
    (internal / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    return folder


@pytest.fixture
def tree(bundle: Path, tmp_path: Path) -> Path:
    version = build_deb.debian_version(companion.__version__)
    laid_out: Path = build_deb.stage(bundle, tmp_path / "tree", version, "amd64")
    return laid_out


def _control(tree: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    name = ""
    for line in (tree / "DEBIAN" / "control").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            fields[name] += "\n" + line
        else:
            name, _, value = line.partition(": ")
            fields[name] = value
    return fields


def test_the_package_leaves_the_bundle_probe_out(tree: Path) -> None:
    names = {path.name for path in tree.rglob("*")}
    assert "companion-probe" not in names
    assert (tree / "opt/companion/companion").is_file()
    assert "companion-probe" not in (tree / "DEBIAN" / "md5sums").read_text(encoding="utf-8")


def test_the_package_installs_the_app_and_its_desktop_files(tree: Path) -> None:
    payload = {p.relative_to(tree).as_posix() for p in tree.rglob("*") if not p.is_dir()}
    assert payload >= EXPECTED_FILES
    assert os.readlink(tree / "usr/bin/companion") == "/opt/companion/companion"
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon = tree / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert icon.read_bytes() == (RESOURCES / "icons" / f"companion-{size}.png").read_bytes()
    assert (tree / "opt/companion/_internal/libQt6Core.so.6").is_symlink()
    # nothing lands outside /opt/companion and /usr
    assert {p.name for p in tree.iterdir()} == {"DEBIAN", "opt", "usr"}


def test_programs_and_folders_are_0755_and_everything_else_0644(tree: Path) -> None:
    modes = {
        path.relative_to(tree).as_posix(): stat.S_IMODE(path.lstat().st_mode)
        for path in tree.rglob("*")
        if not path.is_symlink()
    }
    assert modes["opt/companion/companion"] == 0o755
    # shared libraries and Python extension modules are loaded, not run (Debian policy 8.1)
    assert modes["opt/companion/_internal/PySide6/Qt/lib/libQt6Core.so.6"] == 0o644
    assert modes["opt/companion/_internal/_cffi_backend.cpython-311-x86_64-linux-gnu.so"] == 0o644
    assert modes["opt/companion/_internal/companion/translations"] == 0o755
    assert modes["opt/companion/_internal/companion/translations/companion_de.qm"] == 0o644
    for name, mode in modes.items():
        expected = 0o755 if (tree / name).is_dir() or name == "opt/companion/companion" else 0o644
        assert mode == expected, name


def test_the_control_file_names_the_version_architecture_and_dependencies(tree: Path) -> None:
    control = _control(tree)
    assert control["Package"] == "companion"
    assert control["Version"] == companion.__version__
    assert control["Architecture"] == "amd64"
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s>]+>", control["Maintainer"])
    depends = [part.split(" ")[0] for part in control["Depends"].split(", ")]
    # the system libraries the bundle does not carry (Qt's display and GL libraries)
    for package in ("libegl1", "libgl1", "libxcb1", "libwayland-client0", "libfontconfig1"):
        assert package in depends
    assert len(control["Description"].split("\n")[0]) < 80
    payload = [p for p in tree.rglob("*") if p.relative_to(tree).parts[0] != "DEBIAN"]
    assert int(control["Installed-Size"]) == build_deb.installed_size_kib(payload)
    # no maintainer scripts: nothing runs on install or removal
    assert sorted(p.name for p in (tree / "DEBIAN").iterdir()) == ["control", "md5sums"]


def test_md5sums_cover_every_installed_file(tree: Path) -> None:
    listed = {
        line.split("  ", 1)[1]
        for line in (tree / "DEBIAN" / "md5sums").read_text(encoding="utf-8").splitlines()
    }
    files = {
        p.relative_to(tree).as_posix()
        for p in tree.rglob("*")
        if p.is_file() and not p.is_symlink() and p.relative_to(tree).parts[0] != "DEBIAN"
    }
    assert listed == files


def test_installed_size_counts_each_file_in_whole_kib(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.write_bytes(b"x")
    exact = tmp_path / "exact"
    exact.write_bytes(b"x" * 2048)
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "link"
    link.symlink_to("exact")
    assert build_deb.installed_size_kib([small, exact, folder, link]) == 1 + 2 + 1 + 1


def test_the_changelog_comes_from_the_appstream_releases(tree: Path) -> None:
    text = gzip.decompress((tree / "usr/share/doc/companion/changelog.gz").read_bytes()).decode(
        "utf-8"
    )
    assert text.startswith(f"companion ({companion.__version__}) unstable; urgency=medium\n")
    assert re.search(r"^ -- .+ <.+>  \w{3}, \d{2} \w{3} \d{4} ", text, re.MULTILINE)


def test_a_release_missing_from_the_metainfo_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"newest release is not 99\.0"):
        build_deb.changelog_text(METAINFO, "99.0")


def test_a_bundle_without_the_program_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no companion program"):
        build_deb.stage(tmp_path, tmp_path / "tree", "0.1.0", "amd64")


@pytest.mark.parametrize(
    ("python", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.0rc1", "1.0~rc1"),
        ("1.0.dev2", "1.0~dev2"),
        ("2.0b3", "2.0~b3"),
        ("1.2+local.3", "1.2+local.3"),
    ],
)
def test_python_versions_become_debian_versions_that_sort_the_same(
    python: str, debian: str
) -> None:
    assert build_deb.debian_version(python) == debian


def test_every_id_names_the_same_app() -> None:
    entry = _desktop_entry()
    meta = _metainfo()
    assert build_deb.APP_ID == APP_ID
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    # Exec and TryExec run the program the package puts in /usr/bin, which AppStream names
    assert entry["Exec"] == entry["TryExec"] == "companion"
    assert meta.findtext("provides/binary") == "companion"
    # X11 window managers match the window (WM_CLASS = the application name) to the entry
    assert entry["StartupWMClass"] == companion.APP_NAME
    assert meta.findtext("name") == entry["Name"] == companion.APP_NAME
    # the macOS bundle identifier
    assert f'bundle_identifier="{APP_ID}"' in (ROOT / "build.spec").read_text(encoding="utf-8")


def test_the_running_app_names_its_desktop_entry() -> None:
    """Wayland compositors find the window's icon and name through the desktop file name the
    app gives Qt (the xdg-shell app id); it must be the installed entry's."""
    code = "from companion.app import _application; print(_application().desktopFileName())"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == APP_ID


def test_the_metainfo_release_is_the_version_and_the_text_is_plain() -> None:
    meta = _metainfo()
    releases = meta.findall("releases/release")
    assert releases[0].get("version") == companion.__version__
    description = " ".join(" ".join(meta.find("description").itertext()).split())  # type: ignore[union-attr]
    assert "stays on your computer" in description
    assert "not for emergencies" in description
    assert meta.findtext("metadata_license") in {"CC0-1.0", "FSFAP"}
    # pyproject's licence is proprietary; AppStream spells that LicenseRef-proprietary
    assert meta.findtext("project_license") == "LicenseRef-proprietary"
    assert 'license = "LicenseRef-Proprietary"' in (ROOT / "pyproject.toml").read_text(
        encoding="utf-8"
    )


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # no error or warning; pedantic notes and infos may differ between AppStream versions
    # (0.16 notes only that the id has capitals, as the macOS bundle id does)
    findings = [line for line in result.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert findings == []


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils")
def test_libraries_from_outside_the_bundle_are_found_with_the_glibc_they_need(
    tmp_path: Path,
) -> None:
    program = Path(os.path.realpath(shutil.which("true") or "/bin/true"))
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(program, bundle / "companion")
    needed = build_deb.external_libraries(bundle)
    assert needed["libc.so.6"] == {"companion"}
    glibc = build_deb.glibc_needed(bundle)
    assert glibc is not None and re.fullmatch(r"2\.\d+", glibc)
    assert build_deb.depends_field(glibc).startswith(f"libc6 (>= {glibc}), libegl1, ")
    # a library the bundle carries itself is not asked of the system
    (bundle / "libc.so.6").write_bytes(b"carried")
    assert "libc.so.6" not in build_deb.external_libraries(bundle)


# --- The built package (COMPANION_DEB=path/to/companion_<version>_<arch>.deb) ----------------

DEB = os.environ.get("COMPANION_DEB")
needs_deb = pytest.mark.skipif(not DEB, reason="COMPANION_DEB names no built package")


def _listing(deb: str) -> list[tuple[str, str, str]]:
    """(mode string, owner/group, path) for each entry of the package."""
    out = subprocess.run(
        ["dpkg-deb", "--contents", deb], capture_output=True, text=True, check=True
    ).stdout
    rows = []
    for line in out.splitlines():
        fields = line.split(None, 5)
        path = fields[5].split(" -> ")[0].removeprefix("./")
        rows.append((fields[0], fields[1], path))
    return rows


@needs_deb
def test_the_built_package_holds_what_it_should_owned_by_root() -> None:
    assert DEB is not None
    rows = _listing(DEB)
    paths = {path.rstrip("/") for _mode, _owner, path in rows}
    assert paths >= EXPECTED_FILES
    assert not [p for p in paths if p.rsplit("/", 1)[-1] == "companion-probe"]
    assert {owner for _mode, owner, _path in rows} == {"root/root"}
    for mode, _owner, path in rows:
        if mode.startswith("d"):
            assert mode == "drwxr-xr-x", path
        elif mode.startswith("-"):
            expected = "-rwxr-xr-x" if path == "opt/companion/companion" else "-rw-r--r--"
            assert mode == expected, path
        else:
            assert mode.startswith("l"), path


@needs_deb
def test_the_built_package_has_the_version_and_architecture() -> None:
    assert DEB is not None

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "--field", DEB, name], capture_output=True, text=True, check=True
        ).stdout.strip()

    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert field("Package") == "companion"
    assert field("Version") == build_deb.debian_version(companion.__version__)
    assert field("Architecture") == arch
    assert Path(DEB).name == f"companion_{field('Version')}_{arch}.deb"
    assert re.match(r"libc6 \(>= 2\.\d+\), ", field("Depends"))
