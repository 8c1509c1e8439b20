#!/bin/sh
# Starts the installed window on Qt's offscreen platform and checks, while it runs, that it
# has loaded the window module of its own install (MODULE_DIR), then ends it.
# Usage: run_window.sh EXECUTABLE MODULE_DIR
exe=$1
module_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings go to a throwaway place, never to the user's ~/.config.
XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$exe" 2>"$work/stderr" &
pid=$!
loaded=
for _ in $(seq 50); do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || break
    if grep -q "$module_dir/bouncelens_gui" "/proc/$pid/maps" 2>/dev/null \
        && grep -q "libQt6Widgets" "/proc/$pid/maps" 2>/dev/null; then
        loaded=yes
        sleep 1 # the window is up: let it run a moment
        break
    fi
done
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"
    echo "FAIL: the window exited at once with status $?:"
    cat "$work/stderr"
    exit 1
fi
kill "$pid"
wait "$pid"
cat "$work/stderr"
if [ -z "$loaded" ]; then
    echo "FAIL: $exe did not load $module_dir/bouncelens_gui"
    exit 1
fi
if [ ! -s "$work/config/BounceLens/bouncelens.conf" ]; then
    echo "FAIL: the window did not start (no settings written)"
    exit 1
fi
echo "OK: the window ran with $module_dir/bouncelens_gui"
