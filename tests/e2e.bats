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
		# every compiled program, so a new stage cannot slip past
		for f in "$TRYGG_BIN"/trygg-*; do
			p=${f##*/}
			[ "$p" = trygg-monthly ] && continue
			printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "%s" "$@"\n' \
				"$f" >"vgbin/$p"
			chmod +x "vgbin/$p"
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
	assert_line --index 6 'trygg-monthly: 2026-10: plan: ok (report.md, report.html, report.txt; compared with 2026-09)'
	for f in report.md report.html report.txt; do
		[ -s "out/2026-10/$f" ] || fail "no $f"
	done
	grep -q '<svg' out/2026-10/report.html
	# The register followed up from the two months' history.
	run "$BIN/trygg-follow" -q -R "$TOP/examples/register.csv" out/history.csv
	assert_success
	[ "${#lines[@]}" -eq 9 ]
}

@test "the report's shares unsafe are trygg-tally's, cell for cell" {
	monthly --month 2026-10 "$EX" out 2>/dev/null
	cd out/2026-10
	# The published tables are one trygg-tally run over the anonymised
	# file (disclosure control over all of them).
	diff tally.csv <(trygg-tally "${MONTH_TALLY[@]}" \
		-n "$TOP/examples/population.csv" anonymised.csv 2>/dev/null)
	# Every share unsafe by one group that is shown is in a table of the
	# report, with its interval and n, on one line.
	checked=0
	while read -r by n pct lo hi; do
		grep -F "$pct%" report.md | grep -F "$lo–$hi" | grep -qF "| $n |" ||
			fail "$by: unsafe $pct% ($lo–$hi, n $n) not in report.md"
		checked=$((checked + 1))
	done < <(awk -F, '$1 ~ /^[a-z_]+$/ && $3 == "safety" && $4 == "unsafe" && $7 != "" {
		print $1, $5, $7, $8, $9 }' tally.csv)
	[ "$checked" -ge 15 ]  # 17 in the example month
	# Suppressed cells are shown as the symbol, never as a number.
	grep -q '^gender,.*,suppressed,' tally.csv
	grep -qF '| .. |' report.md
	# The headline: each channel's share unsafe with its base (no pooled
	# share without weights).
	while IFS=, read -r _ src _ _ n base pct _; do
		grep -qF -- "- **$pct%** " report.md || fail "headline $src $pct% missing"
		grep -qF "(base $base)" report.md || fail "headline $src base $base missing"
	done < <(grep '^source,[a-z]*,safety,unsafe,[0-9]' tally.csv)
	IFS=, read -r _ _ _ _ _ _ pct _ <<<"$(grep '^,,safety,unsafe,' tally.csv)"
	run grep -F -- "- **$pct%**" report.md
	assert_failure 1
}

@test "no planted personal data reaches the anonymised records or the reports" {
	monthly --month 2026-10 "$EX" out 2>/dev/null
	cd out/2026-10
	# The plants are there to be found: they reach the (private) canonical file...
	while read -r item; do
		[ "$item" = @elev.ale.se ] || grep -qF "$item" canonical.csv || fail "$item not planted"
	done <"$FIX/e2e/planted.txt"
	# ...and nowhere after anonymisation.
	run grep -F -f "$FIX/e2e/planted.txt" anonymised.csv quotes.csv report.md report.html report.txt tally.csv log.txt
	assert_failure 1
	assert_output ''
	grep -q '\[NAME\]' anonymised.csv
	grep -q '\[PNR\]' anonymised.csv
}

@test "the hand-chained examples/pipeline.sh gives what trygg-monthly gives" {
	monthly --month 2026-10 "$EX" out 2>/dev/null
	(cd "$TOP" && PATH="$BIN:$PATH" examples/pipeline.sh "$SCRATCH/pipe" >/dev/null 2>&1)
	diff out/2026-10/tally.csv pipe/tally.csv
	diff out/2026-10/quotes.csv pipe/quotes.csv
	diff out/2026-10/anonymised.csv pipe/anonymised.csv
	diff out/2026-10/report.md pipe/report.md
}

@test "the README's month by hand runs as shown and gives what examples/pipeline.sh gives" {
	[ "${TRYGG_VALGRIND:-}" != 1 ] || skip "the same programs as the pipeline test"
	sed -n '/^A month by hand/,/^Every month from cron/p' "$TOP/README.md" |
		sed -n '/^```sh$/,/^```$/p' | sed '1d;$d' >readme.sh
	grep -q 'trygg-plan' readme.sh
	(cd "$TOP" && PATH="$BIN:$PATH" examples/pipeline.sh "$SCRATCH/pipe" >/dev/null 2>&1)
	mkdir -p repo && cp -R "$TOP/examples" repo/
	(cd repo && PATH="$BIN:$PATH" bash -e ../readme.sh 2>/dev/null)
	for f in anonymised.csv quotes.csv tally.csv report.md; do
		diff "pipe/$f" "repo/demo-out/pipeline/$f"
	done
}

@test "make demo's script writes both months and prints where the report is" {
	[ "${TRYGG_VALGRIND:-}" != 1 ] || skip "24 months: the first test runs every program once"
	run env DEMO_OUT="$SCRATCH/demo" DEMO_LANG=en TRYGG_BIN="$BIN" "$TOP/examples/demo.sh"
	assert_success
	assert_line "The report: $SCRATCH/demo/2026-10/report.html"
	[ -f demo/2026-09/report.html ]
	[ -f demo/2026-10/report.html ]
	# Two years of history: the rolling year against the one before, added
	# up from the history's counts, and the same month a year ago.
	diff demo/2026-10/year.csv <(trygg-tally -q --merge --period 2025-11..2026-10 demo/history.csv)
	diff demo/2026-10/year-before.csv <(trygg-tally -q --merge --period 2024-11..2025-10 demo/history.csv)
	assert_line 'trygg-monthly: 2026-10: year: ok (year.csv, year-before.csv)'
	grep -qx '### The last 12 months against the 12 months before' demo/2026-10/report.md
	grep -qx 'Compared with October 2025 (the same month a year ago).' demo/2026-10/report.md
	# The adopted measures first, then new proposals that are not in the register.
	grep -qx '### Adopted measures: follow-up' demo/2026-10/report.md
	grep -qx '### New proposals' demo/2026-10/report.md
	[ "$(head -n 1 demo/2026-10/proposals.csv | cut -c1-14)" = 'id,measure,cat' ]
}

@test "--compare month: the month before, no rolling year" {
	[ "${TRYGG_VALGRIND:-}" != 1 ] || skip "trygg-monthly's own logic: the release pass runs it"
	for m in 2025-09 2025-10 2026-09 2026-10; do
		mkdir -p "ex/$m"
		cp "$EX/2026-10"/*.csv "ex/$m/"
	done
	for m in 2025-09 2025-10 2026-09; do
		monthly -q --month "$m" ex out
	done
	run monthly --compare month --month 2026-10 ex out
	assert_success
	assert_line --partial 'plan: ok (report.md, report.html, report.txt; compared with 2026-09)'
	run monthly --month 2026-10 ex out
	assert_line --partial 'plan: ok (report.md, report.html, report.txt; compared with 2025-10)'
	refute_line --partial ': year: '
	run monthly --compare week --month 2026-10 ex out
	assert_failure 2
	assert_line --index 0 'trygg-monthly: --compare must be year or month'
}
