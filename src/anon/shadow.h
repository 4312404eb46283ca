/* shadow.h - the text the patterns and name rules look at: the cell
 * normalised (NFKC through utf8proc; every dash a '-', every space a ' ';
 * soft hyphens, zero-width and direction marks gone; a run of single
 * letters or digits spaced out joined up; two to four spaces between
 * digits one), with, for each of its bytes, the bytes of the original it
 * came from, so that what is found in the shadow is replaced in the
 * original.  All Unicode knowledge of trygg-anon is behind this
 * interface. */
#ifndef ANON_SHADOW_H
#define ANON_SHADOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

typedef struct {
	const char *s;  /* the shadow: the original itself when nothing changed */
	size_t n;
	bool same;      /* shadow == original, offsets map to themselves */
	strbuf buf[2];  /* work buffers, reused for every text */
	uint32_t *from[2], *to[2];
	size_t cap[2];
	int cur;        /* which buffer holds the shadow */
} anon_shadow;

/* Make the shadow of S[0..n) (valid UTF-8). */
void shadow_make(anon_shadow *sh, const char *s, size_t n);
/* The original bytes [*a, *b) of the shadow bytes [a, b). */
void shadow_span(const anon_shadow *sh, size_t a, size_t b, size_t *oa, size_t *ob);
void shadow_free(anon_shadow *sh);

/* Case folding (utf8proc) of the UTF-8 word S[0..n) into OUT (at most
 * CAP bytes, not NUL-terminated), a typographic apostrophe as '; returns
 * the length, 0 when it does not fit or S is not valid UTF-8. */
size_t shadow_fold(const char *s, size_t n, char *out, size_t cap);
/* The folded word S[0..n) (shadow_fold's) with its Arabic letters as
 * one spelling of them: alef with hamza or madda as alef, Persian yeh as
 * yeh, teh marbuta as heh, keheh as kaf, the vowel signs and tatweel
 * dropped.  Into OUT as shadow_fold; returns the length or 0. */
size_t shadow_fold_arabic(const char *s, size_t n, char *out, size_t cap);

/* Scripts trygg-anon tells apart in a word. */
enum anon_script {
	SCRIPT_OTHER, SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_GREEK,
	SCRIPT_ARABIC, SCRIPT_HEBREW, SCRIPT_ETHIOPIC, SCRIPT_ARMENIAN,
	SCRIPT_GEORGIAN, SCRIPT_CJK
};
/* The script of the letter CP, from its Unicode block. */
enum anon_script script_of(int32_t cp);
/* Is CP a letter (general category L*) or a combining mark (M*)? */
bool cp_is_letter(int32_t cp);
bool cp_is_mark(int32_t cp);
bool cp_is_upper(int32_t cp);
/* The code point at S[i] of valid UTF-8 S[0..n) and its length. */
int32_t utf8_at(const char *s, size_t n, size_t i, size_t *len);
/* Length of the letter (or combining mark) at S[i], 0 if none. */
size_t utf8_letter_len_slow(const char *s, size_t n, size_t i);
static inline size_t utf8_letter_len(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return utf8_letter_len_slow(s, n, i);
}

#endif
