#!/usr/bin/env bats
# The blind held-out corpora for trygg-anon (tests/fixtures/anon-blind-*, made by
# tests/tools/anon-corpus/gen.mjs) and their scorer tests/tools/score-anon-tags.
# These tests check the corpora and the scorer, not the anonymiser.

load common

SCORE="$TOP/tests/tools/score-anon-tags"
GEN="$TOP/tests/tools/anon-corpus"
GEN2="$TOP/tests/tools/anon-corpus2"

setup() { setup_scratch; }

# Both generators read faker's tables from tests/tools/anon-corpus/node_modules (npm ci).
needs_generator_tables() {
	[ -d "$GEN/node_modules/@faker-js/faker" ] || skip "node_modules not installed"
}

# Every gold value occurs in its cell exactly as often as it is planted there, every trap
# is in its cell, every tag has its kind's prefix, clean-ids.txt lists exactly the answers
# without gold items.
check_corpus() {
	python3 - "$FIX/$1" <<'PY'
import collections, csv, io, sys
d = sys.argv[1] + "/"
raw = open(d + "input.csv", "rb").read()
assert b"\r" not in raw, "CR in input"
rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
cells = {(r["response_id"], c): r[c] for r in rows for c in ("free_text", "suggestion")}
gold = list(csv.DictReader(open(d + "gold.csv", encoding="utf-8", newline="")))
keep = list(csv.DictReader(open(d + "keep.csv", encoding="utf-8", newline="")))
n = collections.Counter((g["response_id"], g["column"], g["value"]) for g in gold)
bad = [k for k, v in n.items() if cells[k[:2]].count(k[2]) != v]
bad += [k["value"] for k in keep if k["value"] not in cells[(k["response_id"], k["column"])]]
bad += [g["tag"] for g in gold if not g["tag"].startswith(g["kind"].lower() + ":")]
bad += [k["tag"] for k in keep if not k["tag"].startswith("keep:")]
clean = open(d + "clean-ids.txt").read().split()
ids = [r["response_id"] for r in rows]
with_items = {g["response_id"] for g in gold}
bad += ["clean-ids"] if clean != [i for i in ids if i not in with_items] else []
print("%d rows, %d items, %d traps, %d clean, %d problems" % (len(rows), len(gold), len(keep), len(clean), len(bad)))
sys.exit(1 if bad else 0)
PY
}

@test "anon-blind-a: gold, keep and clean-ids agree with input.csv" {
	run check_corpus anon-blind-a
	assert_success
	assert_output --regexp '^400 rows, [0-9]+ items, [0-9]+ traps, [0-9]+ clean, 0 problems$'
}
@test "anon-blind-b: gold, keep and clean-ids agree with input.csv" {
	run check_corpus anon-blind-b
	assert_success
	assert_output --regexp '^4500 rows, [0-9]+ items, [0-9]+ traps, [0-9]+ clean, 0 problems$'
}
@test "anon-blind-c: gold, keep and clean-ids agree with input.csv" {
	run check_corpus anon-blind-c
	assert_success
	assert_output --regexp '^500 rows, [0-9]+ items, [0-9]+ traps, [0-9]+ clean, 0 problems$'
}
@test "anon-blind-x: gold, keep and clean-ids agree with input.csv" {
	run check_corpus anon-blind-x
	assert_success
	assert_output --regexp '^600 rows, [0-9]+ items, [0-9]+ traps, [0-9]+ clean, 0 problems$'
}

@test "score-anon-tags: an identity command catches nothing and keeps everything" {
	clean=$(wc -l < "$FIX/anon-blind-a/clean-ids.txt")
	run "$SCORE" "$FIX/anon-blind-a" -- cat
	assert_success
	assert_line "answers without personal data byte-identical: 1.000 ($clean of $clean in clean-ids.txt)"
	assert_line --regexp '^keep:word-also-name +[0-9]+ +[0-9]+ +1\.000$'
	assert_line --regexp '^name:lower-cue +[0-9]+ +0 +0\.000 +0\.000$'
	assert_line --index $((${#lines[@]} - 1)) 'recall=0.000 over_redaction=0.000'
}

@test "score-anon-tags: a table row for every item tag and trap tag of the corpus" {
	run "$SCORE" "$FIX/anon-blind-c" -- cat
	assert_success
	tags=$(python3 -c 'import csv, sys
for f in sys.argv[1:]:
    for r in csv.DictReader(open(f, encoding="utf-8", newline="")):
        print(r["tag"])' "$FIX/anon-blind-c/gold.csv" "$FIX/anon-blind-c/keep.csv" | sort -u)
	[ -n "$tags" ]
	for tag in $tags; do
		assert_line --regexp "^$tag +[0-9]+ "
	done
}

@test "score-anon-tags: the same verdicts and last line as the plain scoring on a blanking command" {
	run "$SCORE" "$FIX/anon-blind-a" -- sh -c 'sed -E "1!s/(^|[^[:alnum:]])[0-9]{3,}/\\1[PHONE]/g"'
	assert_success
	assert_line --regexp '^PNR +[0-9]+ +[0-9]+ +1\.000 +0\.000$'
	assert_line --index $((${#lines[@]} - 1)) --regexp '^recall=0\.[0-9]{3} over_redaction=0\.[0-9]{3}$'
}

@test "score-anon-tags: a failing command scores zero and exits 1" {
	run "$SCORE" "$FIX/anon-blind-a" -- false
	assert_failure 1
	assert_line 'score-anon-tags: command exited with status 1'
	assert_line --index $((${#lines[@]} - 1)) 'recall=0.000 over_redaction=1.000'
}

@test "score-anon-tags: usage errors exit 2" {
	run "$SCORE" "$FIX/anon-blind-a" cat
	assert_failure 2
	assert_line "score-anon-tags: missing '--' before the command"
	run "$SCORE" -- cat
	assert_failure 2
	assert_line 'score-anon-tags: no corpus directory'
}

@test "gen.mjs: a draw is reproduced byte for byte (needs npm ci in tests/tools/anon-corpus)" {
	needs_generator_tables
	[ -f /usr/share/dict/swedish ] || skip "wswedish not installed"
	run node "$GEN/gen.mjs" --seed 1001 --style a --size 400 --out "$SCRATCH/anon-blind-a"
	assert_success
	assert_output "gen.mjs: $SCRATCH/anon-blind-a: 400 answers, $(($(wc -l < "$FIX/anon-blind-a/gold.csv") - 1)) items"
	run diff -r "$FIX/anon-blind-a" "$SCRATCH/anon-blind-a"
	assert_success
}

@test "gen.mjs: usage errors exit 2" {
	needs_generator_tables
	run node "$GEN/gen.mjs" --seed x --style a --out "$SCRATCH/o"
	assert_failure 2
	assert_line 'gen.mjs: --seed must be a non-negative integer'
	run node "$GEN/gen.mjs" --seed 1 --style q --out "$SCRATCH/o"
	assert_failure 2
	assert_line 'gen.mjs: --style must be a, b, c or x'
}

@test "gen2.mjs: the second generator's draws agree with themselves (check-corpus.py)" {
	for style in s w m; do
		run python3 "$GEN2/check-corpus.py" "$FIX/anon-g2-$style"
		assert_success
		assert_output --regexp "^$FIX/anon-g2-$style: [0-9]+ answers, [0-9]+ gold, [0-9]+ keep, [0-9]+ clean \\([0-9.]+ % with items\\), 0 errors$"
	done
}

@test "gen2.mjs: a draw is reproduced byte for byte (needs npm ci in tests/tools/anon-corpus)" {
	needs_generator_tables
	[ -f /usr/share/dict/swedish ] || skip "wswedish not installed"
	run node "$GEN2/gen2.mjs" --seed 7301 --style m --out "$SCRATCH/anon-g2-m"
	assert_success
	run diff -r "$FIX/anon-g2-m" "$SCRATCH/anon-g2-m"
	assert_success
}

@test "gen2.mjs: a draw that meets the serial 000 draws again and completes (seed 91205, style s)" {
	needs_generator_tables
	[ -f /usr/share/dict/swedish ] || skip "wswedish not installed"
	run node "$GEN2/gen2.mjs" --seed 91205 --style s --out "$SCRATCH/g91205"
	assert_success
	assert_output 'gen2: style s seed 91205: 600 answers, 358 with items, 242 clean, retries 1'
	run python3 "$GEN2/check-corpus.py" "$SCRATCH/g91205"
	assert_output "$SCRATCH/g91205: 600 answers, 446 gold, 428 keep, 242 clean (59.7 % with items), 0 errors"
}

@test "gen2.mjs: a seed that is no integer is a usage error (exit 2)" {
	needs_generator_tables
	run node "$GEN2/gen2.mjs" --seed x --style s --out "$SCRATCH/o"
	assert_failure 2
	assert_line "gen2: --seed N (an integer) is required"
}
