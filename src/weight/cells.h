/* cells.h - the cross-classification of the records by the raking
 * dimensions: one cell per combination of dimension values that occurs,
 * with its number of respondents and (once raked) its weight.
 *
 * Iterative proportional fitting needs nothing but these counts: records of
 * one cell start with the same weight and every step multiplies a whole
 * cell, so they keep the same weight throughout.  Memory grows with the
 * number of distinct combinations, never with the number of records. */
#ifndef WEIGHT_CELLS_H
#define WEIGHT_CELLS_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

typedef struct {
	size_t ndims;
	size_t ncells, cap;
	uint32_t *cats; /* ncells x ndims category indices */
	double *count;  /* respondents in the cell */
	double *weight; /* each respondent's weight */
	strmap *index;  /* the cell's category indices as bytes -> cell + 1 */
} cell_table;

void cells_init(cell_table *t, size_t ndims);
/* Count one respondent in the cell of CATS (ndims indices). */
void cells_add(cell_table *t, const uint32_t *cats);
/* The cell of CATS, or -1 when no respondent fell in it. */
long cells_find(const cell_table *t, const uint32_t *cats);
void cells_free(cell_table *t);

#endif
