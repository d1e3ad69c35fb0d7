#!/usr/bin/env bash
# The Linux package (docs/packaging.md, "The Debian package"), run by .ci/run after the
# "Frozen Linux bundle" step, as root, on the bundle that step built (dist/companion; it has
# companion-probe in it, which the package must leave out):
#   1. build the .deb with scripts/build_deb.py; its Depends must cover every system library
#      the bundle links against; check the package's contents (tests/unit/test_debian_package.py)
#      and its desktop entry and AppStream metadata with desktop-file-validate and appstreamcli;
#   2. make a user's profile in a scratch home and take its checksums;
#   3. install the .deb with apt-get (so its Depends resolve), check where everything went, and
#      run the installed app as an ordinary user: the self-test, and a demo profile opened
#      offscreen through the desktop entry's Exec line;
#   4. remove it with --purge: every file it installed is gone, and the user's home is exactly
#      as it was before the install.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle="$PWD/dist/companion"
python="$PWD/.venv/bin/python"
app_id=org.companion.Companion
[ -x "$bundle/companion" ] || { echo "no bundle in $bundle: build it first"; exit 1; }

work="$(mktemp -d)"
chmod 711 "$work" # the ordinary user below reaches its own folder in here
installed=0
cleanup() {
  # a failed run does not leave the package installed
  if [ "$installed" = 1 ] && dpkg -s companion >/dev/null 2>&1; then
    apt-get remove --purge -y -qq companion >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive

say() { printf -- '-- %s\n' "$*"; }
fail() { printf 'linux_package: %s\n' "$*" >&2; exit 1; }

if dpkg -s companion >/dev/null 2>&1; then
  say "a companion package from an earlier run is installed: removing it first"
  apt-get remove --purge -y -qq companion >/dev/null
fi

say "build"
start=$SECONDS
"$python" scripts/build_deb.py "$bundle" "$work/out" --tree "$work/tree" --check-depends
deb="$(ls "$work"/out/companion_*.deb)"
printf 'built %s: %s bytes, in %s s\n' "$(basename "$deb")" "$(stat -c %s "$deb")" $((SECONDS - start))
if dpkg-deb -c "$deb" | grep -q 'companion-probe'; then fail "the package has companion-probe in it"; fi
COMPANION_DEB="$deb" "$python" -m pytest -q -p no:cacheprovider tests/unit/test_debian_package.py

say "validate the desktop entry and the AppStream metadata"
desktop-file-validate "$work/tree/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$work/tree/usr/share/metainfo/$app_id.metainfo.xml"

# Everything under a home, with each entry's type, mode and (for files) checksum.
fingerprint() {
  (cd "$1" && find . -printf '%y %m %p\n' | sort && find . -type f -print0 | sort -z |
    xargs -0 -r sha256sum)
}

say "a user's profile, before the install"
user_home="$work/user-home"
mkdir -p "$user_home"
echo "ci package phrase" | HOME="$user_home" QT_QPA_PLATFORM=offscreen \
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  timeout 300 "$bundle/companion" demo-data --years 1 --passphrase-stdin >/dev/null
[ -f "$user_home/.local/share/Companion/companion.db" ] || fail "no profile in the scratch home"
fingerprint "$user_home" >"$work/home-before"

say "install"
installed=1
install_deb() { HOME="$user_home" timeout 600 apt-get install -y -qq --no-install-recommends "$deb"; }
if ! install_deb >"$work/apt.log" 2>&1; then
  # a machine whose package lists were never fetched cannot resolve Depends yet
  timeout 300 apt-get update -qq
  install_deb >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install failed"; }
fi
dpkg -L companion >"$work/installed"
dpkg --verify companion || fail "installed files differ from the package's checksums"
[ "$(readlink /usr/bin/companion)" = /opt/companion/companion ] || fail "/usr/bin/companion"
for path in "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    /usr/share/doc/companion/copyright /usr/share/doc/companion/changelog.gz; do
  [ -f "$path" ] || fail "$path is missing"
done
for n in 16 24 32 48 64 128 256; do
  [ -f "/usr/share/icons/hicolor/${n}x${n}/apps/$app_id.png" ] || fail "no ${n}x${n} icon"
done
[ ! -e /opt/companion/companion-probe ] || fail "companion-probe was installed"
# programs and libraries: every library they link against is found (in the bundle or the system)
find /opt/companion -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 -r ldd 2>/dev/null | grep 'not found' | sort -u >"$work/missing" || true
[ ! -s "$work/missing" ] || { cat "$work/missing"; fail "libraries not found"; }

say "run the installed app as an ordinary user"
app_home="$work/app-home"
mkdir -p "$app_home"
chown nobody:nogroup "$app_home"
as_user() {
  (cd "$app_home" && setpriv --reuid=nobody --regid=nogroup --clear-groups -- \
    env -i PATH=/usr/bin:/bin HOME="$app_home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent "$@")
}
[ "$(as_user sh -c 'command -v companion')" = /usr/bin/companion ] || fail "companion is not on PATH"
as_user timeout 120 companion self-test
echo "ci package phrase" | as_user timeout 300 companion demo-data --data-dir "$app_home/demo" \
  --years 1 --passphrase-stdin >/dev/null
exec_line="$(sed -n 's/^Exec=//p' "/usr/share/applications/$app_id.desktop")"
case "$exec_line" in *%*) fail "the desktop entry's Exec has field codes: $exec_line" ;; esac
# shellcheck disable=SC2086 # the Exec line is split into words, as a desktop would
echo "ci package phrase" | as_user timeout 120 $exec_line --data-dir "$app_home/demo" \
  --exit-when-ready --passphrase-stdin

say "remove"
HOME="$user_home" timeout 300 apt-get remove --purge -y -qq companion >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get remove failed"; }
if dpkg -s companion >/dev/null 2>&1; then fail "companion is still known to dpkg"; fi
[ ! -e /opt/companion ] || fail "/opt/companion is still there"
[ ! -e /usr/bin/companion ] && [ ! -L /usr/bin/companion ] || fail "/usr/bin/companion is still there"
while IFS= read -r path; do
  if [ -e "$path" ] || [ -L "$path" ]; then
    [ -d "$path" ] && [ ! -L "$path" ] || fail "$path is still there after the removal"
  fi
done <"$work/installed"
fingerprint "$user_home" >"$work/home-after"
diff -u "$work/home-before" "$work/home-after" || fail "the user's home changed"
say "the package installed, ran and was removed; the user's profile is as it was"
