#!/bin/sh
# bench/scale.sh - how throughput grows from 1 to 2 cores when GNU parallel
# cuts the input into blocks (parallel --pipe) for trygg-clean, trygg-anon
# and trygg-themes (README, "Beyond one machine").
#
#   sh bench/scale.sh        ROWS=N for another size (default 100000)
#
# Each filter runs under nice as `parallel -j1` and `parallel -j2` over the
# same blocks (--pipepart: parallel seeks in the file instead of passing
# every byte through itself; both pay its own cost), and once bare.  Prints
# wall seconds, MB/s of input and the speed-up of -j2 over -j1, and the
# load average, which on a shared machine says how much the figures mean.  On a
# shared machine wall times vary: run it when the machine is quiet.
# trygg-clean in blocks finds duplicates and resubmissions only within a
# block; the recipe therefore cleans on one host, and this only measures.
set -eu
cd "$(dirname "$0")/.."
DATA=bench/data
ROWS=${ROWS:-100000}
BLOCK=${BLOCK:-4M}
mkdir -p "$DATA"
. bench/measure.sh
export PATH="$PWD/bin:$PATH"

RAW=$DATA/scale-raw-$ROWS.csv
CANON=$DATA/scale-canon-$ROWS.csv
[ -s "$RAW" ] || repeat_records tests/fixtures/clean-dev/school-google.csv "$ROWS" \
	'gsub(/@elev\./, "." pass "@elev.", r)' >"$RAW"
[ -s "$CANON" ] || repeat_records tests/fixtures/clean-dev/truth/canonical.csv "$ROWS" \
	'r = "s" pass "-" r' >"$CANON"

# A raw Google Forms record starts with its timestamp; a canonical one with
# its response id and source.
RAW_START='[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2},'
CANON_START='[^,"\n]*,(?:school|staff|street|web),'

# run NAME INPUT RECSTART CMD: bare, -j1, -j2.
run() {
	name=$1 in=$2 start=$3 cmd=$4
	bytes=$(wc -c <"$in")
	measure "$name-bare" sh -c "$cmd <'$in'"
	bare=$WALL bare_cpu=$CPU
	for j in 1 2; do
		measure "$name-j$j" parallel -j"$j" --pipepart -a "$in" --header 1 --block "$BLOCK" \
			--keep-order --regexp --recend '\n' --recstart "$start" "$cmd"
		eval "wall$j=\$WALL cpu$j=\$CPU"
	done
	# shellcheck disable=SC2154 # set by the eval above
	printf '%-12s %5s MB  bare %6.2f s (cpu %5.2f)  -j1 %6.2f s (%s MB/s, cpu %5.2f)  -j2 %6.2f s (%s MB/s, cpu %5.2f)  x%s\n' \
		"$name" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" \
		"$bare" "$bare_cpu" "$wall1" "$(mb_per_s "$bytes" "$wall1")" "$cpu1" \
		"$wall2" "$(mb_per_s "$bytes" "$wall2")" "$cpu2" \
		"$(awk -v a="$wall1" -v b="$wall2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.001) }')"
}

echo "$ROWS records, blocks of $BLOCK, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run trygg-clean "$RAW" "$RAW_START" 'trygg-clean -q -s school'
run trygg-anon "$CANON" "$CANON_START" 'trygg-anon -q -c free_text,suggestion'
run trygg-themes "$CANON" "$CANON_START" 'trygg-themes -q'
