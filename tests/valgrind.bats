#!/usr/bin/env bats
# valgrind: the CSV test driver and every program, on small fixtures and
# down one error path each, with zero memcheck reports: invalid reads and
# writes, uninitialised values, and on the paths that finish normally
# definite and possible leaks (a fatal error exits through die() without
# freeing on purpose, so error paths (vg_error) are checked without leaks).

load common

HFIX="$FIX/hardening"

setup() {
	command -v valgrind >/dev/null || skip "valgrind is missing (make deps)"
	setup_scratch
}

# vg PROG ARGS... / vg_error PROG ARGS...: PROG under memcheck, with or
# without the leak check; status 99 or anything in the log is a report.
vg() {
	vg_with "--leak-check=full --errors-for-leak-kinds=definite,possible" "$@"
}
vg_error() {
	vg_with --leak-check=no "$@"
}
# A fixture the reader refuses takes the error path: decided by a plain run.
vg_auto() {
	if "$@" >/dev/null 2>&1; then vg "$@"; else vg_error "$@"; fi
}
vg_with() {
	local leaks=$1 bin=$2
	shift 2
	[ -x "$bin" ] || skip "${bin##*/} not built"
	# A sanitizer build cannot run under valgrind (make check-asan).
	if grep -aq __asan_init "$bin" 2>/dev/null; then
		skip "${bin##*/} is a sanitizer build"
	fi
	# shellcheck disable=SC2086
	run valgrind -q --error-exitcode=99 $leaks --log-file=vg.log "$bin" "$@"
	if [ "$status" -eq 99 ] || [ -s vg.log ]; then
		fail "memcheck reports for ${bin##*/}: $(head -c 2000 vg.log)"
	fi
}

@test "valgrind: csvdump on the CSV fixtures, with and without detection" {
	local f
	for f in "$FIX"/csv/*.csv "$HFIX"/*.csv; do
		vg_auto "$TRYGG_TESTBIN/csvdump" --detect "$f"
		vg_auto "$TRYGG_TESTBIN/csvdump" --lines "$f"
	done
	vg "$TRYGG_TESTBIN/csvdump" --json "$FIX/csv-spectrum/csvs/quotes_and_newlines.csv"
	vg "$TRYGG_TESTBIN/csvdump" --rewrite "$FIX/csv-spectrum/csvs/newlines_crlf.csv"
}

@test "valgrind: trygg-clean on an export, with rejects, and on a broken one" {
	vg "$TRYGG_BIN/trygg-clean" -r rejects.csv "$HFIX/street-raw.csv"
	assert_success
	vg "$TRYGG_BIN/trygg-clean" "$FIX/clean-dev/staff-limesurvey-en.csv"
	assert_success
	{ cat "$HFIX/street-raw.csv"; printf '3/11 kl 15.50,Resecentrum,AL,"open\n'; } >street-quote.csv
	vg_error "$TRYGG_BIN/trygg-clean" street-quote.csv
	assert_failure 1
}

@test "valgrind: trygg-anon on canonical CSV, text and pseudonyms" {
	vg "$TRYGG_BIN/trygg-anon" -c free_text,suggestion --stats "$HFIX/canonical.csv"
	assert_success
	head -c 32 /dev/urandom >key
	chmod 600 key
	vg "$TRYGG_BIN/trygg-anon" --text --pseudonymise --key key "$FIX/anon-dev/input.csv"
	assert_success
	printf 'ok\n\377\n' >bad.txt
	vg_error "$TRYGG_BIN/trygg-anon" --text bad.txt
	assert_failure 1
}

@test "valgrind: trygg-anon --strict on the address and number shapes (PCRE2's JIT reads past a text's end)" {
	vg "$TRYGG_BIN/trygg-anon" --text --strict "$FIX/anon/formats.txt"
	assert_success
	vg "$TRYGG_BIN/trygg-anon" --text "$FIX/anon/proper.txt"
	assert_success
}

@test "valgrind: trygg-themes on canonical CSV and a ragged one" {
	vg "$TRYGG_BIN/trygg-themes" "$HFIX/canonical.csv"
	assert_success
	{ cat "$HFIX/canonical.csv"; echo 'a,b'; } >ragged.csv
	vg_error "$TRYGG_BIN/trygg-themes" ragged.csv
	assert_failure 1
}

@test "valgrind: trygg-tally, --partial and --merge" {
	vg "$TRYGG_BIN/trygg-tally" -g source,gender -v safety -v problems "$HFIX/canonical.csv"
	assert_success
	"$TRYGG_BIN/trygg-tally" -g source -v safety --partial "$HFIX/canonical.csv" >part.csv
	vg "$TRYGG_BIN/trygg-tally" --merge part.csv part.csv
	assert_success
	vg_error "$TRYGG_BIN/trygg-tally" -g source -v safety -w free_text "$HFIX/canonical.csv"
	assert_failure 1
}

@test "valgrind: trygg-plan in every format" {
	local fmt
	for fmt in md html txt; do
		vg "$TRYGG_BIN/trygg-plan" -f "$fmt" "$HFIX/tally.csv"
		assert_success
	done
	vg_error "$TRYGG_BIN/trygg-plan" "$HFIX/canonical.csv"
	assert_failure 1
}
