/* crosstab.c - place x time and place x age group (see crosstab.h). */
#include "plan/crosstab.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/figures.h"
#include "plan/labels.h"

static const char *const slots[] = { "morning", "day", "evening", "night" };
static const char *const age_groups[] = { "13-19", "20-64", "65+" };
enum { NSLOTS = 4, NAGES = 3, CODE_MAX = 128 };

static xtab *xtab_new(const char *row_col, const char *col_col,
		      const char *const *cols, size_t ncols)
{
	xtab *x = xcalloc(1, sizeof *x);

	x->row_col = row_col;
	x->col_col = col_col;
	x->ncols = ncols;
	x->cols = xmalloc(ncols * sizeof *x->cols);
	for (size_t c = 0; c < ncols; c++)
		x->cols[c] = xstrdup(cols[c]);
	return x;
}

long xtab_row(const xtab *x, const char *code)
{
	for (size_t r = 0; r < x->nrows; r++)
		if (strcmp(x->rows[r], code) == 0)
			return (long)r;
	return -1;
}

static size_t add_row(xtab *x, const char *code)
{
	long r = xtab_row(x, code);

	if (r >= 0)
		return (size_t)r;
	x->rows = xrealloc(x->rows, (x->nrows + 1) * sizeof *x->rows);
	x->cells = xrealloc(x->cells, (x->nrows + 1) * x->ncols * sizeof *x->cells);
	memset(&x->cells[x->nrows * x->ncols], 0, x->ncols * sizeof *x->cells);
	x->rows[x->nrows] = xstrdup(code);
	return x->nrows++;
}

static long col_of(const xtab *x, const char *code)
{
	for (size_t c = 0; c < x->ncols; c++)
		if (strcmp(x->cols[c], code) == 0)
			return (long)c;
	return -1;
}

static void set_cell(xcell *c, const tally_row *r)
{
	c->present = true;
	c->suppressed = r->suppressed;
	c->pct = r->pct;
	c->n = r->n;
	c->base = r->base;
}

/* Drop the time slots no row has, so the map has no empty columns. */
static void drop_empty_cols(xtab *x)
{
	size_t keep = 0;

	for (size_t c = 0; c < x->ncols; c++) {
		bool any = false;
		for (size_t r = 0; r < x->nrows; r++)
			any |= x->cells[r * x->ncols + c].present;
		if (!any) {
			free(x->cols[c]);
			continue;
		}
		for (size_t r = 0; r < x->nrows; r++)
			x->cells[r * x->ncols + keep] = x->cells[r * x->ncols + c];
		x->cols[keep++] = x->cols[c];
	}
	/* rows were laid out with the old width: compact them */
	for (size_t r = 1; r < x->nrows; r++)
		memmove(&x->cells[r * keep], &x->cells[r * x->ncols], keep * sizeof *x->cells);
	x->ncols = keep;
}

static void fill_site_time(xtab *x, const tally_set *ts, const char *gcols,
			   bool swapped, const char *var, bool by_source)
{
	char site[CODE_MAX], slot[CODE_MAX];
	size_t n;
	const tally_row **rows = tallies_select(ts, gcols, var, "unsafe", &n);

	for (size_t i = 0; i < n; i++) {
		long c;
		size_t r;
		row_group_part(rows[i], swapped ? 1 : 0, site, sizeof site);
		row_group_part(rows[i], swapped ? 0 : 1, slot, sizeof slot);
		c = col_of(x, slot);
		if (!site[0] || c < 0 || (by_source && strcmp(site, "street") != 0))
			continue;
		r = add_row(x, site); /* may move the cells */
		set_cell(&x->cells[r * x->ncols + (size_t)c], rows[i]);
	}
	free(rows);
}

xtab *xtab_site_time(const tally_set *ts, const char *unsafe_var)
{
	bool swapped = false, by_source = false;
	const char *gcols;
	xtab *x;

	if (!unsafe_var)
		return NULL;
	gcols = tallies_pair(ts, "site", "time_of_day", unsafe_var, &swapped);
	if (!gcols) {
		gcols = tallies_pair(ts, "source", "time_of_day", unsafe_var, &swapped);
		by_source = true;
	}
	if (!gcols)
		return NULL;
	x = xtab_new(by_source ? "source" : "site", "time_of_day", slots, NSLOTS);
	x->unnamed_site = by_source;
	fill_site_time(x, ts, gcols, swapped, unsafe_var, by_source);
	drop_empty_cols(x);
	if (x->nrows == 0) {
		xtab_free(x);
		return NULL;
	}
	return x;
}

/* The age group of an age band ("13-15" -> "13-19"), or NULL when the
 * band straddles the groups' limits. */
static const char *age_group_of(const char *band)
{
	char *end;
	long lo = strtol(band, &end, 10), hi;

	if (end == band)
		return NULL;
	if (*end == '+')
		return lo >= 65 ? age_groups[2] : NULL;
	if (*end != '-')
		return NULL;
	hi = strtol(end + 1, &end, 10);
	if (*end)
		return NULL;
	if (hi <= 19)
		return age_groups[0];
	if (lo >= 20 && hi <= 64)
		return age_groups[1];
	return lo >= 65 ? age_groups[2] : NULL;
}

/* Add a band's row into its group's cell: a hidden band hides the sum. */
static void add_band(xcell *c, const tally_row *r)
{
	if (c->present && c->suppressed) {
		c->base += r->base;
		return;
	}
	if (!c->present) {
		set_cell(c, r);
		return;
	}
	c->base += r->base;
	if (r->suppressed) {
		c->suppressed = true;
		c->pct = c->n = NAN;
		return;
	}
	c->n += r->n;
	c->pct = c->base > 0 ? 100 * c->n / c->base : 0;
}

static void fill_place_age(xtab *x, const tally_set *ts, bool banded)
{
	size_t n;
	const tally_row **rows = tallies_select(ts, banded ? "age_band" : "age_group",
						"unsafe_places", NULL, &n);

	for (size_t i = 0; i < n; i++) {
		const char *g = banded ? age_group_of(rows[i]->gvals) : rows[i]->gvals;
		long r = xtab_row(x, rows[i]->val), c = g ? col_of(x, g) : -1;
		if (r < 0 || c < 0)
			continue;
		if (banded)
			add_band(&x->cells[(size_t)r * x->ncols + (size_t)c], rows[i]);
		else
			set_cell(&x->cells[(size_t)r * x->ncols + (size_t)c], rows[i]);
	}
	free(rows);
}

static bool has_breakdown(const tally_set *ts, const char *gcols,
			  const char *var)
{
	size_t n;
	const tally_row **rows = tallies_select(ts, gcols, var, NULL, &n);

	free(rows);
	return n > 0;
}

xtab *xtab_place_age(const tally_set *ts, size_t max)
{
	bool grouped = has_breakdown(ts, "age_group", "unsafe_places");
	bool banded = !grouped && has_breakdown(ts, "age_band", "unsafe_places");
	size_t n;
	const tally_row **places;
	xtab *x;

	if (!grouped && !banded)
		return NULL;
	x = xtab_new("unsafe_places", "age_group", age_groups, NAGES);
	places = tallies_select(ts, "", "unsafe_places", NULL, &n);
	sort_by_share(places, n);
	for (size_t i = 0; i < n && x->nrows < max; i++)
		if (!places[i]->suppressed && strcmp(places[i]->val, "other") != 0)
			add_row(x, places[i]->val);
	free(places);
	fill_place_age(x, ts, banded);
	drop_empty_cols(x);
	if (x->nrows == 0 || x->ncols == 0) {
		xtab_free(x);
		return NULL;
	}
	return x;
}

void xtab_free(xtab *x)
{
	if (!x)
		return;
	for (size_t r = 0; r < x->nrows; r++)
		free(x->rows[r]);
	for (size_t c = 0; c < x->ncols; c++)
		free(x->cols[c]);
	free(x->rows);
	free(x->cols);
	free(x->cells);
	free(x);
}

const xcell *xtab_cell(const xtab *x, size_t r, size_t c)
{
	return &x->cells[r * x->ncols + c];
}

void xtab_row_label(strbuf *out, const xtab *x, size_t r)
{
	label_code(out, x->row_col, x->rows[r]);
	if (x->unnamed_site)
		sb_printf(out, " %s", _("(site not recorded)"));
}

void xtab_col_label(strbuf *out, const xtab *x, size_t c)
{
	label_code(out, x->col_col, x->cols[c]);
}

heatmap *xtab_heatmap(const xtab *x, const char *title, const char *row_head,
		      const char *value_head)
{
	const char **cols = xmalloc((x->ncols + 1) * sizeof *cols);
	strbuf *lab = xcalloc(x->ncols + 1, sizeof *lab);
	heat_cell *cells = xmalloc((x->ncols + 1) * sizeof *cells);
	heatmap *h;

	for (size_t c = 0; c < x->ncols; c++) {
		xtab_col_label(&lab[c], x, c);
		cols[c] = lab[c].s;
	}
	h = heatmap_new(title, row_head, value_head, cols, x->ncols);
	for (size_t r = 0; r < x->nrows; r++) {
		sb_clear(&lab[x->ncols]);
		xtab_row_label(&lab[x->ncols], x, r);
		for (size_t c = 0; c < x->ncols; c++) {
			const xcell *xc = xtab_cell(x, r, c);
			cells[c] = (heat_cell){ xc->present, xc->suppressed, xc->pct,
						xc->n, xc->base };
		}
		heatmap_add_row(h, lab[x->ncols].s, cells);
	}
	for (size_t c = 0; c <= x->ncols; c++)
		sb_free(&lab[c]);
	free(lab);
	free(cols);
	free(cells);
	return h;
}

void xtab_row_text(strbuf *out, const xtab *x, size_t r)
{
	size_t shown = 0;

	for (size_t c = 0; c < x->ncols; c++) {
		const xcell *xc = xtab_cell(x, r, c);
		if (!xc->present || xc->suppressed)
			continue;
		if (shown++)
			sb_puts(out, ", ");
		xtab_col_label(out, x, c);
		sb_putc(out, ' ');
		fmt_pct(out, xc->pct);
		sb_puts(out, " (");
		fmt_base(out, xc->base);
		sb_putc(out, ')');
	}
}
