/* index.c - open-addressing hash index keyed by 128-bit hashes (index.h).
 * Two independent 64-bit multiply-rotate hashes make a false "duplicate" between
 * different records practically impossible (about 2^-128 per pair). */
#include "clean/index.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util.h"

#define HUGE_PAGE (2u << 20)

/* A zeroed table of N entries.  Lookups land at random, so a big table
 * costs a TLB miss per lookup on small pages: ask for huge pages. */
static index_entry *new_table(size_t n)
{
	size_t bytes = n * sizeof(index_entry);
	void *p;

	if (bytes < 2 * HUGE_PAGE)
		return xcalloc(n, sizeof(index_entry));
	if (posix_memalign(&p, HUGE_PAGE, bytes) != 0)
		die(EXIT_DATA, "%s", _("out of memory"));
#ifdef MADV_HUGEPAGE
	madvise(p, bytes, MADV_HUGEPAGE); /* only advice: failure is fine */
#endif
	memset(p, 0, bytes);
	return p;
}

#define SEED1 0xcbf29ce484222325ULL
#define SEED2 0x84222325cbf29ce4ULL

void index_init(rec_index *ix)
{
	ix->cap = 1024;
	ix->count = 0;
	ix->slots = new_table(ix->cap);
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

#define MUL1 0xff51afd7ed558ccdULL
#define MUL2 0xc4ceb9fe1a85ec53ULL

static uint64_t load8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

static uint64_t load4(const unsigned char *s)
{
	uint32_t w;

	memcpy(&w, s, 4);
	return w;
}

/* The last 1-8 bytes as one word, without a byte loop: overlapping loads
 * (the length is hashed too, so they are unambiguous). */
static uint64_t tail(const unsigned char *s, size_t n)
{
	if (n == 8)
		return load8(s);
	if (n >= 4)
		return load4(s) << 32 | load4(s + n - 4);
	return (uint64_t)s[0] << 16 | (uint64_t)s[n >> 1] << 8 | s[n - 1];
}

/* Two lanes with different multipliers, eight bytes at a time, the length
 * first so that the boundaries of a sequence of strings count.  The record
 * hash runs over every byte of the input, so it must be cheap. */
void hash128_add(hash128 *h, const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t a = mix(h->h1, n, MUL1), b = mix(h->h2, n, MUL2);

	for (; n > 8; s += 8, n -= 8) {
		uint64_t w = load8(s);

		a = mix(a, w, MUL1);
		b = mix(b, w, MUL2);
	}
	if (n) {
		uint64_t w = tail(s, n);

		a = mix(a, w, MUL1);
		b = mix(b, w, MUL2);
	}
	h->h1 = a ^ (a >> 31);
	h->h2 = b ^ (b >> 33);
}

/* One lane of the same. */
uint64_t hash64(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t a = mix(SEED1, n, MUL1);

	for (; n > 8; s += 8, n -= 8)
		a = mix(a, load8(s), MUL1);
	if (n)
		a = mix(a, tail(s, n), MUL1);
	return a ^ (a >> 31);
}

static void normalise(hash128 *k, const hash128 *h)
{
	*k = *h;
	if (k->h1 == 0 && k->h2 == 0)
		k->h2 = 1; /* keep the free-slot marker free */
}

static size_t home_slot(const rec_index *ix, const hash128 *k)
{
	return (size_t)(k->h1 ^ (k->h2 >> 7)) & (ix->cap - 1);
}

static index_entry *find_slot(const rec_index *ix, const hash128 *k)
{
	size_t mask = ix->cap - 1, i = home_slot(ix, k);

	for (;;) {
		index_entry *e = &ix->slots[i];

		if ((e->h1 == 0 && e->h2 == 0) || (e->h1 == k->h1 && e->h2 == k->h2))
			return e;
		i = (i + 1) & mask;
	}
}

void index_prefetch(const rec_index *ix, const hash128 *h)
{
	hash128 k;

	normalise(&k, h);
	__builtin_prefetch(&ix->slots[home_slot(ix, &k)], 1);
}

static void grow(rec_index *ix)
{
	rec_index bigger = { new_table(ix->cap * 2), ix->cap * 2, 0 };

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
