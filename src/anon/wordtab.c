/* wordtab.c - open addressing with linear probing; the 32-bit hash kept
 * in the slot turns almost every miss into one compare, and the keys sit
 * in one pool so a hit costs one short memcmp. */
#include "anon/wordtab.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static uint32_t hash_word(const char *k, size_t n)
{
	uint32_t h = WORDTAB_SEED;

	for (size_t i = 0; i < n; i++)
		h = wordtab_step(h, (unsigned char)k[i]);
	return h | 1; /* never 0, so 0 can mean "no hash yet" in callers */
}

/* Words are short: a byte loop beats a call to memcmp. */
static bool same(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static inline size_t find_slot(const wordtab *t, const char *k, size_t n, uint32_t h)
{
	size_t mask = t->cap - 1, i = h & mask;

	while (t->slots[i].len) {
		const wordtab_entry *e = &t->slots[i];
		if (e->hash == h && e->len == n && same(t->pool.s + e->off, k, n))
			break;
		i = (i + 1) & mask;
	}
	return i;
}

static void grow(wordtab *t)
{
	wordtab_entry *old = t->slots;
	size_t oldcap = t->cap;

	t->cap = oldcap ? 2 * oldcap : 1024;
	t->slots = xcalloc(t->cap, sizeof *t->slots);
	for (size_t i = 0; i < oldcap; i++) {
		size_t j = old[i].hash & (t->cap - 1);
		if (!old[i].len)
			continue;
		while (t->slots[j].len)
			j = (j + 1) & (t->cap - 1);
		t->slots[j] = old[i];
	}
	free(old);
}

void wordtab_add(wordtab *t, const char *k, size_t n, unsigned flags)
{
	uint32_t h = hash_word(k, n);
	wordtab_entry *e;

	if (2 * (t->n + 1) > t->cap)
		grow(t);
	e = &t->slots[find_slot(t, k, n, h)];
	if (!e->len) {
		e->hash = h;
		e->off = (uint32_t)t->pool.len;
		e->len = (uint32_t)n;
		sb_append(&t->pool, k, n);
		/* wordtab_get_hashed_padded reads up to 7 bytes past a key:
		 * zeros, so that they are defined */
		sb_reserve(&t->pool, WORDTAB_PAD);
		memset(t->pool.s + t->pool.len, 0, WORDTAB_PAD);
		t->n++;
	}
	e->flags |= flags;
}

unsigned wordtab_get(const wordtab *t, const char *k, size_t n)
{
	if (n == 0 || !t->cap)
		return 0;
	return t->slots[find_slot(t, k, n, hash_word(k, n))].flags;
}

void wordtab_free(wordtab *t)
{
	free(t->slots);
	sb_free(&t->pool);
	t->slots = NULL;
	t->cap = t->n = 0;
}
