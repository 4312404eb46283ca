#!/usr/bin/env bats
# Privacy: every program, fed inputs full of planted personal data and
# driven down its error paths, says what is wrong and where (FILE:LINE)
# but never repeats the data on stderr or in a log.  The files that must
# hold raw personal data (rejects, canonical CSV) are created mode 0600,
# and a pseudonym key others may read is refused.

load common

HFIX="$FIX/hardening"

# One planted person: name, personnummer, phone, e-mail, address, plate.
PLANTED='Magdalena Hjortsberg 19870412-3345 070-812 34 56 magdalena.hjortsberg@example.com Storgatan 12 ABC 123'
# What must never show: each piece on its own.
TOKENS=(Magdalena Hjortsberg '0412-3345' '812 34 56' 'hjortsberg@example' 'Storgatan' 'ABC 123')

setup() {
	setup_scratch
	: >all.err
}

# run_err CMD...: run CMD with stderr appended to all.err (for the leak
# check) and to err (for the test's own assertions).
run_err() {
	run bash -c '"$@" 2>err >out; st=$?; cat err >>all.err; exit $st' x "$@"
}

# Fail if FILE holds any planted token.
refute_planted() {
	local t
	for t in "${TOKENS[@]}"; do
		if grep -aqF -- "$t" "$1"; then
			fail "planted data ('$t') in $1: $(grep -aF -- "$t" "$1" | head -n 3)"
		fi
	done
}

need() {
	[ -x "$TRYGG_BIN/trygg-$1" ] || skip "trygg-$1 not built"
}

# A canonical file whose row 22 carries the planted text in CELL (1-based)
# and whose row 22 ends after the text with SUFFIX (printf format).
canonical_with() {
	local cell=$1 suffix=${2:-\\n}
	{
		cat "$HFIX/canonical.csv"
		awk -v c="$cell" -v p="$PLANTED" 'BEGIN { FS = OFS = "," }
			NR == 2 { $1 = "p-1"; $c = p; print; exit }' "$HFIX/canonical.csv"
	} | head -c -1
	printf "$suffix"
}

@test "privacy: trygg-clean error paths never print planted data" {
	need clean
	local raw="$HFIX/street-raw.csv" hdr
	hdr=$(head -n 1 "$raw")
	# invalid values (safety, age, date), a ragged row, an unknown column
	{ cat "$raw"
	  printf '%s,Resecentrum,AL,kvinna,41,Nol,%s,Ibland,nej,-,,,\n' "$PLANTED" "$PLANTED"
	  printf '3/11 kl 15.48,Resecentrum,AL,kvinna,%s,Nol,Ganska trygg,%s,nej,-,,,\n' "$PLANTED" "$PLANTED"
	  printf '3/11 kl 15.49,%s,%s\n' "$PLANTED" "$PLANTED"; } >street-bad.csv
	run_err trygg-clean -r rejects.csv street-bad.csv
	assert_success
	grep -q 'Hjortsberg' rejects.csv || fail "the planted cells should be in the rejects file"
	{ printf '%s,%s\n' "$hdr" "$PLANTED"; tail -n +2 "$raw" | sed 's/$/,x/'; } >street-unknown.csv
	run_err trygg-clean -r rejects2.csv street-unknown.csv
	assert_success
	# an unterminated quote, an empty export, a file that is no export
	{ cat "$raw"; printf '3/11 kl 15.50,Resecentrum,AL,"%s\nmore\n' "$PLANTED"; } >street-quote.csv
	run_err trygg-clean street-quote.csv
	assert_failure 1
	printf '%s\n%s\n' "$PLANTED" "$PLANTED" >street-noexport.csv
	run_err trygg-clean street-noexport.csv
	assert_failure 1
	printf 'a,b\n%s,x\n' "$PLANTED" >nosource.csv
	run_err trygg-clean nosource.csv
	assert_failure 1
	refute_planted all.err
}

@test "privacy: trygg-anon error paths never print planted data" {
	need anon
	canonical_with 13 >ragged.csv
	printf '%s,extra\n' "$PLANTED" >>ragged.csv
	run_err trygg-anon -c free_text,suggestion --stats ragged.csv
	canonical_with 13 ',"%s\n' >quote.csv
	run_err trygg-anon -c free_text,suggestion quote.csv
	assert_failure 1
	canonical_with 13 ' \377\n' >badutf8.csv
	run_err trygg-anon -c free_text,suggestion badutf8.csv
	assert_failure 1
	printf '%s\n%s \377\n' "$PLANTED" "$PLANTED" >text.txt
	run_err trygg-anon --text text.txt
	assert_failure 1
	run_err trygg-anon -c no_such_column "$HFIX/canonical.csv"
	assert_failure
	refute_planted all.err
}

@test "privacy: trygg-themes error paths never print planted data" {
	need themes
	{ cat "$HFIX/canonical.csv"; printf '%s,%s\n' "$PLANTED" "$PLANTED"; } >ragged.csv
	run_err trygg-themes ragged.csv
	assert_failure 1
	canonical_with 13 ' \377\n' >badutf8.csv
	run_err trygg-themes badutf8.csv
	assert_failure 1
	canonical_with 13 ',"%s\n' >quote.csv
	run_err trygg-themes quote.csv
	assert_failure 1
	refute_planted all.err
}

@test "privacy: trygg-tally error paths never print planted data" {
	need tally
	# the planted row first, so that it is the one the weight fails on
	{ head -n 1 "$HFIX/canonical.csv"; canonical_with 13 | tail -n 1; tail -n +2 "$HFIX/canonical.csv"; } >planted.csv
	# the planted text as a weight, as a group and as a ragged row
	run_err trygg-tally -g source -v safety -w free_text planted.csv
	assert_failure 1
	grep -q '^trygg-tally: planted.csv:2: ' err || fail "not the planted line: $(cat err)"
	{ cat planted.csv; printf '%s,%s\n' "$PLANTED" "$PLANTED"; } >ragged.csv
	run_err trygg-tally -g source -v safety ragged.csv
	assert_failure 1
	canonical_with 13 ',"%s\n' >quote.csv
	run_err trygg-tally -g source -v safety quote.csv
	assert_failure 1
	printf 'x,y,variable,kind,value,n,w,w2\n%s,%s,safety,code,1,%s,,\n' "$PLANTED" "$PLANTED" "$PLANTED" >partial.csv
	run_err trygg-tally --merge partial.csv
	assert_failure 1
	refute_planted all.err
}

@test "privacy: trygg-plan error paths never print planted data" {
	need plan
	{ cat "$HFIX/tally.csv"; printf 'school,safety,1,%s,20,5.0,1.0,20.0,\n' "$PLANTED"; } >badnumber.csv
	run_err trygg-plan badnumber.csv
	assert_failure 1
	{ cat "$HFIX/tally.csv"; printf '%s,%s\n' "$PLANTED" "$PLANTED"; } >ragged.csv
	run_err trygg-plan ragged.csv
	assert_failure 1
	{ printf '%s,variable,value,n\n' "$PLANTED"; } >badheader.csv
	run_err trygg-plan badheader.csv
	assert_failure
	refute_planted all.err
}

@test "privacy: a failing trygg-monthly logs stage and line, never planted data" {
	[ -x "$TOP/bin/trygg-monthly" ] || skip "trygg-monthly not there"
	mkdir -p in/2026-10 reports
	{ cat "$HFIX/street-raw.csv"; printf '3/11 kl 15.50,Resecentrum,AL,"%s\n' "$PLANTED"; } >in/2026-10/street-a.csv
	run_err "$TOP/bin/trygg-monthly" --month 2026-10 in reports
	assert_failure 1
	grep -q 'street-a.csv:17' all.err || fail "the failing file and line are not named: $(cat all.err)"
	refute_planted all.err
	find reports -type f | while read -r f; do refute_planted "$f"; done
}

@test "privacy: a successful trygg-monthly keeps planted data out of log.txt and stderr" {
	[ -x "$TOP/bin/trygg-monthly" ] || skip "trygg-monthly not there"
	mkdir -p in/2026-10 reports
	{ cat "$HFIX/street-raw.csv"
	  printf '3/11 kl 15.50,Resecentrum,AL,kvinna,41,Nol,%s,Ibland,nej,-,"%s",,\n' "$PLANTED" "$PLANTED"; } >in/2026-10/street-a.csv
	run_err "$TOP/bin/trygg-monthly" --month 2026-10 in reports
	assert_success
	refute_planted all.err
	refute_planted reports/2026-10/log.txt
	# the canonical CSV and the rejects keep the raw text: owner only
	[ "$(stat -c %a reports/2026-10/canonical.csv)" = 600 ] || fail "canonical.csv is not 0600"
	[ "$(stat -c %a reports/2026-10/rejects.csv)" = 600 ] || fail "rejects.csv is not 0600"
}

@test "privacy: the rejects file is created 0600 whatever the umask" {
	need clean
	run bash -c "umask 000 && trygg-clean -q -r rejects.csv '$HFIX/street-raw.csv' >/dev/null"
	assert_success
	[ "$(stat -c %a rejects.csv)" = 600 ] || fail "mode $(stat -c %a rejects.csv)"
}

@test "privacy: an existing rejects file others could read is replaced by a 0600 one" {
	need clean
	echo old >rejects.csv
	chmod 644 rejects.csv
	run trygg-clean -q -r rejects.csv "$HFIX/street-raw.csv"
	assert_success
	[ "$(stat -c %a rejects.csv)" = 600 ] || fail "mode $(stat -c %a rejects.csv)"
	refute grep -qx old rejects.csv
}

@test "privacy: a failed trygg-clean run leaves no rejects file behind" {
	need clean
	{ cat "$HFIX/street-raw.csv"; printf '3/11 kl 15.50,Resecentrum,AL,"%s\n' "$PLANTED"; } >street-quote.csv
	run trygg-clean -q -r rejects.csv street-quote.csv
	assert_failure 1
	[ ! -e rejects.csv ] || fail "a rejects file was left"
	run ls -A
	refute_output --partial rejects.csv
}

@test "privacy: a pseudonym key others may read or change is refused, 0600 is taken" {
	need anon
	local mode
	head -c 32 /dev/urandom >key
	for mode in 644 640 604 660 606; do
		chmod "$mode" key
		run_err trygg-anon -c free_text --pseudonymise --key key "$HFIX/canonical.csv"
		assert_failure 1
		grep -q "^trygg-anon: key file key may be read or changed by others" err ||
			fail "mode $mode: $(cat err)"
		[ ! -s out ] || fail "mode $mode: output written with an unsafe key"
	done
	chmod 600 key
	run trygg-anon -c free_text --pseudonymise --key key "$HFIX/canonical.csv"
	assert_success
}

@test "privacy: the key's bytes never reach stderr" {
	need anon
	printf 'Hjortsberg-secret-key-material-0123456789' >key
	chmod 644 key
	run_err trygg-anon -c free_text --pseudonymise --key key "$HFIX/canonical.csv"
	assert_failure 1
	printf 'Hjortsberg' >key
	chmod 600 key
	run_err trygg-anon -c free_text --pseudonymise --key key "$HFIX/canonical.csv"
	assert_failure 1
	refute_planted all.err
}
