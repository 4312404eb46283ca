/* crosstab.h - where and when, young and old: two cross tables built
 * from the tallies.
 *
 *  - Intercept site x time of the interview: the share unsafe among those
 *    interviewed at each site in each time slot, from a tally grouped by
 *    site and time_of_day (the `site` column is empty for other channels,
 *    so only intercepts count).  Without a site column, the street
 *    interviews grouped by source and time_of_day stand in, with the site
 *    not named.
 *  - Place x age group (13-19, 20-64, 65+): the share of each age group
 *    who name each place as unsafe, from a tally of unsafe_places grouped
 *    by age_group, or by age_band with the bands added into groups.  Bands
 *    are added only when every band of the group is shown, so a hidden
 *    cell can never be worked out from a sum and its shown parts. */
#ifndef PLAN_CROSSTAB_H
#define PLAN_CROSSTAB_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/doc.h"
#include "plan/tallies.h"
#include "util.h"

typedef struct {
	bool present, suppressed;
	double pct, n, base;
} xcell;

typedef struct {
	const char *row_col;  /* the column the rows' codes belong to */
	const char *col_col;  /* the column the columns' codes belong to */
	bool unnamed_site;    /* rows are channels standing in for sites */
	char **rows, **cols;
	size_t nrows, ncols;
	xcell *cells;         /* nrows x ncols */
} xtab;

/* NULL when the tallies hold no such breakdown. */
xtab *xtab_site_time(const tally_set *ts, const char *unsafe_var);
/* Rows: the places of the totals tally of unsafe_places that are shown,
 * by share, at most MAX; NULL when no age breakdown of places exists. */
xtab *xtab_place_age(const tally_set *ts, size_t max);
void xtab_free(xtab *x);

const xcell *xtab_cell(const xtab *x, size_t r, size_t c);
/* The row of CODE, or -1. */
long xtab_row(const xtab *x, const char *code);

/* Labels of a row and a column. */
void xtab_row_label(strbuf *out, const xtab *x, size_t r);
void xtab_col_label(strbuf *out, const xtab *x, size_t c);

heatmap *xtab_heatmap(const xtab *x, const char *title, const char *row_head,
		      const char *value_head);

/* "Morning 20.0% (30), Evening 52.0% (20)": the row's shown cells. */
void xtab_row_text(strbuf *out, const xtab *x, size_t r);

#endif
