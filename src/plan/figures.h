/* figures.h - one tally row as the report writes it: its group and value
 * labels, its share, its full figure with interval and base, and charts
 * of rows.  Every part of the report states figures through these, so a
 * share is never printed without the rules (suppression, base) applied. */
#ifndef PLAN_FIGURES_H
#define PLAN_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/doc.h"
#include "plan/tallies.h"
#include "util.h"

/* "Women", "Pupils (school survey), Östby" for a row's group; for a
 * totals row the label of its value. */
void put_group(strbuf *out, const tally_row *r);
void put_value(strbuf *out, const tally_row *r);
/* "34.2%" or the suppression symbol. */
void put_share(strbuf *out, const tally_row *r);
/* "34.2% (120)": the share and its base, for cross tables. */
void put_share_base(strbuf *out, const tally_row *r);
/* "34.2% (95% interval 30.1–38.5; 41 of 120)" or ".. (suppressed)";
 * with weights "...; effective n 95)". */
void put_figure(strbuf *out, const tally_row *r);

/* A chart of ROWS; LABEL_BY_GROUP labels bars by group, else by value. */
chart *chart_of(const char *title, const char *value_head,
		const tally_row *const *rows, size_t n, bool label_by_group);

/* Sort rows by share, largest first; suppressed rows last. */
void sort_by_share(const tally_row **rows, size_t n);

/* A heading, INTRO (a format with one %s: the base) and a chart of the
 * totals of VAR, largest share first; nothing when VAR is not tallied. */
void ranked_chart(doc *d, const tally_set *ts, const char *var,
		  const char *heading, const char *value_head, const char *intro);

/* The shown totals of VAR with the largest shares, at most MAX, without
 * "other".  Free the array only. */
const tally_row **top_totals(const tally_set *ts, const char *var, size_t max,
			     size_t *n);

#endif
