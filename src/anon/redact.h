/* redact.h - one text in, the same text with every item of personal data
 * replaced by its placeholder (or keyed pseudonym) out. */
#ifndef ANON_REDACT_H
#define ANON_REDACT_H

#include <stddef.h>

#include "anon/names.h"
#include "anon/patterns.h"
#include "anon/pseudo.h"
#include "anon/shadow.h"
#include "util.h"

typedef struct anon_engine anon_engine;

/* KEY NULL: plain placeholders [NAME]; else [NAME-3f9a1c]. */
anon_engine *engine_new(anon_patterns *pat, anon_names *names,
			const anon_key *key);
/* Write the rewritten S[0..n) to OUT (cleared first); returns how many
 * items were replaced (0: OUT is not touched, the text stays as it is). */
size_t engine_rewrite(anon_engine *e, const char *s, size_t n, strbuf *out);
/* Between these, the texts rewritten are the cells of one record: a name
 * found in one is found again in the later ones. */
void engine_record_begin(anon_engine *e);
void engine_record_end(anon_engine *e);
/* The placeholder of a text that could not be scanned, replaced whole. */
#define UNSCANNED_LABEL "REDACTED"
/* Items replaced so far, by kind. */
unsigned long engine_count(const anon_engine *e, enum anon_kind k);
/* Texts replaced whole because they could not be scanned. */
unsigned long engine_unscanned(const anon_engine *e);
/* Rows that did not fit the header (all their fields were rewritten). */
void engine_note_ragged(anon_engine *e);
unsigned long engine_ragged(const anon_engine *e);
void engine_free(anon_engine *e);

#endif
