/* text.h - UTF-8 checks, Windows-1252 transcoding, folding for matching,
 * and a string-keyed hash map.  Unicode work is utf8proc's. */
#ifndef TRYGG_TEXT_H
#define TRYGG_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util.h"

/* Does a character start at S[I]?  (Not at a UTF-8 continuation byte:
 * where a word may be cut into parts.) */
static inline bool utf8_char_start(const char *s, size_t i)
{
	return ((unsigned char)s[i] & 0xC0) != 0x80;
}

/* True if S[0..n) is valid UTF-8 (no overlongs, surrogates, > U+10FFFF).
 * On false, *bad (if not NULL) gets the offset of the first bad byte. */
bool utf8_valid(const char *s, size_t n, size_t *bad);

/* Append the UTF-8 form of Windows-1252 bytes to OUT.  The five bytes
 * Windows-1252 leaves undefined map to U+FFFD. */
void cp1252_to_utf8(strbuf *out, const unsigned char *in, size_t n);

/* Append a matching key for S to OUT: Unicode NFC and case folding
 * (utf8proc), default-ignorable characters (soft hyphen, zero-width
 * space) and control characters left out, look-alike spaces, dashes and
 * quotes lumped together (NBSP is a space, EN DASH '-'), white space
 * trimmed and runs of it one space, and with STRIP_ACCENTS diacritics
 * removed ("å" -> "a", "é" -> "e"; NFD input gives the same key as NFC).
 * Text that is not UTF-8 is folded as ASCII, other bytes kept. */
void fold_key(strbuf *out, const char *s, size_t n, bool strip_accents);

/* Bytes of the character at S and the combining marks that follow it
 * (what folds as one: "e" + U+0301 is "é"); 1 for an invalid byte. */
size_t utf8_cluster_length(const char *s, size_t n);

/* The key of fold_key with accents removed and only letters and digits
 * kept: "Trygg ute sent ?" and "trygg ute sent?" meet here. */
void loose_key(strbuf *out, const char *s, size_t n);

/* Levenshtein distance of A and B (bytes), or LIMIT + 1 when it is more
 * than LIMIT (found without filling the whole table). */
size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t limit);

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

/* The length of the first of the COUNT ENDS that K[0..n) ends in after a
 * stem of MIN_STEM bytes or more, or 0; byte for byte.  Inline: the name
 * scanner asks it of most words. */
static inline size_t ending_of(const char *k, size_t n, const char *const *ends, size_t count,
			       size_t min_stem)
{
	for (size_t e = 0; e < count; e++) {
		size_t el = strlen(ends[e]);
		if (n >= el + min_stem && memcmp(k + n - el, ends[e], el) == 0)
			return el;
	}
	return 0;
}

/* A plain decimal: digits, then optionally '.' and more digits (no
 * sign, exponent, hex, inf or nan). */
bool plain_decimal(const char *s, size_t len);

#endif
