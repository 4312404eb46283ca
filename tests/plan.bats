#!/usr/bin/env bats
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
	setup_scratch
	mkdir data
	ln -s "$TOP/share/trygg/measures.csv" data/measures.csv
	export TRYGG_DATADIR="$SCRATCH/data"
	unset TRYGG_PROFILE
}

all_inputs() {
	echo "$P/total.csv" "$P/by-gender.csv" "$P/by-source.csv"
}

# ---- Markdown, English ----

@test "md: title, parts in the law's order and key figures" {
	run trygg-plan $(all_inputs)
	assert_success
	assert_line --index 0 "# Safety and insecurity: situation picture"
	assert_line "- **360** answers"
	assert_line "- **23.4%** feel unsafe out alone late in the evening"
	run sh -c "trygg-plan $(all_inputs) | grep '^## '"
	assert_output "## 1. Who answered
## 2. Mapping: insecurity, places and problems
## 3. Analysis
## 4. Sources and limitations
## 5. Draft action plan"
}

@test "md: overall share with n and interval, breakdown table" {
	run trygg-plan $(all_inputs)
	assert_success
	assert_line "Overall, 23.4% (95% interval 19.3–28.1; 82 of 350) feel unsafe when out alone late in the evening in their own area."
	assert_line "| Women | 31.6% | 25.4–38.5 | 60 | 190 |"
	assert_line "| Pupils (school survey) | 27.4% | 20.8–35.1 | 40 | 146 |"
}

@test "md: places, problems and themes ranked by share, suppressed last" {
	run sh -c "trygg-plan '$P/total.csv' | grep -A6 '^| Places named as unsafe'"
	assert_output "| Places named as unsafe | Share who name the place | 95% interval | n | Base |
| --- | ---: | ---: | ---: | ---: |
| Resecentrum | 40.0% | 34.6–45.6 | 120 | 300 |
| Pedestrian and cycle tunnels | 25.0% | 20.4–30.2 | 75 | 300 |
| Ale torg | 20.0% | 15.9–24.9 | 60 | 300 |
| Other place | 3.0% | 1.6–5.6 | 9 | 300 |
| Bridges | .. | .. | .. | 300 |"
	run trygg-plan "$P/total.csv"
	assert_line "| Poor lighting | 41.2% | 36.1–46.5 | 140 | 340 |"
	assert_line "| Darkness and lighting | 25.0% | 18.9–32.2 | 40 | 160 |"
}

# ---- suppression ----

@test "suppressed cells show the symbol in tables, charts and text" {
	run trygg-plan $(all_inputs)
	assert_line "| Other gender identity | .. | .. | .. | 7 |"
	assert_line "| Threats and violence | .. | .. | .. | 340 |"
	assert_line --partial ".. = suppressed: the cell has fewer than 5 answers"
	run trygg-plan -f txt $(all_inputs)
	assert_line "  Other gender identity |                         |    ..         ..  n=../7"
	run sh -c "trygg-plan -f html $(all_inputs) | grep -c '<text class=\"supp\"[^>]*>\.\.</text>'"
	assert_output "5"
}

@test "a cell marked suppressed never shows its figure, even if the file has one" {
	run trygg-plan -f txt "$P/leaky.csv"
	assert_success
	assert_line "  Other gender identity |                         |    ..         ..  n=../7"
	refute_output --partial "42.9"
	refute_output --partial "15.8"
	run trygg-plan -f html "$P/leaky.csv"
	refute_output --partial "42.9"
	refute_output --partial ">3<"
}

@test "--min-cell hides small cells the tally showed and states the threshold" {
	run trygg-plan --min-cell 10 "$P/by-source.csv"
	assert_success
	assert_line "| Street interviews | .. | .. | .. | 28 |"
	assert_line --partial ".. = suppressed: the cell has fewer than 10 answers"
	assert_line "- **10** smallest group shown (suppression threshold)"
}

# ---- analysis ----

@test "differences are stated only where a z-test finds them significant" {
	run trygg-plan $(all_inputs)
	# women 31.6% of 190 vs men 12.8% of 148: z = 4.0, significant;
	# pupils 27.4% of 146 vs staff 19.9% of 176: z = 1.6, not stated.
	assert_line "- Gender: Women 31.6% against Men 12.8%, a difference of 18.8 percentage points (95% interval 9.9–27.0)."
	refute_output --partial "Channel: Pupils"
	assert_line --partial "(1 of 4 comparisons)"
}

@test "groups without an answer are shown but not compared" {
	printf 'area,variable,value,n,base,pct,ci_low,ci_high,note\nnol,safety,unsafe,10,100,10.0,5.5,17.4,\n,safety,unsafe,40,100,40.0,30.9,49.8,\n' > area.csv
	run trygg-plan area.csv
	assert_line "| (no answer) | 40.0% | 30.9–49.8 | 40 | 100 |"
	assert_line "No difference in the share unsafe between groups is large enough to be told apart from chance with these numbers."
}

@test "no significant difference gives a sentence, not a list" {
	run trygg-plan "$P/by-source.csv"
	assert_line "No difference in the share unsafe between groups is large enough to be told apart from chance with these numbers."
}

@test "--previous: change, interval and significance per group" {
	run trygg-plan --previous "$P/prev" $(all_inputs)
	assert_success
	assert_line "| All respondents | 20.9% | 23.4% | +2.5 | −3.7–8.7 | no |"
	assert_line "| Women | 19.4% | 31.6% | +12.2 | 3.3–20.8 | yes |"
	assert_line "| Men | 14.0% | 12.8% | −1.2 | −9.1–6.8 | no |"
	assert_line "| Other gender identity | .. | .. | .. | .. | .. |"
	refute_output --partial "No previous period was given"
}

@test "without --previous the report says no change is shown" {
	run trygg-plan "$P/total.csv"
	assert_line "No previous period was given, so no change is shown."
}

@test "--previous with none of the files there warns and shows no change" {
	mkdir empty
	run trygg-plan --previous empty "$P/total.csv"
	assert_success
	assert_line --index 0 "trygg-plan: empty: none of the tally files is there; no change is shown"
}

@test "--population gives the response rate per channel" {
	run trygg-plan --population "$P/population.csv" "$P/total.csv"
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
	run trygg-plan -f txt "$P/total.csv"
	assert_success
	assert_line "  * No.: 2"
	assert_line "    Problem (figure): Poor lighting: 41.2% (95% interval 36.1–46.5; 140 of"
	assert_line --partial "    Measure: Lighting survey and relighting"
	assert_line "    Baseline: 41.2%"
	assert_line "    Status: Proposed (not started)"
	run sh -c "trygg-plan '$P/total.csv' | grep -c '^| [0-9]* | '"
	assert_output "10"
}

@test "action plan never starts from a suppressed figure" {
	run trygg-plan "$P/total.csv"
	refute_line --partial "| Threats and violence:"
	refute_line --partial "| Bridges:"
}

@test "--measures reads another catalogue" {
	F="$BATS_TEST_DIRNAME/fixtures/measures"
	run trygg-plan -f txt --measures "$F/catalogue.csv" "$P/total.csv"
	assert_success
	assert_line "    Measure: Sweep daily"
	assert_line "    Who: Responsible: streets and parks. Partners: urban planning, property"
	assert_line "      owners and housing companies."
	run trygg-plan -f txt --lang sv --measures "$F/catalogue.csv" "$P/total.csv"
	assert_line "    Åtgärd: Sopa dagligen"
}

# ---- formats ----

@test "txt: fixed-width text bars and aligned tables" {
	run trygg-plan -f txt --population "$P/population.csv" $(all_inputs)
	assert_success
	assert_line "1. Who answered"
	assert_line "  Pupils (school survey)      150         600          25.0%"
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
	run trygg-plan -f html "$P/markup.csv"
	assert_success
	assert_output --partial "&lt;script&gt;x&lt;/script&gt;"
	refute_output --partial "<script>"
	run trygg-plan "$P/markup.csv"
	assert_output --partial '| \<script\>x\</script\> | 40.0% |'
	assert_output --partial '| A\|b\* c | 30.0% |'
}

@test "--codebook names places and areas; other columns keep the built-in names" {
	run trygg-plan -f txt --codebook "$P/codebook.csv" "$P/total.csv" "$P/by-gender.csv"
	assert_success
	assert_line --partial "  Travel centre                |"
	assert_line --partial "  Ale torg                     |"
	assert_line --partial "  Women                 |"
	run trygg-plan -f txt --lang sv --codebook "$P/codebook.csv" "$P/total.csv"
	assert_line --partial "  Resecentrum            |"
	run trygg-plan --codebook nope.csv "$P/total.csv"
	assert_failure 1
	assert_output "trygg-plan: nope.csv: No such file or directory"
}

@test "the data directory's codebook is used by default" {
	ln -s "$TOP/share/trygg/codebook.csv" data/codebook.csv
	run trygg-plan --codebook "$TOP/share/trygg/codebook.csv" "$P/total.csv"
	expected="$output"
	run trygg-plan "$P/total.csv"
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
	assert_line "Totalt känner sig 23,4${NB}% (konfidensintervall 95 %: 19,3–28,1; 82 av 350) otrygga när de går ut ensamma sent på kvällen i det egna bostadsområdet."
	assert_line "- Kön: Kvinnor 31,6${NB}% mot Män 12,8${NB}%, en skillnad på 18,8 procentenheter (konfidensintervall 95 %: 9,9–27,0)."
	assert_line "| Kvinnor | 31,6${NB}% | 25,4–38,5 | 60 | 190 |"
	assert_line "| Annan könsidentitet | .. | .. | .. | 7 |"
}

@test "sv txt and html: Swedish headings, bars and plan" {
	run trygg-plan -f txt --lang sv --previous "$P/prev" $(all_inputs)
	assert_success
	assert_line "5. Utkast till åtgärdsplan"
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
	LANGUAGE=sv run trygg-plan "$P/total.csv"
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	LANGUAGE=sv run trygg-plan --lang en "$P/total.csv"
	assert_line --index 0 "# Safety and insecurity: situation picture"
}

@test "--lang sv works even in the C locale" {
	LC_ALL=C run trygg-plan --lang sv "$P/total.csv"
	assert_success
	assert_line --index 0 "# Trygghet och otrygghet: lägesbild"
	assert_line "- **23,4${NB}%** känner sig otrygga ute ensamma sent på kvällen"
}

# ---- options and errors ----

@test "--title and --period appear in the report" {
	run trygg-plan --title "Ale kommun" --period 2026-10 "$P/total.csv"
	assert_line --index 0 "# Ale kommun"
	assert_line "Period: 2026-10. Draft for the local crime-prevention council."
	assert_line "- Collection period: 2026-10."
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
	run trygg-plan --format pdf "$P/total.csv"
	assert_failure 2
	assert_line --index 0 "trygg-plan: unknown format 'pdf' (use md, html or txt)"
	run trygg-plan --lang de "$P/total.csv"
	assert_failure 2
	assert_line --index 0 "trygg-plan: unknown language 'de' (use sv or en)"
	run trygg-plan
	assert_failure 2
	assert_line --index 0 "trygg-plan: no tally files given"
	run trygg-plan --min-cell -1 "$P/total.csv"
	assert_failure 2
}

@test "a missing file exits 1 and names it" {
	run trygg-plan nope.csv
	assert_failure 1
	assert_output "trygg-plan: nope.csv: No such file or directory"
	run trygg-plan --previous nodir "$P/total.csv"
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
	run trygg-plan --population "$P/bad-population.csv" "$P/total.csv"
	assert_failure 1
	assert_output "trygg-plan: $P/bad-population.csv:2: the population must be a number above 0"
}

@test "a full disk is an error, not success" {
	run sh -c "trygg-plan '$P/total.csv' > /dev/full"
	assert_failure 1
}
