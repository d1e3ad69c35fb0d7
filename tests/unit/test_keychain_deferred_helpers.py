"""The keychain's modules load without the helper modules keyring never uses for a key
(``keychain._UNUSED_BY_KEYCHAIN``), and those still work when something does use them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from companion.security import keychain

REPO = Path(__file__).resolve().parents[2]


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``user_mod`` imports ``helper_mod`` (which notes that it ran) and ``absent_mod``
    optionally; only ``helper_mod`` and ``absent_mod`` are deferred."""
    _write(
        tmp_path,
        "helper_mod.py",
        """
        import sys
        sys.helper_mod_ran = getattr(sys, "helper_mod_ran", 0) + 1
        def answer():
            return 42
        """,
    )
    _write(
        tmp_path,
        "user_mod.py",
        """
        import helper_mod
        try:
            import absent_mod
        except ImportError:
            absent_mod = None
        """,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(keychain, "_UNUSED_BY_KEYCHAIN", ("helper_mod", "absent_mod"))
    for name in ("helper_mod", "user_mod", "absent_mod"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.delattr(sys, "helper_mod_ran", raising=False)
    return tmp_path


def test_a_deferred_module_loads_when_first_used(modules: Path) -> None:
    with keychain._deferring_unused_helpers():
        import user_mod

    assert not hasattr(sys, "helper_mod_ran")
    assert "helper_mod" not in sys.modules  # later imports get the real module
    assert user_mod.absent_mod is None  # a missing module is missing as before

    assert user_mod.helper_mod.answer() == 42
    assert sys.helper_mod_ran == 1  # type: ignore[attr-defined]
    import helper_mod

    assert type(helper_mod) is type(sys)  # the real module, not the stand-in
    assert helper_mod.answer is user_mod.helper_mod.answer
    assert sys.helper_mod_ran == 1  # type: ignore[attr-defined]


def test_a_module_imported_before_is_not_replaced(modules: Path) -> None:
    import helper_mod

    with keychain._deferring_unused_helpers():
        import user_mod

    assert user_mod.helper_mod is helper_mod
    assert sys.modules["helper_mod"] is helper_mod


def test_keychain_modules_load_without_the_unused_helpers() -> None:
    """In a fresh interpreter, as at start-up: the backends load, the helpers do not, and
    what keyring holds of them works when used."""
    script = textwrap.dedent(
        """
        import sys, types
        from companion.security import keychain
        helpers = keychain._UNUSED_BY_KEYCHAIN
        before = {name for name in helpers if name in sys.modules}
        keychain.load_backend_modules()
        import keyring.backends.SecretService
        loaded = [name for name in helpers if name in sys.modules and name not in before]
        assert not loaded, loaded
        import jaraco.context, jaraco.functools, keyring.compat.py312
        assert jaraco.context.urllib.request.urlopen.__name__ == "urlopen"
        assert callable(keyring.compat.py312.metadata.entry_points)
        assert callable(jaraco.functools.more_itertools.consume)
        assert jaraco.context.subprocess.check_call.__name__ == "check_call"
        import keyring.core
        assert keyring.core.configparser.RawConfigParser.__name__ == "RawConfigParser"
        import subprocess, urllib.request
        assert type(subprocess) is types.ModuleType and subprocess.__file__
        assert urllib.request.urlopen is jaraco.context.urllib.request.urlopen
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
