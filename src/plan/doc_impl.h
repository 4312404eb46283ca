/* doc_impl.h - what the renderers share (not for report code). */
#ifndef PLAN_DOC_IMPL_H
#define PLAN_DOC_IMPL_H

#include "plan/doc.h"

typedef struct {
	void (*title)(doc *d, const char *kicker, const char *title,
		      const char *subtitle);
	void (*heading)(doc *d, int level, const char *text);
	void (*para)(doc *d, const char *text, bool note);
	void (*bullets)(doc *d, char *const *items, size_t n);
	void (*keyfigures)(doc *d, const keyfig *f, size_t n);
	void (*table)(doc *d, const table *t);
	void (*chart)(doc *d, const chart *c, const table *data);
	void (*heatmap)(doc *d, const heatmap *h, const table *data);
	void (*quotes)(doc *d, const quote *q, size_t n);
	void (*trend)(doc *d, const trend *t, const table *data);
	void (*close)(doc *d, const char *footer);
} doc_ops;

struct doc {
	FILE *out;
	const doc_ops *ops;
	const char *lang;
	int nsection; /* level-1 headings so far */
	int level;    /* the last heading's level (0 before any), so a
		       * renderer can nest its own headings under it */
	int nchart;   /* charts and heat maps so far (unique ids in HTML) */
};

extern const doc_ops doc_md_ops, doc_txt_ops, doc_html_ops;


#endif
