"""The wheel check for other platforms (scripts/check_platform_wheels.py): markers are
evaluated for the target, not for this machine, and what only the target needs is found.

The check itself asks pip and the package index, so it runs in CI as a step of its own; these
tests cover the parts that decide what it asks for, without the network."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


wheels = load_script("check_platform_wheels")
WINDOWS = wheels.TARGETS["windows-x86_64"].environment("3.11")
MAC_ARM = wheels.TARGETS["macos-arm64"].environment("3.11")
LINUX_ARM = wheels.TARGETS["linux-aarch64"].environment("3.11")


def test_every_platform_the_issue_names_is_checked() -> None:
    assert set(wheels.TARGETS) == {"windows-x86_64", "macos-arm64", "macos-x86_64", "linux-aarch64"}
    assert wheels.TARGETS["windows-x86_64"].platforms == ("win_amd64",)
    # pip does not widen a manylinux tag: older glibc levels must be listed, or a package
    # with only a manylinux_2_28 wheel (sqlcipher3) would look missing
    assert "manylinux_2_28_aarch64" in wheels.TARGETS["linux-aarch64"].platforms
    assert "manylinux2014_aarch64" in wheels.TARGETS["linux-aarch64"].platforms


def test_project_requirements_are_read_from_pyproject() -> None:
    requirements = wheels.project_requirements()
    names = {req.split(">")[0].split(";")[0].split("<")[0].strip() for req in requirements}
    assert {"PySide6-Essentials", "sqlcipher3", "SQLAlchemy", "keyring"} <= names


@pytest.mark.parametrize(
    ("environment", "kept"),
    [(WINDOWS, False), (MAC_ARM, False), (LINUX_ARM, True)],
)
def test_markers_are_evaluated_for_the_target(environment: dict[str, str], kept: bool) -> None:
    requirements = ["keyring>=25", "SecretStorage>=3.3; sys_platform == 'linux'"]
    result = wheels.for_target(requirements, environment)
    assert result[0] == "keyring>=25"
    assert ("SecretStorage>=3.3" in result) is kept
    # the marker is dropped, so pip does not evaluate it again for this machine
    assert all(";" not in text for text in result)


def _report(*items: tuple[str, str, list[str]]) -> dict[str, object]:
    return {
        "install": [
            {
                "metadata": {"name": name, "version": "1.0", "requires_dist": requires},
                "download_info": {"url": f"https://files.example/{name}-1.0-py3-none-any.whl"},
            }
            for name, _, requires in items
        ]
    }


def test_a_dependency_only_the_target_needs_is_reported_missing() -> None:
    # resolved on Linux: keyring's Windows-only dependency was left out by pip
    resolved = wheels.read_report(
        _report(
            ("keyring", "25", ["pywin32-ctypes>=0.2.0; sys_platform == 'win32'", "jaraco.classes"]),
            ("jaraco.classes", "3", []),
        )
    )
    assert wheels.missing_for_target(resolved, WINDOWS) == ["pywin32-ctypes>=0.2.0"]
    assert wheels.missing_for_target(resolved, MAC_ARM) == []


def test_names_are_compared_in_their_canonical_form() -> None:
    resolved = wheels.read_report(
        _report(("a", "1", ["Jaraco_Classes>=3"]), ("jaraco.classes", "3", []))
    )
    assert wheels.missing_for_target(resolved, WINDOWS) == []


def test_the_report_gives_each_wheel_file_name() -> None:
    resolved = wheels.read_report(_report(("shiboken6", "6", [])))
    assert resolved[0].filename == "shiboken6-1.0-py3-none-any.whl"
    assert resolved[0].requires == ()
