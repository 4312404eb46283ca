/* patterns.h - the PCRE2 patterns for numbers, addresses, e-mail and
 * handles: read from data files, tried only where a row can start and its
 * needs still follow, through JIT-compiled alternations made once per set
 * of rows, with one pre-allocated match block. */
#ifndef ANON_PATTERNS_H
#define ANON_PATTERNS_H

#include <stdbool.h>
#include <stddef.h>

#include "anon/span.h"
#include "anon/validators.h"

typedef struct anon_patterns anon_patterns;

anon_patterns *patterns_new(void);
/* Add the patterns of a CSV file with the columns kind, pattern and an
 * optional validator.  Dies with FILE:LINE on a bad row or pattern. */
void patterns_load(anon_patterns *p, const char *path);
/* Build the combined matcher; call once after the last load. */
void patterns_compile(anon_patterns *p);
void patterns_set_word_check(anon_patterns *p, word_check f, const void *ctx);
/* Says whether a word names a known place (the street rule "X torg 5"
 * leaves "Östby torg 2025" alone when X is a locality or a codebook place). */
void patterns_set_place_check(anon_patterns *p, word_check f, const void *ctx);
/* Says whether a word is a cue for a number plate (reg, bilen). */
void patterns_set_plate_cue_check(anon_patterns *p, word_check f, const void *ctx);
/* Append the non-overlapping matches in S[0..n) to OUT, left to right.
 * False (OUT unchanged) when a match ran past PCRE2's limits even without
 * JIT: the text cannot be vouched for. */
bool patterns_scan(anon_patterns *p, const char *s, size_t n, span_list *out);
void patterns_free(anon_patterns *p);

#endif
