#!/bin/sh
# lint.sh - static checks over src/: cppcheck (warning, performance,
# portability, unused functions: a function only tests use says so with a
# cppcheck-suppress comment) and clang-tidy with the checked-in .clang-tidy.  Fails on
# any finding that is not in the baseline below.
#
# The baselines list findings present when the check was introduced, as
# FILE CHECK, each reported to the file's owner; they are printed as
# "known" and do not fail the run.  Fix one, then delete its line.
# LINT_JOBS=N runs N clang-tidy processes at once (default 2).
set -u
cd "$(dirname "$0")/.." || exit 2

BASELINE='
src/plan/report.c bugprone-sizeof-expression
src/plan/tallies.c bugprone-sizeof-expression
'
# cppcheck's baseline, the same way: one --suppress=ID:FILE each.
CPPCHECK_BASELINE=""

# The build's own view of the sources (Makefile WFLAGS/CPPFLAGS).  cppcheck
# does not know C11's _Noreturn, so it is told what it means.
DEFS="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DTRYGG_DEFAULT_PROFILE=\"$(sed -n 's/^DEFAULT_PROFILE *= *//p' Makefile)\""
INCS="-Isrc/lib -Isrc"
status=0

for tool in cppcheck clang-tidy; do
	command -v $tool >/dev/null || { echo "lint: $tool is missing (make deps)" >&2; exit 2; }
done

echo "== cppcheck"
# shellcheck disable=SC2086
cppcheck --enable=warning,performance,portability,unusedFunction --error-exitcode=1 --quiet \
	--std=c11 --inline-suppr '-D_Noreturn=__attribute__((noreturn))' $DEFS $INCS \
	$CPPCHECK_BASELINE \
	--template='{file}:{line}:{column}: {severity}: {message} [{id}]' src/ || status=1

echo "== clang-tidy"
out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT
export DEFS INCS
# shellcheck disable=SC2016,SC2011 # source names have no spaces
ls src/*.c src/*/*.c | xargs -P "${LINT_JOBS:-2}" -n 4 \
	sh -c 'clang-tidy --quiet "$@" -- -std=c11 $DEFS $INCS' clang-tidy >"$out" 2>&1
grep -q 'error: .*\[clang-diagnostic-error\]' "$out" &&
	{ echo "lint: clang-tidy cannot compile a source:" >&2; grep -A3 'clang-diagnostic-error' "$out" >&2; status=1; }
# One line per finding: FILE:LINE:COL: warning: MESSAGE [CHECK]
grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$out" |
	sed "s|^$(pwd)/||" | sort -u >"$out.list"
while IFS= read -r line; do
	file=${line%%:*}
	check=$(printf '%s\n' "$line" | sed 's/.*\[\([^],]*\).*\]$/\1/')
	if printf '%s\n' "$BASELINE" | grep -qxF "$file $check"; then
		echo "known: $line"
	else
		echo "$line"
		status=1
	fi
done <"$out.list"
rm -f "$out.list"
[ $status -eq 0 ] && echo "lint: clean" || echo "lint: FINDINGS" >&2
exit $status
