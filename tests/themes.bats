#!/usr/bin/env bats
# trygg-themes: theme and place tagging of free text.
load common

setup() {
	setup_scratch
	T="$FIX/themes"
	# The place codes and labels of the codebook, fixed for these tests.
	CB="$T/codebook.csv"
}

# Every row of sentences.csv in GROUP carries the themes and places it must
# get; trygg-themes replaces those columns, so the output must equal the
# input exactly.  A difference shows which sentence went wrong.
check_group() {
	{ head -n 1 "$T/sentences.csv"; grep "^$1," "$T/sentences.csv"; } >expected.csv
	[ "$(wc -l <expected.csv)" -gt 2 ]
	run trygg-themes -c free_text -k "$CB" expected.csv
	assert_success
	diff -u expected.csv <(printf '%s\n' "$output")
}

@test "theme poor_lighting: dark, lamps, lighting; not elljusspår or upplysning" { check_group poor_lighting; }
@test "theme vegetation: buskar, sly, häck, hidden; not buskörning or trädgård" { check_group vegetation; }
@test "theme drugs: knarkare, langar, hasch, säljer grejer; not 'drog iväg' or smoking" { check_group drugs; }
@test "theme drunk_people: fulla gubbar, fyllon, berusade; not full buses" { check_group drunk_people; }
@test "theme gangs: gänget, äldre killar, ungdomsgäng; not gångvägen" { check_group gangs; }
@test "theme harassment: följde efter, skriker efter, hotad; not English 'hot'" { check_group harassment; }
@test "theme violence: slagsmål, bråkar, slagen, fights; not bråkdel" { check_group violence; }
@test "theme theft: cyklar försvinner, stulen, inbrott, rånad; not Rånäs" { check_group theft; }
@test "theme vandalism: klotter, sparkat sönder, krossade; not 'lampan är trasig'" { check_group vandalism; }
@test "theme litter: skräp, nedskräpning, fimpar; not skrämmande" { check_group litter; }
@test "theme traffic: mopedkillar, buskörning, kör för fort; not 'kör hem'" { check_group traffic; }
@test "theme public_transport: bussen, pendeln, 401:an, train; not buskarna" { check_group public_transport; }
@test "theme no_adults: inga vuxna, nattvandrare, vakter, kameror; not vaktmästaren" { check_group no_adults; }
@test "theme police: polisen, kommunpolis, aina; not politiker" { check_group police; }
@test "places: synonyms and inflections, codebook order, not inside other words" { check_group places; }

@test "canonical CSV: two columns appended, quoting and line breaks kept" {
	run trygg-themes -k "$CB" "$T/canonical.csv"
	assert_success
	assert_output "$(cat "$T/tagged.csv")"
}

@test "existing themes and mentioned_places columns are replaced in place" {
	sed 's/poor_lighting|drugs|drunk_people|no_adults,resecentrum$/stale,stale/' \
		"$T/tagged.csv" >stale.csv
	grep -q stale stale.csv
	run trygg-themes -k "$CB" stale.csv
	assert_success
	assert_output "$(cat "$T/tagged.csv")"
}

@test "-c picks the text columns" {
	run trygg-themes -c suggestion -k "$CB" "$T/canonical.csv"
	assert_success
	assert_line --index 2 --partial ',mer vakter,no_adults,'
	assert_line --index 4 --partial ',Mer poliser vid torget i Nödinge,police,ale_torg'
}

@test "several files and stdin: one header, records in order" {
	run trygg-themes -k "$CB" "$T/canonical.csv" - <"$T/canonical.csv"
	assert_success
	[ "$(printf '%s\n' "$output" | grep -c '^response_id,')" -eq 1 ]
	[ "$(printf '%s\n' "$output" | grep -c '^street-manual-L4,')" -eq 2 ]
}

@test "CRLF input gives LF output; blank lines are skipped" {
	printf 'id,free_text\r\n1,mörkt\r\n\r\n2,\r\n' >crlf.csv
	run trygg-themes -c free_text -k "$CB" crlf.csv
	assert_success
	assert_output "$(printf 'id,free_text,themes,mentioned_places\n1,mörkt,poor_lighting,\n2,,,')"
}

@test "placeholders are not words: [NAME] and [PHONE] never match" {
	printf 'id,free_text\n1,[NAME] och [NAME-3f9a1c] ringde [PHONE]\n2,my name is on my phone\n' >ph.csv
	run trygg-themes -c free_text -l "$T/words.csv" -k "$CB" ph.csv
	assert_success
	assert_line --index 1 '1,[NAME] och [NAME-3f9a1c] ringde [PHONE],,'
	assert_line --index 2 '2,my name is on my phone,named|phoned,'
}

@test "the shipped lexicon and codebook tag the brief's examples" {
	printf 'id,free_text\n1,vid resecentrumet e mörkt och [NAME] langar\n2,torget i Nödinge\n' >d.csv
	run trygg-themes -c free_text d.csv
	assert_success
	assert_line --index 1 '1,vid resecentrumet e mörkt och [NAME] langar,poor_lighting|drugs,resecentrum'
	assert_line --index 2 '2,torget i Nödinge,,ale_torg'
}

@test "a missing text column is an error naming the column" {
	run trygg-themes -k "$CB" - <<<$'id,text\n1,a'
	assert_failure 1
	assert_output 'trygg-themes: -:1: no column named free_text'
}

@test "a ragged row is an error with its line, never its contents" {
	printf 'id,free_text,suggestion\n1,hemligt,b\n2,Kalle Anka\n' >r.csv
	run trygg-themes -k "$CB" r.csv
	assert_failure 1
	assert_line --index 2 'trygg-themes: r.csv:3: expected 3 fields, found 2'
	refute_output --partial 'Kalle'
}

@test "invalid UTF-8 is an error with its line" {
	printf 'id,free_text\n1,a\xff\n' >u.csv
	run trygg-themes -c free_text -k "$CB" u.csv
	assert_failure 1
	assert_line --index 1 'trygg-themes: u.csv:2: invalid UTF-8'
}

@test "files with different columns are refused" {
	printf 'id,free_text\n1,a\n' >a.csv
	printf 'id,free_text,x\n1,a,b\n' >b.csv
	run trygg-themes -c free_text -k "$CB" a.csv b.csv
	assert_failure 1
	assert_line --index 2 'trygg-themes: b.csv:1: the columns differ from those of the first input'
}

@test "a bad pattern is reported at its lexicon line" {
	printf 'theme,language,pattern\nok,en,fine\nbad,en,(open\n' >lex.csv
	run trygg-themes -l lex.csv -k "$CB" /dev/null
	assert_failure 1
	assert_output 'trygg-themes: lex.csv:3: invalid pattern at offset 5: missing closing parenthesis'
}

@test "a lexicon without a pattern column is refused" {
	printf 'theme,regex\nx,y\n' >lex.csv
	run trygg-themes -l lex.csv -k "$CB" /dev/null
	assert_failure 1
	assert_output 'trygg-themes: lex.csv:1: the header needs a theme (or place) and a pattern column'
}

@test "a missing input file is an I/O error" {
	run trygg-themes -k "$CB" nosuch.csv
	assert_failure 1
	assert_output 'trygg-themes: cannot open nosuch.csv: No such file or directory'
}

@test "a full disk is an error, not success" {
	run sh -c 'trygg-themes -k "$1" "$2" >/dev/full' sh "$CB" "$T/canonical.csv"
	assert_failure 1
	assert_output 'trygg-themes: write error: No space left on device'
}

@test "usage errors exit 2" {
	run trygg-themes --bogus
	assert_failure 2
	assert_output "$(printf "trygg-themes: unknown option '--bogus'\nTry 'trygg-themes --help' for more information.")"
	run trygg-themes -c ''
	assert_failure 2
	assert_line --index 0 'trygg-themes: -c needs at least one column name'
}

@test "--help and --version" {
	run trygg-themes --help
	assert_success
	assert_line --index 0 'Usage: trygg-themes [OPTION]... [FILE]...'
	assert_output --partial '-c, --columns=COLS'
	run trygg-themes --version
	assert_success
	assert_output 'trygg-themes (trygg) 0.1.0'
}

@test "messages in Swedish with LANGUAGE=sv" {
	run env LANGUAGE=sv trygg-themes -k "$CB" - <<<$'id,text\n1,a'
	assert_failure 1
	assert_output 'trygg-themes: -:1: ingen kolumn heter free_text'
}

@test "the shipped lexicon has every required theme, in both languages" {
	for t in poor_lighting vegetation drugs drunk_people gangs harassment violence \
		theft vandalism litter traffic public_transport no_adults police; do
		grep -q "^$t,sv," "$TOP/share/trygg/themes.csv" || fail "no Swedish pattern for $t"
		grep -q "^$t,en," "$TOP/share/trygg/themes.csv" || fail "no English pattern for $t"
	done
}

@test "streams a large input with constant memory" {
	awk 'BEGIN { print "id,free_text"; for (i = 0; i < 50000; i++) print i ",det e mörkt vid resecentrumet" }' >big.csv
	run sh -c 'trygg-themes -c free_text -k "$1" big.csv | tail -n 1' sh "$CB"
	assert_success
	assert_output '49999,det e mörkt vid resecentrumet,poor_lighting,resecentrum'
}
