/* redact.h - one text in, the same text with every item of personal data
 * replaced by its placeholder (or keyed pseudonym) out. */
#ifndef ANON_REDACT_H
#define ANON_REDACT_H

#include <stddef.h>

#include "anon/names.h"
#include "anon/patterns.h"
#include "anon/pseudo.h"
#include "util.h"

typedef struct anon_engine anon_engine;

/* KEY NULL: plain placeholders [NAME]; else [NAME-3f9a1c]. */
anon_engine *engine_new(anon_patterns *pat, anon_names *names,
			const anon_key *key);
/* Write the rewritten S[0..n) to OUT (cleared first); returns how many
 * items were replaced (0: OUT is not touched, the text stays as it is). */
size_t engine_rewrite(anon_engine *e, const char *s, size_t n, strbuf *out);
/* Items replaced so far, by kind. */
unsigned long engine_count(const anon_engine *e, enum anon_kind k);
void engine_free(anon_engine *e);

#endif
