/* text.h - UTF-8 checks, Windows-1252 transcoding, folding for matching,
 * and a string-keyed hash map. */
#ifndef TRYGG_TEXT_H
#define TRYGG_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* True if S[0..n) is valid UTF-8 (no overlongs, surrogates, > U+10FFFF).
 * On false, *bad (if not NULL) gets the offset of the first bad byte. */
bool utf8_valid(const char *s, size_t n, size_t *bad);

/* Append the UTF-8 form of Windows-1252 bytes to OUT.  The five bytes
 * Windows-1252 leaves undefined map to U+FFFD. */
void cp1252_to_utf8(strbuf *out, const unsigned char *in, size_t n);

/* Append a matching key for S to OUT: leading/trailing spaces and tabs
 * dropped, inner runs of white space as one space, letters lower-cased
 * (ASCII and Latin-1/Latin Extended-A letters, so "ÅÄÖ" folds to "åäö"),
 * and with STRIP_ACCENTS also diacritics removed ("å" -> "a", "é" -> "e").
 * Also maps EN DASH and EM DASH to '-' and NBSP to a space. */
void fold_key(strbuf *out, const char *s, size_t n, bool strip_accents);

/* Trim ASCII spaces/tabs; returns the start and sets *n. */
const char *trim_span(const char *s, size_t *n);

/* 64-bit FNV-1a; not for anything security-related. */
uint64_t hash_bytes(const void *p, size_t n, uint64_t seed);

/* String-keyed hash map (keys copied), values are opaque pointers or
 * integers.  Insertion order is kept: strmap_key(m, i) for i < count. */
typedef struct strmap strmap;
strmap *strmap_new(void);
void strmap_free(strmap *m);
/* Returns the slot's value pointer (creating an entry holding NULL/0 when
 * absent if CREATE); NULL when absent and !CREATE.  *created tells which. */
void **strmap_slot(strmap *m, const char *key, size_t klen, bool create,
		   bool *created);
void *strmap_get(const strmap *m, const char *key, size_t klen);
size_t strmap_count(const strmap *m);
const char *strmap_key(const strmap *m, size_t i, size_t *klen);
void *strmap_value(const strmap *m, size_t i);

#endif
