/* tallies.c - read tally files (wide or long) into memory and look rows
 * up. */
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
	long n_eff;    /* -1: none */
	bool is_long;  /* by,group,... */
	size_t ngroup; /* wide: group columns are the ones before `variable` */
	size_t nfields;
	const tally_rules *rules;
} tally_layout;

static bool header_is(const csv_record *h, size_t i, const char *name)
{
	return i < h->nfields && h->fields[i].len == strlen(name) &&
	       memcmp(h->fields[i].data, name, h->fields[i].len) == 0;
}

static void check_header(tally_layout *lay, const csv_record *h)
{
	for (int i = 0; i < NFIXED; i++) {
		lay->col[i] = csv_header_index(h, fixed_names[i]);
		if (lay->col[i] < 0)
			die_at(EXIT_DATA, lay->path, h->line,
			       _("not a tally: no column '%s'"), fixed_names[i]);
	}
	for (int i = 0; i < NFIXED; i++)
		if (lay->col[i] != lay->col[F_VAR] + i)
			die_at(EXIT_DATA, lay->path, h->line, "%s",
			       _("not a tally: the columns after the group columns must be "
				 "variable,value,n,base,pct,ci_low,ci_high,note"));
	lay->is_long = header_is(h, 0, "by") && header_is(h, 1, "group") &&
		       lay->col[F_VAR] == 2;
	lay->ngroup = (size_t)lay->col[F_VAR];
	lay->nfields = h->nfields;
	lay->n_eff = csv_header_index(h, "n_eff");
	if (lay->n_eff >= 0 && lay->n_eff < lay->col[F_NOTE])
		lay->n_eff = -1; /* a group column of that name is not the figure */
}

/* A number field; "" gives NAN.  Accepts the decimal comma of --excel. */
static double number(const tally_layout *lay, const csv_record *r, long col,
		     const char *name)
{
	const csv_field *fl = &r->fields[col];
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
	die_at(EXIT_DATA, lay->path, r->line, _("bad number in column '%s'"), name);
}

static double fixed_number(const tally_layout *lay, const csv_record *r, int f)
{
	return number(lay, r, lay->col[f], fixed_names[f]);
}

/* Fields FROM..TO-1 joined by ','. */
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

/* A long file's '|'-joined list in the ',' form used in memory. */
static char *bars_to_commas(const csv_field *f)
{
	char *s = xmemdup(f->data, f->len);

	for (char *p = s; *p; p++)
		if (*p == '|')
			*p = ',';
	return s;
}

static tally_row *new_row(tally_set *ts)
{
	GROW(ts->rows, ts->nrows, ts->cap);
	memset(&ts->rows[ts->nrows], 0, sizeof *ts->rows);
	return &ts->rows[ts->nrows++];
}

/* A shown cell must have every figure, and they must be consistent. */
static void check_row(const tally_layout *lay, const csv_record *r,
		      const tally_row *t)
{
	if (t->suppressed)
		return; /* the tally may hide the base too */
	if (isnan(t->base))
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("the base is missing"));
	if (isnan(t->n) || isnan(t->lo) || isnan(t->hi))
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("a figure is missing in a cell that is not suppressed"));
	if (t->n > t->base || t->pct > 100 || t->lo > t->pct + 0.05 ||
	    t->hi + 0.05 < t->pct || t->hi > 100)
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("inconsistent figures (n, base, pct and interval do not agree)"));
}

static bool note_suppressed(const csv_field *note)
{
	return note->len == 10 && memcmp(note->data, "suppressed", 10) == 0;
}

/* What the tally hid stays hidden; a share without a figure is not
 * shown; and the reader's own rules hide small counts and small bases
 * (a hand-edited file may still carry a figure). */
static void apply_rules(tally_row *t, const tally_rules *rules)
{
	if (isnan(t->pct))
		t->suppressed = true;
	if (!isnan(t->n) && t->n > 0 && t->n < rules->min_cell)
		t->suppressed = true;
	if (!isnan(t->base) && t->base < rules->min_base)
		t->suppressed = true;
}

static void set_group(tally_row *t, const tally_layout *lay,
		      const csv_record *r, const char *gcols)
{
	if (lay->is_long) {
		t->gcols = bars_to_commas(&r->fields[0]);
		t->gvals = bars_to_commas(&r->fields[1]);
	} else {
		t->gcols = xstrdup(gcols);
		t->gvals = join_fields(r, 0, lay->ngroup);
	}
}

static void add_record(tally_set *ts, const tally_layout *lay,
		       const csv_record *r, const char *gcols)
{
	tally_row *t;

	if (r->nfields != lay->nfields)
		die_at(EXIT_DATA, lay->path, r->line,
		       _("expected %zu fields, found %zu"), lay->nfields,
		       r->nfields);
	t = new_row(ts);
	set_group(t, lay, r, gcols);
	t->var = xmemdup(r->fields[lay->col[F_VAR]].data, r->fields[lay->col[F_VAR]].len);
	t->val = xmemdup(r->fields[lay->col[F_VAL]].data, r->fields[lay->col[F_VAL]].len);
	t->suppressed = note_suppressed(&r->fields[lay->col[F_NOTE]]);
	t->n = fixed_number(lay, r, F_N);
	t->base = fixed_number(lay, r, F_BASE);
	t->pct = fixed_number(lay, r, F_PCT);
	t->lo = fixed_number(lay, r, F_LO);
	t->hi = fixed_number(lay, r, F_HI);
	t->n_eff = lay->n_eff >= 0 ? number(lay, r, lay->n_eff, "n_eff") : NAN;
	apply_rules(t, lay->rules);
	check_row(lay, r, t);
	if (t->suppressed)
		t->n = t->pct = t->lo = t->hi = NAN;
}

void tallies_read(tally_set *ts, const char *path, const tally_rules *rules)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };
	csv_reader *rd = csv_open(path, &opt);
	const csv_record *r;
	tally_layout lay = { .path = path, .rules = rules };
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
		add_record(ts, &lay, r, gcols);
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
	const tally_row **sel = xmalloc((ts->nrows + 1) * sizeof(const tally_row *));

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
		if (!first && strcmp(ts->rows[i].var, "worry") != 0)
			first = ts->rows[i].var;
	}
	return first;
}

/* The breakdowns the law's mapping asks for, in the order they are shown;
 * any other group columns follow in the order the tallies give them. */
static const char *const canonical_groups[] = {
	"source", "gender", "age_band", "area", "time_of_day"
};
enum { NCANON = sizeof canonical_groups / sizeof *canonical_groups };

static bool in_list(const char **list, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], s) == 0)
			return true;
	return false;
}

static bool tallied(const tally_row *r, const char *var, const char *val)
{
	return strcmp(r->var, var) == 0 && strcmp(r->val, val) == 0;
}

const char **tallies_breakdowns(const tally_set *ts, const char *var,
				const char *val, size_t *n)
{
	const char **out = xmalloc((ts->nrows + NCANON + 1) * sizeof *out);

	*n = 0;
	for (size_t c = 0; c < NCANON; c++)
		for (size_t i = 0; i < ts->nrows; i++)
			if (strcmp(ts->rows[i].gcols, canonical_groups[c]) == 0 &&
			    tallied(&ts->rows[i], var, val)) {
				out[(*n)++] = canonical_groups[c];
				break;
			}
	for (size_t i = 0; i < ts->nrows; i++) {
		const tally_row *r = &ts->rows[i];
		if (r->gcols[0] && tallied(r, var, val) && !in_list(out, *n, r->gcols))
			out[(*n)++] = r->gcols;
	}
	return out;
}

const char *tallies_pair(const tally_set *ts, const char *a, const char *b,
			 const char *var, bool *swapped)
{
	strbuf ab = {0}, ba = {0};
	const char *found = NULL;

	sb_printf(&ab, "%s,%s", a, b);
	sb_printf(&ba, "%s,%s", b, a);
	for (size_t i = 0; i < ts->nrows && !found; i++) {
		const tally_row *r = &ts->rows[i];
		if (strcmp(r->var, var) != 0)
			continue;
		if (strcmp(r->gcols, ab.s) == 0 || strcmp(r->gcols, ba.s) == 0) {
			found = r->gcols;
			*swapped = strcmp(r->gcols, ba.s) == 0;
		}
	}
	sb_free(&ab);
	sb_free(&ba);
	return found;
}

void row_group_part(const tally_row *r, size_t k, char *out, size_t size)
{
	const char *p = r->gvals;
	size_t len;

	for (; k > 0 && *p; k--) {
		p += strcspn(p, ",");
		if (*p)
			p++;
	}
	len = strcspn(p, ",");
	if (len >= size)
		len = size - 1;
	memcpy(out, p, len);
	out[len] = '\0';
}

bool row_effective_n(const tally_row *r)
{
	return !isnan(r->n_eff) && fabs(r->n_eff - r->base) > 0.005;
}

double row_test_base(const tally_row *r)
{
	return isnan(r->n_eff) ? r->base : r->n_eff;
}

/* A share printed with one decimal differs from n/base by at most 0.05. */
static bool row_weighted(const tally_row *r)
{
	return !r->suppressed && r->base > 0 &&
	       fabs(r->pct - 100 * r->n / r->base) > 0.051;
}

bool tallies_weighted(const tally_set *ts)
{
	for (size_t i = 0; i < ts->nrows; i++)
		if (row_weighted(&ts->rows[i]))
			return true;
	return false;
}
