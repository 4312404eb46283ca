#!/usr/bin/env bats
# What every program owes its users: --help, --version, a man page that
# lints clean, usage errors with status 2, and an install that works.

load common
bats_require_minimum_version 1.5.0

programs() {
	local c
	for c in "$TOP"/src/trygg-*.c; do basename "$c" .c; done
}

@test "every program answers --version with its name and version" {
	for p in $(programs); do
		run "$p" --version
		assert_success
		assert_output --regexp "^$p \(trygg\) [0-9]+\.[0-9]+\.[0-9]+$"
	done
}

@test "every program answers -h and --help on stdout with status 0" {
	for p in $(programs); do
		run "$p" --help
		assert_success
		assert_output --partial "$p"
		run "$p" -h
		assert_success
	done
}

@test "every program rejects an unknown option with status 2 and a hint" {
	for p in $(programs); do
		run "$p" --no-such-option
		assert_failure 2
		assert_output --partial "Try '$p --help'"
	done
}

@test "every program has a man page, and every man page lints clean" {
	for p in $(programs); do
		[ -f "$TOP/man/man1/$p.1" ] || fail "no man page for $p"
	done
	run bash -c "cd '$TOP/man' && mandoc -Tlint -W warning man*/*.[157]"
	assert_success
	assert_output ""
}

@test "Swedish messages with LANGUAGE=sv" {
	run env LANGUAGE=sv "$(programs | head -n 1)" --no-such-option
	assert_failure 2
	assert_output --partial "Försök med"
}

@test "make install puts programs, data, catalogue and man pages under DESTDIR/PREFIX, and the installed programs find their data" {
	dest="$BATS_TEST_TMPDIR/root"
	run make -C "$TOP" -s install DESTDIR="$dest" PREFIX=/opt/trygg
	assert_success
	for p in $(programs); do
		[ -x "$dest/opt/trygg/bin/$p" ] || fail "$p not installed"
		[ -f "$dest/opt/trygg/share/man/man1/$p.1" ] || fail "$p.1 not installed"
	done
	[ -f "$dest/opt/trygg/share/man/man7/trygg.7" ]
	[ -f "$dest/opt/trygg/share/locale/sv/LC_MESSAGES/trygg.mo" ]
	[ -f "$dest/opt/trygg/share/trygg/codebook.csv" ]
	[ -f "$dest/opt/trygg/share/trygg/profiles/ale/codebook.csv" ]
	[ -f "$dest/opt/trygg/share/trygg/names/first.txt" ]
	run env -u TRYGG_DATADIR -u TRYGG_LOCALEDIR LANGUAGE=sv "$dest/opt/trygg/bin/$(programs | head -n 1)" --no-such-option
	assert_output --partial "Försök med"
	# The installed programs find the shipped profile beside their data.
	printf 'area,safety\nbohus,1\nother,2\nnodinge,3\n' >"$BATS_TEST_TMPDIR/a.csv"
	run --separate-stderr env -u TRYGG_DATADIR -u TRYGG_PROFILE "$dest/opt/trygg/bin/trygg-tally" -q -m 0 -g area -v safety "$BATS_TEST_TMPDIR/a.csv"
	assert_success
	assert_equal "$(cut -d, -f1 <<<"$output" | uniq | tr '\n' ' ')" "area nodinge bohus other "
	run make -C "$TOP" -s uninstall DESTDIR="$dest" PREFIX=/opt/trygg
	assert_success
	# Nothing left, not even empty folders.
	[ ! -e "$dest/opt/trygg" ] || fail "left behind: $(find "$dest/opt/trygg")"
}

@test "make install leaves out the name lists' build tools and raw sources" {
	dest="$BATS_TEST_TMPDIR/root"
	make -C "$TOP" -s install DESTDIR="$dest" PREFIX=/opt/trygg
	run find "$dest/opt/trygg/share/trygg/names" -name build.sh -o -name dump-npm.mjs -o -name sources
	assert_output ""
	make -C "$TOP" -s uninstall DESTDIR="$dest" PREFIX=/opt/trygg
}

@test "the version stands in one place: the Makefile's VERSION, which trygg-monthly reports too" {
	version=$(sed -n 's/^VERSION *= *//p' "$TOP/Makefile")
	[ -n "$version" ]
	run trygg-monthly --version
	assert_success
	assert_output "trygg-monthly (trygg) $version"
	run trygg-clean --version
	assert_output "trygg-clean (trygg) $version"
	# No other tracked source or script spells it out (po headers are
	# written by make po; tests read it from the Makefile).
	cd "$TOP"
	run git grep -nF "$version" -- src bin man examples
	assert_output ""
}

@test "every man page renders with man -l without stray quote runs (nested or broken quotes)" {
	command -v man >/dev/null || skip "man is missing (man-db)"
	local page
	for page in "$TOP"/man/man*/*.[157]; do
		run env MANWIDTH=80 LC_ALL=C.UTF-8 man -l "$page"
		assert_success
		[ "${#lines[@]}" -gt 10 ] || fail "${page##*/} renders to almost nothing"
		# Typographic quotes come from the quoting macros (Dq, Sq, Ql):
		# two in a row, or one opened inside an open one, is a nesting
		# gone wrong.  (ASCII "" is left alone: code examples have it.)
		run grep -nE '“[^”]*“|”[^“]*”|‘‘|’’|“”' <<<"$output"
		[ -z "$output" ] || fail "${page##*/}: $output"
	done
}

@test "make deps as a non-root user prints the exact apt-get command" {
	command -v setpriv >/dev/null || skip "setpriv not available"
	run setpriv --reuid=65534 --regid=65534 --clear-groups "$TOP/tests/deps.sh" trygg-no-such-package-xyz
	assert_failure 1
	assert_output --partial "sudo apt-get install -y trygg-no-such-package-xyz"
}

@test "every message in the sources has a Swedish translation in share/po/sv.po or a part" {
	command -v xgettext >/dev/null || skip "gettext is missing"
	cd "$TOP"
	xgettext --language=C --keyword=_ --keyword=N_ --from-code=UTF-8 \
		-o "$BATS_TEST_TMPDIR/trygg.pot" src/*.c src/*/*.c
	# The parts (share/po/parts/*.po) are what the Makefile merges too.
	msgcat --use-first -o "$BATS_TEST_TMPDIR/all.po" share/po/sv.po $(ls share/po/parts/*.po 2>/dev/null)
	msgmerge --quiet -o "$BATS_TEST_TMPDIR/sv.po" "$BATS_TEST_TMPDIR/all.po" "$BATS_TEST_TMPDIR/trygg.pot"
	run msgattrib --untranslated --no-obsolete "$BATS_TEST_TMPDIR/sv.po"
	assert_output ""
	run msgattrib --only-fuzzy --no-obsolete "$BATS_TEST_TMPDIR/sv.po"
	assert_output ""
}

@test "every shipped data file has its licence in share/trygg/README, and LICENSE is the EUPL-1.2" {
	cd "$TOP"
	head -n 1 LICENSE | grep -qx 'EUROPEAN UNION PUBLIC LICENCE v. 1.2'
	local f missing=
	for f in $(git ls-files share/trygg | sed 's|^share/trygg/||' |
		grep -vE '^(README|names/build\.sh|names/dump-npm\.mjs|names/scb-names\.py|names/sources/.*)$'); do
		grep -qF "  $f" share/trygg/README && continue
		[ "${f%/*}" != "$f" ] && grep -qE "^  ${f%/*}/[^ ]*, ${f##*/} " share/trygg/README && continue
		# A folder's row ("DIR/*") covers everything under it.
		local d=$f covered=
		while [ "${d%/*}" != "$d" ]; do
			d=${d%/*}
			grep -qF "  $d/*" share/trygg/README && covered=1 && break
		done
		[ -n "$covered" ] || missing="$missing $f"
	done
	[ -z "$missing" ] || fail "no licence stated for:$missing"
}
