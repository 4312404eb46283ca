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
report=$(cd "$out/2026-10" && pwd)/report.html
echo
echo "The report: $report"
echo "(report.md and report.txt beside it, with the tallies and the anonymised records)"
