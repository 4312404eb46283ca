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

static bool chart_weighted(const chart *c)
{
	for (size_t i = 0; i < c->nbars; i++)
		if (!isnan(c->bars[i].n_eff))
			return true;
	return false;
}

static void bar_cells(const bar *b, strbuf *cell, bool weighted)
{
	sb_puts(&cell[0], b->label);
	if (b->suppressed) {
		for (int k = 1; k < 4; k++)
			sb_puts(&cell[k], SUPPRESSED_SYMBOL);
	} else {
		fmt_pct(&cell[1], b->pct);
		fmt_range(&cell[2], b->lo, b->hi);
		fmt_count(&cell[3], b->n);
	}
	fmt_base(&cell[4], b->base);
	if (weighted && !isnan(b->n_eff))
		fmt_count(&cell[5], b->n_eff);
	else if (weighted)
		sb_puts(&cell[5], "–");
}

/* The figures of a chart as a table: what a screen reader reads, what
 * Markdown shows, and what a reader checks the bars against.  With
 * weights a column gives the effective n the interval rests on. */
static table *chart_data(const chart *c)
{
	/* xgettext:no-c-format */
	const char *head[6] = { c->title, c->value_head, _("95% confidence interval"),
				_("n"), _("Base"), _("Effective n") };
	static const bool numeric[6] = { false, true, true, true, true, true };
	bool weighted = chart_weighted(c);
	size_t ncols = weighted ? 6 : 5;
	table *t = table_new(c->title, ncols, head, numeric);
	strbuf cell[6] = {{0}};

	for (size_t i = 0; i < c->nbars; i++) {
		char *row[6];
		for (size_t k = 0; k < ncols; k++)
			sb_clear(&cell[k]);
		bar_cells(&c->bars[i], cell, weighted);
		for (size_t k = 0; k < ncols; k++)
			row[k] = cell[k].s ? cell[k].s : "";
		table_add(t, row);
	}
	for (int k = 0; k < 6; k++)
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

void doc_heatmap(doc *d, const heatmap *h)
{
	table *t;

	if (h->nrows == 0 || h->ncols == 0)
		return;
	d->nchart++;
	t = heatmap_table(h);
	d->ops->heatmap(d, h, t);
	table_free(t);
}

void doc_quotes(doc *d, const quote *q, size_t n)
{
	if (n > 0)
		d->ops->quotes(d, q, n);
}

void doc_trend(doc *d, const trend *t)
{
	table *data;

	if (t->n == 0)
		return;
	d->nchart++;
	data = trend_table(t);
	d->ops->trend(d, t, data);
	table_free(data);
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
	if (t->cls) {
		t->cls = xrealloc(t->cls, (at + t->ncols) * sizeof *t->cls);
		memset(t->cls + at, 0, t->ncols * sizeof *t->cls);
	}
	for (size_t i = 0; i < t->ncols; i++)
		t->cells[at + i] = xstrdup(cells[i] ? cells[i] : "");
	t->nrows++;
}

void table_free(table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nrows * t->ncols; i++) {
		free(t->cells[i]);
		if (t->cls)
			free(t->cls[i]);
	}
	free(t->cls);
	for (size_t i = 0; i < t->ncols; i++)
		free(t->head[i]);
	free(t->cells);
	free(t->head);
	free(t->numeric);
	free(t->caption);
	free(t);
}

void table_set_class(table *t, size_t row, size_t col, const char *cls)
{
	size_t at = row * t->ncols + col;

	if (!t->cls)
		t->cls = xcalloc(t->nrows * t->ncols + 1, sizeof *t->cls);
	free(t->cls[at]);
	t->cls[at] = xstrdup(cls);
}

const char *table_class(const table *t, size_t row, size_t col)
{
	return t->cls ? t->cls[row * t->ncols + col] : NULL;
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
	b->n_eff = NAN;
}

void chart_set_n_eff(chart *c, double n_eff)
{
	if (c->nbars > 0 && !c->bars[c->nbars - 1].suppressed)
		c->bars[c->nbars - 1].n_eff = n_eff;
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

heatmap *heatmap_new(const char *title, const char *row_head,
		     const char *value_head, const char *const *cols,
		     size_t ncols)
{
	heatmap *h = xcalloc(1, sizeof *h);

	h->title = xstrdup(title);
	h->row_head = xstrdup(row_head);
	h->value_head = xstrdup(value_head);
	h->ncols = ncols;
	h->cols = xmalloc((ncols + 1) * sizeof *h->cols);
	for (size_t i = 0; i < ncols; i++)
		h->cols[i] = xstrdup(cols[i]);
	return h;
}

void heatmap_add_row(heatmap *h, const char *label, const heat_cell *cells)
{
	h->rows = xrealloc(h->rows, (h->nrows + 1) * sizeof *h->rows);
	h->cells = xrealloc(h->cells, (h->nrows + 1) * h->ncols * sizeof *h->cells);
	h->rows[h->nrows] = xstrdup(label);
	for (size_t c = 0; c < h->ncols; c++) {
		heat_cell *to = &h->cells[h->nrows * h->ncols + c];
		*to = cells[c];
		/* a suppressed cell carries no figure, as a bar does not */
		if (to->suppressed || !to->present)
			to->pct = to->n = NAN;
	}
	h->nrows++;
}

void heatmap_free(heatmap *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->ncols; i++)
		free(h->cols[i]);
	for (size_t i = 0; i < h->nrows; i++)
		free(h->rows[i]);
	free(h->cols);
	free(h->rows);
	free(h->cells);
	free(h->title);
	free(h->row_head);
	free(h->value_head);
	free(h);
}

/* "34.0% (53)", ".. (53)" or a dash for a group that does not occur. */
static void heat_cell_text(strbuf *out, const heat_cell *c)
{
	if (!c->present) {
		sb_puts(out, "–");
		return;
	}
	if (c->suppressed)
		sb_puts(out, SUPPRESSED_SYMBOL);
	else
		fmt_pct(out, c->pct);
	sb_puts(out, " (");
	fmt_base(out, c->base);
	sb_putc(out, ')');
}

table *heatmap_table(const heatmap *h)
{
	const char **head = xmalloc((h->ncols + 1) * sizeof *head);
	bool *numeric = xmalloc((h->ncols + 1) * sizeof *numeric);
	strbuf *cell = xcalloc(h->ncols + 1, sizeof *cell);
	char **row = xmalloc((h->ncols + 1) * sizeof *row);
	table *t;

	head[0] = h->row_head;
	numeric[0] = false;
	for (size_t c = 0; c < h->ncols; c++) {
		head[c + 1] = h->cols[c];
		numeric[c + 1] = true;
	}
	t = table_new(h->title, h->ncols + 1, head, numeric);
	for (size_t r = 0; r < h->nrows; r++) {
		row[0] = h->rows[r];
		for (size_t c = 0; c < h->ncols; c++) {
			sb_clear(&cell[c]);
			heat_cell_text(&cell[c], &h->cells[r * h->ncols + c]);
			row[c + 1] = cell[c].s;
		}
		table_add(t, row);
	}
	for (size_t c = 0; c <= h->ncols; c++)
		sb_free(&cell[c]);
	free(cell);
	free(row);
	free(head);
	free(numeric);
	return t;
}

trend *trend_new(const char *title, const char *value_head, double target)
{
	trend *t = xcalloc(1, sizeof *t);

	t->title = xstrdup(title);
	t->value_head = xstrdup(value_head);
	t->target = target;
	return t;
}

void trend_add(trend *t, const char *period, bool withheld, double pct)
{
	trend_point *p;

	t->p = xrealloc(t->p, (t->n + 1) * sizeof *t->p);
	p = &t->p[t->n++];
	snprintf(p->period, sizeof p->period, "%s", period);
	p->withheld = withheld;
	/* a gap carries no figure, so no renderer can draw it as one */
	p->pct = withheld ? NAN : pct;
}

void trend_free(trend *t)
{
	if (!t)
		return;
	free(t->p);
	free(t->title);
	free(t->value_head);
	free(t);
}

/* The cell of a month: the share, ".." withheld, a dash without answers. */
static void trend_cell(strbuf *out, const trend_point *p)
{
	if (p->withheld)
		sb_puts(out, SUPPRESSED_SYMBOL);
	else if (isnan(p->pct))
		sb_puts(out, "–");
	else
		fmt_num(out, p->pct, 1);
}

static void trend_year_row(table *t, const trend *tr, int year)
{
	strbuf cell[13] = {{0}};
	char *row[13];

	sb_printf(&cell[0], "%d", year);
	for (size_t i = 0; i < tr->n; i++) {
		int y, m;
		if (parse_month(tr->p[i].period, &y, &m) && y == year && cell[m].len == 0)
			trend_cell(&cell[m], &tr->p[i]);
	}
	for (int k = 0; k < 13; k++)
		row[k] = cell[k].s ? cell[k].s : "";
	table_add(t, row);
	for (int k = 0; k < 13; k++)
		sb_free(&cell[k]);
}

table *trend_table(const trend *tr)
{
	const char *head[13];
	bool numeric[13];
	strbuf caption = {0};
	table *t;
	int first = month_index(tr->p[0].period) / 12;
	int last = month_index(tr->p[tr->n - 1].period) / 12;

	head[0] = _("Year");
	numeric[0] = false;
	for (int m = 1; m <= 12; m++) {
		head[m] = month_abbr(m);
		numeric[m] = true;
	}
	sb_printf(&caption, "%s: %s", tr->title, tr->value_head);
	t = table_new(caption.s, 13, head, numeric);
	for (int y = first; y <= last && y - first < 100; y++)
		trend_year_row(t, tr, y);
	sb_free(&caption);
	return t;
}

size_t text_width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}
