#!/usr/bin/env python3
"""check-corpus.py DIR - independent check of a gen2 draw (file formats, values in cells, overlaps)."""
import csv, sys, os, re, collections
KINDS = {"NAME", "PHONE", "EMAIL", "ADDRESS", "PNR", "PLATE", "IP", "CARD", "HANDLE"}
d = sys.argv[1]
err = []
def rd(name):
    with open(os.path.join(d, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
raw = open(os.path.join(d, "input.csv"), "rb").read()
raw.decode("utf-8")
inp = rd("input.csv"); gold = rd("gold.csv"); keep = rd("keep.csv")
if list(inp[0].keys()) != ["response_id", "free_text", "suggestion"]: err.append("input header")
if list(gold[0].keys()) != ["response_id", "column", "kind", "value", "tag"]: err.append("gold header")
if keep and list(keep[0].keys()) != ["response_id", "column", "value", "tag"]: err.append("keep header")
cells = {(r["response_id"], c): r[c] for r in inp for c in ("free_text", "suggestion")}
ids = [r["response_id"] for r in inp]
if len(set(ids)) != len(ids): err.append("duplicate ids")
def occ(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v))); i = text.find(v, i + len(v))
    return out
gspans = collections.defaultdict(list)
gcount = collections.Counter()
for g in gold:
    k = (g["response_id"], g["column"])
    if k not in cells: err.append("gold row for unknown cell %s" % (k,)); continue
    if g["kind"] not in KINDS: err.append("bad kind %s" % g["kind"])
    if not g["tag"].startswith(g["kind"].lower() + ":"): err.append("tag %s does not match kind %s" % (g["tag"], g["kind"]))
    o = occ(cells[k], g["value"])
    if not o: err.append("gold value not in cell: %s %r" % (k, g["value"]))
    gspans[k].extend(o); gcount[(k, g["value"])] += 1
for (k, v), n in gcount.items():
    if len(occ(cells[k], v)) < n: err.append("gold value %r listed %d times, occurs fewer" % (v, n))
kcount = collections.Counter()
for r in keep:
    k = (r["response_id"], r["column"])
    if k not in cells: err.append("keep row for unknown cell %s" % (k,)); continue
    if not r["tag"].startswith("keep:"): err.append("bad keep tag %s" % r["tag"])
    o = occ(cells[k], r["value"])
    if not o: err.append("keep value not in cell: %s %r" % (k, r["value"]))
    for a, b in o:
        for x, y in gspans[k]:
            if a < y and b > x: err.append("keep %r overlaps gold in %s" % (r["value"], k))
    kcount[(k, r["value"])] += 1
for (k, v), n in kcount.items():
    if len(occ(cells[k], v)) < n: err.append("keep value %r planted %d times, occurs fewer" % (v, n))
    for g in gold:
        if (g["response_id"], g["column"]) == k and g["value"] == v: err.append("keep value equals gold value %r" % v)
clean = [l.strip() for l in open(os.path.join(d, "clean-ids.txt"), encoding="utf-8") if l.strip()]
with_gold = {g["response_id"] for g in gold}
if set(clean) & with_gold: err.append("clean id with gold rows")
if set(clean) | with_gold != set(ids): err.append("ids neither clean nor with gold")
print("%s: %d answers, %d gold, %d keep, %d clean (%.1f %% with items), %d errors" % (d, len(inp), len(gold), len(keep), len(clean), 100 * len(with_gold) / len(inp), len(err)))
for e in err[:20]: print("  " + e)
sys.exit(1 if err else 0)
