#!/usr/bin/env python3
"""How many sender families of a bounce set the project's own reply-layout fixtures cover.

Usage: tests/bench/family_coverage.py [SET_DIR] [--index FILE] [--quiet]

SET_DIR holds emails/*.eml named by family the way Sisimai's sample set is (lhost-postfix-01.eml,
rhost-google-03.eml, rfc3464-12.eml): the family is the name without its "-NN.eml" number. The
default is ../shared/bounces/wide. The fixtures declare their family in the "family" column of
tests/data/replies/index.tsv (written for the project, never copied from the set); a family is
covered when at least one fixture of that layout exists.

Prints each family with its number of samples and fixtures, then the totals: families covered,
and samples whose family is covered.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
FAMILY = re.compile(r"^(?P<family>.+?)-\d+\.eml$")


def set_families(set_dir):
    emails = os.path.join(set_dir, "emails")
    counts = collections.Counter()
    for name in os.listdir(emails):
        m = FAMILY.match(name)
        if m:
            counts[m.group("family")] += 1
    return counts


def fixture_files(index):
    """family -> distinct fixture files"""
    seen = collections.defaultdict(set)
    header = None
    with open(index, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if row.get("family"):
                seen[row["family"]].add(row["file"])
    return seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?",
                        default=os.path.join(SOURCE, "..", "shared", "bounces", "wide"))
    parser.add_argument("--index", default=os.path.join(SOURCE, "tests", "data", "replies",
                                                        "index.tsv"))
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.set_dir, "emails")):
        print(f"no {args.set_dir}/emails: nothing to measure", file=sys.stderr)
        return 0
    families = set_families(args.set_dir)
    fixtures = fixture_files(args.index)
    covered = [f for f in families if fixtures.get(f)]
    if not args.quiet:
        width = max(len(f) for f in families)
        for family, n in sorted(families.items(), key=lambda kv: (-kv[1], kv[0])):
            mark = "covered" if family in covered else "-"
            print(f"{family:<{width}}  {n:3d} samples  {len(fixtures.get(family, ())):2d} "
                  f"fixtures  {mark}")
        unknown = sorted(set(fixtures) - set(families))
        if unknown:
            print("fixture families not in the set: " + ", ".join(unknown))
    samples = sum(families[f] for f in covered)
    total = sum(families.values())
    print(f"families covered: {len(covered)}/{len(families)}; samples in covered families: "
          f"{samples}/{total} ({100.0 * samples / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
