/* anscache.c - the answer cache of trygg-clean (anscache.h). */
#include "clean/anscache.h"

#include <stdlib.h>
#include <string.h>

#include "clean/index.h"
#include "util.h"

cache_slot *anscache_new(void)
{
	return xcalloc(ANSCACHE_SLOTS, sizeof(cache_slot));
}

void anscache_free(cache_slot *cache)
{
	for (size_t k = 0; cache && k < ANSCACHE_SLOTS; k++) {
		free(cache[k].raw);
		free(cache[k].picks);
	}
	free(cache);
}

static bool holds(const cache_slot *c, const csv_field *f)
{
	return c->used && c->rawlen == f->len && memcmp(c->raw, f->data, f->len) == 0;
}

static void swap_slots(cache_slot *a, cache_slot *b)
{
	cache_slot t = *a;

	*a = *b;
	*b = t;
}

cache_slot *anscache_find(cache_slot *cache, const csv_field *f, bool *hit)
{
	cache_slot *c = &cache[hash64(f->data, f->len) & (ANSCACHE_SLOTS - 2)];

	*hit = true;
	if (holds(c, f))
		return c;
	*hit = holds(&c[1], f);
	swap_slots(c, &c[1]); /* a miss reuses the slot used less lately */
	return c;
}

void anscache_fill(cache_slot *c, const csv_field *f)
{
	free(c->raw);
	c->raw = xmemdup(f->data, f->len);
	c->rawlen = f->len;
	c->used = true;
	c->npicks = 0;
}
