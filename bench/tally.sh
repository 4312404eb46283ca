#!/bin/sh
# bench/tally.sh - trygg-tally against peer tools on 1,000,000 canonical
# records: group by source,area and count safety.
#
#   sh bench/tally.sh        (make bench runs every bench/*.sh)
#
# The data is the dev set's canonical records repeated with new
# response_ids, generated once under bench/data/ (git-ignored).  Each tool
# runs once under nice; /usr/bin/time -v gives wall time and peak memory.
# Peers: Miller (mlr count), GNU datamash (needs sorted input: -s; it splits
# on every comma and line break, so quoted free text with commas or line
# breaks corrupts its columns - its figures are only a speed reference),
# a bare libcsv parse (bench/csvcount.c: the floor for anything built on
# libcsv) and cat > /dev/null (the disk/page cache).
set -eu
cd "$(dirname "$0")/.."
DATA=bench/data
CANON=tests/fixtures/clean-dev/truth/canonical.csv
BIG=$DATA/tally-1m.csv
ROWS=1000000
mkdir -p "$DATA"
. bench/measure.sh

# The dev canonical records again and again, with new response_ids.
if [ ! -s "$BIG" ]; then
	echo "generating $BIG ($ROWS records)..." >&2
	repeat_records "$CANON" "$ROWS" 'r = "b" pass "-" r' >"$BIG.tmp"
	mv "$BIG.tmp" "$BIG"
fi
[ -x "$DATA/csvcount" ] || cc -O2 bench/csvcount.c -lcsv -o "$DATA/csvcount"
[ -x bin/trygg-tally ] || make -s bin/trygg-tally

MB=$(du -m "$BIG" | cut -f1)
BYTES=$(wc -c <"$BIG")
echo "input: $BIG, $ROWS records, $BYTES bytes"

# run NAME CMD...: wall time, CPU time (user + sys: steadier than wall
# time on a shared machine, and what the ratios use), MB/s of CPU time and
# peak memory.
run() {
	name=$1; shift
	measure "$name" "$@" || echo "$name failed: $(head -n 1 "$DATA/err.$name")"
	wall=$WALL cpu=$CPU kb=$KB
	mbs=$(mb_per_s "$BYTES" "$cpu")
	printf '%-10s %7.2f s wall %7.2f s cpu %6s MB/s %9s KB peak\n' "$name" "$wall" "$cpu" "$mbs" "$kb"
	echo "$name $cpu $kb" >>"$DATA/results"
}

: >"$DATA/results"
cat "$BIG" >/dev/null # warm the page cache
run cat sh -c "cat '$BIG' >/dev/null"
run csvcount "$DATA/csvcount" "$BIG"
run tally bin/trygg-tally -g source,area -v safety --min-cell 0 --min-base 0 "$BIG"
# A month's shape: six breakdowns and three variables in one pass, with
# disclosure control over all the tables.
run tally6 bin/trygg-tally -g '' -g source -g gender -g age_band -g area -g time_of_day \
	-v safety -v unsafe_places -v problems "$BIG"
run mlr mlr --icsv --ocsv count -g source,area,safety "$BIG"
# datamash refuses the file outright (a quoted line break makes a 2-field
# "line"); with --no-strict it runs, on wrongly split columns.
run datamash sh -c "datamash -t, --header-in --no-strict --filler x -s -g 2,5,8 count 8 <'$BIG'"

echo "ratios on CPU time (load average: $(cut -d' ' -f1 /proc/loadavg))"
awk '{ t[$1] = $2 } END {
	printf "tally vs Miller: %.2fx faster (aim >= 1.3x)\n", t["mlr"] / t["tally"]
	printf "tally vs bare libcsv parse: %.2fx the time (aim <= 1.2x)\n", t["tally"] / t["csvcount"]
	printf "cat: %.2fx faster than tally\n", t["tally"] / t["cat"]
	printf "six breakdowns, three variables: %.2fx the time of one\n", t["tally6"] / t["tally"] }' "$DATA/results"

# Same counts as Miller (unsuppressed): the sum of n over safety codes.
awk -F, 'NR > 1 && $4 != "unsafe" && $5 > 0 { s += $5 } END { print "tally counted", s, "answers" }' "$DATA/out.tally"
awk -F, 'NR > 1 && $3 != "" { s += $4 } END { print "mlr counted  ", s, "answers" }' "$DATA/out.mlr"
[ -s "$DATA/out.datamash" ] || echo "datamash: no result (see above)"
