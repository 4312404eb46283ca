#!/usr/bin/env bats
# The shared CSV reader and writer (src/lib/csvio.c), through the test
# driver tests/tools/csvdump.c.

load common

csvdump() { "$TRYGG_TESTBIN/csvdump" "$@"; }
spectrum="$FIX/csv-spectrum"

# Each case's parse, compared as JSON values (the expected files differ in
# layout).  location_coordinates is checked against the corrected local/
# expectation: upstream's json is a bare object with the wrong phone number.
spectrum_case() {
	local expected="$spectrum/json/$1.json"
	[ "$1" = location_coordinates ] && expected="$spectrum/local/$1.json"
	run bash -c "'$TRYGG_TESTBIN/csvdump' --json '$spectrum/csvs/$1.csv' | jq -c ."
	assert_success
	assert_output "$(jq -c . "$expected")"
}

@test "csv-spectrum: simple" { spectrum_case simple; }
@test "csv-spectrum: simple_crlf" { spectrum_case simple_crlf; }
@test "csv-spectrum: comma_in_quotes" { spectrum_case comma_in_quotes; }
@test "csv-spectrum: escaped_quotes" { spectrum_case escaped_quotes; }
@test "csv-spectrum: json" { spectrum_case json; }
@test "csv-spectrum: newlines" { spectrum_case newlines; }
@test "csv-spectrum: newlines_crlf keeps CRLF inside quotes" { spectrum_case newlines_crlf; }
@test "csv-spectrum: quotes_and_newlines" { spectrum_case quotes_and_newlines; }
@test "csv-spectrum: empty" { spectrum_case empty; }
@test "csv-spectrum: empty_crlf" { spectrum_case empty_crlf; }
@test "csv-spectrum: utf8" { spectrum_case utf8; }
@test "csv-spectrum: location_coordinates (local corrected expectation)" { spectrum_case location_coordinates; }

@test "reader: physical line numbers with CRLF, blank lines and quoted newlines" {
	run csvdump --lines "$FIX/csv/lines.csv"
	assert_success
	assert_output - <<'OUT'
1 2 crlf "a" "b"
2 0 crlf
3 2 q"x\r\ny" "2"
5 0
6 1 "   "
7 2 "last" q"q\"q"
OUT
}

@test "reader: a quote inside an unquoted field is an ordinary character" {
	run csvdump --lines "$FIX/csv/lenient.csv"
	assert_success
	assert_line --index 1 '2 2 "1" "tunneln kallas \"knarktunneln\" av alla"'
	assert_line --index 2 '3 2 "2" "en 5\" skärm"'
}

@test "reader: Windows-1252 is detected and transcoded, ';' sniffed" {
	run csvdump --detect "$FIX/csv/cp1252.csv"
	assert_success
	assert_output - <<'OUT'
1 2 "h" "x"
2 2 q"a;b" "c"
3 2 "été" "–"
delimiter=59 transcoded=1
OUT
}

@test "reader: a UTF-8 BOM is not part of the first header" {
	run csvdump --detect "$FIX/csv/bom.csv"
	assert_success
	assert_line --index 0 '1 2 "h" "x"'
	assert_line --index 2 'delimiter=44 transcoded=0'
}

@test "reader: TAB is sniffed from the header" {
	run csvdump --detect "$FIX/csv/tab.csv"
	assert_success
	assert_line --index 1 '2 3 "1" q"2\t3" "4"'
	assert_line --index 2 'delimiter=9 transcoded=0'
}

@test "reader: detection works on a pipe too" {
	run bash -c "'$TRYGG_TESTBIN/csvdump' --detect - < '$FIX/csv/cp1252.csv'"
	assert_success
	assert_line --index 2 '3 2 "été" "–"'
}

@test "reader: invalid UTF-8 in strict mode names file and line" {
	run csvdump --lines "$FIX/csv/badutf8.csv"
	assert_failure 1
	assert_output --partial "badutf8.csv:2: invalid UTF-8"
}

@test "writer: minimal quoting (RFC 4180)" {
	run bash -c "printf 'a,\"b c\",d\n\"x,y\",\"q\"\"\",\"l\nf\"\n' | '$TRYGG_TESTBIN/csvdump' --rewrite -"
	assert_success
	assert_output "$(printf 'a,b c,d\n"x,y","q""","l\nf"')"
}

@test "writer: a full disk is an error, not success" {
	run bash -c "'$TRYGG_TESTBIN/csvdump' --rewrite '$spectrum/csvs/simple.csv' > /dev/full"
	assert_failure 1
	assert_output --partial "write error"
}

@test "reader: an input that ends inside a quoted field is an error at the line the field opened" {
	run csvdump --lines "$FIX/csv/open-quote.csv"
	assert_failure 1
	assert_output --partial "open-quote.csv:2: the input ends inside a quoted field"
}

@test "reader: a stray Windows-1252 line in a UTF-8 file is transcoded, with one warning that names the line" {
	run csvdump --detect "$FIX/csv/mixed.csv"
	assert_success
	assert_output --partial 'mixed.csv:3: invalid UTF-8 in a UTF-8 file: this line is read as Windows-1252'
	assert_output --partial '2 2 "Kön" "1"'
	assert_output --partial '3 2 "été" "2"'
	assert_output --partial 'transcoded=0'
}

# --- Papa Parse's parser cases (tests/fixtures/csv/papaparse/README) ---------

# papa_case N: case N of cases.json through csvdump --rows; prints nothing
# when the reader agrees, else what differs.
papa_case() {
	local cases="$FIX/csv/papaparse/cases.json" n=$1 d expected got errors
	jq -j ".[$n].input" "$cases" >in.csv
	d=$(jq -r ".[$n].delimiter // empty" "$cases")
	errors=$(jq -r "[.[$n].errors[] | select(. != \"UndetectableDelimiter\")] | length" "$cases")
	got=$("$TRYGG_TESTBIN/csvdump" --rows ${d:+-d "$d"} in.csv 2>&1 | grep -v '^delimiter=')
	st=${PIPESTATUS[0]}
	if [ "$errors" -gt 0 ]; then
		case $got in
		*"in.csv:"[0-9]*": "*) return 0 ;;
		esac
		echo "case $n ($(jq -r ".[$n].description" "$cases")): no error; got $got"
		return 0
	fi
	# A final [""] after a line end at the end of the input is Papa's
	# reading of that line end; the reader reports no such record.
	expected=$(jq -c ".[$n] | .expected as \$e | if (.input | test(\"[\\r\\n]$\")) and (\$e | length) > 0 and \$e[-1] == [\"\"] then \$e[:-1] else \$e end | .[]" "$cases")
	got=$(printf '%s\n' "$got" | sed '/^$/d' | jq -c .)
	[ "$expected" = "$got" ] ||
		echo "case $n ($(jq -r ".[$n].description" "$cases")): expected $expected; got $got"
}

@test "Papa Parse's parser cases: every applicable case reads the same" {
	local n total report=
	setup_scratch # papa_case writes in.csv where it stands
	total=$(jq length "$FIX/csv/papaparse/cases.json")
	[ "$total" -ge 80 ]
	for n in $(seq 0 $((total - 1))); do
		report+=$(papa_case "$n")
	done
	[ -z "$report" ] || fail "$report"
}
