#!/usr/bin/env bats
# Fuzzing in CI: every libFuzzer target of tests/fuzz/ runs for a short,
# repeatable time (FUZZ_CI_SECONDS, default 15 s each, seed fixed), and
# every input kept in tests/fuzz/regressions/ is replayed through the
# strict sanitizer build.  Longer runs: make fuzz FUZZ_SECONDS=N.

load common

setup_file() {
	if ! "$BATS_TEST_DIRNAME/fuzz/run.sh" --have-fuzzer; then
		export FUZZ_SKIP=1
	fi
}

fuzz_target() {
	[ -z "${FUZZ_SKIP:-}" ] || skip "clang's libFuzzer runtime is missing (libclang-rt-14-dev)"
	"$TOP/tests/fuzz/run.sh" --list "$1" | grep -qx "$1" || skip "fuzz_$1: its program has not landed"
	FUZZ_SEED=1 FUZZ_CORPUS="$BATS_TEST_TMPDIR" run "$TOP/tests/fuzz/run.sh" "${FUZZ_CI_SECONDS:-15}" "$1"
	assert_success
	assert_output --partial "fuzz_$1: stat::number_of_executed_units"
	refute_output --partial CRASH
}

replay_target() {
	[ -z "${FUZZ_SKIP:-}" ] || skip "clang's libFuzzer runtime is missing (libclang-rt-14-dev)"
	"$TOP/tests/fuzz/run.sh" --list "$1" | grep -qx "$1" || skip "fuzz_$1: its program has not landed"
	run "$TOP/tests/fuzz/run.sh" --replay "$1"
	assert_success
	refute_output --partial "FAILS AGAIN"
}

@test "fuzz: CSV reader (csv_open_stream, all encodings, quote tracking, rewind, writer)" { fuzz_target csv; }
@test "fuzz: codebook loader" { fuzz_target codebook; }
@test "fuzz: trygg-clean record rules" { fuzz_target clean; }
@test "fuzz: trygg-anon matcher" { fuzz_target anon; }
@test "fuzz: trygg-tally parser of partial counts" { fuzz_target tally; }

@test "fuzz regressions: CSV reader" { replay_target csv; }
@test "fuzz regressions: codebook loader" { replay_target codebook; }
@test "fuzz regressions: trygg-clean" { replay_target clean; }
@test "fuzz regressions: trygg-anon" { replay_target anon; }
@test "fuzz regressions: trygg-tally" { replay_target tally; }

@test "fuzz regressions: every known-open entry names a kept input" {
	[ -f "$TOP/tests/fuzz/known-open" ] || skip "no known-open bugs"
	while IFS='	' read -r name why; do
		[ -f "$TOP/tests/fuzz/regressions/$name" ] || fail "known-open names missing input $name"
		[ -n "$why" ] || fail "known-open entry $name says nothing"
	done <"$TOP/tests/fuzz/known-open"
}
