/* anchor.h - literal strings that every match of a pattern contains.
 *
 * The lexicons hold hundreds of patterns and a text matches few of them.
 * Running every pattern over every text is what made trygg-themes slow, so
 * the patterns are screened first: for each pattern a set of literal
 * strings, its anchors, such that any text the pattern matches contains
 * one of them once both are case-folded by anchor_fold.  The anchors of
 * all patterns are looked for in one pass over the text (acscan.h), and
 * only the patterns whose anchors occur are run.
 *
 * The analysis knows the PCRE2 syntax lexicons use: literals, escapes,
 * character classes, groups, alternation, quantifiers and assertions.
 * Anything else (inline options, backtracking verbs, \Q...\E) makes it give
 * up; such a pattern runs on every text: slower, never wrong. */
#ifndef TRYGG_THEMES_ANCHOR_H
#define TRYGG_THEMES_ANCHOR_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* A set of byte strings (not NUL-terminated; lengths in len). */
typedef struct {
	char **s;
	size_t *len;
	size_t n;
} anchor_set;

/* Fill OUT with the folded anchors of PATTERN (compiled caseless, UTF) and
 * return true, or return false when no anchor of at least two bytes could
 * be found: the pattern must then be run on every text. */
bool anchor_find(const char *pattern, anchor_set *out);

void anchor_set_free(anchor_set *a);

/* Replace OUT with TEXT[0..len) case-folded the way anchors are: every
 * character that a caseless PCRE2 pattern treats as the same letter as an
 * ASCII or Latin-1 letter becomes that letter in lower case (A-Z, À-Þ, and
 * the Kelvin sign, Ångström sign, long s, capital sharp s and Ÿ).
 * Anchors only hold such letters and caseless characters, so an anchor
 * occurs in the folded text whenever its pattern matches the text. */
void anchor_fold(strbuf *out, const char *text, size_t len);

#endif
