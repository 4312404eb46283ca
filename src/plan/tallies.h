/* tallies.h - the tallies trygg-plan reads, held in memory.
 *
 * Two layouts are read (trygg-tally(1)):
 *  - wide: a header whose columns before `variable` are the group columns
 *    (none for totals), then `variable`, `value`, `n`, `base`, `pct`,
 *    `ci_low`, `ci_high`, `note`;
 *  - long: `by`, `group`, then the same eight columns, one file holding
 *    every breakdown: `by` names the group columns joined by '|' (empty
 *    for the total), `group` their values joined by '|'.
 * Either may have further columns after `note`; `n_eff` (the effective
 * sample size of a weighted run) is used, others are ignored.  pct and
 * the interval are percentages (0-100).  A row with note `suppressed`, or
 * with no share, is not shown.  Tallies hold one row per group x value,
 * so keeping them all is cheap.  In memory group columns and values are
 * joined by ','. */
#ifndef PLAN_TALLIES_H
#define PLAN_TALLIES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
	char *gcols;  /* group columns joined by ',' ("" for totals) */
	char *gvals;  /* their values joined by ',' ("" for totals) */
	char *var;
	char *val;
	bool suppressed;
	double n, base, pct, lo, hi; /* pct, lo, hi in percent */
	double n_eff;                /* NAN when the tally has none */
} tally_row;

typedef struct {
	tally_row *rows;
	size_t nrows, cap;
	size_t nfiles;
} tally_set;

/* What a reader hides beyond what the tally hid. */
typedef struct {
	double min_cell; /* a shown count below this (and above 0) */
	double min_base; /* a share whose base is below this */
} tally_rules;

/* Add every row of the tally file PATH; exits with status 1 and a
 * FILE:LINE message when it cannot be read or is not a tally. */
void tallies_read(tally_set *ts, const char *path, const tally_rules *rules);
void tallies_free(tally_set *ts);

/* The row for group (GCOLS, GVALS), variable VAR and value VAL, or NULL. */
const tally_row *tallies_find(const tally_set *ts, const char *gcols,
			      const char *gvals, const char *var,
			      const char *val);

/* Rows with group columns GCOLS, variable VAR and (if VAL is not NULL)
 * value VAL, in file order; *n gets the count.  Free the array only. */
const tally_row **tallies_select(const tally_set *ts, const char *gcols,
				 const char *var, const char *val, size_t *n);

/* The variable whose derived value `unsafe` is tallied: `safety` when
 * present, else the first one with such a value; NULL if none. */
const char *tallies_unsafe_var(const tally_set *ts);

/* Distinct non-empty group-column sets with a row for VAR = VAL, the
 * canonical single breakdowns (source, gender, age_band, area,
 * time_of_day) first, in that order.  Free the array only. */
const char **tallies_breakdowns(const tally_set *ts, const char *var,
				const char *val, size_t *n);

/* The group columns of a two-column breakdown of A and B (in either
 * order) that tallies VAR, or NULL; *SWAPPED is true for "B,A". */
const char *tallies_pair(const tally_set *ts, const char *a, const char *b,
			 const char *var, bool *swapped);

/* The K-th (0-based) of a row's group values into OUT (cleared first). */
void row_group_part(const tally_row *r, size_t k, char *out, size_t size);

/* True when the row's interval rests on an effective n other than its
 * base: with weights (Kish), or with the finite-population correction
 * (trygg-tally -n). */
bool row_effective_n(const tally_row *r);
/* The sample size tests use: the effective n the interval was computed
 * at when the tally gives one, else the base. */
double row_test_base(const tally_row *r);
/* True when the tallies come from a weighted run: some shown share is
 * not its count over its base (n and base stay unweighted counts). */
bool tallies_weighted(const tally_set *ts);

#endif
