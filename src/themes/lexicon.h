/* lexicon.h - a list of codes, each with one or more PCRE2 patterns, read
 * from a CSV file (code, language, pattern) and matched against free text.
 *
 * The same shape serves the theme lexicon (share/trygg/themes.csv) and the
 * place lexicon (share/trygg/places.csv): a code is found in a text when
 * any of its patterns matches.  Codes keep the order of their first row in
 * the file, which is the order multi-select output is written in. */
#ifndef TRYGG_THEMES_LEXICON_H
#define TRYGG_THEMES_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lexicon lexicon;

/* An empty lexicon; add patterns with lexicon_add, then lexicon_compile. */
lexicon *lexicon_new(void);

/* Read PATH: a header naming the code column ("theme", "place" or "code")
 * and a "pattern" column ("language" and other columns are informative).
 * Blank rows and rows whose first cell starts with '#' are skipped.  Exits with a FILE:LINE message on a missing
 * column or a pattern that does not compile. */
void lexicon_load(lexicon *lx, const char *path);

/* Add one pattern for CODE.  FILE and LINE name its origin in messages. */
void lexicon_add(lexicon *lx, const char *code, const char *pattern,
		 const char *file, long line);

/* Compile each code's patterns into one JIT-compiled alternation.  Call
 * once, after the last lexicon_add / lexicon_load. */
void lexicon_compile(lexicon *lx);

size_t lexicon_count(const lexicon *lx);
const char *lexicon_code(const lexicon *lx, size_t i);

/* Set HITS[i] for every code i with a pattern matching TEXT[0..len).
 * TEXT must be valid UTF-8; HITS entries already set stay set. */
void lexicon_match(const lexicon *lx, const char *text, size_t len, bool *hits);

void lexicon_free(lexicon *lx);

#endif
