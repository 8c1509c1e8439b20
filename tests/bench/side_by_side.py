#!/usr/bin/env python3
"""Issue 24's whole-process benchmarks, side by side in one run (README, Benchmarks).

    tests/bench/side_by_side.py --new build --base ../speed-base/build \\
        --set /tmp/speedset --mbox /tmp/bench/bounces-50mb.mbox --runs 5

--set is what tests/bench/make_bounce_set.sh wrote (SET/set/ and SET/list.txt); --mbox the 50 MB
mbox of `bench_decoder --generate`. --base is optional (a build of an older commit, with the same
floor_* programs). Each round runs every command once, in turn, so that a change in the machine's
load weighs on all of them alike; the table gives, per command, the median wall-clock time, the
median CPU time (user + system, which other processes on the machine inflate much less) and the
largest peak resident memory. Perl Sisimai (Debian libsisimai-perl) is run when installed.
Window rows run on Qt's offscreen platform with BOUNCELENS_EXIT_AT_FIRST_PAINT=1 (start to first
paint; resident memory at that point, from the program itself).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

PERL_DIR = "use Sisimai; print Sisimai->dump($ARGV[0]);"
PERL_LIST = "use Sisimai; print Sisimai->dump($_) for @ARGV;"


def run(cmd, env=None):
    """Wall seconds, CPU seconds (user + sys), peak RSS in KiB, stderr text."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"side_by_side: {' '.join(cmd[:3])}... exited {proc.returncode}: {err[-300:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, err


def commands(a):
    files = open(os.path.join(a.set, "list.txt")).read().split()
    setdir = os.path.join(a.set, "set")
    one = files[0]
    builds = [("new", a.new)] + ([("base", a.base)] if a.base else [])
    gui = dict(os.environ, QT_QPA_PLATFORM="offscreen", BOUNCELENS_EXIT_AT_FIRST_PAINT="1")
    rows = []  # (group, label, argv, env)
    for name, b in builds:
        exe = os.path.join(b, "app", "bouncelens")
        rows += [
            ("set", f"{name}: decode --json --jobs 1 DIR", [exe, "decode", "--json", "--jobs", "1", setdir], None),
            ("set", f"{name}: decode --json DIR (default jobs)", [exe, "decode", "--json", setdir], None),
            ("set", f"{name}: decode --json --jobs 1 FILES", [exe, "decode", "--json", "--jobs", "1"] + files, None),
            ("set", f"{name}: decode --json FILES (default jobs)", [exe, "decode", "--json"] + files, None),
            ("small", f"{name}: lookup 550 5.1.1", [exe, "lookup", "550", "5.1.1"], None),
            ("small", f"{name}: lookup quota", [exe, "lookup", "quota"], None),
            ("small", f"{name}: decode one small bounce", [exe, "decode", one], None),
            ("window", f"{name}: window start to first paint", [exe], gui),
        ]
        if a.mbox:
            rows += [
                ("mbox", f"{name}: 50 MB mbox decode --json", [exe, "decode", "--json", a.mbox], None),
                ("mbox", f"{name}: 50 MB mbox decode --format csv", [exe, "decode", "--format", "csv", a.mbox], None),
            ]
    tests = os.path.join(a.new, "tests")
    rows += [
        ("set", "GMime floor: parse each file (floor_gmime --messages)", [os.path.join(tests, "floor_gmime"), "--messages"] + files, None),
        ("small", "floor_qt (Qt Core start)", [os.path.join(tests, "floor_qt")], None),
        ("window", "floor_window (minimal Qt window)", [os.path.join(tests, "floor_window")], gui),
    ]
    if shutil.which("perl") and subprocess.run(["perl", "-MSisimai", "-e", "1"], stderr=subprocess.DEVNULL).returncode == 0:
        rows += [
            ("set", "Perl Sisimai dump DIR", ["perl", "-e", PERL_DIR, setdir], None),
            ("set", "Perl Sisimai dump FILES", ["perl", "-e", PERL_LIST] + files, None),
        ]
        if a.mbox and a.perl_mbox:
            rows.append(("mbox", "Perl Sisimai dump 50 MB mbox", ["perl", "-e", PERL_DIR, a.mbox], None))
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--new", required=True)
    p.add_argument("--base")
    p.add_argument("--set", required=True)
    p.add_argument("--mbox")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--perl-mbox", action="store_true", help="also Perl Sisimai on the mbox (slow)")
    p.add_argument("--only", help="a regular expression: only the rows whose label matches")
    a = p.parse_args()
    rows = commands(a)
    if a.only:
        rows = [r for r in rows if re.search(a.only, r[1])]
    results = {r[1]: [] for r in rows}
    rss_seen = {r[1]: 0 for r in rows}
    for _ in range(a.runs):
        for group, label, argv, env in rows:
            wall, cpu, maxrss, err = run(argv, env)
            m = re.search(r"VmRSS\s+(\d+)", err)
            rss = int(m.group(1)) if m else maxrss
            results[label].append((wall, cpu))
            rss_seen[label] = max(rss_seen[label], rss)
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(f"runs: {a.runs} each, in turn; load average at the end: {' '.join(load)}")
    print("| group | command | wall (median) | CPU user+sys (median) | peak RSS |")
    print("|---|---|---|---|---|")
    for group, label, _, _ in rows:
        walls = [w for w, _ in results[label]]
        cpus = [c for _, c in results[label]]
        print(f"| {group} | {label} | {statistics.median(walls) * 1000:.1f} ms | "
              f"{statistics.median(cpus) * 1000:.1f} ms | {rss_seen[label] / 1024:.1f} MiB |")


if __name__ == "__main__":
    main()
