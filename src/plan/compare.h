/* compare.h - every comparison the report makes, as one family: the
 * groups of each breakdown against each other (share unsafe, victimised,
 * often worried) and each share unsafe against the previous period.
 * Each is a two-proportion z-test (with weights on the effective n);
 * Holm's step-down correction keeps the chance of even one false finding
 * in the whole report at 5 %.  See trygg-plan(1), MULTIPLE COMPARISONS,
 * for why Holm and not Benjamini-Hochberg. */
#ifndef PLAN_COMPARE_H
#define PLAN_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/indicators.h"
#include "plan/tallies.h"

#define FAMILY_ALPHA 0.05

/* CMP_ROLLING: the last 12 months against the 12 before (--rolling). */
enum cmp_kind { CMP_GROUPS, CMP_CHANGE, CMP_ROLLING };

typedef struct {
	enum cmp_kind kind;
	enum indicator_id ind;
	const tally_row *a, *b; /* groups: a has the larger share; change:
				   a is now, b the previous period */
	double z, p;
	double diff, dlo, dhi;  /* a - b, percentage points, Newcombe 95 % */
	bool nominal;           /* p < 0.05 taken alone */
	bool holds;             /* rejected after Holm's correction */
} comparison;

typedef struct {
	comparison *c;
	size_t n;
	size_t nholds, nnominal;
} comparison_set;

/* What the family is built from: the current tallies and, each may be
 * NULL, the previous period's and the two rolling twelve months'.
 * POOLED: the all-respondents row may be compared (only when weights
 * make it describe a population). */
typedef struct {
	const tally_set *cur, *prev, *rolling, *rolling_before;
	bool pooled;
} comparison_inputs;

void comparisons_build(comparison_set *cs, const comparison_inputs *in);
void comparisons_free(comparison_set *cs);

/* The comparison of KIND (a change) of row NOW, or NULL when it was not
 * made. */
const comparison *comparisons_change(const comparison_set *cs,
				     enum cmp_kind kind, const tally_row *now);
/* How many comparisons of KIND the family holds. */
size_t comparisons_count(const comparison_set *cs, enum cmp_kind kind);

/* True when R may be compared with its breakdown's other groups: shown,
 * every group value answered, and not the group living outside the
 * municipality (which answers about another area). */
bool comparable_group(const tally_row *r);

/* A single-column breakdown in which groups are compared. */
bool compared_breakdown(const char *gcols);

#endif
