/* figures.c - a tally row as text, and charts of rows. */
#include "plan/figures.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/labels.h"

void put_group(strbuf *out, const tally_row *r)
{
	if (r->gcols[0])
		label_code(out, r->gcols, r->gvals);
	else
		put_value(out, r);
}

void put_value(strbuf *out, const tally_row *r)
{
	label_code(out, r->var, r->val);
}

void put_share(strbuf *out, const tally_row *r)
{
	if (r->suppressed)
		sb_puts(out, SUPPRESSED_SYMBOL);
	else
		fmt_pct(out, r->pct);
}

void put_share_base(strbuf *out, const tally_row *r)
{
	put_share(out, r);
	sb_puts(out, " (");
	fmt_base(out, r->base);
	sb_putc(out, ')');
}

void put_figure(strbuf *out, const tally_row *r)
{
	strbuf pct = {0}, ci = {0}, n = {0}, base = {0}, eff = {0};

	if (r->suppressed) {
		sb_printf(out, _("%s (not shown: too few answers)"), SUPPRESSED_SYMBOL);
		return;
	}
	fmt_pct(&pct, r->pct);
	fmt_range(&ci, r->lo, r->hi);
	fmt_count(&n, r->n);
	fmt_count(&base, r->base);
	if (row_effective_n(r)) {
		fmt_count(&eff, r->n_eff);
		sb_printf(out, _("%s (95%% confidence interval %s; %s of %s, effective n %s)"),
			  pct.s, ci.s, n.s, base.s, eff.s);
	} else
		sb_printf(out, _("%s (95%% confidence interval %s; %s of %s)"), pct.s, ci.s,
			  n.s, base.s);
	sb_free(&pct);
	sb_free(&ci);
	sb_free(&n);
	sb_free(&base);
	sb_free(&eff);
}

chart *chart_of(const char *title, const char *value_head,
		const tally_row *const *rows, size_t n, bool label_by_group)
{
	chart *c = chart_new(title, value_head);
	strbuf lab = {0};

	for (size_t i = 0; i < n; i++) {
		const tally_row *r = rows[i];
		sb_clear(&lab);
		if (label_by_group)
			put_group(&lab, r);
		else
			put_value(&lab, r);
		chart_add(c, lab.s, r->suppressed, r->pct, r->lo, r->hi, r->n,
			  r->base);
		if (row_effective_n(r))
			chart_set_n_eff(c, r->n_eff);
	}
	sb_free(&lab);
	return c;
}

static int by_share(const void *a, const void *b)
{
	const tally_row *x = *(const tally_row *const *)a;
	const tally_row *y = *(const tally_row *const *)b;

	if (x->suppressed != y->suppressed)
		return x->suppressed ? 1 : -1;
	if (!x->suppressed && x->pct != y->pct)
		return x->pct < y->pct ? 1 : -1;
	return strcmp(x->val, y->val); /* ties in a stable, documented order */
}

void sort_by_share(const tally_row **rows, size_t n)
{
	qsort(rows, n, sizeof(const tally_row *), by_share);
}

/* The base of the totals of one question: the same on every row that
 * shows one. */
static double shown_base(const tally_row *const *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isnan(rows[i]->base))
			return rows[i]->base;
	return NAN;
}

void ranked_chart(doc *d, const tally_set *ts, const char *var,
		  const char *heading, const char *value_head, const char *intro)
{
	size_t n;
	const tally_row **rows = tallies_select(ts, "", var, NULL, &n);
	strbuf title = {0}, base = {0}, s = {0};
	chart *c;

	if (n > 0) {
		doc_heading(d, 2, heading);
		fmt_base(&base, shown_base(rows, n));
		sb_printf(&s, intro, base.s);
		doc_para(d, s.s);
		sort_by_share(rows, n);
		label_column(&title, var);
		c = chart_of(title.s, value_head, rows, n, false);
		doc_chart(d, c);
		chart_free(c);
	}
	free(rows);
	sb_free(&title);
	sb_free(&base);
	sb_free(&s);
}

const tally_row **top_totals(const tally_set *ts, const char *var, size_t max,
			     size_t *n)
{
	size_t nsel;
	const tally_row **sel = tallies_select(ts, "", var, NULL, &nsel);

	sort_by_share(sel, nsel);
	*n = 0;
	for (size_t i = 0; i < nsel && *n < max; i++)
		if (!sel[i]->suppressed && strcmp(sel[i]->val, "other") != 0)
			sel[(*n)++] = sel[i];
	return sel;
}
