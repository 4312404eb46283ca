/* refdata.c - read reference figures (trygg-reference(5)). */
#include "plan/refdata.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvcols.h"
#include "plan/num.h"
#include "text.h"

enum {
	R_SOURCE, R_INDICATOR, R_UNIT, R_AREA, R_GROUP, R_PERIOD, R_VALUE,
	R_BASE, R_LO, R_HI, R_POPULATION, R_TITLE, R_URL, R_NOTE, NRCOLS
};

static const char *const names[NRCOLS] = {
	"source", "indicator", "unit", "area", "group", "period", "value",
	"base", "ci_low", "ci_high", "population", "title", "url", "note"
};
static const bool required[NRCOLS] = { true, true, true, true, false, true, true };

static const char *const units[] = { "count", "per100k", "share" };

typedef struct {
	const char *path;
	long col[NRCOLS];
} ref_layout;

static void map_header(ref_layout *lay, const csv_record *h)
{
	for (int i = 0; i < NRCOLS; i++) {
		lay->col[i] = csv_header_index(h, names[i]);
		if (lay->col[i] < 0 && required[i])
			die_at(EXIT_DATA, lay->path, h->line,
			       _("not a reference file: no column '%s'"), names[i]);
	}
}

static char *text(const ref_layout *lay, const csv_record *r, int c)
{
	const char *s = csv_cell(r, lay->col[c]);
	size_t n = strlen(s);

	s = trim_span(s, &n);
	return xmemdup(s, n);
}

/* "" gives NAN; a decimal comma is accepted, as spreadsheets save one. */
static double num(const ref_layout *lay, const csv_record *r, int c)
{
	char *s = text(lay, r, c), *end;
	double x;

	for (char *p = s; *p; p++)
		if (*p == ',')
			*p = '.';
	x = *s ? strtod(s, &end) : NAN;
	if (*s && (*end || !isfinite(x) || x < 0 || s[0] == '-' || s[0] == '+'))
		die_at(EXIT_DATA, lay->path, r->line,
		       _("column '%s' is not a number"), names[c]);
	free(s);
	return x;
}

static void check_figure(const ref_layout *lay, const csv_record *r,
			 const ref_figure *f)
{
	if (!*f->source || !*f->indicator || !*f->area || !*f->period)
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("source, indicator, area and period must not be empty"));
	if (isnan(f->value))
		die_at(EXIT_DATA, lay->path, r->line, "%s", _("the value is missing"));
	if (f->unit == REF_SHARE && (f->value > 100 || f->hi > 100))
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("a share is a percentage from 0 to 100"));
	if (isnan(f->lo) != isnan(f->hi) ||
	    (!isnan(f->lo) && (f->lo > f->value || f->value > f->hi)))
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("the interval needs ci_low <= value <= ci_high"));
}

static void add_row(ref_figures *rf, const ref_layout *lay, const csv_record *r)
{
	ref_figure *f;
	char *unit = text(lay, r, R_UNIT);
	long u;

	for (u = 0; u < 3 && strcmp(unit, units[u]) != 0; u++)
		;
	free(unit);
	if (u == 3)
		die_at(EXIT_DATA, lay->path, r->line, "%s",
		       _("the unit must be count, per100k or share"));
	rf->f = xrealloc(rf->f, (rf->n + 1) * sizeof *rf->f);
	f = &rf->f[rf->n++];
	f->unit = (enum ref_unit)u;
	f->source = text(lay, r, R_SOURCE);
	f->indicator = text(lay, r, R_INDICATOR);
	f->area = text(lay, r, R_AREA);
	f->group = text(lay, r, R_GROUP);
	f->period = text(lay, r, R_PERIOD);
	f->population = text(lay, r, R_POPULATION);
	f->title = text(lay, r, R_TITLE);
	f->url = text(lay, r, R_URL);
	f->note = text(lay, r, R_NOTE);
	f->value = num(lay, r, R_VALUE);
	f->base = num(lay, r, R_BASE);
	f->lo = num(lay, r, R_LO);
	f->hi = num(lay, r, R_HI);
	check_figure(lay, r, f);
}

static bool skip_row(const csv_record *r)
{
	size_t n;
	const char *s;

	if (r->nfields == 0)
		return true;
	n = r->fields[0].len;
	s = trim_span(r->fields[0].data, &n);
	if (n > 0 && s[0] == '#')
		return true;
	for (size_t i = 0; i < r->nfields; i++)
		if (r->fields[i].len > 0)
			return false;
	return true;
}

void refs_load(ref_figures *rf, const char *path)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_DETECT };
	csv_reader *rd = csv_open(path, &opt);
	const csv_record *r;
	ref_layout lay = { .path = path };
	bool header = false;
	int st;

	if (!rd)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	while ((st = csv_next(rd, &r)) == 1) {
		if (skip_row(r))
			continue;
		if (!header) {
			map_header(&lay, r);
			header = true;
		} else
			add_row(rf, &lay, r);
	}
	if (st < 0)
		die_at(EXIT_DATA, path, csv_errline(rd), "%s", csv_errmsg(rd));
	if (!header)
		die_at(EXIT_DATA, path, 1, "%s", _("not a reference file: the file is empty"));
	csv_close(rd);
}

void refs_free(ref_figures *rf)
{
	for (size_t i = 0; i < rf->n; i++) {
		ref_figure *f = &rf->f[i];
		free(f->source); free(f->indicator); free(f->area); free(f->group);
		free(f->period); free(f->population); free(f->title); free(f->url);
		free(f->note);
	}
	free(rf->f);
	memset(rf, 0, sizeof *rf);
}

/* The end of a period, for "latest": "2019-2020" ends in 2020. */
static const char *period_end(const char *p)
{
	size_t n = strlen(p);

	return n == 9 && p[4] == '-' ? p + 5 : p;
}

static int area_rank(const char *area)
{
	static const char *const prefix[] = { "riket", "polisregion:", "lan:", "kommun:" };

	for (int i = 0; i < 4; i++)
		if (strncmp(area, prefix[i], strlen(prefix[i])) == 0)
			return i;
	return 4;
}

static bool same_series(const ref_figure *a, const ref_figure *b)
{
	return strcmp(a->source, b->source) == 0 && strcmp(a->area, b->area) == 0 &&
	       strcmp(a->group, b->group) == 0 && a->unit == b->unit &&
	       strcmp(a->indicator, b->indicator) == 0;
}

static int by_place(const void *x, const void *y)
{
	const ref_figure *a = *(const ref_figure *const *)x;
	const ref_figure *b = *(const ref_figure *const *)y;
	int c;

	if ((c = (a->group[0] != 0) - (b->group[0] != 0)) != 0)
		return c;
	if ((c = area_rank(a->area) - area_rank(b->area)) != 0)
		return c;
	if ((c = strcmp(a->area, b->area)) != 0)
		return c;
	if ((c = strcmp(a->group, b->group)) != 0)
		return c;
	return strcmp(a->source, b->source);
}

const ref_figure **refs_latest(const ref_figures *rf, const char *indicator,
			       size_t *n)
{
	const ref_figure **out = xmalloc((rf->n + 1) * sizeof(const ref_figure *));

	*n = 0;
	for (size_t i = 0; i < rf->n; i++) {
		const ref_figure *f = &rf->f[i];
		size_t k;
		if (strcmp(f->indicator, indicator) != 0)
			continue;
		for (k = 0; k < *n && !same_series(out[k], f); k++)
			;
		if (k == *n)
			out[(*n)++] = f;
		else if (strcmp(period_end(f->period), period_end(out[k]->period)) > 0)
			out[k] = f;
	}
	qsort(out, *n, sizeof(const ref_figure *), by_place);
	return out;
}

bool refs_shown(const ref_figures *rf, const ref_figure *f)
{
	if (!refs_known_indicator(f->indicator))
		return true;
	for (size_t i = 0; i < rf->n; i++)
		if (&rf->f[i] != f && same_series(&rf->f[i], f) &&
		    strcmp(period_end(rf->f[i].period), period_end(f->period)) > 0)
			return false;
	return true;
}

bool refs_known_indicator(const char *indicator)
{
	return strcmp(indicator, "unsafe_evening") == 0 ||
	       strcmp(indicator, "worry_crime_society") == 0 ||
	       strcmp(indicator, "victim_person") == 0;
}

void refs_area_label(strbuf *out, const char *area)
{
	const char *colon = strchr(area, ':');

	if (strcmp(area, "riket") == 0)
		sb_puts(out, _("Sweden"));
	else if (colon && strncmp(area, "polisregion:", 12) == 0)
		sb_printf(out, _("Police region %s"), colon + 1);
	else if (colon && strncmp(area, "lan:", 4) == 0)
		sb_printf(out, _("County %s"), colon + 1);
	else if (colon && strncmp(area, "kommun:", 7) == 0)
		sb_printf(out, _("Municipality %s"), colon + 1);
	else
		sb_puts(out, area);
}

void refs_value(strbuf *out, const ref_figure *f)
{
	if (f->unit == REF_SHARE) {
		fmt_pct_decimals(out, f->value, f->value == floor(f->value) ? 0 : 1);
		return;
	}
	fmt_num(out, f->value, f->value == floor(f->value) ? 0 : 1);
	if (f->unit == REF_PER100K)
		sb_printf(out, " %s", _("per 100,000 inhabitants"));
}
