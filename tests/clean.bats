#!/usr/bin/env bats
# trygg-clean: one test per rule of clean-dev/README.md on small fixtures,
# the whole dev set, error paths, the rejects file and the translations.
load common
bats_require_minimum_version 1.5.0

C="$FIX/clean"
HEADER='response_id,source,collected_at,time_of_day,site,area,age_band,gender,safety,worry,victim_12m,unsafe_places,problems,free_text,suggestion'

# The unit fixtures are partial exports: the columns their profile has and
# they lack are let go (tests of that check name their own).
PARTIAL=--allow-missing=response_id,collected_at,site,area,age_band,gender,safety,worry,victim_12m,unsafe_places,problems,free_text,suggestion

setup() {
	setup_scratch
}

# clean FIXTURE: run on a fixture, output in out.csv, rejects in rej.csv,
# warnings in $stderr.
clean() {
	run --separate-stderr trygg-clean -q "$PARTIAL" -r rej.csv "$C/$1.csv"
	assert_success
	printf '%s\n' "$output" > out.csv
}

@test "rule 1.1: Windows-1252 is transcoded, a UTF-8 BOM is not part of the header" {
	clean staff-msforms
	assert_line --index 1 --partial 'staff-msforms-7,staff,2026-10-12T08:35,morning,,,30-44,'
	grep -q 'rad två’s' out.csv
	clean staff-limesurvey-options
	assert_line --index 1 'staff-limesurvey-options-1042,staff,2026-10-12T08:35,morning,,,,,,,,resecentrum|lekplats,,,'
}

@test "rule 1.2: the delimiter is sniffed (; and TAB) and --delimiter overrides it" {
	clean school-tab
	assert_line --index 1 'school-tab-L2,school,2026-10-19T08:16,morning,,nol,,woman,,,,,,,'
	run trygg-clean -q "$PARTIAL" --delimiter=, "$C/school-tab.csv"
	assert_failure 1
	assert_output --partial 'no column of the header is known'
}

@test "rules 1.3, 1.5, 1.6: mixed line ends, physical line numbers, CRLF in a field becomes LF" {
	clean school-tab
	assert_line --index 2 'school-tab-L4,school,2026-10-19T08:17,morning,,,,man,,,,,,,'
	assert_line --index 3 'school-tab-L6,school,2026-10-19T08:18,morning,,bohus,,man,,,,,,,'
	clean staff-msforms
	run grep -c $'\r' out.csv
	assert_output 0
	grep -q '^rad två’s",$' out.csv
}

@test "rule 1.4: quotes inside an unquoted field are ordinary characters" {
	clean street-values
	assert_line --index 3 --partial ',"en 5"" skärm",'
	assert_line --index 4 --partial ',"tunneln kallas ""knarktunneln"" av alla",'
}

@test "rule 2.1: a trailing delimiter on every line is no column" {
	clean street-values
	assert_line --index 0 "$HEADER"
	run grep -c ragged_row rej.csv
	assert_output 0
}

@test "rules 2.3, 2.4: an unknown column is reported once, known dropped columns silently" {
	clean school-dups
	run grep unknown_column rej.csv
	assert_output 'school-dups.csv,1,unknown_column,Extra fråga,'
	clean staff-msforms
	run grep -c unknown_column rej.csv
	assert_output 0
}

@test "rules 3.1-3.4: empty, ragged, duplicate and resubmitted records, first rule wins" {
	clean school-dups
	assert_equal "$(cat out.csv)" "$(cat "$C/school-dups.out")"
	assert_equal "$(cat rej.csv)" "$(cat "$C/school-dups.rej")"
}

@test "rule 3.4: latest timestamp wins, a tie goes to the later line, anonymous is no identity" {
	clean school-dups
	grep -q '^school-dups.csv,9,resubmission,,10$' rej.csv
	grep -q '^school-dups.csv,15,resubmission,,14$' rej.csv
	grep -q '^school-dups.csv,2,resubmission,,5$' rej.csv
	clean staff-msforms
	grep -q '^staff-msforms-7,' out.csv
	grep -q '^staff-msforms-8,' out.csv
}

@test "rule 3.5: an invalid value empties the cell and keeps the record" {
	clean street-values
	assert_equal "$(cat out.csv)" "$(cat "$C/street-values.out")"
	assert_equal "$(cat rej.csv)" "$(cat "$C/street-values.rej")"
	assert_line --index 7 'street-values-L8,street,2026-11-03T21:59,evening,resecentrum,bohus,,,,,,centrum,,,'
}

@test "rule 4.1: matching ignores case, spaces and accents, never guesses" {
	clean street-values
	assert_line --index 1 --partial ',night,resecentrum,nodinge,16-19,woman,4,1,yes,'
	assert_line --index 3 --partial ',alvangen,16-19,man,4,4,,'
	grep -q '^street-values.csv,8,invalid_value,gender,katt$' rej.csv
}

@test "rule 4.2: timestamp formats, survey year, no such date, time of day" {
	clean street-values
	run cut -d, -f1,3,4 out.csv
	assert_line --index 1 'street-values-L2,2026-11-03T05:59,night'
	assert_line --index 2 'street-values-L3,2026-11-03T06:00,morning'
	assert_line --index 3 'street-values-L4,2026-11-03T09:59,morning'
	assert_line --index 4 'street-values-L5,2026-11-03T10:00,day'
	assert_line --index 5 'street-values-L6,2026-11-03T16:59,day'
	assert_line --index 6 'street-values-L7,2026-11-03T17:00,evening'
	assert_line --index 9 'street-values-L10,,'
	assert_line --index 11 'street-values-L12,,'
	grep -q '^street-values.csv,12,invalid_value,collected_at,29/2 kl 8.00$' rej.csv
}

@test "rule 4.2: --year sets the survey year" {
	run trygg-clean -q "$PARTIAL" --year 2028 "$C/street-values.csv"
	assert_success
	assert_line --index 11 --partial 'street-values-L12,street,2028-02-29T08:00,morning,resecentrum,'
}

@test "rule 4.3: exact ages are banded, out of range and text are invalid" {
	clean street-values
	run cut -d, -f1,7 out.csv
	assert_line --index 1 'street-values-L2,16-19'
	assert_line --index 4 'street-values-L5,30-44'
	assert_line --index 5 'street-values-L6,30-44'
	assert_line --index 6 'street-values-L7,65+'
	assert_line --index 9 'street-values-L10,13-15'
	assert_line --index 11 'street-values-L12,65+'
	run grep -c 'invalid_value,age_band' rej.csv
	assert_output 4
}

@test "rule 4.4: Google lists match the longest label first; Övrigt is other" {
	clean school-multi
	assert_equal "$(cat out.csv)" "$(cat "$C/school-multi.out")"
	assert_equal "$(cat rej.csv)" "$(cat "$C/school-multi.rej")"
}

@test "rule 4.4: MS Forms ;-terminated lists, one column per option, typed street lists" {
	clean staff-msforms
	assert_equal "$(cat out.csv)" "$(cat "$C/staff-msforms.out")"
	assert_equal "$(cat rej.csv)" "$(cat "$C/staff-msforms.rej")"
	clean staff-limesurvey-options
	assert_equal "$(cat out.csv)" "$(cat "$C/staff-limesurvey-options.out")"
	assert_equal "$(cat rej.csv)" "$(cat "$C/staff-limesurvey-options.rej")"
	clean street-values
	run cut -d, -f1,12 out.csv
	assert_line --index 1 'street-values-L2,gangtunnel|busshallplats'
	assert_line --index 2 'street-values-L3,ale_torg|pendeltagsstation'
	assert_line --index 3 'street-values-L4,cykelvag|other'
	assert_line --index 4 'street-values-L5,'
}

@test "rule 4.5: source from --source or the file name prefix" {
	run trygg-clean -q "$PARTIAL" --source street "$C/plain-export.csv"
	assert_success
	assert_line --index 1 'plain-export-L2,street,2026-10-19T08:16,morning,,nol,,woman,,,,,,,'
	run trygg-clean -q "$PARTIAL" "$C/plain-export.csv"
	assert_failure 1
	assert_output --partial 'plain-export.csv: cannot tell the source from the file name'
	assert_output --partial 'or use --source'
}

@test "rule 4.6: free text is copied byte for byte" {
	clean street-values
	assert_line --index 1 --partial ',"Sa ""hej"", sen gick han",'
	assert_line --index 2 --partial ',  spaces kept  ,'
}

@test "rule 4.7: response_id from the id column, else the raw line" {
	clean staff-limesurvey-options
	run cut -d, -f1 out.csv
	assert_line --index 3 'staff-limesurvey-options-1044'
	clean school-dups
	run cut -d, -f1 out.csv
	assert_line --index 1 'school-dups-L4'
}

@test "standard input with resubmissions" {
	run sh -c "cat '$C/school-dups.csv' | trygg-clean -q $PARTIAL --source school -r rej.csv - 2>/dev/null"
	assert_success
	assert_line --index 1 'stdin-L4,school,2026-10-19T09:00,morning,,surte,,man,,,,,,,'
	run grep -c resubmission rej.csv
	assert_output 3
	run sh -c "cat '$C/school-resub.csv' | trygg-clean -q $PARTIAL --source school -"
	assert_success
	assert_equal "$output" "$(sed 's/^school-resub-/stdin-/' "$C/school-resub.out")"
}

@test "rule 3.4: an overruled submission leaves no cell reports, rows keep file order" {
	clean school-resub
	assert_equal "$(cat out.csv)" "$(cat "$C/school-resub.out")"
	assert_equal "$(cat rej.csv)" "$(cat "$C/school-resub.rej")"
	run grep -c 'invalid_value,gender' rej.csv
	assert_output 0
}

@test "rule 3.4: the summary is the same with and without a rejects file" {
	run sh -c "trygg-clean $PARTIAL -r rej.csv '$C/school-resub.csv' 2>&1 >/dev/null"
	assert_success
	assert_output 'trygg-clean: school-resub.csv: 8 records read, 4 kept, 4 dropped (empty_row 0, ragged_row 0, duplicate 0, resubmission 4); unknown_column 0, invalid_value 2'
	with="$output"
	run sh -c "trygg-clean $PARTIAL '$C/school-resub.csv' 2>&1 >/dev/null"
	assert_success
	assert_output "$with"
}

@test "error: no room for the temporary files of a file with identities" {
	run sh -c "TMPDIR='$PWD/no-such-dir' trygg-clean -q $PARTIAL '$C/school-resub.csv' 2>&1 >/dev/null"
	assert_failure 1
	assert_output 'trygg-clean: school-resub.csv: cannot create a temporary file: No such file or directory'
}

@test "the summary counts every record: kept + dropped = read" {
	run trygg-clean "$PARTIAL" "$C/school-dups.csv"
	assert_success
	assert_line 'trygg-clean: school-dups.csv: 14 records read, 6 kept, 8 dropped (empty_row 3, ragged_row 1, duplicate 1, resubmission 3); unknown_column 1, invalid_value 0'
}

@test "dev set: canonical.csv byte for byte (site aside), every reject on its five columns" {
	D="$FIX/clean-dev"
	trygg-clean -q -r rej.csv "$D"/*.csv > out.csv
	# The truth is SCHEMA v1: without site, the fifth column (the four
	# before it never hold a comma).
	sed -E 's/^(([^,]*,){4})[^,]*,/\1/' out.csv > out-v1.csv
	cmp out-v1.csv "$D/truth/canonical.csv"
	cut -d, -f1-5 rej.csv > rej5.csv
	diff rej5.csv "$D/truth/rejects.csv"
}

@test "the rejects file is created mode 0600" {
	clean school-dups
	run stat -c %a rej.csv
	assert_output 600
}

@test "error: an unreadable file, nothing written, no rejects file" {
	run trygg-clean "$PARTIAL" -r rej.csv "$C/school-dups.csv" no-such-file.csv
	assert_failure 1
	assert_output --partial 'no-such-file.csv: No such file or directory'
	refute_output --partial 'response_id'
	[ ! -e rej.csv ]
	run ls -A
	assert_output ''
}

@test "error: a file that is not CSV at all" {
	run trygg-clean "$PARTIAL" "$C/school-image.csv"
	assert_failure 1
	assert_output 'trygg-clean: school-image.csv:3: not a CSV file (binary data)'
}

@test "error: an empty file, a header with no known column" {
	run trygg-clean "$PARTIAL" "$C/school-empty.csv"
	assert_failure 1
	assert_output 'trygg-clean: school-empty.csv:1: empty file: there is no header line'
	run trygg-clean "$PARTIAL" "$C/school-nothing-known.csv"
	assert_failure 1
	assert_output --partial 'school-nothing-known.csv:1: no column of the header is known to the codebook'
}

@test "error: an unknown --source is a usage error" {
	run trygg-clean --source bogus "$C/school-dups.csv"
	assert_failure 2
	assert_line --index 0 "trygg-clean: unknown source 'bogus' (known: school, staff, street, web)"
}

@test "error: writing to /dev/full fails with status 1" {
	run sh -c "trygg-clean -q $PARTIAL '$C/school-dups.csv' > /dev/full"
	assert_failure 1
}

@test "error: a broken codebook names its file and line" {
	printf 'type,profile,column,code,text\ncode,,gender,woman,Kvinna\nlabel,,gender,wife,Fru\n' > cb.csv
	run trygg-clean -k cb.csv "$C/school-dups.csv"
	assert_failure 1
	assert_output "trygg-clean: cb.csv:3: code 'wife' is not in the code list of column gender"
}

@test "a new export profile is rows in the codebook, not code" {
	cp "$TOP/share/trygg/codebook.csv" cb.csv
	cat >> cb.csv <<'CB'
setting,netigate,,timestamp,%d.%m.%Y %H:%M
setting,netigate,,separator,|
header,netigate,collected_at,,Submitted
header,netigate,gender,,Sex
header,netigate,unsafe_places,,Unsafe where
label,netigate,gender,woman,F
CB
	printf 'Submitted,Sex,Unsafe where\n"5.3.2026 22:10",F,Bus stops|Bridges\n' > web-net.csv
	run trygg-clean -q -k cb.csv web-net.csv
	assert_success
	assert_line --index 1 'web-net-L2,web,2026-03-05T22:10,night,,,,woman,,,,busshallplats|bron,,,'
}

@test "LANGUAGE=sv gives Swedish messages" {
	LC_ALL=C.UTF-8 LANGUAGE=sv run trygg-clean "$PARTIAL" "$C/school-empty.csv"
	assert_failure 1
	assert_output 'trygg-clean: school-empty.csv:1: tom fil: det finns ingen rubrikrad'
}

@test "--help and --version" {
	run trygg-clean --help
	assert_success
	assert_line --index 0 'Usage: trygg-clean [OPTION]... [FILE]...'
	run trygg-clean --version
	assert_success
	assert_output --partial 'trygg-clean'
}

# --- real-world exports (issue 15): tests/fixtures/real-world/ -------------------

R="$FIX/real-world"

@test "a renamed header (a space before '?') is taken with a warning naming both; nothing dropped" {
	run --separate-stderr trygg-clean -q "$R/school-renamed.csv"
	assert_success
	assert_equal "${stderr_lines[0]}" "trygg-clean: school-renamed.csv:1: the header 'Hur trygg känner du dig när du går ensam ute sent på kvällen där du bor ?' is taken for the codebook's 'Hur trygg känner du dig när du går ensam ute sent på kvällen där du bor?' (column safety): add the new wording to the codebook"
	run bash -c "trygg-clean -q '$R/school-renamed.csv' 2>/dev/null | cut -d, -f9 | sort | uniq -c | sort -rn | head -3"
	assert_line --index 0 --regexp '^ +[0-9]+ [1-49]$'
	run bash -c "trygg-clean -q '$R/school-renamed.csv' 2>/dev/null | cut -d, -f9 | grep -c '^[1-59]$'"
	assert_output 19
}

@test "a reworded header too far from the codebook's: exit 1, FILE:1, the column, the closest header (by position: a header may be data)" {
	sed '1s/Hur trygg känner du dig när du går ensam ute sent på kvällen där du bor ?/Känner du dig säker ute på kvällarna?/' "$R/school-renamed.csv" >school-reworded.csv
	run --separate-stderr trygg-clean -q school-reworded.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-clean: school-reworded.csv:1: columns not in the codebook, left out (their headers are in the rejects file): 7, 14
trygg-clean: school-reworded.csv:1: no column for safety: no header is 'Hur trygg känner du dig när du går ensam ute sent på kvällen där du bor?' (the closest is column 7); add the header to the codebook, or use --allow-missing safety
trygg-clean: school-reworded.csv:1: the header was read as ','-separated (guessed; see --delimiter)"
	run --separate-stderr trygg-clean -q --allow-missing safety school-reworded.csv
	assert_success
	[ "${#lines[@]}" -eq 20 ]
}

@test "--allow-missing takes canonical columns only" {
	run trygg-clean --allow-missing nosuch "$R/school-nfc.csv"
	assert_failure 2
	assert_line --index 0 "trygg-clean: --allow-missing: 'nosuch' is not a column of the canonical record"
}

@test "decomposed Unicode (NFD): the same records as the composed file, free text in NFC" {
	trygg-clean -q "$R/school-nfd.csv" 2>/dev/null | sed 's/^school-nfd-/x-/' >nfd.csv
	trygg-clean -q "$R/school-nfc.csv" 2>/dev/null | sed 's/^school-nfc-/x-/' >nfc.csv
	cmp nfd.csv nfc.csv
	# every answer of area is a code (NFD used to leave 554 invalid)
	run grep -c ',school,[^,]*,[^,]*,,\(other\|nodinge\|alvangen\|nol\|surte\|bohus\|alafors\|skepplanda\),' nfd.csv
	assert_output 19
}

@test "an upper-case file name and Swedish or underscored prefixes tell the source" {
	run --separate-stderr trygg-clean -q "$R/SCHOOL-GOOGLE.CSV"
	assert_success
	assert_line --index 1 --partial 'SCHOOL-GOOGLE-L2,school,2026-10-19T08:16,'
	cp "$R/school-nfc.csv" Elev-enkät.csv
	cp "$R/school-nfc.csv" personal_forms.CSV
	cp "$R/school-nfc.csv" GATA.csv
	run --separate-stderr trygg-clean -q Elev-enkät.csv personal_forms.CSV GATA.csv
	assert_success
	run bash -c "trygg-clean -q Elev-enkät.csv personal_forms.CSV GATA.csv 2>/dev/null | cut -d, -f2 | sort | uniq -c"
	assert_output "     19 school
      1 source
     19 staff
     19 street"
	cp "$R/school-nfc.csv" staffing.csv
	run --separate-stderr trygg-clean -q staffing.csv
	assert_failure 1
	assert_equal "${stderr_lines[-1]}" "trygg-clean: staffing.csv: cannot tell the source from the file name; name the file one of school-*, staff-*, street-*, web-*, elev-*, personal-*, gata-*, webb-*, list it in a manifest, or use --source"
}

@test "--manifest: file patterns to sources, case ignored, first row wins, before the prefix" {
	cp "$R/school-nfc.csv" Personalenkät-november.csv
	cp "$R/school-nfc.csv" school-extra.csv
	printf 'pattern,source\n# staff survey exported by HR\nPERSONALENKÄT*,staff\nschool-extra.*,web\n*,street\n' >manifest.csv
	run bash -c "trygg-clean -q --manifest manifest.csv Personalenkät-november.csv school-extra.csv 2>/dev/null | grep -e '^Personalenkät-november-L2,' -e '^school-extra-L2,' | cut -d, -f1,2"
	assert_output "Personalenkät-november-L2,staff
school-extra-L2,web"
	printf 'pattern,source\nx*,bogus\n' >bad.csv
	run trygg-clean -q --manifest bad.csv school-extra.csv
	assert_failure 1
	assert_output "trygg-clean: bad.csv:2: unknown source 'bogus' (not a source code of the codebook)"
	printf 'file,channel\n' >bad2.csv
	run trygg-clean -q --manifest bad2.csv school-extra.csv
	assert_failure 1
	assert_output "trygg-clean: bad2.csv:1: no column 'pattern'
trygg-clean: bad2.csv:1: no column 'source'"
}

@test "UTF-16 with a BOM (Excel's Unicode text) is read through iconv, TAB guessed and named" {
	run --separate-stderr trygg-clean "$PARTIAL" "$R/staff-unicode.txt"
	assert_success
	assert_equal "${stderr_lines[0]}" "trygg-clean: staff-unicode.txt: read as TAB-separated (guessed; see --delimiter)"
	assert_line --index 1 'staff-unicode-1,staff,2026-11-02T08:04,morning,,nodinge,30-44,woman,2,2,no,resecentrum|ale_torg,litter,"Vid ""tunneln"" på kvällen'
	assert_line --index 4 'staff-unicode-3,staff,2026-11-03T17:50,evening,,surte,20-29,undisclosed,1,1,no,,,,Fler vuxna ute'
}

@test "UTF-16 without a BOM and cut UTF-16 are errors with a hint" {
	tail -c +3 "$R/staff-unicode.txt" >staff-nobom.csv
	run trygg-clean -q staff-nobom.csv
	assert_failure 1
	assert_output 'trygg-clean: staff-nobom.csv:1: UTF-16 text without a byte order mark: save it as UTF-8, or as Unicode text with one'
	head -c 101 "$R/staff-unicode.txt" >staff-cut.csv
	run trygg-clean -q staff-cut.csv
	assert_failure 1
	assert_output 'trygg-clean: staff-cut.csv:1: invalid UTF-16'
}

@test "an .xlsx workbook is refused with the converter named" {
	run trygg-clean -q "$R/staff-forms.xlsx"
	assert_failure 1
	assert_output 'trygg-clean: staff-forms.xlsx:1: a zip file (an .xlsx workbook?), not CSV: save it as CSV, or convert it with xlsx2csv (trygg-monthly does)'
}

@test "ISO 8601 timestamps (in2csv) in every profile; Microsoft Forms seconds" {
	trygg-clean -q -r rej.csv "$R/school-iso.csv" >out.csv 2>/dev/null
	run bash -c "grep -e '^school-iso-L[234],' out.csv | cut -d, -f3,4"
	assert_output "2026-10-19T08:16,morning
2026-10-19T08:24,morning
2026-10-19T09:09,morning"
	run grep -c collected_at rej.csv
	assert_output 0
	run --separate-stderr trygg-clean -q -r rej.csv "$PARTIAL" "$R/staff-msforms-seconds.csv"
	assert_success
	assert_line --index 1 --partial 'staff-msforms-seconds-1,staff,2026-10-12T08:35,morning,'
	run grep -c collected_at rej.csv
	assert_output 0
}

@test "timestamps: AM/PM, a zone suffix and a fraction; unknown directives refused by the codebook" {
	cp "$TOP/share/trygg/codebook.csv" cb.csv
	printf '%s\n' 'setting,us,,timestamp,%m/%d/%Y %I:%M %p' 'header,us,collected_at,,Submitted' 'header,us,gender,,Sex' >>cb.csv
	printf 'Submitted,Sex\n11/2/2026 12:05 AM,Woman\n11/2/2026 12:05 PM,Man\n11/2/2026 1:05:30 p.m.,Man\n11/2/2026 13:05 PM,Man\n2026-11-02T21:05:09.250,Man\n2026-11-02T21:05Z,Man\n' >web-us.csv
	run --separate-stderr trygg-clean -q -k cb.csv -r rej.csv web-us.csv
	assert_success
	run cut -d, -f3,4 <<<"$output"
	assert_output "collected_at,time_of_day
2026-11-02T00:05,night
2026-11-02T12:05,day
2026-11-02T13:05,day
,
2026-11-02T21:05,evening
,"
	run cut -d, -f2,3,4,5 rej.csv
	assert_output "line,reason,field,value
5,invalid_value,collected_at,11/2/2026 13:05 PM
7,invalid_value,collected_at,2026-11-02T21:05Z"
	cp "$TOP/share/trygg/codebook.csv" cb.csv
	printf '%s\n' 'setting,us,,timestamp,%d.%m.%y %H:%M' >>cb.csv
	run trygg-clean -q -k cb.csv web-us.csv
	assert_failure 1
	assert_output "trygg-clean: cb.csv:$(wc -l <cb.csv): unknown directive '%y' in a timestamp format (known: %Y %m %d %H %I %M %S %p %%)"
	cp "$TOP/share/trygg/codebook.csv" cb.csv
	printf '%s\n' 'setting,us,,timestamp,%m/%d/%Y %I:%M' >>cb.csv
	run trygg-clean -q -k cb.csv web-us.csv
	assert_failure 1
	assert_output "trygg-clean: cb.csv:$(wc -l <cb.csv): a timestamp format with %I (12-hour clock) needs %p (AM or PM), and %p needs %I"
}

@test "delimiter guessed from the records: a ';' file whose header has more commas" {
	run --separate-stderr trygg-clean "$PARTIAL" "$R/staff-semicolon.csv"
	assert_success
	assert_equal "${stderr_lines[0]}" "trygg-clean: staff-semicolon.csv:1: columns not in the codebook, left out (their headers are in the rejects file): 5"
	assert_equal "${stderr_lines[1]}" "trygg-clean: staff-semicolon.csv: read as ';'-separated (guessed; see --delimiter)"
	assert_line --index 3 'staff-semicolon-103,staff,2026-10-12T07:15,morning,,,,,,,,,drugs|traffic,,'
	run --separate-stderr trygg-clean -q --delimiter=, "$R/staff-semicolon.csv"
	assert_failure 1
	assert_equal "${stderr_lines[-1]}" "trygg-clean: staff-semicolon.csv:1: no column of the header is known to the codebook (read as ','-separated); is this a survey export? (see trygg-codebook(5))"
}

@test "control characters: a vertical tab in row 3 is a line break, escapes lose their ESC; not binary" {
	run --separate-stderr trygg-clean -q "$R/street-controls.csv"
	assert_success
	assert_equal "${lines[3]}" 'street-controls-L4,street,2026-11-03T15:58,day,resecentrum,nol,45-64,woman,4,3,no,gangtunnel,,"första raden'
	assert_equal "${lines[4]}" 'andra raden",mer ljus'
	assert_equal "${lines[5]}" 'street-controls-L5,street,2026-11-03T16:02,day,resecentrum,bohus,30-44,man,1,1,no,,,�[2J�[31mröd text�[0m,klocka�'
	run bash -c "trygg-clean -q '$R/street-controls.csv' | LC_ALL=C grep -c \$'[\\x01-\\x08\\x0b-\\x1f\\x7f]'"
	assert_output 0
}

@test "a lone CR in an LF file stays in its field (as a line break); CR-only files count their lines" {
	printf 'Datum/tid,Kön,Kommentar\n3/11 kl 15.48,K,Ring Anna\rSvensson 070-123 45 67\n3/11 kl 15.49,M,ok\n' >street-cr.csv
	run trygg-clean -q "$PARTIAL" street-cr.csv
	assert_success
	assert_equal "${#lines[@]}" 4
	assert_equal "${lines[1]}" 'street-cr-L2,street,2026-11-03T15:48,day,,,,woman,,,,,,"Ring Anna'
	assert_equal "${lines[2]}" 'Svensson 070-123 45 67",'
	assert_equal "${lines[3]}" 'street-cr-L3,street,2026-11-03T15:49,day,,,,man,,,,,,ok,'
	printf 'Datum/tid,Kön,Kommentar\r3/11 kl 15.48,K,"två\rrader"\r3/11 kl 15.49,katt,ok\r' >street-mac.csv
	run trygg-clean -q "$PARTIAL" -r rej.csv street-mac.csv
	assert_success
	assert_equal "${lines[3]}" 'street-mac-L4,street,2026-11-03T15:49,day,,,,,,,,,,ok,'
	run cat rej.csv
	assert_line --index 1 'street-mac.csv,4,invalid_value,gender,katt'
}

@test "text after a closing quote is an error naming the line, never a merged record" {
	printf 'Datum/tid,Kön,Kommentar\n3/11 kl 15.48,K,"ok" \n3/11 kl 15.49,M,"fine"x\n3/11 kl 15.50,M,x\n' >street-quote.csv
	run --separate-stderr trygg-clean -q "$PARTIAL" street-quote.csv
	assert_failure 1
	assert_equal "$stderr" 'trygg-clean: street-quote.csv:3: text after the closing quote of a field (a quote inside a field must be doubled)'
	refute_output --partial fine
	refute_output --partial L4
}

@test "formula cells: guarded with --excel and always in the rejects file, kept as data otherwise" {
	run --separate-stderr trygg-clean -q -r rej.csv "$R/street-formula.csv"
	assert_success
	assert_equal "${lines[2]}" "street-formula-L3,street,2026-11-03T15:53,day,resecentrum,nol,30-44,man,3,3,no,gangtunnel,,=cmd|' /C calc'!A0,-2+3"
	run cat rej.csv
	assert_line --index 1 "street-formula.csv,2,invalid_value,gender,\"'=1+2\""
	run --separate-stderr trygg-clean -q -x "$R/street-formula.csv"
	assert_success
	assert_equal "${lines[1]}" "street-formula-L2;street;2026-11-03T15:48;day;resecentrum;skepplanda;30-44;;2;2;no;;;\"'=HYPERLINK(\"\"http://example.invalid/\"\",\"\"klicka\"\")\";\"'@SUM(1)\""
	assert_equal "${lines[2]}" "street-formula-L3;street;2026-11-03T15:53;day;resecentrum;nol;30-44;man;3;3;no;gangtunnel;;\"'=cmd|' /C calc'!A0\";\"'-2+3\""
}

@test "ids: only plain tokens are kept, others take the line form with one warning per file" {
	run --separate-stderr trygg-clean -q "$PARTIAL" "$R/staff-ids.csv"
	assert_success
	assert_equal "$stderr" 'trygg-clean: staff-ids.csv:3: an id that is not a plain token (letters, digits, - and _, at most 40): such rows get the line as their response_id'
	run cut -d, -f1 <<<"$output"
	assert_output "response_id
staff-ids-1042
staff-ids-L3
staff-ids-L4
staff-ids-A-17_b"
	refute_output --partial anna
}

@test "site: the street export's place through the place list; empty for other channels" {
	run --separate-stderr trygg-clean -q -r rej.csv "$FIX/clean-dev/street-manual.csv" "$R/school-nfc.csv"
	assert_success
	run bash -c "trygg-clean -q '$FIX/clean-dev/street-manual.csv' '$R/school-nfc.csv' 2>/dev/null | cut -d, -f2,5 | sort | uniq -c"
	assert_output "     19 school,
      1 source,site
    128 street,resecentrum"
	printf 'Datum/tid,Plats,Kön\n3/11 kl 15.48,Månen,K\n3/11 kl 15.49,Ale torg,M\n' >street-site.csv
	run --separate-stderr trygg-clean -q "$PARTIAL" -r rej.csv street-site.csv
	assert_success
	run cut -d, -f5 <<<"$output"
	assert_output "site

ale_torg"
	run cat rej.csv
	assert_line --index 1 'street-site.csv,2,invalid_value,site,Månen'
}

@test "temporary files: spools honour TMPDIR, a killed run's rejects file is removed by the next" {
	mkdir tmp
	TMPDIR="$PWD/tmp" run trygg-clean -q "$PARTIAL" -r rej.csv "$C/school-resub.csv"
	assert_success
	run ls -A tmp
	assert_output ''
	echo 'raw personal data' >rej.csv.tmpAbC123
	echo 'not ours to judge' >rej.csv.tmp-other
	run trygg-clean -q "$PARTIAL" -r rej.csv "$C/school-resub.csv"
	assert_success
	[ ! -e rej.csv.tmpAbC123 ]
	[ -e rej.csv.tmp-other ]
	[ -e rej.csv ]
}

@test "core dumps are off while raw records are held" {
	run bash -c "ulimit -c unlimited; trygg-clean -q '$PARTIAL' - < <(sleep 1; cat '$C/school-tab.csv') --source school >/dev/null & pid=\$!; sleep 0.3; grep -E '^Max core file size' /proc/\$pid/limits; wait \$pid"
	assert_success
	assert_output --regexp '^Max core file size +0 +0 +bytes'
}
