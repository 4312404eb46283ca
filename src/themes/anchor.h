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

#define ANCHOR_UNBOUNDED (-1L)

typedef struct {
	anchor_set set; /* the anchors, folded; none begins with another
			   (for a literal: the first bytes of its strings) */
	long prefix;    /* most bytes a match has before the anchor it holds
			   (ANCHOR_UNBOUNDED: no limit) */
	/* The pattern is a plain literal: it matches exactly where one of
	 * the strings of EXACT occurs (each begins with an anchor), with no
	 * word character just before it (word_start) or just after it
	 * (word_end) when those are set. */
	bool literal, word_start, word_end;
	anchor_set exact;
} anchor_info;

/* Fill OUT with what screens PATTERN (compiled caseless, UTF) and return
 * true; or return false when no anchor of at least two bytes could be
 * found: the pattern must then be run on every text. */
bool anchor_find(const char *pattern, anchor_info *out);

void anchor_set_free(anchor_set *a);

/* Replace OUT with TEXT[0..len) case-folded the way anchors are: every
 * character that a caseless PCRE2 pattern treats as the same letter as an
 * ASCII or Latin-1 letter becomes that letter in lower case (A-Z, À-Þ, and
 * the Kelvin sign, Ångström sign, long s, capital sharp s and Ÿ).
 * Anchors only hold such letters and caseless characters, so an anchor
 * occurs in the folded text whenever its pattern matches the text. */
void anchor_fold(strbuf *out, const char *text, size_t len);

/* Whether TEXT holds one of the characters outside Latin-1 that
 * anchor_fold folds (the Kelvin sign and the like).  When it does not,
 * folding is the same as reading each byte as anchor_fold_byte says, and
 * a scanner can read TEXT itself, with its offsets, instead of a copy. */
bool anchor_fold_needed(const char *text, size_t len);

/* The byte that byte B of a text scans as: A-Z as a-z, and the second
 * byte of À-Þ as that of à-þ.  The second rule also changes bytes of
 * other characters, harmlessly: an anchor holds those bytes only right
 * after the lead byte 0xC3, where they are the letters meant. */
unsigned char anchor_fold_byte(unsigned char b);

/* Whether the folded string S[0..n) is at byte AT of TEXT[0..len) (read
 * through anchor_fold_byte). */
bool anchor_equal_at(const char *text, size_t len, size_t at,
		     const char *s, size_t n);

#endif
