/* wherewhen.c - part 4, where and when, young and old (Brå: look for
 * patterns by place and time of day; DOMAIN.md 1.2): the intercepts'
 * share unsafe by site and time of the interview, and the places named as
 * unsafe by age group, each a heat map with the numbers in the cells. */
#include <stdlib.h>
#include <string.h>

#include "plan/context.h"
#include "plan/crosstab.h"
#include "plan/labels.h"

/* "Interviews by time: Morning (06–10) 20, Evening (17–22) 8." */
static void reached(doc *d, const xtab *x)
{
	strbuf list = {0}, s = {0};

	for (size_t c = 0; c < x->ncols; c++) {
		double n = 0;
		for (size_t r = 0; r < x->nrows; r++)
			if (xtab_cell(x, r, c)->present)
				n += xtab_cell(x, r, c)->base;
		if (list.len)
			sb_puts(&list, ", ");
		xtab_col_label(&list, x, c);
		sb_putc(&list, ' ');
		fmt_base(&list, n);
	}
	sb_printf(&s, _("Who was reached: interviews by time of day: %s."), list.s);
	doc_para(d, s.s);
	sb_free(&list);
	sb_free(&s);
}

/* The month's heat map and, with --rolling, the last 12 months': one
 * month of intercepts at a site is a few dozen answers, a year is enough
 * to see a pattern. */
static void heatmaps(doc *d, const xtab *month, const xtab *year,
		     const char *title, const char *rows, const char *cells)
{
	strbuf t = {0};

	if (month) {
		heatmap *h = xtab_heatmap(month, title, rows, cells);
		doc_heatmap(d, h);
		heatmap_free(h);
	}
	if (year) {
		sb_printf(&t, _("%s: the last 12 months"), title);
		heatmap *h = xtab_heatmap(year, t.s, rows, cells);
		doc_heatmap(d, h);
		heatmap_free(h);
	}
	sb_free(&t);
}

static void site_time(doc *d, const report_ctx *x)
{
	const xtab *any = x->site_time ? x->site_time : x->site_time_year;

	doc_heading(d, 2, _("Intercept interviews: where and when"));
	doc_para(d, _("The street interviews were made at fixed sites at different "
		      "times of day, to see who is there and how safe they feel then. "
		      "The time is when the interview was made, so the person was at "
		      "the site at that time."));
	heatmaps(d, x->site_time, x->site_time_year,
		 _("Street interviews by site and time of the interview"),
		 _("Interview site"), _("share unsafe (number interviewed)"));
	if (x->site_time)
		reached(d, x->site_time);
	doc_note(d, _("Each cell gives the share unsafe and, in brackets, the number "
		      "interviewed there at that time; .. = not shown (too few answers), "
		      "– = no interviews."));
	if (any->unnamed_site)
		doc_note(d, _("The records do not say where each interview was made (no "
			      "site column), so the street interviews stand in for their "
			      "site."));
}

static void place_age(doc *d, const report_ctx *x)
{
	doc_heading(d, 2, _("Young and old: places named as unsafe"));
	doc_para(d, _("Young and old people use places at different times and name "
		      "different places as unsafe. Each cell gives the share of the "
		      "age group who name the place and, in brackets, the number in "
		      "the age group who were asked."));
	heatmaps(d, x->place_age, x->place_age_year, _("Places named as unsafe, by age"),
		 _("Place"), _("share of the age group who name the place (number asked)"));
	doc_note(d, _("Age groups 13–19, 20–64 and 65+ are the age bands added "
		      "together; a group is shown only when every band in it is shown, "
		      "so a hidden cell cannot be worked out."));
}

void section_where_when(doc *d, const report_ctx *x)
{
	doc_heading(d, 1, _("Where and when, young and old"));
	if (x->site_time || x->site_time_year)
		site_time(d, x);
	if (x->place_age || x->place_age_year)
		place_age(d, x);
	if (!x->site_time && !x->place_age && !x->site_time_year && !x->place_age_year)
		doc_para(d, _("The tallies hold neither the street interviews by site and "
			      "time of day nor the places named by age, so no pattern of "
			      "place and time can be shown."));
}
