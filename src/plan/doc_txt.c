/* doc_txt.c - plain text for a fixed-width terminal or printer: 78
 * columns, underlined headings, aligned tables, bars drawn with '#'. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/doc_impl.h"
#include "plan/num.h"
#include "util.h"

enum { WIDTH = 78, BAR_WIDTH = 25, MIN_BAR = 10 };

static void repeat(FILE *out, const char *s, size_t n)
{
	while (n-- > 0)
		fputs(s, out);
}

static void pad(FILE *out, const char *s, size_t width, bool right)
{
	size_t w = text_width(s);

	if (right)
		repeat(out, " ", width > w ? width - w : 0);
	fputs(s, out);
	if (!right)
		repeat(out, " ", width > w ? width - w : 0);
}

/* Word-wrap TEXT to WIDTH columns: the first line starts with FIRST,
 * the others with INDENT. */
static void wrap(FILE *out, const char *text, const char *first,
		 const char *indent)
{
	size_t col = text_width(first);
	bool line_empty = true;
	const char *p = text + strspn(text, " \n");

	fputs(first, out);
	while (*p) {
		size_t len = strcspn(p, " \n");
		char *word = xmemdup(p, len);
		size_t w = text_width(word);
		if (!line_empty && col + 1 + w > WIDTH) {
			fputc('\n', out);
			fputs(indent, out);
			col = text_width(indent);
		} else if (!line_empty) {
			fputc(' ', out);
			col++;
		}
		fputs(word, out);
		col += w;
		line_empty = false;
		free(word);
		p += len;
		p += strspn(p, " \n");
	}
	fputc('\n', out);
}

static void txt_title(doc *d, const char *kicker, const char *title,
		      const char *subtitle)
{
	if (kicker && *kicker)
		fprintf(d->out, "%s\n", kicker);
	fprintf(d->out, "%s\n", title);
	repeat(d->out, "=", text_width(title));
	fputs("\n", d->out);
	if (subtitle && *subtitle)
		wrap(d->out, subtitle, "", "");
	fputc('\n', d->out);
}

static void txt_heading(doc *d, int level, const char *text)
{
	strbuf b = {0};

	if (level == 1)
		sb_printf(&b, "%d. %s", d->nsection, text);
	else
		sb_puts(&b, text);
	fprintf(d->out, "%s%s\n", level == 1 ? "\n" : "", b.s);
	repeat(d->out, level == 1 ? "=" : "-", text_width(b.s));
	fputs("\n\n", d->out);
	sb_free(&b);
}

static void txt_para(doc *d, const char *text, bool note)
{
	wrap(d->out, text, note ? "  " : "", note ? "  " : "");
	fputc('\n', d->out);
}

static void txt_bullets(doc *d, char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		wrap(d->out, items[i], "  - ", "    ");
	fputc('\n', d->out);
}

static void txt_keyfigures(doc *d, const keyfig *f, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n; i++)
		if (text_width(f[i].value) > w)
			w = text_width(f[i].value);
	for (size_t i = 0; i < n; i++) {
		strbuf first = {0}, indent = {0};
		size_t vw = text_width(f[i].value);
		sb_puts(&first, "  ");
		for (size_t k = vw; k < w; k++)
			sb_putc(&first, ' ');
		sb_printf(&first, "%s  ", f[i].value);
		for (size_t k = 0; k < w + 4; k++)
			sb_putc(&indent, ' ');
		wrap(d->out, f[i].label, first.s, indent.s);
		sb_free(&first);
		sb_free(&indent);
	}
	fputc('\n', d->out);
}

static size_t *column_widths(const table *t, bool with_head)
{
	size_t *w = xcalloc(t->ncols, sizeof *w);

	for (size_t c = 0; c < t->ncols; c++) {
		w[c] = with_head ? text_width(t->head[c]) : 0;
		for (size_t r = 0; r < t->nrows; r++) {
			size_t cw = text_width(t->cells[r * t->ncols + c]);
			if (cw > w[c])
				w[c] = cw;
		}
	}
	return w;
}

static void txt_row(FILE *out, char *const *cells, const table *t,
		    const size_t *w)
{
	for (size_t c = 0; c < t->ncols; c++) {
		bool last = c + 1 == t->ncols;
		fputs("  ", out);
		/* no trailing blanks after a left-aligned last column */
		pad(out, cells[c], last && !t->numeric[c] ? 0 : w[c], t->numeric[c]);
	}
	fputc('\n', out);
}

/* A table too wide for the page is printed one record per block,
 * "Heading: value" per line, which stays readable on paper. */
static void txt_records(doc *d, const table *t)
{
	strbuf first = {0};

	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			sb_clear(&first);
			sb_printf(&first, "%s %s: ", c ? "   " : "  *", t->head[c]);
			wrap(d->out, t->cells[r * t->ncols + c], first.s, "      ");
		}
		fputc('\n', d->out);
	}
	sb_free(&first);
}

static void txt_table(doc *d, const table *t)
{
	size_t *w = column_widths(t, true), total = 0;

	if (t->caption[0]) {
		wrap(d->out, t->caption, "", "");
		fputc('\n', d->out);
	}
	for (size_t c = 0; c < t->ncols; c++)
		total += w[c] + 2;
	if (total > WIDTH) {
		txt_records(d, t);
		free(w);
		return;
	}
	txt_row(d->out, t->head, t, w);
	fputs("  ", d->out);
	repeat(d->out, "-", total - 2);
	fputc('\n', d->out);
	for (size_t r = 0; r < t->nrows; r++)
		txt_row(d->out, t->cells + r * t->ncols, t, w);
	fputc('\n', d->out);
	free(w);
}

/* One line per bar: label, the bar (scaled to 100 %), the share, the
 * interval and n/base.  A suppressed cell shows the symbol, no bar.  The
 * bar shrinks (down to a minimum) so that lines stay within the page. */
static size_t bar_width(size_t *w)
{
	size_t rest = 2 + 2 + 2 + w[1] + 2 + w[2] + 4 + w[3] + 1 + w[4];

	/* Labels too long even for the shortest bar are cut (the full label
	 * stays in the tables and the other formats). */
	if (rest + MIN_BAR + w[0] > WIDTH && WIDTH > rest + MIN_BAR + 8)
		w[0] = WIDTH - rest - MIN_BAR;
	if (rest + w[0] + BAR_WIDTH <= WIDTH)
		return BAR_WIDTH;
	return rest + w[0] + MIN_BAR < WIDTH ? WIDTH - rest - w[0] : MIN_BAR;
}

/* S padded or cut (with an ellipsis) to exactly WIDTH columns. */
static void put_cut(FILE *out, const char *s, size_t width)
{
	size_t w = text_width(s), col = 0;

	if (w <= width) {
		pad(out, s, width, false);
		return;
	}
	for (const char *p = s; *p && col + 1 < width; col++) {
		const char *q = p + 1;
		while (((unsigned char)*q & 0xC0) == 0x80)
			q++;
		fwrite(p, 1, (size_t)(q - p), out);
		p = q;
	}
	fputs("\xe2\x80\xa6", out);
}

static void txt_chart(doc *d, const chart *c, const table *data)
{
	size_t *w = column_widths(data, false);
	size_t bw = bar_width(w);

	fprintf(d->out, "%s: %s\n\n", c->title, c->value_head);
	for (size_t i = 0; i < c->nbars; i++) {
		const bar *b = &c->bars[i];
		char *const *cell = data->cells + i * data->ncols;
		size_t len = b->suppressed ? 0 : (size_t)lround(b->pct / 100 * (double)bw);
		fputs("  ", d->out);
		put_cut(d->out, cell[0], w[0]);
		fputs(" |", d->out);
		repeat(d->out, "#", len);
		repeat(d->out, " ", bw - len);
		fputs("| ", d->out);
		pad(d->out, cell[1], w[1], true);
		fputs("  ", d->out);
		pad(d->out, cell[2], w[2], true);
		fprintf(d->out, "  n=%s/%s\n", cell[3], cell[4]);
	}
	fputc('\n', d->out);
	free(w);
}

/* Plain text has no colours: the heat map's table is the heat map. */
static void txt_heatmap(doc *d, const heatmap *h, const table *data)
{
	(void)h;
	txt_table(d, data);
}

static void txt_quotes(doc *d, const quote *q, size_t n)
{
	strbuf who = {0};

	for (size_t i = 0; i < n; i++) {
		sb_clear(&who);
		sb_printf(&who, "— %s", q[i].who);
		wrap(d->out, q[i].text, "    ", "    ");
		wrap(d->out, who.s, "      ", "      ");
		fputc('\n', d->out);
	}
	sb_free(&who);
}

/* Plain text has no charts: the trend's table of years by months is it. */
static void txt_trend(doc *d, const trend *t, const table *data)
{
	(void)t;
	txt_table(d, data);
}

static void txt_close(doc *d, const char *footer)
{
	if (footer && *footer) {
		repeat(d->out, "-", WIDTH);
		fputc('\n', d->out);
		wrap(d->out, footer, "", "");
	}
}

const doc_ops doc_txt_ops = {
	txt_title, txt_heading, txt_para, txt_bullets, txt_keyfigures,
	txt_table, txt_chart, txt_heatmap, txt_quotes, txt_trend, txt_close
};
