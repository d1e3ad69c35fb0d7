#!/usr/bin/env bash
# Run a command with a private, unlocked Secret Service (GNOME Keyring) in a D-Bus session of
# its own and a throwaway HOME, so that benchmarks measure keychain mode on a machine without a
# desktop keychain. Needs the Debian packages gnome-keyring and dbus.
#   bash benchmarks/with_keychain.sh .venv/bin/python benchmarks/run.py
set -euo pipefail
HOME="$(mktemp -d)"
export HOME
exec dbus-run-session -- bash -c '
  echo -n "benchmark" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' bash "$@"
