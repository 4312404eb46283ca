#!/bin/bash
# pipeline.sh - the trygg filters chained by hand over one month of the
# example exports: what trygg-monthly does, without the lock, the temporary
# directory and the log.  Run from the repository root after `make`:
#
#   examples/pipeline.sh [OUTDIR]        (default demo-out/pipeline)
set -euo pipefail

PATH="$PWD/bin:$PATH"
month=2026-10
in=examples/exports/$month
out=${1:-demo-out/pipeline}
mkdir -p "$out"

# Raw exports -> canonical records -> personal data replaced -> themes.
# The rejects still hold what respondents typed: keep them private.
trygg-clean -r "$out/rejects.csv" "$in"/*.csv |
	trygg-anon -c free_text,suggestion |
	trygg-themes >"$out/anonymised.csv"

# Every table of the month in one run (the groups and variables of
# share/trygg/tallies.csv), so that disclosure control covers them all.
trygg-tally --long -g '' -g source -g gender -g age_band -g area -g time_of_day \
	-v safety -v source -v unsafe_places -v problems -v themes -v mentioned_places \
	-v suggestion_themes \
	--base themes=nonempty:free_text --base mentioned_places=nonempty:free_text \
	--base suggestion_themes=nonempty:suggestion \
	-n examples/population.csv "$out/anonymised.csv" >"$out/tally.csv"

# Until trygg-plan reads tally.csv: the tables it reads, cut out of it in
# the wide format as trygg-monthly does (the codes hold no comma or quote).
awk -F, -v out="$out" 'NR > 1 && $6 != "" {
	file = out "/tally-" ($1 == "" ? "total" : $1) "-" $3 ".csv"
	if (($1 == "" || $3 == "safety") && !(file in seen)) {
		seen[file] = 1
		print ($1 == "" ? "" : $1 ",") "variable,value,n,base,pct,ci_low,ci_high,note" >file
	}
	if ($10 == "small-base") $10 = "suppressed"
	if ($1 == "" || $3 == "safety")
		print ($1 == "" ? "" : $2 ",") $3 "," $4 "," $5 "," $6 "," $7 "," $8 "," $9 "," $10 >file
}' "$out/tally.csv"

# The situation picture and the draft action plan.
trygg-plan -f md --period "$month" -n examples/population.csv "$out"/tally-*.csv \
	>"$out/report.md"
echo "$out/report.md"
