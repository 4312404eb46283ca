#!/bin/sh
# bench/clean.sh - trygg-clean against peer tools on a 1,000,000-record raw
# export (Google Forms format, the dev set's school-google.csv repeated with
# new e-mail identities, so the duplicates, resubmissions, multi-line free
# text and multi-select labels of the dev set recur at scale).
#
#   sh bench/clean.sh        (make bench runs every bench/*.sh)
#
# Peers: csvkit's csvclean (fixes ragged rows), Miller's clean-whitespace,
# a bare libcsv parse (bench/csvcount.c, the floor for anything built on
# libcsv) and cat > /dev/null.  trygg-clean is also run on the first 10,000
# records to compare peak memory.  Each tool runs once under nice;
# /usr/bin/time -v gives wall time and peak memory.
set -eu
cd "$(dirname "$0")/.."
DATA=bench/data
RAW=tests/fixtures/clean-dev/school-google.csv
ROWS=${ROWS:-1000000}
BIG=$DATA/school-clean-1m.csv
SMALL=$DATA/school-clean-10k.csv
mkdir -p "$DATA"
. bench/measure.sh

# gen FILE N: N records of RAW with new e-mail identities per pass.
gen() {
	repeat_records "$RAW" "$2" 'gsub(/@elev\./, "." pass "@elev.", r)' >"$1.tmp"
	mv "$1.tmp" "$1"
}
[ -s "$BIG" ] || { echo "generating $BIG ($ROWS records)..." >&2; gen "$BIG" "$ROWS"; }
[ -s "$SMALL" ] || gen "$SMALL" 10000
[ -x "$DATA/csvcount" ] || cc -O2 bench/csvcount.c -lcsv -o "$DATA/csvcount"
[ -x bin/trygg-clean ] || make -s bin/trygg-clean

BYTES=$(wc -c <"$BIG")
echo "input: $BIG, $ROWS records, $BYTES bytes"

# run NAME FILE CMD...: prints NAME seconds MB/s CPU-seconds peakKB.  CPU
# time (user + sys) is printed too: on a shared, loaded machine the wall
# time is inflated by waiting for a core, the CPU time much less.
run() {
	name=$1 file=$2; shift 2
	bytes=$(wc -c <"$file")
	measure "$name" "$@" || true
	secs=$WALL cpu=$CPU kb=$KB
	mbs=$(mb_per_s "$bytes" "$secs")
	printf '%-14s %8.2f s %6s MB/s %8.2f s cpu %9s KB peak\n' "$name" "$secs" "$mbs" "$cpu" "$kb"
	echo "$name $secs $kb $cpu" >>"$DATA/results.clean"
}

: >"$DATA/results.clean"
cat "$BIG" >/dev/null # warm the page cache
run cat "$BIG" sh -c "cat '$BIG' >/dev/null"
run csvcount "$BIG" "$DATA/csvcount" "$BIG"
run trygg-10k "$SMALL" bin/trygg-clean -q -r "$DATA/rejects-10k.csv" "$SMALL"
run trygg-clean "$BIG" bin/trygg-clean -q -r "$DATA/rejects-1m.csv" "$BIG"
run mlr "$BIG" mlr --icsv --ocsv clean-whitespace "$BIG"
run csvclean "$BIG" csvclean "$BIG"
rm -f "$DATA"/school-clean-1m_out.csv "$DATA"/school-clean-1m_err.csv

awk '{ t[$1] = $2; m[$1] = $3; c[$1] = $4 }
END {
	printf "trygg-clean vs csvclean: %.1fx faster, %.1fx less CPU (aim >= 5x)\n",
		t["csvclean"] / t["trygg-clean"], c["csvclean"] / c["trygg-clean"]
	printf "trygg-clean vs mlr clean-whitespace: %.1fx faster, %.1fx less CPU\n",
		t["mlr"] / t["trygg-clean"], c["mlr"] / c["trygg-clean"]
	printf "trygg-clean / bare libcsv parse: %.2fx the time, %.2fx the CPU (aim <= 2x)\n",
		t["trygg-clean"] / t["csvcount"], c["trygg-clean"] / c["csvcount"]
	printf "peak memory 1M / 10k: %.1fx (%d KB / %d KB)\n", m["trygg-clean"] / m["trygg-10k"], m["trygg-clean"], m["trygg-10k"]
}' "$DATA/results.clean"
