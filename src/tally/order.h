/* order.h - the documented output order of trygg-tally.
 *
 * Values of a column sort by the codebook's code order where the codebook
 * lists the column and the value; values it does not know come after them
 * in byte order, and the empty value (no answer) comes last. */
#ifndef TALLY_ORDER_H
#define TALLY_ORDER_H

#include <stddef.h>

#include "codebook.h"

/* The codebook to order by: the generic, profile and -k codebooks
 * (profile_codebook(); errors are fatal; with none, byte order). */
codebook *order_codebook(void);

/* Rank of VALUE (NUL-terminated) in COLUMN's code list, or -1. */
long order_rank(const codebook *cb, const char *column, const char *value);

typedef struct {
	long rank;
	const char *s;
	size_t len;
} order_key;

/* <0, 0, >0 as A sorts before, with or after B. */
int order_compare(const order_key *a, const order_key *b);

#endif
