#!/usr/bin/env bats
# What every program owes its users: --help, --version, a man page that
# lints clean, usage errors with status 2, and an install that works.

load common

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
	run env -u TRYGG_DATADIR -u TRYGG_LOCALEDIR LANGUAGE=sv "$dest/opt/trygg/bin/$(programs | head -n 1)" --no-such-option
	assert_output --partial "Försök med"
	run make -C "$TOP" -s uninstall DESTDIR="$dest" PREFIX=/opt/trygg
	assert_success
	run find "$dest/opt/trygg" -type f
	assert_output ""
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
