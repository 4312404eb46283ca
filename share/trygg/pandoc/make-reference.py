#!/usr/bin/env python3
"""make-reference.py - make a municipality's Word reference document for
pandoc (`pandoc --reference-doc`) from pandoc's own default one.

    make-reference.py OUT.docx [--municipality NAME] [--body BODY]

Starts from `pandoc --print-default-data-file reference.docx` and changes
only styles and page setup: A4 with 2.5 cm margins, Arial 11 pt (Liberation
Sans where Arial is missing), Swedish as the proofing language, headings in
the report's blue, tables with rules and a shaded header row, notes (Block
Text) small and grey, and a header with the municipality, the decision body
and blanks for the diary number (Dnr) and date, and a footer with page
numbers.  A municipality replaces this file with its own Word template
saved as .docx: pandoc takes styles, page setup, header and footer from it.

The output is reproducible: the same pandoc version gives the same bytes
(fixed zip times and order).  Share/trygg/profiles/ale/reference.docx was
made with: make-reference.py reference.docx --municipality "Ale kommun"
--body Kommunstyrelsen
"""
import argparse
import re
import subprocess
import sys
import zipfile

BLUE = "123C5A"
MUTED = "5B6773"
RULE = "BFC7CE"
BAND = "E3EAF0"
FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial" />'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def style(styles, sid, body):
    """Replace the body (after <w:name>) of style SID."""
    pat = re.compile(r'(<w:style [^>]*w:styleId="%s"[^>]*>\s*<w:name [^>]*/>).*?(</w:style>)' % sid, re.S)
    out, n = pat.subn(lambda m: m.group(1) + body + m.group(2), styles)
    if n != 1:
        sys.exit("make-reference.py: no style %s in pandoc's reference.docx" % sid)
    return out


def heading(level, size, before):
    return ('<w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" />'
            '<w:qFormat /><w:pPr><w:keepNext /><w:keepLines />'
            '<w:spacing w:before="%d" w:after="120" /><w:outlineLvl w:val="%d" /></w:pPr>'
            '<w:rPr>%s<w:b /><w:bCs /><w:color w:val="%s" /><w:sz w:val="%d" />'
            '<w:szCs w:val="%d" /></w:rPr>' % (before, level - 1, FONT, BLUE, size, size))


def edit_styles(s):
    # defaults: Arial 11 pt, Swedish
    s = re.sub(r'<w:rPrDefault>.*?</w:rPrDefault>',
               '<w:rPrDefault><w:rPr>%s<w:sz w:val="22" /><w:szCs w:val="22" />'
               '<w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA" /></w:rPr></w:rPrDefault>' % FONT,
               s, count=1, flags=re.S)
    s = style(s, "BodyText", '<w:basedOn w:val="Normal" /><w:link w:val="BodyTextChar" />'
              '<w:pPr><w:spacing w:before="0" w:after="140" w:line="264" w:lineRule="auto" /></w:pPr><w:qFormat />')
    s = style(s, "Title", '<w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat />'
              '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="0" w:after="240" /></w:pPr>'
              '<w:rPr>%s<w:b /><w:bCs /><w:color w:val="%s" /><w:sz w:val="40" /><w:szCs w:val="40" /></w:rPr>'
              % (FONT, BLUE))
    s = style(s, "Heading1", heading(1, 36, 0))
    s = style(s, "Heading2", heading(2, 28, 360))
    s = style(s, "Heading3", heading(3, 24, 240))
    s = style(s, "Heading4", heading(4, 22, 200))
    # notes under tables and charts: small, grey, a rule on the left
    s = style(s, "BlockText", '<w:basedOn w:val="BodyText" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" />'
              '<w:qFormat /><w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="%s" /></w:pBdr>'
              '<w:spacing w:before="60" w:after="200" /><w:ind w:left="170" w:right="0" w:firstLine="0" /></w:pPr>'
              '<w:rPr><w:color w:val="%s" /><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>' % (RULE, MUTED))
    # table cells (pandoc writes them in Compact) and captions
    s = style(s, "Compact", '<w:basedOn w:val="BodyText" /><w:qFormat />'
              '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto" /></w:pPr>'
              '<w:rPr><w:sz w:val="19" /><w:szCs w:val="19" /></w:rPr>')
    s = style(s, "TableCaption", '<w:basedOn w:val="Caption" /><w:pPr><w:keepNext />'
              '<w:spacing w:before="200" w:after="60" /></w:pPr>'
              '<w:rPr><w:b /><w:bCs /><w:i w:val="0" /><w:color w:val="%s" /><w:sz w:val="20" /></w:rPr>' % BLUE)
    border = '<w:%s w:val="single" w:sz="4" w:space="0" w:color="' + RULE + '" />'
    borders = "".join(border % side for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    s = style(s, "Table", '<w:basedOn w:val="TableNormal" /><w:uiPriority w:val="59" /><w:qFormat />'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa" /><w:tblBorders>%s</w:tblBorders>'
              '<w:tblCellMar><w:top w:w="28" w:type="dxa" /><w:left w:w="85" w:type="dxa" />'
              '<w:bottom w:w="28" w:type="dxa" /><w:right w:w="85" w:type="dxa" /></w:tblCellMar></w:tblPr>'
              '<w:tblStylePr w:type="firstRow"><w:rPr><w:b /><w:bCs /></w:rPr>'
              '<w:tblPr /><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="%s" />'
              '<w:vAlign w:val="bottom" /><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="%s" />'
              '</w:tcBorders></w:tcPr></w:tblStylePr>' % (borders, BAND, BLUE))
    return s


def header_xml(municipality, body):
    run = lambda t, extra="": ('<w:r><w:rPr>%s<w:color w:val="%s" /><w:sz w:val="17" /></w:rPr>'
                               '<w:t xml:space="preserve">%s</w:t></w:r>' % (extra, MUTED, xml_text(t)))
    tab = '<w:r><w:tab /></w:r>'
    ppr = ('<w:pPr><w:tabs><w:tab w:val="right" w:pos="9070" /></w:tabs>'
           '<w:spacing w:before="0" w:after="0" /></w:pPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s %s>'
            '<w:p>%s%s%s%s</w:p><w:p>%s%s%s%s</w:p></w:hdr>'
            % (W, R, ppr, run(municipality, "<w:b />"), tab, run("Dnr: ____________"),
               ppr, run(body), tab, run("Datum: ____________")))


def footer_xml():
    def field(code):
        return ('<w:r><w:fldChar w:fldCharType="begin" /></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t>1</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end" /></w:r>' % code)
    text = lambda t: '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % t
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s %s>'
            '<w:p><w:pPr><w:jc w:val="right" /><w:rPr><w:sz w:val="17" /></w:rPr></w:pPr>%s%s%s%s</w:p></w:ftr>'
            % (W, R, text("Sida "), field("PAGE"), text(" av "), field("NUMPAGES")))


SECTPR = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdTryggHeader" />'
          '<w:footerReference w:type="default" r:id="rIdTryggFooter" />'
          '<w:pgSz w:w="11906" w:h="16838" />'
          '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="567" w:footer="567" w:gutter="0" />'
          '</w:sectPr>')
RELS = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Id="rIdTryggHeader" Target="header1.xml" />'
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
        'Id="rIdTryggFooter" Target="footer1.xml" />')
TYPES = ('<Override PartName="/word/header1.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" />'
         '<Override PartName="/word/footer1.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />')


def main():
    ap = argparse.ArgumentParser(description="Make a Word reference document for pandoc.")
    ap.add_argument("out")
    ap.add_argument("--municipality", default="Ale kommun")
    ap.add_argument("--body", default="Kommunstyrelsen")
    a = ap.parse_args()
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                             check=True, capture_output=True).stdout
    import io
    src = zipfile.ZipFile(io.BytesIO(default))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    order = [i.filename for i in src.infolist()]
    text = lambda name: parts[name].decode("utf-8")
    parts["word/styles.xml"] = edit_styles(text("word/styles.xml")).encode()
    doc = text("word/document.xml")
    if "<w:sectPr />" not in doc:
        sys.exit("make-reference.py: pandoc's reference.docx has another page setup than expected")
    if R not in doc:
        doc = doc.replace("<w:document ", "<w:document %s " % R, 1)
    parts["word/document.xml"] = doc.replace("<w:sectPr />", SECTPR).encode()
    parts["word/_rels/document.xml.rels"] = text("word/_rels/document.xml.rels").replace(
        "</Relationships>", RELS + "</Relationships>").encode()
    parts["[Content_Types].xml"] = text("[Content_Types].xml").replace("</Types>", TYPES + "</Types>").encode()
    parts["word/header1.xml"] = header_xml(a.municipality, a.body).encode()
    parts["word/footer1.xml"] = footer_xml().encode()
    order += ["word/header1.xml", "word/footer1.xml"]
    tmp = a.out + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name])
    import os
    os.replace(tmp, a.out)


if __name__ == "__main__":
    main()
