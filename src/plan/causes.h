/* causes.h - the leading problems of the situation picture and what the
 * answers and the reference data say about their causes (Brå's cause
 * analysis, DOMAIN.md 1.2): for a place, who names it (by age group), how
 * unsafe those interviewed there feel at each time of day, and the themes
 * raised where it is named; for a theme, the places and channels it comes
 * from; for insecurity, the groups that differ beyond chance and the
 * national figure.  The analysis prints the evidence; the action plan's
 * cause column starts from it. */
#ifndef PLAN_CAUSES_H
#define PLAN_CAUSES_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/answers.h"
#include "plan/compare.h"
#include "plan/crosstab.h"
#include "plan/report.h"

typedef struct {
	const tally_row *row; /* the figure the problem starts from */
	const char *var;      /* safety | problems | unsafe_places | themes */
	char *evidence;       /* "" when the data say nothing specific */
} leading;

typedef struct {
	leading *l;
	size_t n;
} leading_set;

/* What the causes of the leading problems are looked for in. */
typedef struct {
	const report_input *in;
	const comparison_set *cmp;
	const answers *ans;      /* NULL: no answers file */
	const xtab *site_time;   /* NULL: no such table */
	const xtab *place_age;   /* NULL: no such table */
	bool site_time_year;     /* site_time is of the rolling year */
	bool place_age_year;     /* place_age is of the rolling year */
} cause_sources;

/* The leading problems: insecurity (the headline), the problems, places
 * and free-text themes with the largest shown shares. */
void leading_find(leading_set *ls, const report_input *in);
/* Ask ANS for the answers the causes need. */
void leading_want_answers(const leading_set *ls, answers *ans);
void leading_explain(leading_set *ls, const cause_sources *src);
void leading_free(leading_set *ls);

/* How many places and themes lead (and are quoted). */
enum { TOP_PROBLEMS = 4, TOP_PLACES = 3, TOP_THEMES = 2 };

#endif
