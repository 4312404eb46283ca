/* placeholder.h - the text the patterns see: trygg-anon's placeholders
 * hidden, white space made single.
 *
 * Anonymised text holds tokens such as [NAME], [PHONE] or [NAME-3f9a1c].
 * They stand for personal data, not for words the respondent wrote, so a
 * pattern like \bphone\b must not find them. */
#ifndef TRYGG_THEMES_PLACEHOLDER_H
#define TRYGG_THEMES_PLACEHOLDER_H

#include <stddef.h>

#include "util.h"

/* Replace OUT with TEXT[0..len) as the patterns see it: each placeholder
 * "[" KIND ["-" hex] "]" (KIND: two or more capital ASCII letters) and
 * each run of spaces, tabs and line breaks turned into one space, so that
 * "fulla  gubbar" and a phrase broken over two lines match a pattern
 * written with single spaces. */
void mask_placeholders(strbuf *out, const char *text, size_t len);

/* Room in B for N more bytes and some to spare, every byte of it
 * initialised: PCRE2's JIT may read a few bytes past the end of a subject
 * (it never uses them), and those bytes must be defined for valgrind. */
void subject_reserve(strbuf *b, size_t n);

#endif
