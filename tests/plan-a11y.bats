#!/usr/bin/env bats
# Accessibility of the published HTML report (Lag 2018:1937, WCAG 2.1 AA):
# axe-core in Debian's chromium (tests/tools/a11y: axe.mjs through
# puppeteer-core; make deps-test puts the npm packages in place) finds no
# violation of its WCAG 2.0/2.1 A and AA rules or its best practices on
# both demo reports, and what a screen reader meets is in order:
# headings without jumps, every table with a caption and column and row
# headers, ".." with words behind it, the page's language, no script.
load common

A11Y="$TOP/tests/tools/a11y"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

setup_file() {
	DEMO="$BATS_FILE_TMPDIR/demo"
	DEMO_OUT="$DEMO/sv" DEMO_LANG=sv "$TOP/examples/demo.sh" >/dev/null 2>&1
	DEMO_OUT="$DEMO/en" DEMO_LANG=en "$TOP/examples/demo.sh" >/dev/null 2>&1
	export DEMO
}

setup() {
	[ -x "$CHROMIUM" ] || skip "chromium is not installed (make deps)"
	[ -d "$A11Y/node_modules/axe-core" ] ||
		skip "axe-core is not installed (make deps-test)"
	setup_scratch
}

# axe FILE... / outline FILE: niced, with a time limit, so a hung
# browser fails the test instead of the run.
axe() {
	timeout 300 nice node "$A11Y/axe.mjs" "$@"
}

@test "a11y: axe finds no WCAG 2.1 A/AA or best-practice violation (sv and en demo)" {
	sv="$DEMO/sv/2026-10/report.html" en="$DEMO/en/2026-10/report.html"
	[ -f "$sv" ] && [ -f "$en" ]
	run axe "$sv" "$en"
	assert_success
	assert_output "$sv	violations	0
$en	violations	0"
}

@test "a11y: axe's check itself finds what it should (a page with faults)" {
	cat > bad.html <<'EOF'
<!DOCTYPE html><html><head><title>x</title></head><body><main>
<h1>A</h1><h4>jump</h4><table><tr><td>1</td></tr></table>
<img src="data:image/png;base64,iVBORw0KGgo="></main></body></html>
EOF
	run axe bad.html
	assert_success
	assert_line --partial "bad.html	html-has-lang	serious	1"
	assert_line --partial "bad.html	heading-order	moderate	1"
	assert_line --partial "bad.html	image-alt	critical	1"
	assert_line "bad.html	violations	3"
}

@test "a11y: headings run h1 > h2 > h3 with no jump" {
	for lang in sv en; do
		run axe --outline "$DEMO/$lang/2026-10/report.html"
		assert_success
		echo "$output" | awk '
			/^h[1-6] / { l = substr($1, 2) + 0
				if (n == 0 && l != 1) { print "first heading is h" l; bad = 1 }
				if (n > 0 && l > prev + 1) { print "h" prev " then h" l ": " $0; bad = 1 }
				prev = l; n++ }
			END { if (n < 10) { print "only " n " headings"; bad = 1 }; exit bad }' ||
			fail "$lang: headings out of order"
		[ "$(echo "$output" | grep -c '^h1 ')" = 1 ] || fail "$lang: not one h1"
	done
}

@test "a11y: every table has a caption, column headers and a row header in every row" {
	for lang in sv en; do
		run axe --outline "$DEMO/$lang/2026-10/report.html"
		assert_success
		tables=$(echo "$output" | grep -c '^table ')
		assert [ "$tables" -ge 10 ]
		run sh -c "echo \"\$0\" | grep '^table ' | grep -Ev 'caption=\"[^\"]+\" col-headers=[1-9][0-9]* row-headers=([0-9]+)/\\1\$'" "$output"
		assert_output ""
	done
}

@test "a11y: suppressed cells say what .. means; the page is script-free and has its language" {
	html="$DEMO/sv/2026-10/report.html"
	grep -q '^<html lang="sv">$' "$html"
	grep -q '^<html lang="en">$' "$DEMO/en/2026-10/report.html"
	run grep -c '<script' "$html"
	assert_output "0"
	# every ".." in a table cell is the symbol hidden from a screen reader
	# with the words beside it
	supp='<span class="supp" title="redovisas inte (för få svar)"><span aria-hidden="true">..</span><span class="vh">redovisas inte (för få svar)</span></span>'
	run sh -c "grep -o '<t[dh][^>]*>[^<]*\\.\\.[^<]*</t[dh]>' '$html'"
	assert_output ""
	assert [ "$(grep -oF "$supp" "$html" | wc -l)" -ge 10 ]
	grep -qF '<span class="supp" title="not shown (too few answers)"><span aria-hidden="true">..</span><span class="vh">not shown (too few answers)</span></span>' \
		"$DEMO/en/2026-10/report.html"
	# every chart is an image named by its caption, with its table beside it
	charts=$(grep -c '<figure class="chart[ "]' "$html")
	assert [ "$charts" -ge 5 ]
	assert_equal "$(grep -c '<svg role="img" aria-labelledby="chart-[0-9]*-t\(itle\)\?"' "$html")" "$charts"
	trends=$(grep -c '<figure class="chart trend"' "$html")
	assert_equal "$trends" 8
	assert_equal "$(grep -c '<div class="chart-body">' "$html")" "$((charts - trends))"
}

@test "a11y: the action plan's cards sit one level under their part's heading" {
	run axe --outline "$DEMO/sv/2026-10/report.html"
	assert_success
	outline=$output
	# the adopted measures first, then the new proposals: each a part (h3)
	# whose cards are one level under it
	run sh -c "echo \"\$0\" | grep -A3 '^h2 [0-9]*\\. Utkast till åtgärdsplan'" "$outline"
	assert_line --index 1 "h3 Antagna åtgärder: uppföljning"
	assert_line --index 2 "section"
	assert_line --index 3 --regexp '^h4 A1 '
	run sh -c "echo \"\$0\" | grep -A2 '^h3 Nya förslag'" "$outline"
	assert_line --index 1 "section"
	assert_line --index 2 --regexp '^h4 1 '
}
