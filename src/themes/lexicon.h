/* lexicon.h - a list of codes, each with one or more PCRE2 patterns, read
 * from a CSV file (code, language, pattern) and matched against free text.
 *
 * The same shape serves the theme lexicon (share/trygg/themes.csv) and the
 * place lexicon (share/trygg/places.csv): a code is found in a text when
 * any of its patterns matches.  Codes keep the order of their first row in
 * the file, which is the order multi-select output is written in.
 *
 * A row whose code is "-" is a denial: what it matches ("inga problem med
 * belysning") is hidden from the other patterns of the lexicon, so that a
 * problem the text says is absent is not found.
 *
 * Matching screens the patterns first (anchor.h): only those whose literal
 * anchors occur in the text are run, each compiled once with JIT. */
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

/* Build the screen over every pattern's anchors.  Call once, after the
 * last lexicon_add / lexicon_load. */
void lexicon_compile(lexicon *lx);

size_t lexicon_count(const lexicon *lx);
const char *lexicon_code(const lexicon *lx, size_t i);

/* How many patterns have no anchor and so run on every text. */
size_t lexicon_unanchored(const lexicon *lx);

/* Set HITS[i] for every code i with a pattern matching TEXT[0..len) once
 * the denials are blanked.  TEXT must be valid UTF-8; HITS entries already
 * set stay set.  Not reentrant: LX holds the scratch space. */
void lexicon_match(lexicon *lx, const char *text, size_t len, bool *hits);

void lexicon_free(lexicon *lx);

#endif
