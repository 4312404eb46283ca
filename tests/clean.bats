#!/usr/bin/env bats
# trygg-clean: one test per rule of clean-dev/README.md on small fixtures,
# the whole dev set, error paths, the rejects file and the translations.
load common

C="$FIX/clean"
HEADER='response_id,source,collected_at,time_of_day,area,age_band,gender,safety,worry,victim_12m,unsafe_places,problems,free_text,suggestion'

setup() {
	setup_scratch
}

# clean FIXTURE: run on a fixture, output in out.csv, rejects in rej.csv.
clean() {
	run trygg-clean -q -r rej.csv "$C/$1.csv"
	assert_success
	printf '%s\n' "$output" > out.csv
}

@test "rule 1.1: Windows-1252 is transcoded, a UTF-8 BOM is not part of the header" {
	clean staff-msforms
	assert_line --index 1 --partial 'staff-msforms-7,staff,2026-10-12T08:35,morning,,30-44,'
	grep -q 'rad två’s' out.csv
	clean staff-limesurvey-options
	assert_line --index 1 'staff-limesurvey-options-1042,staff,2026-10-12T08:35,morning,,,,,,,resecentrum|lekplats,,,'
}

@test "rule 1.2: the delimiter is sniffed (; and TAB) and --delimiter overrides it" {
	clean school-tab
	assert_line --index 1 'school-tab-L2,school,2026-10-19T08:16,morning,nol,,woman,,,,,,,'
	run trygg-clean -q --delimiter=, "$C/school-tab.csv"
	assert_failure 1
	assert_output --partial 'no column of the header is known'
}

@test "rules 1.3, 1.5, 1.6: mixed line ends, physical line numbers, CRLF in a field becomes LF" {
	clean school-tab
	assert_line --index 2 'school-tab-L4,school,2026-10-19T08:17,morning,,,man,,,,,,,'
	assert_line --index 3 'school-tab-L6,school,2026-10-19T08:18,morning,bohus,,man,,,,,,,'
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
	assert_line --index 7 'street-values-L8,street,2026-11-03T21:59,evening,bohus,,,,,,centrum,,,'
}

@test "rule 4.1: matching ignores case, spaces and accents, never guesses" {
	clean street-values
	assert_line --index 1 --partial ',night,nodinge,16-19,woman,4,1,yes,'
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
	run trygg-clean -q --year 2028 "$C/street-values.csv"
	assert_success
	assert_line --index 11 --partial 'street-values-L12,street,2028-02-29T08:00,morning,'
}

@test "rule 4.3: exact ages are banded, out of range and text are invalid" {
	clean street-values
	run cut -d, -f1,6 out.csv
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
	run cut -d, -f1,11 out.csv
	assert_line --index 1 'street-values-L2,gangtunnel|busshallplats'
	assert_line --index 2 'street-values-L3,ale_torg|pendeltagsstation'
	assert_line --index 3 'street-values-L4,cykelvag|other'
	assert_line --index 4 'street-values-L5,'
}

@test "rule 4.5: source from --source or the file name prefix" {
	run trygg-clean -q --source street "$C/plain-export.csv"
	assert_success
	assert_line --index 1 'plain-export-L2,street,2026-10-19T08:16,morning,nol,,woman,,,,,,,'
	run trygg-clean -q "$C/plain-export.csv"
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
	run sh -c "cat '$C/school-dups.csv' | trygg-clean -q --source school -r rej.csv -"
	assert_success
	assert_line --index 1 'stdin-L4,school,2026-10-19T09:00,morning,surte,,man,,,,,,,'
	run grep -c resubmission rej.csv
	assert_output 3
	run sh -c "cat '$C/school-resub.csv' | trygg-clean -q --source school -"
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
	run sh -c "trygg-clean -r rej.csv '$C/school-resub.csv' 2>&1 >/dev/null"
	assert_success
	assert_output 'trygg-clean: school-resub.csv: 8 records read, 4 kept, 4 dropped (empty_row 0, ragged_row 0, duplicate 0, resubmission 4); unknown_column 0, invalid_value 2'
	with="$output"
	run sh -c "trygg-clean '$C/school-resub.csv' 2>&1 >/dev/null"
	assert_success
	assert_output "$with"
}

@test "error: no room for the temporary files of a file with identities" {
	run sh -c "TMPDIR='$PWD/no-such-dir' trygg-clean -q '$C/school-resub.csv' 2>&1 >/dev/null"
	assert_failure 1
	assert_output 'trygg-clean: school-resub.csv: cannot create a temporary file: No such file or directory'
}

@test "the summary counts every record: kept + dropped = read" {
	run trygg-clean "$C/school-dups.csv"
	assert_success
	assert_line 'trygg-clean: school-dups.csv: 14 records read, 6 kept, 8 dropped (empty_row 3, ragged_row 1, duplicate 1, resubmission 3); unknown_column 1, invalid_value 0'
}

@test "dev set: canonical.csv byte for byte, every reject on its five columns" {
	D="$FIX/clean-dev"
	trygg-clean -q -r rej.csv "$D"/*.csv > out.csv
	cmp out.csv "$D/truth/canonical.csv"
	cut -d, -f1-5 rej.csv > rej5.csv
	diff rej5.csv "$D/truth/rejects.csv"
}

@test "the rejects file is created mode 0600" {
	clean school-dups
	run stat -c %a rej.csv
	assert_output 600
}

@test "error: an unreadable file, nothing written, no rejects file" {
	run trygg-clean -r rej.csv "$C/school-dups.csv" no-such-file.csv
	assert_failure 1
	assert_output --partial 'no-such-file.csv: No such file or directory'
	refute_output --partial 'response_id'
	[ ! -e rej.csv ]
	run ls -A
	assert_output ''
}

@test "error: a file that is not CSV at all" {
	run trygg-clean "$C/school-image.csv"
	assert_failure 1
	assert_output 'trygg-clean: school-image.csv:2: not a CSV file (binary data)'
}

@test "error: an empty file, a header with no known column" {
	run trygg-clean "$C/school-empty.csv"
	assert_failure 1
	assert_output 'trygg-clean: school-empty.csv:1: empty file: there is no header line'
	run trygg-clean "$C/school-nothing-known.csv"
	assert_failure 1
	assert_output --partial 'school-nothing-known.csv:1: no column of the header is known to the codebook'
}

@test "error: an unknown --source is a usage error" {
	run trygg-clean --source bogus "$C/school-dups.csv"
	assert_failure 2
	assert_line --index 0 "trygg-clean: unknown source 'bogus' (known: school, staff, street, web)"
}

@test "error: writing to /dev/full fails with status 1" {
	run sh -c "trygg-clean -q '$C/school-dups.csv' > /dev/full"
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
	assert_line --index 1 'web-net-L2,web,2026-03-05T22:10,night,,,woman,,,,busshallplats|bron,,,'
}

@test "LANGUAGE=sv gives Swedish messages" {
	LC_ALL=C.UTF-8 LANGUAGE=sv run trygg-clean "$C/school-empty.csv"
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
