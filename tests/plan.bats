#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# trygg-plan: the situation picture and draft action plan from tallies.
# The fixtures in tests/fixtures/plan are hand-made tallies (one of 360
# answers, one of the period before); pct and the Wilson intervals in them
# were computed by hand: e.g. women 60/190 = 31.58% -> 31.6, Wilson 95%
# (z = 1.96) 25.4-38.5.
load common

P="$BATS_TEST_DIRNAME/fixtures/plan"
NB=$'\xc2\xa0'  # the no-break space of Swedish number formatting

# Only the measures catalogue from the tree: without a codebook the
# built-in names are used, so these tests do not change when the
# codebook does (one test below uses a fixture codebook).
setup() {
	setup_measures_only
}

all_inputs() {
	echo "$P/total.csv" "$P/by-gender.csv" "$P/by-source.csv"
}

# The long fixtures: the example exports of two months tallied by hand
# after the long-format contract (tests/fixtures/plan/long/make.sh).
L="$BATS_TEST_DIRNAME/fixtures/plan/long"
long_report() {
	trygg-plan --period 2026-10 --previous "$L/prev" --quotes "$L/answers.csv" \
		-e "$P/reference.csv" -e "$P/reference-crime.csv" "$@" "$L/tally.csv"
}

# ---- Markdown, English ----

@test "md: title, parts in the law's order and the headline by channel" {
	run trygg-plan $(all_inputs)
	assert_success
	assert_line --index 0 "# Safety and insecurity: situation picture"
	assert_line "- **360** answers"
	assert_line "- **27.4%** Pupils (school survey): feel unsafe out alone late in the evening (base 146)"
	assert_line "- **19.9%** Municipal staff: feel unsafe out alone late in the evening (base 176)"
	assert_line "- **25.0%** Street interviews: feel unsafe out alone late in the evening (base 28)"
	run sh -c "trygg-plan $(all_inputs) | grep '^## '"
	assert_output "## 1. Who answered
## 2. Mapping: insecurity, places and problems
## 3. Victimisation and worry
## 4. Where and when, young and old
## 5. In their own words: problems and suggestions
## 6. Analysis
## 7. Sources and limitations
## 8. Draft action plan"
}

@test "md: no pooled share without weights; breakdown tables with their bases" {
	run trygg-plan $(all_inputs)
	assert_success
	assert_line "The share unsafe is given channel by channel: the channels reach different people (pupils, municipal staff, people met in the street), so without weights one figure for all of them would describe no population."
	refute_output --partial "23.4%"
	assert_line "| Women | 31.6% | 25.4–38.5 | 60 | 190 |"
	assert_line "| Pupils (school survey) | 27.4% | 20.8–35.1 | 40 | 146 |"
	assert_line "| Gender | Share unsafe | 95% confidence interval | n | Base |"
}

@test "the report refuses to go out without its headline unless told" {
	run trygg-plan "$P/total.csv"
	assert_failure 1
	assert_output "trygg-plan: no headline figure: the tallies hold no share unsafe by channel that can be shown (tally safety by source, or give --allow-no-headline)"
	run --separate-stderr trygg-plan --allow-no-headline "$P/total.csv"
	assert_success
	assert_equal "$stderr" "trygg-plan: no headline figure: the report is written without it (--allow-no-headline)"
	assert_line --index 0 "# Safety and insecurity: situation picture"
	run trygg-plan -q --allow-no-headline "$P/total.csv"
	assert_success
	# every channel's share tallied but withheld: the report goes out and
	# says why the figure is missing
	printf 'source,variable,value,n,base,pct,ci_low,ci_high,note\nschool,safety,unsafe,,40,,,,suppressed\n' > hidden.csv
	run --separate-stderr trygg-plan hidden.csv
	assert_success
	assert_equal "$stderr" "trygg-plan: the headline share is not shown: too few answers (disclosure control)"
	# one channel only: the total is that channel's share
	printf 'variable,value,n,base,pct,ci_low,ci_high,note\nsource,school,50,50,100.0,92.9,100.0,\nsafety,unsafe,10,50,20.0,11.2,33.0,\n' > one.csv
	run trygg-plan one.csv
	assert_success
	assert_line "- **20.0%** Pupils (school survey): feel unsafe out alone late in the evening (base 50)"
}

@test "weights: a pooled share labelled with its population, effective n in tables and tests" {
	run trygg-plan "$P/weighted.csv"
	assert_success
	assert_line "- **21.9%** all channels together, weighted to the population the weights describe"
	assert_line "| Channel | Share unsafe | 95% confidence interval | n | Base | Effective n |"
	assert_line "| Pupils (school survey) | 28.6% | 18.0–42.3 | 30 | 100 | 50 |"
	assert_line --partial "All channels together, weighted: 21.9% (95% confidence interval 14.9–31.0; 47 of 200, effective n 100) feel unsafe"
	# 28.6% against 15.2% of 100 each would be significant (p = 0.02); of
	# an effective 50 each it is not (p = 0.11): the test uses the
	# effective n
	assert_line "No difference between groups is large enough to be probably not chance alone, once the number of comparisons is taken into account."
	assert_line --partial "Passing: 0. Another 0 would pass at the 5% level taken alone"
}

@test "an effective n from the finite-population correction is used, but is no weight" {
	# trygg-tally -n: n_eff above the base, shares are n/base
	printf 'by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff\n,,safety,unsafe,47,200,23.5,18.2,29.8,,200.00\nsource,school,safety,unsafe,30,100,30.0,23.0,38.0,,140.00\nsource,staff,safety,unsafe,17,100,17.0,12.0,23.6,,160.00\n' > fpc.csv
	run trygg-plan fpc.csv
	assert_success
	refute_line --partial "weighted"
	assert_line "| Pupils (school survey) | 30.0% | 23.0–38.0 | 30 | 100 | 140 |"
	# 30% of 140 against 17% of 160: z = 2.65, p = 0.008, holds
	assert_line "- Unsafe, Channel: Pupils (school survey) 30.0% against Municipal staff 17.0%, a difference of 13.0 percentage points (95% confidence interval 3.4–22.4)."
}

# ---- suppression ----

@test "suppressed cells show the symbol in tables, charts and text" {
	run trygg-plan $(all_inputs)
	assert_line "| Other gender identity | .. | .. | .. | 7 |"
	assert_line "| Threats and violence | .. | .. | .. | 340 |"
	assert_line --partial ".. = not shown (too few answers): the cell has fewer than 5 answers"
	run trygg-plan -f txt $(all_inputs)
	assert_line "  Other gender identity |                         |    ..         ..  n=../7"
	run sh -c "trygg-plan -f html $(all_inputs) | grep -c '<text class=\"supp\"[^>]*>\.\.</text>'"
	assert_output "5"
}

@test "a cell marked suppressed never shows its figure, even if the file has one" {
	run trygg-plan -f txt --allow-no-headline "$P/leaky.csv"
	assert_success
	assert_line "  Other gender identity |                         |    ..         ..  n=../7"
	refute_output --partial "42.9"
	refute_output --partial "15.8"
	run trygg-plan -f html --allow-no-headline "$P/leaky.csv"
	refute_output --partial "42.9"
	refute_output --partial ">3<"
}

@test "--min-cell hides small cells the tally showed and states the threshold" {
	run trygg-plan --min-cell 10 "$P/by-source.csv"
	assert_success
	assert_line "| Street interviews | .. | .. | .. | 28 |"
	assert_line --partial ".. = not shown (too few answers): the cell has fewer than 10 answers"
	assert_line "- **10** smallest number of answers shown (disclosure control)"
}

@test "--min-base hides shares whose base is below it, bases still shown" {
	run trygg-plan --min-base 150 $(all_inputs)
	assert_success
	assert_line "| Pupils (school survey) | .. | .. | .. | 146 |"
	assert_line "| Municipal staff | 19.9% | 14.7–26.4 | 35 | 176 |"
	assert_line "| Men | .. | .. | .. | 148 |"
	run --separate-stderr trygg-plan -b 1000 $(all_inputs)
	assert_success
	assert_equal "$stderr" "trygg-plan: the headline share is not shown: too few answers (disclosure control)"
	run trygg-plan --min-base -1 "$P/total.csv"
	assert_failure 2
}

# ---- analysis ----

@test "differences are stated only where they hold after Holm's correction" {
	run trygg-plan $(all_inputs)
	# women 31.6% of 190 vs men 12.8% of 148: z = 4.0, p = 0.00006, holds
	# (Holm: 0.05/4); pupils 27.4% of 146 vs staff 19.9% of 176: z = 1.6,
	# not stated.
	assert_line "- Unsafe, Gender: Women 31.6% against Men 12.8%, a difference of 18.8 percentage points (95% confidence interval 9.9–27.0)."
	refute_output --partial "Channel: Pupils"
	assert_line "> Comparisons in this report: 4 (the groups of each breakdown against each other, for the share unsafe, victimised and often worried, and each share unsafe against the previous period), each a two-proportion z-test. With so many tests some differences look clear by chance alone, so Holm's correction is applied to all of them together: a difference is called probably not chance alone only if the risk that even one such statement in the report is a chance finding stays below 5%. Passing: 1. Another 0 would pass at the 5% level taken alone; they may well be chance and are not stated as findings."
	assert_line "- Comparisons made: 4, corrected together with Holm's method; see the analysis."
}

@test "Holm over every comparison: a difference significant alone is not a finding" {
	# 102 comparisons (groups of unsafe, victimised and often worried, and
	# the changes); 17 are below 5% alone, 2 hold after Holm
	run long_report
	assert_success
	assert_line --partial "> Comparisons in this report: 102 (the groups"
	assert_line --partial "Passing: 2. Another 15 would pass at the 5% level taken alone"
	assert_line "- Victims of crime, Channel: Street interviews 54.5% against Municipal staff 19.0%, a difference of 35.5 percentage points (95% confidence interval 17.1–51.4)."
	assert_line "- Victims of crime, Channel: Pupils (school survey) 53.8% against Municipal staff 19.0%, a difference of 34.8 percentage points (95% confidence interval 19.0–48.0)."
	# Älvängen's change (p = 0.004) is significant alone, not after Holm
	# (without a codebook the area's code is shown tidied)
	assert_line "| Alvangen | 19.6% | 50.0% | +30.4 | 9.1–49.1 | no |"
	assert_line "- Comparisons made: 102, corrected together with Holm's method; see the analysis."
	run long_report -L sv
	assert_line --partial "Klarar korrektionen: 2. Ytterligare 15 skulle vara signifikanta på 5 %-nivån var för sig; de kan mycket väl vara slump och anges inte som resultat."
	assert_line "Dessa skillnader är sannolikt inte enbart slump (de står sig efter korrektionen för antalet jämförelser). De beskriver dem som svarade; de visar inte varför grupperna skiljer sig åt."
}

@test "groups without an answer are shown but not compared" {
	printf 'area,variable,value,n,base,pct,ci_low,ci_high,note\nnol,safety,unsafe,10,100,10.0,5.5,17.4,\n,safety,unsafe,40,100,40.0,30.9,49.8,\n' > area.csv
	run trygg-plan --allow-no-headline area.csv
	assert_line "| (no answer) | 40.0% | 30.9–49.8 | 40 | 100 |"
	refute_line --partial "No difference between groups is large enough"
	assert_line --partial "No comparison is made in this report"
}

@test "no difference that holds gives a sentence, not a list" {
	run trygg-plan "$P/by-source.csv"
	assert_line "No difference between groups is large enough to be probably not chance alone, once the number of comparisons is taken into account."
}

@test "--previous: change, interval and whether it holds, per group; no pooled row" {
	run trygg-plan --previous "$P/prev" $(all_inputs)
	assert_success
	assert_line "| Women | 19.4% | 31.6% | +12.2 | 3.3–20.8 | yes |"
	assert_line "| Men | 14.0% | 12.8% | −1.2 | −9.1–6.8 | no |"
	assert_line "| Other gender identity | .. | .. | .. | .. | .. |"
	refute_line --partial "| All respondents"
	refute_output --partial "No previous period was given"
}

@test "without --previous the report says no change is shown" {
	run trygg-plan "$P/by-source.csv"
	assert_line "No previous period was given, so no change is shown."
}

@test "--previous with none of the files there warns and shows no change" {
	mkdir empty
	run trygg-plan --previous empty "$P/by-source.csv"
	assert_success
	assert_line --index 0 "trygg-plan: empty: none of the tally files is there; no change is shown"
}

@test "--population gives the response rate per channel" {
	run trygg-plan --population "$P/population.csv" "$P/total.csv" "$P/by-source.csv"
	assert_success
	assert_line "360 people answered through 3 channels."
	assert_line "| Pupils (school survey) | 150 | 600 | 25.0% |"
	assert_line "| Municipal staff | 180 | 2,800 | 6.4% |"
	assert_line "| Street interviews | 30 | – | – |"
}

@test "without a source tally, answers per channel come from the largest base" {
	run trygg-plan "$P/by-source.csv"
	assert_line "350 people answered through 3 channels."
	assert_line "| Pupils (school survey) | 146 | – | – |"
	assert_line --partial "Answers per channel are the number who answered the safety question"
}

# ---- action plan ----

@test "action plan rows tie a measure to a problem, its figure and baseline" {
	run trygg-plan -f txt "$P/total.csv" "$P/by-source.csv"
	assert_success
	assert_line "  * No.: 2"
	assert_line "    Problem (figure): Poor lighting: 41.2% (95% confidence interval 36.1–46.5;"
	assert_line --partial "    Measure: Lighting survey and relighting"
	assert_line "    Baseline: 41.2%"
	assert_line "    Status: Proposed (not started)"
	run sh -c "trygg-plan '$P/total.csv' '$P/by-source.csv' | grep -c '^| [0-9]* | '"
	assert_output "10"
}

@test "action plan never starts from a suppressed figure" {
	run trygg-plan "$P/total.csv" "$P/by-source.csv"
	refute_line --partial "| Threats and violence:"
	refute_line --partial "| Bridges:"
}

@test "--measures reads another catalogue" {
	F="$BATS_TEST_DIRNAME/fixtures/measures"
	run trygg-plan -f txt --measures "$F/catalogue.csv" "$P/total.csv" "$P/by-source.csv"
	assert_success
	assert_line "    Measure: Sweep daily"
	assert_line "    Who: Responsible: streets and parks. Partners: urban planning, property"
	assert_line "      owners and housing companies."
	run trygg-plan -f txt --lang sv --measures "$F/catalogue.csv" "$P/total.csv" "$P/by-source.csv"
	assert_line "    Åtgärd: Sopa dagligen"
}

# ---- formats ----

@test "txt: fixed-width text bars and aligned tables" {
	run trygg-plan -f txt --population "$P/population.csv" $(all_inputs)
	assert_success
	assert_line "1. Who answered"
	assert_line "  Pupils (school survey)      150                  600          25.0%"
	# 31.6% of a 25-character bar = 7.9 -> 8 marks; 12.8% -> 3.2 -> 3
	assert_line "  Women                 |########                 | 31.6%  25.4–38.5  n=60/190"
	assert_line "  Men                   |###                      | 12.8%   8.4–19.2  n=19/148"
	# every line fits 78 columns and has no trailing blanks; only a web
	# address of a source, which cannot be broken, may stand alone wider
	trygg-plan -f txt --population "$P/population.csv" --previous "$P/prev" $(all_inputs) > out.txt
	while IFS= read -r line; do
		[ "${#line}" -le 78 ] || [[ "$line" =~ ^\ +https?://[^\ ]+$ ]] ||
			fail "too wide: $line"
		[ "$line" = "${line% }" ] || fail "trailing blank: $line"
	done < out.txt
}

@test "html: one self-contained page with charts and tables" {
	run trygg-plan -f html --title "Ale <2026>" $(all_inputs)
	assert_success
	assert_line --index 0 "<!DOCTYPE html>"
	assert_line '<html lang="en">'
	assert_line --partial "<title>Ale &lt;2026&gt;</title>"
	assert_line --partial "@media print"
	run sh -c "trygg-plan -f html $(all_inputs) | grep -c '<svg role=\"img\"'"
	assert_output "5"
	run sh -c "trygg-plan -f html $(all_inputs) | grep -c '<table class=\"data\">'"
	assert_output "6"
	# nothing is fetched: no scripts, links, imports or attributes with
	# external URLs (the sources' web addresses are text, not links)
	run sh -c "trygg-plan -f html $(all_inputs) | grep -Eio '<script|<link|@import|url\\(|src=|[a-z:]+=\"https?://[^\"]*' | sort -u"
	assert_output 'xmlns="http://www.w3.org/2000/svg'
}

@test "html and md escape text from the tallies" {
	run trygg-plan -f html --allow-no-headline "$P/markup.csv"
	assert_success
	assert_output --partial "&lt;script&gt;x&lt;/script&gt;"
	refute_output --partial "<script>"
	run trygg-plan --allow-no-headline "$P/markup.csv"
	assert_output --partial '| \<script\>x\</script\> | 40.0% |'
	assert_output --partial '| A\|b\* c | 30.0% |'
}

@test "--codebook names places and areas; other columns keep the built-in names" {
	run trygg-plan -f txt --codebook "$P/codebook.csv" "$P/total.csv" "$P/by-source.csv" "$P/by-gender.csv"
	assert_success
	assert_line --partial "  Travel centre                |"
	assert_line --partial "  Ale torg                     |"
	assert_line --partial "  Women                 |"
	run trygg-plan -f txt --lang sv --codebook "$P/codebook.csv" "$P/total.csv" "$P/by-source.csv"
	assert_line --partial "  Resecentrum            |"
	run trygg-plan --codebook nope.csv "$P/total.csv" "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: nope.csv: No such file or directory"
}

@test "the data directory's codebook is used by default" {
	ln -s "$TOP/share/trygg/codebook.csv" data/codebook.csv
	run trygg-plan --codebook "$TOP/share/trygg/codebook.csv" "$P/total.csv" "$P/by-source.csv"
	expected="$output"
	run trygg-plan "$P/total.csv" "$P/by-source.csv"
	assert_success
	assert_equal "$output" "$expected"
}

# ---- Swedish ----

@test "sv md: Swedish texts and decimal comma" {
	run trygg-plan --lang sv --population "$P/population.csv" $(all_inputs)
	assert_success
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	assert_line "## 1. Vilka som svarade"
	assert_line "| Kommunanställda | 180 | 2${NB}800 | 6,4${NB}% |"
	assert_line "- **27,4${NB}%** Elever (skolenkät): känner sig otrygga ute ensamma sent på kvällen (bas 146)"
	assert_line "- Otrygga, Kön: Kvinnor 31,6${NB}% mot Män 12,8${NB}%, en skillnad på 18,8 procentenheter (konfidensintervall 95 %: 9,9–27,0)."
	assert_line "| Kön | Andel otrygga | Konfidensintervall (95 %) | n | Bas |"
	assert_line "> .. = redovisas inte (för få svar): cellen har färre än 5 svar, eller har dolts så att en sådan cell inte kan räknas fram ur de andra. Intervallet är ett konfidensintervall (95 %) enligt Wilson; n är antalet med svaret, basen antalet som besvarade frågan."
	assert_line "- Elever (skolenkät): verktyg anges inte, period anges inte; 150 svarade av 600 inbjudna eller anställda (svarsfrekvens 25,0${NB}%)."
	assert_line "| Kvinnor | 31,6${NB}% | 25,4–38,5 | 60 | 190 |"
	assert_line "| Annan könsidentitet | .. | .. | .. | 7 |"
}

@test "sv txt and html: Swedish headings, bars and plan" {
	run trygg-plan -f txt --lang sv --previous "$P/prev" $(all_inputs)
	assert_success
	assert_line "8. Utkast till åtgärdsplan"
	assert_line "  Kvinnor             |########                 | 31,6${NB}%  25,4–38,5  n=60/190"
	# the change table is too wide for the page: one record per group
	assert_line "  * Grupp: Kvinnor"
	assert_line "    Sannolikt inte enbart slump: ja"
	assert_line --partial "    Åtgärd: Belysningsinventering och ny belysning"
	run trygg-plan -f html --lang sv $(all_inputs)
	assert_line '<html lang="sv">'
	assert_line --partial '<h2 id="part-1"><span class="num">1.</span> Vilka som svarade</h2>'
}

@test "the locale's language is used without --lang" {
	LANGUAGE=sv run trygg-plan "$P/total.csv" "$P/by-source.csv"
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	LANGUAGE=sv run trygg-plan --lang en "$P/total.csv" "$P/by-source.csv"
	assert_line --index 0 "# Safety and insecurity: situation picture"
}

@test "--lang sv works even in the C locale" {
	LC_ALL=C run trygg-plan --lang sv "$P/total.csv" "$P/by-source.csv"
	assert_success
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	assert_line "- **27,4${NB}%** Elever (skolenkät): känner sig otrygga ute ensamma sent på kvällen (bas 146)"
}

# ---- options and errors ----

@test "--title and --period appear in the report" {
	run trygg-plan --title "Ale kommun" --period 2026-10 "$P/total.csv" "$P/by-source.csv"
	assert_line --index 0 "# Ale kommun"
	assert_line "Period: 2026-10. Draft for the local crime-prevention council."
	assert_line "- Pupils (school survey): tool not stated, 2026-10; 150 answered."
}

@test "--help and --version" {
	run trygg-plan --help
	assert_success
	assert_line --index 0 "Usage: trygg-plan [OPTION]... TALLY..."
	assert_line --partial "--population=FILE"
	run trygg-plan --version
	assert_success
	assert_output --regexp '^trygg-plan \(trygg\) [0-9]'
}

@test "usage errors exit 2" {
	run trygg-plan --format pdf "$P/total.csv" "$P/by-source.csv"
	assert_failure 2
	assert_line --index 0 "trygg-plan: unknown format 'pdf' (use md, html or txt)"
	run trygg-plan --lang de "$P/total.csv" "$P/by-source.csv"
	assert_failure 2
	assert_line --index 0 "trygg-plan: unknown language 'de' (use sv or en)"
	run trygg-plan
	assert_failure 2
	assert_line --index 0 "trygg-plan: no tally files given"
	run trygg-plan --min-cell -1 "$P/total.csv" "$P/by-source.csv"
	assert_failure 2
}

@test "a missing file exits 1 and names it" {
	run trygg-plan nope.csv
	assert_failure 1
	assert_output "trygg-plan: nope.csv: No such file or directory"
	run trygg-plan --previous nodir "$P/total.csv" "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: nodir: No such file or directory"
}

@test "malformed tallies exit 1 with file and line, never cell contents" {
	run trygg-plan "$P/bad-header.csv"
	assert_failure 1
	assert_output "trygg-plan: $P/bad-header.csv:1: not a tally: no column 'ci_low'"
	run trygg-plan "$P/bad-number.csv"
	assert_failure 1
	assert_output "trygg-plan: $P/bad-number.csv:2: bad number in column 'n'"
	run trygg-plan "$P/ragged.csv"
	assert_failure 1
	assert_output "trygg-plan: $P/ragged.csv:2: expected 8 fields, found 4"
	printf 'variable,value,n,base,pct,ci_low,ci_high,note\nsafety,unsafe,90,50,23.4,19.3,28.1,\n' > inconsistent.csv
	run trygg-plan inconsistent.csv
	assert_failure 1
	assert_output "trygg-plan: inconsistent.csv:2: inconsistent figures (n, base, pct and interval do not agree)"
	: > empty.csv
	run trygg-plan empty.csv
	assert_failure 1
	assert_output "trygg-plan: empty.csv:1: not a tally: the file is empty"
}

@test "a bad population file exits 1" {
	run trygg-plan --population "$P/bad-population.csv" "$P/total.csv" "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: $P/bad-population.csv:2: the population must be a plain decimal number, such as 2800"
	for v in inf 1e400 0x10 -5 ''; do
		printf 'source,population\nschool,%s\n' "$v" >pop.csv
		run trygg-plan --population pop.csv "$P/total.csv" "$P/by-source.csv"
		assert_failure 1
		assert_output "trygg-plan: pop.csv:2: the population must be a plain decimal number, such as 2800"
	done
	printf 'source,population\nschool,0\n' >pop.csv
	run trygg-plan --population pop.csv "$P/total.csv" "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: pop.csv:2: the population must be a number above 0"
}

@test "a full disk is an error, not success" {
	run sh -c "trygg-plan '$P/total.csv' > /dev/full"
	assert_failure 1
}

# ---- the long format (the tally contract) ----

@test "long tallies give the same report as the wide ones" {
	trygg-plan $(all_inputs) | sed '$d' > wide.md
	trygg-plan "$P/all-long.csv" | sed '$d' > long.md
	run diff wide.md long.md
	assert_success
	# unknown columns after note are ignored; n_eff is read
	printf 'by,group,variable,value,n,base,pct,ci_low,ci_high,note,extra\nsource,school,safety,unsafe,10,40,25.0,14.2,40.2,,x\n' > extra.csv
	run trygg-plan extra.csv
	assert_success
	assert_line "| Pupils (school survey) | 25.0% | 14.2–40.2 | 10 | 40 |"
	printf 'by,group,variable,value,n,base,pct,ci_low,ci_high,note,n_eff\nsource,school,safety,unsafe,10,40,25.0,14.2,40.2,,abc\n' > bad.csv
	run trygg-plan bad.csv
	assert_failure 1
	assert_output "trygg-plan: bad.csv:2: bad number in column 'n_eff'"
}

# ---- part 1: victimisation, worry and consequences ----

@test "victimisation and worry beside unsafety by channel, gender, age and area" {
	run long_report
	assert_success
	assert_line "## 3. Victimisation and worry"
	assert_line "| Channel | Unsafe | Victims of crime | Often worried |"
	assert_line "| Pupils (school survey) | 49.5% (105) | 53.8% (78) | 56.4% (110) |"
	assert_line "| Municipal staff | 33.3% (87) | 19.0% (63) | 40.0% (90) |"
	assert_line "| Women | 41.0% (134) | 45.5% (99) | 46.8% (139) |"
	assert_line "| 65+ years | 36.4% (22) | .. (16) | 43.5% (23) |"
	assert_line "| Surte | 41.9% (31) | 60.9% (23) | 51.5% (33) |"
	# those living outside the municipality are not in the area table
	refute_line --partial "| Outside the municipality | 30.4% (23)"
	assert_line "Living outside the municipality (they answer about their own area there, and are not in the table): Unsafe 30.4% (23); Victims of crime 31.8% (22); Often worried 34.6% (26)."
	run long_report -L sv
	assert_line "## 3. Utsatthet och oro"
	assert_line "| Kanal | Otrygga | Utsatta för brott | Ofta oroliga |"
	assert_line "| Elever (skolenkät) | 49,5${NB}% (105) | 53,8${NB}% (78) | 56,4${NB}% (110) |"
}

@test "staying in because of insecurity is shown as a consequence where tallied" {
	printf 'source,variable,value,n,base,pct,ci_low,ci_high,note\nschool,safety,unsafe,20,100,20.0,13.3,28.9,\nschool,safety,5,6,100,6.0,2.8,12.5,\nschool,victim_12m,yes,30,90,33.3,24.5,43.6,\n' > stay.csv
	run trygg-plan stay.csv
	assert_line "| Channel | Unsafe | Victims of crime | Stay in |"
	assert_line "| Pupils (school survey) | 20.0% (100) | 33.3% (90) | 6.0% (100) |"
}

@test "without victimisation and worry tallies the part says what to tally" {
	run trygg-plan $(all_inputs)
	assert_line 'The tallies hold neither victimisation (victim\_12m) nor worry (worry): tally them to complete this part.'
}

# ---- part 2: reference figures ----

@test "-e: NTU figures beside the survey's, marked as residents 16–84" {
	run long_report
	assert_line "### Compared with the national crime survey (NTU)"
	assert_line "NTU describes residents aged 16–84 (the last column says whom each figure covers). The respondents here are other groups: pupils aged 13–19; municipal staff, some of whom live elsewhere; people interviewed where they were, who chose to stop. The figures are set side by side for orientation, not tested against each other."
	assert_line "**Unsafe out alone late in the evening in one's own area: the same measure as NTU's**"
	assert_line "| This survey | Pupils (school survey) | 2026-10 | 49.5% | 105 who answered |"
	# the latest period of each series: 2023, not 2022
	assert_line "| NTU, Sweden | Everyone | 2023 | 26% | befolkningen 16–84 år |"
	refute_line --partial "| 2022 | 27% |"
	assert_line "| NTU, Sweden | Women | 2023 | 34% | kvinnor 16–84 år |"
	assert_line "| NTU, Sweden | Everyone | 2021 | 19.5% | befolkningen 16–84 år |"
	assert_line "> NTU's nearest measure is the share who worry to a large extent about crime in society: a different question (worry about society, not about becoming a victim oneself)."
	assert_line "| Brå anmälda brott | Samtliga brott | Testby | 2025 | 12,345 per 100,000 inhabitants | – |"
	run long_report -L sv
	assert_line "### Jämfört med Nationella trygghetsundersökningen (NTU)"
	assert_line "| NTU, Riket | Samtliga | 2023 | 26${NB}% | befolkningen 16–84 år |"
	assert_line "| Brå anmälda brott | Samtliga brott | Testby | 2025 | 12${NB}345 per 100${NB}000 invånare | – |"
}

@test "-e: every reference source is named in the sources with its period" {
	run long_report
	assert_line "- Reference: NTU, Insecurity in Sweden at an all-time high (2023), https://nordictimes.com/the-nordics/sweden/insecurity-in-sweden-at-an-all-time-high/."
	assert_line "- Reference: Brå anmälda brott, no title given (2025)."
	refute_line --partial "Nationella trygghetsundersökningen 2022 (2022)"
	assert_line "- Reported crime shows what was reported, not all crime; the national survey describes residents aged 16–84, not the groups who answered here."
}

@test "-e: a bad reference file is an error with file and line (the shared loader)" {
	printf 'source,indicator,unit,area,period\nNTU,x,share,riket,2023\n' > r1.csv
	run trygg-plan -e r1.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: r1.csv:1: no column 'value'"
	printf 'source,indicator,unit,area,period,value\nNTU,x,percent,riket,2023,5\n' > r2.csv
	run trygg-plan -e r2.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: r2.csv:2: unknown unit (expected count, per100k or share)"
	printf 'source,indicator,unit,area,period,value\nNTU,x,share,riket,2023,120\n' > r3.csv
	run trygg-plan -e r3.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: r3.csv:2: a share is a percentage and cannot be above 100"
	printf 'source,indicator,unit,area,period,value\nNTU,x,share,riket,2023,-5\n' > r4.csv
	run trygg-plan -e r4.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: r4.csv:2: the value must be a number such as 27 or 19.5"
	printf 'source,indicator,unit,area,period,value,ci_low,ci_high\nNTU,x,share,riket,2023,5,6,7\n' > r5.csv
	run trygg-plan -e r5.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: r5.csv:2: the interval must hold the value: ci_low <= value <= ci_high"
	: > r6.csv
	run trygg-plan -e r6.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: r6.csv:1: the file is empty (no header line)"
	run trygg-plan -e nope.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: cannot open nope.csv: No such file or directory"
	# a spreadsheet's semicolons and decimal comma are read
	printf 'source;indicator;unit;area;period;value\nNTU;unsafe_evening;share;riket;2023;26,5\n' > r7.csv
	run trygg-plan -e r7.csv "$P/by-source.csv"
	assert_success
	assert_line "| NTU, Sweden | Everyone | 2023 | 26.5% | residents aged 16–84 |"
}

# ---- part 3: where and when, young and old ----

@test "intercepts: site x time of the interview, who was reached" {
	run long_report
	assert_line "**Street interviews by site and time of the interview**"
	assert_line "| Interview site | Morning (06–10) | Daytime (10–17) | Evening (17–22) |"
	assert_line "| Resecentrum | .. (17) | .. (13) | 43.5% (23) |"
	assert_line "Who was reached: interviews by time of day: Morning (06–10) 17, Daytime (10–17) 13, Evening (17–22) 23."
	run trygg-plan -q --allow-no-headline "$P/site-by-source.csv"
	# site and time in either order; a site without an interview slot is a dash
	assert_line "| Resecentrum | 25.0% (20) | 52.0% (25) |"
	assert_line "| Ale torg | – | .. (4) |"
	run long_report -L sv -f txt
	assert_line "  Intervjuplats  Morgon (06–10)  Dagtid (10–17)  Kväll (17–22)"
	assert_line "  Resecentrum           .. (17)         .. (13)    43,5${NB}% (23)"
}

@test "intercepts without a site column: the street channel stands in" {
	grep -v '^time_of_day|site' "$P/site-by-source.csv" > by-source.csv
	run trygg-plan -q --allow-no-headline by-source.csv
	assert_line "| Street interviews (site not recorded) | 25.0% (20) | 52.0% (25) |"
	refute_line --partial "| Pupils"
	assert_line "> The records do not say where each interview was made (no site column), so the street interviews stand in for their site."
}

@test "places by age group: bands added only when every band is shown" {
	run trygg-plan -q --allow-no-headline "$P/places-total.csv" "$P/places-by-age.csv"
	assert_line "| Place | 13–19 years | 20–64 years | 65+ years |"
	# 13-19 = (10+20)/(40+60); 20-64 hides: its 20-29 band is hidden
	assert_line "| Resecentrum | 30.0% (100) | .. (120) | 30.0% (30) |"
	assert_line "| Bridges | 12.0% (100) | 14.2% (120) | .. (30) |"
	run long_report -L sv
	assert_line "| Plats | 13–19 år | 20–64 år | 65+ år |"
	assert_line "| Resecentrum | 16,5${NB}% (115) | .. (118) | 26,1${NB}% (23) |"
}

@test "html: heat maps with numbers in the cells, a text alternative and a table" {
	run trygg-plan -f html -q --allow-no-headline "$P/places-total.csv" "$P/places-by-age.csv"
	assert_success
	assert_line --partial '<figure class="chart heatmap" id="chart-'
	assert_line --regexp '^<svg role="img" aria-labelledby="chart-[0-9]+-title" aria-describedby="chart-[0-9]+-desc"'
	assert_line --regexp '^<desc id="chart-[0-9]+-desc">Highest: Resecentrum, 13–19 years: 30.0% \(100\)\. Lowest: Bridges, 13–19 years: 12.0% \(100\)\. The table beside the picture gives every figure\.</desc>$'
	assert_line '<text class="hm-v hm-light" x="242" y="54" text-anchor="middle">30.0%</text>'
	assert_line '<title>Bridges, 65+ years: .. (30)</title>'
	run sh -c "trygg-plan -f html -q --allow-no-headline '$P/places-total.csv' '$P/places-by-age.csv' | grep -c '<rect class=\"hm-cell hm-supp\"'"
	assert_output "2"
}

# ---- part 4: the citizens' own words ----

@test "quotes: typical answers (closest to the median length), by the channel only" {
	run trygg-plan --quotes "$P/quotes-answers.csv" "$P/quotes-tally.csv"
	assert_success
	assert_line "Darkness and lighting (7 answers):"
	# median length 40: the staff answer of length 40 is left out (only
	# 1 staff answer), and so is the one with a placeholder
	assert_line "> “Det är mörkt vid gångtunneln på kvällen.”"
	assert_line "> “Lamporna på cykelvägen är trasiga sedan länge.”"
	assert_line "> “Mörkt vid skolan när man går hem från träningen.”"
	refute_output --partial "stationen om kvällarna"
	refute_output --partial "[NAME]"
	refute_output --partial "> — Municipal staff"
	assert_line "> — Pupils (school survey)"
	# suggestions are quoted apart
	assert_line "### Suggestions"
	assert_line "All suggestions (6 answers):"
	assert_line "> “Belys skolgården på kvällen.”"
	run trygg-plan -f txt -L sv --quotes "$P/quotes-answers.csv" "$P/quotes-tally.csv"
	assert_line "    ”Det är mörkt vid gångtunneln på kvällen.”"
	assert_line "      — Elever (skolenkät)"
}

@test "quotes never come from a group or channel below the threshold" {
	run trygg-plan -m 7 --quotes "$P/quotes-answers.csv" "$P/quotes-tally.csv"
	assert_success
	assert_line "Darkness and lighting (7 answers):"
	assert_line "> No answer can be quoted: too few answers in the group or in each channel, or none short enough."
	refute_output --partial "> “"
	# every quote of the example month: its theme or place has at least 5
	# answers of the quote's channel
	run long_report
	n=$(grep -c '^> “' <<<"$output")
	[ "$n" -eq 15 ] || fail "expected 15 quotes, found $n"
	# check each against the answers: its group and channel are large enough
	grep -o '^> “[^”]*”' <<<"$output" | sed 's/^> “//; s/”$//' > quotes.txt
	python3 - "$L/answers.csv" quotes.txt <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
for q in open(sys.argv[2]).read().splitlines():
    text_of = lambda r, c: " ".join(r[c].split())
    hits = [r for r in rows if text_of(r, "free_text") == q or text_of(r, "suggestion") == q]
    assert hits, q
    ok = False
    for r in hits:
        for col, tags in (("themes", "free_text"), ("mentioned_places", "free_text")):
            for code in filter(None, r[col].split("|")):
                group = [x for x in rows if code in x[col].split("|") and x[tags].strip()]
                same = [x for x in group if x["source"] == r["source"]]
                ok |= len(group) >= 5 and len(same) >= 5
        if text_of(r, "suggestion") == q:
            same = [x for x in rows if x["suggestion"].strip() and x["source"] == r["source"]]
            ok |= len(same) >= 5
    assert ok, q
PY
}

@test "quotes: the choice does not depend on the order of the answers" {
	run trygg-plan --quotes "$L/answers.csv" "$L/tally.csv"
	first="$output"
	{ head -1 "$L/answers.csv"; tail -n +2 "$L/answers.csv" | tac; } > reversed.csv
	run trygg-plan --quotes reversed.csv "$L/tally.csv"
	assert_equal "$output" "$first"
}

@test "quotes never hold a planted personal datum of the examples" {
	# the example exports through the pipeline, strict mode when trygg-anon has it
	strict=
	trygg-anon --help | grep -q -- '--strict' && strict=1
	export TRYGG_DATADIR="$TOP/share/trygg"
	for month in 2026-09 2026-10; do
		trygg-clean -q -r rejects.csv "$TOP"/examples/exports/$month/*.csv |
			trygg-anon -q -c free_text,suggestion | trygg-themes -q > $month.csv
		if [ -n "$strict" ]; then
			trygg-anon -q --strict -c free_text,suggestion $month.csv > $month.strict.csv
			mv $month.strict.csv $month.csv
		fi
		trygg-plan -q --quotes $month.csv "$L/tally.csv" > $month.md
		grep -q '^> “' $month.md || fail "no quotes in $month"
		run grep -F -f "$FIX/e2e/planted.txt" $month.md
		assert_failure 1
	done
}

@test "--no-quotes and no --quotes: the part says so, suggestions still counted" {
	run long_report --no-quotes
	assert_success
	assert_line "Quotes are left out of this report."
	refute_output --partial "> “"
	run trygg-plan $(all_inputs)
	assert_line "No answers were given to quote from, so the report has no quotes."
	printf 'variable,value,n,base,pct,ci_low,ci_high,note\nsuggestion_themes,poor_lighting,30,100,30.0,21.9,39.6,\n' > sugg.csv
	run trygg-plan "$P/by-source.csv" sugg.csv
	assert_line "What would make people feel safer, in their own suggestions, as a share of the 100 who made one. Suggestions are not counted as problems."
	assert_line "| Suggestions in free text | Share of suggestions | 95% confidence interval | n | Base |"
	assert_line "| Darkness and lighting | 30.0% | 21.9–39.6 | 30 | 100 |"
	# a suggestion theme never becomes a problem of the action plan
	refute_line --partial "| Darkness and lighting: raised in"
}

@test "--quotes: a file that lacks a column or cannot be read is an error" {
	printf 'source,free_text,themes\nschool,x,y\n' > q.csv
	run trygg-plan --quotes q.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: q.csv:1: no column 'suggestion'
trygg-plan: q.csv:1: no column 'mentioned_places'"
	run trygg-plan --quotes nope.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: cannot open nope.csv: No such file or directory"
	: > empty.csv
	run trygg-plan --quotes empty.csv "$P/by-source.csv"
	assert_failure 1
	assert_output "trygg-plan: empty.csv:1: the file is empty (no header line)"
}

# ---- part 5: sources and limitations ----

@test "sources name each survey: channel, tool, period, invited, answered, rate" {
	run trygg-plan -n "$P/population-tools.csv" --period 2026-10 "$L/tally.csv"
	assert_line "- Pupils (school survey): Google Formulär, 2026-10-01–2026-10-31; 110 answered of 1,450 invited or employed (response rate 7.6%). Below 20% response: those who answered may differ a great deal from those who did not."
	assert_line "- Street interviews: tool not stated, 2026-10; 56 answered."
	assert_line "- 11 of the municipal staff who answered live outside the municipality and answer about their own area there; the figures by area keep them apart."
	assert_line "- Self-selection: the street interviews reach those who were at Resecentrum when the interviews were made and chose to stop; they tell how people there feel then, not how the residents feel. Open web surveys likewise reach those who choose to answer."
	assert_line "Warning: only 3.2% of Municipal staff answered (below 20%). Those who answered may differ a great deal from those who did not; read this channel's figures with great care."
	run trygg-plan -L sv -n "$P/population-tools.csv" "$L/tally.csv"
	assert_line "- Kommunanställda: LimeSurvey, 2026-10-05–2026-10-26; 90 svarade av 2${NB}800 inbjudna eller anställda (svarsfrekvens 3,2${NB}%). Svarsfrekvens under 20 %: de som svarade kan skilja sig mycket från dem som inte svarade."
	assert_line "- 11 av de kommunanställda som svarade bor utanför kommunen och svarar om sitt eget bostadsområde där; i siffrorna per kommundel redovisas de för sig."
}

@test "staff living outside the municipality are apart in the area figures" {
	run trygg-plan "$L/tally.csv"
	assert_line "Respondents who live outside the municipality answer about their own area there: they are shown apart and are not part of the comparisons between areas. 11 of them are municipal staff."
	assert_line "| Living outside the municipality | Share unsafe | 95% confidence interval | n | Base |"
	assert_line "| Outside the municipality | 30.4% | 15.6–50.9 | 7 | 23 |"
	run sh -c "trygg-plan '$L/tally.csv' | sed -n '/^| Area | Share unsafe/,/^$/p'"
	refute_output --partial "Outside the municipality"
}

# ---- part 6: causes ----

@test "causes: each leading problem linked to what the answers say, in the plan too" {
	run long_report
	assert_line "### What the answers say about causes"
	assert_line "- Resecentrum: Share who name it, by age: 13–19 years 16.5% (115), 65+ years 26.1% (23). Resecentrum: share unsafe among those interviewed there, by time of the interview: Evening (17–22) 43.5% (23). Free-text answers that name the place (24) raise: Lack of adults and guards (10), Drugs (6), Litter (6)."
	assert_line "- Poor lighting: Places named in the free-text answers on Darkness and lighting (28 answers): Commuter train stations (5)."
	assert_line "- Insecurity: Resecentrum: share unsafe among those interviewed there, by time of the interview: Evening (17–22) 43.5% (23). For comparison, NTU 2023 (Sweden): 26% of residents aged 16–84; the respondents here are other groups."
	run long_report -f txt
	assert_line "    Cause: Here: Share who name it, by age: 13–19 years 16.5% (115), 65+ years"
	assert_line --partial "Typical cause (catalogue): Nobody with a mandate"
	run long_report -L sv
	assert_line "- Resecentrum: Andel som pekar ut platsen, efter ålder: 13–19 år 16,5${NB}% (115), 65+ år 26,1${NB}% (23). Resecentrum: andel otrygga bland dem som intervjuades där, efter tid för intervjun: Kväll (17–22) 43,5${NB}% (23). Fritextsvar som nämner platsen (24) tar upp: Brist på vuxna och vakter (10), Narkotika (6), Nedskräpning (6)."
}

@test "causes: without answers or cross tables the plan keeps the catalogue's cause" {
	run trygg-plan -f txt "$P/total.csv" "$P/by-source.csv"
	assert_line "    Cause: Poor lighting makes people and exits hard to see, so places feel"
}

# ---- language ----

@test "the report's language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG" {
	LC_ALL= LANG=sv_SE.UTF-8 run trygg-plan "$P/by-source.csv"
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	LC_ALL= LC_MESSAGES=sv_SE.UTF-8 run trygg-plan "$P/by-source.csv"
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	LANGUAGE=de:sv run trygg-plan "$P/by-source.csv"
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	LANG=sv_SE.UTF-8 LC_ALL=en_GB.UTF-8 run trygg-plan "$P/by-source.csv"
	assert_line --index 0 "# Safety and insecurity: situation picture"
	LC_ALL= LANG=de_DE.UTF-8 run trygg-plan "$P/by-source.csv"
	assert_line --index 0 "# Safety and insecurity: situation picture"
}

@test "without -e the shipped and the profile's reference figures are used" {
	mkdir -p data/reference prof/reference
	cp "$P/reference.csv" data/reference/ntu.csv
	cp "$P/reference-crime.csv" prof/reference/crime.csv
	TRYGG_PROFILE="$SCRATCH/prof" run trygg-plan "$L/tally.csv"
	assert_success
	assert_line "| NTU, Sweden | Everyone | 2023 | 26% | befolkningen 16–84 år |"
	assert_line "| Brå anmälda brott | Samtliga brott | Testby | 2025 | 12,345 per 100,000 inhabitants | – |"
	# -e replaces them
	TRYGG_PROFILE="$SCRATCH/prof" run trygg-plan -e "$P/reference-crime.csv" "$L/tally.csv"
	refute_line --partial "| NTU, Sweden |"
	assert_line --partial "| Brå anmälda brott |"
}

@test "a month of 21 answers: no headline (said on stderr), no comparison, the threshold in words" {
	run --separate-stderr trygg-plan --period 2026-10 "$P/tiny-month.csv"
	assert_success
	assert_line "- **21** answers"
	assert_line "- **5** smallest number of answers shown (disclosure control)"
	assert_line "> No comparison is made in this report: no two groups have shares that may be shown."
	refute_output --partial "Comparisons in this report: 0"
	assert_equal "$stderr" "trygg-plan: the headline share is not shown: too few answers (disclosure control)"
}

