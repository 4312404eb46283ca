#!/usr/bin/env bats
# The Swedish of what goes to the political board and onto the website
# (issue 12): the terms of Brå and the national crime survey (NTU), kept.
# The wrong forms found in the language review never come back in the
# catalogue (share/po), the measures catalogue's Swedish columns, or the
# demo report; the corrected ones are there.  A command-line flag does
# not belong in a council document.
load common

setup_file() {
	DEMO="$BATS_FILE_TMPDIR/demo"
	DEMO_OUT="$DEMO" DEMO_LANG=sv "$TOP/examples/demo.sh" >/dev/null 2>&1
	export DEMO
}

setup() {
	setup_scratch
	# what Swedish readers see: every msgstr (sv.po and the parts), the
	# Swedish columns of the measures catalogue, the demo report
	msgstrs > po.txt
	measures_sv > measures.txt
	R="$DEMO/2026-10"
	[ -f "$R/report.md" ] || fail "the demo wrote no report"
}

# msgstrs: the Swedish texts of the catalogue, one per line.
msgstrs() {
	for f in "$TOP"/share/po/sv.po "$TOP"/share/po/parts/*.po; do
		[ -f "$f" ] || continue
		msgcat --no-wrap -o - "$f" | awk '
			/^msgstr / { on = 1; sub(/^msgstr /, ""); s = $0; next }
			/^"/ && on { s = s $0; next }
			on { print s; on = 0 }
			END { if (on) print s }' | sed -e 's/^"//' -e 's/"$//' -e 's/""//g'
	done
}

# measures_sv: the *_sv columns of the measures catalogue (and of the
# example profile's, if it has one), one cell per line.
measures_sv() {
	for f in "$TOP"/share/trygg/measures.csv "$TOP"/share/trygg/profiles/*/measures.csv; do
		[ -f "$f" ] || continue
		python3 -c '
import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    for k, v in row.items():
        if k.endswith("_sv"):
            print(v)' "$f"
	done
}

# never FILE PATTERN...: no line of FILE matches any extended regex.
never() {
	local file="$1" pat
	shift
	for pat in "$@"; do
		run grep -inE -- "$pat" "$file"
		[ -z "$output" ] || fail "$(basename "$file"): /$pat/ found: ${output:0:300}"
	done
}

# has FILE TEXT...: every TEXT is in FILE (fixed strings).
has() {
	local file="$1" txt
	shift
	for txt in "$@"; do
		grep -qiF -- "$txt" "$file" || fail "$(basename "$file"): '$txt' missing"
	done
}

# The wrong forms of the review (issue 12), as extended regexes.
WRONG=(
	'Utkast till det lokala brottsförebyggande'
	'minsta grupp som visas'
	'undertryck'
	'95[  ]?%-intervall'
	'Tid för svaret'
	'i sitt eget område'
	'fredag- och lördag'
	'lördagkväll'
	'\bdoping'
	'\bANDT\b'
	'bristande kapabla'
	'större än vad slumpen'
	'kommunpolis([^e]|$)'
	'vill ha'
	'citerat fält'
)

@test "language: the wrong forms are gone from the Swedish catalogue" {
	never po.txt "${WRONG[@]}"
	# one verb in the diagnostics: "expected N fields, found M" is
	# "hittade" (a study's findings in the catalogue may well be "fann")
	never po.txt '\bfann\b'
	# 'the local council' always with its article
	run grep -nP '(?<![Dd]et )lokala brottsförebyggande rådet' po.txt
	assert_output ""
}

@test "language: the corrected terms are in the Swedish catalogue" {
	has po.txt \
		"Utkast för behandling i det lokala brottsförebyggande rådet" \
		"minsta antal svar som redovisas" "röjandeskydd" \
		"redovisas inte (för få svar)" \
		"konfidensintervall (95 %)" \
		"Svarstidpunkt (tid på dygnet)" \
		"i det egna bostadsområdet" \
		"sannolikt inte enbart slump" \
		"fält inom citattecken" \
		"väntade %zu fält, hittade %zu"
}

@test "language: the measures catalogue's Swedish uses the same terms" {
	assert [ "$(wc -l < measures.txt)" -gt 100 ]
	never measures.txt "${WRONG[@]}"
	run grep -nP '(?<![Dd]et )lokala brottsförebyggande rådet' measures.txt
	assert_output ""
	has measures.txt "fredags- och lördagskvällar" "dopning" "ANDTS" \
		"brist på kapabla väktare"
}

@test "language: the Swedish demo report uses the corrected terms and no flags" {
	for f in report.md report.txt; do
		never "$R/$f" "${WRONG[@]}"
		# a council document names no command-line option
		never "$R/$f" '(^|[ (])--?[a-z][a-z-]+'
		has "$R/$f" \
			"Utkast för behandling i det lokala brottsförebyggande rådet" \
			"minsta antal svar som redovisas" \
			"redovisas inte (för få svar)" \
			"konfidensintervall (95" \
			"Svarstidpunkt (tid på dygnet)" \
			"i det egna bostadsområdet" \
			"sannolikt inte enbart slump"
	done
	# the HTML page's text (its style sheet has CSS variables, not flags)
	sed '/<style>/,/<\/style>/d' "$R/report.html" > page.html
	never page.html "${WRONG[@]}" '(^|[ (>])--[a-z][a-z-]+'
	has page.html "redovisas inte (för få svar)" "Svarstidpunkt (tid på dygnet)"
}
