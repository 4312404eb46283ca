#!/usr/bin/env bats
# trygg-tally: counts, shares, Wilson intervals, weights, the long format,
# bases, the base rule, disclosure control over all tables of a run, the
# cell-key method, partial/merge and history, the finite-population
# correction, and the errors.  Expected figures are worked out by hand in
# the comments (z = 1.959964 at 95 %, z^2 = 3.841459).

load common
bats_require_minimum_version 1.5.0

T="$FIX/tally"
ATTACK="$TOP/tests/tools/tally-attack"
GEN="$TOP/tests/tools/gen-month"

setup() {
	setup_scratch
	# A fixed codebook (time_of_day order only), so a changing installed
	# codebook cannot change these expectations.
	export TRYGG_DATADIR="$T"
}

need_scipy() {
	/usr/bin/python3 -c 'import scipy.optimize' 2>/dev/null ||
		skip "python3-scipy is not installed"
}

# ---- figures ----

@test "Wilson bounds at n = base, n = 0 and a base of 2" {
	run --separate-stderr trygg-tally -g grp -v q --min-cell 0 --min-base 0 "$T/wilson.csv"
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
	run --separate-stderr trygg-tally -g grp -v q -m 0 -b 0 --conf 0.90 "$T/wilson.csv"
	assert_success
	# a,1: 10/(10 + 1.644854^2) = 10/12.705543 = 0.78706 -> 78.7
	# a,2: 2.705543/12.705543 = 0.21294 -> 21.3
	assert_line --index 1 "a,q,1,10,10,100.0,78.7,100.0,"
	assert_line --index 2 "a,q,2,0,10,0.0,0.0,21.3,"
}

@test "totals with -g '' and a weight: weighted share, Kish n, unweighted n" {
	run --separate-stderr trygg-tally -g '' -v q -w w -m 0 -b 0 "$T/weighted.csv"
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
	# The long format says which n the interval used.
	run --separate-stderr trygg-tally --long -v q -w w -m 0 -b 0 "$T/weighted.csv"
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,q,1,2,4,46.2,10.8,85.8,,2.96,answered
,,q,2,2,4,53.8,14.2,89.2,,2.96,answered
OUT
}

@test "multi-select without channels: each code against everyone asked" {
	run --separate-stderr trygg-tally -g '' -v places -m 0 -b 0 "$T/multi.csv"
	assert_success
	# No source column: one channel, which has the question, so all 5
	# records are asked (record 3 ticked none).  a: rows 1,2; b: rows 1,4
	# (b|c|b counts b once); c: rows 4,5.  2/5 = 40.0; Wilson n=5:
	# centre (0.4 + 0.384146)/1.768292 = 0.443449, half = 0.325268
	assert_output - <<'OUT'
variable,value,n,base,pct,ci_low,ci_high,note
places,a,2,5,40.0,11.8,76.9,
places,b,2,5,40.0,11.8,76.9,
places,c,2,5,40.0,11.8,76.9,
OUT
	# --base places=answered: of those who ticked at least one: 2/4
	run --separate-stderr trygg-tally -g '' -v places --base places=answered -m 0 -b 0 "$T/multi.csv"
	assert_line --index 1 "places,a,2,4,50.0,15.0,85.0,"
}

@test "--unsafe with codes and base for a named column, or turned off" {
	run --separate-stderr trygg-tally -g '' -v q --unsafe q=2,3/1,2,3 -m 0 -b 0 "$T/suppress.csv"
	assert_success
	# q: 1:10 2:3 3:7 of 20; unsafe 2,3 = 10 of base 20 -> 50.0
	assert_line --index 4 "q,unsafe,10,20,50.0,29.9,70.1,"
	run --separate-stderr trygg-tally -g '' -v safety --unsafe '' -m 0 -b 0 "$T/suppress.csv"
	refute_output --partial unsafe
}

@test "safety: codes 1-5 and unsafe are shares of those who answered 1-5, 9 of all" {
	run --separate-stderr trygg-tally --long -v safety -m 0 -b 0 "$T/suppress.csv"
	assert_success
	# 1:16 2:6 3:7 4:6 of 35 who answered 1-5; 9: 2 of all 37.
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,safety,1,16,35,45.7,30.5,61.8,,35.00,answered:1|2|3|4|5
,,safety,2,6,35,17.1,8.1,32.7,,35.00,answered:1|2|3|4|5
,,safety,3,7,35,20.0,10.0,35.9,,35.00,answered:1|2|3|4|5
,,safety,4,6,35,17.1,8.1,32.7,,35.00,answered:1|2|3|4|5
,,safety,9,2,37,5.4,1.5,17.7,,37.00,answered
,,safety,unsafe,13,35,37.1,23.2,53.7,,35.00,answered:1|2|3|4|5
OUT
}

@test "codebook order, then byte order, then the empty value" {
	run --separate-stderr trygg-tally -g time_of_day -v q -m 0 -b 0 "$T/order.csv"
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

@test "--excel: BOM, ';' and decimal comma, wide and long" {
	run --separate-stderr trygg-tally -g grp -v q -m 0 -b 0 --excel "$T/wilson.csv"
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
	run --separate-stderr trygg-tally -g '' -v q -w w -m 0 -b 0 -x --long "$T/weighted.csv"
	assert_line --index 1 ";;q;1;2;4;46,2;10,8;85,8;;2,96;answered"
}

# ---- the long format ----

@test "several -g: one long table of every breakdown x variable" {
	printf 'id,grp,sub,q\n1,a,x,1\n2,a,y,2\n3,b,x,1\n4,b,x,\n' >two.csv
	run --separate-stderr trygg-tally -g grp -g '' -g grp,sub -g q -v q -m 0 -b 0 two.csv
	assert_success
	# by: the breakdown's columns joined by '|'; group: its values so.
	# Record 4 (no answer) is outside every base of q; a breakdown by q
	# itself has no table of q (each group would be 100 % its own value).
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
grp,a,q,1,1,2,50.0,9.5,90.5,,2.00,answered
grp,a,q,2,1,2,50.0,9.5,90.5,,2.00,answered
grp,b,q,1,1,1,100.0,20.7,100.0,,1.00,answered
grp,b,q,2,0,1,0.0,0.0,79.3,,1.00,answered
,,q,1,2,3,66.7,20.8,93.9,,3.00,answered
,,q,2,1,3,33.3,6.1,79.2,,3.00,answered
grp|sub,a|x,q,1,1,1,100.0,20.7,100.0,,1.00,answered
grp|sub,a|x,q,2,0,1,0.0,0.0,79.3,,1.00,answered
grp|sub,a|y,q,1,0,1,0.0,0.0,79.3,,1.00,answered
grp|sub,a|y,q,2,1,1,100.0,20.7,100.0,,1.00,answered
grp|sub,b|x,q,1,1,1,100.0,20.7,100.0,,1.00,answered
grp|sub,b|x,q,2,0,1,0.0,0.0,79.3,,1.00,answered
OUT
	# --long gives the same format for one breakdown.
	run --separate-stderr trygg-tally --long -g grp -v q -m 0 -b 0 "$T/wilson.csv"
	assert_line --index 0 "by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of"
	assert_line --index 1 "grp,a,q,1,10,10,100.0,72.2,100.0,,10.00,answered"
}

@test "a value holding '|' in a breakdown of several columns is refused" {
	printf 'a,b,q\nx|y,z,1\n' >bar.csv
	run --separate-stderr trygg-tally -g a,b -v q bar.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: bar.csv:2: a value of a breakdown by several columns holds '|', which joins them in the output"
	# One column: no ambiguity.
	run --separate-stderr trygg-tally -g a -v q -m 0 -b 0 bar.csv
	assert_success
	assert_line --index 1 "x|y,q,1,1,1,100.0,20.7,100.0,"
}

# ---- bases ----

@test "bases: asked by channel for multi-select, nonempty:COL for free-text themes" {
	run --separate-stderr trygg-tally -g '' -g source -v places -v q -b 0 -m 0 "$T/channels.csv"
	assert_success
	# places: school (5) and staff (2) have answers, street (3) none: the
	# base is the 7 asked, "ticked none" included; street has no rows.
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,places,a,3,7,42.9,15.8,75.0,,7.00,asked
,,places,b,2,7,28.6,8.2,64.1,,7.00,asked
,,q,1,6,10,60.0,31.3,83.2,,10.00,answered
,,q,2,4,10,40.0,16.8,68.7,,10.00,answered
source,school,places,a,2,5,40.0,11.8,76.9,,5.00,asked
source,school,places,b,2,5,40.0,11.8,76.9,,5.00,asked
source,school,q,1,3,5,60.0,23.1,88.2,,5.00,answered
source,school,q,2,2,5,40.0,11.8,76.9,,5.00,answered
source,staff,places,a,1,2,50.0,9.5,90.5,,2.00,asked
source,staff,places,b,0,2,0.0,0.0,65.8,,2.00,asked
source,staff,q,1,1,2,50.0,9.5,90.5,,2.00,answered
source,staff,q,2,1,2,50.0,9.5,90.5,,2.00,answered
source,street,q,1,2,3,66.7,20.8,93.9,,3.00,answered
source,street,q,2,1,3,33.3,6.1,79.2,,3.00,answered
OUT
	# Themes: shares of the 4 who wrote free text; s-10's theme without
	# free text is outside the base, not counted, and said.
	run --separate-stderr trygg-tally --long -v themes --base themes=nonempty:free_text -b 0 -m 0 "$T/channels.csv"
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,themes,drugs,1,4,25.0,4.6,69.9,,4.00,nonempty:free_text
,,themes,gangs,1,4,25.0,4.6,69.9,,4.00,nonempty:free_text
,,themes,lighting,1,4,25.0,4.6,69.9,,4.00,nonempty:free_text
,,themes,traffic,1,4,25.0,4.6,69.9,,4.00,nonempty:free_text
OUT
	assert_equal "$stderr" "trygg-tally: themes: answers outside the base (free_text empty), not counted: 1
trygg-tally: disclosure control is off (--min-cell 0)"
	# The other bases are one option away.
	run --separate-stderr trygg-tally -v places --base places=answered -b 0 -m 0 "$T/channels.csv"
	assert_line --index 1 "places,a,3,4,75.0,30.1,95.4,"
	run --separate-stderr trygg-tally -v places --base places=nonempty:response_id -b 0 -m 0 "$T/channels.csv"
	assert_line --index 1 "places,a,3,10,30.0,10.8,60.3,"
	run --separate-stderr trygg-tally -v q --base q=asked -b 0 -m 0 "$T/channels.csv"
	assert_line --index 1 "q,1,6,10,60.0,31.3,83.2,"
	run --separate-stderr trygg-tally -v themes --base themes=nonempty:nope "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/channels.csv:1: no column named nope (the first line has 7 columns; is it a header?)"
}

# ---- disclosure control ----

@test "the base rule: shares of fewer than -b respondents are withheld, bases shown" {
	run --separate-stderr trygg-tally -g grp -v q -v safety "$T/suppress.csv"
	assert_success
	# b: 15 answered 1-5 (base below 20): every share withheld.  The base
	# of 9 (all who answered, 17) is left out with the rows of 9.
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
b,safety,1,,15,,,,small-base
b,safety,2,,15,,,,small-base
b,safety,3,,15,,,,small-base
b,safety,4,,15,,,,small-base
b,safety,9,,,,,,small-base
b,safety,unsafe,,15,,,,small-base
OUT
	assert_equal "$stderr" "trygg-tally: disclosure control: counts of 1 to 4 respondents suppressed, and further counts so that none can be worked out from all the tables: 2 primary, 2 secondary (0 of them headline shares)
trygg-tally: base rule: shares of fewer than 20 respondents withheld: 6 rows"
	run --separate-stderr trygg-tally -g grp -v safety -b 15 "$T/suppress.csv"
	assert_line --index 7 "b,safety,1,10,15,66.7,41.7,84.8,"
}

@test "suppression: 9 goes with its base; codes add up to the base of 1-5" {
	run --separate-stderr trygg-tally -g grp -v q -v safety -b 0 "$T/suppress.csv"
	assert_success
	# a,q: 1:10 2:3 3:7 of 20.  2 is primary (3 < 5); then 2 = 20-10-7,
	#   so the smallest other count, 3 (7), is withheld too.
	# a,safety: 1:6 2:6 3:2 4:6 of 20, unsafe 8.  3 is primary; 3 = 8 - 4,
	#   so 4 goes too (a detail, not the headline).
	# b,safety: 1:10 3:5 of 15 answered 1-5, 9:2.  9 is primary; printing
	#   its base (17) beside 15 would give it away: both are left out.
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
b,safety,1,10,15,66.7,41.7,84.8,
b,safety,2,0,15,0.0,0.0,20.4,
b,safety,3,5,15,33.3,15.2,58.3,
b,safety,4,0,15,0.0,0.0,20.4,
b,safety,9,,,,,,suppressed
b,safety,unsafe,5,15,33.3,15.2,58.3,
OUT
	assert_equal "$stderr" "trygg-tally: disclosure control: counts of 1 to 4 respondents suppressed, and further counts so that none can be worked out from all the tables: 3 primary, 2 secondary (0 of them headline shares)"
	run --separate-stderr trygg-tally -g grp -v q -m 3 -b 0 "$T/suppress.csv"
	# 3 >= 3: nothing is small.  a,q,2: 3/20 = 15.0
	assert_line --index 2 "a,q,2,3,20,15.0,5.2,36.0,"
	[[ "$stderr" == *"counts of 1 to 2 respondents"*"0 primary, 0 secondary"* ]]
}

@test "one policy over all tables: headlines kept, the night protected, nothing recovered" {
	# policy.csv: Surte 13 of 32 unsafe with a code of 1; the night 3 of
	# 10 unsafe (below the base rule), which the total less the other
	# times would give away.
	run --separate-stderr trygg-tally -g '' -g area -g time_of_day -v safety "$T/policy.csv"
	assert_success
	# Surte's headline share is shown although its codes are withheld.
	assert_line "area,surte,safety,unsafe,13,32,40.6,25.5,57.7,,32.00,answered:1|2|3|4|5"
	assert_line "area,surte,safety,4,,32,,,,suppressed,32.00,answered:1|2|3|4|5"
	assert_line "time_of_day,night,safety,unsafe,,10,,,,small-base,10.00,answered:1|2|3|4|5"
	# Only one headline could not be kept: the total's unsafe less the
	# other times' would give the night's 3; the smallest other time goes.
	assert_line "time_of_day,morning,safety,unsafe,,32,,,,suppressed,32.00,answered:1|2|3|4|5"
	run grep -c ',unsafe,,.*,suppressed,' <<<"$output"
	assert_output 1
	assert_equal "$stderr" "trygg-tally: disclosure control: counts of 1 to 4 respondents suppressed, and further counts so that none can be worked out from all the tables: 7 primary, 9 secondary (1 of them headline shares)
trygg-tally: base rule: shares of fewer than 20 respondents withheld: 6 rows"
}

@test "attack: every withheld count of policy.csv's tables, solved by linear programming" {
	need_scipy
	trygg-tally -g '' -g area -g time_of_day -v safety "$T/policy.csv" >pub.csv 2>/dev/null
	trygg-tally -g '' -g area -g time_of_day -v safety -m 0 -b 0 "$T/policy.csv" >truth.csv 2>/dev/null
	run "$ATTACK" --all --truth truth.csv pub.csv
	assert_success
	assert_output "22 withheld, 0 recovered, 0 of them counts of 1 to 4"
	# Without complementary suppression the same tables give counts away.
	trygg-tally -g '' -g area -g time_of_day -v safety -m 0 "$T/policy.csv" >base-only.csv 2>/dev/null
	run "$ATTACK" --truth truth.csv base-only.csv
	assert_failure 1
	assert_line --index 0 --regexp '^time_of_day,night,safety,'
}

@test "attack: the demo month's published tables give nothing away" {
	need_scipy
	export TRYGG_DATADIR="$TOP/share/trygg"
	trygg-monthly -q --month 2026-10 --population "$TOP/examples/population.csv" \
		"$TOP/examples/exports" out
	cd out/2026-10
	trygg-tally "${MONTH_TALLY[@]}" -m 0 -b 0 anonymised.csv >"$SCRATCH/truth.csv" 2>/dev/null
	# Every table the month publishes is in tally.csv.
	run "$ATTACK" --unsafe worry=3,4 --truth "$SCRATCH/truth.csv" tally.csv
	assert_success
	assert_output --regexp '^[0-9]+ withheld, 0 recovered, 0 of them counts of 1 to 4$'
}

@test "attack: a generated month of 10,000 records gives nothing away" {
	need_scipy
	/usr/bin/python3 "$GEN" --records 10000 --seed 1 >month.csv
	args=(--long -g '' -g source -g gender -g age_band -g area -g time_of_day
	      -v safety -v source -v unsafe_places -v problems -v themes -v mentioned_places
	      --base themes=nonempty:free_text --base mentioned_places=nonempty:free_text)
	trygg-tally "${args[@]}" month.csv >pub.csv 2>err
	grep -q 'could not be protected' err && fail "$(cat err)"
	trygg-tally "${args[@]}" -m 0 -b 0 month.csv >truth.csv 2>/dev/null
	run "$ATTACK" --truth truth.csv pub.csv
	assert_success
	assert_output --regexp '^[0-9]+ withheld, 0 recovered, 0 of them counts of 1 to 4$'
}

@test "a breakdown by several columns leaves out the records with one of its columns empty" {
	printf 'site,tod,q\ns1,am,1\ns1,pm,2\n,am,1\n,pm,1\ns2,,2\n' >sites.csv
	run --separate-stderr trygg-tally -q -m 0 -b 0 -g '' -g site,tod -v q sites.csv
	assert_success
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,q,1,3,5,60.0,23.1,88.2,,5.00,answered
,,q,2,2,5,40.0,11.8,76.9,,5.00,answered
site|tod,s1|am,q,1,1,1,100.0,20.7,100.0,,1.00,answered
site|tod,s1|am,q,2,0,1,0.0,0.0,79.3,,1.00,answered
site|tod,s1|pm,q,1,0,1,0.0,0.0,79.3,,1.00,answered
site|tod,s1|pm,q,2,1,1,100.0,20.7,100.0,,1.00,answered
OUT
}

@test "a table in which a withheld count cannot be protected is left out whole, and said" {
	# Group a answers x three times: its printed base gives the count away.
	printf 'g,q\na,x\na,x\na,x\nb,x\nb,x\nb,x\nb,x\nb,x\nb,x\n' >one.csv
	run --separate-stderr trygg-tally -g g -v q -b 0 one.csv
	assert_success
	assert_output 'g,variable,value,n,base,pct,ci_low,ci_high,note'
	assert_equal "$stderr" "trygg-tally: disclosure control: counts of 1 to 4 respondents suppressed, and further counts so that none can be worked out from all the tables: 1 primary, 0 secondary (0 of them headline shares)
trygg-tally: tables left out whole because a withheld count in them could not be protected otherwise: 1 (see trygg-tally(1))"
}

@test "a table left out whole takes no other breakdown with it" {
	# Group a's single answer is at its base in both questions.
	printf 'g,q,r\na,x,1\nb,x,2\nb,x,1\nb,x,2\nb,x,1\nb,x,2\nb,x,1\n' >two.csv
	run --separate-stderr trygg-tally -g '' -g g -v q -v r -m 2 -b 0 two.csv
	assert_success
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,q,x,7,7,100.0,64.6,100.0,,7.00,answered
,,r,1,4,7,57.1,25.0,84.2,,7.00,answered
,,r,2,3,7,42.9,15.8,75.0,,7.00,answered
OUT
	[[ $stderr == *$'\n''trygg-tally: tables left out whole because a withheld count in them could not be protected otherwise: 2 (see trygg-tally(1))' ]]
}

# ---- the cell-key method ----

@test "--cell-key: the same cell gets the same perturbation in every table" {
	printf 'abcdefghijklmnopqrstuvwxyz012345' >key
	chmod 600 key
	awk 'BEGIN { FS = OFS = "," } NR == 1 { print $0, "one"; next } { print $0, "x" }' \
		"$T/channels.csv" >one.csv
	run --separate-stderr trygg-tally -g '' -g one -v q -v places --cell-key -K key -b 0 one.csv
	assert_success
	# Group x of breakdown one holds exactly the records of the totals:
	# the same cells, the same figures.  Parts need not add up (6 + 4 of 9).
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
,,q,1,6,9,66.7,35.4,87.9,,9.00,answered
,,q,2,4,9,44.4,18.9,73.3,,9.00,answered
,,places,a,2,6,33.3,9.7,70.0,,6.00,asked
,,places,b,2,6,33.3,9.7,70.0,,6.00,asked
one,x,q,1,6,9,66.7,35.4,87.9,,9.00,answered
one,x,q,2,4,9,44.4,18.9,73.3,,9.00,answered
one,x,places,a,2,6,33.3,9.7,70.0,,6.00,asked
one,x,places,b,2,6,33.3,9.7,70.0,,6.00,asked
OUT
	assert_equal "$stderr" "trygg-tally: cell-key method: every count above 0 perturbed by at most 2, the same cell the same in every table; parts need not add up to totals"
	# Another key, other perturbations; the true counts are 6, 4, 10, 3, 2, 7.
	printf 'another secret key of 32 bytes!!' >key2
	chmod 600 key2
	run --separate-stderr trygg-tally -g '' -v q -v places --cell-key -K key2 -b 0 one.csv
	refute_output "$(trygg-tally -g '' -v q -v places --cell-key -K key -b 0 one.csv 2>/dev/null)"
}

@test "--cell-key: partial counts carry the cell keys; merged, the same bytes" {
	printf 'abcdefghijklmnopqrstuvwxyz012345' >key
	chmod 600 key
	/usr/bin/python3 "$GEN" --records 400 --seed 2 >m.csv
	args=(-g '' -g area -v safety -v unsafe_places)
	trygg-tally "${args[@]}" --cell-key -K key m.csv >one.csv 2>/dev/null
	head -n 150 m.csv >a.csv
	{ head -n 1 m.csv; tail -n +151 m.csv; } >b.csv
	trygg-tally --partial "${args[@]}" --cell-key -K key a.csv >a.part
	trygg-tally --partial "${args[@]}" --cell-key -K key b.csv >b.part
	run --separate-stderr trygg-tally --merge --cell-key a.part b.part
	assert_success
	assert_output "$(cat one.csv)"
	# Without keys the partials cannot be perturbed, nor mixed with keyed.
	trygg-tally --partial "${args[@]}" b.csv >u.part
	run --separate-stderr trygg-tally --merge --cell-key u.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: --cell-key needs partial counts made with --cell-key"
	run --separate-stderr trygg-tally --merge a.part u.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: u.part:20: partial counts with and without cell keys cannot be merged"
	# The record key column must be there.
	run --separate-stderr trygg-tally -v q --cell-key -K key "$T/wilson.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/wilson.csv:1: no column named response_id (the first line has 3 columns; is it a header?)"
}

@test "--cell-key: the perturbation table (n = 1: -1,0,1,2 as 3:3:1:1; n >= 2: binomial(4,1/2)-2)" {
	printf 'abcdefghijklmnopqrstuvwxyz012345' >key
	chmod 600 key
	# 8000 groups of one record and 4000 of two, each a count of its own.
	awk 'BEGIN { print "response_id,pair,q"
		for (i = 1; i <= 8000; i++) print "r" i "," int((i + 1) / 2) ",x" }' >pairs.csv
	trygg-tally -g response_id -g pair -v q --cell-key -K key -b 0 pairs.csv 2>/dev/null |
		awk -F, 'NR > 1 { c[$1 " " $5]++ } END { for (k in c) print k, c[k] }' | sort >got
	# Expected 3000 3000 1000 1000 and 250 1000 1500 1000 250; within 4.5
	# standard deviations, and nothing outside the table.
	awk '{ e["response_id 0"] = 3000; e["response_id 1"] = 3000
	       e["response_id 2"] = 1000; e["response_id 3"] = 1000
	       e["pair 0"] = 250; e["pair 1"] = 1000; e["pair 2"] = 1500
	       e["pair 3"] = 1000; e["pair 4"] = 250
	       k = $1 " " $2; n = ($1 == "pair") ? 4000 : 8000
	       if (!(k in e)) { print "unexpected", k; bad = 1; next }
	       p = e[k] / n; sd = sqrt(n * p * (1 - p))
	       if ($3 < e[k] - 4.5 * sd || $3 > e[k] + 4.5 * sd) { print "off", k, $3; bad = 1 } }
	     END { exit bad }' got
	[ "$(wc -l <got)" -eq 9 ]
}

@test "--key: a regular file of the user, mode 0600, no FIFO hang" {
	printf 'abcdefghijklmnopqrstuvwxyz012345' >key
	chmod 640 key
	run --separate-stderr trygg-tally -v q --cell-key -K key "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: key file key may be read or changed by others; run: chmod 600 key"
	mkfifo fifo
	run --separate-stderr timeout 10 trygg-tally -v q --cell-key -K fifo "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: key file fifo is not a regular file"
	mkdir dir
	run --separate-stderr trygg-tally -v q --cell-key -K dir "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: key file dir is not a regular file"
	printf short >short
	chmod 600 short
	run --separate-stderr trygg-tally -v q --cell-key -K short "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: key file short is too short (at least 16 bytes)"
	run --separate-stderr trygg-tally -v q --cell-key -K missing "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: cannot open key file missing: No such file or directory"
	if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
		chmod 600 key
		chown nobody key
		run --separate-stderr trygg-tally -v q --cell-key -K key "$T/channels.csv"
		assert_failure 1
		assert_equal "$stderr" "trygg-tally: key file key is not owned by you"
	fi
}

# ---- the finite-population correction ----

@test "-n: the fpc by channel; a census has no sampling error" {
	printf 'source,population\nschool,8\nstaff,2\n' >pop.csv
	run --separate-stderr trygg-tally -g source -v q -b 0 -m 0 -n pop.csv --long "$T/channels.csv"
	assert_success
	# school: 5 of 8 answered, f = 0.625: n = 5/(1 - 0.625) = 13.33;
	#   3/5: Wilson at 13.33: 0.345 .. 0.810.  staff: 2 of 2, a census.
	#   street: no population given, no correction.
	assert_output - <<'OUT'
by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff,base_of
source,school,q,1,3,5,60.0,34.5,81.0,,13.33,answered
source,school,q,2,2,5,40.0,19.0,65.5,,13.33,answered
source,staff,q,1,1,2,50.0,50.0,50.0,,,answered
source,staff,q,2,1,2,50.0,50.0,50.0,,,answered
source,street,q,1,2,3,66.7,20.8,93.9,,3.00,answered
source,street,q,2,1,3,33.3,6.1,79.2,,3.00,answered
OUT
	# Groups that mix channels get none.
	run --separate-stderr trygg-tally -v q -b 0 -m 0 -n pop.csv --long "$T/channels.csv"
	assert_line --index 1 ",,q,1,6,10,60.0,31.3,83.2,,10.00,answered"
}

@test "-n: columns by name, in any order and case, '_' for ' ', others ignored" {
	printf 'source,population\nschool,8\nstaff,2\n' >pop.csv
	trygg-tally -g source -v q -b 0 -m 0 -n pop.csv --long "$T/channels.csv" >a.csv
	printf 'Note, POPULATION ,Source\nx,8,school\n\ny,2,staff\n' >pop.csv
	trygg-tally -g source -v q -b 0 -m 0 -n pop.csv --long "$T/channels.csv" >b.csv
	cmp a.csv b.csv
	printf 'source,population,Population\nschool,8,8\n' >pop.csv
	run --separate-stderr trygg-tally -g source -v q -n pop.csv "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: pop.csv:1: column 'population' appears more than once"
}

@test "-n: a population is a plain decimal number above 0, with FILE:LINE" {
	for v in inf 1e400 0x10 1e-300 -5 '' 1.5.2 ' 8' +8 nan 8e0; do
		printf 'source,population\nschool,%s\n' "$v" >p.csv
		run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
		assert_failure 1
		assert_equal "$stderr" "trygg-tally: p.csv:2: the population must be a plain decimal number, such as 2800"
	done
	printf 'source,population\nschool,0\n' >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:2: the population must be above 0"
	printf 'source,population\nschool,1000000000000000\n' >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:2: the population is too large"
	printf 'source,population\nstaff,9\nschool,3\n' >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: p.csv:3: the population is smaller than the respondents of that source (3 < 5)"
	printf 'src,pop\n' >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:1: no column 'source'
trygg-tally: p.csv:1: no column 'population'"
	printf 'source,population\nschool,10\nschool,11\n' >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:3: a source is given twice in the population file"
	printf 'source,population\nschool\n' >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:2: expected at least 2 fields, found 1"
	: >p.csv
	run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:1: the file is empty (no header line)"
	run --separate-stderr trygg-tally -g source -v q -n nope.csv "$T/channels.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: cannot open nope.csv: No such file or directory"
}

# ---- partial counts, merge and history ----

@test "partial counts merge to the same bytes as one pass (weights too)" {
	trygg-tally -g grp -v q -v safety "$T/suppress.csv" >one.csv 2>/dev/null
	head -n 15 "$T/suppress.csv" >a.csv
	{ head -n 1 "$T/suppress.csv"; tail -n +16 "$T/suppress.csv"; } >b.csv
	trygg-tally --partial -g grp -v q -v safety a.csv >a.part
	trygg-tally --partial -g grp -v q -v safety b.csv >b.part
	run --separate-stderr trygg-tally --merge a.part b.part
	assert_success
	assert_output "$(cat one.csv)"
	# Several breakdowns: the long format, merged the same.
	trygg-tally -g grp -g '' -v q -v safety "$T/suppress.csv" >one.csv 2>/dev/null
	trygg-tally --partial -g grp -g '' -v q -v safety a.csv >a.part
	trygg-tally --partial -g grp -g '' -v q -v safety b.csv >b.part
	run --separate-stderr trygg-tally --merge a.part b.part
	assert_output "$(cat one.csv)"
	# Weights of 1/3 do not add up exactly in floating point; fixed
	# point with 9 decimals does.
	printf 'q,w\n1,0.1\n1,0.2\n2,0.3\n1,0.333333333\n' >w1.csv
	printf 'q,w\n2,0.7\n1,0.1\n' >w2.csv
	cat w1.csv >w12.csv; tail -n +2 w2.csv >>w12.csv
	trygg-tally -v q -w w w12.csv >one.csv 2>/dev/null
	trygg-tally --partial -v q -w w w1.csv >w.part
	trygg-tally --partial -v q -w w w2.csv >>w.part
	run grep ',q,base,' w.part
	assert_output - <<'OUT'
,,q,base,,4,0.933333333,0.251111110888888889,
,,q,base,,2,0.800000000,0.500000000000000000,
OUT
	run --separate-stderr trygg-tally --merge <w.part
	assert_output "$(cat one.csv)"
}

@test "the partial format: declarations, channels, records, counts" {
	run --separate-stderr trygg-tally --partial -g source -v places -v q "$T/channels.csv"
	assert_success
	assert_output - <<'OUT'
by,group,variable,kind,value,n,w,w2,ck
source,,,breakdown,,,,,
,,places,variable,multi,,,,
,,places,channel,school,3,,,
,,places,channel,staff,1,,,
,,q,variable,single,,,,
,,q,channel,school,5,,,
,,q,channel,staff,2,,,
,,q,channel,street,3,,,
source,school,,records,school,5,,,
source,school,places,base,,3,,,
source,school,places,code,a,2,,,
source,school,places,code,b,2,,,
source,school,q,base,,5,,,
source,school,q,code,1,3,,,
source,school,q,code,2,2,,,
source,staff,,records,staff,2,,,
source,staff,places,base,,1,,,
source,staff,places,code,a,1,,,
source,staff,q,base,,2,,,
source,staff,q,code,1,1,,,
source,staff,q,code,2,1,,,
source,street,,records,street,3,,,
source,street,q,base,,3,,,
source,street,q,code,1,2,,,
source,street,q,code,2,1,,,
OUT
}

@test "--merge --period adds the months of a history file" {
	head -n 8 "$T/wilson.csv" >a.csv
	{ head -n 1 "$T/wilson.csv"; tail -n +9 "$T/wilson.csv"; } >b.csv
	trygg-tally --partial -g grp -g '' -v q a.csv >a.part
	trygg-tally --partial -g grp -g '' -v q b.csv >b.part
	# A history: the months' partial rows behind a period column.
	{ sed -n '1s/^/period,/p' a.part
	  sed '1d; s/^/2026-09,/' a.part
	  sed '1d; s/^/2026-10,/' b.part; } >history.csv
	trygg-tally -g grp -g '' -v q -m 0 -b 0 "$T/wilson.csv" >both.csv 2>/dev/null
	trygg-tally -g grp -g '' -v q -m 0 -b 0 a.csv >sep.csv 2>/dev/null
	run --separate-stderr trygg-tally --merge --period 2026-09..2026-10 -m 0 -b 0 history.csv
	assert_success
	assert_output "$(cat both.csv)"
	run --separate-stderr trygg-tally --merge --period 2026-09 -m 0 -b 0 history.csv
	assert_output "$(cat sep.csv)"
	# Without --period, every month.
	run --separate-stderr trygg-tally --merge -m 0 -b 0 history.csv
	assert_output "$(cat both.csv)"
	run --separate-stderr trygg-tally --merge --period 2025-01..2025-12 history.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: no partial counts of those months to merge"
	run --separate-stderr trygg-tally --merge --period 2026-09 a.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: a.part:1: no period column: --period needs a history file"
	sed '3s/^2026-09/2026-13/' history.csv >bad.csv
	run --separate-stderr trygg-tally --merge bad.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: bad.csv:3: the period is not a month (YYYY-MM)"
	for p in 2026 2026-9 2026-13 2026-10..2026-09 2026-09..; do
		run --separate-stderr trygg-tally --merge --period "$p" history.csv
		assert_failure 2
		assert_equal "${stderr%%$'\n'*}" "trygg-tally: --period needs a month YYYY-MM or months FROM..TO"
	done
	run --separate-stderr trygg-tally --period 2026-09 -v q "$T/wilson.csv"
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" "trygg-tally: --period goes with --merge"
}

@test "GNU parallel over 10,000 generated records merges to the one-pass bytes" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	/usr/bin/python3 "$GEN" --records 10000 --seed 3 >big.csv
	# (--group= for the totals: parallel drops an empty argument)
	args=(--group= -g source -g area,time_of_day -v safety -v problems -v unsafe_places)
	trygg-tally "${args[@]}" big.csv >one.csv 2>/dev/null
	# Records start with their response_id; --recstart keeps a quoted
	# line break of the free text from being taken for a record end.
	parallel --pipe --header 1 --block 200k --regexp --recstart 'g-[0-9]' \
		trygg-tally --partial "${args[@]}" <big.csv >parts.csv
	[ "$(grep -c '^by,group' parts.csv)" -gt 3 ] # really several shards
	trygg-tally --merge parts.csv >merged.csv 2>/dev/null
	cmp one.csv merged.csv
}

@test "independent check: agrees with the dev set's truth tally" {
	trygg-tally -g source,area -v safety -m 0 -b 0 "$FIX/clean-dev/truth/canonical.csv" >out.csv 2>/dev/null
	# The truth counts unsafe as 3-4 of 1-4 (the corpus has no 5) and skips
	# rows with an empty area: source,area,base,n_unsafe,pct_unsafe.
	awk -F, 'NR > 1 && $4 == "unsafe" && $2 != "" { print $1 "," $2 "," $6 "," $5 "," $7 }' out.csv | sort >ours
	tail -n +2 "$FIX/clean-dev/truth/tally-safety-by-source-area.csv" | sort >theirs
	[ "$(wc -l <theirs)" -eq 24 ]
	diff theirs ours
}

# ---- errors ----

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
	printf 'q,w\n1,1000000000\n' >big.csv
	run --separate-stderr trygg-tally -v q -w w big.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: big.csv:2: the weight is too large (weights must be below 1000000000)"
	for w in inf 1e3 0x10 nan; do
		printf 'q,w\n1,%s\n' "$w" >odd.csv
		run --separate-stderr trygg-tally -v q -w w odd.csv
		assert_failure 1
		assert_equal "$stderr" "trygg-tally: odd.csv:2: the weight is not a number"
	done
}

@test "malformed CSV: wrong field count and invalid UTF-8, with the line" {
	run --separate-stderr trygg-tally -v q "$T/fields.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: $T/fields.csv:3: the record has 3 fields, the header 2"
	run --separate-stderr trygg-tally -v q < <(printf 'id,q\n1,a\n2,\377\n')
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: -:3: invalid UTF-8"
	run --separate-stderr trygg-tally -v q /dev/null
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: /dev/null: empty input (no header line)"
}

@test "partial files: malformed, mixed, undeclared or inconsistent are refused" {
	printf 'a,b\n1,2\n' >bad.part
	run --separate-stderr trygg-tally --merge bad.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: bad.part:1: not a trygg-tally partial file"
	trygg-tally --partial -v q -w w "$T/weighted.csv" >w.part
	trygg-tally --partial -v q "$T/weighted.csv" >u.part
	run --separate-stderr trygg-tally --merge w.part u.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: u.part:5: weighted and unweighted partial counts cannot be merged"
	h=by,group,variable,kind,value,n,w,w2,ck
	printf '%s\n,,q,base,,1,,,\n' "$h" >p1
	run --separate-stderr trygg-tally --merge p1
	assert_equal "$stderr" "trygg-tally: p1:2: counts of a breakdown that was not declared"
	printf '%s\n,,,breakdown,,,,,\n,,q,base,,1,,,\n' "$h" >p2
	run --separate-stderr trygg-tally --merge p2
	assert_equal "$stderr" "trygg-tally: p2:3: counts of a variable that was not declared"
	printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n,x,q,base,,1,,,\n' "$h" >p3
	run --separate-stderr trygg-tally --merge p3
	assert_equal "$stderr" "trygg-tally: p3:4: the group does not fit its breakdown's columns"
	printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n,,q,odd,,1,,,\n' "$h" >p4
	run --separate-stderr trygg-tally --merge p4
	assert_equal "$stderr" "trygg-tally: p4:4: unknown kind of row in the partial file"
	printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n,,q,base,,x,,,\n' "$h" >p5
	run --separate-stderr trygg-tally --merge p5
	assert_equal "$stderr" "trygg-tally: p5:4: a count in the partial file is not a whole number"
	printf '%s\n,,q,variable,single,,,,\n,,q,base-rule,sometimes,,,,\n' "$h" >p6
	run --separate-stderr trygg-tally --merge p6
	assert_equal "$stderr" "trygg-tally: p6:3: unknown base rule in the partial file"
	printf '%s\n,,q,variable,single,,,,\n,,q,base-rule,asked,,,,\n,,q,base-rule,answered,,,,\n' "$h" >p7
	run --separate-stderr trygg-tally --merge p7
	assert_equal "$stderr" "trygg-tally: p7:4: the partial files take different bases for a variable"
	printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n,,q,if-base,,1,,,\n' "$h" >p9
	run --separate-stderr trygg-tally --merge p9
	assert_equal "$stderr" "trygg-tally: p9:4: an if-base row of a variable without a nonempty: base"
	printf '%s\n' "$h" >p8
	run --separate-stderr trygg-tally --merge p8
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: no partial counts to merge"
}

@test "merge: counts past 2^64 - 1 are an error, not a wrap; n <= base is checked" {
	h=by,group,variable,kind,value,n,w,w2,ck
	{ printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n' "$h"
	  printf ',,,records,,18446744073709551615,,,\n,,,records,,1,,,\n'; } >wrap.part
	run --separate-stderr trygg-tally --merge wrap.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: wrap.part:5: the counts add up to more than trygg-tally can hold"
	{ printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n' "$h"
	  printf ',,q,channel,,18446744073709551615,,,\n,,q,channel,,1,,,\n'; } >wrap2.part
	run --separate-stderr trygg-tally --merge wrap2.part
	assert_equal "$stderr" "trygg-tally: wrap2.part:5: the counts add up to more than trygg-tally can hold"
	printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n,,,records,,18446744073709551616,,,\n' "$h" >big.part
	run --separate-stderr trygg-tally --merge big.part
	assert_equal "$stderr" "trygg-tally: big.part:4: a count in the partial file is not a whole number"
	# 3 answered of 2 records; a code of 4 of 3 answered.
	{ printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n' "$h"
	  printf ',,,records,,2,,,\n,,q,base,,3,,,\n,,q,code,1,3,,,\n'; } >over.part
	run --separate-stderr trygg-tally --merge over.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: the partial counts do not agree: a count is larger than its base"
	{ printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,\n' "$h"
	  printf ',,,records,,3,,,\n,,q,base,,3,,,\n,,q,code,1,4,,,\n'; } >over2.part
	run --separate-stderr trygg-tally --merge over2.part
	assert_equal "$stderr" "trygg-tally: the partial counts do not agree: a count is larger than its base"
}

@test "merge: weight sums are plain decimals; a long one is an error, not undefined behaviour" {
	h=by,group,variable,kind,value,n,w,w2,ck
	pre=$(printf '%s\n,,,breakdown,,,,,\n,,q,variable,single,,,,' "$h")
	for w in 1e5 inf -1 0x10 '1.5.5' ' 1'; do
		printf '%s\n,,,records,,1,%s,1,\n' "$pre" "$w" >w.part
		run --separate-stderr trygg-tally --merge w.part
		assert_failure 1
		assert_equal "$stderr" "trygg-tally: w.part:4: a weight sum in the partial file is not a number"
	done
	# 36 digits before the point and none after: scaling the 9 missing
	# decimals used to overflow __int128 (tests/fuzz/regressions/tally/).
	printf '%s\n,,,records,,1,%s,1,\n' "$pre" 999999999999999999999999999999999999 >long.part
	run --separate-stderr trygg-tally --merge long.part
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: long.part:4: a weight sum in the partial file is not a number"
}

@test "usage errors exit 2 with the reason" {
	check() {
		local msg=$1; shift
		run --separate-stderr trygg-tally "$@"
		assert_failure 2
		assert_equal "${stderr%%$'\n'*}" "trygg-tally: $msg"
	}
	check "name at least one variable with -v" -g grp "$T/wilson.csv"
	check "--conf needs a level between 0 and 1, such as 0.95" -v q --conf 1.5 "$T/wilson.csv"
	run --separate-stderr trygg-tally -v q --min-cell x "$T/wilson.csv"
	assert_failure 2
	run --separate-stderr trygg-tally -v q --min-base -1 "$T/wilson.csv"
	assert_failure 2
	check "--partial and --merge exclude each other" -v q --partial --merge
	check "--unsafe names a column that is not counted with -v" -v q --unsafe other=1 "$T/wilson.csv"
	check "--merge takes the groups, variables and weights from the partial counts" --merge -v q
	check "--merge takes the groups, variables and weights from the partial counts" --merge --base q=asked
	check "the same breakdown is given twice with -g" -g grp -g grp -v q "$T/wilson.csv"
	check "the same breakdown is given twice with -g" -g '' -v q -g '' "$T/wilson.csv"
	for b in q q=often other=asked q=nonempty:; do
		check "--base needs COL=answered, COL=asked or COL=nonempty:OTHER for a column counted with -v" \
			-v q --base "$b" "$T/wilson.csv"
	done
	check "--partial writes counts for --merge, not for spreadsheets: leave out --excel" \
		-v q --partial -x "$T/wilson.csv"
	check "--key goes with --cell-key" -v q -K key "$T/wilson.csv"
	check "--cell-key needs --key" -v q --cell-key "$T/wilson.csv"
	check "--cell-key perturbs counts instead of suppressing them: leave out --min-cell" \
		-v q --cell-key -K key -m 3 "$T/wilson.csv"
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
	LANGUAGE=sv run --separate-stderr trygg-tally -g grp -v safety "$T/suppress.csv"
	assert_equal "$stderr" "trygg-tally: röjandeskydd: antal på 1 till 4 svarande redovisas inte, och ytterligare antal så att inget kan räknas fram ur tabellerna tillsammans: 1 primärt, 1 sekundärt (0 av dem huvudandelar)
trygg-tally: basregel: andelar med färre än 20 svarande redovisas inte: 6 rader"
	printf 'source,population\nschool,1e3\n' >p.csv
	LANGUAGE=sv run --separate-stderr trygg-tally -g source -v q -n p.csv "$T/channels.csv"
	assert_equal "$stderr" "trygg-tally: p.csv:2: populationen måste vara ett vanligt decimaltal, till exempel 2800"
	LANGUAGE=sv run --separate-stderr trygg-tally -v q --cell-key "$T/channels.csv"
	assert_equal "${stderr%%$'\n'*}" "trygg-tally: --cell-key kräver --key"
}

@test "a full stdout is an error" {
	[ -w /dev/full ] || skip "no /dev/full"
	run bash -c 'trygg-tally -v q "$1" >/dev/full' _ "$T/wilson.csv"
	assert_failure 1
}
