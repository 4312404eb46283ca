/* tallies.c - read tally files into memory and look rows up. */
#include "plan/tallies.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "util.h"

enum { F_VAR, F_VAL, F_N, F_BASE, F_PCT, F_LO, F_HI, F_NOTE, NFIXED };

static const char *const fixed_names[NFIXED] = {
	"variable", "value", "n", "base", "pct", "ci_low", "ci_high", "note"
};

typedef struct {
	const char *path;
	long col[NFIXED];
	size_t ngroup; /* group columns are the ones before `variable` */
	size_t nfields;
} tally_layout;

static void check_header(tally_layout *lay, const csv_record *h)
{
	for (int i = 0; i < NFIXED; i++) {
		lay->col[i] = csv_header_index(h, fixed_names[i]);
		if (lay->col[i] < 0)
			die_at(EXIT_DATA, lay->path, h->line,
			       _("not a tally: no column '%s'"), fixed_names[i]);
	}
	for (int i = 0; i < NFIXED; i++)
		if (lay->col[i] != lay->col[F_VAR] + i ||
		    lay->col[F_VAR] + NFIXED != (long)h->nfields)
				die_at(EXIT_DATA, lay->path, h->line, "%s",
				       _("not a tally: the columns after the group columns must be "
				 "variable,value,n,base,pct,ci_low,ci_high,note"));
	lay->ngroup = (size_t)lay->col[F_VAR];
	lay->nfields = h->nfields;
}

/* A number field; "" gives NAN.  Accepts the decimal comma of --excel. */
static double number(const tally_layout *lay, const csv_record *r, int f)
{
	const csv_field *fl = &r->fields[lay->col[f]];
	char buf[64], *end;
	double x;

	if (fl->len == 0)
		return NAN;
	if (fl->len >= sizeof buf)
		goto bad;
	memcpy(buf, fl->data, fl->len + 1);
	for (char *p = buf; *p; p++)
		if (*p == ',')
			*p = '.';
	errno = 0;
	x = strtod(buf, &end);
	if (*end == '\0' && errno == 0 && isfinite(x) && x >= 0)
		return x;
bad:
	die_at(EXIT_DATA, lay->path, r->line, _("bad number in column '%s'"),
	       fixed_names[f]);
}

static char *join_fields(const csv_record *r, size_t from, size_t to)
{
	strbuf b = {0};

	sb_puts(&b, "");
	for (size_t i = from; i < to; i++) {
		if (i > from)
			sb_putc(&b, ',');
		sb_append(&b, r->fields[i].data, r->fields[i].len);
	}
	return b.s;
}

static tally_row *new_row(tally_set *ts)
{
	if (ts->nrows == ts->cap) {
		ts->cap = ts->cap ? 2 * ts->cap : 64;
		ts->rows = xrealloc(ts->rows, ts->cap * sizeof *ts->rows);
	}
	memset(&ts->rows[ts->nrows], 0, sizeof *ts->rows);
	return &ts->rows[ts->nrows++];
}

/* A shown cell must have every figure, and they must be consistent. */
static void check_row(const tally_layout *lay, const csv_record *r,
		      const tally_row *t)
{
	if (isnan(t->base))
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("the base is missing"));
	if (t->suppressed)
		return;
	if (isnan(t->n) || isnan(t->pct) || isnan(t->lo) || isnan(t->hi))
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("a figure is missing in a cell that is not suppressed"));
	if (t->n > t->base || t->pct > 100 || t->lo > t->pct + 0.05 ||
	    t->hi + 0.05 < t->pct || t->hi > 100)
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("inconsistent figures (n, base, pct and interval do not agree)"));
}

static void add_record(tally_set *ts, const tally_layout *lay,
		       const csv_record *r, char *gcols, double min_cell)
{
	tally_row *t;
	const csv_field *note;

	if (r->nfields != lay->nfields)
		die_at(EXIT_DATA, lay->path, r->line,
		       _("expected %zu fields, found %zu"), lay->nfields,
		       r->nfields);
	t = new_row(ts);
	t->gcols = xstrdup(gcols);
	t->gvals = join_fields(r, 0, lay->ngroup);
	t->var = xmemdup(r->fields[lay->col[F_VAR]].data, r->fields[lay->col[F_VAR]].len);
	t->val = xmemdup(r->fields[lay->col[F_VAL]].data, r->fields[lay->col[F_VAL]].len);
	note = &r->fields[lay->col[F_NOTE]];
	t->suppressed = note->len == 10 && memcmp(note->data, "suppressed", 10) == 0;
	t->n = number(lay, r, F_N);
	t->base = number(lay, r, F_BASE);
	t->pct = number(lay, r, F_PCT);
	t->lo = number(lay, r, F_LO);
	t->hi = number(lay, r, F_HI);
	/* A cell the tally showed as suppressed must not show a figure here
	 * either, even if a hand-edited file still carries one. */
	if (!t->suppressed && !isnan(t->n) && t->n > 0 && t->n < min_cell)
		t->suppressed = true;
	check_row(lay, r, t);
	if (t->suppressed)
		t->n = t->pct = t->lo = t->hi = NAN;
}

void tallies_read(tally_set *ts, const char *path, double min_cell)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };
	csv_reader *rd = csv_open(path, &opt);
	const csv_record *r;
	tally_layout lay = { .path = path };
	char *gcols = NULL;
	int st;

	if (!rd)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	while ((st = csv_next(rd, &r)) == 1) {
		if (r->nfields == 0)
			continue;
		if (!gcols) {
			check_header(&lay, r);
			gcols = join_fields(r, 0, lay.ngroup);
			continue;
		}
		add_record(ts, &lay, r, gcols, min_cell);
	}
	if (st < 0)
		die_at(EXIT_DATA, path, csv_errline(rd), "%s", csv_errmsg(rd));
	if (!gcols)
		die_at(EXIT_DATA, path, 1, "%s", _("not a tally: the file is empty"));
	if (csv_close(rd) != 0)
		die(EXIT_DATA, "%s: %s", path, _("read error"));
	free(gcols);
	ts->nfiles++;
}

void tallies_free(tally_set *ts)
{
	for (size_t i = 0; i < ts->nrows; i++) {
		free(ts->rows[i].gcols);
		free(ts->rows[i].gvals);
		free(ts->rows[i].var);
		free(ts->rows[i].val);
	}
	free(ts->rows);
	memset(ts, 0, sizeof *ts);
}

static bool row_matches(const tally_row *t, const char *gcols,
			const char *var, const char *val)
{
	return strcmp(t->gcols, gcols) == 0 && strcmp(t->var, var) == 0 &&
	       (!val || strcmp(t->val, val) == 0);
}

const tally_row *tallies_find(const tally_set *ts, const char *gcols,
			      const char *gvals, const char *var,
			      const char *val)
{
	for (size_t i = 0; i < ts->nrows; i++)
		if (row_matches(&ts->rows[i], gcols, var, val) &&
		    strcmp(ts->rows[i].gvals, gvals) == 0)
			return &ts->rows[i];
	return NULL;
}

const tally_row **tallies_select(const tally_set *ts, const char *gcols,
				 const char *var, const char *val, size_t *n)
{
	const tally_row **sel = xmalloc((ts->nrows + 1) * sizeof *sel);

	*n = 0;
	for (size_t i = 0; i < ts->nrows; i++)
		if (row_matches(&ts->rows[i], gcols, var, val))
			sel[(*n)++] = &ts->rows[i];
	return sel;
}

const char *tallies_unsafe_var(const tally_set *ts)
{
	const char *first = NULL;

	for (size_t i = 0; i < ts->nrows; i++) {
		if (strcmp(ts->rows[i].val, "unsafe") != 0)
			continue;
		if (strcmp(ts->rows[i].var, "safety") == 0)
			return ts->rows[i].var;
		if (!first)
			first = ts->rows[i].var;
	}
	return first;
}
