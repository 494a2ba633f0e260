#!/usr/bin/env bash
# Retakes the README's screenshots of the main window from the demo (outage-radar --demo): the real
# app under Xvfb, with a tray (trayer), polling the demo's story from its server on 127.0.0.1, so
# every cell shown went through the same fetch, parse and store code as in production. Each shot
# starts the story at a chosen second (--demo-start) in a fresh data directory, waits for the
# start-up balloon to go, clicks where a person would (xdotool) and saves the screen.
# Needs Xvfb, trayer, ImageMagick's import and xdotool. Usage: capture-demo.sh [BUILD_DIR=build/dev]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build/dev}" && pwd)
display=:96
work=$(mktemp -d)
cleanup() { kill "${trayer:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x860x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb
# No session bus: Qt uses trayer's XEmbed tray and draws its own balloons.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
trayer --edge top --align right --widthtype request --height 32 --SetDockType true --transparent false \
    --expand true >/dev/null 2>&1 &
trayer=$!
sleep 1

# shot NAME SECOND SETTINGS [X Y BUTTON]...: the demo from story second SECOND with SETTINGS as its
# settings file; after `wait` seconds (the start-up balloon gone), clicks where asked (button 1
# clicks, 5 scrolls down), then saves the screen as NAME.png. `language` picks the app's language.
shot() {
    local name=$1 second=$2 settings=$3
    shift 3
    local data="$work/$name"
    mkdir -p "$data"
    # A current settings file (a versionless one would be taken for an old user's, who needs no
    # demo watch list or past).
    printf '[meta]\nversion=1\n%s\n' "$settings" > "$data/outage-radar.ini"
    if [ -n "${language:-}" ]; then printf '[app]\nlanguage=%s\n' "$language" >> "$data/outage-radar.ini"; fi
    "$build/bin/outage-radar" --demo --demo-start "$second" --data-dir "$data" >/dev/null 2>&1 &
    local app=$!
    xdotool search --sync --name "Outage Radar" windowsize 1280 828 >/dev/null
    sleep "${wait:-12}"
    while [ $# -ge 3 ]; do
        xdotool mousemove "$1" "$2" click "$3"
        sleep 0.7
        shift 3
    done
    xdotool mousemove 1279 859
    sleep 0.5
    import -window root -crop 1280x860+0+0 "$here/$name.png"
    kill "$app"
    wait "$app" || true
}

# The story's worst moment: AWS us-east-1 failing, Google Cloud, GitHub, Cloudflare and Azure
# degraded, Atlassian not answering. The sources panel closed (its ✕) to give the grid room.
shot grid-regions 88 $'[grid]\ncolumns=regions' 1271 599 1
shot grid-geography 88 $'[grid]\ncolumns=geography' 1271 599 1
# The first open incident (AWS) clicked, its details scrolled to the updates.
shot incident-details 88 $'[grid]\ncolumns=regions' 1271 599 1 200 541 1 1020 650 5 1020 650 5
# The History tab: the past the demo brought, a bar clicked and its first incident opened.
shot history 88 $'[history]\nrange=quarter' 84 32 1 1271 599 1 1055 400 1 200 590 1
# The Notifications tab after the story's first events: sent, rolled up and held back.
wait=85 shot notifications 8 $'[grid]\ncolumns=regions' 167 32 1 1271 599 1
# The same moment in German and in Japanese, checked for cut-off labels.
language=de shot main-de 88 $'[grid]\ncolumns=regions' 1271 599 1
language=ja shot main-ja 88 $'[grid]\ncolumns=regions' 1271 599 1
echo "Screenshots written to $here"
