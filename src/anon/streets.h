/* streets.h - a screen in front of the two street rows of the patterns,
 * whose PCRE2 attempts at every word near a number cost more than all the
 * other rows together: "Björkvägen 5" (a word that ends in a street noun)
 * and "Perssons väg 5" (a word, then a street noun as a word of its own).  The
 * screen answers "cannot match here" from a table of the nouns, read out
 * of the rows themselves; in every other case (an unknown character, a
 * row of another shape) it answers "may match" and PCRE2 decides, so it
 * never changes what is found. */
#ifndef ANON_STREETS_H
#define ANON_STREETS_H

#include <stddef.h>
#include <stdint.h>

#include "anon/gates.h"

typedef struct street_screen street_screen;

street_screen *streets_new(void);
/* Row ROW, its pattern RAW as written (before DEFINEs are expanded) and
 * the DEFINEs so far (DEFS: name, then its expanded regex, NDEFS strings):
 * screened when it has one of the two shapes. */
void streets_add_row(street_screen *sc, size_t row, const char *raw,
		     char *const *defs, size_t ndefs);
/* The rows of MAY the screen leaves at the word start Q of S[0..n).
 * LETTER2 (bit c: the two-byte character U+c is a letter, as PCRE2's \p{L}
 * says) tells where a word ends. */
row_set streets_allow(street_screen *sc, row_set may, const char *s,
		      size_t n, size_t q, const uint64_t letter2[32]);
/* Before the first streets_allow of a text: the screen remembers its
 * answers within one text. */
void streets_prepare(street_screen *sc);
void streets_free(street_screen *sc);

#endif
