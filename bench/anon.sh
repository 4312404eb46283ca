#!/bin/sh
# bench/anon.sh - throughput of trygg-anon on 1,000,000 survey answers
# (free text of 0-300 characters) against perl -pe with the same kinds of
# regular expressions and against the npm package redact-pii under Node.
# Generated data and the scratch npm folder live in bench/data/ (ignored by
# git).  ROWS=N changes the size; PII_ROWS=N the sample given to redact-pii
# (it is much slower; its MB/s is measured on that sample).
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
DATA=$TOP/bench/data
ROWS=${ROWS:-1000000}
PII_ROWS=${PII_ROWS:-20000}
IN=$DATA/anon-$ROWS.csv
mkdir -p "$DATA"
export LC_ALL=C.UTF-8

[ -x bin/trygg-anon ] || make bin/trygg-anon

if [ ! -s "$IN" ]; then
	echo "generating $IN ($ROWS rows)"
	perl "$TOP/bench/anon-gen.pl" "$ROWS" > "$IN.tmp"
	mv "$IN.tmp" "$IN"
fi
BYTES=$(wc -c < "$IN")

now() { date +%s.%N; }
rate() { # label seconds bytes
	awk -v l="$1" -v s="$2" -v b="$3" 'BEGIN {
		printf "%-22s %8.2f s %8.1f MB/s\n", l, s, b / 1e6 / s }'
}

# CPU seconds (user + system) and the largest resident size, from time(1)
cpu_rss() { # file -> "seconds kilobytes"
	/usr/bin/time -f '%U %S %M' -o "$DATA/time.txt" nice bin/trygg-anon -c free_text "$1" > "$DATA/anon-out.csv"
	awk '{ print $1 + $2, $3 }' "$DATA/time.txt"
}
t0=$(now)
set -- $(cpu_rss "$IN")
t1=$(now)
T_ANON=$(echo "$t1 $t0" | awk '{print $1 - $2}')
CPU_ANON=$1
RSS_ANON=$2
# memory must stay flat as the input grows: the same run on 10,000 rows
head -n 10001 "$IN" > "$DATA/anon-small.csv"
set -- $(cpu_rss "$DATA/anon-small.csv")
RSS_SMALL=$2

t0=$(now)
nice perl -CSD -p "$TOP/bench/anon-perl.pl" "$IN" > "$DATA/perl-out.csv"
t1=$(now)
T_PERL=$(echo "$t1 $t0" | awk '{print $1 - $2}')

# redact-pii: installed into a scratch folder, never a project dependency
PII=$DATA/redact-pii
if [ ! -d "$PII/node_modules/redact-pii" ]; then
	mkdir -p "$PII"
	(cd "$PII" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund redact-pii >/dev/null)
fi
head -n "$((PII_ROWS + 1))" "$IN" > "$DATA/pii-sample.csv"
PII_BYTES=$(wc -c < "$DATA/pii-sample.csv")
t0=$(now)
NODE_PATH="$PII/node_modules" nice node "$TOP/bench/anon-redact-pii.js" < "$DATA/pii-sample.csv" > "$DATA/pii-out.csv"
t1=$(now)
T_PII=$(echo "$t1 $t0" | awk '{print $1 - $2}')

echo "input: $ROWS rows, $BYTES bytes (redact-pii: first $PII_ROWS rows, $PII_BYTES bytes)"
rate trygg-anon "$T_ANON" "$BYTES"
rate "trygg-anon (CPU)" "$CPU_ANON" "$BYTES"
echo "trygg-anon max RSS: $RSS_ANON KB on $ROWS rows, $RSS_SMALL KB on 10000 rows"
rate "perl -pe" "$T_PERL" "$BYTES"
rate redact-pii "$T_PII" "$PII_BYTES"
awk -v a="$T_ANON" -v b="$BYTES" -v p="$T_PII" -v pb="$PII_BYTES" -v q="$T_PERL" 'BEGIN {
	ra = b / a; printf "trygg-anon vs perl: %.1fx, vs redact-pii: %.1fx\n", ra / (b / q), ra / (pb / p) }'
