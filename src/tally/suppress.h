/* suppress.h - disclosure control for one group's variable.
 *
 * The cells are the counts printed in the rows of one group x variable
 * (each code, the derived "unsafe").  The bases beside them are always
 * printed, so they are constants here.  Equations say which sums are
 * known: for a single-select question the codes add up to the base; the
 * codes of the unsafe base add up to that base; the unsafe codes add up to
 * the unsafe count.  A multi-select question has no such equation.
 *
 * Primary suppression blanks every count with 1 <= n < MIN_CELL.
 * Secondary suppression then blanks further cells, smallest count first,
 * until no blanked cell can be worked out from the printed cells by any
 * combination of the equations (tested exactly: a cell is recoverable iff
 * its unit vector lies in the row space of the equations restricted to the
 * blanked cells).  Some sums follow from the printed bases alone (a
 * question with a single code; the base minus the unsafe base is the count
 * of the codes outside the unsafe base, such as 9): a blanked cell that
 * equals such a sum cannot be hidden by blanking more cells, and is
 * counted as exposed instead. */
#ifndef TALLY_SUPPRESS_H
#define TALLY_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SUP_MAX_EQS 3

struct sup_cell {
	uint64_t n;
	bool suppressed;
	bool primary;
	bool exposed;     /* recoverable from the printed bases alone */
};

struct sup_problem {
	struct sup_cell *cells;
	size_t ncells;
	signed char *coef;   /* neqs rows of ncells coefficients */
	size_t neqs;
};

struct sup_stats {
	size_t primary, secondary, exposed;
};

void suppress_cells(struct sup_problem *p, uint64_t min_cell,
		    struct sup_stats *st);

/* Whether published cells determine suppressed cell I (exposed for tests
 * of the rule itself). */
bool sup_recoverable(const struct sup_problem *p, size_t i);

#endif
