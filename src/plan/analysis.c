/* analysis.c - part 6, the analysis: differences between groups and
 * changes since the previous period, each one comparison of the report's
 * family (compare.c), stated as a finding only when it holds after Holm's
 * correction; and what the answers say about the causes of the leading
 * problems (causes.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/context.h"
#include "plan/figures.h"
#include "plan/labels.h"

enum { MAX_DIFFS = 8, MAX_PER_BREAKDOWN = 2 };

static void gap_sentence(strbuf *out, const comparison *c)
{
	strbuf col = {0}, a = {0}, b = {0}, pa = {0}, pb = {0}, d = {0}, ci = {0};

	label_column(&col, c->a->gcols);
	put_group(&a, c->a);
	put_group(&b, c->b);
	put_share(&pa, c->a);
	put_share(&pb, c->b);
	fmt_num(&d, c->diff, 1);
	fmt_range(&ci, c->dlo, c->dhi);
	sb_printf(out, _("%s, %s: %s %s against %s %s, a difference of %s percentage "
			 "points (95%% confidence interval %s)."),
		  _(indicators[c->ind].head), col.s, a.s, pa.s, b.s, pb.s, d.s, ci.s);
	sb_free(&col); sb_free(&a); sb_free(&b); sb_free(&pa); sb_free(&pb);
	sb_free(&d); sb_free(&ci);
}

static int by_size(const void *x, const void *y)
{
	const comparison *a = *(const comparison *const *)x;
	const comparison *b = *(const comparison *const *)y;

	if (a->ind != b->ind)
		return (int)a->ind - (int)b->ind;
	if (a->diff != b->diff)
		return a->diff < b->diff ? 1 : -1;
	return strcmp(a->a->gvals, b->a->gvals);
}

/* The group differences that hold, by indicator and size. */
static const comparison **holding_gaps(const comparison_set *cs, size_t *n)
{
	const comparison **out = xmalloc((cs->n + 1) * sizeof(const comparison *));

	*n = 0;
	for (size_t i = 0; i < cs->n; i++)
		if (cs->c[i].kind == CMP_GROUPS && cs->c[i].holds)
			out[(*n)++] = &cs->c[i];
	qsort(out, *n, sizeof(const comparison *), by_size);
	return out;
}

/* At most MAX_PER_BREAKDOWN per indicator and breakdown, so that one
 * breakdown with many groups (areas) does not crowd out the others. */
static bool crowded(const comparison **gaps, size_t i)
{
	size_t n = 0;

	for (size_t j = 0; j < i; j++)
		n += gaps[j]->ind == gaps[i]->ind &&
		     strcmp(gaps[j]->a->gcols, gaps[i]->a->gcols) == 0;
	return n >= MAX_PER_BREAKDOWN;
}

static void family_note(doc *d, const comparison_set *cs)
{
	strbuf s = {0};

	if (cs->n == 0) {
		doc_note(d, _("No comparison is made in this report: no two groups "
			      "have shares that may be shown."));
		return;
	}
	sb_printf(&s, _("Comparisons in this report: %zu (the groups of each "
			"breakdown against each other, for the share unsafe, victimised "
			"and often worried, and each share unsafe against the previous "
			"period), each a two-proportion z-test. With so many tests some "
			"differences look clear by chance alone, so Holm's correction is "
			"applied to all of them together: a difference is called probably "
			"not chance alone only if the risk that even one such statement in "
			"the report is a chance finding stays below 5%%. Passing: %zu. "
			"Another %zu would pass at the 5%% level taken alone; they may "
			"well be chance and are not stated as findings."),
		  cs->n, cs->nholds, cs->nnominal - cs->nholds);
	if (comparisons_count(cs, CMP_ROLLING) + comparisons_count(cs, CMP_CHANGE)) {
		sb_putc(&s, ' ');
		sb_printf(&s, _("Of these, %zu compare the last 12 months with the 12 "
				"months before and %zu this period with the previous one."),
			  comparisons_count(cs, CMP_ROLLING),
			  comparisons_count(cs, CMP_CHANGE));
	}
	doc_note(d, s.s);
	sb_free(&s);
}

static void differences(doc *d, const report_ctx *x)
{
	size_t n, shown = 0;
	const comparison **gaps = holding_gaps(&x->cmp, &n);
	strbuf *s = xcalloc(MAX_DIFFS, sizeof *s);
	char **items = xmalloc(MAX_DIFFS * sizeof *items);

	doc_heading(d, 2, _("Differences between groups"));
	for (size_t i = 0; i < n && shown < MAX_DIFFS; i++) {
		if (crowded(gaps, i))
			continue;
		gap_sentence(&s[shown], gaps[i]);
		items[shown] = s[shown].s;
		shown++;
	}
	/* with no comparison at all, the note below says why */
	if (shown == 0 && x->cmp.n > 0)
		doc_para(d, _("No difference between groups is large enough to be "
			      "probably not chance alone, once the number of comparisons "
			      "is taken into account."));
	else if (shown > 0) {
		doc_para(d, _("These differences are probably not chance alone (they "
			      "hold after the correction for the number of comparisons). "
			      "They describe those who answered; they do not show why "
			      "the groups differ."));
		doc_bullets(d, items, shown);
	}
	family_note(d, &x->cmp);
	for (size_t i = 0; i < shown; i++)
		sb_free(&s[i]);
	free(s);
	free(items);
	free(gaps);
}

/* ---- change since the previous period, and the rolling year ---- */

/* One table of changes: each share unsafe of NOW against BEFORE. */
typedef struct {
	enum cmp_kind kind;
	const tally_set *now, *before;
	const char *caption, *before_head, *now_head;
} change_view;

static void change_row(table *t, const comparison_set *cs, enum cmp_kind kind,
		       const tally_row *now, const tally_row *before)
{
	const comparison *c = comparisons_change(cs, kind, now);
	strbuf cell[6] = {{0}};
	char *row[6];

	if (now->gcols[0])
		put_group(&cell[0], now);
	else
		sb_puts(&cell[0], _("All respondents (weighted)"));
	put_share(&cell[1], before);
	put_share(&cell[2], now);
	if (!c) {
		for (int k = 3; k < 6; k++)
			sb_puts(&cell[k], SUPPRESSED_SYMBOL);
	} else {
		fmt_signed(&cell[3], c->diff);
		fmt_range(&cell[4], c->dlo, c->dhi);
		sb_puts(&cell[5], c->holds ? _("yes") : _("no"));
	}
	for (int k = 0; k < 6; k++)
		row[k] = cell[k].s;
	table_add(t, row);
	for (int k = 0; k < 6; k++)
		sb_free(&cell[k]);
}

static bool change_shown(const report_ctx *x, const char *var, const tally_row *r)
{
	if (strcmp(r->var, var) != 0 || strcmp(r->val, "unsafe") != 0)
		return false;
	if (!r->gcols[0])
		return x->pooled;
	return compared_breakdown(r->gcols) && !(strcmp(r->gcols, "area") == 0 &&
						 strcmp(r->gvals, "other") == 0);
}

/* The table of a view; false when it has no row. */
static bool change_table(doc *d, const report_ctx *x, const change_view *v)
{
	/* xgettext:no-c-format */
	const char *head[6] = { _("Group"), v->before_head, v->now_head,
				_("Change"), _("95% confidence interval"),
				_("Probably not chance alone") };
	static const bool numeric[6] = { false, true, true, true, true, false };
	table *t = table_new(v->caption, 6, head, numeric);
	const char *var = tallies_unsafe_var(v->now);
	bool any;

	for (size_t i = 0; var && i < v->now->nrows; i++) {
		const tally_row *r = &v->now->rows[i], *p;
		if (!change_shown(x, var, r))
			continue;
		p = tallies_find(v->before, r->gcols, r->gvals, r->var, r->val);
		if (p)
			change_row(t, &x->cmp, v->kind, r, p);
	}
	any = t->nrows > 0;
	if (any)
		doc_table(d, t);
	table_free(t);
	return any;
}

/* "Compared with October 2025 (the same month a year ago)." */
static void compared_with(doc *d, const report_input *in)
{
	strbuf s = {0}, when = {0};
	int prev = month_index(in->prev_period);

	fmt_month(&when, in->prev_period);
	if (in->period && prev >= 0 && month_index(in->period) == prev + 12)
		sb_printf(&s, _("Compared with %s (the same month a year ago)."), when.s);
	else
		sb_printf(&s, _("Compared with %s."), when.s);
	doc_para(d, s.s);
	sb_free(&s);
	sb_free(&when);
}

static void change(doc *d, const report_ctx *x)
{
	change_view v = { CMP_CHANGE, x->in->cur, x->in->prev,
			  _("Share unsafe, now and in the previous period"),
			  _("Previous"), _("Now") };

	doc_heading(d, 2, _("Change since the previous period"));
	if (x->in->prev_period)
		compared_with(d, x->in);
	if (!change_table(d, x, &v))
		doc_para(d, _("The previous period's tallies hold no share unsafe to "
			      "compare with."));
	else
		doc_note(d, _("Change and its interval are in percentage points; "
			      "\"yes\" = the change holds after the correction for the "
			      "number of comparisons. Brå advises against reading much "
			      "into a change between two single periods; look at the "
			      "trend over several."));
}

static void rolling_change(doc *d, const report_ctx *x)
{
	change_view v = { CMP_ROLLING, x->in->rolling, x->in->rolling_before,
			  _("Share unsafe, the last 12 months and the 12 months before"),
			  _("12 months before"), _("Last 12 months") };
	strbuf s = {0};

	doc_heading(d, 2, _("The last 12 months against the 12 months before"));
	sb_printf(&s, ngettext("%zu comparison of the last 12 months with the 12 "
			       "months before, tested together with every other "
			       "comparison of the report.",
			       "%zu comparisons of the last 12 months with the 12 "
			       "months before, tested together with every other "
			       "comparison of the report.",
			       comparisons_count(&x->cmp, CMP_ROLLING)),
		  comparisons_count(&x->cmp, CMP_ROLLING));
	doc_para(d, s.s);
	if (!change_table(d, x, &v))
		doc_para(d, _("The rolling tallies hold no share unsafe to compare."));
	else
		doc_note(d, _("Each twelve months' figure rests on all the answers of "
			      "those months, added up, not on an average of monthly "
			      "shares; change and interval in percentage points."));
	sb_free(&s);
}

/* ---- causes ---- */

static void cause_item(strbuf *out, const leading *l)
{
	strbuf lab = {0};

	if (strcmp(l->var, "safety") == 0)
		sb_puts(&lab, _("Insecurity"));
	else
		put_value(&lab, l->row);
	sb_printf(out, "%s: %s", lab.s, l->evidence);
	sb_free(&lab);
}

static void causes(doc *d, const report_ctx *x)
{
	strbuf *s = xcalloc(x->lead.n + 1, sizeof *s);
	char **items = xmalloc((x->lead.n + 1) * sizeof *items);
	size_t n = 0;

	doc_heading(d, 2, _("What the answers say about causes"));
	for (size_t i = 0; i < x->lead.n; i++) {
		if (!x->lead.l[i].evidence[0])
			continue;
		cause_item(&s[n], &x->lead.l[i]);
		items[n] = s[n].s;
		n++;
	}
	if (n == 0)
		doc_para(d, _("The tallies and answers given say nothing specific about "
			      "the causes of the leading problems; the action plan gives "
			      "the catalogue's typical causes."));
	else {
		doc_para(d, _("For each leading problem: who names it, when and where, "
			      "and what the free-text answers raise with it. This is the "
			      "starting point of a cause analysis with the police and "
			      "others, not its conclusion."));
		doc_bullets(d, items, n);
	}
	for (size_t i = 0; i < n; i++)
		sb_free(&s[i]);
	free(s);
	free(items);
}

void section_analysis(doc *d, const report_ctx *x)
{
	doc_heading(d, 1, _("Analysis"));
	if (!x->unsafe_var)
		doc_para(d, _("The tallies hold no share unsafe, so there is nothing "
			      "to compare."));
	else {
		differences(d, x);
		if (x->in->rolling)
			rolling_change(d, x);
		if (x->in->prev)
			change(d, x);
		else if (!x->in->rolling) {
			doc_heading(d, 2, _("Change since the previous period"));
			doc_para(d, _("No previous period was given, so no change is shown."));
		}
	}
	causes(d, x);
}
