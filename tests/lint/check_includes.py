#!/usr/bin/env python3
"""The include check (issue 19): no include cycle between files, and no include against the
layer order. Run by ctest (lint_includes) on the sources; exits 1 with the offending includes.

Layers, lowest first; a unit (a .h/.cpp pair) may include its own layer and those it depends on:

    common   value types, error codes, the decode pool        (QtCore only)
    codes    the code table, its entries, data files, languages
    search   search query, index, synonyms, the code table's models
    decoder  reading a bounce: MIME, replies, recipients, matching
    report   the verdict, explanations, text and JSON reports
    input    the walk, the read policy, the batch, the Decode view's job
    mailbox  the mailbox view's engine: job, model, summary, exports
    cli      console commands (nothing includes them but main.cpp)
    ui       widgets (never cli)
    app      main.cpp

A unit's layer is its folder under app/core/ (or app/cli, app/ui) when that folder is a layer
name; units of the older flat folders are placed by LAYER_OF below. EXCEPTIONS lists the
includes that still go the wrong way, each with its reason: the check fails on any other, and
on an exception that is no longer needed (so the list only shrinks).
"""
import os
import re
import sys

DEPENDS = {
    "common": set(),
    "codes": {"common"},
    "search": {"codes", "common"},
    "decoder": {"codes", "common"},
    "report": {"decoder", "codes", "common"},
    "input": {"report", "decoder", "codes", "common"},
    "mailbox": {"input", "report", "decoder", "codes", "common"},
    "cli": {"mailbox", "input", "report", "decoder", "search", "codes", "common"},
    "ui": {"mailbox", "input", "report", "decoder", "search", "codes", "common"},
    "app": {"cli", "common"},
}

# Units of the flat folders (app/core, app/core/bounce, app/core/mailbox), by file name.
LAYER_OF = {
    "parallel": "common", "errorcode": "common", "decodetypes": "common",
    "enhancedstatus": "common", "pattern": "common", "textfolding": "common",
    "chinesevariants": "common", "datafile": "common", "languages": "common",
    "plaintext": "common", "exitcode": "common", "safefile": "common", "limitnote": "common",
    "codeentry": "codes", "codetable": "codes", "codemeaning": "codes", "entryjson": "codes",
    "searchquery": "search", "synonyms": "search", "searchindex": "search",
    "codetablemodel": "search", "codefilterproxy": "search",
    "bouncedecoder": "decoder", "bouncepatterns": "decoder", "charsetdecoder": "decoder",
    "decoderesult": "decoder", "deliverystatus": "decoder", "entrymatcher": "decoder",
    "htmltext": "decoder", "libhandles": "decoder", "messagereader": "decoder",
    "reasonclassifier": "decoder", "recipientassembler": "decoder", "replyextractor": "decoder",
    "replylayouts": "decoder",
    "scoringweights": "decoder", "addresses": "decoder", "mimeprescan": "decoder",
    "senderidentity": "decoder", "readabletext": "decoder",
    "verdict": "report", "explanation": "report", "placeholders": "report",
    "decodereport": "report", "addressaction": "report",
    "senderreport": "report", "notetext": "report",
    "messagefiles": "input", "decodebatch": "input", "decodejob": "input",
    "mailboxjob": "mailbox", "mailboxmodel": "mailbox", "mailboxfilterproxy": "mailbox",
    "mailboxsummary": "mailbox", "mailboxexport": "mailbox", "mailboxmessage": "mailbox",
    "suppressionlist": "mailbox",
    "console": "cli", "consoleoutput": "cli", "lookupcommand": "cli", "decodecommand": "cli",
    "main": "app",
}

# (including unit, included unit): why it is still allowed. Shrinks with the layer split.
EXCEPTIONS = {}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(rel):
    parts = rel.split("/")
    unit = os.path.splitext(parts[-1])[0]
    for p in parts[1:-1]:
        if p in DEPENDS:
            return p
    if parts[1] == "ui" or (len(parts) > 2 and parts[-2] == "ui"):
        return "ui"
    return LAYER_OF.get(unit)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    app = os.path.join(root, "app")
    files = {}
    for dirpath, _, names in os.walk(app):
        for n in names:
            if n.endswith((".h", ".cpp")):
                full = os.path.join(dirpath, n)
                files[os.path.relpath(full, root)] = full
    by_name = {}
    for rel in files:
        by_name.setdefault(os.path.basename(rel), []).append(rel)
        by_name.setdefault(rel[len("app/"):], []).append(rel)

    problems = []
    unit_edges = {}
    used_exceptions = set()
    for rel, full in sorted(files.items()):
        unit = os.path.splitext(os.path.basename(rel))[0]
        layer = layer_of(rel)
        if layer is None:
            problems.append(f"{rel}: no layer (add it to LAYER_OF or move it into a layer folder)")
            continue
        with open(full, encoding="utf-8") as f:
            text = f.read()
        for inc in INCLUDE.findall(text):
            targets = by_name.get(inc) or by_name.get(os.path.basename(inc))
            if not targets:
                continue  # a generated file (moc, ui) or a system header in quotes
            target = targets[0]
            tunit = os.path.splitext(os.path.basename(target))[0]
            if tunit == unit:
                continue
            unit_edges.setdefault(unit, set()).add(tunit)
            tlayer = layer_of(target)
            if tlayer == layer or tlayer in DEPENDS[layer]:
                continue
            if (unit, tunit) in EXCEPTIONS:
                used_exceptions.add((unit, tunit))
                continue
            problems.append(f"{rel}: includes {inc} ({layer} -> {tlayer}): wrong way")

    # File-level cycles: Tarjan's strongly connected components over units.
    index, low, stack, on, sccs = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(unit_edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(unit_edges):
        if v not in index:
            strong(v)
    for comp in sccs:
        problems.append("include cycle between: " + ", ".join(comp))
    for stale in sorted(set(EXCEPTIONS) - used_exceptions):
        problems.append(f"exception no longer needed, remove it from EXCEPTIONS: {stale}")

    if problems:
        print("\n".join(problems))
        print(f"check_includes: {len(problems)} problem(s)")
        return 1
    print(f"check_includes: {len(files)} files, no cycle, no wrong-way include")
    return 0


if __name__ == "__main__":
    sys.exit(main())
