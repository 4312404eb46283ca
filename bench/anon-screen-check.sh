#!/bin/sh
# bench/anon-screen-check.sh - the prefix screen (src/anon/prefix.c) against
# PCRE2 itself: this tree is exported into a scratch folder and built with
# -DANON_SCREEN_CHECK, where every row the screen takes away at a place is
# tried there as well and a match aborts the program.  Run on lines of
# bench/anon-screen-fuzz.pl (SEEDS, LINES each), ROWS bench answers and
# every anon fixture, with the shipped patterns and the fixtures' extra
# ones.  Prints one line per input that aborted; exit 1 if any did.
#
#   bench/anon-screen-check.sh [EXTRA-INPUT]...   (EXTRA: run as --text, never shown)
set -eu
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
ROWS=${ROWS:-50000}
LINES=${LINES:-20000}
SEEDS=${SEEDS:-"1 2 3 4"}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/anon-screen.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# the working tree as it is, committed or not
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$WORK"
nice make -s -C "$WORK" bin/trygg-anon CFLAGS="-O2 -g -DANON_SCREEN_CHECK" >/dev/null
BIN=$WORK/bin/trygg-anon

fails=0
n=0
try() { # label, then trygg-anon's arguments
	label=$1
	shift
	n=$((n + 1))
	set +e
	nice "$BIN" "$@" >/dev/null 2>"$WORK/err"
	rc=$?
	set -e
	if [ $rc -ge 128 ]; then
		fails=$((fails + 1))
		echo "SCREEN MISSED A MATCH (status $rc): $label [$*]" | sed "s|$WORK|WORK|g"
	fi
}

for seed in $SEEDS; do
	perl bench/anon-screen-fuzz.pl "$LINES" "$seed" > "$WORK/fuzz.txt"
	try "fuzz seed $seed" --text "$WORK/fuzz.txt"
	try "fuzz seed $seed" --text --patterns tests/fixtures/anon/extra-patterns.csv "$WORK/fuzz.txt"
done
perl bench/anon-gen.pl "$ROWS" > "$WORK/bench.csv"
try "bench answers" -c free_text "$WORK/bench.csv"
for f in tests/fixtures/anon*/*.txt tests/fixtures/anon*/*.csv; do
	try "$f" --text "$f"
done
for f in "$@"; do
	try "extra input" --text "$f"
done
echo "$n runs, $fails where the screen took away a row that matches"
[ "$fails" -eq 0 ]
