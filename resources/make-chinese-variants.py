#!/usr/bin/env python3
"""Regenerates resources/chinese-variants.json, the Traditional -> Simplified table that search
folds text with (app/common/chinesevariants.h). Run it after adding Chinese text to the code data
or the synonyms:  python3 resources/make-chinese-variants.py   (needs the Debian package opencc;
the app itself only reads the JSON).

The table holds every character of the CJK Unified Ideographs block (U+4E00..U+9FFF) that OpenCC's
character conversion (tw2s) changes, so that whatever a user types in Traditional characters folds
like the data, not only the characters the data happens to contain (issue 26: a colloquial query
such as "fa tai duo xin bei dang" uses characters no entry has). The data's own characters and the
Traditional forms (s2twp, s2t) of its Simplified ones are added as before; characters written in
Simplified text of the data stay as they are. Measured (README, Search): the whole table loads in
about a millisecond, where OpenCC at run time costs 10-20 ms to load its dictionaries."""
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def convert(chars, config):
    # One character per line: OpenCC's character table, not its phrase table.
    out = subprocess.run(["opencc", "-c", config], input="\n".join(chars) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return out.split("\n")[: len(chars)]


# Variant forms that both occur in Simplified text: the code data writes "帐号", people type "账号".
EXTRA = {"账": "帐", "賬": "帐"}


def simplified_strings(value):
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "zh_CN" and isinstance(v, str):
                yield v
            else:
                yield from simplified_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from simplified_strings(v)


files = sorted(glob.glob(os.path.join(HERE, "codes", "*.json")))
files.append(os.path.join(HERE, "synonyms.json"))
chars = set()
simplified = set()  # characters of Simplified text stay as they are
for path in files:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for s in strings(data):
        chars.update(c for c in s if is_han(c))
    for s in simplified_strings(data):
        simplified.update(c for c in s if is_han(c))
chars = sorted(chars)
candidates = set(chars) | {chr(o) for o in range(0x4E00, 0xA000)}
for config in ("s2t.json", "s2twp.json"):
    for t in convert(chars, config):
        if len(t) == 1 and is_han(t):
            candidates.add(t)
candidates = sorted(candidates)
table = {}
for t, s in zip(candidates, convert(candidates, "tw2s.json")):
    if len(s) == 1 and is_han(s) and s != t and t not in simplified:
        table[t] = s
table.update(EXTRA)
# No chains: fold each value to its end.
for t in list(table):
    while table[t] in table and table[table[t]] != t:
        table[t] = table[table[t]]
    if table[t] == t:
        del table[t]

doc = {
    "format": "bouncelens-chinese-variants",
    "version": 1,
    "generated_by": "resources/make-chinese-variants.py (OpenCC tw2s, s2t, s2twp)",
    "traditional_to_simplified": dict(sorted(table.items())),
}
with open(os.path.join(HERE, "chinese-variants.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=0)
    f.write("\n")
print(f"{len(table)} pairs from {len(chars)} characters")
