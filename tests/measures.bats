#!/usr/bin/env bats
# The measures catalogue (trygg-measures(5)) and the organisation file
# (trygg-organisation(5)) as trygg-plan reads them: loading and checking
# by column name, the choice of measure, and what the action plan says
# about a measure (its text, evidence and who is responsible).
load common

P="$BATS_TEST_DIRNAME/fixtures/plan"
F="$BATS_TEST_DIRNAME/fixtures/measures"
HEADER="id,answers,owner,municipal_lever,lead,partners,type,horizon,work,evidence,measure_sv,measure_en,cause_sv,cause_en,goal_sv,goal_en,indicator_sv,indicator_en,evidence_note_sv,evidence_note_en,source_title,source_year,source_url,legal_sv,legal_en,note"
ROW="x,problems:litter,municipality,yes,streets,housing,situational,short,ordinary,strong,Sopa,Sweep,,,,,,,,,Review,2019,https://example.org/r,,,"

# A bare data directory (no shipped profile) unless a test sets one.
setup() {
	setup_measures_only
}

# Cell COL (1 = No.) of plan row ROW in the Markdown report of the rest.
# These tests are about the catalogue: their tallies have no headline by
# channel, which trygg-plan otherwise refuses (see plan.bats).
trygg-plan() {
	command trygg-plan -q --allow-no-headline "$@"
}

cell() {
	local row="$1" col="$2"
	shift 2
	trygg-plan "$@" | awk -F ' [|] ' -v r="| $row" -v c="$col" \
		'$1 == r { sub(/ [|]$/, "", $c); print $c }'
}

# A catalogue of the header and one row, with field NAME set to VALUE.
catalogue_with() {
	python3 - "$HEADER" "$ROW" "$1" "$2" > m.csv <<-'EOF'
	import csv, sys
	head, row = sys.argv[1].split(","), sys.argv[2].split(",")
	row[head.index(sys.argv[3])] = sys.argv[4]
	w = csv.writer(sys.stdout, lineterminator="\n")
	w.writerow(head)
	w.writerow(row)
	EOF
}

# ---- the shipped catalogue and profile ----

@test "the shipped catalogue loads: every measure has an owner, evidence and a source" {
	run trygg-plan -f md "$P/total.csv"
	assert_success
	run python3 - "$TOP/share/trygg/measures.csv" <<-'EOF'
	import csv, sys
	rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
	bad = [r["id"] for r in rows if not (r["evidence"] and r["source_title"]
	       and r["source_url"].startswith("http") and r["owner"] and r["lead"])]
	print(len(rows) >= 35, bad)
	print(sorted({r["evidence"] for r in rows}))
	print(sorted({r["owner"] for r in rows}))
	EOF
	assert_output "True []
['limited', 'moderate', 'practice', 'strong']
['civil_society', 'municipality', 'partnership', 'police']"
}

@test "the shipped catalogue holds the measures issue 12 asks for, and no open youth centres" {
	run python3 - "$TOP/share/trygg/measures.csv" <<-'EOF'
	import csv, sys
	ids = {r["id"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
	want = ["est", "parenting", "school_attendance", "domestic_violence",
	        "elder_fraud", "online_hate", "staff_violence", "structured_leisure"]
	print([w for w in want if w not in ids], "youth_leisure" in ids)
	EOF
	assert_output "[] False"
	# no out-of-date law is cited
	run grep -c '1980:578) om ordningsvakter,\|AFS 1993:2 Våld' "$TOP/share/trygg/measures.csv"
	assert_output "0"
	run grep -o 'Lag (2023:421) om ordningsvakter, i kraft 1 januari 2024' "$TOP/share/trygg/measures.csv"
	assert_output "Lag (2023:421) om ordningsvakter, i kraft 1 januari 2024"
	run grep -c 'tillståndsplikten är borttagen' "$TOP/share/trygg/measures.csv"
	assert_output "1"
}

@test "the shipped Ale profile names the responsible unit and its partners" {
	# row 5: the guards at the travel centre
	TRYGG_PROFILE="$TOP/share/trygg/profiles/ale" run cell 5 8 --lang sv "$P/total.csv"
	assert_output "Ansvarig: Kommunledningsförvaltningen (brottsförebyggande samordnare). I samverkan med: Lokalpolisområde Kungälv-Ale (kommunpolisen), Västtrafik."
}

@test "the shipped profile is the default when the data directory has it" {
	ln -s "$TOP/share/trygg/profiles" data/profiles
	run cell 1 8 "$P/total.csv"
	assert_output "Responsible: Streets and parks, urban planning department (head of streets and parks). Partners: Urban planning department (head of planning), Municipal executive office (crime-prevention coordinator)."
}

# ---- choosing a measure ----

@test "the municipality's own measure is preferred over a police measure for the same problem" {
	# patrol (police) lists problems:litter first, sweep (municipal) third
	run cell 1 4 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Sweep daily"
}

@test "a police measure is proposed only in collaboration with the police" {
	run cell 2 4 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "In collaboration with the police (the police decide): Police patrols at the place. Legal basis: Police Act (1984:387)."
	run cell 2 4 --lang sv --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "I samverkan med polisen (polisen beslutar): Polispatrull på platsen. Rättslig grund: Polislagen (1984:387)."
	run cell 2 8 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Responsible: the local police area (the municipal police officer). Partners: social services, the crime-prevention coordinator."
}

@test "the shipped catalogue does not put the police's hot spots in the municipality's plan" {
	run sh -c "trygg-plan -q --allow-no-headline -f md '$P/total.csv' | grep -c 'hot spots'"
	assert_output "0"
	run cell 5 4 "$P/total.csv"
	assert_output --partial "Security guards (ordningsvakter) or safety hosts at the travel centre"
}

# ---- what the plan says ----

@test "Who names one responsible and the partners from organisation.csv" {
	export TRYGG_PROFILE="$F/profile"
	# streets and planning belong to one unit: it is not its own partner
	run cell 1 8 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Responsible: Streets unit (head of streets). Partners: The housing company."
	# a unit without an English name keeps its Swedish one; a role no
	# unit owns keeps its generic name
	run cell 2 8 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Responsible: Local police area Östby (municipal police officer). Partners: Socialtjänsten, the crime-prevention coordinator."
	run cell 2 8 --lang sv --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Ansvarig: Lokalpolisområde Östby (kommunpolisen). I samverkan med: Socialtjänsten, kommunens brottsförebyggande samordnare."
}

@test "without an organisation Who uses the roles' generic names" {
	run cell 1 8 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Responsible: streets and parks. Partners: urban planning, property owners and housing companies."
}

@test "the evidence column gives the strength, the note and every source" {
	run cell 1 5 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Established practice, not evaluated. Sources: Guide B, https://example.org/b; Report C (2020), http://example.org/c."
	run cell 2 5 --lang sv --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Starkt vetenskapligt stöd. En översikt visar färre brott. Källa: Review A (2019), https://example.org/a."
	run sh -c "trygg-plan -q --allow-no-headline --lang sv --measures '$F/catalogue.csv' '$F/tally.csv' | grep -c '| Kunskapsläge |'"
	assert_output "1"
}

@test "coded values may be written in Swedish" {
	run cell 1 4 --measures "$F/catalogue-sv.csv" "$F/tally.csv"
	assert_output "Sweep daily"
	run cell 1 7 --measures "$F/catalogue-sv.csv" "$F/tally.csv"
	assert_output "Within 6 months; effect expected within a year"
	run cell 2 7 --measures "$F/catalogue-sv.csv" "$F/tally.csv"
	assert_output "Start within a year; effect expected in 1-3 years"
}

# ---- a bad catalogue: FILE:LINE, exit 1, never a cell's text ----

@test "an unknown column is an error with file and line" {
	printf '%s,extra\n%s,secret\n' "$HEADER" "$ROW" > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:1: column 27 has a name this file format does not define"
}

@test "a missing or repeated column is an error with file and line" {
	printf '%s\n' "${HEADER/,evidence,/,}" > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:1: no column 'evidence'"
	printf '%s,id\n' "$HEADER" > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:1: column 'id' appears more than once"
}

@test "a row with the wrong number of fields is an error" {
	printf '%s\n%s,\n' "$HEADER" "$ROW" > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:2: expected 26 fields, found 27"
}

@test "values outside the documented codes are errors" {
	for field in owner municipal_lever type horizon work evidence; do
		catalogue_with "$field" "maybe"
		run trygg-plan --measures m.csv "$F/tally.csv"
		assert_failure 1
		assert_output "trygg-plan: m.csv:2: column '$field' has a value it does not allow"
	done
}

@test "roles must be known roles" {
	catalogue_with lead "streets|housing"
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:2: 'lead' must be one role (see trygg-measures(5))"
	catalogue_with partners "housing|mayor"
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:2: item 2 of 'partners' is not a role (see trygg-measures(5))"
}

@test "every measure must cite a source" {
	local msg="trygg-plan: m.csv:2: every measure needs a source: as many titles, years (empty or four digits) and http(s) addresses, separated by '|'"
	for bad in "source_title=" "source_url=" "source_url=www.example.org" \
		    "source_year=19" "source_year=2019|2020"; do
		catalogue_with "${bad%%=*}" "${bad#*=}"
		run trygg-plan --measures m.csv "$F/tally.csv"
		assert_failure 1
		assert_output "$msg"
	done
}

@test "ids, texts and answers are checked" {
	printf '%s\n%s\n%s\n' "$HEADER" "$ROW" "$ROW" > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:3: the id is used twice"
	catalogue_with measure_en ""
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:2: a measure needs an id and a text in Swedish and English"
	catalogue_with answers "problems:litter|problems"
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:2: 'answers' must list VARIABLE:VALUE items separated by '|'"
}

@test "an empty catalogue or one with only a header exits 1" {
	: > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv:1: the file is empty (no header line)"
	printf '%s\n' "$HEADER" > m.csv
	run trygg-plan --measures m.csv "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: m.csv: the measures catalogue is empty"
}

# ---- the organisation file and the profile folder ----

@test "a profile named by TRYGG_PROFILE must exist; its organisation.csv is optional" {
	TRYGG_PROFILE="$SCRATCH/nowhere" run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/nowhere: No such file or directory"
	mkdir empty
	TRYGG_PROFILE="$SCRATCH/empty" run cell 1 8 --measures "$F/catalogue.csv" "$F/tally.csv"
	assert_output "Responsible: streets and parks. Partners: urban planning, property owners and housing companies."
}

@test "a bad organisation.csv is an error with file and line" {
	mkdir prof
	export TRYGG_PROFILE="$SCRATCH/prof"
	head -1 "$F/profile/organisation.csv" > prof/organisation.csv
	echo 'a,A,A,kommunalråd,,,streets,no,' >> prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:2: column 'kind' has a value it does not allow"
	head -1 "$F/profile/organisation.csv" > prof/organisation.csv
	echo 'a,A,A,bolag,,,streets|mayor,no,' >> prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:2: item 2 of 'owns' is not a role (see trygg-measures(5))"
	printf 'id,name_sv,name_en,kind,contact_sv,contact_en,owns,example\na,A,A,bolag,,,streets,perhaps\n' > prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:2: column 'example' has a value it does not allow"
	printf 'id,name_sv,kind,contact_sv,contact_en,owns,example\n' > prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:1: no column 'name_en'"
	printf 'id,name_sv,name_en,kind,contact_sv,contact_en,owns,example\na,,A,bolag,,,streets,no\n' > prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:2: a unit needs an id, a Swedish name and the roles it owns"
	printf 'id,name_sv,name_en,kind,contact_sv,contact_en,owns,example\na,A,A,bolag,,,streets,no\na,B,B,bolag,,,housing,no\n' > prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:3: the id is used twice"
	: > prof/organisation.csv
	run trygg-plan "$F/tally.csv"
	assert_failure 1
	assert_output "trygg-plan: $SCRATCH/prof/organisation.csv:1: the file is empty (no header line)"
}

@test "the shipped Ale organisation marks invented entries as examples" {
	run python3 - "$TOP/share/trygg/profiles/ale/organisation.csv" <<-'EOF'
	import csv, sys
	rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
	print(sorted(r["id"] for r in rows if r["example"] == "no"))
	EOF
	assert_output "['alebyggen', 'polisen', 'trygg_i_ale', 'vasttrafik', 'vgr']"
}

@test "the man pages for the two file formats are mandoc -Tlint clean" {
	run mandoc -Tlint -W warning "$TOP/man/man5/trygg-measures.5" "$TOP/man/man5/trygg-organisation.5"
	assert_success
	assert_output ""
}

@test "a catalogue saved by a Swedish spreadsheet (semicolons, Windows-1252) reads the same" {
	python3 - "$F/catalogue.csv" <<-'EOF2' > m.csv
	import csv, sys
	rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
	out = csv.writer(sys.stdout, delimiter=";", lineterminator="\r\n")
	for r in rows:
	    out.writerow(r)
	EOF2
	iconv -f UTF-8 -t WINDOWS-1252 m.csv > m1252.csv
	run cell 2 4 --lang sv --measures m1252.csv "$F/tally.csv"
	assert_output "I samverkan med polisen (polisen beslutar): Polispatrull på platsen. Rättslig grund: Polislagen (1984:387)."
}
