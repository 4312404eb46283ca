/* cells.c - the cell table of the raking dimensions (cells.h). */
#include "weight/cells.h"

#include <stdlib.h>
#include <string.h>

void cells_init(cell_table *t, size_t ndims)
{
	memset(t, 0, sizeof *t);
	t->ndims = ndims;
	t->index = strmap_new();
}

/* Room for one more cell in the parallel arrays. */
static void grow(cell_table *t)
{
	if (!grow_cap(t->ncells + 1, &t->cap))
		return;
	t->cats = xreallocarray(t->cats, t->cap, t->ndims * sizeof *t->cats);
	t->count = xreallocarray(t->count, t->cap, sizeof *t->count);
	t->weight = xreallocarray(t->weight, t->cap, sizeof *t->weight);
}

void cells_add(cell_table *t, const uint32_t *cats)
{
	size_t klen = t->ndims * sizeof *cats;
	bool created;
	void **slot = strmap_slot(t->index, (const char *)cats, klen, true, &created);
	size_t c;

	if (!created) {
		t->count[(uintptr_t)*slot - 1] += 1;
		return;
	}
	grow(t);
	c = t->ncells++;
	*slot = (void *)(uintptr_t)(c + 1);
	memcpy(&t->cats[c * t->ndims], cats, klen);
	t->count[c] = 1;
	t->weight[c] = 1; /* every record starts with weight 1 */
}

long cells_find(const cell_table *t, const uint32_t *cats)
{
	void *v = strmap_get(t->index, (const char *)cats, t->ndims * sizeof *cats);

	return v ? (long)((uintptr_t)v - 1) : -1;
}

void cells_free(cell_table *t)
{
	free(t->cats);
	free(t->count);
	free(t->weight);
	strmap_free(t->index);
	memset(t, 0, sizeof *t);
}
