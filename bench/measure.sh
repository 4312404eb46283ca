# measure.sh - sourced by the bench scripts.
#
# measure NAME CMD...: run CMD once under nice and /usr/bin/time -v, its
# output to $DATA/out.NAME and its stderr to $DATA/err.NAME, and set
# WALL (seconds), CPU (user + sys seconds: steadier than wall time on a
# shared machine) and KB (peak resident memory).  Returns CMD's status.
measure() {
	m_name=$1
	shift
	m_status=0
	nice /usr/bin/time -v -o "$DATA/time.$m_name" "$@" >"$DATA/out.$m_name" \
		2>"$DATA/err.$m_name" || m_status=$?
	WALL=$(awk -F': ' '/Elapsed/ { n = split($2, t, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$DATA/time.$m_name")
	CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$DATA/time.$m_name")
	KB=$(awk -F': ' '/Maximum resident/ { print $2 }' "$DATA/time.$m_name")
	return $m_status
}

# mb_per_s BYTES SECONDS
mb_per_s() {
	awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1048576 / (s > 0 ? s : 0.001) }'
}

# repeat_records SRC ROWS AWK: print SRC's header, then ROWS records of SRC
# over and over; AWK rewrites record r (the i-th written, pass int(i / n))
# so ids stay unique.  One record can span lines (quoted line breaks): a
# line ends a record when the quotes seen so far in it are balanced.
repeat_records() {
	awk -v rows="$2" '
	NR == FNR { if (FNR == 1) { print; next }
		    rec = rec (rec == "" ? "" : "\n") $0
		    q += gsub(/"/, "\"")
		    if (q % 2 == 0) { recs[n++] = rec; rec = ""; q = 0 }
		    next }
	END { for (i = 0; i < rows; i++) {
		r = recs[i % n]; pass = int(i / n)
		'"$3"'
		print r
	      } }' "$1" "$1"
}
