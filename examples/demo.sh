#!/bin/sh
# demo.sh - `make demo`: the monthly job over the bundled example exports
# (September, then October, so October's report shows the change since
# September) into demo-out/, then where the report is.  Run from anywhere
# after `make`.  DEMO_OUT and DEMO_LANG (sv or en) change the output
# directory and the report language.
cd "$(dirname "$0")/.." || exit 1
out=${DEMO_OUT:-demo-out}
lang=${DEMO_LANG:-sv}
for month in 2026-09 2026-10; do
	bin/trygg-monthly --month "$month" --lang "$lang" \
		--population examples/population.csv examples/exports "$out" || exit 1
done
# The Word version in the example municipality's template (README: Word
# and PDF); pandoc infers no format from the temporary name, so -t docx.
docx="$out/2026-10/report.docx"
if command -v pandoc >/dev/null 2>&1; then
	pandoc -f gfm -t docx --lua-filter share/trygg/pandoc/trygg.lua \
		--reference-doc share/trygg/profiles/ale/reference.docx \
		-o "$docx.tmp" "$out/2026-10/report.md" && mv "$docx.tmp" "$docx" || exit 1
else
	echo "demo.sh: pandoc is not installed, so no report.docx (make deps)" >&2
fi
report=$(cd "$out/2026-10" && pwd)/report.html
echo
echo "The report: $report"
echo "(report.md, report.txt and report.docx beside it, with the tallies and the anonymised records)"
