#!/usr/bin/env bats
# tests/tools/score-themes, the scorer for the blind labelled theme set
# (tests/fixtures/themes-labelled).  Judged with stand-in taggers only: one
# that finds nothing, and oracles that copy the labels.  trygg-themes itself
# is not run here.

load common

SCORE="$TOP/tests/tools/score-themes"
SET="$FIX/themes-labelled"
MINI="$FIX/score-themes"

setup() {
	command -v python3 >/dev/null || skip "python3 (for score-themes) is not installed"
	setup_scratch
	# oracle MODE LABELS: reads the scorer's input on stdin and answers
	# from LABELS.  split: themes / mentioned_places / suggestion_themes as
	# SCHEMA v2 has them; single: the older single themes column; leaky:
	# split, but suggestion rows also get themes and places.
	cat >oracle <<'PY'
#!/usr/bin/env python3
import csv, sys
mode, labels = sys.argv[1], sys.argv[2]
gold = {r["id"]: r for r in csv.DictReader(open(labels, encoding="utf-8"))}
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["id", "themes", "mentioned_places"] + ([] if mode == "single" else ["suggestion_themes"]))
for r in csv.DictReader(sys.stdin):
    g = gold[r["id"]]
    problem = r["column"] == "free_text"
    if mode == "single":
        w.writerow([r["id"], g["themes"], g["places"] if problem else ""])
    elif problem:
        w.writerow([r["id"], g["themes"], g["places"], ""])
    elif mode == "leaky":
        w.writerow([r["id"], g["themes"], g["places"], g["themes"]])
    else:
        w.writerow([r["id"], "", "", g["themes"]])
PY
	chmod +x oracle
}

# A tagger that finds nothing: the ids and three empty columns.
nothing="awk -F, 'NR == 1 { print \"id,themes,mentioned_places,suggestion_themes\"; next } { print \$1 \",,,\" }'"

@test "score-themes: the labelled set is well formed and large enough" {
	run python3 - "$SET" <<'PY'
import csv, sys, collections
d = sys.argv[1]
a = list(csv.DictReader(open(d + "/answers.csv", encoding="utf-8")))
l = list(csv.DictReader(open(d + "/labels.csv", encoding="utf-8")))
n = collections.Counter(r["column"] for r in a)
ok = [r["id"] for r in a] == [r["id"] for r in l] and len({r["id"] for r in a}) == len(a)
print(ok, n["free_text"] >= 300, n["suggestion"] >= 300)
PY
	assert_success
	assert_output "True True True"
}

@test "score-themes: a tagger that finds nothing has recall 0 and no precision" {
	run "$SCORE" -- "$nothing"
	assert_success
	assert_line --index 0 'set: 797 answers (408 free_text, 389 suggestion); suggestion themes read from column suggestion_themes'
	assert_line 'poor_lighting           57     0     0    57         -   0.000   0.000'
	assert_line --index -1 'free_text P=- R=0.000 F1=0.000 suggestion P=- R=0.000 F1=0.000 places P=- R=0.000'
}

@test "score-themes: the labels themselves score 1 everywhere and leak nothing" {
	run "$SCORE" -- ./oracle split "$SET/labels.csv"
	assert_success
	assert_line '  suggestion text tagged in themes (as a problem)      0'
	assert_line '  suggestion text giving mentioned_places              0'
	assert_line --index -1 'free_text P=1.000 R=1.000 F1=1.000 suggestion P=1.000 R=1.000 F1=1.000 places P=1.000 R=1.000'
	refute_output --partial ' 0.9'
}

@test "score-themes: the older single themes column is read for both columns" {
	run "$SCORE" -- ./oracle single "$SET/labels.csv"
	assert_success
	assert_line --index 0 'set: 797 answers (408 free_text, 389 suggestion); suggestion themes read from column themes'
	assert_line --index -1 'free_text P=1.000 R=1.000 F1=1.000 suggestion P=1.000 R=1.000 F1=1.000 places P=1.000 R=1.000'
}

@test "score-themes: suggestions tagged as problems and their places are counted as leaks" {
	run "$SCORE" "$MINI" -- ./oracle leaky "$MINI/labels.csv"
	assert_success
	assert_line '  suggestion text tagged in themes (as a problem)      2'
	assert_line '  problem text tagged in suggestion_themes             0'
	assert_line '  suggestion text giving mentioned_places              1'
	assert_line --index -1 'free_text P=1.000 R=1.000 F1=1.000 suggestion P=1.000 R=1.000 F1=1.000 places P=1.000 R=1.000'
}

@test "score-themes: --from scores a saved output; the whole report" {
	run "$SCORE" "$MINI" --from "$MINI/output.csv"
	assert_success
	assert_output - <<'OUT'
set: 4 answers (2 free_text, 2 suggestion); suggestion themes read from column suggestion_themes

themes, free_text (2 answers)
code               support    TP    FP    FN precision  recall      F1
poor_lighting            1     1     0     0     1.000   1.000   1.000
vegetation               0     0     0     0         -       -       -
drugs                    0     0     0     0         -       -       -
drunk_people             1     0     0     1         -   0.000   0.000
gangs                    0     0     0     0         -       -       -
harassment               0     0     0     0         -       -       -
violence                 0     0     0     0         -       -       -
theft                    0     0     0     0         -       -       -
vandalism                0     0     0     0         -       -       -
litter                   0     0     0     0         -       -       -
traffic                  0     0     0     0         -       -       -
public_transport         0     0     0     0         -       -       -
no_adults                0     0     0     0         -       -       -
police                   0     0     1     0     0.000       -   0.000
ghosts *                 0     0     1     0     0.000       -   0.000
micro                    2     1     2     1     0.333   0.500   0.400
macro                                                            0.500

themes, suggestion (2 answers)
code               support    TP    FP    FN precision  recall      F1
poor_lighting            1     0     0     1         -   0.000   0.000
vegetation               0     0     0     0         -       -       -
drugs                    0     0     0     0         -       -       -
drunk_people             0     0     0     0         -       -       -
gangs                    0     0     0     0         -       -       -
harassment               0     0     0     0         -       -       -
violence                 0     0     0     0         -       -       -
theft                    0     0     0     0         -       -       -
vandalism                0     0     0     0         -       -       -
litter                   0     0     0     0         -       -       -
traffic                  0     0     0     0         -       -       -
public_transport         0     0     0     0         -       -       -
no_adults                1     1     0     0     1.000   1.000   1.000
police                   0     0     0     0         -       -       -
micro                    2     1     0     1     1.000   0.500   0.667
macro                                                            0.500

themes, both columns
code               support    TP    FP    FN precision  recall      F1
poor_lighting            2     1     0     1     1.000   0.500   0.667
vegetation               0     0     0     0         -       -       -
drugs                    0     0     0     0         -       -       -
drunk_people             1     0     0     1         -   0.000   0.000
gangs                    0     0     0     0         -       -       -
harassment               0     0     0     0         -       -       -
violence                 0     0     0     0         -       -       -
theft                    0     0     0     0         -       -       -
vandalism                0     0     0     0         -       -       -
litter                   0     0     0     0         -       -       -
traffic                  0     0     0     0         -       -       -
public_transport         0     0     0     0         -       -       -
no_adults                1     1     0     0     1.000   1.000   1.000
police                   0     0     1     0     0.000       -   0.000
ghosts *                 0     0     1     0     0.000       -   0.000
micro                    4     2     2     2     0.500   0.500   0.500
macro                                                            0.556

mentioned_places, free_text (2 answers)
code               support    TP    FP    FN precision  recall      F1
resecentrum              0     0     0     0         -       -       -
ale_torg                 0     0     0     0         -       -       -
pendeltagsstation        0     0     0     0         -       -       -
gangtunnel               1     1     0     0     1.000   1.000   1.000
busshallplats            0     0     0     0         -       -       -
parkering                0     0     0     0         -       -       -
skolgard                 0     0     0     0         -       -       -
idrottsplats             0     0     0     0         -       -       -
motionsspar              0     0     0     0         -       -       -
centrum                  0     0     0     0         -       -       -
badplats                 0     0     0     0         -       -       -
lekplats                 0     0     0     0         -       -       -
cykelvag                 0     0     0     0         -       -       -
bron                     0     0     1     0     0.000       -   0.000
micro                    1     1     1     0     0.500   1.000   0.667
macro                                                            1.000

leaks (rows):
  suggestion text tagged in themes (as a problem)      1
  problem text tagged in suggestion_themes             0
  suggestion text giving mentioned_places              1

free_text P=0.333 R=0.500 F1=0.400 suggestion P=1.000 R=0.500 F1=0.667 places P=0.500 R=1.000
OUT
}

@test "score-themes: --errors lists every disagreement" {
	run "$SCORE" "$MINI" --from "$MINI/output.csv" --errors errors.csv
	assert_success
	run cat errors.csv
	assert_output - <<'OUT'
id,column,kind,missing,extra,text
M1,free_text,place,,bron,mörkt i tunneln o fulla gubbar
M1,free_text,theme,drunk_people,police,mörkt i tunneln o fulla gubbar
M2,free_text,theme,,ghosts,"inget, det e lugnt"
M4,suggestion,theme,poor_lighting,,mer ljus
OUT
}

@test "score-themes: --write-input writes the tagger's input" {
	run "$SCORE" "$MINI" --write-input input.csv
	assert_success
	assert_output ''
	run cat input.csv
	assert_output - <<'OUT'
id,column,free_text,suggestion
M1,free_text,mörkt i tunneln o fulla gubbar,
M2,free_text,"inget, det e lugnt",
M3,suggestion,,kameror vid cykelvägen
M4,suggestion,,mer ljus
OUT
}

@test "score-themes: a spreadsheet CSV (BOM, semicolons) is read" {
	printf '\357\273\277id;themes;mentioned_places;suggestion_themes\nM1;poor_lighting|drunk_people;gangtunnel;\nM2;;;\nM3;;;no_adults\nM4;;;poor_lighting\n' >excel.csv
	run "$SCORE" "$MINI" --from excel.csv
	assert_success
	assert_line --index -1 'free_text P=1.000 R=1.000 F1=1.000 suggestion P=1.000 R=1.000 F1=1.000 places P=1.000 R=1.000'
}

@test "score-themes: --bar fails a tagger below the bar and passes one above" {
	run "$SCORE" --bar 0.8 -- "$nothing"
	assert_failure 1
	assert_line 'score-themes: micro precision or recall below 0.8 in: free_text, suggestion'
	run "$SCORE" --bar 0.8 -- ./oracle split "$SET/labels.csv"
	assert_success
}

@test "score-themes: an output that loses, repeats or invents rows is an error" {
	head -n 3 "$MINI/output.csv" >lost.csv
	run "$SCORE" "$MINI" --from lost.csv
	assert_failure 1
	assert_output 'score-themes: the output lost 2 of 4 rows (first: M3)'
	{ cat "$MINI/output.csv"; tail -n 1 "$MINI/output.csv"; } >twice.csv
	run "$SCORE" "$MINI" --from twice.csv
	assert_failure 1
	assert_output 'score-themes: the output repeats id M4'
	{ cat "$MINI/output.csv"; echo 'M9,free_text,x,,,,'; } >invented.csv
	run "$SCORE" "$MINI" --from invented.csv
	assert_failure 1
	assert_output 'score-themes: the output has an id that is not in the input: M9'
}

@test "score-themes: an output without id or themes column is an error" {
	printf 'id,topics\nM1,\n' >nothemes.csv
	run "$SCORE" "$MINI" --from nothemes.csv
	assert_failure 1
	assert_output 'score-themes: the output has no themes column'
	printf 'themes\n\n' >noid.csv
	run "$SCORE" "$MINI" --from noid.csv
	assert_failure 1
	assert_output 'score-themes: the output has no id column'
}

@test "score-themes: a failing command is an error" {
	run "$SCORE" "$MINI" -- sh -c 'cat >/dev/null; exit 3'
	assert_failure 1
	assert_output 'score-themes: the command exited with status 3'
	run "$SCORE" "$MINI" --timeout 0.5 -- sh -c 'sleep 5'
	assert_failure 1
	assert_output 'score-themes: the command ran longer than 0.5 s'
}

@test "score-themes: usage errors exit 2; --help exits 0" {
	run "$SCORE" "$MINI"
	assert_failure 2
	assert_line --index 0 "score-themes: give exactly one of '-- COMMAND', --from FILE, --write-input FILE"
	run "$SCORE" --frobnicate -- true
	assert_failure 2
	assert_line --index 0 'score-themes: unknown option --frobnicate'
	run "$SCORE" --bar high -- true
	assert_failure 2
	run "$SCORE" --
	assert_failure 2
	assert_line --index 0 "score-themes: no command after '--'"
	run "$SCORE" "$SCRATCH/nowhere" -- true
	assert_failure 2
	assert_output --partial 'nowhere/answers.csv: No such file or directory'
	run "$SCORE" --help
	assert_success
	assert_line --index 0 'score-themes - judge a theme tagger on the blind labelled answer set.'
}
