"""Start-up of frozen bundles, measured the way ``benchmarks/run.py`` measures the source app.

    python scripts/bundle_startup.py [--years 10] [--rounds 7] [--mode auto] \\
        BUNDLE_EXE [BUNDLE_EXE ...]

On one generated profile (``benchmarks/run.py``'s ``demo-data`` step, keychain mode when a
trustworthy keychain is there: run it under ``benchmarks/with_keychain.sh`` for that), each
round starts, in an order that rotates from round to round: the bare PySide6 window
(``benchmarks/bare_window.py`` from source, the reference), ``python -m companion
--exit-when-ready`` from source, and each bundle's executable with ``--exit-when-ready``.
After one warm-up run of each, it prints each one's median wall time and its ratio to the
bare window's median of the same run. The frozen programs get the environment without
PYTHON* variables, as a user's would be.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.run import (  # noqa: E402
    BARE_WINDOW_SCRIPT,
    _median,
    app_command,
    choose_mode,
    delete_keychain_item,
    generate_profile,
    qt_platform_env,
    run_process,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE_EXE")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--mode", choices=["auto", "keychain", "passphrase"], default="auto")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    mode, reason = choose_mode(args.mode)
    passphrase = "benchmark " + secrets.token_hex(8)
    root = Path(tempfile.mkdtemp(prefix="companion-bundle-bench-"))
    profile, scratch = root / "profile", root / "scratch"
    scratch.mkdir()
    env = {**os.environ, **qt_platform_env()}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    if sys.platform.startswith("linux"):
        env["XDG_CONFIG_HOME"] = str(root / "config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as benchmarks/run.py: cached bytecode
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    frozen_env = {k: v for k, v in env.items() if not k.startswith("PYTHON")}

    source_cmd, stdin_text = app_command(profile, mode, passphrase)
    programs: dict[str, tuple[list[str], str | None, dict[str, str]]] = {
        "bare window": ([sys.executable, str(BARE_WINDOW_SCRIPT)], None, env),
        "source": (source_cmd, stdin_text, env),
    }
    for bundle in args.bundles:
        exe = bundle.resolve()
        frozen_cmd = [str(exe), *source_cmd[3:]]  # the same arguments after "-m companion"
        programs[str(bundle)] = (frozen_cmd, stdin_text, frozen_env)

    try:
        print(f"Generating {args.years:g} years of entries ({mode} mode: {reason})…", flush=True)
        generate_profile(profile, args.years, mode, passphrase, env, scratch)
        times: dict[str, list[float]] = {name: [] for name in programs}

        def one(name: str) -> float:
            cmd, stdin, run_env = programs[name]
            run = run_process(cmd, run_env, stdin, scratch)
            if run.returncode != 0:
                raise SystemExit(f"{name} exited with {run.returncode}:\n{run.stderr_tail}")
            return run.seconds

        for name in programs:  # warm-up: file cache, the first daily backup
            one(name)
        names = list(programs)
        for index in range(args.rounds):
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                times[name].append(one(name))
    finally:
        if mode == "keychain":
            delete_keychain_item(profile)
        shutil.rmtree(root, ignore_errors=True)

    bare = _median(times["bare window"])
    result = {"mode": mode, "years": args.years, "rounds": args.rounds, "programs": {}}
    print(f"\n{'program':<50} {'median':>8} {'vs bare':>8}")
    for name, values in times.items():
        median = _median(values)
        result["programs"][name] = {"seconds": values, "median_s": median, "ratio": median / bare}
        print(f"{name:<50} {median:7.3f}s {median / bare:7.2f}x")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
