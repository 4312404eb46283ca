/* anscache.h - answers repeat: a small direct-mapped cache per target
 * column from a raw cell to what it gave saves folding and codebook
 * lookups for most cells.  Two slots per hash, the one used last first:
 * with one, two common answers that share a slot would push each other
 * out for ever. */
#ifndef CLEAN_ANSCACHE_H
#define CLEAN_ANSCACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "csvio.h"

#define ANSCACHE_SLOTS 2048 /* in pairs; a power of two */

typedef struct {
	char *raw;
	size_t rawlen;
	bool used;
	const char *code;  /* coded cells: the code, NULL = invalid */
	size_t codelen;
	bool plain;        /* the code needs no quotes */
	unsigned short *picks; /* list cells: chosen code indexes */
	size_t npicks;
	bool invalid;
	size_t bad_off, bad_len;
} cache_slot;

/* ANSCACHE_SLOTS empty slots. */
cache_slot *anscache_new(void);
/* Frees the slots' copies and the cache itself (NULL is fine). */
void anscache_free(cache_slot *cache);
/* The slot for raw cell F; *hit tells whether it holds F.  On a miss the
 * slot is the one used less lately, to be filled with anscache_fill. */
cache_slot *anscache_find(cache_slot *cache, const csv_field *f, bool *hit);
/* Make C hold F (a copy), with no picks yet. */
void anscache_fill(cache_slot *c, const csv_field *f);

#endif
