"""Build Companion's Debian package from a built one-folder bundle.

    python scripts/build_deb.py dist/companion OUTDIR [--tree DIR] [--check-depends]

Lays out the package tree and builds ``OUTDIR/companion_<version>_<arch>.deb`` with
``dpkg-deb --build --root-owner-group`` (every file owned by root). What it installs:

- ``/opt/companion/``: the bundle, without the programs a build may have beside the app that
  never ship (``companion-probe``, the bundle check of ``COMPANION_BUNDLE_PROBE=1``);
- ``/usr/bin/companion``: a symbolic link to ``/opt/companion/companion`` (the bootloader finds
  its ``_internal`` folder through ``/proc/self/exe``, so the link works like the program);
- ``/usr/share/applications/org.companion.Companion.desktop``, the desktop entry;
- ``/usr/share/icons/hicolor/<N>x<N>/apps/org.companion.Companion.png`` for each icon size;
- ``/usr/share/metainfo/org.companion.Companion.metainfo.xml``, the AppStream metadata;
- ``/usr/share/doc/companion/copyright``.

There are no maintainer scripts: Debian's triggers refresh the icon cache and the desktop
database, and nothing is written to anyone's home folder on install or removal. The version
is ``companion.__version__``, the architecture ``dpkg --print-architecture``. Directories and
programs are 0755, other files 0644.

``--check-depends`` lists the libraries the bundle's programs and libraries link against that
it does not carry itself, with the Debian package each comes from on this machine, and fails
when one of those packages is not in ``Depends``. Run it on the machine that built the bundle.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import gzip
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

PACKAGE = "companion"
INSTALL_DIR = "opt/companion"
#: Files a build may put beside the app that must never be installed.
NOT_SHIPPED = frozenset({"companion-probe"})
#: The sizes of resources/icons/companion-<N>.png (resources/make_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MAINTAINER = "Companion <packaging@companion.invalid>"

#: What the bundle needs from the system at run time, and why. The bundle carries most
#: libraries itself; PyInstaller leaves out the graphics and display libraries that must match
#: the machine's drivers and display server, and a few carried libraries read data files that
#: only the system has.
DEPENDS: tuple[tuple[str, str], ...] = (
    ("libegl1", "libEGL, linked by QtGui and the Wayland and xcb EGL plugins"),
    ("libgl1", "libGL, linked by QtGui, QtWidgets and the xcb GLX plugin"),
    ("libxcb1", "libxcb, linked by the xcb platform (X11) and the X11 libraries"),
    ("libwayland-client0", "linked by QtWaylandClient"),
    ("libwayland-cursor0", "linked by QtWaylandClient"),
    ("libwayland-egl1", "linked by Qt's Wayland EGL plugin"),
    ("libfontconfig1", "the font configuration and a font (fontconfig-config) for the window"),
    ("libxkbcommon0", "the keyboard layouts (xkb-data) the carried libxkbcommon reads"),
    ("libx11-6", "the X locale and compose tables (libx11-data) for typed accents"),
)
SUGGESTS = ("gnome-keyring",)

SUMMARY = "private journal for the time between counseling sessions"
DESCRIPTION = """\
A lot happens between counseling or therapy sessions, and much of it is
forgotten by the time you sit down again. Companion gives you a quiet,
private place to write it down: a journal with mood and tags, an agenda
for the next session, short check-ins on how heard and supported you felt,
goals, feedback for your counselor and a safety plan.

Everything stays on your computer, encrypted. Companion never goes online.
It does not replace care and is not for emergencies."""


def package_constant(name: str, root: Path = ROOT) -> str:
    """A constant of ``companion/__init__.py`` (``__version__``, ``APP_ID``), read without
    importing the package."""
    tree = ast.parse((root / "companion" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"companion/__init__.py has no {name}")


def read_version(root: Path = ROOT) -> str:
    return package_constant("__version__", root)


def debian_version(version: str) -> str:
    """A Python version as Debian orders it: pre-releases sort before the release
    (``1.0rc1`` -> ``1.0~rc1``, ``1.0.dev2`` -> ``1.0~dev2``); a local part stays after ``+``."""
    public, _, local = version.partition("+")
    public = re.sub(r"\.?(dev|a|b|rc)(\d*)", r"~\1\2", public)
    if not re.fullmatch(r"[0-9][0-9A-Za-z.~]*", public):
        raise SystemExit(f"cannot make a Debian version of {version!r}")
    return f"{public}+{local}" if local else public


#: The reverse-DNS name of the app (``companion.APP_ID``): the desktop entry, the icon, the
#: AppStream id and the macOS bundle identifier (build.spec) all use it.
APP_ID = package_constant("APP_ID")


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _elf_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if _is_elf(path):
            yield path


def glibc_needed(bundle: Path) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version any program or library of the bundle asks for."""
    newest: tuple[int, int] | None = None
    pattern = re.compile(rb"GLIBC_(\d+)\.(\d+)(?![\d.])")
    for path in _elf_files(bundle):
        for match in pattern.finditer(path.read_bytes()):
            found = (int(match[1]), int(match[2]))
            if newest is None or found > newest:
                newest = found
    return None if newest is None else f"{newest[0]}.{newest[1]}"


def depends_field(glibc: str | None) -> str:
    packages = [name for name, _why in DEPENDS]
    if glibc:
        packages.insert(0, f"libc6 (>= {glibc})")
    return ", ".join(packages)


def external_libraries(bundle: Path) -> dict[str, set[str]]:
    """Libraries (by soname) that files of the bundle link against and the bundle does not
    carry, each with the files that need it (``readelf -d``)."""
    carried = {path.name for path in bundle.rglob("*")}
    needed: dict[str, set[str]] = {}
    for path in _elf_files(bundle):
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic):
            if soname not in carried:
                needed.setdefault(soname, set()).add(str(path.relative_to(bundle)))
    return needed


def package_of(soname: str) -> str | None:
    """The installed Debian package that holds a library, by its soname."""
    found = subprocess.run(
        ["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
    ).stdout
    for line in found.splitlines():
        name = line.split(":", 1)[0].split(",")[0].strip()
        if name and not name.endswith("-dev"):
            return name
    return None


def check_depends(bundle: Path) -> list[str]:
    """Problems: libraries from outside the bundle whose package is not in ``Depends``."""
    allowed = {name for name, _why in DEPENDS} | {"libc6"}
    problems = []
    for soname, users in sorted(external_libraries(bundle).items()):
        package = package_of(soname)
        example = sorted(users)[0]
        print(f"{soname:28} {package or '?':22} ({len(users)} files, e.g. {example})")
        if package not in allowed:
            problems.append(f"{soname} (package {package or 'unknown'}) is not in Depends")
    return problems


def _copy_bundle(bundle: Path, target: Path) -> None:
    def ignore(folder: str, names: list[str]) -> set[str]:
        return set(names) & NOT_SHIPPED if Path(folder) == bundle else set()

    shutil.copytree(bundle, target, symlinks=True, ignore=ignore)


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _is_shared_library(name: str) -> bool:
    return re.search(r"\.so(\.[0-9.]+)?$", name) is not None


def normalise_modes(tree: Path) -> None:
    """Directories and programs 0755, every other file 0644 (shared libraries too, as Debian
    installs them: they are loaded, never run); links are left as they are."""
    tree.chmod(0o755)
    for folder, dirs, files in os.walk(tree):
        for name in dirs:
            path = Path(folder, name)
            if not path.is_symlink():
                path.chmod(0o755)
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            path.chmod(0o755 if executable and not _is_shared_library(name) else 0o644)


def _payload(tree: Path) -> Iterator[Path]:
    for path in sorted(tree.rglob("*")):
        if path.relative_to(tree).parts[0] != "DEBIAN":
            yield path


def installed_size_kib(paths: Iterable[Path]) -> int:
    """Installed-Size as dpkg-gencontrol counts it: each file rounded up to a KiB, one KiB for
    every directory and link."""
    total = 0
    for path in paths:
        if path.is_file() and not path.is_symlink():
            total += -(-path.stat().st_size // 1024)
        else:
            total += 1
    return total


def control_text(version: str, arch: str, installed_size: int, depends: str) -> str:
    description = "\n".join(
        f" {line}" if line.strip() else " ." for line in DESCRIPTION.splitlines()
    )
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size}\n"
        f"Depends: {depends}\n"
        f"Suggests: {', '.join(SUGGESTS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n"
        f"{description}\n"
    )


def changelog_text(metainfo: Path, version: str) -> str:
    """``changelog.Debian`` from the releases of the AppStream metadata, newest first; the
    newest must be ``version``."""
    releases = ET.parse(metainfo).getroot().findall("releases/release")
    if not releases or debian_version(releases[0].get("version", "")) != version:
        raise SystemExit(f"{metainfo.name}: the newest release is not {version}")
    entries = []
    for release in releases:
        paragraphs = [
            " ".join("".join(p.itertext()).split()) for p in release.iterfind("description/p")
        ] or ["Release."]
        changes = "\n".join(
            textwrap.fill(text, 76, initial_indent="  * ", subsequent_indent="    ")
            for text in paragraphs
        )
        day = dt.datetime.fromisoformat(release.get("date", "")).replace(tzinfo=dt.UTC)
        entries.append(
            f"{PACKAGE} ({debian_version(release.get('version', ''))}) unstable; "
            f"urgency=medium\n\n{changes}\n\n -- {MAINTAINER}  {format_datetime(day)}\n"
        )
    return "\n".join(entries)


def stage(bundle: Path, tree: Path, version: str, arch: str) -> Path:
    """Lay out the package tree for ``dpkg-deb`` in ``tree`` (emptied first)."""
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"{bundle} has no {PACKAGE} program: is it a built bundle?")
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    _copy_bundle(bundle, tree / INSTALL_DIR)
    (tree / "usr/bin").mkdir(parents=True)
    (tree / "usr/bin" / PACKAGE).symlink_to(f"/{INSTALL_DIR}/{PACKAGE}")
    share = tree / "usr/share"
    _install(RESOURCES / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    for size in ICON_SIZES:
        _install(
            RESOURCES / "icons" / f"companion-{size}.png",
            share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png",
        )
    _install(RESOURCES / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    doc = share / "doc" / PACKAGE
    _install(RESOURCES / "debian-copyright", doc / "copyright")
    changelog = changelog_text(RESOURCES / f"{APP_ID}.metainfo.xml", version)
    # gzip -9n: no name or time in the header, so the same text gives the same bytes
    (doc / "changelog.gz").write_bytes(
        gzip.compress(changelog.encode("utf-8"), compresslevel=9, mtime=0)
    )
    normalise_modes(tree)

    debian = tree / "DEBIAN"
    debian.mkdir(mode=0o755)
    payload = list(_payload(tree))
    sums = []
    for path in payload:
        if path.is_file() and not path.is_symlink():
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(tree).as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    control = control_text(
        version,
        arch,
        installed_size_kib(payload),
        depends_field(glibc_needed(tree / INSTALL_DIR)),
    )
    (debian / "control").write_text(control, encoding="utf-8")
    for name in ("md5sums", "control"):
        (debian / name).chmod(0o644)
    return tree


def build(tree: Path, out_dir: Path, version: str, arch: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the built bundle folder, e.g. dist/companion")
    parser.add_argument("out_dir", type=Path, help="where the .deb is written")
    parser.add_argument(
        "--tree", type=Path, help="lay the package tree out here and keep it (default: OUT_DIR)"
    )
    parser.add_argument(
        "--check-depends",
        action="store_true",
        help="fail when the bundle links against a system library whose package is not in Depends",
    )
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if args.check_depends:
        problems = check_depends(bundle)
        for problem in problems:
            print(f"build_deb: {problem}", file=sys.stderr)
        if problems:
            return 1
    version = debian_version(read_version())
    arch = architecture()
    keep = args.tree is not None
    tree = args.tree or args.out_dir / f"{PACKAGE}_{version}_{arch}"
    stage(bundle, tree, version, arch)
    deb = build(tree, args.out_dir, version, arch)
    if not keep:
        shutil.rmtree(tree)
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
