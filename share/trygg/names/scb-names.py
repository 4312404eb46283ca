#!/usr/bin/env python3
"""scb-names.py - given names of newborns from Statistics Sweden (SCB), as published in
github.com/evoling/barnnamn (data-raw/, CC0), for the trygg-anon gazetteer.

usage: scb-names.py build BARNNAMN_DATA_RAW        names of 1998-2020 (namntab11/12 .xlsx)
                                                   and 2021 (namestats-2022.tsv), one a line
       scb-names.py coverage BARNNAMN_DATA_RAW FIRST_TXT
                                                   coverage of FIRST_TXT on the 2022 names
                                                   (namestats-2023.tsv), which the build
                                                   never reads

Only the Python standard library: an .xlsx is a zip of XML.
"""
import collections
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_rows(path):
    """The rows of the first sheet as lists of strings."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        for row in sheet.iter("{%s}row" % NS["m"]):
            cells = []
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                text = v.text if v is not None else ""
                if c.get("t") == "s" and text:
                    text = shared[int(text)]
                elif c.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
                cells.append(text)
            yield cells


NAME = re.compile(r"^[^\W\d_][^\W\d_'-]*(?:[-'][^\W\d_]+)*$")


def births_xlsx(path):
    """name -> births over every year of a namntab sheet (a name column, then a count
    per year; '-' or '..' where fewer than 10)."""
    out = collections.Counter()
    for cells in xlsx_rows(path):
        if not cells or not NAME.match(cells[0].strip()):
            continue
        name = unicodedata.normalize("NFC", cells[0].strip())
        for v in cells[1:]:
            if v.strip().isdigit():
                out[name] += int(v)
    return out


def births_tsv(path):
    """name -> births of a tab-separated SCB file: name, sex, count ('..'/NA: few)."""
    out = collections.Counter()
    for line in open(path, encoding="utf-8"):
        f = [x.strip().strip('"') for x in line.rstrip("\n").split("\t")]
        if len(f) >= 3 and f[1] in ("flickor", "pojkar") and NAME.match(f[0]) and f[2].isdigit():
            out[unicodedata.normalize("NFC", f[0])] += int(f[2])
    return out


def build(raw):
    names = births_xlsx(raw + "/be0001namntab11-2020.xlsx")
    names += births_xlsx(raw + "/be0001namntab12-2020.xlsx")
    names += births_tsv(raw + "/namestats-2022.tsv")
    return names


def main(argv):
    if len(argv) >= 3 and argv[1] == "build":
        for name in sorted(build(argv[2])):
            print(name)
        return 0
    if len(argv) >= 4 and argv[1] == "coverage":
        test = births_tsv(argv[2] + "/namestats-2023.tsv")
        have = {l.strip().lower() for l in open(argv[3], encoding="utf-8")}
        built = {n.lower() for n in build(argv[2])}
        for label, sel in (("all 2022 names (n >= 2)", lambda n: True),
                           ("2022 names given 10+ times", lambda n: test[n] >= 10),
                           ("2022 names NOT in the 1998-2021 build", lambda n: n.lower() not in built)):
            names = [n for n in test if sel(n)]
            hit = [n for n in names if n.lower() in have]
            births = sum(test[n] for n in names)
            print("%-40s types %5d/%5d = %.3f   births %6d/%6d = %.3f" % (
                label, len(hit), len(names), len(hit) / max(1, len(names)),
                sum(test[n] for n in hit), births, sum(test[n] for n in hit) / max(1, births)))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
