#!/usr/bin/env bats
# Memory: the filters stream, so 100 times the rows must not cost 100 times
# the memory.  Each program runs on 10 000 and on 1 000 000 rows; the growth
# of its peak RSS (GNU time's %M) must stay under a fixed bound.  trygg-clean
# keeps a compact index of every record (exact duplicates, resubmissions:
# clean/index.h, 24 bytes an entry), so its bound is per row, not constant.

load common

HFIX="$FIX/hardening"

# ROWS raw street-interview records, all different (the interviewer column,
# which clean drops but compares for duplicates, holds a counter).
make_raw() {
	head -n 1 "$HFIX/street-raw.csv"
	tail -n +2 "$HFIX/street-raw.csv" | grep -v '^,*$' |
		awk -v n="$1" 'BEGIN { FS = OFS = "," }
			{ r[NR] = $0 }
			END { for (i = 0; i < n; i++) { $0 = r[i % NR + 1]; $3 = "I" i; print } }'
}

# ROWS canonical records with distinct response ids.
make_canonical() {
	head -n 1 "$HFIX/canonical.csv"
	tail -n +2 "$HFIX/canonical.csv" |
		awk -v n="$1" 'BEGIN { FS = OFS = "," }
			{ r[NR] = $0 }
			END { for (i = 0; i < n; i++) { $0 = r[i % NR + 1]; $1 = "m-" i; print } }'
}

setup_file() {
	local d=$BATS_FILE_TMPDIR
	make_raw 10000 >"$d/street-small.csv"
	make_raw 1000000 >"$d/street-large.csv"
	make_canonical 10000 >"$d/small.csv"
	make_canonical 1000000 >"$d/large.csv"
}

# peak_kb CMD...: peak RSS of CMD in KiB (its output thrown away).
peak_kb() {
	/usr/bin/time -f %M -o "$BATS_TEST_TMPDIR/rss" "$@" >/dev/null 2>"$BATS_TEST_TMPDIR/err" ||
		fail "$* failed: $(head -c 300 "$BATS_TEST_TMPDIR/err")"
	tail -n 1 "$BATS_TEST_TMPDIR/rss"
}

# assert_growth PROG SMALL LARGE BOUND_KB ARGS...
assert_growth() {
	local prog=$1 small=$2 large=$3 bound=$4 a b
	shift 4
	[ -x "$TRYGG_BIN/$prog" ] || skip "$prog not built"
	[ -x /usr/bin/time ] || skip "GNU time (Debian package time) is missing"
	a=$(peak_kb "$prog" "$@" "$BATS_FILE_TMPDIR/$small")
	b=$(peak_kb "$prog" "$@" "$BATS_FILE_TMPDIR/$large")
	echo "# $prog: $a KiB at 10k rows, $b KiB at 1M rows" >&3
	[ $((b - a)) -lt "$bound" ] ||
		fail "$prog: peak RSS grew from $a KiB to $b KiB (bound: +$bound KiB)"
}

@test "memory: trygg-clean on 10k and 1M rows grows by less than 128 bytes a row" {
	assert_growth trygg-clean street-small.csv street-large.csv $((128 * 990000 / 1024)) -q
}

@test "memory: trygg-anon on 10k and 1M rows grows by less than 8 MiB" {
	assert_growth trygg-anon small.csv large.csv 8192 -c free_text,suggestion
}

@test "memory: trygg-anon --pseudonymise on 10k and 1M rows grows by less than 8 MiB" {
	head -c 32 /dev/urandom >"$BATS_TEST_TMPDIR/key"
	chmod 600 "$BATS_TEST_TMPDIR/key"
	assert_growth trygg-anon small.csv large.csv 8192 -c free_text,suggestion \
		--pseudonymise --key "$BATS_TEST_TMPDIR/key"
}

@test "memory: trygg-themes on 10k and 1M rows grows by less than 8 MiB" {
	assert_growth trygg-themes small.csv large.csv 8192
}

@test "memory: trygg-tally on 10k and 1M rows grows by less than 8 MiB (memory per group)" {
	assert_growth trygg-tally small.csv large.csv 8192 -g source,area,gender -v safety -v problems
}
