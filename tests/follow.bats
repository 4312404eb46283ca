#!/usr/bin/env bats
# trygg-follow and the register of adopted measures (trygg-register(5)):
# lights on the generated example months, the figures against trygg-tally,
# every option and error path.
load common
bats_require_minimum_version 1.5.0

F="$FIX/follow"

# The history's rows (trygg-monthly's OUTDIR/history.csv) for the months
# given: each month's partial counts by area, by source and in total, of the
# variables the example register follows, with the period first.
history_of() {
	echo "period,by,group,variable,kind,value,n,w,w2,ck"
	for month in "$@"; do
		trygg-clean -q "$TOP/examples/exports/$month"/*.csv >"$BATS_FILE_TMPDIR/$month.csv"
		trygg-tally -q --partial -g '' -g area -g source -v safety -v unsafe_places \
			-v problems -v victim_12m "$BATS_FILE_TMPDIR/$month.csv" |
			awk -v m="$month" 'NR > 1 { print m "," $0 }'
	done
}

months() {
	python3 -c '
import sys
y, m = map(int, sys.argv[1].split("-"))
while "%04d-%02d" % (y, m) <= sys.argv[2]:
    print("%04d-%02d" % (y, m))
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)' "$1" "$2"
}

setup_file() {
	# shellcheck disable=SC2046 # one month a word
	history_of $(months 2024-11 2026-10) >"$BATS_FILE_TMPDIR/history.csv"
}

setup() {
	setup_scratch
	H="$BATS_FILE_TMPDIR/history.csv"
	REG="$TOP/examples/register.csv"
}

# Column NAME of trygg-follow's CSV on stdin, one line per row: "id value".
column() {
	python3 -c '
import csv, sys
rows = csv.DictReader(sys.stdin, delimiter=sys.argv[2])
for r in rows:
    print(r["id"], r[sys.argv[1]])' "$1" "${2:-,}"
}

@test "the generated months: improving green, flat yellow, worsening red, past due red" {
	run --separate-stderr trygg-follow -R "$REG" "$H"
	assert_success
	assert_equal "$(column light <<<"$output")" "A1 green
A2 yellow
A3 red
A4 red
A5 green
A6 yellow
A7 yellow
A8 yellow"
	assert_equal "$(column reason <<<"$output")" "A1 toward_target
A2 no_clear_change
A3 worse
A4 past_due
A5 target_met
A6 no_clear_change
A7 no_clear_change
A8 behind_schedule"
	# Nödinge better, Surte flat, Nol worse, over two years too.
	assert_equal "$(column trend_direction <<<"$output" | head -3)" "A1 falling
A2 flat
A3 rising"
	assert_equal "$stderr" "trygg-follow: 2026-10: 8 measures: 2 green, 4 yellow, 2 red, 0 without a light
trygg-follow: 8 changes tested at the 95% level: about 0.4 of them could cross it by chance alone"
}

@test "the follow-up row: the register in normal form, then the figures" {
	run trygg-follow -q -R "$REG" "$H"
	assert_success
	assert_line --index 0 'id,measure,catalogue,problem,cause,place,responsible,partners,resources,start,due,source,variable,value,group,unit,area,baseline_period,baseline,target,target_date,better,status,status_date,comment,period,window,now_base,now,now_low,now_high,baseline_window,baseline_base,baseline_value,change,change_low,change_high,expected,trend,trend_low,trend_high,trend_months,trend_direction,light,reason,note'
	assert_line --index 3 'A3,Fältsekreterare vid Nol centrum kvällstid,field_workers,Otrygghet sent på kvällen i Nol,Grupper av unga vid Nol centrum på kvällarna,Nol centrum,ifo,"polisen, kultur_fritid, foretagare",Två tjänster,2025-11-01,2027-06-30,,safety,unsafe,area:nol,,,2025-10,35.7,30,2027-06-30,lower,started,2026-01-10,Två fältsekreterare sedan januari 2026,2026-10,2025-11..2026-10,347,46.1,40.9,51.4,2024-11..2025-10,342,35.7,10.4,3.1,17.6,32.3,14.4,8.1,20.7,24,rising,red,worse,'
}

@test "a rolling twelve months is trygg-tally's figure over those months' records" {
	files=()
	for m in $(months 2025-11 2026-10); do
		files+=("$BATS_FILE_TMPDIR/$m.csv")
	done
	trygg-tally -q -g area -v safety "${files[@]}" >area.csv
	trygg-tally -q -g '' -v unsafe_places "${files[@]}" >total.csv
	trygg-follow -q -R "$REG" "$H" >out.csv
	# id, base, pct, ci_low, ci_high of the follow-up...
	python3 -c '
import csv
for r in csv.DictReader(open("out.csv")):
    print(r["id"], r["now_base"], r["now"], r["now_low"], r["now_high"])' >got.txt
	# ...and of trygg-tally over the same twelve months' records.
	{
		for a in A1:nodinge A2:surte A3:nol; do
			grep "^${a#*:},safety,unsafe," area.csv | awk -F, -v id="${a%:*}" '{ print id, $5, $6, $7, $8 }'
		done
		for a in A4:ale_torg A5:resecentrum A7:parkering; do
			grep "^unsafe_places,${a#*:}," total.csv | awk -F, -v id="${a%:*}" '{ print id, $4, $5, $6, $7 }'
		done
	} >want.txt
	run grep -F -f want.txt got.txt
	assert_output "$(cat want.txt | sort)"
}

# A made-up history of 24 months, 2025-01 to 2026-12, 100 answers a month
# in each area: in Nödinge 50 unsafe falling by one a month, in Surte 40
# throughout, in Nol 30 rising by one; made by trygg-tally --partial from
# records.  WEIGHT (optional) gives every answer that weight.
synthetic() {
	for i in $(seq 0 23); do
		m=$(printf '%04d-%02d' $((2025 + i / 12)) $((i % 12 + 1)))
		awk -v i="$i" -v w="${1:-}" 'BEGIN {
			print "response_id,source,area,safety" (w == "" ? "" : ",weight")
			area("nodinge", 50 - i); area("surte", 40); area("nol", 30 + i)
		}
		function area(a, u,    k) {
			for (k = 1; k <= 100; k++)
				print a "-" k ",school," a "," (k <= u ? 3 : 2) (w == "" ? "" : "," w)
		}' >"month.csv"
		trygg-tally -q --partial -g area -v safety ${1:+-w weight} month.csv |
			awk -v m="$m" 'NR == 1 && m == "2025-01" { print "period," $0 } NR > 1 { print m "," $0 }'
	done
	rm -f month.csv
}

# A register of the three areas; extra columns and rows from the caller.
register() {
	printf 'id,measure,responsible,variable,value,group,start,due,baseline_period,target,status\n'
	printf 'N,Lights,gata_park,safety,unsafe,area:nodinge,2026-01-01,2027-12-31,2025-12,25,started\n'
	printf 'S,Walkers,foreningar,safety,unsafe,area:surte,2026-01-01,2027-12-31,2025-12,30,started\n'
	printf 'L,Field,ifo,safety,unsafe,area:nol,2026-01-01,2027-12-31,2025-12,30,started\n'
}

@test "made-up counts: shares added over the window, change and trend exact" {
	synthetic >h.csv
	register >r.csv
	run trygg-follow -q -R r.csv h.csv
	assert_success
	# Nödinge: 2026 has 600 - (12+...+23) = 390 of 1200 unsafe, 2025 534.
	assert_equal "$(python3 -c '
import csv
for r in csv.DictReader(open("/dev/stdin")):
    print(r["id"], r["now_base"], r["now"], r["baseline_base"], r["baseline_value"],
          r["change"], r["trend"], r["trend_months"], r["trend_direction"], r["light"], r["reason"], r["note"])' <<<"$output")" \
	"N 1200 32.5 1200 44.5 -12.0 -12.0 24 falling green toward_target 
S 1200 40.0 1200 40.0 0.0 0.0 24 flat yellow no_clear_change 
L 1200 47.5 1200 35.5 12.0 12.0 24 rising red worse "
}

@test "the rolling figure is trygg-tally --merge --period's over the same months" {
	synthetic >h.csv
	register >r.csv
	trygg-tally -q --merge --period 2026-01..2026-12 h.csv >merged.csv
	trygg-follow -q -R r.csv h.csv | python3 -c '
import csv, sys
for r in csv.DictReader(sys.stdin):
    print(r["now_base"], r["now"], r["now_low"], r["now_high"])' >got.txt
	for a in nodinge surte nol; do
		grep "^$a,safety,unsafe," merged.csv | awk -F, '{ print $5, $6, $7, $8 }'
	done >want.txt
	run cat got.txt
	assert_output "1200 32.5 29.9 35.2
1200 40.0 37.3 42.8
1200 47.5 44.7 50.3"
	diff want.txt got.txt
}

@test "a past due date: red unless done; paused and stopped are not done" {
	synthetic >h.csv
	{
		printf 'id,measure,responsible,variable,value,due,status\n'
		printf 'D,Done,x,safety,unsafe,2026-06-30,done\n'
		printf 'P,Paused,x,safety,unsafe,2026-06-30,paused\n'
		printf 'T,Stopped,x,safety,unsafe,2026-06,avbruten\n'
		printf 'E,Ends this month,x,safety,unsafe,2026-12-31,planerad\n'
		printf 'U,Not yet,x,safety,unsafe,2027-01-01,\n'
	} >r.csv
	run trygg-follow -q -R r.csv h.csv
	assert_success
	assert_equal "$(column light <<<"$output")" "D 
P red
T red
E 
U "
	assert_equal "$(column reason <<<"$output")" "D no_figure
P past_due
T past_due
E no_figure
U no_figure"
	assert_equal "$(column note <<<"$output")" "D not_in_history
P not_in_history
T not_in_history
E not_in_history
U not_in_history"
}

@test "a register with an unknown variable, a malformed date or a duplicate id: FILE:LINE, nothing written" {
	synthetic >h.csv
	{
		register
		printf 'N,Again,gata_park,safety,unsafe,area:nodinge,2026-01-01,2027-12-31,2025-12,25,started\n'
		printf 'V,Typo,ifo,safty,unsafe,,2026-01-01,2027-12-31,2025-12,30,started\n'
		printf 'D,Date,ifo,safety,unsafe,,2026-02-30,2027-13-01,2025-12,30,started\n'
	} >r.csv
	run --separate-stderr trygg-follow -R r.csv h.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-follow: r.csv:5: the id is the same as on line 2
trygg-follow: r.csv:6: column 'variable' names no column of the survey record
trygg-follow: r.csv:7: column 'start' is not a date (YYYY-MM-DD)
trygg-follow: r.csv:7: column 'due' is not a date (YYYY-MM-DD)
trygg-follow: r.csv: 4 problems in the register"
}

@test "every other problem of a register row, each with its line" {
	synthetic >h.csv
	{
		printf 'id,measure,responsible,variable,value,group,start,due,baseline_period,baseline,target,better,status\n'
		printf ',,,safety,,,,,,,,,\n'
		printf 'B,b,x,safety,7,area,,,2025-1,101,30,,ongoing\n'
		printf 'C,c,x,safety,unsafe,area:nowhere&age_band:65+,2026-02-01,2026-01-31,2025,30,40,lower,\n'
		printf 'D,d,x,safety,unsafe,town:x&area:nol&area:nol,,,,30,40,sideways,done\n'
		printf 'E,e,x,free_text,x,,,,,,,,\n'
		printf 'F,f,x,safety,unsafe\n'
	} >r.csv
	run --separate-stderr trygg-follow -R r.csv h.csv
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" "trygg-follow: r.csv:2: column 'id' is empty
trygg-follow: r.csv:2: column 'measure' is empty
trygg-follow: r.csv:2: column 'responsible' is empty
trygg-follow: r.csv:2: column 'value' is empty
trygg-follow: r.csv:3: column 'value' is not a code the codebook lists for the variable, nor 'unsafe'
trygg-follow: r.csv:3: column 'group' is not COLUMN:CODE, or several joined by '&'
trygg-follow: r.csv:3: column 'baseline_period' is not a period (YYYY-MM, YYYY or YYYY-MM..YYYY-MM)
trygg-follow: r.csv:3: column 'baseline' is not a percentage from 0 to 100
trygg-follow: r.csv:3: column 'status' has a value it does not allow
trygg-follow: r.csv:4: column 'group' has a code the codebook does not list for its column
trygg-follow: r.csv:4: the due date is before the start date
trygg-follow: r.csv:4: the target is on the worse side of the baseline
trygg-follow: r.csv:5: column 'group' names no column of the survey record
trygg-follow: r.csv:5: column 'group' names a column twice
trygg-follow: r.csv:5: column 'better' has a value it does not allow
trygg-follow: r.csv:6: column 'variable' names no column of the survey record
trygg-follow: r.csv:7: the row has 5 fields, the header 13
trygg-follow: r.csv: 17 problems in the register"
}

@test "the register's header: unknown, repeated and missing columns; an empty file" {
	synthetic >h.csv
	printf 'id,åtgärd,measure,Kostnad,variable\n' >r.csv
	run --separate-stderr trygg-follow -R r.csv h.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-follow: r.csv:1: column 'measure' appears more than once
trygg-follow: r.csv:1: column 4 has a name this file format does not define
trygg-follow: r.csv:1: no column 'responsible'
trygg-follow: r.csv: 3 problems in the register"
	printf '# only a comment\n\n' >r.csv
	run --separate-stderr trygg-follow -R r.csv h.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-follow: r.csv:1: the file is empty (no header line)"
	run --separate-stderr trygg-follow -R nosuch.csv h.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-follow: cannot open nosuch.csv: No such file or directory"
}

@test "Swedish headers and words, semicolons and Windows-1252 read as English" {
	synthetic >h.csv
	register >r.csv
	trygg-follow -q -R r.csv h.csv >want.csv
	{
		printf 'Nr;Åtgärd;Ansvarig;Variabel;Värde;Grupp;Startdatum;Klart;Utgångsläge period;Mål;Status;Bättre\n'
		printf '# ett kommentarsrad\n'
		printf 'N;Lights;gata_park;safety;unsafe;area=nodinge;2026-01-01;2027-12-31;2025-12;25;Påbörjad;lägre\n'
		printf ';;;;;;;;;;;\n'
		printf 'S;Walkers;foreningar;safety;unsafe; area : surte ;2026-01;2027-12;2025-12;30 %%;pågår;\n'
		printf 'L ; Field ;ifo;safety;unsafe;area:nol;2026-01-01;2027-12-31;2025-12;30,0;PÅBÖRJAD;\n'
	} | iconv -f UTF-8 -t WINDOWS-1252 >r-sv.csv
	run trygg-follow -q -R r-sv.csv h.csv
	assert_success
	# The register's own cells stay as written; the figures are the same.
	figures() {
		python3 -c '
import csv, sys
for r in csv.reader(sys.stdin):
    print(",".join(r[25:]))'
	}
	diff <(figures <want.csv) <(figures <<<"$output")
	assert_line --index 1 --partial 'N,Lights,,,,,gata_park,,,2026-01-01,2027-12-31,,safety,unsafe,area=nodinge,,,2025-12,,25,,lower,started,,,2026-12,'
	assert_line --index 3 --partial 'L,Field,,,,,ifo,,,2026-01-01,2027-12-31,,safety,unsafe,area:nol,,,2025-12,,"30,0",,lower,started,'
}

# The figures from the column 'period' on, one row a line.
figures() {
	python3 -c '
import csv, sys
d = sys.argv[1] if len(sys.argv) > 1 else ","
for r in csv.reader(sys.stdin, delimiter=d):
    print(d.join(r[25:]))' "$@"
}

@test "baselines: from the register when the history lacks them; differs, overlap, short window, a year" {
	synthetic >h.csv
	{
		printf 'id,measure,responsible,variable,value,group,baseline_period,baseline,target\n'
		printf 'R,r,x,safety,unsafe,area:nodinge,2024-06,50,25\n'
		printf 'D,d,x,safety,unsafe,area:nodinge,2025-12,40,25\n'
		printf 'O,o,x,safety,unsafe,area:nodinge,2026-06,,25\n'
		printf 'W,w,x,safety,unsafe,area:nodinge,2025-06,,25\n'
		printf 'Y,y,x,safety,unsafe,area:nodinge,2025,,\n'
		printf 'N,n,x,safety,unsafe,area:nodinge,,,\n'
	} >r.csv
	run trygg-follow -q -R r.csv h.csv
	assert_success
	assert_equal "$(figures <<<"$output" | tail -n +2)" "2026-12,2026-01..2026-12,1200,32.5,29.9,35.2,2023-07..2024-06,,50.0,-17.5,-20.1,-14.8,,-12.0,-15.4,-8.6,24,falling,green,toward_target,baseline_from_register
2026-12,2026-01..2026-12,1200,32.5,29.9,35.2,2025-01..2025-12,1200,44.5,-12.0,-15.8,-8.1,,-12.0,-15.4,-8.6,24,falling,green,toward_target,baseline_differs
2026-12,2026-01..2026-12,1200,32.5,29.9,35.2,2025-07..2026-06,1200,38.5,-6.0,-9.8,-2.2,,-12.0,-15.4,-8.6,24,falling,green,toward_target,overlap
2026-12,2026-01..2026-12,1200,32.5,29.9,35.2,2024-07..2025-06,600,47.5,-15.0,-19.8,-10.2,,-12.0,-15.4,-8.6,24,falling,green,toward_target,short_window
2026-12,2026-01..2026-12,1200,32.5,29.9,35.2,2025-01..2025-12,1200,44.5,-12.0,-15.8,-8.1,,-12.0,-15.4,-8.6,24,falling,green,toward_target,
2026-12,2026-01..2026-12,1200,32.5,29.9,35.2,,,,,,,,-12.0,-15.4,-8.6,24,falling,yellow,no_baseline,"
}

@test "the planned path: behind it is yellow, the target met is green, higher can be better" {
	synthetic >h.csv
	{
		printf 'id,measure,responsible,variable,value,group,start,baseline_period,target,target_date,better\n'
		printf 'B,b,x,safety,unsafe,area:nodinge,2026-01-01,2025-12,10,2026-12-31,\n'
		printf 'M,m,x,safety,unsafe,area:nodinge,2026-01-01,2025-12,33,2027-12-31,\n'
		printf 'H,h,x,safety,unsafe,area:nol,2026-01-01,2025-12,45,2027-12-31,higher\n'
		printf 'G,g,x,safety,unsafe,area:nol,2026-01-01,2025-12,,,högre\n'
	} >r.csv
	run trygg-follow -q -R r.csv h.csv
	assert_success
	assert_equal "$(column expected <<<"$output")" "B 10.0
M 38.8
H 40.2
G "
	assert_equal "$(column reason <<<"$output")" "B behind_schedule
M target_met
H target_met
G toward_target"
	assert_equal "$(column better <<<"$output")" "B lower
M lower
H higher
G higher"
}

@test "--labels: the light, status, direction, trend and reason in words; -x for Excel" {
	synthetic >h.csv
	register >r.csv
	run env LANGUAGE=sv trygg-follow -q -x --labels -R r.csv h.csv
	assert_success
	[ "$(head -c 3 <<<"$output" | od -An -tx1 | tr -d ' ')" = efbbbf ]
	assert_equal "$(figures ';' <<<"${output#$'\xef\xbb\xbf'}" | tail -n +2)" "2026-12;2026-01..2026-12;1200;32,5;29,9;35,2;2025-01..2025-12;1200;44,5;-12,0;-15,8;-8,1;34,8;-12,0;-15,4;-8,6;24;sjunkande;grön;tydligt bättre än utgångsläget, på väg mot målet;
2026-12;2026-01..2026-12;1200;40,0;37,3;42,8;2025-01..2025-12;1200;40,0;0,0;-3,9;3,9;35,0;0,0;-3,4;3,4;24;oförändrad;gul;ingen tydlig förändring sedan utgångsläget;
2026-12;2026-01..2026-12;1200;47,5;44,7;50,3;2025-01..2025-12;1200;35,5;12,0;8,1;15,9;32,8;12,0;8,6;15,4;24;stigande;röd;tydligt sämre än utgångsläget;"
	assert_line --index 1 --partial ';lägre;påbörjad;'
	run trygg-follow -q --labels -R r.csv h.csv
	assert_line --index 3 --partial ',lower,started,'
	assert_line --index 3 --partial ',rising,red,clearly worse than the baseline,'
}

@test "--series: each indicator month by month, with the rolling window" {
	synthetic >h.csv
	register >r.csv
	run trygg-follow -q --series -R r.csv h.csv
	assert_success
	assert_equal "${#lines[@]}" 73
	assert_line --index 0 'id,period,base,pct,ci_low,ci_high,rolling_window,rolling_base,rolling_pct,rolling_low,rolling_high,note'
	assert_line --index 1 'N,2025-01,100,50.0,40.4,59.6,2024-02..2025-01,100,50.0,40.4,59.6,short_window'
	assert_line --index 12 'N,2025-12,100,39.0,30.0,48.8,2025-01..2025-12,1200,44.5,41.7,47.3,'
	assert_line --index 72 'L,2026-12,100,53.0,43.3,62.5,2026-01..2026-12,1200,47.5,44.7,50.3,'
	# Smaller bases than -b are not shown, their base is.
	run trygg-follow -q --series -b 101 -R r.csv h.csv
	assert_line --index 12 'N,2025-12,100,,,,2025-01..2025-12,1200,44.5,41.7,47.3,small_base'
}

@test "--months 1 and --period: month against month, an earlier month" {
	synthetic >h.csv
	register >r.csv
	run trygg-follow -q --months 1 --period 2026-06 -R r.csv h.csv
	assert_success
	assert_equal "$(figures <<<"$output" | tail -n +2)" "2026-06,2026-06..2026-06,100,33.0,24.6,42.7,2025-12..2025-12,100,39.0,-6.0,-18.9,7.2,35.5,-12.0,-17.3,-6.7,18,falling,yellow,no_clear_change,
2026-06,2026-06..2026-06,100,40.0,30.9,49.8,2025-12..2025-12,100,40.0,0.0,-13.3,13.3,37.5,0.0,-5.2,5.2,18,flat,yellow,no_clear_change,
2026-06,2026-06..2026-06,100,47.0,37.5,56.7,2025-12..2025-12,100,41.0,6.0,-7.6,19.3,38.3,12.0,6.8,17.2,18,rising,yellow,no_clear_change,"
}

@test "disclosure control: a share on too few respondents or too small a base is not shown" {
	synthetic >h.csv
	register >r.csv
	run trygg-follow -q -m 400 -R r.csv h.csv
	assert_success
	assert_equal "$(column now <<<"$output")" "N 
S 40.0
L 47.5"
	assert_equal "$(column note <<<"$output")" "N suppressed
S 
L "
	assert_equal "$(column light <<<"$output")" "N 
S yellow
L red"
	run trygg-follow -q -b 1201 -R r.csv h.csv
	assert_equal "$(column now_base <<<"$output")" "N 1200
S 1200
L 1200"
	assert_equal "$(column note <<<"$output")" "N small_base
S small_base
L small_base"
	run trygg-follow -q -m 0 -b 0 -R r.csv h.csv
	assert_equal "$(column now <<<"$output")" "N 32.5
S 40.0
L 47.5"
}

@test "a weighted history: shares of the weight sums, intervals at Kish's n" {
	synthetic >h.csv
	synthetic 2.5 >w.csv
	register >r.csv
	diff <(trygg-follow -q -R r.csv h.csv) <(trygg-follow -q -R r.csv w.csv)
	# Weighted and unweighted months cannot be added.
	{ cat w.csv; tail -n +2 h.csv; } >mixed.csv
	run --separate-stderr trygg-follow -q -R r.csv mixed.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-follow: mixed.csv:1057: weighted and unweighted partial counts cannot be merged"
}

@test "the history from -H, operands or standard input; split histories read as one" {
	synthetic >h.csv
	register >r.csv
	trygg-follow -q -R r.csv h.csv >want.csv
	head -n 505 h.csv >a.csv
	{ head -n 1 h.csv; tail -n +506 h.csv; } >b.csv
	diff want.csv <(trygg-follow -q -R r.csv -H a.csv -H b.csv)
	diff want.csv <(trygg-follow -q -R r.csv a.csv b.csv)
	diff want.csv <(cat a.csv b.csv | trygg-follow -q -R r.csv)
	diff want.csv <(trygg-follow -q -R r.csv - <h.csv)
}

@test "a malformed history: FILE:LINE and status 1" {
	register >r.csv
	synthetic >good.csv
	bad() {
		run --separate-stderr trygg-follow -q -R r.csv h.csv
		assert_failure 1
		assert_output ''
	}
	sed '1s/^period,//' good.csv >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: h.csv:1: no column named period (is this a history of partial counts?)"
	sed '24s/^2025-01/2025-13/' good.csv >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: h.csv:24: the period is not a month (YYYY-MM)"
	sed '24s/,30,,,$/,x,,,/' good.csv >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: h.csv:24: a count in the partial file is not a whole number"
	sed '24s/,unsafe,/,bogus,/' good.csv >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: h.csv:24: unknown kind of row in the partial file"
	sed '24s/,unsafe,,30,,,$/,unsafe/' good.csv >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: h.csv:24: not a trygg-tally partial file"
	head -n 1 good.csv >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: the history holds no months"
	: >h.csv
	bad
	assert_equal "$stderr" "trygg-follow: h.csv: empty input (no header line)"
}

@test "usage errors exit 2" {
	run --separate-stderr trygg-follow h.csv
	assert_failure 2
	assert_equal "$stderr" "trygg-follow: name the register with -R
Try 'trygg-follow --help' for more information."
	for args in "--period 2026-13" "--period 2026" "--months 0" "--conf 1" "-m x" "-b -1"; do
		# shellcheck disable=SC2086 # two words
		run --separate-stderr trygg-follow -R r.csv $args h.csv
		assert_failure 2
	done
	run --separate-stderr trygg-follow -R r.csv --period 2026-13
	assert_equal "${stderr%%$'\n'*}" "trygg-follow: --period needs a month, YYYY-MM"
}

@test "-o writes the file whole; -q silences the summary; Swedish messages" {
	synthetic >h.csv
	register >r.csv
	run --separate-stderr trygg-follow -R r.csv -o out.csv h.csv
	assert_success
	assert_output ''
	assert_equal "$stderr" "trygg-follow: 2026-12: 3 measures: 1 green, 1 yellow, 1 red, 0 without a light
trygg-follow: 3 changes tested at the 95% level: about 0.2 of them could cross it by chance alone"
	diff out.csv <(trygg-follow -q -R r.csv h.csv)
	run --separate-stderr env LANGUAGE=sv trygg-follow --conf 0.9 -R r.csv -o out.csv h.csv
	assert_equal "$stderr" "trygg-follow: 2026-12: 3 åtgärder: 1 gröna, 1 gula, 1 röda, 0 utan ljus
trygg-follow: 3 förändringar prövade på 90 %-nivån: omkring 0.3 av dem kan passera den av en slump"
}

@test "the man pages are mandoc -Tlint clean" {
	run mandoc -Tlint -W warning "$TOP/man/man1/trygg-follow.1" "$TOP/man/man5/trygg-register.5"
	assert_success
	assert_output ''
}

@test "reference figures (-e): the latest figure, its interval or a Poisson one, the change" {
	synthetic >h.csv
	run trygg-follow -q -e "$F/reference.csv" --period 2026-10 -R "$F/register-reference.csv" h.csv
	assert_success
	assert_equal "$(figures <<<"$output")" "period,window,now_base,now,now_low,now_high,baseline_window,baseline_base,baseline_value,change,change_low,change_high,expected,trend,trend_low,trend_high,trend_months,trend_direction,light,reason,note
2026-10,2025,,2000.0,1914.2,2089.6,2023,,2400.0,-400.0,-530.2,-270.1,,,,,,,green,toward_target,
2026-10,2025,31000,6500.0,6222.3,6790.1,,,7000.0,-500.0,-777.7,-209.9,,,,,,,green,toward_target,baseline_from_register
2026-10,2025,,25.0,24.0,26.0,2024,,28.0,-3.0,-4.4,-1.6,,,,,,,green,toward_target,
2026-10,2025,,35.0,33.0,37.0,,,,,,,,,,,,,yellow,no_baseline,
2026-10,2025,,30.0,,,,,35.0,-5.0,,,,,,,,,yellow,no_clear_change,baseline_from_register|no_interval
2026-10,,,,,,,,,,,,,,,,,,,no_figure,no_reference"
	# Without -e no figure is found.
	run trygg-follow -q -R "$F/register-reference.csv" h.csv
	assert_equal "$(column note <<<"$output" | cut -d' ' -f2 | sort -u)" "no_reference"
	# A reference file with a problem stops the run.
	printf 'source,indicator,unit,area,period,value\nBrå,x,litres,riket,2025,1\n' >bad.csv
	run --separate-stderr trygg-follow -q -e bad.csv -R "$F/register-reference.csv" h.csv
	assert_failure 1
	assert_output ''
	assert_equal "${stderr%%$'\n'*}" "trygg-follow: bad.csv:2: unknown unit (expected count, per100k or share)"
}

@test "a register row for a reference figure: unit, area and group checked, no value" {
	synthetic >h.csv
	{
		printf 'id,measure,responsible,source,variable,value,unit,area,group,baseline,target\n'
		printf 'A,a,x,Brå,brott,,litres,kommun:1440,,,\n'
		printf 'B,b,x,Brå,brott,,count,lan:99,,,\n'
		printf 'C,c,x,Brå,brott,7,count,riket,gender,,\n'
		printf 'D,d,x,Brå,brott,,,,,2400,1800.5\n'
		printf 'E,e,x,,safety,unsafe,count,riket,,,\n'
	} >r.csv
	run --separate-stderr trygg-follow -R r.csv h.csv
	assert_failure 1
	assert_equal "$stderr" "trygg-follow: r.csv:2: column 'unit' has a value it does not allow
trygg-follow: r.csv:3: column 'area': lan: needs a county code such as 14
trygg-follow: r.csv:4: column 'group': a group is column:code pairs joined by '&'
trygg-follow: r.csv:4: a reference figure takes no 'value': give its unit and area
trygg-follow: r.csv:5: column 'unit' is empty
trygg-follow: r.csv:5: column 'area' is empty
trygg-follow: r.csv:5: column 'baseline' is not a percentage from 0 to 100
trygg-follow: r.csv:5: column 'target' is not a percentage from 0 to 100
trygg-follow: r.csv:6: 'unit' and 'area' are for reference figures (give a source)
trygg-follow: r.csv: 9 problems in the register"
}

# trygg-monthly with one program replaced: fake NAME BODY (the real one is
# $REAL/trygg-NAME).
monthly_bin() {
	mkdir -p fakebin
	for p in clean anon themes tally plan follow; do
		ln -sf "$TRYGG_BIN/trygg-$p" "fakebin/trygg-$p"
	done
}
fake() {
	rm -f "fakebin/trygg-$1"
	printf '#!/bin/sh\nREAL=%s\n%s\n' "$TRYGG_BIN" "$2" >"fakebin/trygg-$1"
	chmod +x "fakebin/trygg-$1"
}
monthly() {
	TRYGG_BIN="$PWD/fakebin" trygg-monthly -q --month "$@" "$TOP/examples/exports" out
}
periods() {
	cut -d, -f1 out/history.csv | uniq -c | awk '{ print $2, $1 }'
}

@test "trygg-monthly's history: a month's rows once, in order; a rerun replaces them" {
	monthly_bin
	monthly 2026-10
	monthly 2026-08
	cp out/history.csv once.csv
	monthly 2026-10
	monthly 2026-09
	monthly 2026-10
	run periods
	assert_output "period 1
2026-08 $(grep -c '^2026-08,' once.csv)
2026-09 $(grep -c '^2026-09,' out/history.csv)
2026-10 $(grep -c '^2026-10,' once.csv)"
	# The rerun's rows are the first run's.
	diff <(grep -v '^2026-09,' out/history.csv) once.csv
	[ "$(stat -c %a out/history.csv)" = 600 ]
	# What trygg-follow reads from it is what trygg-tally adds up.
	run trygg-follow -q -R "$REG" --months 3 out/history.csv
	assert_success
	trygg-tally -q --merge --period 2026-08..2026-10 out/history.csv >merged.csv
	assert_equal "$(column now_base <<<"$output" | grep '^A3'),$(column now <<<"$output" | grep '^A3' | cut -d' ' -f2)" \
		"A3 $(grep '^area,nol,safety,unsafe,' merged.csv | cut -d, -f6-7)"
}

@test "the history survives SIGKILL of trygg-monthly at every stage" {
	monthly_bin
	monthly 2026-08
	monthly 2026-09
	cp out/history.csv before.csv
	# The program of each stage kills trygg-monthly (its parent) at once.
	kill_parent='kill -9 $PPID; exit 1'
	for stage in clean anon themes tally history plan; do
		monthly_bin
		case $stage in
		history) fake tally "case \" \$* \" in *' --partial '*) $kill_parent;; esac; exec \"\$REAL/trygg-tally\" \"\$@\"" ;;
		tally) fake tally "case \" \$* \" in *' --partial '*) ;; *) $kill_parent;; esac; exec \"\$REAL/trygg-tally\" \"\$@\"" ;;
		*) fake "$stage" "$kill_parent" ;;
		esac
		for month in 2026-10 2026-09; do
			run monthly "$month"
			assert_failure 137
			cmp before.csv out/history.csv || fail "$stage ($month) changed the history"
			[ ! -e out/2026-10 ] || fail "$stage ($month) published 2026-10"
		done
	done
	# Killed between the month's rename and the history's: the month is
	# in place, the history as it was; the next run puts it right.
	monthly_bin
	mkdir -p mvbin
	printf '#!/bin/sh\ncase "$1" in */.tmp-history.*) kill -9 $PPID; exit 1;; esac\nexec /bin/mv "$@"\n' >mvbin/mv
	chmod +x mvbin/mv
	run env PATH="$PWD/mvbin:$PATH" TRYGG_BIN="$PWD/fakebin" trygg-monthly -q --month 2026-10 "$TOP/examples/exports" out
	assert_failure 137
	[ -f out/2026-10/report.html ]
	cmp before.csv out/history.csv
	monthly 2026-10
	run periods
	assert_output "period 1
2026-08 $(grep -c '^2026-08,' before.csv)
2026-09 $(grep -c '^2026-09,' before.csv)
2026-10 $(grep -c '^2026-10,' out/history.csv)"
	run ls -A out
	assert_output ".months
2026-08
2026-09
2026-10
history.csv"
}

@test "examples/generate.py gives the committed exports byte for byte" {
	python3 "$TOP/examples/generate.py" gen
	diff -r "$TOP/examples/exports" gen
	run python3 "$TOP/examples/generate.py" --from 2026-09 --to 2026-10 two
	assert_success
	assert_equal "$(ls two)" "2026-09
2026-10"
	run python3 "$TOP/examples/generate.py" --from 2024-01 x
	assert_failure
	assert_output 'generate.py: months from 2024-11 to 2026-10 only'
	# Every planted personal datum is in October's answers.
	while read -r item; do
		cat two/2026-10/*.csv | grep -qF "$item" || fail "$item not planted"
	done <"$FIX/e2e/planted.txt"
}

@test "trygg-monthly -R: the month's followup.csv and series.csv; a bad register fails the stage" {
	monthly_bin
	monthly 2026-09
	run env TRYGG_BIN="$PWD/fakebin" trygg-monthly -R "$REG" --month 2026-10 "$TOP/examples/exports" out
	assert_success
	assert_line --index 6 'trygg-monthly: 2026-10: follow: ok (followup.csv, series.csv)'
	diff out/2026-10/followup.csv <(trygg-follow -q -R "$REG" out/history.csv)
	diff out/2026-10/series.csv <(trygg-follow -q --series -R "$REG" out/history.csv)
	grep -qx 'trygg-follow: 2026-10: 8 measures: 2 green, 4 yellow, 2 red, 0 without a light' out/2026-10/log.txt
	cp out/history.csv before.csv
	printf 'id,measure,responsible,variable\nX,x,y,nosuch\n' >bad.csv
	run env TRYGG_BIN="$PWD/fakebin" trygg-monthly -R bad.csv --month 2026-10 "$TOP/examples/exports" out
	assert_failure 1
	assert_line 'trygg-monthly: 2026-10: follow: trygg-follow: bad.csv:2: column '"'"'variable'"'"' names no column of the survey record'
	assert_line --index -1 'trygg-monthly: 2026-10: follow: failed (followup.csv: exit 1)'
	cmp before.csv out/history.csv
	run trygg-monthly -R nosuch.csv --month 2026-10 "$TOP/examples/exports" out
	assert_failure 2
}
