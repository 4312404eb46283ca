#!/usr/bin/env bats
# The report in Word and PDF (issue 12): `make demo` writes report.docx
# from report.md with pandoc, the Lua filter share/trygg/pandoc/trygg.lua
# and the example municipality's reference document
# (share/trygg/profiles/ale/reference.docx, made by
# share/trygg/pandoc/make-reference.py); LibreOffice turns it into a PDF
# that must hold every heading, table and cell of the report, and whose
# first page is a real page (kept in build/screenshots/ for a human).
load common

PANDOC_TESTED="pandoc 2.17.1.1"
TOOLS="$BATS_TEST_DIRNAME/tools/docx"

setup_file() {
	command -v pandoc >/dev/null 2>&1 || return 0
	DEMO="$BATS_FILE_TMPDIR/demo"
	DEMO_OUT="$DEMO" DEMO_LANG=sv "$TOP/examples/demo.sh" >/dev/null 2>&1
	export DEMO
	command -v soffice >/dev/null 2>&1 || return 0
	# LibreOffice with a profile of its own, niced, time-limited
	(cd "$DEMO/2026-10" && timeout 300 nice soffice \
		-env:UserInstallation="file://$BATS_FILE_TMPDIR/lo" --headless \
		--convert-to pdf report.docx >/dev/null 2>&1)
	pdftotext "$DEMO/2026-10/report.pdf" "$DEMO/2026-10/report.pdf.txt" 2>/dev/null
	return 0
}

setup() {
	command -v pandoc >/dev/null 2>&1 || skip "pandoc is not installed (make deps)"
	setup_scratch
	R="$DEMO/2026-10"
}

need_pdf() {
	command -v soffice >/dev/null 2>&1 || skip "LibreOffice is not installed (make deps)"
	command -v pdftotext >/dev/null 2>&1 || skip "poppler-utils is not installed (make deps)"
	[ -s "$R/report.pdf" ] || fail "LibreOffice wrote no PDF"
}

@test "docx: the reference document is made reproducibly from pandoc's own" {
	python3 "$TOP/share/trygg/pandoc/make-reference.py" ref.docx \
		--municipality "Ale kommun" --body Kommunstyrelsen
	python3 "$TOP/share/trygg/pandoc/make-reference.py" ref2.docx \
		--municipality "Ale kommun" --body Kommunstyrelsen
	cmp ref.docx ref2.docx
	shipped="$TOP/share/trygg/profiles/ale/reference.docx"
	for part in word/header1.xml word/footer1.xml; do
		cmp <(unzip -p ref.docx "$part") <(unzip -p "$shipped" "$part")
	done
	# the whole file where pandoc's own default is the one it was made from
	if [ "$(pandoc --version | head -1)" = "$PANDOC_TESTED" ]; then
		cmp ref.docx "$shipped"
	fi
	run sh -c "unzip -p ref.docx word/header1.xml | grep -o '<w:t xml:space=\"preserve\">[^<]*' | cut -d'>' -f2"
	assert_output "Ale kommun
Dnr: ____________
Kommunstyrelsen
Datum: ____________"
	run sh -c "unzip -p ref.docx word/document.xml | grep -o '<w:pgSz [^>]*>'"
	assert_output '<w:pgSz w:w="11906" w:h="16838" />'
	run python3 "$TOP/share/trygg/pandoc/make-reference.py"
	assert_failure 2
}

@test "docx: make demo writes report.docx in the municipality's template" {
	[ -s "$R/report.docx" ]
	run sh -c "unzip -l '$R/report.docx' | grep -c 'word/header1.xml\|word/footer1.xml'"
	assert_output "2"
	unzip -p "$R/report.docx" word/header1.xml | grep -q 'Dnr: '
	unzip -p "$R/report.docx" word/styles.xml | grep -q 'w:val="sv-SE"'
	doc=$(unzip -p "$R/report.docx" word/document.xml)
	# every table narrow enough for the page has its caption as a Word
	# caption (the trends' tables of 13 short columns too); the adopted
	# measures (10 columns) and the new proposals (11) are one block per row
	captions=$(grep -c '^\*\*' "$R/report.md")
	assert_equal "$(grep -o 'w:val="TableCaption"' <<< "$doc" | wc -l)" "$((captions - 2))"
	measures=$(grep -c '^| [0-9]\{1,2\} | ' "$R/report.md")
	adopted=$(grep -c '^| A[0-9]* | ' "$R/report.md")
	assert [ "$measures" -ge 5 ]
	assert_equal "$adopted" 8
	assert_equal "$(grep -o '<w:tbl>' <<< "$doc" | wc -l)" "$((captions - 2 + measures + adopted))"
	# no leftovers of Markdown
	run grep -c '\\|\|\*\*' <<< "$(unzip -p "$R/report.docx" word/document.xml | sed 's/<[^>]*>//g')"
	assert_output "0"
}

@test "docx: the PDF holds every heading, table and cell of the report" {
	need_pdf
	run python3 "$TOOLS/check-pdf.py" "$R/report.md" "$R/report.pdf.txt"
	assert_success
	[[ "$output" =~ ^headings\ ([0-9]+)\ of\ ([0-9]+)\;\ tables\ ([0-9]+)\ of\ ([0-9]+)\;\ cells\ ([0-9]+)\ of\ ([0-9]+)$ ]] ||
		fail "unexpected: $output"
	m=("${BASH_REMATCH[@]}")
	assert_equal "${m[1]}" "${m[2]}"
	assert_equal "${m[3]}" "${m[4]}"
	assert_equal "${m[5]}" "${m[6]}"
	assert [ "${m[4]}" -ge 10 ]
	assert [ "${m[6]}" -ge 500 ]
	# the running header and footer of the template are on the pages
	grep -q '^Dnr: ____________$' "$R/report.pdf.txt"
	grep -q '^Kommunstyrelsen$' "$R/report.pdf.txt"
	pages=$(pdfinfo "$R/report.pdf" | awk '/^Pages:/ { print $2 }')
	grep -q "^Sida $pages av $pages\$" "$R/report.pdf.txt"
	grep -q '^Trygghet och otrygghet: lägesbild$' "$R/report.pdf.txt"
}

@test "docx: the checker finds what is missing" {
	need_pdf
	printf '## 1. A part\n\n**A caption**\n\n| Group | Share |\n| --- | ---: |\n| Women | 12,3 %% |\n' > t.md
	printf 'Ale kommun\n1. A part\nA caption\nGroup\nShare\nWomen\n' > t.txt
	run python3 "$TOOLS/check-pdf.py" t.md t.txt
	assert_failure 1
	assert_line --index 0 "headings 1 of 1; tables 0 of 1; cells 3 of 4"
	assert_line --index 1 "missing cell of A caption: 12,3 %"
}

@test "docx: the checker finds a cell broken across pages with its label between its lines, but not words far apart" {
	need_pdf
	printf '## 1. A part\n\n**A caption**\n\n| Group | Indicator |\n| --- | --- |\n| Women | Share who see it: Traffic (speeding, mopeds). |\n' > t.md
	printf '1. A part\nA caption\nGroup\nIndicator\nWomen\nShare who see it: Traffic (speeding,\n(indicator)\nmopeds).\n' > t.txt
	run python3 "$TOOLS/check-pdf.py" t.md t.txt
	assert_success
	assert_output "headings 1 of 1; tables 1 of 1; cells 4 of 4"
	printf '1. A part\nA caption\nGroup\nIndicator\nWomen\nShare who see it: Traffic (speeding,\n%s\nmopeds).\n' "$(printf 'other words %.0s' $(seq 10))" > t.txt
	run python3 "$TOOLS/check-pdf.py" t.md t.txt
	assert_failure 1
}

@test "docx: the first page is a page, not a blank" {
	need_pdf
	pdftoppm -gray -r 40 -f 1 -l 1 -singlefile "$R/report.pdf" page
	# the share of dark pixels: text, rules and headings, not nothing and
	# not a black page
	run python3 -c '
import sys
data = open(sys.argv[1], "rb").read()
magic, w, h, maxval, rest = data.split(None, 4)
assert magic == b"P5" and maxval == b"255"
px = rest[: int(w) * int(h)]
print("%d" % (1000 * sum(1 for p in px if p < 160) // len(px)))' page.pgm
	assert_success
	assert [ "$output" -ge 10 ]
	assert [ "$output" -le 400 ]
	mkdir -p "$TOP/build/screenshots"
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$R/report.pdf" \
		"$TOP/build/screenshots/docx-page-1"
}
