/* sources.c - part 7, sources and limitations, answering Brå's four
 * questions (DOMAIN.md 1.2): which sources were used, by name; how each
 * was collected and how many answered; and what that means for what the
 * figures can say. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/channels.h"
#include "plan/context.h"
#include "plan/labels.h"

typedef struct {
	strbuf *s;
	size_t n, cap;
} bullets;

static strbuf *next(bullets *b)
{
	GROW(b->s, b->n, b->cap);
	memset(&b->s[b->n], 0, sizeof *b->s);
	return &b->s[b->n++];
}

/* "Pupils (school survey): Google Forms, 2026-10; 1,450 invited, 110
 * answered, response rate 7.6%. Below 20%: ..." */
static void survey(bullets *b, const report_input *in, const channel *c)
{
	strbuf *s = next(b), lab = {0}, n = {0}, pop = {0}, rate = {0};
	const char *tool = c->pop && c->pop->tool[0] ? c->pop->tool : _("tool not stated");
	const char *period = c->pop && c->pop->period[0] ? c->pop->period
			     : in->period ? in->period : _("period not stated");
	double r = response_rate(c);

	label_code(&lab, "source", c->source);
	if (c->suppressed)
		sb_puts(&n, SUPPRESSED_SYMBOL);
	else
		fmt_count(&n, c->n);
	sb_printf(s, _("%s: %s, %s; %s answered"), lab.s, tool, period, n.s);
	if (c->pop) {
		fmt_count(&pop, c->pop->population);
		sb_printf(s, _(" of %s invited or employed"), pop.s);
	}
	if (!isnan(r)) {
		fmt_pct(&rate, r);
		sb_printf(s, _(" (response rate %s)"), rate.s);
	}
	sb_putc(s, '.');
	if (!isnan(r) && r < LOW_RESPONSE)
		/* xgettext:no-c-format */
		sb_printf(s, " %s", _("Below 20% response: those who answered may differ "
				      "a great deal from those who did not."));
	sb_free(&lab); sb_free(&n); sb_free(&pop); sb_free(&rate);
}

static void outside(bullets *b, const report_input *in)
{
	double staff, all;
	strbuf n = {0};

	if (outside_count(in->cur, "staff", &staff)) {
		fmt_count(&n, staff);
		sb_printf(next(b), _("%s of the municipal staff who answered live outside "
				     "the municipality and answer about their own area there; "
				     "the figures by area keep them apart."), n.s);
	} else if (outside_count(in->cur, NULL, &all)) {
		fmt_count(&n, all);
		sb_printf(next(b), _("%s respondents live outside the municipality and "
				     "answer about their own area there; the figures by area "
				     "keep them apart."), n.s);
	}
	sb_free(&n);
}

static void intercepts(bullets *b, const report_ctx *x)
{
	strbuf sites = {0};

	if (!x->site_time || x->site_time->unnamed_site) {
		sb_puts(next(b), _("Self-selection: street interviews and open web surveys "
				   "are convenience samples; those who choose to answer may "
				   "feel more (or less) unsafe than others. Shares describe "
				   "those who answered, not the whole population."));
		return;
	}
	for (size_t r = 0; r < x->site_time->nrows; r++) {
		if (r)
			sb_puts(&sites, ", ");
		xtab_row_label(&sites, x->site_time, r);
	}
	sb_printf(next(b), _("Self-selection: the street interviews reach those who "
			     "were at %s when the interviews were made and chose to stop; "
			     "they tell how people there feel then, not how the residents "
			     "feel. Open web surveys likewise reach those who choose to "
			     "answer."), sites.s);
	sb_free(&sites);
}

static bool same_source(const ref_row *a, const ref_row *b)
{
	return strcmp(a->source, b->source) == 0 && strcmp(a->title, b->title) == 0 &&
	       strcmp(a->url, b->url) == 0;
}

/* "2021, 2022": the periods of the shown figures of F's source and title. */
static void periods_of(strbuf *out, const ref_figures *rf, const ref_row *f)
{
	for (size_t j = 0; j < refs_count(rf); j++) {
		const ref_row *g = refs_row(rf, j);
		bool seen = false;
		if (!same_source(g, f) || !refs_shown(rf, g))
			continue;
		for (size_t k = 0; k < j && !seen; k++)
			seen = same_source(refs_row(rf, k), f) &&
			       refs_shown(rf, refs_row(rf, k)) &&
			       strcmp(refs_row(rf, k)->period, g->period) == 0;
		if (!seen)
			sb_printf(out, "%s%s", out->len ? ", " : "", g->period);
	}
}

/* One bullet per reference source and title the report shows a figure
 * of, with the periods of those figures. */
static void references(bullets *b, const ref_figures *rf)
{
	for (size_t i = 0; i < refs_count(rf); i++) {
		const ref_row *f = refs_row(rf, i);
		strbuf periods = {0};
		bool first = refs_shown(rf, f);
		for (size_t j = 0; j < i && first; j++)
			first = !(same_source(refs_row(rf, j), f) &&
				  refs_shown(rf, refs_row(rf, j)));
		if (!first)
			continue;
		periods_of(&periods, rf, f);
		sb_printf(next(b), _("Reference: %s, %s (%s)%s%s."), f->source,
			  f->title[0] ? f->title : _("no title given"), periods.s,
			  f->url[0] ? ", " : "", f->url);
		sb_free(&periods);
	}
}

static void limits(bullets *b, const report_ctx *x)
{
	strbuf k = {0};

	fmt_count(&k, x->in->min_cell);
	sb_printf(next(b), _("Small groups: cells with fewer than %s answers are not "
			     "shown (%s), and small groups have wide intervals."),
		  k.s, SUPPRESSED_SYMBOL);
	sb_printf(next(b), _("Comparisons made: %zu, corrected together with "
			     "Holm's method; see the analysis."), x->cmp.n);
	sb_puts(next(b), _("For surveys answered on paper or on line, the time of "
			   "answer is when the form was filled in, not when or where "
			   "people feel unsafe; for street interviews it is when the "
			   "person was at the site."));
	if (refs_count(x->in->refs) == 0)
		sb_puts(next(b), _("The surveys measure experienced insecurity, "
				   "victimisation and problems people see; they do not "
				   "measure the extent of crime. Reported crime (Brå), the "
				   "police's own situation picture and other sources are "
				   "needed for a complete picture."));
	else
		sb_puts(next(b), _("Reported crime shows what was reported, not all "
				   "crime; the national survey describes residents aged "
				   "16–84, not the groups who answered here."));
	sb_free(&k);
}

void section_sources(doc *d, const report_ctx *x)
{
	size_t n;
	bool exact;
	channel *ch = channels_of(x->in, &n, &exact);
	bullets b = {0};
	char **items;

	doc_heading(d, 1, _("Sources and limitations"));
	for (size_t i = 0; i < n; i++)
		survey(&b, x->in, &ch[i]);
	outside(&b, x->in);
	intercepts(&b, x);
	references(&b, x->in->refs);
	limits(&b, x);
	items = xmalloc((b.n + 1) * sizeof *items);
	for (size_t i = 0; i < b.n; i++)
		items[i] = b.s[i].s;
	doc_bullets(d, items, b.n);
	for (size_t i = 0; i < b.n; i++)
		sb_free(&b.s[i]);
	free(b.s);
	free(items);
	free(ch);
}
