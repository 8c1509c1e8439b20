#!/bin/sh
# window_peak.sh BOUNCELENS INPUT [SECONDS]: opens INPUT (a file, folder or mbox) in the window
# (offscreen), samples the process's peak memory (VmHWM) until SECONDS have passed (default 20),
# prints it, and stops the window by its PID. README, Limits and robustness.
bin=$1 input=$2 seconds=${3:-20}
QT_QPA_PLATFORM=offscreen "$bin" "$input" >/dev/null 2>&1 &
pid=$!
i=0
peak=0
while [ $i -lt $((seconds * 2)) ] && kill -0 $pid 2>/dev/null; do
    sleep 0.5
    hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null)
    [ -n "$hwm" ] && peak=$hwm
    i=$((i + 1))
done
kill $pid 2>/dev/null
wait $pid 2>/dev/null
echo "$input: peak $peak KB"
