/* mapping.c - part 2, the mapping: the share unsafe by channel and group,
 * the places named as unsafe, the problems seen and the themes of the
 * free text, each with the base it is a share of.  The order and the
 * names follow 4 § of Lag (2023:196) and Brå's guidance (DOMAIN.md
 * 1.1-1.2). */
#include <stdlib.h>
#include <string.h>

#include "plan/channels.h"
#include "plan/context.h"
#include "plan/figures.h"
#include "plan/labels.h"

static void suppression_note(doc *d, const report_input *in)
{
	strbuf s = {0}, k = {0};

	fmt_count(&k, in->min_cell);
	sb_printf(&s, _("%s = not shown (too few answers): the cell has fewer than %s "
			"answers, or was hidden so that such a cell cannot be worked "
			"out from the others. The interval is a 95%% Wilson confidence "
			"interval; n is the number with the answer, the base the number "
			"who answered the question."),
		  SUPPRESSED_SYMBOL, k.s);
	doc_note(d, s.s);
	sb_free(&s);
	sb_free(&k);
}

static void overall_unsafe(doc *d, const report_ctx *x)
{
	const tally_row *r = pooled_row(x->in);
	strbuf s = {0}, fig = {0};

	if (r) {
		put_figure(&fig, r);
		sb_printf(&s, _("All channels together, weighted: %s feel unsafe when out "
				"alone late in the evening in their own area. The weighted "
				"figure describes the population the weights were made for, "
				"not the residents at large unless the weights are."), fig.s);
	} else
		sb_puts(&s, _("The share unsafe is given channel by channel: the channels "
			      "reach different people (pupils, municipal staff, people met "
			      "in the street), so without weights one figure for all of "
			      "them would describe no population."));
	doc_para(d, s.s);
	doc_note(d, _(indicators[IND_UNSAFE].ntu_note));
	sb_free(&s);
	sb_free(&fig);
}

/* Breakdowns shown elsewhere (where and when, those living outside). */
static bool shown_elsewhere(const char *gcols)
{
	return strstr(gcols, "site") || strcmp(gcols, "source,time_of_day") == 0 ||
	       strcmp(gcols, "time_of_day,source") == 0 ||
	       strcmp(gcols, "source,area") == 0 || strcmp(gcols, "area,source") == 0;
}

static bool outside_row(const tally_row *r)
{
	return strcmp(r->gcols, "area") == 0 && strcmp(r->gvals, "other") == 0;
}

/* Those living outside the municipality answer about another area: they
 * are kept out of the areas' chart and shown apart. */
static void outside(doc *d, const report_ctx *x, const tally_row *r)
{
	strbuf s = {0}, staff = {0};
	chart *c = chart_of(_("Living outside the municipality"), _("Share unsafe"),
			    &r, 1, true);
	double n;

	sb_puts(&s, _("Respondents who live outside the municipality answer about "
		      "their own area there: they are shown apart and are not part of "
		      "the comparisons between areas."));
	if (outside_count(x->in->cur, "staff", &n)) {
		fmt_count(&staff, n);
		sb_putc(&s, ' ');
		sb_printf(&s, _("%s of them are municipal staff."), staff.s);
	}
	doc_para(d, s.s);
	doc_chart(d, c);
	chart_free(c);
	sb_free(&s);
	sb_free(&staff);
}

static void breakdown_chart(doc *d, const report_ctx *x, const char *gcols)
{
	size_t n, kept = 0;
	const tally_row **rows = tallies_select(x->in->cur, gcols, x->unsafe_var,
						"unsafe", &n);
	const tally_row *out = NULL;
	strbuf title = {0};
	chart *c;

	for (size_t i = 0; i < n; i++)
		if (outside_row(rows[i]))
			out = rows[i];
		else
			rows[kept++] = rows[i];
	label_column(&title, gcols);
	c = chart_of(title.s, _("Share unsafe"), rows, kept, true);
	doc_chart(d, c);
	if (out)
		outside(d, x, out);
	chart_free(c);
	free(rows);
	sb_free(&title);
}

static void unsafe_by_group(doc *d, const report_ctx *x)
{
	size_t ng;
	const char **groups = tallies_breakdowns(x->in->cur, x->unsafe_var, "unsafe", &ng);

	for (size_t g = 0; g < ng; g++)
		if (!shown_elsewhere(groups[g]))
			breakdown_chart(d, x, groups[g]);
	free(groups);
}

void section_mapping(doc *d, const report_ctx *x)
{
	doc_heading(d, 1, _("Mapping: insecurity, places and problems"));
	if (x->unsafe_var) {
		doc_heading(d, 2, _("Share who feel unsafe"));
		overall_unsafe(d, x);
		unsafe_by_group(d, x);
	}
	ranked_chart(d, x->in->cur, "unsafe_places", _("Places where people feel unsafe"),
		      _("Share who name the place"),
		      _("Share of the %s who were asked the question (those who named "
			"no place included) who named each place."));
	ranked_chart(d, x->in->cur, "problems", _("Problems seen in the area"),
		      _("Share who see the problem"),
		      _("Share of the %s who were asked the question who see each "
			"problem where they live."));
	ranked_chart(d, x->in->cur, "themes", _("Themes in free text"),
		      _("Share of free-text answers"),
		      _("Themes of the problems described in free text (after "
			"anonymisation), as a share of the %s who described one. "
			"Suggestions are counted apart, in their own table."));
	ranked_chart(d, x->in->cur, "mentioned_places", _("Places mentioned in free text"),
		      _("Share of free-text answers"),
		      _("Places from the codebook named in the problems described in "
			"free text, as a share of the %s who described one."));
	suppression_note(d, x->in);
}
