/* refdata.c - reference figures as the report uses them. */
#include "plan/refdata.h"

#include <glob.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/num.h"

void refs_load(ref_figures *rf, const char *path)
{
	long bad;

	if (!rf->rs)
		rf->rs = refset_new();
	bad = refset_load(rf->rs, path, NULL);
	if (bad != 0)
		exit(EXIT_DATA); /* refset_load said what and where */
}

void refs_load_dir(ref_figures *rf, const char *dir)
{
	strbuf pattern = {0};
	glob_t g;

	sb_printf(&pattern, "%s/*.csv", dir);
	if (glob(pattern.s, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++)
			refs_load(rf, g.gl_pathv[i]);
		globfree(&g);
	}
	sb_free(&pattern);
}

void refs_free(ref_figures *rf)
{
	if (rf->rs)
		refset_free(rf->rs);
	rf->rs = NULL;
}

size_t refs_count(const ref_figures *rf)
{
	return rf->rs ? refset_count(rf->rs) : 0;
}

const ref_row *refs_row(const ref_figures *rf, size_t i)
{
	return refset_row(rf->rs, i);
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

static bool same_series(const ref_row *a, const ref_row *b)
{
	return strcmp(a->source, b->source) == 0 && strcmp(a->area, b->area) == 0 &&
	       strcmp(a->group, b->group) == 0 && a->unit == b->unit &&
	       strcmp(a->indicator, b->indicator) == 0;
}

static int by_place(const void *x, const void *y)
{
	const ref_row *a = *(const ref_row *const *)x;
	const ref_row *b = *(const ref_row *const *)y;
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

const ref_row **refs_latest(const ref_figures *rf, const char *indicator,
			    size_t *n)
{
	size_t count = refs_count(rf);
	const ref_row **out = xmalloc((count + 1) * sizeof(const ref_row *));

	*n = 0;
	for (size_t i = 0; i < count; i++) {
		const ref_row *f = refs_row(rf, i);
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
	qsort(out, *n, sizeof(const ref_row *), by_place);
	return out;
}

bool refs_shown(const ref_figures *rf, const ref_row *f)
{
	if (!refs_known_indicator(f->indicator))
		return true;
	for (size_t i = 0; i < refs_count(rf); i++) {
		const ref_row *g = refs_row(rf, i);
		if (g != f && same_series(g, f) &&
		    strcmp(period_end(g->period), period_end(f->period)) > 0)
			return false;
	}
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

void refs_value(strbuf *out, const ref_row *f)
{
	if (f->unit == REF_SHARE) {
		fmt_pct_decimals(out, f->value, f->value == floor(f->value) ? 0 : 1);
		return;
	}
	fmt_num(out, f->value, f->value == floor(f->value) ? 0 : 1);
	if (f->unit == REF_PER100K)
		sb_printf(out, " %s", _("per 100,000 inhabitants"));
}
