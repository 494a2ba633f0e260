#!/usr/bin/env bash
# Retakes the README's screenshots of the first-run welcome, every settings page and the "add a
# source" dialog: the real app under Xvfb, its configured sources polling the real captures in
# ../shared/feeds/real from 127.0.0.1 (so the Sources page shows live health), and a loopback copy
# of a Statuspage page (the project's own fixture) pasted into the add dialog, as a person would.
# With a LANGUAGE (de, ja, …) it takes the translated main window and settings pages instead, named
# *-LANGUAGE.png, to check the translation's labels for truncation.
# Needs Xvfb, ImageMagick's import, xdotool and python3.
# Usage: capture-settings.sh [BUILD_DIR=build/dev] [LANGUAGE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build/dev}" && pwd)
language=${2:-}
captures=$(cd "$root/../shared/feeds/real" && pwd)
port=8766
page_port=8767
display=:96
work=$(mktemp -d)
cleanup() { kill "${app:-}" "${server:-}" "${page:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$captures" && exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
# A status page's root, as pasting https://www.githubstatus.com reaches it: only its feed is served.
mkdir -p "$work/page/api/v2"
cp "$root/tests/data/sourceprobe/statuspage-summary.json" "$work/page/api/v2/summary.json"
(cd "$work/page" && exec /usr/bin/python3 -m http.server "$page_port" --bind 127.0.0.1 >/dev/null 2>&1) &
page=$!
for p in $port $page_port; do
    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && break; sleep 0.1; done
done
Xvfb "$display" -screen 0 1280x860x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
url="http://127.0.0.1:$port"

# The configured sources, as the Sources page saves them; a newcomer's file (welcomeDone unset).
settings() {
    cat <<INI
[meta]
version=1
sourcesConfigured=true
[app]
welcomeDone=$1
language=$language
[sources]
size=4
1\\id=aws
1\\name=AWS
1\\url=$url/aws/currentevents-live-capture.utf16be.bin
1\\kind=aws
2\\id=gcp
2\\name=Google Cloud
2\\url=$url/gcp/incidents-live-capture.json
2\\kind=gcp
3\\id=gitlab
3\\name=GitLab
3\\url=$url/other/statusio-gitlab-live-capture.json
3\\kind=statusio
4\\id=slack
4\\name=Slack
4\\url=$url/slack/slack-current-live-capture.json
4\\kind=slack
4\\interval=120
INI
}

launch() {
    local data="$work/$1"
    mkdir -p "$data"
    settings "$2" > "$data/outage-radar.ini"
    "$build/bin/outage-radar" --data-dir "$data" >/dev/null 2>&1 &
    app=$!
    sleep 4
    xdotool search --sync --name "^Outage Radar" windowsize 1280 860 >/dev/null
    sleep 1
}

quit() {
    kill "$app"
    wait "$app" || true
}

# window TITLE NAME: saves the window titled TITLE (exactly) as NAME.png.
window() {
    local id
    id=$(timeout 10 xdotool search --sync --name "^$1\$" | head -1)
    [ -n "$id" ] || { echo "no window titled \"$1\"" >&2; exit 1; }
    sleep 0.5
    import -window "$id" "$here/$2.png"
}

# Without a window manager nothing gives a window the keyboard: focus it, then type.
keys() {
    xdotool windowfocus "$(xdotool search --name "^Outage Radar" | head -1)"
    sleep 0.3
    xdotool key "$@"
}

if [ -n "$language" ]; then
    # Titles are translated: the main window is the first of the app's windows, a dialog the next.
    launch "main-$language" true
    # (The main window in each language comes from the demo: capture-demo.sh.)
    main=$(xdotool search --name "Outage Radar" | head -1)
    keys ctrl+comma
    sleep 1.5
    dialog=$(xdotool search --name "." | grep -vx "$main" | while read -r id; do
        [ "$(xdotool getwindowpid "$id" 2>/dev/null)" = "$app" ] && echo "$id"; done | tail -1)
    [ -n "$dialog" ] || { echo "the settings dialog did not open" >&2; exit 1; }
    import -window "$dialog" "$here/settings-general-$language.png"
    xdotool key Down Down
    sleep 1
    import -window "$dialog" "$here/settings-notifications-$language.png"
    quit
    echo "Screenshots in $language written to $here"
    exit 0
fi

launch welcome false
window "Welcome to Outage Radar" welcome
quit

launch settings true
keys ctrl+comma
sleep 1.5
window "Outage Radar Settings" settings-general
# The page list has the focus: Down walks the pages.
for page in sources notifications network data; do
    xdotool key Down
    sleep 1
    window "Outage Radar Settings" "settings-$page"
done
# Back on Sources, "Add by URL…", the page's root pasted and looked up.
xdotool key Up Up Up
sleep 0.5
xdotool key alt+a
sleep 1
xdotool type --delay 20 "http://127.0.0.1:$page_port"
xdotool key Return
sleep 3
window "Add a source" add-source
quit
echo "Screenshots written to $here"
