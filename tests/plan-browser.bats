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
	# tables: answers per channel, the five chart tables, the change table
	run grep -c '<table class="data">' dom.html
	assert_output "7"
	run grep -c '<article class="record">' dom.html
	assert_output "10"
	run grep -c '<h2 id="part-' dom.html
	assert_output "5"
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
