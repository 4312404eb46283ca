/* report.c - the driver: work out what the parts share (comparisons, the
 * answers, the leading problems and their causes) and write the parts in
 * the order of 4 § of Lag (2023:196) and Brå's guidance (DOMAIN.md
 * 1.1-1.2): who answered, the mapping, victimisation and worry, where and
 * when, the citizens' own words, the analysis, sources and limitations,
 * and the draft action plan. */
#include "plan/report.h"

#include <stdlib.h>

#include "plan/channels.h"
#include "plan/context.h"

bool report_has_headline(const report_input *in)
{
	size_t n;
	const tally_row **rows = headline_rows(in, &n);

	free(rows);
	return n > 0 || pooled_row(in) != NULL;
}

bool report_headline_tallied(const report_input *in)
{
	size_t nch;
	bool exact, found = false;
	channel *ch = channels_of(in, &nch, &exact);

	for (size_t i = 0; i < nch && !found; i++)
		found = ch[i].unsafe != NULL;
	free(ch);
	return found;
}

static void ctx_open(report_ctx *x, const report_input *in)
{
	cause_sources src;

	x->in = in;
	x->unsafe_var = tallies_unsafe_var(in->cur);
	x->pooled = pooled_row(in) != NULL;
	comparisons_build(&x->cmp, &(comparison_inputs){ in->cur, in->prev, in->rolling,
							 in->rolling_before, x->pooled });
	x->site_time = xtab_site_time(in->cur, x->unsafe_var);
	x->place_age = xtab_place_age(in->cur, 8);
	if (in->rolling) {
		x->site_time_year = xtab_site_time(in->rolling, tallies_unsafe_var(in->rolling));
		x->place_age_year = xtab_place_age(in->rolling, 8);
	}
	leading_find(&x->lead, in);
	if (in->quotes) {
		x->ans = answers_new(in->min_cell);
		leading_want_answers(&x->lead, x->ans);
		words_want_answers(x->ans, in->cur);
		answers_read(x->ans, in->quotes);
	}
	/* a year of interviews says more about a place and an hour than a month */
	src = (cause_sources){ in, &x->cmp, x->ans,
			       x->site_time_year ? x->site_time_year : x->site_time,
			       x->place_age_year ? x->place_age_year : x->place_age,
			       x->site_time_year != NULL, x->place_age_year != NULL };
	leading_explain(&x->lead, &src);
}

static void ctx_close(report_ctx *x)
{
	comparisons_free(&x->cmp);
	xtab_free(x->site_time);
	xtab_free(x->place_age);
	xtab_free(x->site_time_year);
	xtab_free(x->place_age_year);
	answers_free(x->ans);
	leading_free(&x->lead);
}

static void title(doc *d, const report_input *in)
{
	strbuf sub = {0};

	if (in->period)
		sb_printf(&sub, _("Period: %s. Draft for the local crime-prevention "
				  "council."), in->period);
	else
		sb_puts(&sub, _("Draft for the local crime-prevention council."));
	doc_title(d, _("Situation picture and action plan under Act (2023:196)"),
		  in->title ? in->title : _("Safety and insecurity: situation picture"),
		  sub.s);
	sb_free(&sub);
}

static void footer(doc *d, const report_input *in)
{
	strbuf foot = {0}, k = {0};

	fmt_count(&k, in->min_cell);
	sb_printf(&foot, ngettext("Made with trygg-plan %s from %zu tally file. "
				  "Suppression threshold %s; %s = not shown (too few answers).",
				  "Made with trygg-plan %s from %zu tally files. "
				  "Suppression threshold %s; %s = not shown (too few answers).",
				  in->cur->nfiles),
		  TRYGG_VERSION, in->cur->nfiles, k.s, SUPPRESSED_SYMBOL);
	doc_close(d, foot.s);
	sb_free(&foot);
	sb_free(&k);
}

void report_write(doc *d, const report_input *in)
{
	report_ctx x = {0};

	ctx_open(&x, in);
	title(d, in);
	section_key_figures(d, &x);
	section_who(d, &x);
	section_mapping(d, &x);
	section_victim(d, &x);
	section_where_when(d, &x);
	section_words(d, &x);
	section_analysis(d, &x);
	section_sources(d, &x);
	section_action_plan(d, &x);
	footer(d, in);
	ctx_close(&x);
}
