#!/bin/bash
# run.sh - build the libFuzzer targets in tests/fuzz/ and fuzz each one.
#
#   tests/fuzz/run.sh [SECONDS [TARGET...]]   fuzz each target SECONDS
#                                             (default 60); fails on a crash
#   tests/fuzz/run.sh --build [TARGET...]     only build
#   tests/fuzz/run.sh --replay [TARGET...]    run every input kept in
#                                             tests/fuzz/regressions/TARGET/
#   tests/fuzz/run.sh --list                  the targets that can be built
#   tests/fuzz/run.sh --have-fuzzer           exit 0 if clang can link a
#                                             libFuzzer target
# FUZZ_SEED=N makes a run repeatable, FUZZ_CORPUS=DIR keeps the corpora
# and crashes elsewhere (tests/fuzz.bats sets both: a fresh corpus each time).
#
# Targets are compiled straight from the sources with clang (the Makefile's
# objects are not built with -fsanitize=fuzzer) into build/fuzz/.  A target
# whose program has not landed yet (its sources are missing) is skipped
# with a note.  Corpora grow in build/fuzz/corpus/TARGET, seeded from
# tests/fixtures (the dev corpora included); a crash is saved under
# build/fuzz/crashes/TARGET/ -- copy it to tests/fuzz/regressions/TARGET/
# and it is replayed by tests/fuzz.bats from then on.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP" || exit 2
OUT=build/fuzz
WORK=${FUZZ_CORPUS:-$OUT}
LOGS=$WORK/log
CC=${FUZZ_CC:-clang}
CFLAGS="-std=c11 -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
 -fno-sanitize-recover=undefined -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
 -Isrc/lib -Isrc -Wall -Wextra"
LIBS="-lutf8proc -lpcre2-8 -lsodium -lm"
LIB="src/lib/util.c src/lib/text.c src/lib/csvio.c src/lib/csvtable.c src/lib/cli.c src/lib/keyfile.c"
CB="src/lib/codebook.c src/lib/profile.c"
# The shipped example profile, as the Makefile sets it.
CFLAGS="$CFLAGS -DTRYGG_DEFAULT_PROFILE=\"$(sed -n 's/^DEFAULT_PROFILE *= *//p' Makefile)\""
TARGETS="csv codebook clean anon tally"

# Sources of each target beyond the library core; empty output = not landed.
sources() {
	case $1 in
	csv) echo "$LIB" ;;
	codebook) need src/lib/codebook.c && echo "$LIB $CB" ;;
	clean) need src/trygg-clean.c src/clean/*.c src/lib/codebook.c &&
		echo "$LIB $CB" src/clean/*.c ;;
	anon) need src/trygg-anon.c src/anon/*.c src/lib/codebook.c &&
		echo "$LIB $CB" src/anon/*.c ;;
	tally) need src/trygg-tally.c src/tally/merge.c &&
		echo "$LIB $CB" src/tally/*.c ;;
	esac
}
# fuzz_tally catches die()'s exit (see the target).
ldflags() {
	[ "$1" = tally ] && echo "-Wl,--wrap=exit -Wl,--wrap=csv_open"
}
need() {
	for f; do [ -e "$f" ] || return 1; done
}

# Seed inputs of each target (directories or files, may be missing).
seeds() {
	case $1 in
	csv) echo tests/fixtures tests/fixtures/csv-spectrum/csvs tests/fixtures/clean-dev \
		tests/fixtures/anon-dev tests/fuzz/seeds/csv ;;
	codebook) echo share/trygg/codebook.csv tests/fixtures/clean \
		tests/fixtures/hardening tests/fuzz/seeds/codebook ;;
	clean) echo tests/fixtures/clean-dev tests/fixtures/clean tests/fuzz/seeds/clean ;;
	anon) echo tests/fixtures/anon-dev tests/fixtures/anon tests/fuzz/seeds/anon ;;
	tally) echo tests/fixtures/tally tests/fuzz/seeds/tally ;;
	esac
}

# build TARGET VARIANT: the fuzzing build (explore) passes over known,
# reported bugs so that it finds new ones; the strict build replays the
# regression inputs.  Each is rebuilt when a source is newer.
build() {
	src=$(sources "$1") || { echo "fuzz_$1: skipped (not landed yet)"; return 3; }
	[ -n "$src" ] || { echo "fuzz_$1: skipped (not landed yet)"; return 3; }
	case $2 in
	explore) bin=$OUT/fuzz_$1 extra="-DFUZZ_EXPLORE -fsanitize-ignorelist=tests/fuzz/known-open.ignorelist" ;;
	strict) bin=$OUT/strict/fuzz_$1 extra= ;;
	esac
	# shellcheck disable=SC2086,SC2012
	newest=$(ls -t "tests/fuzz/fuzz_$1.c" tests/fuzz/scratch.h $src src/lib/*.h src/*/*.h \
		tests/fuzz/known-open.ignorelist 2>/dev/null | head -n 1)
	[ -x "$bin" ] && [ "$bin" -nt "$newest" ] && return 0
	mkdir -p "${bin%/*}"
	echo "fuzz_$1: building ($2)"
	# shellcheck disable=SC2086,SC2046 # word lists on purpose
	nice $CC $CFLAGS $extra -o "$bin" "tests/fuzz/fuzz_$1.c" $src $(ldflags "$1") $LIBS || {
		echo "fuzz_$1: BUILD FAILED" >&2
		return 1
	}
}

# Fill the corpus directory from the seeds once (files up to 64 KiB).
seed() {
	dir=$WORK/corpus/$1
	[ -d "$dir" ] && return 0
	mkdir -p "$dir"
	for s in $(seeds "$1"); do
		[ -e "$s" ] || continue
		find "$s" -type f -size -65k | while read -r f; do
			cp "$f" "$dir/$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
		done
	done
	if [ -d "tests/fuzz/regressions/$1" ]; then
		cp tests/fuzz/regressions/"$1"/* "$dir"/ 2>/dev/null
	fi
	return 0
}

options() {
	echo "-rss_limit_mb=2048 -timeout=20 -max_len=8192 -print_final_stats=1"
	# A longjmp out of die() loses what merge_file() had allocated.
	[ "$1" = tally ] && echo "-detect_leaks=0"
	[ -f "tests/fuzz/fuzz_$1.dict" ] && echo "-dict=tests/fuzz/fuzz_$1.dict"
}

fuzz() {
	seed "$1"
	mkdir -p "$WORK/crashes/$1" "$LOGS"
	log=$LOGS/fuzz_$1.$$
	echo "fuzz_$1: fuzzing for $2 s"
	# shellcheck disable=SC2046
	nice "$OUT/fuzz_$1" $(options "$1") -max_total_time="$2" ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
		-artifact_prefix="$WORK/crashes/$1/" "$WORK/corpus/$1" >"$log" 2>&1
	st=$?
	grep -aE '^(stat::number_of_executed_units|stat::new_units_added)' "$log" |
		sed "s/^/fuzz_$1: /"
	if [ $st -ne 0 ]; then
		echo "fuzz_$1: CRASH (exit $st); see $log and $WORK/crashes/$1/" >&2
		grep -aE 'ERROR|SUMMARY|broken promise' "$log" | head -n 5 >&2
		return 1
	fi
}

# Each input kept in tests/fuzz/regressions/TARGET/ through the strict
# build.  An input named in tests/fuzz/known-open (a bug reported in a file
# this suite does not own) is reported as such and not counted as a failure
# unless FUZZ_STRICT=1.
replay() {
	rst=0
	for f in tests/fuzz/regressions/"$1"/*; do
		[ -f "$f" ] || continue
		name=${f#tests/fuzz/regressions/}
		# shellcheck disable=SC2046
		mkdir -p "$LOGS"
		log=$LOGS/replay_$1.$$
		# shellcheck disable=SC2046
		if "$OUT/strict/fuzz_$1" $(options "$1") "$f" >"$log" 2>&1; then
			echo "fuzz_$1: $name: ok"
			rm -f "$log"
		elif [ "${FUZZ_STRICT:-0}" != 1 ] &&
		     grep -q "^${name}[[:space:]]" tests/fuzz/known-open 2>/dev/null; then
			echo "fuzz_$1: $name: still failing (known open:" \
			     "$(grep "^${name}[[:space:]]" tests/fuzz/known-open | cut -f2-))"
		else
			echo "fuzz_$1: $name: FAILS AGAIN" >&2
			grep -aE 'ERROR|SUMMARY|broken promise' "$log" | head -n 3 >&2
			rst=1
		fi
	done
	return $rst
}

mode=fuzz
secs=60
case ${1:-} in
--build) mode=build; shift ;;
--replay) mode=replay; shift ;;
--list) mode=list; shift ;;
--have-fuzzer)
	t=$(mktemp -d) || exit 2
	printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' >"$t/t.c"
	$CC -fsanitize=fuzzer,address,undefined -o "$t/t" "$t/t.c" 2>/dev/null
	st=$?
	rm -rf "$t"
	exit $st ;;
[0-9]*) secs=$1; shift ;;
'') ;;
*) echo "usage: $0 [SECONDS [TARGET...]] | --build | --replay | --list" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
[ $# -gt 0 ] || set -- $TARGETS

status=0
for t; do
	[ -f "tests/fuzz/fuzz_$t.c" ] || { echo "fuzz_$t: no such target" >&2; exit 2; }
	if [ $mode = list ]; then
		sources "$t" >/dev/null && echo "$t"
		continue
	fi
	case $mode in
	fuzz) variants=explore ;;
	build) variants="explore strict" ;;
	replay) ls tests/fuzz/regressions/"$t"/* >/dev/null 2>&1 || continue
		variants=strict ;;
	esac
	built=0
	for v in $variants; do
		build "$t" "$v"
		built=$?
		[ $built -eq 0 ] || break
	done
	case $built in 0) ;; 3) continue ;; *) status=1; continue ;; esac
	case $mode in
	fuzz) fuzz "$t" "$secs" || status=1 ;;
	replay) replay "$t" || status=1 ;;
	esac
done
exit $status
