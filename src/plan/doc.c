/* doc.c - the document model: tables, charts and dispatch to a renderer. */
#include "plan/doc_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/num.h"
#include "util.h"

doc *doc_open(FILE *out, enum doc_format fmt, const char *lang_code)
{
	doc *d = xcalloc(1, sizeof *d);

	d->out = out;
	d->lang = lang_code;
	d->ops = fmt == DOC_HTML ? &doc_html_ops
	       : fmt == DOC_TXT  ? &doc_txt_ops : &doc_md_ops;
	return d;
}

void doc_title(doc *d, const char *kicker, const char *title,
	       const char *subtitle)
{
	d->ops->title(d, kicker, title, subtitle);
}

void doc_heading(doc *d, int level, const char *text)
{
	if (level == 1)
		d->nsection++;
	d->level = level;
	d->ops->heading(d, level, text);
}

void doc_para(doc *d, const char *text)
{
	d->ops->para(d, text, false);
}

void doc_note(doc *d, const char *text)
{
	d->ops->para(d, text, true);
}

void doc_bullets(doc *d, char *const *items, size_t n)
{
	if (n > 0)
		d->ops->bullets(d, items, n);
}

void doc_keyfigures(doc *d, const keyfig *f, size_t n)
{
	if (n > 0)
		d->ops->keyfigures(d, f, n);
}

void doc_table(doc *d, const table *t)
{
	d->ops->table(d, t);
}

/* The figures of a chart as a table: what a screen reader reads, what
 * Markdown shows, and what a reader checks the bars against. */
static table *chart_data(const chart *c)
{
	const char *head[5] = { c->title, c->value_head,
				/* xgettext:no-c-format */
				_("95% interval"),
				_("n"), _("Base") };
	static const bool numeric[5] = { false, true, true, true, true };
	table *t = table_new(c->title, 5, head, numeric);
	strbuf cell[5] = {{0}};

	for (size_t i = 0; i < c->nbars; i++) {
		const bar *b = &c->bars[i];
		char *row[5];
		for (int k = 0; k < 5; k++)
			sb_clear(&cell[k]);
		sb_puts(&cell[0], b->label);
		if (b->suppressed) {
			for (int k = 1; k < 4; k++)
				sb_puts(&cell[k], SUPPRESSED_SYMBOL);
		} else {
			fmt_pct(&cell[1], b->pct);
			fmt_range(&cell[2], b->lo, b->hi);
			fmt_count(&cell[3], b->n);
		}
		fmt_count(&cell[4], b->base);
		for (int k = 0; k < 5; k++)
			row[k] = cell[k].s;
		table_add(t, row);
	}
	for (int k = 0; k < 5; k++)
		sb_free(&cell[k]);
	return t;
}

void doc_chart(doc *d, const chart *c)
{
	table *t;

	if (c->nbars == 0)
		return;
	d->nchart++;
	t = chart_data(c);
	d->ops->chart(d, c, t);
	table_free(t);
}

void doc_close(doc *d, const char *footer)
{
	d->ops->close(d, footer);
	free(d);
}

table *table_new(const char *caption, size_t ncols, const char *const *head,
		 const bool *numeric)
{
	table *t = xcalloc(1, sizeof *t);

	t->caption = xstrdup(caption ? caption : "");
	t->ncols = ncols;
	t->head = xmalloc(ncols * sizeof *t->head);
	t->numeric = xmalloc(ncols * sizeof *t->numeric);
	for (size_t i = 0; i < ncols; i++) {
		t->head[i] = xstrdup(head[i]);
		t->numeric[i] = numeric ? numeric[i] : false;
	}
	return t;
}

void table_add(table *t, char *const *cells)
{
	size_t at = t->nrows * t->ncols;

	t->cells = xrealloc(t->cells, (at + t->ncols) * sizeof *t->cells);
	for (size_t i = 0; i < t->ncols; i++)
		t->cells[at + i] = xstrdup(cells[i] ? cells[i] : "");
	t->nrows++;
}

void table_free(table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	for (size_t i = 0; i < t->ncols; i++)
		free(t->head[i]);
	free(t->cells);
	free(t->head);
	free(t->numeric);
	free(t->caption);
	free(t);
}

chart *chart_new(const char *title, const char *value_head)
{
	chart *c = xcalloc(1, sizeof *c);

	c->title = xstrdup(title);
	c->value_head = xstrdup(value_head);
	return c;
}

void chart_add(chart *c, const char *label, bool suppressed, double pct,
	       double lo, double hi, double n, double base)
{
	bar *b;

	c->bars = xrealloc(c->bars, (c->nbars + 1) * sizeof *c->bars);
	b = &c->bars[c->nbars++];
	b->label = xstrdup(label);
	b->suppressed = suppressed;
	/* A suppressed bar carries no figure at all, so no renderer can
	 * show one by mistake. */
	b->pct = suppressed ? NAN : pct;
	b->lo = suppressed ? NAN : lo;
	b->hi = suppressed ? NAN : hi;
	b->n = suppressed ? NAN : n;
	b->base = base;
}

void chart_free(chart *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nbars; i++)
		free(c->bars[i].label);
	free(c->bars);
	free(c->title);
	free(c->value_head);
	free(c);
}

size_t text_width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}
