#!/usr/bin/env python3
"""check-pdf.py REPORT.md PDF.txt - is every heading and every table of
trygg-plan's Markdown report in the text of its PDF (pdftotext output)?

Prints one line, "headings H of H; tables T of T; cells C of C", and on
standard error what is missing.  Exit 0 when nothing is missing, else 1.

Text is compared with all white space removed, so the lines a cell wraps
into in Word still match; the running header and footer (lines that
stand on nearly every page, and "Sida N av M") are dropped first, so a
cell broken across pages matches too.  A table of more than 6 columns
(the action plan) is a block per row in Word (share/trygg/pandoc/trygg.lua):
its cells are looked for all the same, and a cell of such a block broken
across pages, with the rest of its label between its lines, matches when
its words stand in order, close together.  A column head may wrap beside
the others, so its words are looked for one by one.
"""
import re
import sys

MD_ESCAPE = re.compile(r'\\([\\`*_\[\]<>|&#!])')


def squash(s):
    # pdftotext joins a word broken at a hyphen at the end of a line
    # without the hyphen: hyphens do not count
    return re.sub(r'[\s\u00ad-]+', '', s)


def md_text(s):
    return MD_ESCAPE.sub(r'\1', s)


def split_row(line):
    # cells between unescaped pipes
    cells, cur, i = [], '', 1
    while i < len(line):
        c = line[i]
        if c == '\\' and i + 1 < len(line):
            cur += line[i:i + 2]
            i += 2
            continue
        if c == '|':
            cells.append(md_text(cur.strip()))
            cur = ''
        else:
            cur += c
        i += 1
    return cells


def parse(md):
    headings, tables = [], []
    lines = md.split('\n')
    for n, line in enumerate(lines):
        if re.match(r'#{1,6} ', line):
            headings.append(md_text(line.lstrip('#').strip()))
        if line.startswith('|') and n + 1 < len(lines) and re.match(r'\| *-', lines[n + 1]):
            caption = ''
            if n >= 2 and re.fullmatch(r'\*\*.*\*\*', lines[n - 2]):
                caption = md_text(lines[n - 2][2:-2])
            rows, k = [split_row(line)], n + 2
            while k < len(lines) and lines[k].startswith('|'):
                rows.append(split_row(lines[k]))
                k += 1
            tables.append((caption, rows))
    return headings, tables


def words_in(cell, text):
    """A column head wraps beside its neighbours, and pdftotext may
    interleave their lines: each of its words will do."""
    return all(squash(w) in text for w in cell.split())


def in_order(cell, text, gap=40):
    """A cell of a block broken across pages: the rest of its label (the
    column beside it) may come between its lines.  Its words, in order,
    each at most GAP characters after the one before, will do."""
    words = [w for w in (squash(w) for w in cell.split()) if w]
    if not words:
        return False
    start = text.find(words[0])
    while start >= 0:
        at = start + len(words[0])
        for w in words[1:]:
            nxt = text.find(w, at)
            if not 0 <= nxt - at <= gap:
                break
            at = nxt + len(w)
        else:
            return True
        start = text.find(words[0], start + 1)
    return False


def pdf_text(raw):
    pages = raw.split('\f')
    pages = [p for p in pages if p.strip()]
    count = {}
    for p in pages:
        for line in set(l.strip() for l in p.split('\n') if l.strip()):
            count[line] = count.get(line, 0) + 1
    running = {l for l, c in count.items() if len(pages) > 2 and c >= 0.8 * len(pages)}
    keep = []
    for p in pages:
        for line in p.split('\n'):
            s = line.strip()
            if s in running or re.fullmatch(r'Sida \d+ av \d+|Page \d+ of \d+', s):
                continue
            keep.append(line)
    return squash('\n'.join(keep))


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: check-pdf.py REPORT.md PDF.txt')
    headings, tables = parse(open(sys.argv[1], encoding='utf-8').read())
    text = pdf_text(open(sys.argv[2], encoding='utf-8').read())
    missing = []
    h_ok = sum(1 for h in headings if squash(h) in text or missing.append('heading: ' + h))
    t_ok = cells = c_ok = 0
    for caption, rows in tables:
        whole = not caption or squash(caption) in text
        if not whole:
            missing.append('caption: ' + caption)
        wide = len(rows[0]) > 6
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                # a wide table's first two columns head each block
                if not cell or (wide and r == 0 and c < 2):
                    continue
                cells += 1
                if (squash(cell) in text or (r == 0 and words_in(cell, text))
                        or in_order(cell, text)):
                    c_ok += 1
                else:
                    whole = False
                    missing.append('cell of %s: %s' % (caption or 'a table', cell[:80]))
        t_ok += whole
    # the summary first, also when stdout is a pipe and stderr is not buffered
    print('headings %d of %d; tables %d of %d; cells %d of %d'
          % (h_ok, len(headings), t_ok, len(tables), c_ok, cells), flush=True)
    for m in missing[:20]:
        print('missing ' + m, file=sys.stderr)
    sys.exit(1 if missing else 0)


if __name__ == '__main__':
    main()
