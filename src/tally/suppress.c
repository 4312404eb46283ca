/* suppress.c - primary and secondary cell suppression (see suppress.h). */
#include "tally/suppress.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define EPS 1e-9

/* Reduced row echelon form of the equations restricted to the suppressed
 * cells (published cells are known constants and drop out).  M holds
 * neqs * ncells doubles.  The coefficients are small integers and at most
 * SUP_MAX_EQS rows are combined, so doubles are exact enough. */
static void reduce(const struct sup_problem *p, double *m)
{
	size_t n = p->ncells, row = 0;

	for (size_t r = 0; r < p->neqs; r++)
		for (size_t c = 0; c < n; c++)
			m[r * n + c] = p->cells[c].suppressed ? p->coef[r * n + c] : 0;
	for (size_t c = 0; c < n && row < p->neqs; c++) {
		size_t piv = row;

		while (piv < p->neqs && fabs(m[piv * n + c]) < EPS)
			piv++;
		if (piv == p->neqs)
			continue;
		for (size_t k = 0; k < n; k++) {
			double tmp = m[row * n + k];
			m[row * n + k] = m[piv * n + k];
			m[piv * n + k] = tmp;
		}
		double lead = m[row * n + c];
		for (size_t k = 0; k < n; k++)
			m[row * n + k] /= lead;
		for (size_t r = 0; r < p->neqs; r++) {
			double f = m[r * n + c];
			if (r == row || fabs(f) < EPS)
				continue;
			for (size_t k = 0; k < n; k++)
				m[r * n + k] -= f * m[row * n + k];
		}
		row++;
	}
}

/* Column of the single non-zero of row R, or -1 if it has 0 or several. */
static long lone_column(const double *m, size_t n, size_t r)
{
	long col = -1;

	for (size_t c = 0; c < n; c++) {
		if (fabs(m[r * n + c]) < EPS)
			continue;
		if (col >= 0)
			return -1;
		col = (long)c;
	}
	return col;
}

/* The first recoverable suppressed cell not known to be exposed, or -1. */
static long first_recoverable(const struct sup_problem *p)
{
	double *m = xmalloc((p->neqs * p->ncells + 1) * sizeof *m);
	long found = -1;

	reduce(p, m);
	for (size_t r = 0; r < p->neqs && found < 0; r++) {
		found = lone_column(m, p->ncells, r);
		if (found >= 0 && p->cells[found].exposed)
			found = -1;
	}
	free(m);
	return found;
}

/* Whether cell I stays recoverable even with every cell blanked. */
static bool exposed_by_bases(struct sup_problem *p, size_t i)
{
	bool *was = xmalloc(p->ncells * sizeof *was);
	bool exposed;

	for (size_t c = 0; c < p->ncells; c++) {
		was[c] = p->cells[c].suppressed;
		p->cells[c].suppressed = true;
	}
	exposed = sup_recoverable(p, i);
	for (size_t c = 0; c < p->ncells; c++)
		p->cells[c].suppressed = was[c];
	free(was);
	return exposed;
}

bool sup_recoverable(const struct sup_problem *p, size_t i)
{
	double *m = xmalloc((p->neqs * p->ncells + 1) * sizeof *m);
	bool found = false;

	reduce(p, m);
	for (size_t r = 0; r < p->neqs && !found; r++)
		found = lone_column(m, p->ncells, r) == (long)i;
	free(m);
	return found;
}

/* Preference for secondary suppression: non-zero counts before zeros (a
 * blanked zero protects little), then the smallest count, then the
 * earliest cell. */
static bool better_candidate(const struct sup_cell *a, size_t ia,
			     const struct sup_cell *b, size_t ib)
{
	if ((a->n == 0) != (b->n == 0))
		return a->n != 0;
	if (a->n != b->n)
		return a->n < b->n;
	return ia < ib;
}

/* The published cell to blank so that cell I is no longer recoverable;
 * the best-ranked one that works, else the best-ranked one at all. */
static long pick_secondary(struct sup_problem *p, size_t i)
{
	long best_any = -1, best_fix = -1;

	for (size_t c = 0; c < p->ncells; c++) {
		struct sup_cell *cell = &p->cells[c];

		if (cell->suppressed)
			continue;
		if (best_any < 0 || better_candidate(cell, c, &p->cells[best_any], (size_t)best_any))
			best_any = (long)c;
		cell->suppressed = true;
		bool fixes = !sup_recoverable(p, i);
		cell->suppressed = false;
		if (fixes && (best_fix < 0 ||
			      better_candidate(cell, c, &p->cells[best_fix], (size_t)best_fix)))
			best_fix = (long)c;
	}
	return best_fix >= 0 ? best_fix : best_any;
}

void suppress_cells(struct sup_problem *p, uint64_t min_cell,
		    struct sup_stats *st)
{
	long i;

	if (min_cell == 0)
		return;
	for (size_t c = 0; c < p->ncells; c++) {
		struct sup_cell *cell = &p->cells[c];

		if (cell->n > 0 && cell->n < min_cell) {
			cell->suppressed = cell->primary = true;
			st->primary++;
		}
	}
	while ((i = first_recoverable(p)) >= 0) {
		if (exposed_by_bases(p, (size_t)i)) {
			p->cells[i].exposed = true;
			st->exposed++;
			continue;
		}
		long c = pick_secondary(p, (size_t)i);

		if (c < 0)
			break; /* everything is blank already */
		p->cells[c].suppressed = true;
		st->secondary++;
	}
}
