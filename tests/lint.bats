#!/usr/bin/env bats
# Static analysis is part of `make check`, so CI runs it: cppcheck
# (warning, performance, portability) and clang-tidy (.clang-tidy), both
# clean apart from the documented false positives in tests/lint.sh.

load common

@test "lint: cppcheck and clang-tidy report nothing new" {
	command -v cppcheck >/dev/null && command -v clang-tidy >/dev/null ||
		skip "cppcheck or clang-tidy is missing"
	run "$TOP/tests/lint.sh"
	assert_success
	assert_output --partial "lint: clean"
}
