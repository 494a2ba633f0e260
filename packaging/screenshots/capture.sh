#!/usr/bin/env bash
# Retakes the README's screenshots of the offline state, the tray icon's states and the tray menu:
# the real app under Xvfb with trayer as its tray, polling the real captures in ../shared/feeds/real
# served from 127.0.0.1 (and the project's fixtures), so every status shown was parsed by the same
# code as in production. The main window's other shots come from the demo (capture-demo.sh).
# Needs Xvfb, ImageMagick's import, xdotool and python3. Usage: capture.sh [BUILD_DIR=build/dev]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build/dev}" && pwd)
captures=$(cd "$root/../shared/feeds/real" && pwd)
port=8765
display=:97
work=$(mktemp -d)
cleanup() { kill "${server:-}" "${trayer:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$captures" && exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
Xvfb "$display" -screen 0 1280x860x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb
# A tray, as on a desktop (trayer: an XEmbed strip at the top right); without one the app says so
# in a banner. No session bus: Qt uses the XEmbed tray.
DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent trayer --edge top --align right --widthtype request \
    --height 32 --SetDockType true --transparent false --expand true >/dev/null 2>&1 &
trayer=$!
sleep 1
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
url="http://127.0.0.1:$port"
sources=(--source "$url/aws/currentevents-live-capture.utf16be.bin" --source "$url/gcp/incidents-live-capture.json"
         --source "$url/other/statusio-gitlab-live-capture.json" --source "$url/other/firehydrant-redis-live-capture.json"
         --source "$url/slack/slack-current-live-capture.json")

# shot NAME SETTINGS [X Y BUTTON]...: launches the app with SETTINGS as its settings file, clicks
# where asked (button 1 clicks, 5 scrolls down), and saves the window as NAME.png.
shot() {
    local name=$1 settings=$2
    shift 2
    local data="$work/$name"
    mkdir -p "$data"
    printf '%s\n' "$settings" > "$data/outage-radar.ini"
    "$build/bin/outage-radar" --data-dir "$data" "${sources[@]}" >/dev/null 2>&1 &
    local app=$!
    sleep 4
    xdotool search --sync --name "Outage Radar" windowsize 1280 860 >/dev/null
    sleep 1
    while [ $# -ge 3 ]; do
        xdotool mousemove "$1" "$2" click "$3"
        sleep 0.5
        shift 3
    done
    if [ -n "${keys:-}" ]; then
        xdotool mousemove 640 430 key $keys
        sleep 0.5
    fi
    xdotool mousemove 1279 859
    sleep "${delay:-0.5}"
    import -window root -crop 1280x860+0+0 "$here/$name.png"
    kill "$app"
    wait "$app" || true
}

# (The main window's shots of the grid, an incident, the history and the notification log come
# from the demo: capture-demo.sh.)
# No network: every source on a closed port of two hosts' worth of origins.
sources_before=("${sources[@]}")
sources=(--source "http://127.0.0.1:9/api/v2/summary.json" --source "http://127.0.0.1:1/incidents.json"
         --kind statuspage)
shot offline 'columns=regions'
sources=("${sources_before[@]}")

# tray NAME SETTINGS SOURCE...: the tray icon as trayer shows it, the window hidden (--minimized);
# trayer's strip, three times enlarged so its pixels show.
fixtures="$root/tests/data/statuspage"
tray() {
    local name=$1 settings=$2
    shift 2
    local data="$work/tray-$name"
    mkdir -p "$data"
    printf '%s\n' "$settings" > "$data/outage-radar.ini"
    local args=()
    for source in "$@"; do args+=(--source "$source"); done
    "$build/bin/outage-radar" --data-dir "$data" --minimized "${args[@]}" >/dev/null 2>&1 &
    local app=$!
    sleep "${wait:-5}"
    eval "$(xdotool search --onlyvisible --classname '^panel$' getwindowgeometry --shell | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" "$work/tray-$name.png"
    convert "$work/tray-$name.png" -filter point -resize 300% "$work/tray-$name-big.png"
    kill "$app"
    wait "$app" || true
}
paused_until=$(date -u -d '+1 day' '+%Y-%m-%dT%H:%M:%SZ')
tray operational '' "file://$fixtures/all-operational.json"
# (after the balloon of the start-up summary has gone)
wait=12 tray degraded '' "file://$fixtures/degraded.json"
wait=12 tray major '' "file://$fixtures/major-outage.json"
tray paused "[notifications]"$'\n'"pausedUntil=$paused_until" "file://$fixtures/major-outage.json"
tray stale '' "http://127.0.0.1:$port/no-such-feed.json"
# Offline: every source refuses connections (one failing source is that source's problem).
wait=12 tray offline '' "http://127.0.0.1:9/api/v2/summary.json" "http://127.0.0.1:1/incidents.json"
montage -label Operational "$work/tray-operational-big.png" -label 'Degraded, 1 problem' "$work/tray-degraded-big.png" \
    -label 'Major, 2 problems' "$work/tray-major-big.png" -label 'Paused' "$work/tray-paused-big.png" \
    -label 'Stale data' "$work/tray-stale-big.png" -label Offline "$work/tray-offline-big.png" \
    -tile 6x1 -geometry +36+8 -font DejaVu-Sans -pointsize 13 "$here/tray-states.png"
# The tray menu, opened with a right click on the icon, its Problems submenu opened with the keys.
data="$work/tray-menu"
mkdir -p "$data"
"$build/bin/outage-radar" --data-dir "$data" --minimized "${sources[@]}" >/dev/null 2>&1 &
app=$!
sleep 13 # after the start-up summary's balloon, which sits on the icon, has gone
eval "$(xdotool search --onlyvisible --classname '^panel$' getwindowgeometry --shell | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
xdotool mousemove $((X + WIDTH - 16)) $((Y + 16)) click 3
sleep 1
xdotool key Down Down Down Down Right
sleep 1
import -window root -crop 760x520+520+0 "$here/tray-menu.png"
kill "$app"
wait "$app" || true
echo "Screenshots written to $here"
