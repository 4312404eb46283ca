/* context.h - what the parts of the report share: the input and what is
 * worked out once from it (the comparisons, the answers file, the leading
 * problems and their causes).  The driver (report.c) builds it and calls
 * the parts in the order of the law; the parts never call the driver. */
#ifndef PLAN_CONTEXT_H
#define PLAN_CONTEXT_H

#include "plan/answers.h"
#include "plan/causes.h"
#include "plan/compare.h"
#include "plan/crosstab.h"
#include "plan/report.h"

typedef struct {
	const report_input *in;
	const char *unsafe_var;  /* NULL: the tallies hold no share unsafe */
	bool pooled;             /* an all-respondents figure may be shown */
	comparison_set cmp;
	answers *ans;            /* NULL without --quotes */
	xtab *site_time;         /* NULL: no intercept site x time tally */
	xtab *place_age;         /* NULL: no places by age tally */
	xtab *site_time_year;    /* the same over the last 12 months (--rolling) */
	xtab *place_age_year;
	leading_set lead;
} report_ctx;

/* Ask ANS for the suggestions the report quotes. */
void words_want_answers(answers *ans, const tally_set *ts);

void section_key_figures(doc *d, const report_ctx *x);
void section_who(doc *d, const report_ctx *x);
void section_mapping(doc *d, const report_ctx *x);
void section_victim(doc *d, const report_ctx *x);
void section_where_when(doc *d, const report_ctx *x);
void section_words(doc *d, const report_ctx *x);
void section_analysis(doc *d, const report_ctx *x);
void section_sources(doc *d, const report_ctx *x);
void section_action_plan(doc *d, const report_ctx *x);
/* The action plan's follow-up of the adopted measures (--followup). */
void section_adopted(doc *d, const report_ctx *x);

#endif
