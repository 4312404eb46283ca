/* span.h - the kinds of personal data trygg-anon knows and a reusable
 * list of byte spans found in one text. */
#ifndef ANON_SPAN_H
#define ANON_SPAN_H

#include <stddef.h>

enum anon_kind {
	KIND_NAME,
	KIND_PNR,
	KIND_PHONE,
	KIND_EMAIL,
	KIND_ADDRESS,
	KIND_PLATE,
	KIND_IP,
	KIND_CARD,
	KIND_HANDLE,
	KIND_COUNT
};

/* "NAME", "PNR", ... as used in placeholders and pattern files. */
const char *kind_label(enum anon_kind k);
/* The kind for LABEL (case-sensitive), or -1. */
int kind_from_label(const char *label);

typedef struct {
	size_t start, end; /* byte offsets, end exclusive */
	enum anon_kind kind;
	int genitive;      /* NAME ending in a genitive -s the name lacks */
} anon_span;

/* Grows only when a text holds more spans than any before it, so the
 * hot path does not allocate once the list has warmed up. */
typedef struct {
	anon_span *v;
	size_t n, cap;
} span_list;

void spans_clear(span_list *l);
void spans_push(span_list *l, size_t start, size_t end, enum anon_kind k);
void spans_free(span_list *l);
/* Does [start, end) overlap any span of L?  L is sorted by start. */
int spans_overlap(const span_list *l, size_t start, size_t end);

#endif
