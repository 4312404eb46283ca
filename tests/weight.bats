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
