#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux packages from a configured and built tree, then installs the DEB on this machine
# the way a user would (apt resolves its dependencies), checks the installed app, and removes it.
# CI runs it (.ci/run); it needs root or sudo, and changes nothing else on the machine.
#
# Usage: packaging/linux/install-test.sh [BUILD_DIR]   (default: build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build=${1:-build/dev}

run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-test: needs root or sudo to install the package" >&2; exit 1; }
    run_as_root=(sudo)
fi
fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}

echo "== packages (cpack: DEB, RPM, TGZ; NSIS when makensis is here)"
(cd "$build" && cpack -G "DEB;RPM;TGZ" >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack"; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb=$(ls "$build"/outage-radar_"$version"_*.deb)
rpm=$(ls "$build"/outage-radar-"$version"-*.rpm)
tgz=$(ls "$build"/outage-radar-"$version"-Linux.tar.gz)
echo "$deb"; echo "$rpm"; echo "$tgz"
dpkg-deb --field "$deb" Depends | grep -q 'libqt6core6' || fail "the DEB declares no Qt dependency"
if command -v rpm >/dev/null; then
    rpm -qp --requires "$rpm" 2>/dev/null | grep -q 'libQt6Core' || fail "the RPM declares no Qt dependency"
fi
tar -tzf "$tgz" | grep -q '/bin/outage-radar$' || fail "the TGZ has no bin/outage-radar"

# No Qt for Windows here, but makensis can still compile the installer script CPack writes from
# packaging/CMakeLists.txt (around this Linux binary): it catches a broken NSIS configuration.
if command -v makensis >/dev/null; then
    (cd "$build" && cpack -G NSIS >cpack-nsis.log 2>&1) || { cat "$build/cpack-nsis.log" >&2; fail "cpack -G NSIS"; }
    exe=$(ls "$build"/outage-radar-"$version"-*.exe)
    [ "$(head -c 2 "$exe")" = MZ ] || fail "$exe is not a Windows executable"
    echo "$exe (NSIS configuration exercised)"
fi

if dpkg-query -W -f='${db:Status-Status}' outage-radar 2>/dev/null | grep -qx installed; then
    fail "outage-radar is already installed here; remove it first (this test removes what it installs)"
fi
scratch=$(mktemp -d)
cleanup() {
    "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq outage-radar >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT

echo "== install the DEB"
"${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log" >&2; fail "apt-get install"; }
[ "$(command -v outage-radar)" = /usr/bin/outage-radar ] || fail "outage-radar is not /usr/bin/outage-radar"
for file in /usr/share/applications/outage-radar.desktop \
            /usr/share/metainfo/invalid.outage_radar.OutageRadar.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/outage-radar.svg \
            /usr/share/icons/hicolor/48x48/apps/outage-radar.png \
            /usr/share/icons/hicolor/256x256/apps/outage-radar.png; do
    [ -f "$file" ] || fail "the package did not install $file"
done
desktop-file-validate /usr/share/applications/outage-radar.desktop || fail "desktop-file-validate"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/invalid.outage_radar.OutageRadar.metainfo.xml \
        || fail "appstreamcli validate"
fi

echo "== the installed app: --version"
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
mkdir -p "$HOME"
/usr/bin/outage-radar --version | tee "$scratch/version.txt"
grep -q "$version" "$scratch/version.txt" || fail "--version does not say $version"

echo "== the installed app: --once on a file:// fixture"
fixture="file://$root/tests/data/statuspage/degraded.json"
status=0
/usr/bin/outage-radar --once --format json --data-dir "$scratch/once" --source "$fixture" >"$scratch/once.json" || status=$?
# degraded.json has a degraded component: exit 1 (ARCHITECTURE §4), and JSON naming its cells.
[ "$status" -eq 1 ] || { cat "$scratch/once.json" >&2; fail "--once exited $status, expected 1 (degraded)"; }
grep -q '"status": "degraded"' "$scratch/once.json" || fail "--once printed no degraded cell"

echo "== the installed app: launched under Xvfb"
# A few seconds on a virtual display, polling the same fixture: it must start, show its window and
# still be running; then it must quit cleanly on SIGTERM.
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    /usr/bin/outage-radar --data-dir "$1/gui" --source "$2" >"$1/gui.log" 2>&1 &
    app=$!
    for _ in $(seq 1 50); do
        xdotool search --name "Outage Radar" >/dev/null 2>&1 && break
        sleep 0.2
    done
    xdotool search --name "Outage Radar" >/dev/null 2>&1 || { echo "no window appeared" >&2; kill $app; exit 1; }
    sleep 3
    kill -0 $app || { echo "the app did not keep running" >&2; exit 1; }
    kill -TERM $app
    wait $app
' _ "$scratch" "$fixture" || { cat "$scratch/gui.log" >&2; fail "the installed app under Xvfb"; }
echo "the window appeared, the app ran and quit cleanly"

echo "== remove the package"
"${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq outage-radar >/dev/null
[ ! -e /usr/bin/outage-radar ] || fail "/usr/bin/outage-radar is still there after removal"
[ ! -e /usr/share/applications/outage-radar.desktop ] || fail "the .desktop file is still there after removal"
echo "install-test: passed"
