/* analysis.c - part 3: differences between groups and change since the
 * previous period.  A difference is stated only when a two-proportion
 * z-test rejects equality at the 5 % level; everything else is reported
 * as "not significant", so chance variation in small groups is never
 * presented as a finding. */
#include "plan/report_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/labels.h"

enum { MAX_DIFFS = 6, MAX_PER_BREAKDOWN = 2 };

typedef struct {
	const tally_row *hi, *lo; /* higher and lower share */
	double diff, dlo, dhi;    /* percentage points */
} gap;

/* "(no answer)" is not a group one can compare: some group value is empty. */
static bool unknown_group(const char *gvals)
{
	size_t n = strlen(gvals);

	return n == 0 || gvals[0] == ',' || gvals[n - 1] == ',' ||
	       strstr(gvals, ",,") != NULL;
}

static bool comparable(const tally_row *r)
{
	return !r->suppressed && !unknown_group(r->gvals);
}

/* Fill G and return true when A and B differ significantly. */
static bool compare(const tally_row *a, const tally_row *b, gap *g)
{
	double z;

	if (a->pct < b->pct) {
		const tally_row *t = a;
		a = b;
		b = t;
	}
	z = z_two_prop(a->pct / 100, a->base, b->pct / 100, b->base);
	if (!z_significant(z))
		return false;
	g->hi = a;
	g->lo = b;
	g->diff = a->pct - b->pct;
	diff_interval(a->pct, a->lo, a->hi, b->pct, b->lo, b->hi, &g->dlo, &g->dhi);
	return true;
}

static int by_size(const void *x, const void *y)
{
	const gap *a = x, *b = y;

	if (a->diff != b->diff)
		return a->diff < b->diff ? 1 : -1;
	return strcmp(a->hi->gvals, b->hi->gvals);
}

/* Every significant pairwise gap within each breakdown. */
static gap *find_gaps(const tally_set *ts, const char *var, size_t *ngaps,
		      size_t *ntests)
{
	size_t ng, n;
	const char **groups = unsafe_breakdowns(ts, var, &ng);
	gap *gaps = NULL;

	*ngaps = *ntests = 0;
	for (size_t g = 0; g < ng; g++) {
		const tally_row **rows = tallies_select(ts, groups[g], var, "unsafe", &n);
		for (size_t i = 0; i < n; i++)
			for (size_t j = i + 1; j < n; j++) {
				gap gp;
				if (!comparable(rows[i]) || !comparable(rows[j]))
					continue;
				(*ntests)++;
				if (!compare(rows[i], rows[j], &gp))
					continue;
				gaps = xrealloc(gaps, (*ngaps + 1) * sizeof *gaps);
				gaps[(*ngaps)++] = gp;
			}
		free(rows);
	}
	free(groups);
	if (*ngaps > 1)
		qsort(gaps, *ngaps, sizeof *gaps, by_size);
	return gaps;
}

static void gap_sentence(strbuf *out, const gap *g)
{
	strbuf col = {0}, a = {0}, b = {0}, pa = {0}, pb = {0}, d = {0}, ci = {0};

	label_column(&col, g->hi->gcols);
	put_group(&a, g->hi);
	put_group(&b, g->lo);
	fmt_pct(&pa, g->hi->pct);
	fmt_pct(&pb, g->lo->pct);
	fmt_num(&d, g->diff, 1);
	fmt_range(&ci, g->dlo, g->dhi);
	sb_printf(out, _("%s: %s %s against %s %s, a difference of %s percentage "
			 "points (95%% interval %s)."),
		  col.s, a.s, pa.s, b.s, pb.s, d.s, ci.s);
	sb_free(&col); sb_free(&a); sb_free(&b); sb_free(&pa); sb_free(&pb);
	sb_free(&d); sb_free(&ci);
}

/* How many larger gaps of the same breakdown come before gap I: the
 * list shows at most MAX_PER_BREAKDOWN per breakdown, so that one
 * breakdown with many groups (areas) does not crowd out the others. */
static size_t gaps_before(const gap *gaps, size_t i)
{
	size_t n = 0;

	for (size_t j = 0; j < i; j++)
		n += strcmp(gaps[j].hi->gcols, gaps[i].hi->gcols) == 0;
	return n;
}

static void differences(doc *d, const report_input *in, const char *var)
{
	size_t ngaps, ntests, shown;
	gap *gaps = find_gaps(in->cur, var, &ngaps, &ntests);
	strbuf *s;
	char **items;

	doc_heading(d, 2, _("Largest differences between groups"));
	if (ngaps == 0) {
		doc_para(d, _("No difference in the share unsafe between groups is "
			      "large enough to be told apart from chance with these numbers."));
		free(gaps);
		return;
	}
	s = xcalloc(MAX_DIFFS, sizeof *s);
	items = xmalloc(MAX_DIFFS * sizeof *items);
	shown = 0;
	for (size_t i = 0; i < ngaps && shown < MAX_DIFFS; i++) {
		if (gaps_before(gaps, i) >= MAX_PER_BREAKDOWN)
			continue;
		gap_sentence(&s[shown], &gaps[i]);
		items[shown] = s[shown].s;
		shown++;
	}
	doc_para(d, _("The share unsafe differs clearly between these groups:"));
	doc_bullets(d, items, shown);
	{
		strbuf note = {0};
		sb_printf(&note, _("Only differences that a two-proportion z-test finds "
				   "significant at the 5%% level are stated (%zu of %zu "
				   "comparisons); suppressed cells and missing answers "
				   "are not compared."),
			  ngaps, ntests);
		doc_note(d, note.s);
		sb_free(&note);
	}
	for (size_t i = 0; i < shown; i++)
		sb_free(&s[i]);
	free(s);
	free(items);
	free(gaps);
}

/* ---- change since the previous period ---- */

static void change_row(table *t, const tally_row *now, const tally_row *before,
		       bool *any_sig)
{
	strbuf c[6] = {{0}};
	char *row[6];

	if (now->gcols[0])
		put_group(&c[0], now);
	else
		sb_puts(&c[0], _("All respondents"));
	put_share(&c[1], before);
	put_share(&c[2], now);
	if (now->suppressed || before->suppressed) {
		for (int k = 3; k < 6; k++)
			sb_puts(&c[k], SUPPRESSED_SYMBOL);
	} else {
		double lo, hi, z = z_two_prop(now->pct / 100, now->base,
					      before->pct / 100, before->base);
		fmt_signed(&c[3], now->pct - before->pct);
		diff_interval(now->pct, now->lo, now->hi, before->pct, before->lo,
			      before->hi, &lo, &hi);
		fmt_range(&c[4], lo, hi);
		sb_puts(&c[5], z_significant(z) ? _("yes") : _("no"));
		*any_sig |= z_significant(z);
	}
	for (int k = 0; k < 6; k++)
		row[k] = c[k].s;
	table_add(t, row);
	for (int k = 0; k < 6; k++)
		sb_free(&c[k]);
}

static void change(doc *d, const report_input *in, const char *var)
{
	const char *head[6] = { _("Group"), _("Previous"), _("Now"),
				_("Change"),
				/* xgettext:no-c-format */
				_("95% interval"),
				_("Significant") };
	static const bool numeric[6] = { false, true, true, true, true, false };
	table *t = table_new(_("Share unsafe, now and in the previous period"), 6,
			     head, numeric);
	bool any_sig = false;

	doc_heading(d, 2, _("Change since the previous period"));
	for (size_t i = 0; i < in->cur->nrows; i++) {
		const tally_row *r = &in->cur->rows[i];
		const tally_row *p;
		if (strcmp(r->var, var) != 0 || strcmp(r->val, "unsafe") != 0)
			continue;
		p = tallies_find(in->prev, r->gcols, r->gvals, r->var, r->val);
		if (p)
			change_row(t, r, p, &any_sig);
	}
	if (t->nrows == 0)
		doc_para(d, _("The previous period's tallies hold no share unsafe to "
			      "compare with."));
	else {
		/* xgettext:no-c-format */
		doc_para(d, any_sig ? _("Changes marked significant are larger than "
					"chance variation would explain (two-proportion "
					"z-test, 5% level).")
				    /* xgettext:no-c-format */
				    : _("No change is larger than chance variation would "
					"explain (two-proportion z-test, 5% level)."));
		doc_table(d, t);
		doc_note(d, _("Change and its interval are in percentage points. "
			      "Brå advises against reading much into a change between "
			      "two single periods; look at the trend over several."));
	}
	table_free(t);
}

void report_analysis(doc *d, const report_input *in)
{
	const char *var = tallies_unsafe_var(in->cur);

	doc_heading(d, 1, _("Analysis"));
	if (!var) {
		doc_para(d, _("The tallies hold no share unsafe, so there is nothing "
			      "to compare."));
		return;
	}
	differences(d, in, var);
	if (in->prev)
		change(d, in, var);
	else {
		doc_heading(d, 2, _("Change since the previous period"));
		doc_para(d, _("No previous period was given, so no change is shown."));
	}
}
