/* lexicon.h - codes, each with one or more PCRE2 patterns, read from CSV
 * files (code, language, pattern) and matched against free text.
 *
 * A lexicon holds one or more families of codes, each with its own code
 * list: trygg-themes keeps the themes (share/trygg/themes.csv) and the
 * places (share/trygg/places.csv and the codebook) in one lexicon, so that
 * one pass over a text serves both.  A code is found in a text when any of
 * its patterns matches.  Codes keep the order of their first row, which is
 * the order multi-select output is written in.
 *
 * A row whose code is "-" is a denial: what it matches ("inga problem med
 * belysning") is hidden from every other pattern, of every family, so that
 * a problem the text says is absent is not found, nor a place said to be
 * without it.
 *
 * Matching screens the patterns first (anchor.h): only those whose literal
 * anchors occur in the text are run, each compiled once with JIT. */
#ifndef TRYGG_THEMES_LEXICON_H
#define TRYGG_THEMES_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lexicon lexicon;

/* An empty lexicon with NFAMILIES families of codes (numbered from 0); add
 * patterns with lexicon_add or lexicon_load, then lexicon_compile. */
lexicon *lexicon_new(size_t nfamilies);

/* Read PATH: a header naming the code column ("theme", "place" or "code")
 * and a "pattern" column ("language" and other columns are informative).
 * Blank rows and rows whose first cell starts with '#' are skipped.  Exits with a FILE:LINE message on a missing
 * column or a pattern that does not compile. */
void lexicon_load(lexicon *lx, size_t family, const char *path);

/* Add one pattern for CODE of FAMILY.  FILE and LINE name its origin in
 * messages. */
void lexicon_add(lexicon *lx, size_t family, const char *code,
		 const char *pattern, const char *file, long line);

/* Build the screen over every pattern's anchors.  Call once, after the
 * last lexicon_add / lexicon_load. */
void lexicon_compile(lexicon *lx);

size_t lexicon_count(const lexicon *lx, size_t family);
const char *lexicon_code(const lexicon *lx, size_t family, size_t i);

/* How many patterns of FAMILY have no anchor and so run on every text. */
size_t lexicon_unanchored(const lexicon *lx, size_t family);

/* Set HITS[f][i] for every code i of a family f with HITS[f] not NULL
 * that has a pattern matching TEXT[0..len) once the denials are blanked.
 * TEXT must be valid UTF-8; entries already set stay set.  Not reentrant:
 * LX holds the scratch space. */
void lexicon_match(lexicon *lx, const char *text, size_t len,
		   bool *const *hits);

void lexicon_free(lexicon *lx);

#endif
