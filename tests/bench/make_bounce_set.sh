#!/bin/sh
# make_bounce_set.sh SHARED OUT [COPIES] [DISTINCT]: the whole-run benchmark set of issue 24
# (README, Benchmarks): DISTINCT real bounces (default 146) repeated COPIES times (default 20:
# 2,920 files), written as
#   OUT/set/NN-NAME.eml   one directory (what `bouncelens decode DIR` reads), and
#   OUT/list.txt          the same files, one path a line (for `decode $(cat OUT/list.txt)`).
#
# The bounces: SHARED/bounces/emails (68, all distinct) first, then distinct messages (by content;
# wide/ holds 4 byte-identical pairs) of SHARED/bounces/wide/emails taken at an even stride over
# their sorted names (so every sender family keeps its share) until DISTINCT are chosen.
# DISTINCT=all takes every distinct bounce of both folders (351 today). The shared files are
# read where they are and copied into OUT only (never into the project).
set -eu
shared=${1:?usage: make_bounce_set.sh SHARED OUT [COPIES] [DISTINCT]}
out=${2:?usage: make_bounce_set.sh SHARED OUT [COPIES] [DISTINCT]}
copies=${3:-20}
distinct=${4:-146}
base=$shared/bounces
[ -d "$base/emails" ] || { echo "make_bounce_set: no $base/emails" >&2; exit 1; }

rm -rf "$out/set" "$out/list.txt"
mkdir -p "$out/set"
chosen=$out/chosen.txt

# Distinct by content, first occurrence kept, names sorted within each folder.
{
    find "$base/emails" -maxdepth 1 -type f -name '*.eml' | LC_ALL=C sort
    [ -d "$base/wide/emails" ] && find "$base/wide/emails" -maxdepth 1 -type f -name '*.eml' | LC_ALL=C sort
} | while read -r f; do printf '%s %s\n' "$(md5sum <"$f" | cut -c1-32)" "$f"; done |
    awk '!seen[$1]++ { print $2 }' >"$out/distinct.txt"

total=$(wc -l <"$out/distinct.txt")
first=$(grep -c "^$base/emails/" "$out/distinct.txt" || true)
if [ "$distinct" = all ] || [ "$distinct" -ge "$total" ]; then
    cp "$out/distinct.txt" "$chosen"
elif [ "$distinct" -le "$first" ]; then
    head -n "$distinct" "$out/distinct.txt" >"$chosen"
else
    head -n "$first" "$out/distinct.txt" >"$chosen"
    tail -n +"$((first + 1))" "$out/distinct.txt" |
        awk -v want="$((distinct - first))" -v have="$((total - first))" \
            'BEGIN { step = have / want } { rows[NR - 1] = $0 }
             END { for (i = 0; i < want; ++i) print rows[int(i * step)] }' >>"$chosen"
fi

n=0
i=1
while [ $i -le "$copies" ]; do
    while read -r f; do
        dest=$(printf '%s/set/%02d-%s' "$out" "$i" "$(basename "$f")")
        cp "$f" "$dest"
        printf '%s\n' "$dest" >>"$out/list.txt"
        n=$((n + 1))
    done <"$chosen"
    i=$((i + 1))
done
echo "make_bounce_set: $(wc -l <"$chosen") distinct bounces x $copies = $n files in $out/set" \
    "($(du -sk "$out/set" | cut -f1) KB); list: $out/list.txt"
