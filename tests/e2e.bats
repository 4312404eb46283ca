#!/usr/bin/env bats
# End to end: the example raw exports through trygg-monthly to the report.
# With TRYGG_VALGRIND=1 (make check-valgrind) every program runs under
# valgrind and any memory error fails the run.
load common

setup() {
	setup_scratch
	EX="$TOP/examples/exports"
	BIN="$TRYGG_BIN"
	if [ "${TRYGG_VALGRIND:-}" = 1 ]; then
		mkdir -p vgbin
		for p in clean anon themes tally plan; do
			printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "%s" "$@"\n' \
				"$TRYGG_BIN/trygg-$p" >"vgbin/trygg-$p"
			chmod +x "vgbin/trygg-$p"
		done
		BIN="$PWD/vgbin"
	fi
}

monthly() {
	TRYGG_BIN="$BIN" trygg-monthly --lang en --population "$TOP/examples/population.csv" "$@"
}

@test "raw exports of two months become October's report, compared with September" {
	run monthly --month 2026-09 "$EX" out
	assert_success
	run monthly --month 2026-10 "$EX" out
	assert_success
	assert_line --index 5 'trygg-monthly: 2026-10: plan: ok (report.md, report.html, report.txt; compared with 2026-09)'
	for f in report.md report.html report.txt; do
		[ -s "out/2026-10/$f" ] || fail "no $f"
	done
	grep -q '<svg' out/2026-10/report.html
}

@test "the report's shares unsafe are trygg-tally's, cell for cell" {
	monthly --month 2026-10 "$EX" out 2>/dev/null
	cd out/2026-10
	# The published tables are one trygg-tally run over the anonymised
	# file (disclosure control over all of them), and the files per table
	# are cut out of it.
	diff tally.csv <(trygg-tally --long -g '' -g source -g gender -g age_band \
		-g area -g time_of_day -v safety -v source -v unsafe_places -v problems \
		-v themes -v mentioned_places -v suggestion_themes --base themes=nonempty:free_text \
		--base mentioned_places=nonempty:free_text \
		--base suggestion_themes=nonempty:suggestion \
		-n "$TOP/examples/population.csv" anonymised.csv 2>/dev/null)
	for g in total source gender age_band area time_of_day; do
		diff <(sed 1d "tally-$g-safety.csv") \
			<(awk -F, -v g="$g" '($1 == g || ($1 == "" && g == "total")) &&
				$3 == "safety" && $6 != "" {
				if ($10 == "small-base") $10 = "suppressed"
				print ($1 == "" ? "" : $2 ",") $3 "," $4 "," $5 "," $6 "," $7 "," $8 "," $9 "," $10 }' tally.csv)
	done
	# Every share unsafe by group that is not suppressed is in a table of
	# the report, with its interval and n, on one line.
	checked=0
	while read -r f n pct lo hi; do
		grep -F "$pct%" report.md | grep -F "$lo–$hi" | grep -qF "| $n |" ||
			fail "$f: unsafe $pct% ($lo–$hi, n $n) not in report.md"
		checked=$((checked + 1))
	done < <(awk -F, 'FILENAME != "tally-total-safety.csv" && FNR > 1 && $(NF-6) == "unsafe" && $NF != "suppressed" {
		print FILENAME, $(NF-5), $(NF-3), $(NF-2), $(NF-1) }' tally-*-safety.csv)
	[ "$checked" -ge 15 ]  # 17 in the example month
	# Suppressed cells are shown as the symbol, never as a number.
	grep -q ',suppressed$' tally-gender-safety.csv
	grep -qF '| .. |' report.md
	# The headline: the share unsafe overall with n and base.
	IFS=, read -r _ _ n base pct _ <<<"$(grep '^safety,unsafe,' tally-total-safety.csv)"
	grep -qF "$pct% (95% interval" report.md
	grep -qF "$n of $base" report.md
}

@test "no planted personal data reaches the anonymised records or the reports" {
	monthly --month 2026-10 "$EX" out 2>/dev/null
	cd out/2026-10
	# The plants are there to be found: they reach the (private) canonical file...
	while read -r item; do
		[ "$item" = @elev.ale.se ] || grep -qF "$item" canonical.csv || fail "$item not planted"
	done <"$FIX/e2e/planted.txt"
	# ...and nowhere after anonymisation.
	run grep -F -f "$FIX/e2e/planted.txt" anonymised.csv report.md report.html report.txt tally-*.csv log.txt
	assert_failure 1
	assert_output ''
	grep -q '\[NAME\]' anonymised.csv
	grep -q '\[PNR\]' anonymised.csv
}

@test "the hand-chained examples/pipeline.sh gives what trygg-monthly gives" {
	monthly --month 2026-10 "$EX" out 2>/dev/null
	(cd "$TOP" && PATH="$BIN:$PATH" examples/pipeline.sh "$SCRATCH/pipe" >/dev/null 2>&1)
	for f in out/2026-10/tally-*.csv; do
		diff "$f" "pipe/${f##*/}"
	done
	diff out/2026-10/anonymised.csv pipe/anonymised.csv
	diff out/2026-10/report.md pipe/report.md
}

@test "make demo's script writes both months and prints where the report is" {
	run env DEMO_OUT="$SCRATCH/demo" DEMO_LANG=en TRYGG_BIN="$BIN" "$TOP/examples/demo.sh"
	assert_success
	assert_line "The report: $SCRATCH/demo/2026-10/report.html"
	[ -f demo/2026-09/report.html ]
	[ -f demo/2026-10/report.html ]
}
