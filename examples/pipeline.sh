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

# The share unsafe overall and by group; the multi-select answers overall.
for group in '' source gender age_band area time_of_day; do
	trygg-tally -g "$group" -v safety "$out/anonymised.csv" \
		>"$out/tally-${group:-total}-safety.csv"
done
for variable in source unsafe_places problems themes mentioned_places suggestion_themes; do
	trygg-tally -g '' -v "$variable" "$out/anonymised.csv" \
		>"$out/tally-total-$variable.csv"
done

# The situation picture and the draft action plan.
trygg-plan -f md --period "$month" -n examples/population.csv "$out"/tally-*.csv \
	>"$out/report.md"
echo "$out/report.md"
