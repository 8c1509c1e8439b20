#!/usr/bin/env python3
"""Scores BounceLens and Sisimai on a set of real bounces, the same way, in the same run.

Usage: tests/bench/score_accuracy.py BOUNCELENS SET_DIR [SET_DIR ...] [--no-sisimai] [--misses]

SET_DIR holds emails/*.eml and expected.tsv (../shared/bounces or ../shared/bounces/wide). The
rule is the one of ../shared/bounces/README.md: a row counts when it has a reply code or a real
enhanced status (a status whose last part is below 900); it is matched when some recipient found
in that file has the same reply code (when the row has one) and the same status (when the row's
status is real). Both expected.tsv layouts are read (reply_code or replycode column).

Sisimai 4.25 is Debian's libsisimai-perl, run once over all files of a set.
"""
import json
import os
import subprocess
import sys


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\r\n") for l in f if l.strip()]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def real_status(s):
    parts = s.split(".")
    return len(parts) == 3 and all(p.isdigit() for p in parts) and int(parts[2]) < 900


def bouncelens_results(binary, emails):
    """file name -> list of (reply code string, status)"""
    out = subprocess.run([binary, "decode", "--json", emails], capture_output=True, text=True)
    found = {}
    for line in out.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        o = json.loads(line)
        name = os.path.basename(o.get("file") or "").split("#")[0]
        recs = found.setdefault(name, [])
        for r in o.get("recipients") or []:
            code = r.get("reply_code")
            recs.append(("" if code is None else str(code), r.get("status") or ""))
    return found


SISIMAI = r"""
use Sisimai; use JSON::PP;
for my $f (@ARGV) {
  my $d = eval { Sisimai->dump($f) } // '[]';
  my $a = eval { decode_json($d) } // [];
  print $f, "\t", join("\t", map { ($_->{replycode} // '') . '|' . ($_->{deliverystatus} // '') } @$a), "\n";
}
"""


def sisimai_results(emails):
    files = sorted(os.path.join(emails, f) for f in os.listdir(emails))
    out = subprocess.run(["perl", "-e", SISIMAI] + files, capture_output=True, text=True)
    found = {}
    for line in out.stdout.splitlines():
        cells = line.split("\t")
        recs = found.setdefault(os.path.basename(cells[0]), [])
        for c in cells[1:]:
            code, _, status = c.partition("|")
            recs.append((code, status))
    return found


def score(rows, found, misses=None):
    counted = matched = 0
    for row in rows:
        code = row.get("reply_code", row.get("replycode", "")).strip()
        status = row.get("status", "").strip()
        real = real_status(status)
        if not code and not real:
            continue
        counted += 1
        ok = any((not code or c == code) and (not real or s == status)
                 for c, s in found.get(row["file"], []))
        matched += ok
        if not ok and misses is not None:
            misses.append(f'{row["file"]}: expected {code or "-"} {status or "-"}, got '
                          + ", ".join(f"{c or '-'} {s or '-'}" for c, s in found.get(row["file"], [])))
    return matched, counted


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    with_sisimai = "--no-sisimai" not in sys.argv
    show = "--misses" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    binary = args[0]
    for d in args[1:]:
        rows = read_tsv(os.path.join(d, "expected.tsv"))
        emails = os.path.join(d, "emails")
        misses = []
        m, n = score(rows, bouncelens_results(binary, emails), misses)
        line = f"{d}: BounceLens {m}/{n} ({100.0 * m / n:.1f}%)"
        if with_sisimai:
            sm, sn = score(rows, sisimai_results(emails))
            line += f"; Sisimai {sm}/{sn} ({100.0 * sm / sn:.1f}%)"
        print(line)
        if show:
            for x in misses:
                print("  MISS", x)


if __name__ == "__main__":
    main()
