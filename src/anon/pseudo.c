/* pseudo.c - keyed pseudonyms with libsodium's BLAKE2b. */
#include "anon/pseudo.h"

#include <sodium.h>
#include <string.h>

#include "keyfile.h"
#include "util.h"

void pseudo_load_key(anon_key *k, const char *path)
{
	keyfile_read(path, k->key);
}

void pseudo_token(const anon_key *k, enum anon_kind kind, const char *norm,
		  size_t n, char hex[PSEUDO_HEX + 1])
{
	crypto_generichash_state st;
	unsigned char out[16];
	const char *label = kind_label(kind);

	crypto_generichash_init(&st, k->key, sizeof k->key, sizeof out);
	/* the kind keeps a phone and a card with the same digits apart */
	crypto_generichash_update(&st, (const unsigned char *)label, strlen(label) + 1);
	crypto_generichash_update(&st, (const unsigned char *)norm, n);
	crypto_generichash_final(&st, out, sizeof out);
	sodium_bin2hex(hex, PSEUDO_HEX + 1, out, PSEUDO_HEX / 2);
}
