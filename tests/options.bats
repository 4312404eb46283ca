#!/usr/bin/env bats
# The suite's options: one table in trygg(7), the same letter meaning the
# same thing everywhere, and the skeleton every program shares (option
# errors, --help, -o, -q, -x).

load common
bats_require_minimum_version 1.5.0

setup() {
	setup_scratch
}

# Every program: the C ones from src/, and the shell driver.
C_PROGRAMS=$(cd "$TOP/src" && ls trygg-*.c | sed 's/^trygg-//; s/\.c$//' | tr '
' ' ')
PROGRAMS="$C_PROGRAMS monthly"

# "X long" per option of trygg(7)'s OPTIONS table that PROGRAM takes
# (X is '-' for a long-only option).
table_options() {
	awk -v prog="$1" '
		/^\.Sh OPTIONS/ { on = 1; next }
		/^\.Sh / { on = 0 }
		!on { next }
		/^\.It Fl/ {
			short = "-"; long = ""
			if ($4 == ",") { short = $3; long = $6 } else { long = $3 }
			sub(/^\\-/, "", long)
			next
		}
		/^Programs: / {
			line = $0; sub(/^Programs: /, "", line); sub(/\.$/, "", line)
			n = split(line, p, /, /)
			for (i = 1; i <= n; i++)
				if (p[i] == prog || p[i] == "all") print short, long
		}' "$TOP/man/man7/trygg.7" | sort
}

# The same from the program's --help.
help_options() {
	"trygg-$1" --help | sed -n -E \
		-e 's/^  -(.), --([a-z0-9-]+).*/\1 \2/p' \
		-e 's/^      --([a-z0-9-]+).*/- \1/p' | sort
}

@test "every program's --help lists exactly its options of trygg(7), with the same letters" {
	for p in $PROGRAMS; do
		table=$(table_options "$p")
		help=$(help_options "$p")
		[ -n "$table" ] || fail "trygg(7) lists no option of $p"
		[ "$table" = "$help" ] || fail "$p: trygg(7) and --help differ:
$(diff <(echo "$table") <(echo "$help"))"
	done
}

@test "an unknown option: the short program name, the option, a hint, status 2" {
	for p in $PROGRAMS; do
		run --separate-stderr "trygg-$p" --bogus
		assert_failure 2
		assert_output ''
		assert_equal "$stderr" "trygg-$p: unknown option '--bogus'
Try 'trygg-$p --help' for more information."
	done
	run --separate-stderr trygg-tally -Z
	assert_failure 2
	assert_equal "$stderr" "trygg-tally: unknown option '-Z'
Try 'trygg-tally --help' for more information."
}

@test "a missing argument names the option, status 2" {
	for p in $PROGRAMS; do
		opt=-o
		[ "$p" = monthly ] && opt=-k
		run --separate-stderr "trygg-$p" -q "$opt"
		assert_failure 2
		assert_equal "${stderr%%$'\n'*}" "trygg-$p: option '$opt' needs an argument"
	done
}

@test "--help and --version on a full disk are an error" {
	for p in $C_PROGRAMS; do
		run sh -c '"$1" --help >/dev/full' sh "trygg-$p"
		assert_failure 1
		assert_output "trygg-$p: write error: No space left on device"
		run sh -c '"$1" --version >/dev/full' sh "trygg-$p"
		assert_failure 1
	done
}

@test "--help ends with the input and exit-status conventions" {
	for p in $C_PROGRAMS; do
		run "trygg-$p" --help
		assert_success
		assert_line --index 0 --regexp "^Usage: trygg-$p "
		assert_line --index -2 'With no FILE, or when FILE is -, read standard input.'
		assert_line --index -1 'Exit status: 0 ok, 1 data or I/O error, 2 usage error.'
	done
}

@test "-o FILE: the output lands whole, and a failed run leaves the old file and no temporary" {
	printf 'id,text\n1,Ring Anna Svensson\n' >in.csv
	run trygg-anon -c text -o out.csv in.csv
	assert_success
	assert_output ''
	assert_equal "$(cat out.csv)" "id,text
1,Ring [NAME]"
	printf 'id,text\n1,"never closed\n' >bad.csv
	run trygg-anon -c text -o out.csv bad.csv
	assert_failure 1
	assert_equal "$(cat out.csv)" "id,text
1,Ring [NAME]"
	run ls -A
	assert_output "bad.csv
in.csv
out.csv"
}

@test "-o FILE in a folder that does not exist is an error before any work" {
	run trygg-tally -g '' -v q -o nosuch/out.csv "$FIX/tally/wilson.csv"
	assert_failure 1
	assert_output "trygg-tally: cannot write nosuch/out.csv: No such file or directory"
}

@test "-o FILE gets the mode the umask gives, like a shell redirection" {
	umask 027
	trygg-tally -q -g '' -v q -o out.csv "$FIX/tally/wilson.csv"
	[ "$(stat -c %a out.csv)" = 640 ]
}

@test "-q: no summary, errors still" {
	run --separate-stderr trygg-tally -q -g grp -v q "$FIX/tally/wilson.csv"
	assert_success
	assert_equal "$stderr" ''
	run --separate-stderr trygg-tally -g grp -v q "$FIX/tally/wilson.csv"
	assert_equal "${stderr%%:*}" 'trygg-tally'
	run --separate-stderr trygg-tally -q -g nope -v q "$FIX/tally/wilson.csv"
	assert_failure 1
	assert_equal "${stderr%%:*}" 'trygg-tally'
}

@test "-x: a cell that would start a formula gets a quote; numbers stay numbers" {
	printf 'id,text,n\n1,=HYPERLINK("http://x"),-3\n2,@SUM(A1),+4.5\n3,-x ok,1\n' >in.csv
	run trygg-anon -x -c id in.csv
	assert_success
	assert_output "$(printf '\357\273\277id;text;n\n1;"'"'"'=HYPERLINK(""http://x"")";-3\n2;"'"'"'@SUM(A1)";+4.5\n3;"'"'"'-x ok";1')"
}

@test "-x in every program that writes CSV: a BOM and semicolons" {
	printf 'id,free_text,suggestion\n1,mörkt,=1+1\n' >in.csv
	run trygg-themes -x in.csv
	assert_success
	assert_line --index 0 "$(printf '\357\273\277id;free_text;suggestion;themes;mentioned_places;suggestion_themes')"
	assert_line --index 1 --regexp "^1;mörkt;\"'=1\+1\";"
}

@test "-d: the delimiter is given, not sniffed, in every program that reads CSV" {
	printf 'id;a,b;grp;q\n1;x,y,z;a;1\n' >semi.csv
	run trygg-tally -q -d ';' -m 0 -b 0 -g grp -v q semi.csv
	assert_success
	assert_line --index 1 'a,q,1,1,1,100.0,20.7,100.0,'
	run trygg-tally -d ab -g '' -v q semi.csv
	assert_failure 2
	assert_line --index 0 "trygg-tally: invalid delimiter 'ab': give one character, or 'tab'"
}

@test "a whole-number option out of range names the option" {
	run trygg-tally -m -1 -v q "$FIX/tally/wilson.csv"
	assert_failure 2
	assert_line --index 0 'trygg-tally: --min-cell needs a whole number from 0 to 1000000000'
	run trygg-clean -y 20 "$FIX/clean/plain-export.csv"
	assert_failure 2
	assert_line --index 0 'trygg-clean: --year needs a whole number from 1900 to 9999'
}

@test "trygg-monthly passes the shared options to every stage that takes them" {
	mkdir fakebin
	for p in clean anon themes tally plan; do
		printf '#!/bin/sh\necho "%s $*" >>"%s/args"\nexec "%s" "$@"\n' \
			"$p" "$SCRATCH" "$TRYGG_BIN/trygg-$p" >"fakebin/trygg-$p"
		chmod +x "fakebin/trygg-$p"
	done
	cp "$TOP/share/trygg/codebook.csv" cb.csv
	cp -R "$TOP/share/trygg/profiles/ale" prof
	run env TRYGG_BIN="$PWD/fakebin" trygg-monthly -q -P prof -k cb.csv -m 3 -b 15 --month 2026-10 \
		"$TOP/examples/exports" out
	assert_success
	assert_output ''
	for p in clean anon themes tally plan; do
		n=$(grep -c "^$p " args)
		[ "$n" -gt 0 ] || fail "$p not run"
		[ "$(grep "^$p " args | grep -c -- '-P prof')" = "$n" ] || fail "$p without -P"
	done
	for p in clean themes tally plan; do
		n=$(grep -c "^$p " args)
		[ "$(grep "^$p " args | grep -c -- '-k cb.csv')" = "$n" ] || fail "$p without -k"
	done
	# -m means nothing to partial counts (the history's).
	for p in tally plan; do
		n=$(grep "^$p " args | grep -vc -- '--partial')
		[ "$(grep "^$p " args | grep -v -- '--partial' | grep -c -- '-m 3')" = "$n" ] ||
			fail "$p without -m"
		[ "$(grep "^$p " args | grep -v -- '--partial' | grep -c -- '-b 15')" = "$n" ] ||
			fail "$p without -b"
	done
}

@test "every option of a program's --help is described in its man page" {
	for p in $PROGRAMS; do
		page="$TOP/man/man1/trygg-$p.1"
		for long in $(help_options "$p" | cut -d' ' -f2); do
			grep -Eq "^\.It .*Fl (\\\\?-|Fl )$long( |$)" "$page" ||
				fail "trygg-$p(1) does not describe --$long"
		done
	done
}
