#!/usr/bin/env bats
# trygg-anon scored with tests/tools/score-anon on two corpora: the
# dev corpus (tests/fixtures/anon-dev) and our own blind held-out corpus.  The thresholds are
# the acceptance bars of issue 3: overall recall >= 0.97, every kind
# >= 0.95, over-redaction <= 1 %, traps kept >= 99 %.

load common

score() {
	command -v python3 >/dev/null || skip "python3 (for score-anon) is not installed"
	run "$TOP/tests/tools/score-anon" "$1" -- "$TRYGG_BIN/trygg-anon" -c free_text,suggestion
	assert_success
}

# bars: check the score table in $output against the acceptance bars.
bars() {
	echo "$output" | awk '
		/^(NAME|PNR|PHONE|EMAIL|ADDRESS|PLATE|IP|CARD|HANDLE) / && $4 < 0.95 { print "kind " $1 " recall " $4; bad = 1 }
		/^overall / && $4 < 0.97 { print "overall recall " $4; bad = 1 }
		/^over-redaction:/ && $2 > 0.01 { print "over-redaction " $2; bad = 1 }
		/^traps kept:/ && $3 < 0.99 { print "traps kept " $3; bad = 1 }
		END { exit bad }'
}

@test "anon-score: the dev corpus meets the acceptance bars" {
	score "$FIX/anon-dev"
	run bars
	assert_success
}

@test "anon-score: our blind held-out corpus meets the acceptance bars" {
	score "$TOP/tests/fixtures/anon-holdout"
	run bars
	assert_success
}
