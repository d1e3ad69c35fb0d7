"""build.spec builds on Windows and macOS too: no path in it works only on Linux.

PyInstaller does not cross-compile, and this project has no Windows or Mac machine, so the
spec is run here as PyInstaller would run it on each platform, with ``sys.platform`` set to
that platform and PyInstaller's building blocks replaced by recorders. What it asks for is
then checked: every file it names exists in the checkout (icons, entitlements, scripts, the
package's data), no destination is absolute, Windows gets its console twin and version
resource, macOS its app bundle, and the Linux-only steps (stripping debug sections with
``strip``, dropping the GTK libraries) run on Linux alone. A static pass finds absolute paths
and Linux library names written outside a Linux-only block."""

from __future__ import annotations

import ast
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.support.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


class _Recorder:
    """Stands for one of PyInstaller's spec classes: keeps its arguments."""

    def __init__(self, kind: str, log: list[_Recorder], *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        log.append(self)


class _VersionPart:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


@dataclass
class SpecRun:
    """What build.spec asked PyInstaller for on one platform."""

    platform: str
    calls: list[_Recorder] = field(default_factory=list)
    strip_calls: int = 0
    namespace: dict[str, Any] = field(default_factory=dict)

    def of(self, kind: str) -> list[_Recorder]:
        return [call for call in self.calls if call.kind == kind]


def _fake_pyinstaller() -> dict[str, types.ModuleType]:
    """PyInstaller's modules that build.spec imports, with the collectors returning nothing
    (what they find is PyInstaller's business and depends on the installed packages)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda *a, **k: []  # type: ignore[attr-defined]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "FixedFileInfo",
        "StringFileInfo",
        "StringStruct",
        "StringTable",
        "VarFileInfo",
        "VarStruct",
        "VSVersionInfo",
    ):
        setattr(versioninfo, name, type(name, (_VersionPart,), {}))
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.win32": types.ModuleType("PyInstaller.utils.win32"),
        "PyInstaller.utils.win32.versioninfo": versioninfo,
    }
    return modules


def run_spec(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **environ: str
) -> SpecRun:
    run = SpecRun(platform)
    for name, module in _fake_pyinstaller().items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.delenv("COMPANION_CODESIGN_IDENTITY", raising=False)
    monkeypatch.delenv("COMPANION_BUNDLE_PROBE", raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts scripts/ on it
    # the spec's slimming rules, with the debug-section stripping (which runs ``strip``)
    # counted: it is for Linux's ELF files only
    monkeypatch.delitem(sys.modules, "bundle_slimming", raising=False)
    slimming = load_script("bundle_slimming")  # registered; monkeypatch restores the old one

    def count_strip(binaries: Any, scratch: Path) -> list[tuple[str, str, str]]:
        run.strip_calls += 1
        return list(binaries)

    monkeypatch.setattr(slimming.BundleSlimming, "without_debug_info", staticmethod(count_strip))

    def recorder(kind: str) -> Any:
        return lambda *args, **kwargs: _Recorder(kind, run.calls, *args, **kwargs)

    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path / "build"),
        **{kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    run.namespace = namespace
    return run


PLATFORMS = ("linux", "win32", "darwin")


@pytest.fixture(params=PLATFORMS)
def spec_run(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    return run_spec(request.param, monkeypatch, tmp_path)


def _named_files(run: SpecRun) -> Iterator[tuple[str, str]]:
    """(what, path) for every file of the checkout the spec hands to PyInstaller."""
    for analysis in run.of("Analysis"):
        for script in analysis.args[0]:
            yield "entry script", script
        for source, _dest in analysis.kwargs.get("datas", []):
            yield "data file", source
    for exe in run.of("EXE") + run.of("BUNDLE"):
        if exe.kwargs.get("icon"):
            yield "icon", exe.kwargs["icon"]
        if exe.kwargs.get("entitlements_file"):
            yield "entitlements", exe.kwargs["entitlements_file"]


def test_every_file_the_spec_names_exists_in_the_checkout(spec_run: SpecRun) -> None:
    named = list(_named_files(spec_run))
    assert any(what == "data file" for what, _ in named), "the package's data went missing"
    for what, path in named:
        resolved = Path(path)
        assert resolved.is_absolute() and resolved.is_relative_to(ROOT), (what, path)
        assert resolved.is_file(), f"{spec_run.platform}: the {what} {path} does not exist"


def test_data_destinations_are_relative_folders(spec_run: SpecRun) -> None:
    (analysis,) = spec_run.of("Analysis")
    for _source, dest in analysis.kwargs["datas"]:
        assert not Path(dest).is_absolute() and ".." not in Path(dest).parts, dest
        assert dest.split("/")[0] == "companion", dest


def test_each_platform_gets_its_own_icon_and_programs(spec_run: SpecRun) -> None:
    exes = {exe.kwargs["name"]: exe for exe in spec_run.of("EXE")}
    icon = Path(exes["companion"].kwargs["icon"])
    assert exes["companion"].kwargs["console"] is False
    if spec_run.platform == "win32":
        assert icon.name == "companion.ico"
        # a windowed .exe prints nowhere: the command line has a console twin
        assert set(exes) == {"companion", "companion-cli"}
        assert exes["companion-cli"].kwargs["console"] is True
        assert exes["companion"].kwargs["version"] is not None
        assert not spec_run.of("BUNDLE")
    elif spec_run.platform == "darwin":
        assert icon.name == "companion.icns"
        assert set(exes) == {"companion"}
        (bundle,) = spec_run.of("BUNDLE")
        assert bundle.kwargs["name"] == "Companion.app"
        assert bundle.kwargs["bundle_identifier"] == "org.companion.Companion"
        assert bundle.kwargs["version"] == spec_run.namespace["VERSION"]
        # the oldest macOS PySide6's wheels run on (scripts/check_platform_wheels.py)
        assert bundle.kwargs["info_plist"]["LSMinimumSystemVersion"] == "13.0"
    else:
        assert icon.name == "companion.png"
        assert set(exes) == {"companion"}
        assert not spec_run.of("BUNDLE")


def test_linux_only_steps_run_on_linux_alone(spec_run: SpecRun) -> None:
    linux = spec_run.platform == "linux"
    assert (spec_run.strip_calls == 1) is linux
    assert ("_GTK_ONLY" in spec_run.namespace) is linux


def test_macos_signing_uses_the_entitlements_only_with_an_identity(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    unsigned = run_spec("darwin", monkeypatch, tmp_path)
    assert unsigned.of("EXE")[0].kwargs["entitlements_file"] is None
    signed = run_spec(
        "darwin",
        monkeypatch,
        tmp_path,
        COMPANION_CODESIGN_IDENTITY="Developer ID Application: Example (TEAM123456)",
    )
    exe = signed.of("EXE")[0]
    assert exe.kwargs["codesign_identity"].startswith("Developer ID Application")
    assert Path(exe.kwargs["entitlements_file"]).name == "entitlements.plist"


def test_the_probe_is_only_built_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plain = run_spec("win32", monkeypatch, tmp_path)
    assert "companion-probe" not in {exe.kwargs["name"] for exe in plain.of("EXE")}
    probed = run_spec("win32", monkeypatch, tmp_path, COMPANION_BUNDLE_PROBE="1")
    assert "companion-probe" in {exe.kwargs["name"] for exe in probed.of("EXE")}


def _linux_only_blocks(tree: ast.Module) -> list[ast.If]:
    def about_linux(test: ast.expr) -> bool:
        return any(
            isinstance(node, ast.Constant) and node.value == "linux" for node in ast.walk(test)
        )

    return [node for node in ast.walk(tree) if isinstance(node, ast.If) and about_linux(node.test)]


_POSIX_ROOTS = ("/usr", "/lib", "/opt", "/etc", "/home", "/tmp", "/var")


def linux_only_strings_outside_linux_blocks(source: str) -> list[str]:
    """String constants in ``source`` that only make sense on Linux (absolute POSIX paths,
    shared-library names) and are not inside an ``if`` on ``sys.platform`` being Linux, and
    absolute Windows paths anywhere."""
    tree = ast.parse(source)
    inside = {id(node) for block in _linux_only_blocks(tree) for node in ast.walk(block)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if len(text) > 2 and text[1:3] in (":\\", ":/"):
            found.append(text)
            continue
        if id(node) in inside:
            continue
        name = text.rsplit("/", 1)[-1]
        if text.startswith(_POSIX_ROOTS) or name.endswith(".so") or ".so." in name:
            found.append(text)
    return found


def test_no_linux_only_path_outside_a_linux_block() -> None:
    assert linux_only_strings_outside_linux_blocks(SPEC.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "line",
    [
        'x = "/usr/lib/x86_64-linux-gnu/libxcb.so.1"',
        'x = ["platforms/libqxcb.so"]',
        'icon = "C:\\\\icons\\\\companion.ico"',
    ],
)
def test_the_static_pass_finds_linux_only_paths(line: str) -> None:
    assert linux_only_strings_outside_linux_blocks(line) != []
    guarded = 'import sys\nif sys.platform.startswith("linux"):\n    ' + line
    expected = [] if "C:" not in line else linux_only_strings_outside_linux_blocks(line)
    assert linux_only_strings_outside_linux_blocks(guarded) == expected
