#!/usr/bin/env python3
"""The complexity check (issue 19): clang-tidy's readability-function-cognitive-complexity over
every app/ source in compile_commands.json, threshold 25.

A function above the threshold fails the check unless complexity-baseline.txt lists it, and a
listed one fails when its score grows: the list is a ratchet that may only shrink. A listed
function that is now at or under the threshold (or gone) is reported so that its line can be
removed (--update rewrites the list from the current scores, never adding new functions unless
--accept-new is given as well).

usage: check_complexity.py BUILD_DIR SOURCE_DIR [--update] [--accept-new] [--jobs N]
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

THRESHOLD = 25
CHECK = "readability-function-cognitive-complexity"
WARNING = re.compile(
    r"^(?P<file>[^:\n]+):\d+:\d+: warning: function '(?P<name>[^']+)' has cognitive complexity "
    r"of (?P<score>\d+) \(threshold \d+\) \[" + re.escape(CHECK) + r"\]", re.M)


def clang_tidy():
    for name in ("clang-tidy", "clang-tidy-14", "clang-tidy-15", "clang-tidy-16"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_one(tidy, build, source_root, path):
    config = ("{Checks: '-*,%s', CheckOptions: [{key: %s.Threshold, value: %d}, "
              "{key: %s.DescribeBasicIncrements, value: false}]}" % (CHECK, CHECK, THRESHOLD, CHECK))
    app = os.path.join(source_root, "app")
    result = subprocess.run(
        [tidy, "-p", build, "--quiet", "--config=" + config,
         "--header-filter=^" + re.escape(app) + "/.*", path],
        capture_output=True, text=True)
    return result.stdout


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    update = "--update" in sys.argv
    accept_new = "--accept-new" in sys.argv
    jobs = os.cpu_count() or 2
    if "--jobs" in sys.argv:
        jobs = int(sys.argv[sys.argv.index("--jobs") + 1])
        args = [a for a in args if a != str(jobs)]
    build, source_root = os.path.abspath(args[0]), os.path.abspath(args[1])
    baseline_path = os.path.join(source_root, "tests", "lint", "complexity-baseline.txt")
    tidy = clang_tidy()
    if not tidy:
        print("check_complexity: clang-tidy is not installed (Debian: apt-get install clang-tidy)")
        return 1
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        commands = json.load(f)
    app = os.path.join(source_root, "app") + os.sep
    sources = sorted({c["file"] for c in commands
                      if os.path.abspath(c["file"]).startswith(app) and "_autogen" not in c["file"]})

    found = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for out in pool.map(lambda p: run_one(tidy, build, source_root, p), sources):
            for m in WARNING.finditer(out):
                rel = os.path.relpath(os.path.abspath(m["file"]), source_root)
                found[(rel, m["name"])] = int(m["score"])

    baseline = {}
    if os.path.exists(baseline_path):
        with open(baseline_path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    score, rel, name = line.rstrip("\n").split("\t")
                    baseline[(rel, name)] = int(score)

    problems, notes = [], []
    for key, score in sorted(found.items()):
        if key not in baseline:
            problems.append(f"{key[0]}: {key[1]}: cognitive complexity {score} > {THRESHOLD} (new)")
        elif score > baseline[key]:
            problems.append(f"{key[0]}: {key[1]}: cognitive complexity {score}, was "
                            f"{baseline[key]} (grew)")
    for key, score in sorted(baseline.items()):
        if key not in found:
            notes.append(f"{key[0]}: {key[1]}: now at most {THRESHOLD} (was {score}): "
                         "remove its line")
        elif found[key] < score:
            notes.append(f"{key[0]}: {key[1]}: {found[key]}, was {score}: lower its line")

    if update:
        keep = {k: v for k, v in found.items() if k in baseline or accept_new}
        with open(baseline_path, "w", encoding="utf-8") as f:
            f.write("# Functions of app/ above cognitive complexity %d, with their score: a ratchet\n"
                    "# (tests/lint/check_complexity.py). Lines may only be removed or lowered.\n"
                    "# score<TAB>file<TAB>function\n" % THRESHOLD)
            for (rel, name), score in sorted(keep.items(), key=lambda kv: (-kv[1], kv[0])):
                f.write(f"{score}\t{rel}\t{name}\n")
        print(f"check_complexity: {baseline_path} rewritten ({len(keep)} functions)")
        return 0

    for n in notes:
        print("note: " + n)
    for p in problems:
        print(p)
    print(f"check_complexity: {len(sources)} sources, {len(found)} functions above {THRESHOLD}, "
          f"{len(baseline)} listed, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
