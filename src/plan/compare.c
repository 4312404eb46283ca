/* compare.c - the report's comparisons and Holm's correction. */
#include "plan/compare.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/num.h"
#include "util.h"

/* "(no answer)" is not a group one can compare: some group value is empty. */
static bool unknown_group(const char *gvals)
{
	size_t n = strlen(gvals);

	return n == 0 || gvals[0] == ',' || gvals[n - 1] == ',' ||
	       strstr(gvals, ",,") != NULL;
}

bool comparable_group(const tally_row *r)
{
	return !r->suppressed && !unknown_group(r->gvals) &&
	       !(strcmp(r->gcols, "area") == 0 && strcmp(r->gvals, "other") == 0);
}

bool compared_breakdown(const char *gcols)
{
	return gcols[0] && !strchr(gcols, ',');
}

static comparison *add(comparison_set *cs)
{
	cs->c = xrealloc(cs->c, (cs->n + 1) * sizeof *cs->c);
	memset(&cs->c[cs->n], 0, sizeof *cs->c);
	return &cs->c[cs->n++];
}

/* Test A against B (A - B) and fill the comparison. */
static void test(comparison *c, const tally_row *a, const tally_row *b)
{
	c->a = a;
	c->b = b;
	c->z = z_two_prop(a->pct / 100, row_test_base(a), b->pct / 100,
			  row_test_base(b));
	c->p = erfc(fabs(c->z) / sqrt(2));
	c->nominal = c->p < FAMILY_ALPHA;
	c->diff = a->pct - b->pct;
	diff_interval(a->pct, a->lo, a->hi, b->pct, b->lo, b->hi, &c->dlo, &c->dhi);
}

static void add_pair(comparison_set *cs, enum indicator_id ind,
		     const tally_row *x, const tally_row *y)
{
	comparison *c = add(cs);

	c->kind = CMP_GROUPS;
	c->ind = ind;
	if (x->pct < y->pct)
		test(c, y, x);
	else
		test(c, x, y);
}

static void group_pairs(comparison_set *cs, const tally_set *ts,
			enum indicator_id ind)
{
	const char *var = indicator_var(ind, ts);
	const char **groups;
	size_t ng, n;

	if (!var)
		return;
	groups = tallies_breakdowns(ts, var, indicators[ind].val, &ng);
	for (size_t g = 0; g < ng; g++) {
		const tally_row **rows;
		if (!compared_breakdown(groups[g]))
			continue;
		rows = tallies_select(ts, groups[g], var, indicators[ind].val, &n);
		for (size_t i = 0; i < n; i++)
			for (size_t j = i + 1; j < n; j++)
				if (comparable_group(rows[i]) && comparable_group(rows[j]))
					add_pair(cs, ind, rows[i], rows[j]);
		free(rows);
	}
	free(groups);
}

/* Each share unsafe of CUR against the same group's in PREV. */
static void changes(comparison_set *cs, const tally_set *cur,
		    const tally_set *prev, bool pooled, enum cmp_kind kind)
{
	const char *var = tallies_unsafe_var(cur);

	for (size_t i = 0; var && i < cur->nrows; i++) {
		const tally_row *r = &cur->rows[i], *p;
		comparison *c;
		if (strcmp(r->var, var) != 0 || strcmp(r->val, "unsafe") != 0)
			continue;
		if (r->gcols[0] ? !compared_breakdown(r->gcols) || !comparable_group(r)
				: !pooled || r->suppressed)
			continue;
		p = tallies_find(prev, r->gcols, r->gvals, r->var, r->val);
		if (!p || p->suppressed)
			continue;
		c = add(cs);
		c->kind = kind;
		c->ind = IND_UNSAFE;
		test(c, r, p);
	}
}

static int by_p(const void *x, const void *y)
{
	const comparison *a = *(const comparison *const *)x;
	const comparison *b = *(const comparison *const *)y;

	if (a->p != b->p)
		return a->p < b->p ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* Holm: with the p-values sorted, the k-th smallest (from 0) is
 * rejected if it and every smaller one is at most alpha / (m - k). */
static void holm(comparison_set *cs)
{
	comparison **order = xmalloc((cs->n + 1) * sizeof(comparison *));

	for (size_t i = 0; i < cs->n; i++)
		order[i] = &cs->c[i];
	qsort(order, cs->n, sizeof(comparison *), by_p);
	for (size_t k = 0; k < cs->n; k++) {
		if (order[k]->p > FAMILY_ALPHA / (double)(cs->n - k))
			break;
		order[k]->holds = true;
		cs->nholds++;
	}
	for (size_t i = 0; i < cs->n; i++)
		cs->nnominal += cs->c[i].nominal;
	free(order);
}

void comparisons_build(comparison_set *cs, const comparison_inputs *in)
{
	memset(cs, 0, sizeof *cs);
	for (int i = 0; i < NIND; i++)
		if (indicators[i].compared)
			group_pairs(cs, in->cur, (enum indicator_id)i);
	if (in->prev)
		changes(cs, in->cur, in->prev, in->pooled, CMP_CHANGE);
	if (in->rolling && in->rolling_before)
		changes(cs, in->rolling, in->rolling_before, in->pooled, CMP_ROLLING);
	holm(cs);
}

size_t comparisons_count(const comparison_set *cs, enum cmp_kind kind)
{
	size_t n = 0;

	for (size_t i = 0; i < cs->n; i++)
		n += cs->c[i].kind == kind;
	return n;
}

void comparisons_free(comparison_set *cs)
{
	free(cs->c);
	memset(cs, 0, sizeof *cs);
}

const comparison *comparisons_change(const comparison_set *cs,
				     enum cmp_kind kind, const tally_row *now)
{
	for (size_t i = 0; i < cs->n; i++)
		if (cs->c[i].kind == kind && cs->c[i].a == now)
			return &cs->c[i];
	return NULL;
}
