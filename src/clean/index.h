/* index.h - the compact index that lets trygg-clean decide duplicates and
 * resubmissions without holding the rows: 128-bit hashes of records (or of
 * identities) mapped to a line and a timestamp.  24 bytes per entry. */
#ifndef CLEAN_INDEX_H
#define CLEAN_INDEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint64_t h1, h2; /* h1 == 0 && h2 == 0 marks a free slot */
	long line;
	int64_t order;   /* timestamp order for identities */
} index_entry;

typedef struct {
	index_entry *slots;
	size_t cap, count;
} rec_index;

typedef struct {
	uint64_t h1, h2;
} hash128;

void index_init(rec_index *ix);
void index_free(rec_index *ix);
void index_clear(rec_index *ix);

/* Hashing a sequence of byte strings (their boundaries count). */
void hash128_start(hash128 *h);
void hash128_add(hash128 *h, const void *p, size_t n);

/* A 64-bit hash of P[0..n), for small caches. */
uint64_t hash64(const void *p, size_t n);

/* The entry for H, inserted with LINE and ORDER when absent; *created tells. */
index_entry *index_put(rec_index *ix, const hash128 *h, long line, int64_t order,
		       int *created);
/* Start loading the memory that a lookup of H will touch: a big index is
 * a cache miss per lookup, which other work can hide. */
void index_prefetch(const rec_index *ix, const hash128 *h);
/* The entry for H or NULL. */
index_entry *index_get(const rec_index *ix, const hash128 *h);

#endif
