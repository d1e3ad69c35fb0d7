#!/usr/bin/env bash
# The screen reader walk (tests/accessibility/test_atspi_walk.py, marker "atspi"): Companion on
# a virtual X display (Xvfb) with the accessibility bus Linux desktops use (AT-SPI, what Orca
# reads), read from another process with pyatspi. Everything runs inside a private D-Bus
# session, so nothing of the machine's own desktop is touched.
#
# Needs (Debian): xvfb, at-spi2-core, python3-pyatspi, xdotool, dbus, and the X libraries of
# Qt's xcb platform (libxcb-cursor0 and friends: the pkgs list in .ci/run).
# Usage: bash .ci/atspi.sh [pytest arguments]; PYTHON=... picks the Python with Companion
# installed (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
export PYTHON
BUS_LAUNCHER=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  if [ -x "$candidate" ]; then BUS_LAUNCHER="$candidate"; break; fi
done
if [ -z "$BUS_LAUNCHER" ]; then
  echo "at-spi-bus-launcher not found (Debian: at-spi2-core)" >&2
  exit 1
fi
export BUS_LAUNCHER

# a fresh HOME: whatever the session starts (a keychain daemon the app asks about) writes there
HOME="$(mktemp -d)" exec dbus-run-session -- bash -c '
  set -euo pipefail
  scratch="$(mktemp -d)"
  pids=()
  cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch" "$HOME"
  }
  trap cleanup EXIT
  # a display of a common laptop size; Xvfb says which number it took
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
  if [ ! -s "$scratch/display" ]; then cat "$scratch/xvfb.log" >&2; exit 1; fi
  export DISPLAY=":$(cat "$scratch/display")"
  # the accessibility bus (its registry starts when the first app asks for it)
  "$BUS_LAUNCHER" --launch-immediately 2>"$scratch/bus.log" &
  pids+=($!)
  unset NO_AT_BRIDGE
  COMPANION_TEST_ATSPI=1 "$PYTHON" -m pytest -q -p no:cacheprovider -m atspi \
    tests/accessibility "$@"
' atspi "$@"
