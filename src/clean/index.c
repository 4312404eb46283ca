/* index.c - open-addressing hash index keyed by 128-bit hashes (index.h).
 * Two independent 64-bit multiply-rotate hashes make a false "duplicate" between
 * different records practically impossible (about 2^-128 per pair). */
#include "clean/index.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define SEED1 0xcbf29ce484222325ULL
#define SEED2 0x84222325cbf29ce4ULL

void index_init(rec_index *ix)
{
	ix->cap = 1024;
	ix->count = 0;
	ix->slots = xcalloc(ix->cap, sizeof *ix->slots);
}

void index_free(rec_index *ix)
{
	free(ix->slots);
	ix->slots = NULL;
	ix->cap = ix->count = 0;
}

void index_clear(rec_index *ix)
{
	memset(ix->slots, 0, ix->cap * sizeof *ix->slots);
	ix->count = 0;
}

void hash128_start(hash128 *h)
{
	h->h1 = SEED1;
	h->h2 = SEED2;
}

static uint64_t mix(uint64_t h, uint64_t w, uint64_t mul)
{
	h ^= w * mul;
	h = (h << 29) | (h >> 35);
	return h * 0x9e3779b97f4a7c15ULL;
}

/* Eight bytes at a time with two different multipliers: the record hash
 * runs over every byte of the input twice, so it must be cheap. */
void hash128_add(hash128 *h, const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t a = mix(h->h1, n, 0xff51afd7ed558ccdULL);
	uint64_t b = mix(h->h2, n, 0xc4ceb9fe1a85ec53ULL);

	for (; n >= 8; s += 8, n -= 8) {
		uint64_t w;

		memcpy(&w, s, 8);
		a = mix(a, w, 0xff51afd7ed558ccdULL);
		b = mix(b, w, 0xc4ceb9fe1a85ec53ULL);
	}
	if (n) {
		uint64_t w = 0;

		memcpy(&w, s, n);
		a = mix(a, w ^ ((uint64_t)n << 56), 0xff51afd7ed558ccdULL);
		b = mix(b, w ^ ((uint64_t)n << 56), 0xc4ceb9fe1a85ec53ULL);
	}
	h->h1 = a ^ (a >> 31);
	h->h2 = b ^ (b >> 33);
}

static void normalise(hash128 *k, const hash128 *h)
{
	*k = *h;
	if (k->h1 == 0 && k->h2 == 0)
		k->h2 = 1; /* keep the free-slot marker free */
}

static index_entry *find_slot(const rec_index *ix, const hash128 *k)
{
	size_t mask = ix->cap - 1, i = (size_t)(k->h1 ^ (k->h2 >> 7)) & mask;

	for (;;) {
		index_entry *e = &ix->slots[i];

		if ((e->h1 == 0 && e->h2 == 0) || (e->h1 == k->h1 && e->h2 == k->h2))
			return e;
		i = (i + 1) & mask;
	}
}

static void grow(rec_index *ix)
{
	rec_index bigger = { xcalloc(ix->cap * 2, sizeof *ix->slots), ix->cap * 2, 0 };

	for (size_t i = 0; i < ix->cap; i++) {
		index_entry *e = &ix->slots[i];
		hash128 k = { e->h1, e->h2 };

		if (e->h1 || e->h2)
			*find_slot(&bigger, &k) = *e;
	}
	bigger.count = ix->count;
	free(ix->slots);
	*ix = bigger;
}

index_entry *index_put(rec_index *ix, const hash128 *h, long line, int64_t order,
		       int *created)
{
	hash128 k;
	index_entry *e;

	if ((ix->count + 1) * 4 > ix->cap * 3)
		grow(ix);
	normalise(&k, h);
	e = find_slot(ix, &k);
	*created = e->h1 == 0 && e->h2 == 0;
	if (*created) {
		e->h1 = k.h1;
		e->h2 = k.h2;
		e->line = line;
		e->order = order;
		ix->count++;
	}
	return e;
}

index_entry *index_get(const rec_index *ix, const hash128 *h)
{
	hash128 k;
	index_entry *e;

	normalise(&k, h);
	e = find_slot(ix, &k);
	return e->h1 == 0 && e->h2 == 0 ? NULL : e;
}
