#!/usr/bin/env bats
# trygg-monthly: the cron job over a month's exports.
load common

setup() {
	setup_scratch
	EX="$TOP/examples/exports"
	REAL_BIN="$TRYGG_BIN"
}

# A bin directory with the real programs, in which test doubles can replace
# one: fake NAME SCRIPT-BODY.
fake_bin() {
	mkdir -p fakebin
	for p in clean anon themes tally plan; do
		ln -sf "$REAL_BIN/trygg-$p" "fakebin/trygg-$p"
	done
}
fake() {
	rm -f "fakebin/trygg-$1"
	printf '#!/bin/sh\n%s\n' "$2" >"fakebin/trygg-$1"
	chmod +x "fakebin/trygg-$1"
}

# A checksum of every file of a directory, to show it did not change.
sum_dir() {
	(cd "$1" && find . -type f | sort | xargs sha256sum)
}

@test "success: every stage logged, the month's files in place, private files 0600" {
	run trygg-monthly --month 2026-10 "$EX" out
	assert_success
	assert_output "trygg-monthly: 2026-10: clean: ok (293 kept, 4 rejected)
trygg-monthly: 2026-10: anon: ok
trygg-monthly: 2026-10: themes: ok (293 records)
trygg-monthly: 2026-10: quotes: ok
trygg-monthly: 2026-10: tally: ok (16 tallies)
trygg-monthly: 2026-10: history: ok (history.csv holds 1 month)
trygg-monthly: 2026-10: plan: ok (report.md, report.html, report.txt)
trygg-monthly: 2026-10: publish: ok (out/2026-10)"
	run ls out/2026-10
	assert_output "anonymised.csv
canonical.csv
log.txt
proposals.csv
quotes.csv
rejects.csv
report.html
report.md
report.txt
tally.csv"
	[ "$(stat -c %a out/2026-10/canonical.csv)" = 600 ]
	[ "$(stat -c %a out/2026-10/rejects.csv)" = 600 ]
	[ "$(stat -L -c %a out/2026-10)" = "$(printf '%o' $((0777 & ~$(umask))))" ]
	run ls -A out
	assert_output ".months
2026-10
history.csv"
	[ "$(stat -c %a out/history.csv)" = 600 ]
	[ -L out/2026-10 ]
	run ls out/.months
	assert_output --regexp '^2026-10\.[A-Za-z0-9]{6}$'
	head -n 1 out/2026-10/anonymised.csv | grep -q ',free_text,suggestion,themes,mentioned_places,suggestion_themes$'
	grep -qx '== clean' out/2026-10/log.txt
}

@test "the tallies are trygg-tally's over the anonymised records" {
	trygg-monthly --month 2026-10 "$EX" out 2>/dev/null
	cd out/2026-10
	# One run for every table of the list (disclosure control over all).
	diff tally.csv <(trygg-tally "${MONTH_TALLY[@]}" anonymised.csv 2>/dev/null)
}

@test "the previous month's directory is used for the comparison" {
	trygg-monthly --month 2026-09 "$EX" out 2>/dev/null
	run trygg-monthly --month 2026-10 "$EX" out
	assert_success
	assert_line --index 6 'trygg-monthly: 2026-10: plan: ok (report.md, report.html, report.txt; compared with 2026-09)'
}

@test "a second run of the same month replaces the first, leaving nothing behind" {
	trygg-monthly --month 2026-10 "$EX" out 2>/dev/null
	echo stale >out/2026-10/stale.txt
	run trygg-monthly --month 2026-10 "$EX" out
	assert_success
	[ ! -e out/2026-10/stale.txt ]
	run ls -A out
	assert_output ".months
2026-10
history.csv"
}

@test "a broken input fails the clean stage, names it, and keeps the previous report" {
	mkdir -p in/2026-10
	cp "$EX"/2026-10/*.csv in/2026-10/
	trygg-monthly --month 2026-10 in out 2>/dev/null
	before=$(sum_dir out/2026-10)
	printf 'foo,bar\n1,2\n' >in/2026-10/school-broken.csv
	run trygg-monthly --month 2026-10 in out
	assert_failure 1
	assert_line --partial 'trygg-monthly: 2026-10: clean: trygg-clean: school-broken.csv:1:'
	assert_line --index -1 'trygg-monthly: 2026-10: clean: failed (exit 1)'
	[ "$(sum_dir out/2026-10)" = "$before" ]
	run ls -A out
	assert_output ".months
2026-10
history.csv"
}

@test "a failing later stage leaves no partial month directory" {
	fake_bin
	fake plan 'echo "trygg-plan: tally-x.csv:2: not a tally" >&2; exit 1'
	run env TRYGG_BIN="$PWD/fakebin" trygg-monthly --month 2026-10 "$EX" out
	assert_failure 1
	assert_line --index 6 'trygg-monthly: 2026-10: plan: trygg-plan: tally-x.csv:2: not a tally'
	assert_line --index 7 'trygg-monthly: 2026-10: plan: failed (report.md: exit 1)'
	run ls -A out
	assert_output ".months"
}

@test "a month a killed run had moved aside is put back" {
	mkdir -p out/.old-2026-10.XYZ/2026-10 out/.tmp-2026-10.ABC
	echo old >out/.old-2026-10.XYZ/2026-10/report.md
	fake_bin
	fake clean 'exit 1'
	run env TRYGG_BIN="$PWD/fakebin" trygg-monthly --month 2026-10 "$EX" out
	assert_failure 1
	assert_output 'trygg-monthly: 2026-10: clean: failed (exit 1)'
	run ls -A out
	assert_output ".months
2026-10"
	[ "$(cat out/2026-10/report.md)" = old ]
}

@test "the lock keeps a second run out while the first holds it" {
	mkdir out
	exec 8<out
	flock -n 8
	run trygg-monthly --month 2026-10 "$EX" out
	exec 8<&-
	assert_failure 1
	assert_output 'trygg-monthly: 2026-10: another run holds the lock on out'
	run ls -A out
	assert_output ""
	run trygg-monthly --month 2026-10 "$EX" out
	assert_success
}

@test "SIGTERM mid-run kills the stage and leaves no partial directory" {
	fake_bin
	# The tally stage hangs; its pid (the same after exec) goes to a mark.
	fake tally 'echo $$ >"$MARK"; exec sleep 60'
	MARK="$PWD/mark" TRYGG_BIN="$PWD/fakebin" \
		trygg-monthly --month 2026-10 "$EX" out 2>err 3>&- &
	pid=$!
	for _ in $(seq 100); do [ -s mark ] && break; sleep 0.1; done
	[ -s mark ]
	ls -d out/.months/2026-10.*
	kill -TERM "$pid"
	status=0
	wait "$pid" || status=$?
	[ "$status" -eq 143 ]
	run ls -A out
	assert_output ".months"
	run ls -A out/.months
	assert_output ""
	run tail -n 1 err
	assert_output 'trygg-monthly: 2026-10: interrupted'
	# the stage is killed, not left to sleep its 60 s; on a loaded machine
	# the signal may take a moment to land, so it has five seconds
	for _ in $(seq 50); do kill -0 "$(cat mark)" 2>/dev/null || break; sleep 0.1; done
	! kill -0 "$(cat mark)" 2>/dev/null
}

@test "exports directly in INDIR; the default month is the previous one" {
	mkdir in
	cp "$EX"/2026-10/*.csv in/
	month=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
	run trygg-monthly in out
	assert_success
	assert_line --index 0 "trygg-monthly: $month: clean: ok (293 kept, 4 rejected)"
	[ -f "out/$month/report.html" ]
}

@test "no exports is an error naming the directory" {
	mkdir in
	run trygg-monthly --month 2026-10 in out
	assert_failure 1
	assert_output 'trygg-monthly: 2026-10: no exports in in'
}

@test "usage errors exit 2" {
	run trygg-monthly
	assert_failure 2
	assert_output "trygg-monthly: need INDIR and OUTDIR
Try 'trygg-monthly --help' for more information."
	run trygg-monthly --month 2026-13 "$EX" out
	assert_failure 2
	assert_line --index 0 'trygg-monthly: --month must be YYYY-MM'
	run trygg-monthly --bogus "$EX" out
	assert_failure 2
	assert_line --index 0 "trygg-monthly: unknown option '--bogus'"
	run trygg-monthly -k
	assert_failure 2
	assert_line --index 0 "trygg-monthly: option '-k' needs an argument"
	[ ! -e out ]
}

@test "--help and --version" {
	run trygg-monthly --help
	assert_success
	assert_line --index 0 'Usage: trygg-monthly [--month YYYY-MM] [OPTION]... INDIR OUTDIR'
	run trygg-monthly --version
	assert_success
	assert_output 'trygg-monthly (trygg) 0.1.0'
}

# --- every file of the month (issue 15) -------------------------------------------

RW="$FIX/real-world"

@test "every file is read: upper-case names, Swedish prefixes, an .xlsx workbook, a manifest" {
	mkdir -p in/2026-11
	cp "$FIX/clean-dev/street-manual.csv" in/2026-11/GATA-RESECENTRUM.CSV
	cp "$RW/staff-forms.xlsx" in/2026-11/Personal-enkät.xlsx
	cp "$RW/school-nfc.csv" in/2026-11/svar_vecka_44.csv
	printf 'pattern,source\nsvar_vecka_*,school\n' >in/2026-11/manifest.csv
	touch in/2026-11/.DS_Store
	run trygg-monthly --month 2026-11 in out
	assert_success
	assert_line --index 0 'trygg-monthly: 2026-11: clean: ok (150 kept, 15 rejected)'
	run bash -c "grep -o '^[^,]*-L*[0-9]*,[a-z]*,' out/2026-11/canonical.csv | cut -d, -f2 | sort | uniq -c"
	assert_output "     19 school
      3 staff
    128 street"
	grep -q '^Personal-enkät-1,staff,2026-11-02T08:04,morning,' out/2026-11/canonical.csv
	grep -qx 'not exports (hidden or lock files): .DS_Store' out/2026-11/log.txt
}

@test "a file that cannot be read stops the month, named" {
	mkdir -p in/2026-11
	cp "$FIX/clean-dev/street-manual.csv" in/2026-11/street-a.csv
	printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0' >in/2026-11/street-photo.png
	run trygg-monthly --month 2026-11 in out
	assert_failure 1
	assert_line --index 0 'trygg-monthly: 2026-11: clean: trygg-clean: street-photo.png:3: not a CSV file (binary data)'
	assert_line --index -1 'trygg-monthly: 2026-11: clean: failed (exit 1)'
	rm in/2026-11/street-photo.png
	cp "$RW/school-nfc.csv" in/2026-11/notes.csv
	run trygg-monthly --month 2026-11 in out
	assert_failure 1
	assert_line --index 1 --partial 'trygg-monthly: 2026-11: clean: trygg-clean: notes.csv: cannot tell the source from the file name'
	[ ! -e out/2026-11 ]
}

@test "an .xlsx with two sheets of data, or one xlsx2csv cannot read, stops the month" {
	mkdir -p in/2026-11
	cp "$FIX/clean-dev/street-manual.csv" in/2026-11/street-a.csv
	/usr/bin/python3 -c 'import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); wb.create_sheet("Tom"); wb.create_sheet("Blad3").append(["a", "b"]); wb.save(sys.argv[2])' \
		"$RW/staff-forms.xlsx" in/2026-11/staff-two.xlsx || skip "python3-openpyxl is missing"
	run trygg-monthly --month 2026-11 in out
	assert_failure 1
	assert_output 'trygg-monthly: 2026-11: clean: failed (staff-two.xlsx: 2 sheets hold data; save each as a file of its own)'
	printf 'PK\003\004 not really a workbook' >in/2026-11/staff-two.xlsx
	run trygg-monthly --month 2026-11 in out
	assert_failure 1
	assert_output 'trygg-monthly: 2026-11: clean: failed (staff-two.xlsx: xlsx2csv cannot read it)'
}

@test "the lock is flock on OUTDIR: a symlink planted at the old lock path is never written" {
	mkdir out
	echo 'precious' >victim
	ln -s "$PWD/victim" out/.lock
	run trygg-monthly --month 2026-10 "$EX" out
	assert_success
	[ "$(cat victim)" = precious ]
	[ -L out/.lock ]
}

@test "an OUTDIR writable by others, or another user's, is refused" {
	mkdir out
	chmod 777 out
	run trygg-monthly --month 2026-10 "$EX" out
	assert_failure 1
	assert_output 'trygg-monthly: 2026-10: out is writable by others (mode 777): refusing to write there'
	chmod 1777 out
	run trygg-monthly --month 2026-10 "$EX" out
	assert_failure 1
	[ "$(id -u)" = 0 ] || skip "chown needs root"
	chmod 755 out
	chown 65534 out
	run trygg-monthly --month 2026-10 "$EX" out
	assert_failure 1
	assert_output 'trygg-monthly: 2026-10: out belongs to another user (uid 65534): refusing to write there'
	run ls -A out
	assert_output ''
}

@test "a month folder of an earlier version becomes a link; stale folders are removed" {
	mkdir -p out/2026-10 out/.months/2026-09.Stale1 out/.tmp-2026-10.ABC out/.months/2026-10.legacy
	echo old >out/2026-10/report.md
	ln -s nowhere out/.link-2026-10
	run trygg-monthly --month 2026-10 "$EX" out
	assert_success
	[ -L out/2026-10 ]
	run ls -A out out/.months
	assert_output --regexp '^out:
.months
2026-10
history.csv

out/.months:
2026-10\.[A-Za-z0-9]{6}$'
	# the earlier run died between moving the folder and linking it
	rm out/2026-10
	mkdir out/.months/2026-10.legacy
	echo older >out/.months/2026-10.legacy/report.md
	fake_bin
	fake clean 'exit 1'
	run env TRYGG_BIN="$PWD/fakebin" trygg-monthly --month 2026-10 "$EX" out
	assert_failure 1
	[ "$(cat out/2026-10/report.md)" = older ]
}
