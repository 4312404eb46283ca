#!/usr/bin/env bats
# trygg-reference: the tidy reference format (trygg-reference(5)), the
# shipped figures, and the importer of Brå's SOL export.
load common
bats_require_minimum_version 1.5.0

setup() {
	setup_scratch
	R="$FIX/reference"
	E="$R/expected"
	cp "$R"/*.csv "$R"/*.txt .
}

# --- the shipped figures ---

@test "shipped NTU figures and Ale's reported offences are valid reference files" {
	run --separate-stderr trygg-reference "$TOP/share/trygg/reference/ntu.csv" \
		"$TOP/share/trygg/profiles/ale/reference/anmalda-brott.csv"
	assert_success
	assert_equal "$stderr" "trygg-reference: $TOP/share/trygg/reference/ntu.csv: figures: 32
trygg-reference: $TOP/share/trygg/profiles/ale/reference/anmalda-brott.csv: figures: 1"
	assert_line --index 0 'source,indicator,unit,area,group,period,value,base,ci_low,ci_high,population,title,url,note'
	[ "${#lines[@]}" -eq 34 ]
}

@test "every shipped figure names the page it was read on (title and http(s) address)" {
	trygg-reference -q "$TOP"/share/trygg/reference/*.csv \
		"$TOP"/share/trygg/profiles/*/reference/*.csv >all.csv
	run python3 -c '
import csv, sys
rows = list(csv.DictReader(open("all.csv", encoding="utf-8")))
bad = [r["indicator"] + " " + r["period"] for r in rows
       if not r["title"] or not r["url"].startswith(("http://", "https://"))]
print(len(rows), "rows;", "no source:", bad)'
	assert_output '33 rows; no source: []'
}

@test "every NTU figure says whom it describes and is listed in the README" {
	run python3 -c '
import csv
rows = list(csv.DictReader(l for l in open("'"$TOP"'/share/trygg/reference/ntu.csv", encoding="utf-8") if not l.startswith("#")))
readme = open("'"$TOP"'/share/trygg/reference/README.md", encoding="utf-8").read()
missing = []
for r in rows:
    assert "16–84" in r["population"], r
    v = r["value"]
    area = "polisregion Väst" if r["area"] == "polisregion:Väst" else r["area"]
    group = {"": "", "gender:woman": "women", "gender:man": "men"}[r["group"]]
    cells = [r["indicator"], area, group, r["period"], v]
    line = "|" + "|".join(" %s " % c if c else " " for c in cells) + "|"
    if line not in readme:
        missing.append(line)
print(len(rows), missing)'
	assert_output '32 []'
}

# --- checking and normal form ---

@test "normal form: columns in order, areas and numbers normalised, comments and blank rows skipped" {
	run --separate-stderr trygg-reference tidy_mixed.csv
	assert_success
	assert_output "$(cat "$E/tidy_mixed.csv")"
	assert_equal "$stderr" 'trygg-reference: tidy_mixed.csv: figures: 4'
	assert_line --index 1 'Test,unsafe_evening,share,riket,,2022,27.5,812,24,31.5,,Test page,https://example.org/a,made-up test row'
	assert_line --index 3 'Test,x,per100k,polisregion:Väst,gender:woman&age_band:16-24,2019-2020,350,,,,,,,'
}

@test "-x: semicolons, decimal comma, a BOM and the formula guard; read back it gives the same figures" {
	run trygg-reference -q -x tidy_mixed.csv
	assert_success
	assert_output "$(cat "$E/tidy_mixed-x.csv")"
	assert_line --index 1 'Test;unsafe_evening;share;riket;;2022;27,5;812;24;31,5;;Test page;https://example.org/a;made-up test row'
	assert_line --index 4 "Test;x;count;Kungälv-Ale;;2024-01;7;;;;;;;\"'=cmd\""
	trygg-reference -q -x tidy_mixed.csv >x.csv
	run trygg-reference -q x.csv
	assert_success
	assert_output "$(cat "$E/tidy_mixed.csv")"
}

@test "standard input, and - as a file name" {
	run --separate-stderr trygg-reference <tidy_dup.csv
	assert_success
	assert_output 'source,indicator,unit,area,group,period,value,base,ci_low,ci_high,population,title,url,note
NTU,unsafe_evening,share,riket,,2022,27,,,,,,,'
	assert_equal "$stderr" 'trygg-reference: -: figures: 1'
	run trygg-reference -q - <tidy_dup.csv
	assert_success
	assert_line --index 1 'NTU,unsafe_evening,share,riket,,2022,27,,,,,,,'
}

@test "-q: no summary; errors still" {
	run --separate-stderr trygg-reference -q tidy_mixed.csv
	assert_success
	assert_equal "$stderr" ''
	run --separate-stderr trygg-reference -q tidy_novalue.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-reference: tidy_novalue.csv:1: no column 'value'
trygg-reference: nothing written (problems: 1)"
}

@test "-d: a semicolon file read with -d ';', and not with -d ','" {
	tr ',' ';' <tidy_dup.csv >semi.csv
	run trygg-reference -q -d ';' semi.csv
	assert_success
	assert_line --index 1 'NTU,unsafe_evening,share,riket,,2022,27,,,,,,,'
	run --separate-stderr trygg-reference -q -d , semi.csv
	assert_failure 1
	assert_output ''
	assert_equal "${stderr%%$'\n'*}" "trygg-reference: semi.csv:1: column 1 has a name this file format does not define"
}

@test "a file a spreadsheet saved (Windows-1252, CRLF, semicolons, decimal comma) is read" {
	printf 'source;indicator;unit;area;period;value;note\r\nNTU;worry_crime_society;share;riket;2022;46,0;S\xe5 sa Br\xe5\r\n' >excel.csv
	run trygg-reference -q excel.csv
	assert_success
	assert_line --index 1 'NTU,worry_crime_society,share,riket,,2022,46,,,,,,,Så sa Brå'
}

@test "every bad row is reported with its line, no cell quoted, nothing written" {
	run --separate-stderr trygg-reference tidy_bad.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "$(cat "$E/tidy_bad.err")"
	# one message per row 2-22 and 24 (23 is the first of the pair)
	[ "$(grep -c 'tidy_bad.csv:' <<<"$stderr")" -eq 22 ]
}

@test "the header: a required column missing, an unknown column, a column twice" {
	run --separate-stderr trygg-reference tidy_novalue.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-reference: tidy_novalue.csv:1: no column 'value'
trygg-reference: nothing written (problems: 1)"
	run --separate-stderr trygg-reference -q tidy_unknown.csv
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" "trygg-reference: tidy_unknown.csv:1: column 7 has a name this file format does not define"
	run --separate-stderr trygg-reference -q tidy_twice.csv
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" "trygg-reference: tidy_twice.csv:1: column 'value' appears more than once"
}

@test "an empty file, a missing file, a broken quote: exit 1" {
	run --separate-stderr trygg-reference empty.csv
	assert_failure 1
	assert_equal "$stderr" 'trygg-reference: empty.csv:1: the file is empty (no header line)
trygg-reference: nothing written (problems: 1)'
	run --separate-stderr trygg-reference -q nosuch.csv
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" 'trygg-reference: cannot open nosuch.csv: No such file or directory'
	printf 'source,indicator,unit,area,period,value\nT,"a,share,riket,2022,1\n' >quote.csv
	run --separate-stderr trygg-reference -q quote.csv
	assert_failure 1
	[[ "${stderr%%$'\n'*}" == "trygg-reference: quote.csv:2: "* ]]
}

@test "the same figure in two files is an error naming the first" {
	run --separate-stderr trygg-reference -q "$TOP/share/trygg/reference/ntu.csv" tidy_dup.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-reference: tidy_dup.csv:2: the same figure is already given at $TOP/share/trygg/reference/ntu.csv:8
trygg-reference: nothing written (problems: 1)"
}

@test "-o: written whole; a failed run leaves the old file and no temporary" {
	run trygg-reference -q -o out.csv tidy_mixed.csv
	assert_success
	assert_output ''
	assert_equal "$(cat out.csv)" "$(cat "$E/tidy_mixed.csv")"
	run trygg-reference -q -o out.csv tidy_bad.csv
	assert_failure 1
	assert_equal "$(cat out.csv)" "$(cat "$E/tidy_mixed.csv")"
	run bash -c 'ls -A | grep "^\.out"'
	assert_output ''
}

# --- Brå's SOL export ---

@test "--from bra-sol: the saved yearly sample (Hela landet; parents '..', a repeated line)" {
	run --separate-stderr trygg-reference --from bra-sol sol_dbfil_ar.txt
	assert_success
	assert_output "$(cat "$E/sol_dbfil_ar.csv")"
	assert_equal "$stderr" "trygg-reference: sol_dbfil_ar.txt: figures: 12; cells without a figure ('..') left out: 22; repeated figures dropped: 4"
	assert_line --index 1 'Brå anmälda brott,Befogenhetsbedrägeri,count,riket,,2024,13816,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
	assert_line --index 4 'Brå anmälda brott,Befogenhetsbedrägeri,per100k,riket,,2025,135,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
}

@test "--from bra-sol: the saved monthly sample (months, preliminary figures, a police region)" {
	run trygg-reference -q --from bra-sol sol_dbfil_manad.txt
	assert_success
	assert_output "$(cat "$E/sol_dbfil_manad.csv")"
	assert_line --index 3 'Brå anmälda brott,"0950 - Befogenhetsbedrägeri, bedrägeri genom social manipulation, internationell anknytning, mot äldre/funktionsnedsatt",count,riket,,2026-08,498,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,preliminär statistik'
	assert_line --index 5 'Brå anmälda brott,"0950 - Befogenhetsbedrägeri, bedrägeri genom social manipulation, internationell anknytning, mot äldre/funktionsnedsatt",count,polisregion:Stockholm,,2026-08,20,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,preliminär statistik'
}

@test "--from bra-sol: ISO-8859-1 as SOL sends it, and CRLF, give the same figures" {
	run trygg-reference -q --from bra-sol "$R/sol_dbfil_manad_latin1.txt"
	assert_success
	assert_output "$(cat "$E/sol_dbfil_manad.csv")"
	sed 's/$/\r/' sol_dbfil_ar.txt >crlf.txt
	run trygg-reference -q --from bra-sol crlf.txt
	assert_success
	assert_output "$(cat "$E/sol_dbfil_ar.csv")"
}

@test "--from bra-sol: counties, ' kommun', quarters, Helår, &nbsp;, thousands and decimal comma, '-'" {
	run --separate-stderr trygg-reference --from bra-sol sol_constructed.txt
	assert_success
	assert_output "$(cat "$E/sol_constructed.csv")"
	assert_equal "$stderr" "trygg-reference: sol_constructed.txt: figures: 11; cells without a figure ('..') left out: 3; repeated figures dropped: 0"
	assert_line --index 2 'Brå anmälda brott,Samtliga brott,per100k,riket,,2024,11718.5,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
	assert_line --index 3 'Brå anmälda brott,Samtliga brott,count,Ale,,2025-Q2,601,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
	assert_line --index 4 'Brå anmälda brott,Samtliga brott,count,Ale,,2025,2400,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,preliminär statistik'
	assert_line --index 6 'Brå anmälda brott,Skadegörelse totalt,count,polisregion:Väst,,2024,20000,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
	assert_line --index 10 'Brå anmälda brott,Samtliga brott,count,lan:01,,2013,100,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
}

@test "--from bra-sol: a count-only export gives count rows only" {
	run trygg-reference -q --from bra-sol sol_count_only.txt
	assert_success
	assert_output 'source,indicator,unit,area,group,period,value,base,ci_low,ci_high,population,title,url,note
Brå anmälda brott,Samtliga brott,count,riket,,2024,1400000,,,,,Statistikdatabasen över anmälda brott (Brå),https://statistik.bra.se/solwebb/action/index,'
}

@test "--from bra-sol: every bad line is reported, nothing written" {
	run --separate-stderr trygg-reference --from bra-sol sol_bad.txt
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "$(cat "$E/sol_bad.err")"
}

@test "--from bra-sol: not a SOL export, an empty file, a missing file" {
	run --separate-stderr trygg-reference --from bra-sol sol_not.txt
	assert_failure 1
	assert_equal "$stderr" 'trygg-reference: sol_not.txt:1: not a SOL export: the header must name Region, Brott, År, Period and Antal
trygg-reference: nothing written (problems: 1)'
	run --separate-stderr trygg-reference --from bra-sol tidy_mixed.csv
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" 'trygg-reference: tidy_mixed.csv:1: not a SOL export: the header must name Region, Brott, År, Period and Antal'
	run --separate-stderr trygg-reference -q --from bra-sol empty.csv
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" 'trygg-reference: empty.csv:1: the file is empty (no header line)'
	run --separate-stderr trygg-reference -q --from bra-sol nosuch.txt
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" 'trygg-reference: cannot open nosuch.txt: No such file or directory'
}

@test "--from bra-sol: the same figure with another value in a second file names the first" {
	run --separate-stderr trygg-reference -q --from bra-sol sol_constructed.txt sol_count_only.txt
	assert_failure 1
	assert_equal "$stderr" 'trygg-reference: sol_count_only.txt:2: this figure is given with another value at sol_constructed.txt:2
trygg-reference: nothing written (problems: 1)'
}

@test "a SOL export read as a tidy file, and a tidy file's reader, say what is wrong" {
	run --separate-stderr trygg-reference -q sol_dbfil_ar.txt
	assert_failure 1
	assert_equal "${stderr%%$'\n'*}" "trygg-reference: sol_dbfil_ar.txt:1: column 1 has a name this file format does not define"
}

@test "the municipal CSV converts with the man page's one-line pipeline" {
	awk -F';' -v y=2024 'BEGIN {print "source,indicator,unit,area,period,value"}
  $2 ~ /[0-9]/ {sub(/\r$/, ""); sub(/ kommun$/, "", $1);
  gsub(/ /, "", $2); gsub(/ /, "", $3);
  print "Brå anmälda brott,Samtliga brott,count," $1 "," y "," $2;
  print "Brå anmälda brott,Samtliga brott,per100k," $1 "," y "," $3}' \
		kommun_constructed.csv | trygg-reference -q -o anmalda.csv
	run cut -d, -f1-7 anmalda.csv
	assert_output 'source,indicator,unit,area,group,period,value
Brå anmälda brott,Samtliga brott,count,Exempelby,,2024,1234
Brå anmälda brott,Samtliga brott,per100k,Exempelby,,2024,5678
Brå anmälda brott,Samtliga brott,count,Provstad,,2024,12004
Brå anmälda brott,Samtliga brott,per100k,Provstad,,2024,9100'
	# the page shows the same command
	grep -q 'gsub(/ /, "", $2); gsub(/ /, "", $3);' "$TOP/man/man1/trygg-reference.1"
}

# --- options ---

@test "--from with an unknown source is a usage error" {
	run --separate-stderr trygg-reference --from ntu x.csv
	assert_failure 2
	assert_output ''
	assert_equal "$stderr" "trygg-reference: unknown source 'ntu' for --from (known: bra-sol)
Try 'trygg-reference --help' for more information."
}

@test "--help and --version" {
	run trygg-reference --help
	assert_success
	assert_line --index 0 'Usage: trygg-reference [OPTION]... [FILE]...'
	assert_line --index 1 '  or:  trygg-reference --from bra-sol [OPTION]... [FILE]...'
	assert_line --partial '      --from=SOURCE      convert from SOURCE: bra-sol, the export of Brå'"'"'s'
	run trygg-reference --version
	assert_success
	assert_output --regexp '^trygg-reference \(trygg\) [0-9]'
}

@test "messages in Swedish with LANGUAGE=sv" {
	run --separate-stderr env LANGUAGE=sv trygg-reference tidy_novalue.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-reference: tidy_novalue.csv:1: kolumnen 'value' saknas
trygg-reference: ingenting skrivet (fel: 1)"
}

@test "a broken quote in the header or in a SOL export is an error with its line" {
	printf '"source,indicator,unit,area,period,value\n' >badhead.csv
	run --separate-stderr trygg-reference -q badhead.csv
	assert_failure 1
	[[ "${stderr%%$'\n'*}" == "trygg-reference: badhead.csv:1: "* ]] || fail "$stderr"
	run --separate-stderr trygg-reference -q --from bra-sol badhead.csv
	assert_failure 1
	[[ "${stderr%%$'\n'*}" == "trygg-reference: badhead.csv:1: "* ]] || fail "$stderr"
	{ cat sol_count_only.txt; printf 'Hela landet;"Samtliga brott;År;2023;1;\n'; } >solquote.txt
	run --separate-stderr trygg-reference -q --from bra-sol solquote.txt
	assert_failure 1
	[[ "${stderr%%$'\n'*}" == "trygg-reference: solquote.txt:3: "* ]] || fail "$stderr"
}

@test "a full disk is an error, status 1" {
	run --separate-stderr bash -c 'trygg-reference -q tidy_mixed.csv >/dev/full'
	assert_failure 1
	assert_equal "$stderr" 'trygg-reference: write error: No space left on device'
}
