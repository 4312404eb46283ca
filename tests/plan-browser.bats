#!/usr/bin/env bats
# trygg-plan's HTML report in a real browser: headless Chromium loads the
# file (file:// URL, no network), and we check the DOM it rendered, that
# the console stayed clean (no script errors, no blocked fetches), and keep
# a screenshot in build/screenshots/ for a human to look at.
load common

P="$BATS_TEST_DIRNAME/fixtures/plan"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

setup() {
	[ -x "$CHROMIUM" ] || skip "chromium is not installed (make deps)"
	setup_scratch
	PROFILE="$(mktemp -d)"
}

teardown() {
	[ -n "${PROFILE:-}" ] && rm -rf "$PROFILE"
	return 0
}

# chromium ARGS... - headless, sandbox off (containers), nothing phoning home.
browser() {
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --disable-extensions \
		--user-data-dir="$PROFILE" "$@"
}

report() {
	trygg-plan -f html --lang "$1" --title "Trygghet i Ale" --period 2026-10 \
		--population "$P/population.csv" --previous "$P/prev" \
		"$P/total.csv" "$P/by-gender.csv" "$P/by-source.csv" > "report-$1.html"
}

@test "browser: the rendered DOM has the charts, their tables and the plan" {
	report en
	browser --dump-dom "file://$SCRATCH/report-en.html" > dom.html 2> console.log
	# five charts, each an SVG image with a label and a data table beside it
	run grep -c '<figure class="chart"' dom.html
	assert_output "5"
	run grep -o '<svg role="img" aria-labelledby="chart-[0-9]-title"' dom.html
	assert_equal "$(echo "$output" | wc -l)" "5"
	run grep -c '<div class="chart-body">' dom.html
	assert_output "5"
	# 16 shown shares have a bar; the 5 suppressed cells have none
	run grep -c '<rect class="bar"' dom.html
	assert_output "16"
	run grep -c '<text class="supp"' dom.html
	assert_output "5"
	# tables: answers per channel, the five chart tables, the change table,
	# and the shipped reference figures beside the survey's (three NTU
	# measures, the profile's reported crime)
	run grep -c '<table class="data">' dom.html
	assert_output "11"
	run grep -c '<article class="record">' dom.html
	assert_output "10"
	run grep -c '<h2 id="part-' dom.html
	assert_output "8"
}

long_report() {
	L="$P/long"
	trygg-plan -f html --lang "$1" --period 2026-10 --previous "$L/prev" \
		--quotes "$L/answers.csv" -e "$P/reference.csv" "$L/tally.csv" > "long-$1.html"
}

@test "browser: heat maps with numbers in the cells, text alternatives, tables beside" {
	long_report sv
	browser --dump-dom "file://$SCRATCH/long-sv.html" > dom.html 2> console.log
	# place x time of the intercepts and place x age group
	run grep -c '<figure class="chart heatmap"' dom.html
	assert_output "2"
	run grep -c 'aria-describedby="chart-[0-9]*-desc"' dom.html
	assert_output "2"
	run grep -c '<desc id="chart-[0-9]*-desc">Högst: ' dom.html
	assert_output "2"
	# a cell: a rectangle, the share and the base as text, a title
	NB='&nbsp;'  # how the DOM writes the no-break space
	grep -q "<title>Resecentrum, Kväll (17–22): 43,5${NB}% (23)</title>" dom.html
	grep -q "<text class=\"hm-v hm-light\" x=\"[0-9]*\" y=\"[0-9]*\" text-anchor=\"middle\">43,5${NB}%</text>" dom.html
	# 1 x 3 and 8 x 3 cells; hidden cells grey, with the symbol
	run grep -c '<rect class="hm-cell' dom.html
	assert_output "27"
	run grep -c '<rect class="hm-cell hm-supp"' dom.html
	assert_output "22"
	# the same figures in a table beside each map
	grep -q "<td class=\"num\">43,5${NB}% (23)</td>" dom.html
	# the quotes: block quotes with the channel as caption
	run grep -c '<figure class="quote">' dom.html
	assert_output "15"
	grep -q '<figcaption>— Elever (skolenkät)</figcaption>' dom.html
	run grep -E 'CONSOLE|Uncaught|Refused to|ERR_' console.log
	assert_output ""
	browser --screenshot="$SCRATCH/long.png" --window-size=1200,12000 \
		--hide-scrollbars "file://$SCRATCH/long-sv.html" 2> console.log
	mkdir -p "$TOP/build/screenshots"
	cp long.png "$TOP/build/screenshots/plan-long-sv.png"
}

@test "browser: no script errors, no blocked or attempted fetches" {
	report sv
	browser --enable-logging=stderr --v=0 --dump-dom \
		"file://$SCRATCH/report-sv.html" > dom.html 2> console.log
	assert [ -s dom.html ]
	run grep -E 'CONSOLE|Uncaught|Refused to|ERR_' console.log
	assert_output ""
	run grep -c '<script' dom.html
	assert_output "0"
	grep -q '<html lang="sv">' dom.html
}

@test "browser: screenshot of the report" {
	report sv
	browser --screenshot="$SCRATCH/report.png" --window-size=1200,3000 \
		--hide-scrollbars "file://$SCRATCH/report-sv.html" 2> console.log
	assert [ -s report.png ]
	# a PNG signature and a real picture, not an empty page
	run sh -c "head -c 8 report.png | od -An -tx1 | tr -d ' \n'"
	assert_output "89504e470d0a1a0a"
	assert [ "$(stat -c %s report.png)" -gt 50000 ]
	mkdir -p "$TOP/build/screenshots"
	cp report.png "$TOP/build/screenshots/plan-report-sv.png"
}
