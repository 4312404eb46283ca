/* index.c - open-addressing hash index keyed by 128-bit hashes (index.h).
 * Two independent 64-bit multiply-rotate hashes, of which 96 bits are kept,
 * make a false "duplicate" between different records practically
 * impossible (about 2^-96 per pair: 10^-17 for a million records). */
#include "clean/index.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util.h"

#define HUGE_PAGE (2u << 20)

/* A zeroed table of N slots of SIZE bytes.  Lookups land at random, so a
 * big table costs a TLB miss per lookup on small pages: ask for huge
 * pages. */
static unsigned char *new_table(size_t n, size_t size)
{
	size_t bytes = n * size;
	void *p;

	if (bytes < 2 * HUGE_PAGE)
		return xcalloc(n, size);
	if (posix_memalign(&p, HUGE_PAGE, bytes) != 0)
		die(EXIT_DATA, "%s", _("out of memory"));
#ifdef MADV_HUGEPAGE
	madvise(p, bytes, MADV_HUGEPAGE); /* only advice: failure is fine */
#endif
	memset(p, 0, bytes);
	return p;
}

void index_init(rec_index *ix, bool ordered)
{
	ix->cap = 1024;
	ix->count = 0;
	ix->size = sizeof(index_entry) + (ordered ? sizeof(int64_t) : 0);
	ix->slots = new_table(ix->cap, ix->size);
}

void index_free(rec_index *ix)
{
	free(ix->slots);
	ix->slots = NULL;
	ix->cap = ix->count = 0;
}

/* The key kept of a hash: h1 and 32 bits of h2, never the free mark. */
static index_entry key_of(const hash128 *h)
{
	index_entry k = { h->h1, (uint32_t)(h->h2 >> 32), 0 };

	if (k.h1 == 0 && k.tag == 0)
		k.tag = 1;
	return k;
}

static bool is_free(const index_entry *e)
{
	return e->h1 == 0 && e->tag == 0;
}

static index_entry *slot_at(const rec_index *ix, size_t i)
{
	return (index_entry *)(ix->slots + i * ix->size);
}

/* The slot of key K or the free slot where it belongs.  h1 picks the home
 * slot; the tag, from the other lane, only confirms. */
static index_entry *find_slot(const rec_index *ix, const index_entry *k)
{
	size_t mask = ix->cap - 1, i = (size_t)k->h1 & mask;

	for (;;) {
		index_entry *e = slot_at(ix, i);

		if (is_free(e) || (e->h1 == k->h1 && e->tag == k->tag))
			return e;
		i = (i + 1) & mask;
	}
}

void index_prefetch(const rec_index *ix, const hash128 *h)
{
	__builtin_prefetch(slot_at(ix, (size_t)h->h1 & (ix->cap - 1)), 1);
}

static void grow(rec_index *ix)
{
	rec_index bigger = { new_table(ix->cap * 2, ix->size), ix->cap * 2, ix->count, ix->size };

	for (size_t i = 0; i < ix->cap; i++) {
		index_entry *e = slot_at(ix, i);

		if (!is_free(e))
			memcpy(find_slot(&bigger, e), e, ix->size);
	}
	free(ix->slots);
	*ix = bigger;
}

static uint32_t line32(long line)
{
	if (line < 0 || (unsigned long)line > UINT32_MAX)
		die(EXIT_DATA, "%s", _("more than 4294967295 lines: too many to index"));
	return (uint32_t)line;
}

index_entry *index_put(rec_index *ix, const hash128 *h, long line, int64_t order,
		       int *created)
{
	index_entry k = key_of(h), *e;

	if ((ix->count + 1) * 4 > ix->cap * 3)
		grow(ix);
	e = find_slot(ix, &k);
	*created = is_free(e);
	if (*created) {
		*e = k;
		if (ix->size > sizeof *e)
			index_set(e, line, order);
		else
			e->line = line32(line);
		ix->count++;
	}
	return e;
}

index_entry *index_get(const rec_index *ix, const hash128 *h)
{
	index_entry k = key_of(h), *e = find_slot(ix, &k);

	return is_free(e) ? NULL : e;
}

int64_t index_order(const index_entry *e)
{
	int64_t order;

	memcpy(&order, e + 1, sizeof order);
	return order;
}

void index_set(index_entry *e, long line, int64_t order)
{
	e->line = line32(line);
	memcpy(e + 1, &order, sizeof order);
}

void line_set_add(line_set *ls, long line)
{
	size_t byte = (size_t)line / 8;

	if (byte >= ls->nbytes) {
		size_t n = ls->nbytes ? ls->nbytes : 4096;

		while (n <= byte)
			n *= 2;
		ls->bits = xrealloc(ls->bits, n);
		memset(ls->bits + ls->nbytes, 0, n - ls->nbytes);
		ls->nbytes = n;
	}
	ls->bits[byte] |= (unsigned char)(1u << (line % 8));
}

bool line_set_has(const line_set *ls, long line)
{
	size_t byte = (size_t)line / 8;

	return byte < ls->nbytes && (ls->bits[byte] >> (line % 8) & 1);
}

void line_set_free(line_set *ls)
{
	free(ls->bits);
	ls->bits = NULL;
	ls->nbytes = 0;
}
