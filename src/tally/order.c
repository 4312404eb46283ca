/* order.c - codebook order, then byte order, then the empty value. */
#include "tally/order.h"

#include <stdlib.h>
#include <string.h>

#include "profile.h"
#include "util.h"

/* The generic, profile and -k codebooks (profile.h); none is needed. */
codebook *order_codebook(void)
{
	codebook *cb = profile_codebook(false);

	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	return cb;
}

long order_rank(const codebook *cb, const char *column, const char *value)
{
	return cb ? codebook_code_index(cb, column, value) : -1;
}

int order_compare(const order_key *a, const order_key *b)
{
	if ((a->len == 0) != (b->len == 0))
		return a->len == 0 ? 1 : -1;
	if ((a->rank >= 0) != (b->rank >= 0))
		return a->rank >= 0 ? -1 : 1;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->s, b->s, n);
	if (c)
		return c;
	return (a->len > b->len) - (a->len < b->len);
}
