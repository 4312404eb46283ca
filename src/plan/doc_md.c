/* doc_md.c - Markdown (CommonMark with pipe tables). */
#include <string.h>

#include "plan/doc_impl.h"

/* Backslash-escape what Markdown would read as markup or raw HTML. */
static void md_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\n') {
			fputc(' ', out);
			continue;
		}
		if (strchr("\\`*_[]<>|&#!", *s))
			fputc('\\', out);
		fputc(*s, out);
	}
}

static void md_title(doc *d, const char *kicker, const char *title,
		     const char *subtitle)
{
	fputs("# ", d->out);
	md_text(d->out, title);
	fputs("\n\n", d->out);
	if (kicker && *kicker) {
		fputc('*', d->out);
		md_text(d->out, kicker);
		fputs("*\n\n", d->out);
	}
	if (subtitle && *subtitle) {
		md_text(d->out, subtitle);
		fputs("\n\n", d->out);
	}
}

static void md_heading(doc *d, int level, const char *text)
{
	if (level == 1)
		fprintf(d->out, "## %d. ", d->nsection);
	else
		fputs("### ", d->out);
	md_text(d->out, text);
	fputs("\n\n", d->out);
}

static void md_para(doc *d, const char *text, bool note)
{
	if (note)
		fputs("> ", d->out);
	md_text(d->out, text);
	fputs("\n\n", d->out);
}

static void md_bullets(doc *d, char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fputs("- ", d->out);
		md_text(d->out, items[i]);
		fputc('\n', d->out);
	}
	fputc('\n', d->out);
}

static void md_keyfigures(doc *d, const keyfig *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fputs("- **", d->out);
		md_text(d->out, f[i].value);
		fputs("** ", d->out);
		md_text(d->out, f[i].label);
		fputc('\n', d->out);
	}
	fputc('\n', d->out);
}

static void md_row(FILE *out, char *const *cells, size_t n)
{
	fputc('|', out);
	for (size_t i = 0; i < n; i++) {
		fputc(' ', out);
		md_text(out, cells[i]);
		fputs(" |", out);
	}
	fputc('\n', out);
}

static void md_table(doc *d, const table *t)
{
	if (t->caption[0]) {
		fputs("**", d->out);
		md_text(d->out, t->caption);
		fputs("**\n\n", d->out);
	}
	md_row(d->out, t->head, t->ncols);
	fputc('|', d->out);
	for (size_t i = 0; i < t->ncols; i++)
		fputs(t->numeric[i] ? " ---: |" : " --- |", d->out);
	fputc('\n', d->out);
	for (size_t r = 0; r < t->nrows; r++)
		md_row(d->out, t->cells + r * t->ncols, t->ncols);
	fputc('\n', d->out);
}

/* Markdown has no charts: the figures table is the chart. */
static void md_chart(doc *d, const chart *c, const table *data)
{
	(void)c;
	md_table(d, data);
}

/* Markdown has no colours: the heat map's table is the heat map. */
static void md_heatmap(doc *d, const heatmap *h, const table *data)
{
	(void)h;
	md_table(d, data);
}

/* Each quotation its own block quote, the speaker on the line after. */
static void md_quotes(doc *d, const quote *q, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fputs("> ", d->out);
		md_text(d->out, q[i].text);
		fputs("\n> — ", d->out);
		md_text(d->out, q[i].who);
		fputs("\n\n", d->out);
	}
}

/* Markdown has no charts: the trend's table of years by months is it. */
static void md_trend(doc *d, const trend *t, const table *data)
{
	(void)t;
	md_table(d, data);
}

static void md_close(doc *d, const char *footer)
{
	if (footer && *footer) {
		fputs("---\n\n", d->out);
		md_text(d->out, footer);
		fputc('\n', d->out);
	}
}

const doc_ops doc_md_ops = {
	md_title, md_heading, md_para, md_bullets, md_keyfigures,
	md_table, md_chart, md_heatmap, md_quotes, md_trend, md_close
};
