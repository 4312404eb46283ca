/* pseudo.h - keyed pseudonyms: the same value under the same key always
 * gives the same short token, and nothing is stored. */
#ifndef ANON_PSEUDO_H
#define ANON_PSEUDO_H

#include <stddef.h>

#include "anon/span.h"
#include "keyfile.h"

#define PSEUDO_KEY_BYTES KEYFILE_BYTES
#define PSEUDO_HEX 6

typedef struct {
	unsigned char key[PSEUDO_KEY_BYTES];
} anon_key;

/* Read the secret from PATH: a regular file of at least 16 bytes that
 * neither group nor others may read or write.  Dies with a message (that
 * never shows the key) otherwise. */
void pseudo_load_key(anon_key *k, const char *path);
/* PSEUDO_HEX lower-case hex digits (plus NUL) for KIND and the normalised
 * value NORM[0..n): keyed BLAKE2b, so tokens cannot be reversed or
 * recomputed without the key. */
void pseudo_token(const anon_key *k, enum anon_kind kind, const char *norm,
		  size_t n, char hex[PSEUDO_HEX + 1]);

#endif
