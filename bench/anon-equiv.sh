#!/bin/sh
# bench/anon-equiv.sh - old against new: trygg-anon of this tree must write
# the same bytes (stdout, stderr, exit status) as a reference build, on
# every input and in every mode.  For speed work, where any difference is
# a bug.
#
#   bench/anon-equiv.sh [REF] [EXTRA-INPUT.csv]...
#
# REF is a reference binary inside a built tree (it reads REF/../share), or
# a git revision (default: main), which is exported with `git archive` into
# $TMPDIR/anon-equiv-cache/tree-COMMIT and built there (once).  Give the
# commit of main the branch last merged: a newer main finds its own changes.  Inputs: ROWS (default 200000)
# answers of bench/anon-gen.pl, the CSV and text fixtures of tests/fixtures
# that hold free text, draws of tests/tools/anon-corpus/gen.mjs (SEEDS,
# needs its node_modules: `npm ci` there), and the EXTRA inputs, which are
# only run, never copied or shown.  The reference's outputs (but not those
# of the EXTRA inputs) are kept in $TMPDIR/anon-equiv-cache by the hash of
# the reference and the input.
set -eu
cd "$(dirname "$0")/.."
TOP=$(pwd)
export LC_ALL=C.UTF-8
ROWS=${ROWS:-200000}
SEEDS=${SEEDS:-"11 12 13 14"}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/anon-equiv.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
CACHE=${TMPDIR:-/tmp}/anon-equiv-cache

REF=${1:-main}
[ $# -gt 0 ] && shift
if [ ! -x "$REF" ]; then
	commit=$(git rev-parse --verify "$REF^{commit}")
	tree=$CACHE/tree-$commit
	if [ ! -x "$tree/bin/trygg-anon" ]; then
		echo "building the reference from $REF ($commit)"
		rm -rf "$tree"
		mkdir -p "$tree"
		git archive "$commit" | tar -x -C "$tree"
		nice make -s -C "$tree" bin/trygg-anon >/dev/null
	fi
	REF=$tree/bin/trygg-anon
fi
[ -d "$(dirname "$REF")/../share/trygg" ] || {
	echo "anon-equiv: $REF has no ../share/trygg beside it" >&2
	exit 2
}
nice make -s bin/trygg-anon >/dev/null
NEW=$TOP/bin/trygg-anon
REFID=$( (cat "$REF"; find "$(dirname "$REF")/../share/trygg" -type f | LC_ALL=C sort | xargs cat) | sha256sum | cut -c1-16)
mkdir -p "$CACHE/$REFID"

# A fixed key for --pseudonymise (the program wants mode 600).
printf '0123456789abcdef0123456789abcdef' > "$WORK/key"
chmod 600 "$WORK/key"

# The inputs, one path a line.
LIST=$WORK/inputs
: > "$LIST"
perl bench/anon-gen.pl "$ROWS" > "$WORK/bench.csv"
echo "$WORK/bench.csv" >> "$LIST"
find tests/fixtures -type f \( -name '*.csv' -o -name '*.txt' \) | LC_ALL=C sort |
while read -r f; do
	case $f in
	*/anon*) echo "$TOP/$f" ;;
	*.csv) if head -n 1 "$f" | grep -q 'free_text'; then echo "$TOP/$f"; fi ;;
	esac
done >> "$LIST"
if [ -d tests/tools/anon-corpus/node_modules ]; then
	for seed in $SEEDS; do
		for style in a b c x; do
			node tests/tools/anon-corpus/gen.mjs --seed "$seed" --style "$style" \
				--size 600 --out "$WORK/gen-$seed$style" 2>/dev/null
			echo "$WORK/gen-$seed$style/input.csv" >> "$LIST"
		done
	done
else
	echo "note: no node_modules in tests/tools/anon-corpus, no generated draws" >&2
fi
for f in "$@"; do
	echo "$f" >> "$LIST"
done

# The modes of one input: CSV with text columns, else lines of text.
modes() { # file -> one argument list a line
	cols=$(head -n 1 "$1" | tr -d '\r\357\273\277' | tr ';' ',' | tr ',' '\n' |
		grep -x -e free_text -e suggestion | paste -sd, -) || true
	if [ -n "$cols" ]; then
		for m in '' '--strict' "--pseudonymise -K $WORK/key" '--stats' '-x' \
			"--patterns $TOP/tests/fixtures/anon/extra-patterns.csv"; do
			echo "$m -c $cols"
		done
	fi
	echo '--text'
	echo '--text --strict'
	echo '--text --stats'
}

run() { # binary args file outprefix
	set +e
	# shellcheck disable=SC2086
	nice "$1" $2 "$3" > "$4.out" 2> "$4.err"
	echo $? > "$4.rc"
	set -e
	# stderr may name the key file or an input in this run's own folder
	sed -i "s|$WORK|WORK|g" "$4.out" "$4.err"
}

n=0
fails=0
while read -r f; do
	h=$(sha256sum < "$f" | cut -c1-16)
	modes "$f" > "$WORK/modes"
	i=0
	while read -r m; do
		i=$((i + 1))
		n=$((n + 1))
		case $f in
		"$WORK"/*|"$TOP"/*) ref=$CACHE/$REFID/$h-$i ;;
		*) ref=$WORK/ref-out; rm -f "$ref.rc" ;; # extra inputs: no copies kept
		esac
		[ -f "$ref.rc" ] || run "$REF" "$m" "$f" "$ref"
		run "$NEW" "$m" "$f" "$WORK/new"
		for x in out err rc; do
			if ! cmp -s "$ref.$x" "$WORK/new.$x"; then
				fails=$((fails + 1))
				case $f in
				"$WORK"/*|"$TOP"/*) echo "DIFF ($x): $f [$m]" ;;
				*) echo "DIFF ($x): extra input [$m]" ;;
				esac
			fi
		done
	done < "$WORK/modes"
done < "$LIST"
echo "$(wc -l < "$LIST") inputs, $n runs, $fails differences"
[ "$fails" -eq 0 ]
