#!/bin/sh
# bench/themes.sh - trygg-themes on 1,000,000 survey answers (free text of
# 0-300 characters: bench/anon-gen.pl, the same file bench/anon.sh uses)
# against trygg-anon on that file (the stage before it in a month) and
# against the obvious peers with the same patterns:
#   perl     bench/themes-perl.pl: each code's patterns as one alternation,
#            every code tried on every record (the same output columns);
#   grep -P  GNU grep with all theme and place patterns in one PCRE2 (JIT)
#            alternation: only which lines hold any theme at all, a floor
#            for a regex engine that reads every line once.
# Then both programs again on month-shaped records (canonical records of
# the example October, repeated), where texts are short and trygg-anon
# has little to do.
# Each runs once under nice; CPU time (user + sys) is the figure to
# compare on a shared machine, wall time is printed too.  ROWS=N changes
# the size; PEER_ROWS=N the sample the slower peers get (their MB/s is
# measured on that sample; the ratios are per MB).
set -eu
cd "$(dirname "$0")/.."
DATA=bench/data
ROWS=${ROWS:-1000000}
PEER_ROWS=${PEER_ROWS:-10000}
IN=$DATA/anon-$ROWS.csv
SAMPLE=$DATA/themes-sample-$PEER_ROWS.csv
MONTH=$DATA/month-$ROWS.csv
mkdir -p "$DATA"
export LC_ALL=C.UTF-8
. bench/measure.sh

[ -x bin/trygg-themes ] && [ -x bin/trygg-anon ] && [ -x bin/trygg-clean ] ||
	make -s bin/trygg-themes bin/trygg-anon bin/trygg-clean
if [ ! -s "$IN" ]; then
	echo "generating $IN ($ROWS rows)" >&2
	perl bench/anon-gen.pl "$ROWS" >"$IN.tmp"
	mv "$IN.tmp" "$IN"
fi
head -n "$((PEER_ROWS + 1))" "$IN" >"$SAMPLE"

# All patterns of both files in one alternation, for grep -P.
python3 - share/trygg/themes.csv share/trygg/places.csv >"$DATA/themes-all.re" <<'PY'
import csv, sys
pats = [row[2] for f in sys.argv[1:] for row in list(csv.reader(open(f, encoding="utf-8")))[1:]
        if len(row) > 2 and row[2] and not row[0].startswith(("#", "-"))]
print("(?i)(?:" + "|".join("(?:%s)" % p for p in pats) + ")")
PY

BYTES=$(wc -c <"$IN")
SBYTES=$(wc -c <"$SAMPLE")
echo "input: $IN, $ROWS records, $BYTES bytes (grep -P and perl: first $PEER_ROWS records, $SBYTES bytes)"
cat "$IN" >/dev/null # warm the page cache

# run NAME FILE CMD...: one line of figures; CPU seconds per MB kept in
# $DATA/results.themes for the ratios.
: >"$DATA/results.themes"
run() {
	name=$1 file=$2
	shift 2
	measure "$name" "$@" || { echo "$name failed: $(cat "$DATA/err.$name")" >&2; exit 1; }
	bytes=$(wc -c <"$file")
	printf '%-14s %8.2f s wall %8.2f s cpu %8.2f MB/s (cpu) %8s KB peak\n' \
		"$name" "$WALL" "$CPU" "$(awk -v b="$bytes" -v c="$CPU" 'BEGIN { print b / 1048576 / (c > 0 ? c : 0.001) }')" "$KB"
	echo "$name $(awk -v c="$CPU" -v b="$bytes" 'BEGIN { print c / (b / 1048576) }')" \
		>>"$DATA/results.themes"
}

run trygg-themes "$IN" bin/trygg-themes -q "$IN"
run trygg-anon "$IN" bin/trygg-anon -q -c free_text "$IN"
# Month-shaped records: the example October's canonical records (short
# texts in free_text and suggestion, fourteen columns) repeated to ROWS.
if [ ! -s "$MONTH" ]; then
	echo "generating $MONTH ($ROWS records)" >&2
	bin/trygg-clean -q -r /dev/null examples/exports/2026-10/*.csv >"$DATA/month-src.csv"
	repeat_records "$DATA/month-src.csv" "$ROWS" 'sub(/^[^,]*/, "&-" pass, r)' >"$MONTH.tmp"
	mv "$MONTH.tmp" "$MONTH"
fi
run themes-month "$MONTH" bin/trygg-themes -q "$MONTH"
run anon-month "$MONTH" bin/trygg-anon -q -c free_text,suggestion "$MONTH"
run grep-P "$SAMPLE" grep -cP -f "$DATA/themes-all.re" "$SAMPLE"
run perl "$SAMPLE" sh -c 'perl bench/themes-perl.pl share/trygg/themes.csv share/trygg/places.csv <"$1"' sh "$SAMPLE"

# Ratios of CPU time per MB: above 1 means trygg-themes is faster.
awk '{ s[$1] = $2 }
END {
	t = s["trygg-themes"]
	printf "ratios (cpu per MB, other / trygg-themes): trygg-anon %.2f, grep -P %.2f, perl %.1f\n",
		s["trygg-anon"] / t, s["grep-P"] / t, s["perl"] / t
	printf "month-shaped records: trygg-anon / trygg-themes %.2f\n", s["anon-month"] / s["themes-month"]
}' "$DATA/results.themes"
