"""The maintainer scripts in ``scripts/`` loaded as modules, for the tests of their parts.

``scripts/`` is not a package (the scripts run as ``python scripts/<name>.py``), so a test
loads one from its file. The module is registered in ``sys.modules`` under its name before
it runs, as an import would (dataclasses look their module up there)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name: str, *, register: bool = True) -> ModuleType:
    """``scripts/<name>.py`` as a fresh module. With ``register=False`` the caller puts it in
    ``sys.modules`` itself (to undo that after the test)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
