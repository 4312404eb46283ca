# common.bash - loaded by every bats file: bats-support/assert, the
# programs under test on PATH, a fixed locale, and a scratch directory.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

TOP="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
FIX="$TOP/tests/fixtures"
# check-asan points TRYGG_BIN at the sanitizer build.
TRYGG_BIN="${TRYGG_BIN:-$TOP/bin}"
export TRYGG_DATADIR="${TRYGG_DATADIR:-$TOP/share/trygg}"
export TRYGG_LOCALEDIR="${TRYGG_LOCALEDIR:-$TOP/share/locale}"
export PATH="$TRYGG_BIN:$TOP/bin:$PATH"
export LC_ALL=C.UTF-8
unset LANGUAGE LANG

setup_scratch() {
	SCRATCH="$BATS_TEST_TMPDIR"
	cd "$SCRATCH" || return 1
}
TRYGG_TESTBIN="${TRYGG_TESTBIN:-$TOP/build/release/tests}"

# The month's one trygg-tally run, as share/trygg/tallies.csv lists it
# (written out here, so that a change to the list is a change to the tests).
MONTH_TALLY=(--long -g '' -g source -g gender -g age_band -g area -g time_of_day
	-g site,time_of_day
	-v safety -v source -v unsafe_places -v problems -v themes -v mentioned_places
	-v suggestion_themes -v victim_12m -v worry
	--base themes=nonempty:free_text --base mentioned_places=nonempty:free_text
	--base suggestion_themes=nonempty:suggestion -u worry=3,4)

# A scratch folder and a data directory holding only the shipped measures
# catalogue, no profile: trygg-plan then uses its built-in names, so the
# plan tests do not change when the codebook or a profile does.
setup_measures_only() {
	setup_scratch
	mkdir data
	ln -s "$TOP/share/trygg/measures.csv" data/measures.csv
	export TRYGG_DATADIR="$SCRATCH/data"
	unset TRYGG_PROFILE
}
