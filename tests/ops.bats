#!/usr/bin/env bats
# Running trygg in operations: the cron line of examples/crontab, and a
# large month over several hosts with GNU parallel (README, "Beyond one
# machine").  The hosts are reached through tests/tools/fakessh, which runs
# what ssh would run on them here, so the recipe's quoting, its splitting
# of the CSV into blocks and the transport of the blocks are what is tested.

load common
bats_require_minimum_version 1.5.0

setup() {
	setup_scratch
	# GNU parallel runs a remote command with the login shell it reads from
	# $SHELL, which a login always sets and a bare CI job may not.
	export SHELL="${SHELL:-/bin/sh}"
	CANON="$FIX/clean-dev/truth/canonical.csv"
	FAKESSH="$TOP/tests/tools/fakessh"
	# What the README's recipe gives GNU parallel to cut canonical records
	# into blocks: a record starts on a line that begins with a response id
	# and a source (a line break inside quoted free text never does).
	SPLIT=(--pipe --header 1 --regexp --recend '\n'
		--recstart '[^,"\n]*,(?:school|staff|street|web),')
}

# The month of the dev set, 20 times over (26 040 records).
big_month() {
	{ head -n 1 "$CANON"; for _ in $(seq 20); do tail -n +2 "$CANON"; done; } >big.csv
}

# examples/crontab's command with this machine's folders in place of
# /srv/trygg, /var/log/trygg and /usr/local/bin.
cron_command() {
	grep -v '^#' "$TOP/examples/crontab" | grep . | tail -n 1 |
		sed -E 's/^([^ ]+ +){5}//' |
		sed -e "s|/usr/local/bin/|$TOP/bin/|g" -e "s|/srv/trygg|$SCRATCH/srv|g" \
			-e "s|/var/log/trygg|$SCRATCH/log|g"
}

cron_setup() {
	mkdir -p srv/exports log
	cp "$TOP"/examples/exports/2026-10/*.csv srv/exports/
	cp "$TOP/examples/population.csv" srv/
}

@test "crontab: a run that succeeds prints nothing (no mail) and logs its stages" {
	cron_setup
	run sh -c "$(cron_command)"
	assert_success
	assert_output ""
	run grep -c ': publish: ok' log/monthly.log
	assert_output 1
}

@test "crontab: a failing run prints the failing stage and what its program said (the mail)" {
	cron_setup
	mkdir fakebin
	for p in clean anon tally plan; do ln -s "$TRYGG_BIN/trygg-$p" "fakebin/trygg-$p"; done
	printf '#!/bin/sh\necho "trygg-themes: a test failure" >&2\nexit 1\n' >fakebin/trygg-themes
	chmod +x fakebin/trygg-themes
	TRYGG_BIN="$SCRATCH/fakebin" run sh -c "$(cron_command)"
	assert_line --regexp '^trygg-monthly: [0-9]{4}-[0-9]{2}: themes: trygg-themes: a test failure$'
	assert_line --regexp '^trygg-monthly: [0-9]{4}-[0-9]{2}: themes: failed \(exit 1\)$'
	refute_output --partial 'publish: ok'
}

@test "several hosts: anon and themes in blocks over ssh give the one-pass records, byte for byte" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	big_month
	trygg-anon -q -c free_text,suggestion big.csv | trygg-themes -q >one.csv
	# The header from the header alone; every block's output without its own.
	{
		head -n 1 big.csv | trygg-anon -q -c free_text,suggestion | trygg-themes -q
		FAKESSH_LOG=hosts parallel --ssh "$FAKESSH" -S 1/hostA,1/hostB,: \
			"${SPLIT[@]}" --block 300k --keep-order \
			'trygg-anon -q -c free_text,suggestion | trygg-themes -q | tail -n +2' <big.csv
	} >hosts.csv
	cmp one.csv hosts.csv
	# The blocks really went to both hosts.
	grep -qx hostA hosts
	grep -qx hostB hosts
}

@test "several hosts: partial tallies over ssh, merged here, are the one-pass tallies" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	big_month
	args=(-g source,area,time_of_day -v safety -v problems -v unsafe_places -u 'safety=3,4')
	trygg-tally "${args[@]}" big.csv >one.csv 2>/dev/null
	# parallel joins a command's words into one shell line, so words with
	# spaces (or an empty group, the total) must be quoted for that shell.
	FAKESSH_LOG=hosts parallel --ssh "$FAKESSH" -S 1/hostA,1/hostB \
		"${SPLIT[@]}" --block 300k "trygg-tally -q --partial $(printf '%q ' "${args[@]}")" \
		<big.csv >parts.csv
	[ "$(sort -u hosts | wc -l)" -eq 2 ]
	# Several blocks, each a partial with its own header.
	[ "$(grep -cxF "$(head -n 1 parts.csv)" parts.csv)" -gt 5 ]
	trygg-tally --merge parts.csv >merged.csv 2>/dev/null
	cmp one.csv merged.csv
}

@test "the recipe's block split keeps every record whole: the blocks put together are the input" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	big_month
	mkdir blocks
	parallel "${SPLIT[@]}" --block 300k 'cat >blocks/{#}' <big.csv
	[ "$(ls blocks | wc -l)" -gt 5 ]
	for b in $(ls blocks | sort -n); do
		# Every block starts with the header and ends at a line end.
		[ "$(head -n 1 "blocks/$b")" = "$(head -n 1 big.csv)" ]
		[ -z "$(tail -c 1 "blocks/$b")" ]
		tail -n +2 "blocks/$b"
	done >rejoined.csv
	cmp rejoined.csv <(tail -n +2 big.csv)
}

@test "the README's recipe for several hosts, run as written (ssh stood in for, smaller blocks)" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	mkdir exports
	cp "$FIX"/clean-dev/*.csv exports/
	# The bash block under "Beyond one machine", blocks of 100 kB.
	sed -n '/^## Beyond one machine/,/^## /p' "$TOP/README.md" |
		sed -n '/^```bash$/,/^```$/p' | sed '1d;$d' |
		sed 's/--block 20M/--block 100k/' >recipe.bash
	grep -q 'trygg-tally --merge' recipe.bash
	# GNU parallel reads options from $PARALLEL: its ssh is the stand-in.
	PARALLEL="--ssh $FAKESSH" FAKESSH_LOG=hosts run bash -e recipe.bash
	assert_success
	grep -qx host1 hosts
	grep -qx host2 hosts
	trygg-anon -q -c free_text,suggestion canonical.csv | trygg-themes -q >one.csv
	cmp one.csv anonymised.csv
	trygg-tally -q -g source,area -v safety one.csv >one-tally.csv 2>/dev/null
	cmp one-tally.csv tally-source-area-safety.csv
}
