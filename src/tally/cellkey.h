/* cellkey.h - the cell-key method (trygg-tally --cell-key).
 *
 * Every record gets a record key: the first four bytes of the keyed
 * BLAKE2b hash of its response_id, a number in [0, 2^32).  A cell's key
 * is the sum of its records' keys mod 2^32, so it adds up across partial
 * counts like the counts themselves, and the same set of records (the
 * same cell, in whatever table) always has the same key.  Every count
 * above 0 is published as n + d, where d is chosen by the cell key from
 * the perturbation table below: at most CK_MAX either way, mean 0,
 * variance 1, never below 0.
 *
 *   n = 1:  d = -1, 0, +1, +2 with probabilities 3/8, 3/8, 1/8, 1/8
 *   n >= 2: d = -2 .. +2 with probabilities 1/16, 4/16, 6/16, 4/16, 1/16
 *           (a binomial(4, 1/2) less 2)
 *
 * The cell key, read as a fraction of 2^32, picks d from the cumulative
 * probabilities. */
#ifndef TALLY_CELLKEY_H
#define TALLY_CELLKEY_H

#include <stddef.h>
#include <stdint.h>

#include "keyfile.h"

#define CK_MAX 2

uint32_t ck_record_key(const unsigned char key[KEYFILE_BYTES], const char *id,
		       size_t len);
/* The perturbation of a count N with cell key CK. */
int ck_offset(uint64_t n, uint32_t ck);
/* N as published: N + its perturbation. */
uint64_t ck_perturb(uint64_t n, uint32_t ck);

#endif
