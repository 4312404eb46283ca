/* channels.c - respondents, frames and headline per channel. */
#include "plan/channels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/indicators.h"

static const population_entry *population_of(const report_input *in,
					     const char *source)
{
	for (size_t i = 0; i < in->npop; i++)
		if (strcmp(in->pop[i].source, source) == 0)
			return &in->pop[i];
	return NULL;
}

/* The largest base of any row grouped by source alone, per channel. */
static size_t channels_from_bases(const tally_set *ts, channel *ch)
{
	size_t n = 0;

	for (size_t i = 0; i < ts->nrows; i++) {
		const tally_row *r = &ts->rows[i];
		size_t k;
		if (strcmp(r->gcols, "source") != 0)
			continue;
		for (k = 0; k < n && strcmp(ch[k].source, r->gvals) != 0; k++)
			;
		if (k == n)
			ch[n++] = (channel){ r->gvals, false, 0, NULL, NULL };
		if (r->base > ch[k].n)
			ch[k].n = r->base;
	}
	return n;
}

channel *channels_of(const report_input *in, size_t *n, bool *exact)
{
	size_t nsel;
	const tally_row **sel = tallies_select(in->cur, "", "source", NULL, &nsel);
	channel *ch = xcalloc(in->cur->nrows + 1, sizeof *ch);

	*n = 0;
	*exact = nsel > 0;
	for (size_t i = 0; i < nsel; i++)
		ch[(*n)++] = (channel){ sel[i]->val, sel[i]->suppressed, sel[i]->n,
					NULL, NULL };
	free(sel);
	if (!*exact)
		*n = channels_from_bases(in->cur, ch);
	for (size_t i = 0; i < *n; i++) {
		ch[i].pop = population_of(in, ch[i].source);
		ch[i].unsafe = indicator_row(IND_UNSAFE, in->cur, "source", ch[i].source);
	}
	return ch;
}

double channels_total(const report_input *in)
{
	size_t n;
	bool exact;
	channel *ch = channels_of(in, &n, &exact);
	double total = 0;

	for (size_t i = 0; i < n; i++)
		if (!ch[i].suppressed)
			total += ch[i].n;
	free(ch);
	return total;
}

const tally_row **headline_rows(const report_input *in, size_t *n)
{
	size_t nch;
	bool exact;
	channel *ch = channels_of(in, &nch, &exact);
	const tally_row **rows = xmalloc((nch + 1) * sizeof(const tally_row *));
	const tally_row *total = indicator_row(IND_UNSAFE, in->cur, "", "");

	*n = 0;
	for (size_t i = 0; i < nch; i++)
		if (ch[i].unsafe && !ch[i].unsafe->suppressed)
			rows[(*n)++] = ch[i].unsafe;
	if (*n == 0 && nch == 1 && total && !total->suppressed)
		rows[(*n)++] = total;
	free(ch);
	return rows;
}

const tally_row *pooled_row(const report_input *in)
{
	const tally_row *total = indicator_row(IND_UNSAFE, in->cur, "", "");

	if (!total || total->suppressed || !tallies_weighted(in->cur))
		return NULL;
	return total;
}

static double largest_base(const tally_set *ts, const char *gcols,
			   const char *gvals)
{
	double best = NAN;

	for (size_t i = 0; i < ts->nrows; i++) {
		const tally_row *r = &ts->rows[i];
		if (strcmp(r->gcols, gcols) == 0 && strcmp(r->gvals, gvals) == 0 &&
		    !isnan(r->base) && (isnan(best) || r->base > best))
			best = r->base;
	}
	return best;
}

bool outside_count(const tally_set *ts, const char *source, double *n)
{
	strbuf v = {0};

	if (source) {
		sb_printf(&v, "%s,other", source);
		*n = largest_base(ts, "source,area", v.s);
		if (isnan(*n)) {
			sb_clear(&v);
			sb_printf(&v, "other,%s", source);
			*n = largest_base(ts, "area,source", v.s);
		}
	} else
		*n = largest_base(ts, "area", "other");
	sb_free(&v);
	return !isnan(*n);
}

double response_rate(const channel *c)
{
	if (!c->pop || c->suppressed || !(c->pop->population > 0))
		return NAN;
	return 100 * c->n / c->pop->population;
}
