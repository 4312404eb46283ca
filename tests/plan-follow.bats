#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# trygg-plan with trygg-follow's follow-up (--followup, --series), the
# proposals as register rows (--proposals) and the year against the year
# before (--rolling, --rolling-before, --previous FILE, --previous-period).
# Fixtures in tests/fixtures/plan/follow come from the demo (make demo):
# followup.csv and series.csv of 2026-10 (measures A1, A3, A4, A6; A6 has
# withheld months), the long tallies of 2025-11..2026-10 (year.csv),
# 2024-11..2025-10 (year-before.csv) and of 2025-10 (year-ago.csv), cut to
# the share unsafe by channel and area; history.csv a few partial rows of
# the demo's history (for trygg-follow to read the proposals as a register).
load common

F="$BATS_TEST_DIRNAME/fixtures/plan/follow"
L="$BATS_TEST_DIRNAME/fixtures/plan/long"
NB=$'\xc2\xa0'  # the no-break space of Swedish number formatting

setup() {
	setup_measures_only
}

follow_report() {
	trygg-plan --period 2026-10 --followup "$F/followup.csv" --series "$F/series.csv" "$@" "$L/tally.csv"
}

@test "md: the adopted measures come first, with the light in words" {
	run follow_report
	assert_success
	assert_line "### Adopted measures: follow-up"
	assert_line "| Id | Measure | Responsible | Indicator | Baseline (period) | Now (interval) | Target (date) | Status (set by those responsible) | Traffic light | Why this light |"
	assert_line "| A1 | Belysning och röjning längs gångvägarna till Nödinge resecentrum | gata\\_park | Share answering Unsafe to Safety out alone late in the evening (Area: Nodinge) | 45.3% (2025-10) | 30.5% (27.4–33.8) | 30.0% (2027-12-31) | started | green | clearly better than the baseline, on the way to the target |"
	assert_line "| A3 | Fältsekreterare vid Nol centrum kvällstid | ifo | Share answering Unsafe to Safety out alone late in the evening (Area: Nol) | 35.7% (2025-10) | 46.1% (40.9–51.4) | 30.0% (2027-06-30) | started | red | clearly worse than the baseline |"
	assert_line "| A4 | Trygghetsvandring på Ale Torg med boende och handlare | kommunledning | Share answering Ale torg to Places named as unsafe | 12.1% (2025-10) | 10.3% (9.4–11.4) | 9.0% (2027-06-30) | planned | red | past the due date and not done |"
	assert_line "| A6 | Klotter och skadegörelse sanerat inom 24 timmar i Älvängen | gata\\_park | Share answering Vandalism and graffiti to Problems seen in the area (Area: Alvangen) | 23.6% (2025-10) | 23.0% (18.9–27.7) | 18.0% (2026-12-31) | paused | yellow | no clear change since the baseline |"
	run sh -c "trygg-plan --period 2026-10 --followup '$F/followup.csv' '$L/tally.csv' | sed -n '/^## 8/,\$p' | grep '^##'"
	assert_output "## 8. Draft action plan
### Adopted measures: follow-up
### New proposals"
}

@test "Swedish: Antagna åtgärder: uppföljning, ljus i ord" {
	run follow_report -L sv
	assert_success
	assert_line "### Antagna åtgärder: uppföljning"
	assert_line "### Nya förslag"
	assert_output --partial "| Id | Åtgärd | Ansvarig | Indikator | Utgångsläge (period) | Nuläge (intervall) | Målvärde (datum) | Status (satt av de ansvariga) | Trafikljus | Varför detta ljus |"
	assert_output --partial "| 35,7${NB}% (2025-10) | 46,1${NB}% (40,9–51,4) | 30,0${NB}% (2027-06-30) | påbörjad | röd | tydligt sämre än utgångsläget |"
	assert_output --partial "| planerad | röd |"
	assert_output --partial "| pausad | gul |"
	assert_output --partial "| påbörjad | grön |"
}

@test "txt: lights in words; trend as a table of years by months with a gap" {
	run follow_report -f txt
	assert_success
	assert_line "    Traffic light: green"
	assert_line "    Traffic light: red"
	assert_line "    Traffic light: yellow"
	assert_line "  2025  27.3    ..    ..  20.8  18.9  27.6  32.1  21.1  23.5  21.9  22.9  16.1"
	assert_line "  2026  22.2  21.2  34.6  17.2    ..  32.1    ..  20.0  27.6  31.6            "
}

@test "md: a withheld month is .. in the trend table, never 0" {
	run follow_report
	assert_success
	assert_line "| Year | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec |"
	assert_line "| 2025 | 27.3 | .. | .. | 20.8 | 18.9 | 27.6 | 32.1 | 21.1 | 23.5 | 21.9 | 22.9 | 16.1 |"
	assert_line "| 2026 | 22.2 | 21.2 | 34.6 | 17.2 | .. | 32.1 | .. | 20.0 | 27.6 | 31.6 |  |  |"
}

@test "html: light as word and colour; trend SVG accessible, withheld months are gaps" {
	run follow_report -f html
	assert_success
	assert_output --partial '<dt>Traffic light</dt><dd class="light light-green">green</dd>'
	assert_output --partial '<dt>Traffic light</dt><dd class="light light-red">red</dd>'
	assert_output --partial '<dt>Traffic light</dt><dd class="light light-yellow">yellow</dd>'
	assert_output --partial '<desc id="chart-'
	assert_output --partial 'Months withheld for too few answers are gaps in the line, not zero.'
	# Feb and Mar 2025 of A6 are withheld: no point, the line breaks.
	assert_output --partial '<g><title>2025-02: not shown (too few answers)</title><text class="supp"'
	refute_output --partial '<g><title>2025-02: 0'
	run sh -c "trygg-plan --period 2026-10 --followup '$F/followup.csv' --series '$F/series.csv' -f html '$L/tally.csv' | grep -c 'role=\"img\" aria-labelledby=\"chart-[0-9]*-t\"'"
	assert_output 2
}

@test "proposals skip a catalogue measure already in the register" {
	trygg-plan --period 2026-10 --proposals without.csv "$L/tally.csv" >/dev/null
	trygg-plan --period 2026-10 --followup "$F/followup.csv" --proposals with.csv "$L/tally.csv" >/dev/null
	run grep -oE ',(lighting|graffiti_24h|field_workers),' without.csv
	assert_output ",graffiti_24h,
,lighting,
,field_workers,"
	run grep -cE ',(lighting|graffiti_24h|field_workers),' with.csv
	assert_output 0
}

@test "--proposals: register rows trygg-follow accepts (round trip), Swedish header in Swedish" {
	run trygg-plan --period 2026-10 -L sv --followup "$F/followup.csv" --proposals prop.csv "$L/tally.csv"
	assert_success
	run head -1 prop.csv
	assert_output "id,åtgärd,katalog,problem,orsak,plats,ansvarig,samverkan,resurser,start,klart,källa,variabel,värde,grupp,enhet,område,utgångsläge period,utgångsläge,mål,måldatum,bättre,status,statusdatum,kommentar"
	run sh -c "tail -n +2 prop.csv | grep -c ',planerad,,\$'"
	assert_output 10
	# trygg-follow reads them as a register: one follow-up row each
	run sh -c "trygg-follow -q -R prop.csv '$F/history.csv' | cut -d, -f1 | tr '\n' ' '"
	assert_success
	assert_output "id P1 P2 P3 P4 P5 P6 P7 P8 P9 P10 "
	run trygg-plan --period 2026-10 --proposals prop-en.csv "$L/tally.csv"
	run head -c 40 prop-en.csv
	assert_output "id,measure,catalogue,problem,cause,place"
}

@test "--rolling: the last 12 months against the 12 before, counted in the family" {
	run trygg-plan --period 2026-10 --rolling "$F/year.csv" --rolling-before "$F/year-before.csv" "$L/tally.csv"
	assert_success
	assert_line "### The last 12 months against the 12 months before"
	assert_line "10 comparisons of the last 12 months with the 12 months before, tested together with every other comparison of the report."
	assert_line "| Nodinge | 45.3% | 30.5% | −14.8 | −19.5–−10.0 | yes |"
	assert_line "| Nol | 35.7% | 46.1% | +10.4 | 3.0–17.6 | no |"
	assert_output --partial "Of these, 10 compare the last 12 months with the 12 months before and 0 this period with the previous one."
	refute_output --partial "No previous period was given"
}

@test "--rolling: where and when over the last 12 months, beside the month" {
	run trygg-plan --period 2026-10 --rolling "$F/year-where.csv" --rolling-before "$F/year-before.csv" "$L/tally.csv"
	assert_success
	assert_line "**Street interviews by site and time of the interview: the last 12 months**"
	assert_line "| Ale torg | – | 37.2% (121) | 51.2% (127) |"
	assert_line "| Resecentrum | 22.1% (253) | 31.5% (232) | 44.3% (309) |"
	assert_line "**Places named as unsafe, by age: the last 12 months**"
	assert_line "| Pedestrian and cycle tunnels | 6.9% (1,593) | 7.9% (1,503) | 14.6% (336) |"
}

@test "--rolling: the causes read place by age and site by hour from the last 12 months" {
	run trygg-plan --period 2026-10 --rolling "$F/year-where.csv" --rolling-before "$F/year-before.csv" "$L/tally.csv"
	assert_success
	assert_line "- Pedestrian and cycle tunnels: Share who name it over the last 12 months, by age: 13–19 years 6.9% (1,593), 20–64 years 7.9% (1,503), 65+ years 14.6% (336)."
	assert_line "- Ale torg: Share who name it over the last 12 months, by age: 13–19 years 12.6% (1,593), 20–64 years 8.6% (1,503), 65+ years 7.1% (336). Ale torg: share unsafe among those interviewed there over the last 12 months, by time of the interview: Daytime (10–17) 37.2% (121), Evening (17–22) 51.2% (127)."
	run trygg-plan --period 2026-10 -L sv --rolling "$F/year-where.csv" --rolling-before "$F/year-before.csv" "$L/tally.csv"
	assert_output --partial "Andel som pekar ut platsen de senaste 12 månaderna, efter ålder: 13–19 år 6,9"
	assert_output --partial "andel otrygga bland dem som intervjuades där de senaste 12 månaderna, efter tid för intervjun:"
}

@test "--previous FILE with --previous-period: the same month a year ago" {
	run trygg-plan --period 2026-10 --previous "$F/year-ago.csv" --previous-period 2025-10 "$L/tally.csv"
	assert_success
	assert_line "Compared with October 2025 (the same month a year ago)."
	assert_line "| Nodinge | 27.3% | 42.9% | +15.6 | −1.0–30.5 | no |"
	run trygg-plan --period 2026-10 -L sv --previous "$F/year-ago.csv" --previous-period 2025-10 "$L/tally.csv"
	assert_line "Jämfört med oktober 2025 (samma månad ett år tidigare)."
	run trygg-plan --period 2026-10 --previous "$F/year-ago.csv" --previous-period 2026-09 "$L/tally.csv"
	assert_line "Compared with September 2026."
}

@test "errors: missing file, bad follow-up header, bad cells exit 1 with FILE" {
	run trygg-plan --followup nosuch.csv "$L/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: cannot open nosuch.csv: No such file or directory"
	cut -d, -f1-40 "$F/followup.csv" >bad.csv
	run trygg-plan --followup bad.csv "$L/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: bad.csv:1: no column 'light'"
	sed '2s/,green,/,blue,/' "$F/followup.csv" >badlight.csv
	run trygg-plan --followup badlight.csv "$L/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: badlight.csv:2: column 'light' has a value it does not allow"
	sed '3s/,2025-02,/,2025-2,/' "$F/series.csv" >badseries.csv
	run trygg-plan --followup "$F/followup.csv" --series badseries.csv "$L/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: badseries.csv:3: column 'period' is not a month (YYYY-MM)"
	: >empty.csv
	run trygg-plan --followup empty.csv "$L/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: empty.csv:1: the file is empty (no header line)"
	run trygg-plan --rolling nosuch.csv --rolling-before nosuch.csv "$L/tally.csv"
	assert_failure 1
	assert_output --partial "trygg-plan: nosuch.csv"
	run trygg-plan --proposals nodir/p.csv "$L/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: cannot write nodir/p.csv: No such file or directory"
	[ ! -e nodir ]
}

@test "usage errors exit 2" {
	run trygg-plan --rolling "$F/year.csv" "$L/tally.csv"
	assert_failure 2
	assert_output --partial "--rolling and --rolling-before go together"
	run trygg-plan --series "$F/series.csv" "$L/tally.csv"
	assert_failure 2
	assert_output --partial "--series needs --followup"
	run trygg-plan --previous-period 2025-10 "$L/tally.csv"
	assert_failure 2
	assert_output --partial "--previous-period needs --previous"
}

@test "the man page is mandoc -Tlint clean" {
	run mandoc -Tlint -W warning "$TOP/man/man1/trygg-plan.1" "$TOP/man/man7/trygg.7"
	assert_success
	assert_output ""
}
