/* suppress.h - disclosure control over every table of one run.
 *
 * The cells are the counts one variable's rows print, in every breakdown
 * and group (each code, the derived "unsafe").  Equations say which sums
 * of them the published files reveal (the caller builds them: codes that
 * add up to a printed base, "unsafe" as the sum of its codes, breakdowns
 * that add up to each other); only which cells appear in which equation
 * matters, not the constants.
 *
 * A cell is hidden when the caller withheld it (the base rule) or when it
 * is a printed count of 1 to MIN_CELL-1 (primary suppression).  Hidden
 * counts of 1 to MIN_CELL-1 are protected: none may be worked out exactly
 * from the published figures, by an attacker who also knows that every
 * count lies between 0 and its printed base (linear programming).
 *
 * The algebra: a hidden cell is worked out iff its unit vector lies in
 * the row space of the equations restricted to the unknown hidden cells
 * (reduced to echelon form modulo the prime 2^61-1, so exactly).  Hidden
 * counts at a bound (0, or their base) are treated as known: at a bound
 * an attacker's linear programme can pin them, and others through them,
 * where the algebra would not.  With every unknown count strictly inside
 * its bounds, a cell the algebra cannot work out can move, so the
 * attacker cannot pin it either.  A protected count that is itself at a
 * bound (the only answer of a small group) is protected by a certificate
 * instead: a cycle of changes, all through hidden cells, that keeps every
 * equation and moves it by 1 without taking any count past a bound.
 *
 * While a protected cell is worked out, more printed counts are hidden
 * (secondary suppression), never counts at a bound: the cheapest set that
 * makes the cell no longer worked out (or gives it a certificate), among
 * single counts and the cycles the caller proposes (through another group
 * of the same breakdown: see publish.c).  A set costs the sum of its
 * counts, plus a large amount per cell of a higher rank (the caller ranks
 * detail cells before totals, and both before headline shares), so a
 * headline share is only hidden when nothing else works.  Whether a set
 * frees a cell is a small rank test on the echelon form: the cell stays
 * worked out iff its row, restricted to the set's columns, lies in the
 * span of the rows without a pivot restricted to them.  When no set
 * works, counts the cell's row involves are hidden one at a time and the
 * search goes on; a protected cell nothing protects is counted as
 * exposed (and reported). */
#ifndef TALLY_SUPPRESS_H
#define TALLY_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum cell_state {
	CELL_SHOWN,
	CELL_SMALL_BASE,  /* withheld by the base rule */
	CELL_PRIMARY,     /* a count of 1 to MIN_CELL-1 */
	CELL_SECONDARY    /* hidden to protect another */
};

#define SUP_NEVER 255     /* rank of a cell never hidden for another */

typedef struct {
	uint64_t n;
	unsigned char state;
	unsigned char rank;   /* preference for secondary suppression */
	bool headline;        /* counted apart when hidden for another */
	uint64_t cap;         /* its printed base: it cannot be more */
	bool absent;          /* no row is printed: a known 0 */
	bool exposed;         /* protected, but the bases give it away */
} sup_cell;

typedef struct {
	sup_cell *cells;
	size_t ncells;
	size_t *start;        /* equation e is terms [start[e], start[e+1]) */
	size_t neqs, eqcap;
	size_t *term_cell;
	signed char *term_coef;
	size_t nterms, termcap;
} sup_problem;

typedef struct {
	size_t primary, secondary, headline, small_base, exposed;
	size_t withheld_tables; /* tables left out whole for an exposed count */
} sup_stats;

/* Candidate sets of cells, proposed by the caller for a cell to protect:
 * each a cycle, the cell itself with +1 and the others with the sign by
 * which they change when it grows by 1 so that every equation holds. */
typedef struct {
	size_t *cells;
	signed char *sign;
	size_t ncells, cap;
	size_t *end;          /* set k is cells [end[k-1], end[k]) */
	size_t nsets, setcap;
} sup_sets;

typedef void sup_propose_fn(void *ctx, size_t cell, sup_sets *sets);

/* Add a cycle of N cells and their signs. */
void sup_sets_add(sup_sets *s, const size_t *cells,
		  const signed char *sign, size_t n);

void sup_init(sup_problem *p, size_t ncells);
void sup_free(sup_problem *p);
/* Start an equation; then sup_term for each cell in it. */
void sup_begin_eq(sup_problem *p);
void sup_term(sup_problem *p, size_t cell, int coef);

/* Mark primary and secondary suppressions (MIN_CELL 0: none); PROPOSE
 * (may be NULL) suggests sets of cells that could protect a cell. */
void suppress(sup_problem *p, uint64_t min_cell, sup_stats *st,
	      sup_propose_fn *propose, void *ctx);

#endif
