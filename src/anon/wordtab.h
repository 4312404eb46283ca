/* wordtab.h - the flags of every known word, in one open-addressing table
 * made for many short look-ups: the hot path of finding names. */
#ifndef ANON_WORDTAB_H
#define ANON_WORDTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util.h"

typedef struct {
	uint32_t hash, off, len, flags;
} wordtab_entry;

typedef struct {
	wordtab_entry *slots; /* len 0: empty */
	size_t cap, n;
	strbuf pool;          /* the keys, one after another */
} wordtab;

/* Add FLAGS to the word K[0..n) (n > 0). */
void wordtab_add(wordtab *t, const char *k, size_t n, unsigned flags);
/* The flags of K[0..n), 0 when unknown. */
unsigned wordtab_get(const wordtab *t, const char *k, size_t n);

/* The hash is FNV-1a, one byte at a time, so that a tokeniser that reads
 * a word byte by byte hashes it on the way, and has the hash of every
 * prefix (a genitive's stem) for free: start with WORDTAB_SEED, feed
 * each byte of the key to wordtab_step. */
#define WORDTAB_SEED 2166136261u
static inline uint32_t wordtab_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}
/* Are A[0..n) and B[0..n) the same, where both may be read up to 7
 * bytes past their end (WORDTAB_PAD)?  Eight bytes a compare; the bytes
 * past the end are shifted out unread by the result. */
#define WORDTAB_PAD 8
static inline bool wordtab_same_padded(const char *a, const char *b, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x, y;

	for (; n >= 8; n -= 8, a += 8, b += 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return false;
	}
	if (n == 0)
		return true;
	memcpy(&x, a, 8);
	memcpy(&y, b, 8);
	/* the first N bytes are the low ones */
	return ((x ^ y) << (64 - 8 * n)) == 0;
#else
	return memcmp(a, b, n) == 0;
#endif
}
/* Are A[0..n) and B[0..n) the same?  Byte by byte: most keys differ
 * early, and a call of memcmp costs more than a short loop. */
static inline bool wordtab_same(const char *a, const char *b, size_t n)
{
	size_t j = 0;

	while (j < n && a[j] == b[j])
		j++;
	return j == n;
}
/* The flags of K[0..n), whose bytes gave the state H; PADDED: K may be
 * read WORDTAB_PAD - 1 bytes past its end (the table's keys may:
 * wordtab_add pads them), so it is compared 8 bytes at a time.  Inline,
 * as the tokeniser asks it of every word; an empty slot's flags are 0. */
static inline unsigned wordtab_probe(const wordtab *t, const char *k, size_t n, uint32_t h,
				     bool padded)
{
	size_t mask = t->cap - 1, i;

	if (n == 0 || !t->cap)
		return 0;
	h |= 1; /* as wordtab.c keeps it: never 0 */
	for (i = h & mask; t->slots[i].len; i = (i + 1) & mask) {
		const wordtab_entry *e = &t->slots[i];
		if (e->hash == h && e->len == n &&
		    (padded ? wordtab_same_padded(t->pool.s + e->off, k, n)
			    : wordtab_same(t->pool.s + e->off, k, n)))
			return e->flags;
	}
	return 0;
}
static inline unsigned wordtab_get_hashed(const wordtab *t, const char *k, size_t n,
					  uint32_t h)
{
	return wordtab_probe(t, k, n, h, false);
}
static inline unsigned wordtab_get_hashed_padded(const wordtab *t, const char *k, size_t n,
						 uint32_t h)
{
	return wordtab_probe(t, k, n, h, true);
}
void wordtab_free(wordtab *t);

#endif
