/* span.c - kinds and span lists. */
#include "anon/span.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *const labels[KIND_COUNT] = {
	"NAME", "PNR", "PHONE", "EMAIL", "ADDRESS", "PLATE", "IP", "CARD", "HANDLE"
};

const char *kind_label(enum anon_kind k)
{
	return labels[k];
}

int kind_from_label(const char *label)
{
	for (int k = 0; k < KIND_COUNT; k++)
		if (strcmp(labels[k], label) == 0)
			return k;
	return -1;
}

void spans_clear(span_list *l)
{
	l->n = 0;
}

void spans_push(span_list *l, size_t start, size_t end, enum anon_kind k)
{
	GROW(l->v, l->n, l->cap);
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->v[l->n].kind = k;
	l->v[l->n].genitive = 0;
	l->n++;
}

void spans_free(span_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

// cppcheck-suppress unusedFunction ; the fuzz target checks its output with it
int spans_overlap(const span_list *l, size_t start, size_t end)
{
	size_t lo = 0, hi = l->n;

	/* first span whose end is past START */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (l->v[mid].end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < l->n && l->v[lo].start < end;
}
