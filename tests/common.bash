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
