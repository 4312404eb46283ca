/* cellkey.c - record keys and the perturbation table (see cellkey.h). */
#include "tally/cellkey.h"

#include <sodium.h>
#include <stdint.h>

uint32_t ck_record_key(const unsigned char key[KEYFILE_BYTES], const char *id,
		       size_t len)
{
	unsigned char h[crypto_generichash_BYTES_MIN];

	crypto_generichash(h, sizeof h, (const unsigned char *)id, len, key,
			   KEYFILE_BYTES);
	return (uint32_t)h[0] | (uint32_t)h[1] << 8 | (uint32_t)h[2] << 16 |
	       (uint32_t)h[3] << 24;
}

/* Cumulative probabilities in units of 2^-32 (k/16 = k << 28). */
static const uint64_t cum_one[] = { 3u << 29, 6u << 29, 7u << 29 };
static const uint64_t cum_many[] = { 1u << 28, 5u << 28, 11u << 28, 15u << 28 };

int ck_offset(uint64_t n, uint32_t ck)
{
	size_t i = 0;

	if (n == 0)
		return 0;
	if (n == 1) {
		while (i < 3 && ck >= cum_one[i])
			i++;
		return (int)i - 1;
	}
	while (i < 4 && ck >= cum_many[i])
		i++;
	return (int)i - 2;
}

uint64_t ck_perturb(uint64_t n, uint32_t ck)
{
	int d = ck_offset(n, ck);

	/* Never below 0 by the table; never past the largest count either. */
	if (d < 0)
		return n - (uint64_t)-d;
	return n > UINT64_MAX - (uint64_t)d ? UINT64_MAX : n + (uint64_t)d;
}
