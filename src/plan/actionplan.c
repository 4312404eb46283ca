/* actionplan.c - part 5: a draft action plan in the shape Brå recommends
 * (DOMAIN.md 1.2): problem with its figure, cause, measure, operational
 * goal, when, who, follow-up indicator, baseline, status.  Every row
 * starts from a figure in this report, so each measure is tied to the
 * problem it answers and carries the baseline it will be followed up
 * against (Brå's main criticism of municipal plans is the missing link). */
#include <stdlib.h>
#include <string.h>

#include "plan/channels.h"
#include "plan/context.h"
#include "plan/figures.h"
#include "plan/labels.h"
#include "plan/proposals.h"

enum { NCOLS = 11 };

static const char *text_in(const report_input *in, char *const *pair)
{
	const char *s = pair[in->lang];
	return s && *s ? s : pair[LANG_EN];
}

/* "Pupils (school survey) 49.5%, Municipal staff 33.3%": the headline by
 * channel, or the pooled share with weights. */
static void by_channel(strbuf *out, const report_input *in, bool figures)
{
	size_t n;
	const tally_row **rows = headline_rows(in, &n);

	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_puts(out, "; ");
		if (rows[i]->gcols[0]) {
			put_group(out, rows[i]);
			sb_putc(out, ' ');
		}
		if (figures)
			put_figure(out, rows[i]);
		else
			put_share(out, rows[i]);
	}
	free(rows);
}

static void problem_text(strbuf *out, const report_ctx *x, const leading *c)
{
	strbuf lab = {0}, fig = {0};

	put_value(&lab, c->row);
	if (strcmp(c->var, "safety") == 0 && !x->pooled)
		by_channel(&fig, x->in, true);
	else
		put_figure(&fig, c->row);
	if (strcmp(c->var, "safety") == 0)
		sb_printf(out, _("Insecurity: share who feel unsafe out alone late in "
				 "the evening: %s"), fig.s);
	else if (strcmp(c->var, "problems") == 0)
		sb_printf(out, _("%s: %s see this problem where they live"), lab.s, fig.s);
	else if (strcmp(c->var, "unsafe_places") == 0)
		sb_printf(out, _("%s: %s name it as a place where they feel unsafe"),
			  lab.s, fig.s);
	else
		sb_printf(out, _("%s: raised in %s of free-text answers"), lab.s, fig.s);
	sb_free(&lab);
	sb_free(&fig);
}

/* What this survey says about the cause, then the catalogue's typical
 * cause, and the free-text themes that back it up. */
static void cause_text(strbuf *out, const report_input *in, const leading *c,
		       const measure *m)
{
	size_t n, shown = 0;
	const tally_row **themes = tallies_select(in->cur, "", "themes", NULL, &n);
	strbuf ev = {0};

	if (c->evidence[0]) {
		sb_printf(out, _("Here: %s"), c->evidence);
		sb_putc(out, ' ');
		sb_printf(out, _("Typical cause (catalogue): %s"), text_in(in, m->cause));
	} else
		sb_puts(out, text_in(in, m->cause));
	sort_by_share(themes, n);
	for (size_t i = 0; i < n; i++) {
		if (themes[i]->suppressed || !measure_answers(m, "themes", themes[i]->val))
			continue;
		if (shown++)
			sb_puts(&ev, ", ");
		put_value(&ev, themes[i]);
		sb_putc(&ev, ' ');
		put_share(&ev, themes[i]);
	}
	if (shown) {
		sb_putc(out, ' ');
		sb_printf(out, _("Free-text themes: %s."), ev.s);
	}
	free(themes);
	sb_free(&ev);
}

/* The figure this row's baseline is, measured again next period, and
 * the catalogue's indicator of whether the measure is carried out. */
static void indicator_text(strbuf *out, const report_input *in,
			   const leading *c, const measure *m)
{
	strbuf lab = {0};

	put_value(&lab, c->row);
	if (strcmp(c->var, "safety") == 0)
		sb_puts(out, _("Share unsafe out alone late in the evening, by channel "
			       "(this survey)"));
	else if (strcmp(c->var, "problems") == 0)
		sb_printf(out, _("Share who see the problem (this survey): %s"), lab.s);
	else if (strcmp(c->var, "unsafe_places") == 0)
		sb_printf(out, _("Share who name the place as unsafe (this survey): %s"),
			  lab.s);
	else
		sb_printf(out, _("Share of free-text answers on the theme: %s"), lab.s);
	sb_printf(out, ". %s", text_in(in, m->indicator));
	sb_free(&lab);
}

static void plan_row(table *t, const report_ctx *x, const leading *c,
		     measure *m, int number)
{
	const report_input *in = x->in;
	strbuf cell[NCOLS] = {{0}};
	char *row[NCOLS];

	sb_printf(&cell[0], "%d", number);
	problem_text(&cell[1], x, c);
	cause_text(&cell[2], in, c, m);
	measure_text(&cell[3], m, in->lang);
	measure_evidence_text(&cell[4], m, in->lang);
	sb_puts(&cell[5], text_in(in, m->goal));
	sb_puts(&cell[6], strcmp(m->horizon, "long") == 0
		? _("Start within a year; effect expected in 1-3 years")
		: _("Within 6 months; effect expected within a year"));
	measure_who(&cell[7], in->measures, m, in->lang);
	indicator_text(&cell[8], in, c, m);
	if (strcmp(c->var, "safety") == 0 && !x->pooled)
		by_channel(&cell[9], in, false);
	else
		put_share(&cell[9], c->row);
	sb_puts(&cell[10], _("Proposed (not started)"));
	for (int k = 0; k < NCOLS; k++)
		row[k] = cell[k].s;
	table_add(t, row);
	if (in->proposals)
		proposal_row(in->proposals, in, c, m, number, cell[1].s);
	for (int k = 0; k < NCOLS; k++)
		sb_free(&cell[k]);
	m->used = true;
}

/* A catalogue measure the municipality has adopted is not proposed again. */
static void skip_adopted(const report_input *in)
{
	for (size_t i = 0; in->follow && i < in->measures->n; i++)
		if (followup_has_catalogue(in->follow, in->measures->m[i].id))
			in->measures->m[i].used = true;
}

static void proposals_intro(doc *d, const report_ctx *x)
{
	if (x->in->follow) {
		section_adopted(d, x);
		doc_heading(d, 2, _("New proposals"));
		doc_para(d, _("Proposals from the catalogue for the problems of this "
			      "situation picture. They come in addition to the adopted "
			      "measures above and never replace them; a measure already "
			      "in the register is not proposed again."));
	}
	doc_para(d, _("Each row starts from a problem in this situation picture, "
		      "names a cause and a measure from the catalogue that answers it, "
		      "and gives the indicator and baseline to follow it up against. "
		      "The plan is a draft for the local crime-prevention council and "
		      "the police to adopt, change or reject."));
}

void section_action_plan(doc *d, const report_ctx *x)
{
	const char *head[NCOLS] = {
		_("No."), _("Problem (figure)"), _("Cause"), _("Measure"),
		_("Evidence"), _("Operational goal"), _("When"), _("Who"),
		_("Follow-up indicator"), _("Baseline"), _("Status")
	};
	static const bool numeric[NCOLS] = { true };
	table *t = table_new(_("Draft action plan"), NCOLS, head, numeric);
	int number = 0;

	doc_heading(d, 1, _("Draft action plan"));
	proposals_intro(d, x);
	skip_adopted(x->in);
	if (x->in->proposals)
		proposals_header(x->in->proposals, x->in->lang);
	for (size_t i = 0; i < x->lead.n; i++) {
		const leading *c = &x->lead.l[i];
		measure *m = measures_pick(x->in->measures, c->var, c->row->val);
		if (m)
			plan_row(t, x, c, m, ++number);
	}
	if (t->nrows > 0)
		doc_table(d, t);
	else
		doc_para(d, _("No problem in the tallies has a shown figure and a "
			      "measure in the catalogue, so no rows are proposed."));
	doc_note(d, _("A proposal has no status until it is adopted: copied into "
		      "the register of adopted measures (trygg-register(5)), it is "
		      "followed up with a traffic light every month. Baseline = this "
		      "period's figure."));
	table_free(t);
}
