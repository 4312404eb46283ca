#!/usr/bin/env bats
# trygg-weight: raking to population margins.
#
# Agreement with R: four cases are checked against weights from R's
# survey::rake (tests/tools/weight-oracle.R).  The reference weights are
# committed (tests/fixtures/weight/r/*.csv) so the tests document them and
# run without R; when R and its survey package are installed (make deps
# installs r-cran-survey), the R script is run again at test time and both
# trygg-weight and the committed file are checked against that fresh run.
load common
bats_require_minimum_version 1.5.0

setup() {
	setup_scratch
	W="$FIX/weight"
	TIGHT="--tolerance 1e-10 --max-iter 1000"
}

have_r() {
	command -v Rscript >/dev/null && Rscript -e 'library(survey)' >/dev/null 2>&1
}

# r_case NAME RECORDS MARGINS TRIM [OPTION...]: trygg-weight against the
# committed R weights r/NAME.csv.
r_case() {
	local name=$1 records=$2 margins=$3 trim=$4
	shift 4
	# shellcheck disable=SC2086
	trygg-weight -q $TIGHT ${trim:+--trim "$trim"} "$@" -a "$W/$margins" "$W/$records" >out.csv
	run python3 "$TOP/tests/tools/weight-diff.py" out.csv "$W/r/$name.csv" 1e-6
}

# r_fresh NAME RECORDS MARGINS TRIM [OPTION...]: the same against R run
# now, and the committed file against that run.
r_fresh() {
	have_r || skip "R with the survey package is not installed (r-cran-survey)"
	local name=$1 records=$2 margins=$3 trim=$4
	Rscript "$TOP/tests/tools/weight-oracle.R" "$W/$records" "$W/$margins" "$trim" >fresh.csv
	run python3 "$TOP/tests/tools/weight-diff.py" "$W/r/$name.csv" fresh.csv 1e-9
	assert_success
	r_case "$@"
	run python3 "$TOP/tests/tools/weight-diff.py" out.csv fresh.csv 1e-6
}

@test "R survey::rake: pooled margins, three dimensions (committed reference)" {
	r_case pooled staff.csv staff-margins.csv ""
	assert_output "223 weights agree within 1e-6"
}

@test "R survey::rake: pooled margins, three dimensions (R run now)" {
	r_fresh pooled staff.csv staff-margins.csv ""
	assert_output "223 weights agree within 1e-6"
}

@test "R survey::rake: per-channel margins, each channel raked alone (committed reference)" {
	r_case channels records.csv channel-margins.csv "" --unmatched keep
	assert_output "411 weights agree within 1e-6"
}

@test "R survey::rake: per-channel margins, each channel raked alone (R run now)" {
	r_fresh channels records.csv channel-margins.csv "" --unmatched keep
	assert_output "411 weights agree within 1e-6"
}

@test "R survey::rake: rake, trim to 0.7-1.8 times the mean, rake again (committed reference)" {
	r_case trim staff.csv staff-margins.csv 0.7,1.8
	assert_output "223 weights agree within 1e-6"
}

@test "R survey::rake: rake, trim to 0.7-1.8 times the mean, rake again (R run now)" {
	r_fresh trim staff.csv staff-margins.csv 0.7,1.8
	assert_output "223 weights agree within 1e-6"
}

@test "R survey::rake: channels pooled by a source dimension, decimal populations (committed reference)" {
	r_case pooled-source records.csv source-gender.csv "" --unmatched drop
	assert_output "411 weights agree within 1e-6"
}

@test "R survey::rake: channels pooled by a source dimension, decimal populations (R run now)" {
	r_fresh pooled-source records.csv source-gender.csv "" --unmatched drop
	assert_output "411 weights agree within 1e-6"
}

@test "trimmed weights stay within the bounds and meet the margins" {
	trygg-weight -q --trim 0.7,1.8 -a "$W/staff-margins.csv" "$W/staff.csv" >out.csv
	# mean weight 2800/223; every weight within 0.7 and 1.8 times it
	run python3 -c '
import csv, sys
rows = list(csv.DictReader(open("out.csv", newline="")))
mean = 2800 / len(rows)
r = [float(x["weight"]) / mean for x in rows]
age = {}
for x in rows:
    age[x["age_band"]] = age.get(x["age_band"], 0) + float(x["weight"])
print(len(rows), "%.6f %.6f" % (min(r), max(r)),
      " ".join("%s=%.3f" % kv for kv in sorted(age.items())))'
	assert_output "223 0.700000 1.800000 20-29=420.000 30-44=1050.000 45-64=1330.000"
}

# ---- exact output on a small case worked out by hand ----
#
# tiny-margins.csv: staff 60/40 by age band and 50/50 by gender; pupils
# 30/10 by gender.  The staff cells are 2,1 (20-44 woman, man) and 2,1
# (45-64): one sweep gives 20 and 40/3 by age, then x0.75 (women) and x1.5
# (men): 15, 30, 10, 20, which meet both margins.  Pupils: 30/2 and 10/1.

tiny() { # [OPTION...]
	trygg-weight "$@" -a "$W/tiny-margins.csv" "$W/tiny.csv"
}

SUMMARY_STAFF="trygg-weight: staff: records 6, iterations 1, largest margin error 0, design effect 1.17, effective n 5.1, weights 0.6 to 1.8 times the mean"
SUMMARY_SCHOOL="trygg-weight: school: records 3, iterations 1, largest margin error 0, design effect 1.031, effective n 2.9, weights 0.75 to 1.125 times the mean"

@test "weights worked out by hand; records unchanged, weight last; the summary per channel" {
	run --separate-stderr tiny --unmatched keep
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	assert_equal "$stderr" "$SUMMARY_STAFF
$SUMMARY_SCHOOL
trygg-weight: records without margins, kept with weight 1: 1"
}

@test "a record of a channel without margins is an error by default, and nothing is written" {
	run --separate-stderr tiny
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: $W/tiny.csv:11: the record's source has no margins (see --unmatched)"
}

@test "--unmatched drop leaves the record out and says how many" {
	run --separate-stderr tiny --unmatched drop
	assert_success
	assert_output "$(head -n 10 "$W/tiny.expected")"
	assert_equal "${stderr##*$'\n'}" "trygg-weight: records without margins, dropped: 1"
}

@test "a value not in the margins (an empty one too) names the column, never the value" {
	sed 's/^t5,staff,45-64,woman/t5,staff,45-64,other/' "$W/tiny.csv" >other.csv
	run --separate-stderr trygg-weight --unmatched error -a "$W/tiny-margins.csv" other.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: other.csv:6: the record's gender is not among the values in the margins (see --unmatched)"
	sed 's/^t5,staff,45-64,woman/t5,staff,45-64,/' "$W/tiny.csv" >empty.csv
	run --separate-stderr trygg-weight -a "$W/tiny-margins.csv" empty.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: empty.csv:6: the record's gender is not among the values in the margins (see --unmatched)"
}

@test "an empty value in the margins stands for records without an answer" {
	printf 'dimension,value,population\ngender,woman,30\ngender,,10\n' >m.csv
	printf 'id,gender\n1,woman\n2,\n3,woman\n4,\n' >in.csv
	run tiny_plain m.csv in.csv
	assert_success
	assert_output "id,gender,weight
1,woman,15
2,,5
3,woman,15
4,,5"
}

tiny_plain() { # MARGINS FILE
	trygg-weight -q -a "$1" "$2"
}

@test "--unmatched needs error, keep or drop" {
	run tiny --unmatched maybe
	assert_failure 2
	assert_line --index 0 "trygg-weight: --unmatched needs error, keep or drop"
}

@test "-q: no summary, errors still" {
	run --separate-stderr tiny -q --unmatched keep
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	assert_equal "$stderr" ''
	run --separate-stderr tiny -q
	assert_failure 1
	assert_equal "${stderr%%:*}" trygg-weight
}

@test "-o FILE: written whole; on an error the old file stays" {
	echo old >out.csv
	run tiny -q -o out.csv
	assert_failure 1
	assert_equal "$(cat out.csv)" old
	run tiny -q --unmatched keep -o out.csv
	assert_success
	assert_output ''
	assert_equal "$(cat out.csv)" "$(cat "$W/tiny.expected")"
	run ls -A
	assert_output out.csv
}

@test "-x: BOM, semicolons, decimal comma in the weights, formulas guarded" {
	run tiny -q -x --unmatched keep
	assert_success
	assert_output "$(printf '\357\273\277')response_id;source;age_band;gender;free_text;weight
t1;staff;20-44;woman;;15
t2;staff;20-44;woman;Mörkt vid stationen, på kvällen;15
t3;staff;20-44;man;\"'=HYPERLINK(x)\";30
t4;staff;45-64;woman;;10
t5;staff;45-64;woman;\"'-\";10
t6;staff;45-64;man;;20
t7;school;13-15;woman;;15
t8;school;13-15;man;;10
t9;school;16-19;woman;;15
t10;street;20-44;man;;1"
	run trygg-weight -q -x -a "$W/staff-margins.csv" "$W/staff.csv"
	assert_line --index 1 --regexp ';15,43423282$'
}

@test "weights have 10 significant digits" {
	printf 'dimension,value,population\ngender,woman,100\ngender,man,50\n' >m.csv
	printf 'id,gender\n1,woman\n2,woman\n3,woman\n4,man\n5,man\n5,man\n' >in.csv
	run tiny_plain m.csv in.csv
	assert_output "id,gender,weight
1,woman,33.33333333
2,woman,33.33333333
3,woman,33.33333333
4,man,16.66666667
5,man,16.66666667
5,man,16.66666667"
}

@test "-d: a semicolon-separated input, given or sniffed; the output uses commas" {
	tr ',' ';' <"$W/tiny.csv" | sed 's/"Mörkt vid stationen; på kvällen"/Mörkt/' >semi.csv
	sed 's/"Mörkt vid stationen, på kvällen"/Mörkt/' "$W/tiny.expected" >expected.csv
	run trygg-weight -q -d ';' --unmatched keep -a "$W/tiny-margins.csv" semi.csv
	assert_success
	assert_output "$(cat expected.csv)"
	run trygg-weight -q --unmatched keep -a "$W/tiny-margins.csv" semi.csv
	assert_output "$(cat expected.csv)"
	run trygg-weight -d ab -a "$W/tiny-margins.csv" semi.csv
	assert_failure 2
	assert_line --index 0 "trygg-weight: invalid delimiter 'ab': give one character, or 'tab'"
}

@test "standard input is read twice through a spool in TMPDIR" {
	run --separate-stderr sh -c "trygg-weight -q --unmatched keep -a '$W/tiny-margins.csv' <'$W/tiny.csv'"
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	mkdir spool
	run --separate-stderr sh -c "cat '$W/tiny.csv' | TMPDIR='$PWD/spool' trygg-weight -q --unmatched keep -a '$W/tiny-margins.csv' -"
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	run ls -A spool
	assert_output ''''
	run --separate-stderr sh -c "cat '$W/tiny.csv' | TMPDIR='$PWD/no-such-dir' trygg-weight -q --unmatched keep -a '$W/tiny-margins.csv'"
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: -: cannot create a temporary file"
}

@test "standard input named twice is a usage error" {
	run sh -c "trygg-weight -a '$W/tiny-margins.csv' - - <'$W/tiny.csv'"
	assert_failure 2
	assert_line --index 0 "trygg-weight: standard input (-) can be read only once"
}

@test "several input files: one header out, the same weights as one file" {
	head -n 6 "$W/tiny.csv" >a.csv
	{ head -n 1 "$W/tiny.csv"; tail -n +7 "$W/tiny.csv"; } >b.csv
	run tiny_plain_keep a.csv b.csv
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	{ echo 'response_id,source,age_band,gender,text'; tail -n +7 "$W/tiny.csv"; } >c.csv
	run --separate-stderr trygg-weight -q --unmatched keep -a "$W/tiny-margins.csv" a.csv c.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: c.csv:1: the columns differ from those of the first input"
}

tiny_plain_keep() {
	trygg-weight -q --unmatched keep -a "$W/tiny-margins.csv" "$@"
}

@test "a weight column in the input is replaced, and the new one is last" {
	tiny -q --unmatched keep >once.csv
	awk -F, -v OFS=, '{ w = $NF; $NF = ""; sub(/,$/, ""); print $1, w, substr($0, length($1) + 2) }' \
		once.csv | sed 's/^response_id,weight,/response_id,weight,/' >moved.csv
	head -n 2 moved.csv | tail -n 1 | grep -q '^t1,15,staff,'
	run tiny_plain_keep moved.csv
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
}

@test "--margins more than once: one set; a row given twice names both places" {
	head -n 5 "$W/tiny-margins.csv" >staff.csv
	{ head -n 1 "$W/tiny-margins.csv"; tail -n 2 "$W/tiny-margins.csv"; } >school.csv
	run trygg-weight -q --unmatched keep -a staff.csv -a school.csv "$W/tiny.csv"
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	run --separate-stderr trygg-weight -a staff.csv -a staff.csv "$W/tiny.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: staff.csv:2: staff: age_band=20-44 is given twice (first at staff.csv:2)"
}

@test "margins from the profile (-P or TRYGG_PROFILE) when no --margins is given" {
	mkdir prof
	cp "$W/tiny-margins.csv" prof/margins.csv
	run trygg-weight -q --unmatched keep -P prof "$W/tiny.csv"
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	TRYGG_PROFILE=prof run trygg-weight -q --unmatched keep "$W/tiny.csv"
	assert_success
	assert_output "$(cat "$W/tiny.expected")"
	run trygg-weight -q -P nowhere "$W/tiny.csv"
	assert_failure 1
	assert_output "trygg-weight: cannot open nowhere/margins.csv: No such file or directory"
}

@test "no margins at all is a usage error" {
	run env -u TRYGG_PROFILE trygg-weight "$W/tiny.csv"
	assert_failure 2
	assert_line --index 0 "trygg-weight: give the population margins with --margins FILE (or a profile with margins.csv with -P)"
}

@test "--tolerance: a number above 0 and below 1" {
	for bad in 0 1 -1e-6 abc 1e-6x inf nan ''; do
		run trygg-weight --tolerance "$bad" -a "$W/tiny-margins.csv" "$W/tiny.csv"
		assert_failure 2
		assert_line --index 0 "trygg-weight: --tolerance needs a number above 0 and below 1, such as 1e-6"
	done
}

@test "--max-iter: no convergence within the cap is an error, and nothing is written" {
	run --separate-stderr trygg-weight --max-iter 1 -a "$W/staff-margins.csv" "$W/staff.csv"
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: no convergence within --max-iter 1: largest margin error 0.0168 (raise --max-iter or --tolerance)"
	run --separate-stderr trygg-weight --max-iter 1 --tolerance 0.05 -a "$W/staff-margins.csv" "$W/staff.csv"
	assert_success
	assert_equal "$stderr" "trygg-weight: all: records 223, iterations 1, largest margin error 0.017, design effect 1.078, effective n 206.8, weights 0.6838 to 2.047 times the mean"
	for bad in 0 -1 1.5 x 1000001; do
		run trygg-weight --max-iter "$bad" -a "$W/tiny-margins.csv" "$W/tiny.csv"
		assert_failure 2
		assert_line --index 0 "trygg-weight: --max-iter needs a whole number from 1 to 1000000"
	done
}

@test "--trim: the summary gives the rounds; weights within the bounds" {
	run --separate-stderr trygg-weight --trim 0.7,1.8 -a "$W/staff-margins.csv" "$W/staff.csv"
	assert_success
	assert_equal "$stderr" "trygg-weight: all: records 223, iterations 114, largest margin error 9.4e-07, design effect 1.077, effective n 207.0, weights 0.7 to 1.8 times the mean
trygg-weight: all: trimmed to 0.7 to 1.8 times the mean, rounds of raking 51"
}

@test "--trim: bounds a margin cannot meet are an error with the range the weights settle at" {
	run --separate-stderr trygg-weight --trim 0.7,1.8 -a "$W/age-gender.csv" "$W/staff.csv"
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: the margins cannot be met with weights of 0.7 to 1.8 times the mean: raking and trimming settle at 0.7876 to 2.535 (widen --trim)"
}

@test "--trim: bounds not reached within --max-iter rounds are an error" {
	run --separate-stderr trygg-weight --trim 0.7,1.8 --max-iter 20 -a "$W/staff-margins.csv" "$W/staff.csv"
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: the weights are still outside 0.7 to 1.8 times the mean after --max-iter 20 rounds of raking and trimming (0.6999 to 1.8; raise --max-iter or widen --trim)"
}

@test "--trim: LOW,HIGH as plain decimals with 0 <= LOW <= 1 <= HIGH" {
	for bad in 0.5 0.5,0.9 1.1,2 a,b -0.1,2 0.3,3,4 0.3,1e1 ,3; do
		run trygg-weight --trim "$bad" -a "$W/tiny-margins.csv" "$W/tiny.csv"
		assert_failure 2
		assert_line --index 0 "trygg-weight: --trim needs LOW,HIGH with 0 <= LOW <= 1 <= HIGH, such as 0.3,3"
	done
	run trygg-weight -q --trim 0,1 --unmatched keep -a "$W/tiny-margins.csv" "$W/tiny.csv"
	assert_failure 1
	assert_output "trygg-weight: staff: the margins cannot be met with weights of 0 to 1 times the mean: raking and trimming settle at 0.4648 to 1.53 (widen --trim)"
}

# ---- the margins file (trygg-margins(5)) ----

margins_error() { # CONTENT EXPECTED-STDERR
	printf '%b' "$1" >m.csv
	run --separate-stderr trygg-weight -a m.csv "$W/staff.csv"
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "$2"
}

@test "margins: a population must be a plain decimal number" {
	for bad in -5 1e3 0x10 inf nan '' '1 200' 12. .5 +3 ' 7' 1234567890123456; do
		margins_error "dimension,value,population\ngender,woman,$bad\ngender,man,1\n" \
			"trygg-weight: m.csv:2: the population is not a plain decimal number (digits with at most one decimal mark; no sign, exponent or spaces)"
	done
}

@test "margins: decimal point or comma, semicolons, comments, extra columns" {
	printf 'dimension;value;population;note\n# from the payroll\ngender;woman;2100,0;HR\ngender;man;700;\n' >m.csv
	printf 'dimension,value,population\ngender,woman,2100.0\n\ngender,man,700\n' >n.csv
	trygg-weight -q -a m.csv "$W/staff.csv" >a.csv
	trygg-weight -q -a n.csv "$W/staff.csv" >b.csv
	cmp a.csv b.csv
	# a comment before the header; column names in any case
	printf '# margins 2025\nDimension,Value,Population\ngender,woman,2100\ngender,man,700\n' >n.csv
	trygg-weight -q -a n.csv "$W/staff.csv" >b.csv
	cmp a.csv b.csv
	run sed -n 2p a.csv
	assert_output --regexp ',woman,.*,12\.5$'
}

@test "margins: dimensions that disagree on the total name both and their totals" {
	margins_error "dimension,value,population\nage_band,20-29,420\nage_band,30-44,1050\nage_band,45-64,1330\ngender,woman,2100\ngender,man,710\n" \
		"trygg-weight: m.csv:5: the margins of age_band and gender disagree on the total: 2800 and 2810"
}

@test "margins: totals may differ within --tolerance" {
	printf 'dimension,value,population\nage_band,20-29,420\nage_band,30-44,1050\nage_band,45-64,1330\ngender,woman,2100.001\ngender,man,700\n' >m.csv
	run trygg-weight -q --tolerance 1e-6 -a m.csv "$W/staff.csv"
	assert_success
	margins_error "dimension,value,population\nage_band,20-29,420\nage_band,30-44,1050\nage_band,45-64,1330\ngender,woman,2100.01\ngender,man,700\n" \
		"trygg-weight: m.csv:5: the margins of age_band and gender disagree on the total: 2800 and 2800.01"
}

@test "margins: a value with a population but no respondents" {
	margins_error "dimension,value,population\nage_band,20-29,420\nage_band,30-44,1050\nage_band,45-64,1330\nage_band,65+,10\n" \
		"trygg-weight: m.csv:5: age_band=65+ has a population of 10 but no respondents (merge it with another value in the margins and the records)"
}

@test "margins: a value with population 0 but respondents; 0 without respondents is fine" {
	margins_error "dimension,value,population\nage_band,20-29,0\nage_band,30-44,1050\nage_band,45-64,1330\n" \
		"trygg-weight: m.csv:2: age_band=20-29 has population 0 but 22 respondents (their weight would be 0)"
	printf 'dimension,value,population\ngender,woman,2100\ngender,man,700\ngender,other,0\n' >m.csv
	run trygg-weight -q -a m.csv "$W/staff.csv"
	assert_success
}

@test "margins: per channel, the channel is named in messages" {
	printf 'source,dimension,value,population\nstaff,gender,woman,50\nstaff,gender,man,50\nschool,gender,woman,30\nschool,gender,man,10\nschool,age_band,13-15,0\nschool,age_band,16-19,40\n' >m.csv
	run --separate-stderr trygg-weight -q --unmatched keep -a m.csv "$W/tiny.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: m.csv:6: school: age_band=13-15 has population 0 but 2 respondents (their weight would be 0)"
}

@test "margins: rows with and without a source are not mixed" {
	margins_error "source,dimension,value,population\nstaff,gender,woman,2100\n,gender,man,700\n" \
		"trygg-weight: m.csv:3: a margin without a source among margins given per channel (give every row a source, or none)"
}

@test "margins: a source column left empty means pooled margins" {
	printf 'source,dimension,value,population\n,gender,woman,2100\n,gender,man,700\n' >m.csv
	printf 'dimension,value,population\ngender,woman,2100\ngender,man,700\n' >n.csv
	trygg-weight -q -a m.csv "$W/staff.csv" >a.csv
	trygg-weight -q -a n.csv "$W/staff.csv" >b.csv
	cmp a.csv b.csv
}

@test "margins: missing columns, no rows, an empty dimension, a ragged row, no file" {
	margins_error "dimension,value,count\ngender,woman,1\n" "trygg-weight: m.csv:1: no column 'population'"
	margins_error "dimension,value,population\n" "trygg-weight: m.csv: no margins"
	margins_error "dimension,value,population\n,woman,1\n" "trygg-weight: m.csv:2: the dimension is empty"
	margins_error "dimension,value,population\ngender,woman\n" "trygg-weight: m.csv:2: expected 3 fields, found 2"
	margins_error "" "trygg-weight: m.csv:1: the file is empty (no header line)"
	run --separate-stderr trygg-weight -a nosuch.csv "$W/staff.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: cannot open nosuch.csv: No such file or directory"
}

@test "margins: a channel with margins and no records is noted, not an error" {
	printf 'source,dimension,value,population\nstaff,gender,woman,2100\nstaff,gender,man,700\nweb,gender,woman,10\n' >m.csv
	run --separate-stderr trygg-weight -a m.csv "$W/staff.csv"
	assert_success
	assert_equal "${stderr##*$'\n'}" "trygg-weight: web: no records; its margins are not used"
}

# ---- the records ----

@test "records: a column the margins name must exist" {
	printf 'id,age_band\n1,30-44\n' >in.csv
	run --separate-stderr trygg-weight -a "$W/age-gender.csv" in.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: in.csv:1: no column named gender"
	printf 'id,gender\n1,woman\n' >in.csv
	run --separate-stderr trygg-weight -a "$W/tiny-margins.csv" in.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: in.csv:1: no column named source"
}

@test "records: an empty input, a header only, a ragged record, a missing file" {
	: >empty.csv
	run --separate-stderr trygg-weight -a "$W/tiny-margins.csv" empty.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: empty.csv:1: no header line"
	head -n 1 "$W/tiny.csv" >header.csv
	run --separate-stderr trygg-weight -a "$W/tiny-margins.csv" header.csv
	assert_success
	assert_output "response_id,source,age_band,gender,free_text,weight"
	assert_equal "$stderr" "trygg-weight: staff: no records; its margins are not used
trygg-weight: school: no records; its margins are not used"
	{ cat "$W/tiny.csv"; echo 't11,staff,20-44'; } >ragged.csv
	run --separate-stderr trygg-weight --unmatched keep -a "$W/tiny-margins.csv" ragged.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-weight: ragged.csv:12: expected 5 fields, found 3"
	run --separate-stderr trygg-weight -a "$W/tiny-margins.csv" nosuch.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: cannot open nosuch.csv: No such file or directory"
}

@test "--help and --version" {
	run trygg-weight --help
	assert_success
	assert_line --index 0 "Usage: trygg-weight --margins FILE [OPTION]... [FILE]..."
	for o in '-a, --margins=FILE' '--tolerance=E' '--max-iter=N' '--trim=LOW,HIGH' \
		'--unmatched=WHAT' '-P, --profile=DIR' '-d, --delimiter=C' '-o, --output=FILE' \
		'-x, --excel' '-q, --quiet'; do
		assert_line --partial "  $o "
	done
	run trygg-weight --version
	assert_success
	assert_output --regexp '^trygg-weight \(trygg\) [0-9]'
}

@test "messages in Swedish with LANGUAGE=sv" {
	run --separate-stderr env LANGUAGE=sv LC_ALL=sv_SE.UTF-8 trygg-weight -a "$W/tiny-margins.csv" "$W/tiny.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-weight: $W/tiny.csv:11: postens source saknar marginaler (se --unmatched)"
}

@test "memory does not grow with the number of records" {
	# 20,000 and 200,000 records of the staff file, ids made unique.
	for n in 20000 200000; do
		awk -v n="$n" 'NR == 1 { print; next } { r[m++] = $0 }
			END { for (i = 0; i < n; i++) print "x" i "-" r[i % m] }' \
			"$W/staff.csv" >"big-$n.csv"
	done
	grep -c '' big-200000.csv | grep -qx 200001
	for n in 20000 200000; do
		/usr/bin/time -f %M -o "rss-$n" trygg-weight -q -a "$W/staff-margins.csv" "big-$n.csv" >/dev/null
	done
	small=$(tail -n 1 rss-20000) large=$(tail -n 1 rss-200000)
	[ "$large" -lt $((small + 512)) ] || fail "peak memory grew from $small KB to $large KB"
}
