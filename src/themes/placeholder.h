/* placeholder.h - hide trygg-anon's placeholders from word patterns.
 *
 * Anonymised text holds tokens such as [NAME], [PHONE] or [NAME-3f9a1c].
 * They stand for personal data, not for words the respondent wrote, so a
 * pattern like \bphone\b must not find them. */
#ifndef TRYGG_THEMES_PLACEHOLDER_H
#define TRYGG_THEMES_PLACEHOLDER_H

#include <stddef.h>

#include "util.h"

/* Replace OUT with TEXT[0..len), each placeholder "[" KIND ["-" hex] "]"
 * (KIND: two or more capital ASCII letters) turned into one space. */
void mask_placeholders(strbuf *out, const char *text, size_t len);

#endif
