#!/usr/bin/env bats
# trygg-tally: counts, shares, Wilson intervals, weights, suppression,
# partial/merge, --excel and the errors.  Expected figures are worked out
# by hand in the comments (z = 1.959964 at 95 %, z^2 = 3.841459).

load common
bats_require_minimum_version 1.5.0

T="$FIX/tally"

setup() {
	setup_scratch
	# A fixed codebook (time_of_day order only), so a changing installed
	# codebook cannot change these expectations.
	export TRYGG_DATADIR="$T"
}

@test "Wilson bounds at n = base, n = 0 and a base of 2" {
	run --separate-stderr trygg-tally -g grp -v q --min-cell 0 "$T/wilson.csv"
	assert_success
	# a,1: p = 10/10.  low = n/(n+z^2) = 10/13.841459 = 0.72247 -> 72.2; high 100.
	# a,2: p = 0/10.   low 0; high = z^2/(n+z^2) = 3.841459/13.841459 = 0.27753 -> 27.8
	# b:   p = 1/2 (the empty answer is outside the base).  centre 0.5,
	#      half = z*sqrt(.25/2 + z^2/16)/(1 + z^2/2) = 1.959964*0.604228/2.920729
	#           = 0.405469 -> 9.5 .. 90.5
	assert_output - <<'OUT'
grp,variable,value,n,base,pct,ci_low,ci_high,note
a,q,1,10,10,100.0,72.2,100.0,
a,q,2,0,10,0.0,0.0,27.8,
b,q,1,1,2,50.0,9.5,90.5,
b,q,2,1,2,50.0,9.5,90.5,
OUT
	assert_equal "$stderr" "trygg-tally: disclosure control is off (--min-cell 0)"
}

@test "--conf 0.90 uses z = 1.644854 (our own normal quantile)" {
	run --separate-stderr trygg-tally -g grp -v q --min-cell 0 --conf 0.90 "$T/wilson.csv"
	assert_success
	# a,1: 10/(10 + 1.644854^2) = 10/12.705543 = 0.78706 -> 78.7
	# a,2: 2.705543/12.705543 = 0.21294 -> 21.3
	assert_line --index 1 "a,q,1,10,10,100.0,78.7,100.0,"
	assert_line --index 2 "a,q,2,0,10,0.0,0.0,21.3,"
}

@test "totals with -g '' and a weight: weighted share, Kish n, unweighted n" {
	run --separate-stderr trygg-tally -g '' -v q -w w --min-cell 0 "$T/weighted.csv"
	assert_success
	# Base: the 4 answered records, weights 1 2 3 0.5 (the unanswered one
	# with weight 7 is outside).  sum w = 6.5, sum w^2 = 14.25,
	# n_eff = 6.5^2/14.25 = 2.964912.
	# q=1: 3/6.5 = 0.461538 -> 46.2; Wilson at n_eff: 0.108100 .. 0.858391
	# q=2: 3.5/6.5 = 0.538462 -> 53.8; 0.141609 .. 0.891900
	assert_output - <<'OUT'
variable,value,n,base,pct,ci_low,ci_high,note
q,1,2,4,46.2,10.8,85.8,
q,2,2,4,53.8,14.2,89.2,
OUT
}

@test "primary and secondary suppression, with the rule on stderr" {
	run --separate-stderr trygg-tally -g grp -v q -v safety "$T/suppress.csv"
	assert_success
	# a,q: 1:10 2:3 3:7, base 20.  2 is primary (3 < 5); then 2 = 20-10-7,
	#   so the smallest other count, 3 (7), is blanked too.
	# a,safety: 1:6 2:6 3:2 4:6, unsafe = 3+4 = 8 of 20.  3 is primary;
	#   3 = unsafe - 4 = 8 - 6, so 4 is blanked (1 or 2 would not help).
	#   pct 6/20 = 30.0; unsafe 8/20 = 40.0.
	# b,safety: 1:10 3:5 9:2; base 17, unsafe base 15.  9 is primary, but
	#   9 = base - unsafe base = 17 - 15 whatever else is blanked: exposed.
	assert_output - <<'OUT'
grp,variable,value,n,base,pct,ci_low,ci_high,note
a,q,1,10,20,50.0,29.9,70.1,
a,q,2,,20,,,,suppressed
a,q,3,,20,,,,suppressed
a,safety,1,6,20,30.0,14.5,51.9,
a,safety,2,6,20,30.0,14.5,51.9,
a,safety,3,,20,,,,suppressed
a,safety,4,,20,,,,suppressed
a,safety,9,0,20,0.0,0.0,16.1,
a,safety,unsafe,8,20,40.0,21.9,61.3,
b,safety,1,10,17,58.8,36.0,78.4,
b,safety,2,0,17,0.0,0.0,18.4,
b,safety,3,5,17,29.4,13.3,53.1,
b,safety,4,0,17,0.0,0.0,18.4,
b,safety,9,,17,,,,suppressed
b,safety,unsafe,5,15,33.3,15.2,58.3,
OUT
	[[ "$stderr" == *"counts of 1 to 4 respondents suppressed"* ]]
	[[ "$stderr" == *"3 primary, 2 secondary"* ]]
	[[ "$stderr" == *"suppressed counts still revealed by the printed bases: 1"* ]]
}

@test "--min-cell 3 changes the threshold" {
	run --separate-stderr trygg-tally -g grp -v q --min-cell 3 "$T/suppress.csv"
	assert_success
	# 3 >= 3: nothing is small.  a,q,2: 3/20 = 15.0
	assert_line --index 2 "a,q,2,3,20,15.0,5.2,36.0,"
	[[ "$stderr" == *"counts of 1 to 2 respondents"*"0 primary, 0 secondary"* ]]
}

@test "multi-select: each code against the respondents who answered" {
	run --separate-stderr trygg-tally -g '' -v places --min-cell 0 "$T/multi.csv"
	assert_success
	# 4 of 5 answered; a: rows 1,2; b: rows 1,4 (b|c|b counts b once);
	# c: rows 4,5.  2/4 = 50.0; Wilson n=4: centre 0.5,
	# half = z*sqrt(.25/4 + z^2/64)/(1 + z^2/4) = 1.959964*0.350107/1.960365 = 0.350035
	assert_output - <<'OUT'
variable,value,n,base,pct,ci_low,ci_high,note
places,a,2,4,50.0,15.0,85.0,
places,b,2,4,50.0,15.0,85.0,
places,c,2,4,50.0,15.0,85.0,
OUT
}

@test "--unsafe with codes and base for a named column" {
	run --separate-stderr trygg-tally -g '' -v q --unsafe q=2,3/1,2,3 --min-cell 0 "$T/suppress.csv"
	assert_success
	# q: 1:10 2:3 3:7 of 20; unsafe 2,3 = 10 of base 20 -> 50.0
	assert_line --index 4 "q,unsafe,10,20,50.0,29.9,70.1,"
	run --separate-stderr trygg-tally -g '' -v safety --unsafe '' --min-cell 0 "$T/suppress.csv"
	refute_output --partial unsafe
}

@test "codebook order, then byte order, then the empty value" {
	run --separate-stderr trygg-tally -g time_of_day -v q --min-cell 0 "$T/order.csv"
	assert_success
	run cut -d, -f1 <<<"$output"
	assert_output - <<'OUT'
time_of_day
morning
morning
day
day
evening
evening
night
night
aaa
aaa
zzz
zzz


OUT
}

@test "--excel: BOM, ';' and decimal comma" {
	run --separate-stderr trygg-tally -g grp -v q --min-cell 0 --excel "$T/wilson.csv"
	assert_success
	assert_output - <<'OUT'
﻿grp;variable;value;n;base;pct;ci_low;ci_high;note
a;q;1;10;10;100,0;72,2;100,0;
a;q;2;0;10;0,0;0,0;27,8;
b;q;1;1;2;50,0;9,5;90,5;
b;q;2;1;2;50,0;9,5;90,5;
OUT
	run bash -c "trygg-tally -v q --excel '$T/wilson.csv' 2>/dev/null | head -c 3 | od -An -tx1"
	assert_output " ef bb bf"
}

@test "partial counts merge to the same bytes as one pass (weights too)" {
	trygg-tally -g grp -v q -v safety "$T/suppress.csv" >one.csv 2>/dev/null
	head -n 15 "$T/suppress.csv" >a.csv
	{ head -n 1 "$T/suppress.csv"; tail -n +16 "$T/suppress.csv"; } >b.csv
	trygg-tally --partial -g grp -v q -v safety a.csv >a.part
	trygg-tally --partial -g grp -v q -v safety b.csv >b.part
	run --separate-stderr trygg-tally --merge a.part b.part
	assert_success
	assert_output "$(cat one.csv)"
	# Weights of 1/3 do not add up exactly in floating point; fixed
	# point with 9 decimals does.
	printf 'q,w\n1,0.1\n1,0.2\n2,0.3\n1,0.333333333\n' >w1.csv
	printf 'q,w\n2,0.7\n1,0.1\n' >w2.csv
	cat w1.csv >w12.csv; tail -n +2 w2.csv >>w12.csv
	trygg-tally -v q -w w w12.csv >one.csv 2>/dev/null
	trygg-tally --partial -v q -w w w1.csv >w.part
	trygg-tally --partial -v q -w w w2.csv >>w.part
	run grep '^q,base' w.part
	assert_output - <<'OUT'
q,base,,4,0.933333333,0.251111110888888889
q,base,,2,0.800000000,0.500000000000000000
OUT
	run --separate-stderr trygg-tally --merge <w.part
	assert_output "$(cat one.csv)"
}

@test "GNU parallel over 100k rows merges to the one-pass bytes" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	canon="$FIX/clean-dev/truth/canonical.csv"
	{ head -n 1 "$canon"; for i in $(seq 77); do tail -n +2 "$canon"; done; } >big.csv
	# 77 x 1302 records = 100254 (free text has quoted line breaks).
	run trygg-tally --partial -g '' -v source big.csv
	assert_line "source,base,,100254,,"
	args=(-g source,area,time_of_day -v safety -v problems -v unsafe_places)
	trygg-tally "${args[@]}" big.csv >one.csv 2>/dev/null
	# Records start with their response_id; --recstart keeps a quoted
	# line break of the free text from being taken for a record end.
	parallel --pipe --header 1 --block 500k --regexp \
		--recstart '(school|staff|street|web)-' \
		trygg-tally --partial "${args[@]}" <big.csv >parts.csv
	[ "$(grep -c '^source,area' parts.csv)" -gt 5 ] # really several shards
	trygg-tally --merge parts.csv >merged.csv 2>/dev/null
	cmp one.csv merged.csv
}

@test "independent check: agrees with the dev set's truth tally" {
	truth="$FIX/clean-dev/truth"
	trygg-tally -g source,area -v safety --min-cell 0 "$truth/canonical.csv" >out.csv 2>/dev/null
	# The truth counts unsafe as 3-4 of 1-4 (the corpus has no 5) and skips
	# rows with an empty area: source,area,base,n_unsafe,pct_unsafe.
	awk -F, 'NR > 1 && $4 == "unsafe" && $2 != "" { print $1 "," $2 "," $6 "," $5 "," $7 }' out.csv | sort >ours
	tail -n +2 "$truth/tally-safety-by-source-area.csv" | sort >theirs
	[ "$(wc -l <theirs)" -eq 24 ]
	diff theirs ours
}

@test "unknown column: status 1, the count of columns but never their text" {
	run --separate-stderr trygg-tally -g grp,nope -v q "$T/wilson.csv"
	assert_failure 1
	assert_output ""
	assert_equal "$stderr" "trygg-tally: $T/wilson.csv:1: no column named nope (the first line has 3 columns; is it a header?)"
}

@test "weights: not a number, negative: line given, cell not quoted" {
	run --separate-stderr trygg-tally -v q -w w "$T/badweight.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/badweight.csv:3: the weight is not a number"
	run --separate-stderr trygg-tally -v q -w w "$T/negweight.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/negweight.csv:3: the weight is negative"
}

@test "malformed CSV: wrong field count and invalid UTF-8, with the line" {
	run --separate-stderr trygg-tally -v q "$T/fields.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/fields.csv:3: the record has 3 fields, the header 2"
	run --separate-stderr trygg-tally -v q < <(printf 'id,q\n1,a\n2,\377\n')
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: -:3: invalid UTF-8"
}

@test "partial files: malformed or mixed weighting is refused" {
	printf 'a,b\n1,2\n' >bad.part
	run --separate-stderr trygg-tally --merge bad.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: bad.part:1: not a trygg-tally partial file"
	trygg-tally --partial -v q -w w "$T/weighted.csv" >w.part
	trygg-tally --partial -v q "$T/weighted.csv" >u.part
	run --separate-stderr trygg-tally --merge w.part u.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: u.part:3: weighted and unweighted partial counts cannot be merged"
}

@test "usage errors exit 2" {
	run --separate-stderr trygg-tally -g grp "$T/wilson.csv"
	assert_failure 2
	run --separate-stderr trygg-tally -v q --conf 1.5 "$T/wilson.csv"
	assert_failure 2
	run --separate-stderr trygg-tally -v q --min-cell x "$T/wilson.csv"
	assert_failure 2
	run --separate-stderr trygg-tally -v q --partial --merge
	assert_failure 2
	run --separate-stderr trygg-tally -v q --unsafe other=1 "$T/wilson.csv"
	assert_failure 2
	run --separate-stderr trygg-tally --merge -v q
	assert_failure 2
}

@test "--help, --version and Swedish messages" {
	run trygg-tally --help
	assert_success
	assert_line --partial "Usage: trygg-tally -g COL"
	run trygg-tally --version
	assert_success
	assert_output --partial "trygg-tally"
	LANGUAGE=sv run --separate-stderr trygg-tally -v q -w w "$T/negweight.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/negweight.csv:3: vikten är negativ"
}

@test "a full stdout is an error" {
	[ -w /dev/full ] || skip "no /dev/full"
	run bash -c 'trygg-tally -v q "$1" >/dev/full' _ "$T/wilson.csv"
	assert_failure 1
}
