/* suppress.c - primary and secondary cell suppression (see suppress.h). */
#include "tally/suppress.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- the problem ---- */

void sup_init(sup_problem *p, size_t ncells)
{
	memset(p, 0, sizeof *p);
	p->cells = xcalloc(ncells + 1, sizeof *p->cells);
	p->ncells = ncells;
	p->eqcap = 16;
	p->start = xmalloc(p->eqcap * sizeof *p->start);
	p->start[0] = 0;
}

void sup_free(sup_problem *p)
{
	free(p->cells);
	free(p->start);
	free(p->term_cell);
	free(p->term_coef);
	memset(p, 0, sizeof *p);
}

void sup_begin_eq(sup_problem *p)
{
	/* An equation with no terms is simply reused. */
	if (p->neqs > 0 && p->start[p->neqs - 1] == p->nterms)
		return;
	if (grow_cap(p->neqs + 2, &p->eqcap))
		p->start = xreallocarray(p->start, p->eqcap, sizeof *p->start);
	p->start[p->neqs++] = p->nterms;
	p->start[p->neqs] = p->nterms;
}

void sup_term(sup_problem *p, size_t cell, int coef)
{
	if (grow_cap(p->nterms + 1, &p->termcap)) {
		p->term_cell = xreallocarray(p->term_cell, p->termcap, sizeof *p->term_cell);
		p->term_coef = xreallocarray(p->term_coef, p->termcap, sizeof *p->term_coef);
	}
	p->term_cell[p->nterms] = cell;
	p->term_coef[p->nterms++] = (signed char)coef;
	p->start[p->neqs] = p->nterms;
}

void sup_sets_add(sup_sets *s, const size_t *cells,
		  const signed char *sign, size_t n)
{
	if (grow_cap(s->ncells + n, &s->cap)) {
		s->cells = xreallocarray(s->cells, s->cap, sizeof *s->cells);
		s->sign = xreallocarray(s->sign, s->cap, sizeof *s->sign);
	}
	memcpy(s->sign + s->ncells, sign, n);
	GROW(s->end, s->nsets, s->setcap);
	memcpy(s->cells + s->ncells, cells, n * sizeof *cells);
	s->ncells += n;
	s->end[s->nsets++] = s->ncells;
}

/* ---- arithmetic modulo the Mersenne prime 2^61 - 1 ---- */

#define MODP ((UINT64_C(1) << 61) - 1)

static uint64_t mod_reduce(unsigned __int128 x)
{
	uint64_t r = (uint64_t)(x & MODP) + (uint64_t)(x >> 61);

	r = (r & MODP) + (r >> 61);
	return r >= MODP ? r - MODP : r;
}

static uint64_t mod_mul(uint64_t a, uint64_t b)
{
	return mod_reduce((unsigned __int128)a * b);
}

static uint64_t mod_sub(uint64_t a, uint64_t b)
{
	return a >= b ? a - b : a + MODP - b;
}

static uint64_t mod_of(int c)
{
	return c >= 0 ? (uint64_t)c : MODP - (uint64_t)-c;
}

static uint64_t mod_inv(uint64_t a)
{
	uint64_t r = 1, e = MODP - 2;

	while (e) {
		if (e & 1)
			r = mod_mul(r, a);
		a = mod_mul(a, a);
		e >>= 1;
	}
	return r;
}

/* ---- the state of the search ---- */

typedef struct {
	sup_problem *p;
	uint64_t min_cell;
	bool *certified;      /* protected by a checked cycle (see protect) */
	size_t *col_of;       /* cell -> column, or SIZE_MAX */
	size_t *cell_of;      /* column -> cell */
	size_t ncols, nrows;
	uint64_t *m;          /* nrows x ncols */
	long *pivot_row;      /* column -> its row, or -1 */
	long *row_pivot;      /* row -> its pivot column, or -1 */
	bool *in_s;           /* column is hidden */
	bool *in_zero_row;    /* column has a non-zero in a row without pivot */
	sup_propose_fn *propose;
	void *ctx;
	sup_sets sets;
	size_t *eq_start, *eq_of;  /* cell c is in equations eq_of[eq_start[c]..] */
} sup_search;

static bool hidden(const sup_cell *c)
{
	return c->state != CELL_SHOWN && !c->absent;
}

static bool is_protected(const sup_search *s, const sup_cell *c)
{
	return hidden(c) && c->n >= 1 && c->n < s->min_cell;
}

/* A count at a bound: 0, or its printed base.  Hidden, it is treated
 * as known: an attacker's linear programme can pin such counts (and
 * others through them) where the algebra of sums would not. */
static bool at_bound(const sup_cell *c)
{
	return c->n == 0 || c->n >= c->cap;
}

/* A hidden count the algebra treats as unknown. */
static bool unknown(const sup_search *s, size_t cell)
{
	const sup_cell *c = &s->p->cells[cell];

	return hidden(c) && !at_bound(c);
}

/* A printed count that may be hidden for another. */
static bool candidate(const sup_cell *c)
{
	return c->state == CELL_SHOWN && !c->absent && c->rank != SUP_NEVER &&
	       !at_bound(c);
}

/* Columns: the unknown cells and the candidates; other cells are known
 * constants and drop out of every equation. */
static void make_columns(sup_search *s)
{
	const sup_problem *p = s->p;

	s->col_of = xmalloc((p->ncells + 1) * sizeof *s->col_of);
	s->cell_of = xmalloc((p->ncells + 1) * sizeof *s->cell_of);
	s->ncols = 0;
	for (size_t c = 0; c < p->ncells; c++) {
		s->col_of[c] = SIZE_MAX;
		if (unknown(s, c) || candidate(&p->cells[c])) {
			s->col_of[c] = s->ncols;
			s->cell_of[s->ncols++] = c;
		}
	}
}

static uint64_t *row_at(const sup_search *s, size_t r)
{
	return &s->m[r * s->ncols];
}

static void make_matrix(sup_search *s)
{
	const sup_problem *p = s->p;

	s->nrows = 0;
	s->m = xcalloc(p->neqs * s->ncols + 1, sizeof *s->m);
	for (size_t e = 0; e < p->neqs; e++) {
		uint64_t *row = row_at(s, s->nrows);
		bool any = false;

		for (size_t k = p->start[e]; k < p->start[e + 1]; k++) {
			size_t col = s->col_of[p->term_cell[k]];

			if (col == SIZE_MAX)
				continue;
			row[col] = mod_reduce((unsigned __int128)row[col] +
					      mod_of(p->term_coef[k]));
			any = true;
		}
		if (any)
			s->nrows++;
	}
	s->pivot_row = xmalloc((s->ncols + 1) * sizeof *s->pivot_row);
	s->row_pivot = xmalloc((s->nrows + 1) * sizeof *s->row_pivot);
	s->in_s = xcalloc(s->ncols + 1, sizeof *s->in_s);
	s->in_zero_row = xcalloc(s->ncols + 1, sizeof *s->in_zero_row);
	for (size_t j = 0; j < s->ncols; j++) {
		s->pivot_row[j] = -1;
		s->in_s[j] = unknown(s, s->cell_of[j]);
	}
	for (size_t r = 0; r < s->nrows; r++)
		s->row_pivot[r] = -1;
}

/* Make column J the pivot of row R: scale R, clear J from every other row. */
static void pivot_on(sup_search *s, size_t r, size_t j)
{
	uint64_t *pr = row_at(s, r);
	uint64_t inv = mod_inv(pr[j]);

	for (size_t k = 0; k < s->ncols; k++)
		if (pr[k])
			pr[k] = mod_mul(pr[k], inv);
	for (size_t r2 = 0; r2 < s->nrows; r2++) {
		uint64_t *row = row_at(s, r2);
		uint64_t f = row[j];

		if (r2 == r || f == 0)
			continue;
		for (size_t k = 0; k < s->ncols; k++)
			if (pr[k])
				row[k] = mod_sub(row[k], mod_mul(f, pr[k]));
	}
	s->pivot_row[j] = (long)r;
	s->row_pivot[r] = (long)j;
}

/* A row without a pivot that has a non-zero in column J, or -1. */
static long free_row_with(const sup_search *s, size_t j)
{
	for (size_t r = 0; r < s->nrows; r++)
		if (s->row_pivot[r] < 0 && row_at(s, r)[j])
			return (long)r;
	return -1;
}

static void reduce_hidden(sup_search *s)
{
	for (size_t j = 0; j < s->ncols; j++) {
		long r;

		if (s->in_s[j] && (r = free_row_with(s, j)) >= 0)
			pivot_on(s, (size_t)r, j);
	}
}

static void mark_zero_row_columns(sup_search *s)
{
	memset(s->in_zero_row, 0, s->ncols * sizeof *s->in_zero_row);
	for (size_t r = 0; r < s->nrows; r++) {
		const uint64_t *row = row_at(s, r);

		if (s->row_pivot[r] >= 0)
			continue;
		for (size_t j = 0; j < s->ncols; j++)
			if (row[j])
				s->in_zero_row[j] = true;
	}
}

/* Hidden column J is worked out: it is a pivot whose row has no other
 * hidden column (each of which would be free to vary). */
static bool worked_out(const sup_search *s, size_t j)
{
	const uint64_t *row;

	if (s->pivot_row[j] < 0)
		return false;
	row = row_at(s, (size_t)s->pivot_row[j]);
	for (size_t k = 0; k < s->ncols; k++)
		if (k != j && row[k] && s->in_s[k])
			return false;
	return true;
}

/* The cost of hiding a cell: its count, and far more for a higher rank. */
static double cost_of(const sup_cell *c)
{
	static const double per_rank[] = { 0, 1e7, 1e10, 1e13 };

	return (c->rank < 4 ? per_rank[c->rank] : 1e16) + (double)c->n +
	       (c->n == 0 ? 1e4 : 0);
}

static bool better(const sup_cell *a, size_t ia, const sup_cell *b,
		   size_t ib)
{
	if (a->rank != b->rank)
		return a->rank < b->rank;
	if (a->n != b->n)
		return a->n < b->n;
	return ia < ib;
}

/* The best candidate column in row R that is in no row without a pivot
 * (hiding it alone frees the row's cell) if FREE, else any; -1 if none. */
static long best_in_row(const sup_search *s, size_t r, bool free)
{
	const uint64_t *row = row_at(s, r);
	const sup_cell *cells = s->p->cells;
	long best = -1;

	for (size_t j = 0; j < s->ncols; j++) {
		size_t c = s->cell_of[j];

		if (!row[j] || s->in_s[j] || !candidate(&cells[c]) ||
		    (free && s->in_zero_row[j]))
			continue;
		if (best < 0 || better(&cells[c], c, &cells[s->cell_of[best]],
				       s->cell_of[best]))
			best = (long)j;
	}
	return best;
}

/* Hide column J: a pivot if a row without pivot has it, else free. */
static void hide(sup_search *s, size_t j, sup_stats *st)
{
	sup_cell *c = &s->p->cells[s->cell_of[j]];
	long z = s->in_zero_row[j] ? free_row_with(s, j) : -1;

	c->state = CELL_SECONDARY;
	s->in_s[j] = true;
	st->secondary++;
	st->headline += c->headline;
	if (z >= 0) {
		pivot_on(s, (size_t)z, j);
		mark_zero_row_columns(s);
	}
}

/* Whether hiding the columns COLS[0..n) frees the cell of pivot row R:
 * R restricted to them must not lie in the span of the rows without a
 * pivot restricted to them. */
static bool set_frees(const sup_search *s, size_t r, const size_t *cols,
		      size_t n)
{
	uint64_t basis[8][8], v[8];
	size_t rank = 0, lead[8] = { 0 };

	for (size_t k = 0; k < n; k++)
		v[k] = row_at(s, r)[cols[k]];
	for (size_t z = 0; z < s->nrows && rank < n; z++) {
		uint64_t w[8];
		bool any = false;

		if (s->row_pivot[z] >= 0)
			continue;
		for (size_t k = 0; k < n; k++)
			any |= (w[k] = row_at(s, z)[cols[k]]) != 0;
		if (!any)
			continue;
		/* Reduce W by the basis so far; keep it if anything is left. */
		for (size_t b = 0; b < rank; b++)
			if (w[lead[b]]) {
				uint64_t f = w[lead[b]];
				for (size_t k = 0; k < n; k++)
					w[k] = mod_sub(w[k], mod_mul(f, basis[b][k]));
			}
		size_t l = 0;
		while (l < n && !w[l])
			l++;
		if (l == n)
			continue;
		uint64_t inv = mod_inv(w[l]);
		for (size_t k = 0; k < n; k++)
			w[k] = mod_mul(w[k], inv);
		for (size_t b = 0; b < rank; b++)
			if (basis[b][l]) {
				uint64_t f = basis[b][l];
				for (size_t k = 0; k < n; k++)
					basis[b][k] = mod_sub(basis[b][k], mod_mul(f, w[k]));
			}
		memcpy(basis[rank], w, sizeof w);
		lead[rank++] = l;
	}
	for (size_t b = 0; b < rank; b++)
		if (v[lead[b]]) {
			uint64_t f = v[lead[b]];
			for (size_t k = 0; k < n; k++)
				v[k] = mod_sub(v[k], mod_mul(f, basis[b][k]));
		}
	for (size_t k = 0; k < n; k++)
		if (v[k])
			return true;
	return false;
}

static void index_equations(sup_search *s)
{
	const sup_problem *p = s->p;
	size_t *count = xcalloc(p->ncells + 1, sizeof *count);

	for (size_t k = 0; k < p->nterms; k++)
		count[p->term_cell[k]]++;
	s->eq_start = xmalloc((p->ncells + 2) * sizeof *s->eq_start);
	s->eq_start[0] = 0;
	for (size_t c = 0; c < p->ncells; c++)
		s->eq_start[c + 1] = s->eq_start[c] + count[c];
	s->eq_of = xmalloc((p->nterms + 1) * sizeof *s->eq_of);
	memset(count, 0, (p->ncells + 1) * sizeof *count);
	for (size_t e = 0; e < p->neqs; e++)
		for (size_t k = p->start[e]; k < p->start[e + 1]; k++) {
			size_t c = p->term_cell[k];
			s->eq_of[s->eq_start[c] + count[c]++] = e;
		}
	free(count);
}

/* The sign the cycle CELLS/SIGN[0..n) gives cell C (0 if not in it). */
static int sign_in(const size_t *cells, const signed char *sign, size_t n,
		   size_t c)
{
	for (size_t k = 0; k < n; k++)
		if (cells[k] == c)
			return sign[k];
	return 0;
}

/* Whether the cycle CELLS/SIGN[0..n) is a certificate: it keeps every
 * equation, and one step along it (every cell changes by its sign, or
 * every one by the opposite) keeps every count between 0 and its base.
 * Cells away from their bounds can move a step either way; a cell at 0
 * may only grow, one at its base only shrink.  The first cell then
 * changes by 1 in a table that agrees with everything published, so its
 * interval is at least 1 wide, whatever else an attacker knows. */
static bool open_cycle(const sup_search *s, const size_t *cells,
		       const signed char *sign, size_t n)
{
	const sup_problem *p = s->p;
	int dir = 0;

	for (size_t k = 0; k < n; k++) {
		const sup_cell *c = &p->cells[cells[k]];
		int need = c->n == 0 ? sign[k] : c->n >= c->cap ? -sign[k] : 0;

		if (need && dir && need != dir)
			return false;
		if (need)
			dir = need;
		for (size_t q = s->eq_start[cells[k]]; q < s->eq_start[cells[k] + 1]; q++) {
			size_t e = s->eq_of[q];
			long sum = 0;

			for (size_t t = p->start[e]; t < p->start[e + 1]; t++)
				sum += p->term_coef[t] *
				       sign_in(cells, sign, n, p->term_cell[t]);
			if (sum != 0)
				return false;
		}
	}
	return true;
}

/* What proposed set [FROM, TO) would take: the columns of its printed
 * counts in COLS (*N of them, at most 8), whether it holds hidden counts
 * at a bound (then only a certificate will do), and its cost; -1 if it
 * cannot be used. */
static double set_columns(const sup_search *s, size_t from, size_t to,
			  size_t *cols, size_t *n, bool *bounded)
{
	const sup_problem *p = s->p;
	double cost = 0;

	*n = 0;
	*bounded = false;
	if (to - from > 8)
		return -1;
	for (size_t m = from; m < to; m++) {
		size_t c = s->sets.cells[m];
		const sup_cell *cell = &p->cells[c];

		if (hidden(cell)) {
			*bounded |= at_bound(cell);
			continue;
		}
		if (!candidate(cell))
			return -1;
		cols[(*n)++] = s->col_of[c];
		cost += cost_of(cell);
	}
	return cost;
}

/* The cheapest way a proposed set protects cell I (pivot row R, or -1
 * when I is at a bound and has no column): its new columns in BEST, its
 * cost, or -1; *CERT tells whether it protects by a certificate. */
static double best_set(sup_search *s, size_t i, long r, size_t *best,
		       size_t *nbest, bool *cert)
{
	double best_cost = -1;
	size_t start = 0;

	s->sets.ncells = s->sets.nsets = 0;
	s->propose(s->ctx, i, &s->sets);
	for (size_t k = 0; k < s->sets.nsets; start = s->sets.end[k++]) {
		size_t cols[8], n;
		bool bounded, by_cert;
		double cost = set_columns(s, start, s->sets.end[k], cols, &n, &bounded);

		if (cost < 0 || (best_cost >= 0 && cost >= best_cost))
			continue;
		by_cert = bounded || r < 0;
		if (by_cert ? !open_cycle(s, s->sets.cells + start, s->sets.sign + start,
					  s->sets.end[k] - start)
			    : n == 0 || !set_frees(s, (size_t)r, cols, n))
			continue;
		best_cost = cost;
		memcpy(best, cols, n * sizeof *cols);
		*nbest = n;
		*cert = by_cert;
	}
	return best_cost;
}

/* Protect cell I, which is worked out (or at a bound): the cheaper of a
 * single count that frees its row and the best proposed set, else
 * (rarely) a count its row involves, from which the search goes on.
 * False if there is none. */
static bool protect(sup_search *s, size_t i, sup_stats *st)
{
	long j = s->col_of[i] != SIZE_MAX ? (long)s->col_of[i] : -1;
	long r = j >= 0 ? s->pivot_row[j] : -1;
	long c = r >= 0 ? best_in_row(s, (size_t)r, true) : -1;
	double single = c >= 0 ? cost_of(&s->p->cells[s->cell_of[c]]) : -1;
	size_t set[8], nset = 0;
	bool cert = false;
	double cost = s->propose ? best_set(s, i, r, set, &nset, &cert) : -1;

	if (cost >= 0 && (single < 0 || cost < single)) {
		for (size_t k = 0; k < nset; k++)
			hide(s, set[k], st);
		s->certified[i] |= cert;
		return true;
	}
	if (c < 0 && r >= 0)
		c = best_in_row(s, (size_t)r, false);
	if (c < 0)
		return false;
	hide(s, (size_t)c, st);
	return true;
}

/* Whether protected cell I still needs protecting. */
static bool needs_protection(const sup_search *s, size_t i)
{
	const sup_cell *c = &s->p->cells[i];
	size_t j = s->col_of[i];

	if (!is_protected(s, c) || c->exposed || s->certified[i])
		return false;
	return j == SIZE_MAX || worked_out(s, j);
}

static void protect_all(sup_search *s, sup_stats *st)
{
	bool changed = true;

	while (changed) {
		changed = false;
		for (size_t i = 0; i < s->p->ncells; i++) {
			if (!needs_protection(s, i))
				continue;
			if (protect(s, i, st)) {
				changed = true;
			} else {
				s->p->cells[i].exposed = true;
				st->exposed++;
			}
		}
	}
}

static void free_search(sup_search *s)
{
	free(s->certified);
	free(s->col_of);
	free(s->cell_of);
	free(s->m);
	free(s->pivot_row);
	free(s->row_pivot);
	free(s->in_s);
	free(s->in_zero_row);
	free(s->sets.cells);
	free(s->sets.sign);
	free(s->sets.end);
	free(s->eq_start);
	free(s->eq_of);
}

static void start_search(sup_search *s, sup_problem *p,
			 uint64_t min_cell)
{
	memset(s, 0, sizeof *s);
	s->p = p;
	s->min_cell = min_cell;
	s->certified = xcalloc(p->ncells + 1, sizeof *s->certified);
	make_columns(s);
	make_matrix(s);
	reduce_hidden(s);
	mark_zero_row_columns(s);
	index_equations(s);
}

void suppress(sup_problem *p, uint64_t min_cell, sup_stats *st,
	      sup_propose_fn *propose, void *ctx)
{
	sup_search s;

	for (size_t c = 0; c < p->ncells; c++) {
		sup_cell *cell = &p->cells[c];

		if (cell->absent)
			continue;
		if (cell->state == CELL_SMALL_BASE)
			st->small_base++;
		if (min_cell && cell->state == CELL_SHOWN && cell->n > 0 &&
		    cell->n < min_cell) {
			cell->state = CELL_PRIMARY;
			st->primary++;
		}
	}
	if (min_cell == 0)
		return;
	start_search(&s, p, min_cell);
	s.propose = propose;
	s.ctx = ctx;
	protect_all(&s, st);
	free_search(&s);
}
