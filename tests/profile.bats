#!/usr/bin/env bats
# One place per municipality: the profile folder (-P, $TRYGG_PROFILE, else
# the shipped share/trygg/profiles/ale) and the codebook read in layers
# (generic, profile, -k).  tests/fixtures/profiles/ostby is an invented
# second municipality: with it, nothing of Ale's may reach a report.

load common
bats_require_minimum_version 1.5.0

setup() {
	setup_scratch
	ALE="$TOP/share/trygg/profiles/ale"
	OSTBY="$FIX/profiles/ostby"
	EXPORT="$OSTBY/exports/2026-10/street-ostby.csv"
	unset TRYGG_PROFILE
}

# Every name of an area or place the Ale profile gives (code names and
# answer labels of area and unsafe_places), and the municipality's name.
ale_names() {
	# Labels of "other" name neighbours (Göteborg), not Ale's own places.
	awk -F, '$1 == "code" && ($3 == "area" || $3 == "unsafe_places") { print $5; print $6 }
		$1 == "label" && ($3 == "area" || $3 == "unsafe_places") && $4 != "other" { print $5 }' \
		"$ALE/codebook.csv" | tr -d '"' | grep -v '^$' | sort -u
	sed -n 's/^name,\([^ ]*\) .*/\1/p' "$ALE/profile.csv"
}

@test "the Ale names list is not empty (the checks below are not vacuous)" {
	run ale_names
	assert_line "Nödinge"
	assert_line "Ale Torg"
	assert_line "Ale"
	[ "${#lines[@]}" -gt 20 ]
}

@test "src/ holds no area or place name of the Ale profile" {
	ale_names >names.txt
	run grep -rniwF -f names.txt "$TOP/src"
	assert_output ""
}

@test "the Östby profile: the whole month names Östby's areas and places, none of Ale's" {
	run trygg-monthly -q -P "$OSTBY" -m 3 --month 2026-10 "$OSTBY/exports" out
	assert_success
	assert_output ""
	run awk -F, '$1 == "area" && $3 == "safety" { print $2 }' out/2026-10/tally.csv
	# The profile's areas in its order, then the generic "other".
	assert_equal "$(uniq <<<"$output" | tr '\n' ' ')" "ostby vasterlund norrhed sjobacka other "
	run cat out/2026-10/report.md
	assert_line --partial "| Västerlund |"
	assert_line --partial "| Stortorget (main square) |"
	assert_line --partial "| The harbour |"
	ale_names >names.txt
	run grep -iwF -f names.txt out/2026-10/report.md out/2026-10/report.txt out/2026-10/report.html
	assert_output ""
}

@test "without -P the shipped Ale profile is used: Östby's areas are not known" {
	run --separate-stderr trygg-clean -r rej.csv "$EXPORT"
	assert_success
	assert_equal "$stderr" "trygg-clean: street-ostby.csv: 60 records read, 60 kept, 0 dropped (empty_row 0, ragged_row 0, duplicate 0, resubmission 0); unknown_column 0, invalid_value 120"
	run sed -n 2,3p rej.csv
	assert_output "street-ostby.csv,2,invalid_value,site,Stortorget
street-ostby.csv,2,invalid_value,area,Norrhed"
}

@test "TRYGG_PROFILE chooses the profile, and -P wins over it" {
	TRYGG_PROFILE="$OSTBY" run --separate-stderr trygg-clean "$EXPORT"
	assert_success
	assert_line --index 1 "street-ostby-L2,street,2026-10-04T17:44,evening,stortorget,norrhed,45-64,woman,2,4,no,stortorget|hamnen,,,"
	assert_equal "$stderr" "trygg-clean: street-ostby.csv: 60 records read, 60 kept, 0 dropped (empty_row 0, ragged_row 0, duplicate 0, resubmission 0); unknown_column 0, invalid_value 0"
	TRYGG_PROFILE="$OSTBY" run --separate-stderr trygg-clean -P "$ALE" "$EXPORT"
	assert_line --index 1 "street-ostby-L2,street,2026-10-04T17:44,evening,,,45-64,woman,2,4,no,other,,,"
}

@test "a profile named by -P or TRYGG_PROFILE must exist, in every program" {
	printf 'grp,q\na,1\n' >t.csv
	run --separate-stderr trygg-clean -P nowhere "$EXPORT"
	assert_failure 1
	assert_equal "$stderr" "trygg-clean: nowhere: No such file or directory"
	run --separate-stderr trygg-anon -P nowhere -c q t.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-anon: nowhere: No such file or directory"
	run --separate-stderr trygg-themes -P nowhere -c q t.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-themes: nowhere: No such file or directory"
	run --separate-stderr trygg-tally -P nowhere -v q t.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: nowhere: No such file or directory"
	run --separate-stderr trygg-plan -P nowhere "$FIX/plan/total.csv"
	assert_failure 1
	assert_equal "$stderr" "trygg-plan: nowhere: No such file or directory"
	touch afile
	TRYGG_PROFILE=afile run --separate-stderr trygg-tally -v q t.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-tally: afile: not a directory"
}

@test "an empty profile folder is a profile without local files" {
	mkdir empty
	run --separate-stderr trygg-clean -P empty "$EXPORT"
	assert_success
	assert_line --index 1 "street-ostby-L2,street,2026-10-04T17:44,evening,,,45-64,woman,2,4,no,other,,,"
}

@test "codebook layers: -k renames a code in its place; new codes come before the generic ones" {
	printf 'area,safety\nother,1\nnyby,2\nbohus,3\nnodinge,4\n' >t.csv
	printf 'type,profile,column,code,text,english\ncode,,area,nyby,Nyby,Nyby\ncode,,area,nodinge,Nödinge C,Nodinge C\n' >cb.csv
	run --separate-stderr trygg-tally -g area -v safety --min-cell 0 -k cb.csv t.csv
	assert_success
	# Ale's areas (profile), the -k area, then the generic "other".
	assert_equal "$(cut -d, -f1 <<<"$output" | uniq | tr '\n' ' ')" "area nodinge bohus nyby other "
	printf 'safety,area\n3,nodinge\n3,nyby\n' >t2.csv
	trygg-tally -m 0 -b 0 -g area -v safety -k cb.csv t2.csv >tally.csv 2>/dev/null
	run trygg-plan -q --allow-no-headline -f txt -L sv -k cb.csv tally.csv
	assert_success
	assert_output --partial "  Nödinge C |"
	assert_output --partial "  Nyby      |"
}

@test "codebook layers: a label of a later layer replaces the earlier one; a setting all its values" {
	MISSING=site,age_band,safety,worry,victim_12m,unsafe_places,free_text,suggestion
	printf 'Datum/tid,Bor i,Kön\n5/10 18:15,Nödinge,K\n5.10.2026 18:15,Surte,M\n' >street.csv
	printf 'type,profile,column,code,text,english\nlabel,street-sheet,area,other,Nodinge,\nsetting,street-sheet,,timestamp,%%d.%%m.%%Y %%H:%%M,\n' >cb.csv
	run --separate-stderr trygg-clean -s street --allow-missing "$MISSING" -r rej.csv street.csv
	assert_success
	assert_line --index 1 "street-L2,street,2026-10-05T18:15,evening,,nodinge,,woman,,,,,,,"
	assert_line --index 2 "street-L3,street,,,,surte,,man,,,,,,,"
	run --separate-stderr trygg-clean -s street --allow-missing "$MISSING" -k cb.csv -r rej.csv street.csv
	assert_success
	assert_line --index 1 "street-L2,street,,,,other,,woman,,,,,,,"
	assert_line --index 2 "street-L3,street,2026-10-05T18:15,evening,,surte,,man,,,,,,,"
}

@test "codebook layers: a clash inside one file is still an error, with that file and line" {
	printf 'type,profile,column,code,text,english\nlabel,,area,other,Hemma,\nlabel,,area,surte,Hemma,\n' >cb.csv
	run --separate-stderr trygg-clean -k cb.csv "$EXPORT"
	assert_failure 1
	assert_equal "$stderr" "trygg-clean: cb.csv:3: this label already has another code (same profile and column)"
	mkdir prof
	printf 'type,profile,column,code,text,english\nlabel,,nowhere,x,X,\n' >prof/codebook.csv
	run --separate-stderr trygg-clean -P prof "$EXPORT"
	assert_failure 1
	assert_equal "$stderr" "trygg-clean: prof/codebook.csv:2: unknown column 'nowhere'"
}

@test "trygg-themes adds the profile's place patterns to the generic ones" {
	printf 'id,free_text\n1,det är mörkt vid kajen\n2,otryggt vid Nödinge torg\n' >t.csv
	run --separate-stderr trygg-themes -P "$OSTBY" -c free_text t.csv
	assert_success
	assert_line --index 1 "1,det är mörkt vid kajen,poor_lighting,hamnen"
	assert_line --index 2 "2,otryggt vid Nödinge torg,,"
	run --separate-stderr trygg-themes -c free_text t.csv
	assert_line --index 1 "1,det är mörkt vid kajen,poor_lighting,"
	assert_line --index 2 "2,otryggt vid Nödinge torg,,ale_torg"
}
