/* tallies.h - the tallies trygg-plan reads, held in memory.
 *
 * A tally file is trygg-tally's output: a header whose columns before
 * `variable` are the group columns (none for totals), then `variable`,
 * `value`, `n`, `base`, `pct`, `ci_low`, `ci_high`, `note`.  pct and the
 * interval are percentages (0-100).  A row with note `suppressed` has n,
 * pct and the interval empty.  Tallies hold one row per group x value, so
 * keeping them all is cheap. */
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
} tally_row;

typedef struct {
	tally_row *rows;
	size_t nrows, cap;
	size_t nfiles;
} tally_set;

/* Add every row of the tally file PATH; exits with status 1 and a
 * FILE:LINE message when it cannot be read or is not a tally.  MIN_CELL
 * hides (as suppressed) any cell with n below it that the tally showed. */
void tallies_read(tally_set *ts, const char *path, double min_cell);
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

#endif
