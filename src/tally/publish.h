/* publish.h - what a finished run prints, decided for all its tables at
 * once: the rows each breakdown x group x variable has, the base of each
 * row's share, the base rule, and disclosure control (suppress.h) solved
 * jointly over every table of the run, since totals and breakdowns share
 * their margins.
 *
 * The cells of variable V are numbered breakdown by breakdown, group by
 * group (in the order groups were first seen), value by value: the codes
 * by id, then the slot of the derived "unsafe". */
#ifndef TALLY_PUBLISH_H
#define TALLY_PUBLISH_H

#include <stdbool.h>
#include <stdint.h>

#include "tally/population.h"
#include "tally/suppress.h"
#include "tally/table.h"

typedef struct {
	uint64_t min_cell;       /* 0: no cell suppression */
	uint64_t min_base;       /* 0: no base rule */
	double z;                /* normal quantile of the interval level */
	bool cellkey;            /* perturb counts instead of suppressing */
	const population *pop; /* NULL: no finite-population correction */
} pub_options;

/* The output order: groups per breakdown, codes per variable. */
typedef struct {
	size_t **groups;         /* per breakdown: group ids in order */
	size_t **codes;          /* per variable: code ids in order */
	size_t nbds, nvars;
} pub_orders;

typedef struct {
	size_t nvals;            /* codes + the unsafe slot */
	size_t *off;             /* per breakdown: its first cell */
	size_t *code_pos;        /* code id -> its place in the order */
	sup_cell *cells;
	bool *withheld;          /* per breakdown: the table is left out whole */
} var_pub;

typedef struct {
	const tally *t;
	const pub_options *o;
	const pub_orders *ord;
	size_t **group_pos;      /* per breakdown: group id -> its place */
	var_pub *vars;
	uint64_t *chan_records;  /* per channel: its records (for the fpc) */
	size_t nchan;
	sup_stats st;
} publication;

/* Decide every cell of T's tables.  Cells are numbered in the output
 * order ORD, so that the decisions do not depend on the order records
 * came in (one pass and merged shards give the same bytes). */
void publish_plan(publication *pub, const tally *t,
		  const pub_options *o, const pub_orders *ord);
void publish_free(publication *pub);

/* The number of cell (B, G, J) of variable V (G a group id, J a code id
 * or the unsafe slot). */
static inline size_t pub_index(const publication *pub, size_t v,
			       size_t b, size_t g, size_t j)
{
	const var_pub *vp = &pub->vars[v];
	size_t pos = j < vp->nvals - 1 ? vp->code_pos[j] : j;

	return vp->off[b] + pub->group_pos[b][g] * vp->nvals + pos;
}

static inline sup_cell *pub_cell(const publication *pub,
					size_t v, size_t b, size_t g, size_t j)
{
	return &pub->vars[v].cells[pub_index(pub, v, b, g, j)];
}

/* The value slot of "unsafe" for variable V. */
static inline size_t unsafe_slot(const tally *t, size_t v)
{
	return t->vars[v].ncodes;
}

/* The count and the base of the share of row J of (B, G, V). */
tally_count row_count(const tally *t, size_t b, size_t g, size_t v,
		       size_t j);
tally_base row_base(const tally *t, size_t b, size_t g, size_t v,
		     size_t j);
/* Whether the row's share is taken of the unsafe base (a code inside it,
 * or "unsafe" itself) rather than of the variable's base. */
bool row_of_unsafe_base(const tally *t, size_t v, size_t j);
/* Whether (B, G, V) has rows at all, and whether row J exists. */
bool has_rows(const tally *t, size_t b, size_t g, size_t v);
bool has_row(const tally *t, size_t b, size_t g, size_t v, size_t j);
/* A count as published: perturbed under --cell-key. */
uint64_t published(const pub_options *o, uint64_t n, uint32_t ck);
/* Whether the base of the rows outside the unsafe base is printed: only
 * when every such row is shown, since with the unsafe base it gives away
 * their sum. */
bool outer_base_shown(const publication *pub, size_t v, size_t b,
		      size_t g);

#endif
