/* report_impl.h - helpers the parts of the report share. */
#ifndef PLAN_REPORT_IMPL_H
#define PLAN_REPORT_IMPL_H

#include "plan/report.h"
#include "util.h"

/* "Women", "Pupils (school survey), Östby" for a row's group; for a
 * totals row the label of its value. */
void put_group(strbuf *out, const tally_row *r);
void put_value(strbuf *out, const tally_row *r);
/* "34.2%" or the suppression symbol. */
void put_share(strbuf *out, const tally_row *r);
/* "34.2% (95% interval 30.1–38.5; 41 of 120)" or "..  (suppressed)". */
void put_figure(strbuf *out, const tally_row *r);

/* A chart of ROWS; LABEL_BY_GROUP labels bars by group, else by value. */
chart *chart_of(const char *title, const char *value_head,
		const tally_row *const *rows, size_t n, bool label_by_group);

/* Sort rows by share, largest first; suppressed rows last. */
void sort_by_share(const tally_row **rows, size_t n);

/* Distinct non-empty group-column sets that have an `unsafe` row for
 * VAR, canonical breakdowns first.  Free the array only. */
const char **unsafe_breakdowns(const tally_set *ts, const char *var,
			       size_t *n);

void report_analysis(doc *d, const report_input *in);
void report_action_plan(doc *d, const report_input *in);

#endif
