#!/usr/bin/env python3
"""The include check (issue 19): every project include is rooted at app/ and names its layer
("decoder/bouncedecoder.h"), no include goes against the layer order, and no two files include
each other, directly or round a cycle. Run by ctest (lint_includes) on the sources; exits 1
with the offending includes. `--self-test` runs the check on a small tree with one of each
mistake and fails unless all are found (ctest lint_includes_selftest).

Layers, lowest first; a file may include its own layer and those its layer depends on. A file's
layer is its folder under app/ (app/main.cpp is "app"). The build enforces the same order: each
layer's include root shows only its own folder (app/CMakeLists.txt).

    common   value types, error and exit codes, text folding, languages, the decode pool
    codes    the code table, its entries and meanings
    search   search query, index, synonyms, the code table's models
    decoder  reading a bounce: MIME, replies, recipients, matching
    report   the verdict, explanations, text and JSON reports
    input    the walk, the read policy, the batch, the Decode view's job
    mailbox  the mailbox view's engine: job, model, summary, exports
    cli      console commands (nothing includes them but main.cpp)
    ui       widgets (never cli)
    app      main.cpp
"""
import os
import re
import sys
import tempfile

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

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(rel):
    """app/decoder/x.cpp -> decoder; app/main.cpp -> app; None outside the layer folders."""
    parts = rel.split("/")
    if len(parts) == 2:
        return "app"
    return parts[1] if len(parts) == 3 and parts[1] in DEPENDS else None


def sources(root):
    files = {}
    for dirpath, _, names in os.walk(os.path.join(root, "app")):
        for n in names:
            if n.endswith((".h", ".cpp")):
                full = os.path.join(dirpath, n)
                files[os.path.relpath(full, root).replace(os.sep, "/")] = full
    return files


def cycles(edges):
    """Tarjan's strongly connected components of more than one file."""
    index, low, stack, on, found = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
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
                found.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            strong(v)
    return found


def check_include(rel, layer, inc, files, by_base):
    """The problem with one include of `rel`, or None. Adds nothing for system headers."""
    target = "app/" + inc
    if target not in files:
        if os.path.basename(inc) in by_base:
            return f"{rel}: includes \"{inc}\": name the layer, \"{by_base[os.path.basename(inc)]}\""
        return None  # a generated file (moc) or a header in quotes that is not ours
    tlayer = layer_of(target)
    if tlayer != layer and tlayer not in DEPENDS[layer]:
        return f"{rel}: includes \"{inc}\" ({layer} -> {tlayer}): against the layer order"
    return None


def check(root):
    files = sources(root)
    by_base = {os.path.basename(r): r[len("app/"):] for r in files}
    problems, edges = [], {}
    for rel, full in sorted(files.items()):
        layer = layer_of(rel)
        if layer is None:
            problems.append(f"{rel}: not in a layer folder (app/<layer>/)")
            continue
        with open(full, encoding="utf-8") as f:
            text = f.read()
        unit = os.path.splitext(rel)[0]
        for inc in INCLUDE.findall(text):
            problem = check_include(rel, layer, inc, files, by_base)
            if problem:
                problems.append(problem)
            elif "app/" + inc in files:
                tunit = os.path.splitext("app/" + inc)[0]
                if tunit != unit:
                    edges.setdefault(unit, set()).add(tunit)
    for comp in cycles(edges):
        problems.append("include cycle between: " + ", ".join(comp))
    return len(files), problems


def self_test():
    """One of each mistake in a small tree: the check must report all four, and pass the rest."""
    tree = {
        "app/common/a.h": '#pragma once\n',
        "app/codes/b.h": '#include "common/a.h"\n#include "decoder/c.h"\n',  # wrong way
        "app/decoder/c.h": '#include "codes/b.h"\n#include "a.h"\n',  # unrooted
        "app/decoder/d.h": '#include "decoder/e.h"\n',  # cycle d <-> e
        "app/decoder/e.h": '#include "decoder/d.h"\n',
        "app/ui/f.cpp": '#include "decoder/c.h"\n#include "f.moc"\n',  # fine
        "app/stray/g.h": '\n',  # not a layer
    }
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in tree.items():
            os.makedirs(os.path.dirname(os.path.join(tmp, rel)), exist_ok=True)
            with open(os.path.join(tmp, rel), "w", encoding="utf-8") as f:
                f.write(text)
        _, problems = check(tmp)
    expected = ["(codes -> decoder)", 'name the layer, "common/a.h"', "cycle between: app/decoder/d, app/decoder/e",
                "app/stray/g.h: not in a layer folder"]
    missing = [e for e in expected if not any(e in p for p in problems)]
    extra = [p for p in problems if not any(e in p for e in expected)]
    if missing or extra:
        print("self-test failed; missing:", missing, "unexpected:", extra)
        return 1
    print(f"check_includes self-test: {len(expected)} mistakes found, nothing else")
    return 0


def main():
    if "--self-test" in sys.argv:
        return self_test()
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    count, problems = check(root)
    if problems:
        print("\n".join(problems))
        print(f"check_includes: {len(problems)} problem(s)")
        return 1
    print(f"check_includes: {count} files, no cycle, no include against the layer order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
