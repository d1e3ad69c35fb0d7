"""Check that Companion's dependencies install from wheels on the platforms we ship for.

    python scripts/check_platform_wheels.py [--target NAME ...] [--python-version 3.11]

A maintainer on Windows or a Mac must be able to ``pip install`` Companion and PyInstaller
without a compiler. This asks pip, from any machine, to resolve the dependencies in
``pyproject.toml`` (and PyInstaller, which builds the bundle) for each target platform with
``--only-binary=:all:``, without installing anything (``--dry-run --report``; where the index
publishes wheel metadata, nothing but metadata is downloaded).

pip evaluates environment markers (``sys_platform == "win32"``) for the machine it runs on,
not for the ``--platform`` it is given. So the script evaluates them itself: the project's
own requirements are filtered for the target, and after each resolution every resolved
package's requirements are read from the report and evaluated for the target too. A
requirement that only the target needs (keyring's ``pywin32-ctypes`` on Windows, say) is
added and resolved again, until nothing is missing.

Exit status 0 when every target resolves to wheels only, 1 otherwise (the failing targets
and pip's explanation are printed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent

#: What a maintainer installs besides the project to build the bundle (docs/packaging.md).
BUILD_TOOLS = ("pyinstaller>=6.10,<7",)


@dataclass(frozen=True)
class Target:
    """A platform we ship for: pip's platform tags for it and its environment markers."""

    name: str
    #: pip ``--platform`` values. pip widens a macOS tag to older macOS versions and to
    #: universal2 by itself, but takes a manylinux tag as it is, so Linux lists each glibc
    #: level a wheel may be built for.
    platforms: tuple[str, ...]
    sys_platform: str
    platform_system: str
    platform_machine: str
    os_name: str

    def environment(self, python_version: str) -> dict[str, str]:
        """The marker environment of this target, for ``packaging.markers.Marker.evaluate``."""
        major, minor = python_version.split(".")[:2]
        return {
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
            "python_version": f"{major}.{minor}",
            "python_full_version": f"{major}.{minor}.0",
            "implementation_version": f"{major}.{minor}.0",
            "sys_platform": self.sys_platform,
            "platform_system": self.platform_system,
            "platform_machine": self.platform_machine,
            "os_name": self.os_name,
            "platform_release": "",
            "platform_version": "",
            "extra": "",
        }


_MANYLINUX_AARCH64 = (
    *(f"manylinux_2_{level}_aarch64" for level in (39, 35, 34, 31, 28, 27, 24, 17)),
    "manylinux2014_aarch64",
)

TARGETS: Mapping[str, Target] = {
    target.name: target
    for target in (
        Target("windows-x86_64", ("win_amd64",), "win32", "Windows", "AMD64", "nt"),
        # PySide6 6.10 and 6.11 need macOS 13; their wheels are universal2
        Target("macos-arm64", ("macosx_13_0_arm64",), "darwin", "Darwin", "arm64", "posix"),
        Target("macos-x86_64", ("macosx_13_0_x86_64",), "darwin", "Darwin", "x86_64", "posix"),
        # PySide6's aarch64 wheels need glibc 2.39 (Ubuntu 24.04, Debian 13 or newer)
        Target("linux-aarch64", _MANYLINUX_AARCH64, "linux", "Linux", "aarch64", "posix"),
    )
}


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The run-time dependencies declared in ``pyproject.toml``, as written there."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return list(data["project"]["dependencies"])


def applies(requirement: str, environment: Mapping[str, str]) -> bool:
    """Whether ``requirement`` (with its marker, if any) is needed in ``environment``."""
    marker: Marker | None = Requirement(requirement).marker
    return marker is None or marker.evaluate(dict(environment))


def for_target(requirements: Iterable[str], environment: Mapping[str, str]) -> list[str]:
    """The requirements needed on the target, without their markers (pip would evaluate
    them for this machine)."""
    kept = []
    for text in requirements:
        if applies(text, environment):
            requirement = Requirement(text)
            requirement.marker = None
            kept.append(str(requirement))
    return kept


@dataclass(frozen=True)
class Resolved:
    """One package of a pip report: its name, version, wheel file and requirements."""

    name: str
    version: str
    filename: str
    requires: tuple[str, ...]


def read_report(report: Mapping[str, object]) -> list[Resolved]:
    """The packages pip chose, from its ``--report`` JSON."""
    chosen = []
    for item in report.get("install", []):  # type: ignore[union-attr]
        metadata = item["metadata"]
        url = item["download_info"]["url"]
        chosen.append(
            Resolved(
                name=metadata["name"],
                version=metadata["version"],
                filename=url.rsplit("/", 1)[-1],
                requires=tuple(metadata.get("requires_dist") or ()),
            )
        )
    return chosen


def missing_for_target(resolved: Iterable[Resolved], environment: Mapping[str, str]) -> list[str]:
    """Requirements of resolved packages that the target needs but the resolution lacks.

    pip chose dependencies by this machine's markers; a package needed only on the target
    (its marker false here) is therefore missing from the resolution. Requirements asking
    for extras are checked by name only (none of ours use extras).
    """
    resolved = list(resolved)
    present = {canonicalize_name(item.name) for item in resolved}
    missing: dict[str, str] = {}
    for item in resolved:
        for text in item.requires:
            requirement = Requirement(text)
            name = canonicalize_name(requirement.name)
            if name in present or name in missing or not applies(text, environment):
                continue
            requirement.marker = None
            missing[name] = str(requirement)
    return list(missing.values())


def resolve(target: Target, requirements: list[str], python_version: str) -> list[Resolved]:
    """Ask pip for wheels of ``requirements`` on ``target``; raise ``RuntimeError`` with
    pip's explanation when it cannot find them."""
    with tempfile.TemporaryDirectory(prefix="companion-wheels-") as scratch:
        report_path = Path(scratch) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--ignore-installed",
            "--disable-pip-version-check",
            "--only-binary=:all:",
            "--implementation",
            "cp",
            "--python-version",
            python_version,
            *(f"--platform={tag}" for tag in target.platforms),
            "--target",
            str(Path(scratch) / "target"),
            "--report",
            str(report_path),
            *requirements,
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            explanation = [
                line
                for line in done.stderr.splitlines()
                if line.strip() and not line.startswith("WARNING: Location")
            ]
            raise RuntimeError("\n".join(explanation) or f"pip exited with {done.returncode}")
        return read_report(json.loads(report_path.read_text(encoding="utf-8")))


def check(target: Target, python_version: str, rounds: int = 4) -> list[Resolved]:
    """Resolve the project and its build tools for ``target``, adding what only the target
    needs until nothing is missing. Raise ``RuntimeError`` when that fails."""
    environment = target.environment(python_version)
    requirements = for_target([*project_requirements(), *BUILD_TOOLS], environment)
    for _ in range(rounds):
        resolved = resolve(target, requirements, python_version)
        not_wheels = [item.filename for item in resolved if not item.filename.endswith(".whl")]
        if not_wheels:
            raise RuntimeError("not wheels: " + ", ".join(not_wheels))
        missing = missing_for_target(resolved, environment)
        if not missing:
            return resolved
        requirements += missing
    raise RuntimeError("still missing after several rounds: " + ", ".join(missing))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--target",
        action="append",
        choices=sorted(TARGETS),
        help="a platform to check (default: all of them)",
    )
    parser.add_argument("--python-version", default="3.11", help="default: %(default)s")
    parser.add_argument("--verbose", action="store_true", help="list every wheel")
    args = parser.parse_args(argv)
    failed = []
    for name in args.target or sorted(TARGETS):
        try:
            resolved = check(TARGETS[name], args.python_version)
        except RuntimeError as problem:
            failed.append(name)
            print(f"{name}: NO WHEELS\n  " + str(problem).replace("\n", "\n  "))
            continue
        print(f"{name}: {len(resolved)} packages, all wheels")
        for item in sorted(resolved, key=lambda item: canonicalize_name(item.name)):
            if args.verbose or item.name.lower().startswith(("pyside6", "sqlcipher3")):
                print(f"  {item.filename}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
