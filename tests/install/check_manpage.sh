#!/bin/sh
# The man page renders without a single warning, as groff and man(1) check it.
# Usage: check_manpage.sh BUILT_PAGE INSTALLED_PAGE_GZ
status=0
out=$(groff -ww -z -man -Tutf8 "$1" 2>&1) || status=1
[ -n "$out" ] && { printf 'groff -ww: %s\n' "$out"; status=1; }
if command -v man >/dev/null; then
    # man reads the installed, compressed page; its warnings (and groff's) go to stderr.
    out=$(MANWIDTH=80 man --warnings -l "$2" 2>&1 >/dev/null) || status=1
    [ -n "$out" ] && { printf 'man --warnings: %s\n' "$out"; status=1; }
    MANWIDTH=80 man -l "$2" 2>/dev/null | grep -q "bouncelens decode" || {
        echo "man -l $2 does not render the page"
        status=1
    }
fi
[ "$status" -eq 0 ] && echo "OK: $1"
exit "$status"
