/* index.h - the compact index that lets trygg-clean decide duplicates and
 * resubmissions without holding the rows: 96 bits of a 128-bit hash of a
 * record (or of an identity) mapped to a line and, for identities, a
 * timestamp.  16 bytes per slot, 24 with the timestamp: the index is most
 * of the program's memory and its lookups are cache misses, so every byte
 * of a slot counts. */
#ifndef CLEAN_INDEX_H
#define CLEAN_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
	uint64_t h1;   /* h1 == 0 && tag == 0 marks a free slot */
	uint32_t tag;  /* the high 32 bits of h2 */
	uint32_t line;
} index_entry;

typedef struct {
	unsigned char *slots; /* cap slots of `size` bytes: an index_entry,
			       * then the timestamp order if ordered */
	size_t cap, count, size;
} rec_index;

typedef struct {
	uint64_t h1, h2;
} hash128;

/* ORDERED: the slots hold a timestamp order too (index_order). */
void index_init(rec_index *ix, bool ordered);
void index_free(rec_index *ix);

/* Hashing a sequence of byte strings (their boundaries count), inline:
 * the record hash runs over every byte of the input. */
#define HASH_SEED1 0xcbf29ce484222325ULL
#define HASH_SEED2 0x84222325cbf29ce4ULL

static inline void hash128_start(hash128 *h)
{
	h->h1 = HASH_SEED1;
	h->h2 = HASH_SEED2;
}

static inline uint64_t hash_mix(uint64_t h, uint64_t w, uint64_t mul)
{
	h ^= w * mul;
	h = (h << 29) | (h >> 35);
	return h * 0x9e3779b97f4a7c15ULL;
}

#define HASH_MUL1 0xff51afd7ed558ccdULL
#define HASH_MUL2 0xc4ceb9fe1a85ec53ULL

static inline uint64_t hash_load8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

static inline uint64_t hash_load4(const unsigned char *s)
{
	uint32_t w;

	memcpy(&w, s, 4);
	return w;
}

/* The last 1-8 bytes as one word, without a byte loop: overlapping loads
 * (the length is hashed too, so they are unambiguous). */
static inline uint64_t hash_tail(const unsigned char *s, size_t n)
{
	if (n == 8)
		return hash_load8(s);
	if (n >= 4)
		return hash_load4(s) << 32 | hash_load4(s + n - 4);
	return (uint64_t)s[0] << 16 | (uint64_t)s[n >> 1] << 8 | s[n - 1];
}

/* Two lanes with different multipliers, eight bytes at a time, the length
 * first so that the boundaries of a sequence of strings count. */
static inline void hash128_add(hash128 *h, const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t a = hash_mix(h->h1, n, HASH_MUL1), b = hash_mix(h->h2, n, HASH_MUL2);

	for (; n > 8; s += 8, n -= 8) {
		uint64_t w = hash_load8(s);

		a = hash_mix(a, w, HASH_MUL1);
		b = hash_mix(b, w, HASH_MUL2);
	}
	if (n) {
		uint64_t w = hash_tail(s, n);

		a = hash_mix(a, w, HASH_MUL1);
		b = hash_mix(b, w, HASH_MUL2);
	}
	h->h1 = a ^ (a >> 31);
	h->h2 = b ^ (b >> 33);
}

/* A 64-bit hash of P[0..n), for small caches: one lane of the same. */
static inline uint64_t hash64(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t a = hash_mix(HASH_SEED1, n, HASH_MUL1);

	for (; n > 8; s += 8, n -= 8)
		a = hash_mix(a, hash_load8(s), HASH_MUL1);
	if (n)
		a = hash_mix(a, hash_tail(s, n), HASH_MUL1);
	return a ^ (a >> 31);
}

/* The entry for H, inserted with LINE and ORDER when absent; *created
 * tells.  Lines above UINT32_MAX end the program with a message. */
index_entry *index_put(rec_index *ix, const hash128 *h, long line, int64_t order,
		       int *created);
/* Start loading the memory that a lookup of H will touch: a big index is
 * a cache miss per lookup, which other work can hide. */
void index_prefetch(const rec_index *ix, const hash128 *h);
/* The entry for H or NULL. */
index_entry *index_get(const rec_index *ix, const hash128 *h);
/* The timestamp order of entry E of an ordered index. */
int64_t index_order(const index_entry *e);
/* Make E, of an ordered index, say LINE and ORDER. */
void index_set(index_entry *e, long line, int64_t order);

/* A set of line numbers, one bit each: the submissions that lost.  Looking
 * them up is sequential when the spools are copied, where asking the
 * identity index would be a cache miss per row. */
typedef struct {
	unsigned char *bits;
	size_t nbytes;
} line_set;

void line_set_add(line_set *ls, long line);
bool line_set_has(const line_set *ls, long line);
void line_set_free(line_set *ls);

#endif
