#!/usr/bin/env python3
"""extract-scb.py - turn SCB's newborn-name tables (as kept in the CC0 repository
evoling/barnnamn) into data/scb-tilltalsnamn.tsv for the corpus generator.

usage: extract-scb.py GIRLS.xlsx BOYS.xlsx NAMESTATS-2023.tsv > scb-tilltalsnamn.tsv

GIRLS.xlsx / BOYS.xlsx: data-raw/be0001namntab11-2020.xlsx and
be0001namntab12-2020.xlsx (every given name used by at least 10 newborns in some
year 1998-2020, counts per year, '-' = fewer than 10).
NAMESTATS-2023.tsv: data-raw/namestats-2023.tsv (2022 counts, '..' = fewer than 2).

Output: name<TAB>sex<TAB>n_1998_2020<TAB>n_2022, sex F or M, sorted by name, sex.
Standard library only; run once by hand, the output is committed.
"""
import re
import sys
import zipfile


def xlsx_rows(path):
    z = zipfile.ZipFile(path)
    ss = z.read("xl/sharedStrings.xml").decode("utf-8")
    strs = ["".join(re.findall(r"<t[^>]*>([^<]*)</t>", s))
            for s in re.findall(r"<si>(.*?)</si>", ss, re.S)]
    sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    for row in re.findall(r"<row[^>]*>(.*?)</row>", sheet, re.S):
        vals = []
        for attr, inner in re.findall(r"<c ([^>]*?)(?:/>|>(.*?)</c>)", row, re.S):
            m = re.search(r"<v>(.*?)</v>", inner or "")
            v = m.group(1) if m else ""
            if 't="s"' in attr and v:
                v = strs[int(v)]
            vals.append(v.strip())
        yield vals


def unescape(s):
    return s.replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", '"')


def main():
    girls, boys, ns = sys.argv[1:4]
    table = {}
    for path, sex in ((girls, "F"), (boys, "M")):
        for vals in xlsx_rows(path):
            if len(vals) < 20 or not re.match(r"^[^\W\d_]", vals[0]) or vals[1] == "1998":
                continue
            n = sum(int(v) for v in vals[1:] if v.isdigit())
            table[(unescape(vals[0]), sex)] = [n, 0]
    with open(ns, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            f = [x.strip('"') for x in line.rstrip("\n").split("\t")]
            if len(f) < 3 or not f[2].isdigit():
                continue
            sex = "F" if f[1] == "flickor" else "M"
            table.setdefault((f[0], sex), [0, 0])[1] = int(f[2])
    sys.stdout.write("name\tsex\tn_1998_2020\tn_2022\n")
    for (name, sex), (a, b) in sorted(table.items()):
        sys.stdout.write("%s\t%s\t%d\t%d\n" % (name, sex, a, b))


if __name__ == "__main__":
    main()
