#!/bin/sh
# demo.sh - `make demo`: the monthly job over two years of generated example
# exports (examples/generate.py), month by month, so that the history of
# counts grows as it would; then the follow-up of the adopted measures in
# examples/register.csv (trygg-follow) and where the report is.  Run from
# anywhere after `make`.  DEMO_OUT and DEMO_LANG (sv or en) change the output
# directory and the report language.
cd "$(dirname "$0")/.." || exit 1
out=${DEMO_OUT:-demo-out}
lang=${DEMO_LANG:-sv}
bin=${TRYGG_BIN:-bin}
months=$(cd examples/exports && ls -d [0-9][0-9][0-9][0-9]-[0-9][0-9])
last=$(echo "$months" | tail -n 1)
first=$(echo "$months" | head -n 1)
echo "trygg-monthly: $first to $last ($(echo "$months" | wc -l) months)"
for month in $months; do
	# The progress and the follow-up of the last month only.
	set -- -q
	[ "$month" = "$last" ] && set -- -R examples/register.csv
	bin/trygg-monthly "$@" --month "$month" --lang "$lang" \
		--population examples/population.csv examples/exports "$out" || exit 1
done
LANGUAGE=$lang "$bin/trygg-follow" -q --labels -R examples/register.csv \
	"$out/history.csv" >"$out/.followup-words.csv" || exit 1
echo
echo "The follow-up of the adopted measures ($out/$last/followup.csv):"
# A CSV reader in plain awk: the register's cells may hold commas.
awk '
function split_csv(line, f,    n, c, q, i, ch) {
	n = 1; f[1] = ""; q = 0
	for (i = 1; i <= length(line); i++) {
		ch = substr(line, i, 1)
		if (q && ch == "\"" && substr(line, i + 1, 1) == "\"") { f[n] = f[n] ch; i++ }
		else if (ch == "\"") q = !q
		else if (ch == "," && !q) f[++n] = ""
		else f[n] = f[n] ch
	}
	return n
}
# S padded to W characters (printf pads bytes, and å is two).
function pad(s, w,    t, n) {
	t = s
	n = length(s) - gsub(/[\200-\277]/, "", t)
	while (n++ < w)
		s = s " "
	return s
}
NR == 1 {
	n = split_csv($0, h)
	for (i = 1; i <= n; i++)
		col[h[i]] = i
	printf "  %-3s %-6s %-10s %-19s %-7s %-5s %s\n", "id", "light", "status",
		"now (interval)", "base", "target", "why"
	next
}
{
	split_csv($0, f)
	printf "  %-3s %s %s %5s%% (%s-%s)  %5s%%  %3s%%  %s\n",
		f[col["id"]], pad(f[col["light"]], 6), pad(f[col["status"]], 10), f[col["now"]],
		f[col["now_low"]], f[col["now_high"]], f[col["baseline_value"]],
		f[col["target"]], f[col["reason"]]
}' "$out/.followup-words.csv"
rm -f "$out/.followup-words.csv"
# The Word version in the example municipality's template (README: Word
# and PDF); pandoc infers no format from the temporary name, so -t docx.
docx="$out/$last/report.docx"
if command -v pandoc >/dev/null 2>&1; then
	pandoc -f gfm -t docx --lua-filter share/trygg/pandoc/trygg.lua \
		--reference-doc share/trygg/profiles/ale/reference.docx \
		-o "$docx.tmp" "$out/$last/report.md" && mv "$docx.tmp" "$docx" || exit 1
else
	echo "demo.sh: pandoc is not installed, so no report.docx (make deps)" >&2
fi
report=$(cd "$out/$last" && pwd)/report.html
echo
echo "The report: $report"
echo "(report.md, report.txt and report.docx beside it, with the tallies and the anonymised records)"
