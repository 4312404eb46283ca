#!/bin/sh
# bench/weight.sh - trygg-weight on 1,000,000 canonical records: time and
# peak memory, memory against a tenth of the records (it must not grow with
# the input), and R's survey::rake on the same records and margins (the
# reference of tests/weight.bats) as a ratio, with the largest difference
# between the two sets of weights.
#
#   sh bench/weight.sh           (make bench runs every bench/*.sh)
#   ROWS=N sh bench/weight.sh    another size
#   R=0 sh bench/weight.sh       without R (it takes minutes and gigabytes)
#
# The records are tests/fixtures/weight/records.csv (staff, pupils, street
# intercepts) repeated with new response_ids, generated once under
# bench/data/ (git-ignored).  Margins per channel: staff by age band, gender
# and area, pupils by gender and age band; the street records have none and
# keep weight 1 (--unmatched keep).  Each run is niced; /usr/bin/time -v
# gives wall and CPU time and peak memory.
set -eu
cd "$(dirname "$0")/.."
DATA=bench/data
ROWS=${ROWS:-1000000}
SMALL=$((ROWS / 10))
R=${R:-1}
FIX=tests/fixtures/weight
BIG=$DATA/weight-$ROWS.csv
LITTLE=$DATA/weight-$SMALL.csv
MARGINS=$DATA/weight-margins.csv
mkdir -p "$DATA"
. bench/measure.sh

generate() { # FILE ROWS
	[ -s "$1" ] && return
	echo "generating $1 ($2 records)..." >&2
	repeat_records "$FIX/records.csv" "$2" 'r = "w" pass "-" r' >"$1.tmp"
	mv "$1.tmp" "$1"
}
generate "$BIG" "$ROWS"
generate "$LITTLE" "$SMALL"
{
	echo "source,dimension,value,population"
	sed -n 's/^\(age_band\|gender\|area\),/staff,&/p' "$FIX/staff-margins.csv"
	grep '^school,' "$FIX/channel-margins.csv"
} >"$MARGINS"
[ -x bin/trygg-weight ] || make -s bin/trygg-weight

BYTES=$(wc -c <"$BIG")
echo "input: $BIG, $ROWS records, $BYTES bytes; margins: $MARGINS"
: >"$DATA/weight-results"
run() { # NAME CMD...
	name=$1
	shift
	measure "$name" "$@" || { echo "$name failed: $(head -n 3 "$DATA/err.$name")"; return 1; }
	printf '%-14s %8.2f s wall %8.2f s cpu %7s MB/s %9s KB peak\n' "$name" \
		"$WALL" "$CPU" "$(mb_per_s "$INBYTES" "$CPU")" "$KB"
	echo "$name $CPU $KB" >>"$DATA/weight-results"
}

cat "$BIG" >/dev/null # warm the page cache
INBYTES=$BYTES
run weight bin/trygg-weight --unmatched keep -a "$MARGINS" "$BIG"
sed -n 's/^trygg-weight: /  /p' "$DATA/err.weight"
run weight-stdin sh -c "bin/trygg-weight -q --unmatched keep -a '$MARGINS' <'$BIG'"
INBYTES=$(wc -c <"$LITTLE")
run weight-tenth bin/trygg-weight -q --unmatched keep -a "$MARGINS" "$LITTLE"

if [ "$R" = 1 ] && Rscript -e 'library(survey)' >/dev/null 2>&1; then
	INBYTES=$BYTES
	run R Rscript tests/tools/weight-oracle.R "$BIG" "$MARGINS" "" 1e-6
	# The weights side by side (street records: R has none).
	python3 - "$DATA/out.weight" "$DATA/out.R" <<'EOF'
import csv, sys
csv.field_size_limit(1 << 30)
r = {row["response_id"]: float(row["weight"]) for row in csv.DictReader(open(sys.argv[2], newline=""))}
worst = 0.0
n = 0
for row in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    w = r.get(row["response_id"])
    if w is not None:
        worst = max(worst, abs(float(row["weight"]) - w))
        n += 1
print(f"R and trygg-weight: {n} weights compared, largest difference {worst:.3g}")
EOF
else
	echo "R: skipped (R=0, or Rscript with the survey package is missing)"
fi

echo "load average: $(cut -d' ' -f1 /proc/loadavg)"
awk '{ t[$1] = $2; m[$1] = $3 } END {
	printf "memory, %s records vs a tenth: %d KB vs %d KB\n", "'"$ROWS"'", m["weight"], m["weight-tenth"]
	if ("R" in t)
		printf "R survey::rake: %.1fx the CPU time, %.1fx the memory of trygg-weight\n", t["R"] / t["weight"], m["R"] / m["weight"] }' \
	"$DATA/weight-results"
