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
trygg-clean -y "${month%-*}" -r "$out/rejects.csv" "$in"/*.csv |
	trygg-anon -c free_text,suggestion |
	trygg-themes >"$out/anonymised.csv"

# What the report may quote: the answers anonymised once more, strictly.
trygg-anon --strict -c free_text,suggestion "$out/anonymised.csv" >"$out/quotes.csv"

# Every table of the month in one run (the groups and variables of
# share/trygg/tallies.csv), so that disclosure control covers them all.
trygg-tally --long -g '' -g source -g gender -g age_band -g area -g time_of_day \
	-g site,time_of_day \
	-v safety -v source -v unsafe_places -v problems -v themes -v mentioned_places \
	-v suggestion_themes -v victim_12m -v worry \
	--base themes=nonempty:free_text --base mentioned_places=nonempty:free_text \
	--base suggestion_themes=nonempty:suggestion -u worry=3,4 \
	-n examples/population.csv "$out/anonymised.csv" >"$out/tally.csv"

# The situation picture and the draft action plan.
trygg-plan -f md --period "$month" -n examples/population.csv \
	--quotes "$out/quotes.csv" "$out/tally.csv" >"$out/report.md"
echo "$out/report.md"
