/* doc_html.c - one self-contained HTML file: inline CSS, inline SVG
 * charts each with its data table beside it, a print stylesheet, no
 * scripts and no network fetches (a Content-Security-Policy forbids
 * them, so a report opened from a mail or a share cannot call out). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan/doc_impl.h"
#include "plan/num.h"
#include "util.h"

static const char css[] =
":root{--ink:#1c2733;--muted:#5b6773;--rule:#d5dbe1;--brand:#123c5a;"
"--bar:#2a6f97;--bar2:#8fb8d6;--paper:#fff;--band:#f3f6f8}\n"
"*{box-sizing:border-box}\n"
"html{font-size:16px}\n"
"body{margin:0;background:#e9eef2;color:var(--ink);"
"font-family:\"Segoe UI\",system-ui,-apple-system,\"Helvetica Neue\",Arial,"
"\"Liberation Sans\",sans-serif;line-height:1.5}\n"
".page{max-width:1080px;margin:0 auto;background:var(--paper);"
"box-shadow:0 0 0 1px var(--rule)}\n"
"header.cover{background:var(--brand);color:#fff;padding:2.2rem 3rem 1.8rem}\n"
"header.cover .kicker{text-transform:uppercase;letter-spacing:.12em;"
"font-size:.8rem;opacity:.85;margin:0 0 .4rem}\n"
"header.cover h1{font-size:2rem;line-height:1.2;margin:0 0 .6rem;font-weight:650}\n"
"header.cover .sub{margin:0;opacity:.9;max-width:48rem}\n"
"main{padding:1.5rem 3rem 2rem}\n"
"h2{font-size:1.45rem;color:var(--brand);margin:2.2rem 0 .8rem;"
"padding-bottom:.3rem;border-bottom:2px solid var(--brand)}\n"
"h2 .num{display:inline-block;min-width:1.6em;color:var(--bar)}\n"
"h3{font-size:1.08rem;margin:1.6rem 0 .5rem}\n"
"p{margin:.5rem 0 .8rem;max-width:50rem}\n"
"p.note{font-size:.85rem;color:var(--muted);border-left:3px solid var(--rule);"
"padding-left:.7rem}\n"
"ul{max-width:50rem;padding-left:1.3rem}li{margin:.25rem 0}\n"
".keyfigs{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));"
"gap:1rem;margin:1.4rem 0 1rem}\n"
".keyfig{background:var(--band);border-top:4px solid var(--bar);padding:.8rem 1rem}\n"
".keyfig .v{display:block;font-size:1.7rem;font-weight:650;color:var(--brand)}\n"
".keyfig .l{display:block;font-size:.88rem;color:var(--muted)}\n"
"figure.chart{margin:1.2rem 0 1.6rem;padding:1rem 1.2rem;border:1px solid var(--rule);"
"border-radius:4px;break-inside:avoid}\n"
"figure.chart figcaption{font-weight:600;margin-bottom:.6rem}\n"
".chart-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);"
"gap:1.4rem;align-items:start}\n"
"@media (max-width:820px){.chart-body{grid-template-columns:1fr}}\n"
"svg{width:100%;height:auto;font-size:13px}\n"
"svg .lab{fill:var(--ink)}svg .val{fill:var(--ink);font-weight:600}\n"
"svg .grid{stroke:#e3e7eb}svg .axis{fill:var(--muted);font-size:10px}\n"
"svg .bar{fill:var(--bar)}svg .ci{stroke:#1c2733;stroke-width:1.2}\n"
"svg .supp{fill:var(--muted);font-style:italic}\n"
"table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.4rem 0 1.2rem}\n"
"caption{text-align:left;font-weight:600;padding-bottom:.4rem}\n"
"th,td{padding:.3rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top;"
"text-align:left}\n"
"thead th{background:var(--band);border-bottom:2px solid var(--brand);font-weight:600}\n"
"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
".chart-body table{margin:0;font-size:.8rem}.chart-body th{white-space:normal}\n"
"tbody th{font-weight:normal}\n"
/* visually hidden, still read aloud: the charts' table captions (the
 * figure caption says the same) and the words behind a ".." */
".chart-body caption,.vh{position:absolute;width:1px;height:1px;overflow:hidden;"
"clip:rect(0 0 0 0);white-space:nowrap}\n"
".record{border:1px solid var(--rule);border-left:5px solid var(--bar);"
"border-radius:4px;padding:.9rem 1.2rem;margin:0 0 1rem;break-inside:avoid}\n"
".record h3,.record h4{margin:0 0 .6rem;font-size:1.02rem;color:var(--brand)}\n"
".record .key{display:inline-block;min-width:1.8rem;height:1.8rem;line-height:1.8rem;"
"text-align:center;border-radius:50%;background:var(--brand);color:#fff;"
"margin-right:.5rem;font-size:.9rem}\n"
".record dl{display:grid;grid-template-columns:12rem 1fr;gap:.3rem 1rem;margin:0;"
"font-size:.92rem}\n"
".record dt{color:var(--muted);font-weight:600}.record dd{margin:0}\n"
"svg .hm-cell{stroke:#fff;stroke-width:2}svg .hm-supp{fill:#e3e7eb}"
"svg .hm-none{fill:#fff;stroke:var(--rule)}"
"svg .hm-v{font-weight:600;font-size:14px}svg .hm-b{font-size:11px}"
"svg .hm-col{font-size:11px}svg .hm-dark{fill:#fff}svg .hm-light{fill:var(--ink)}\n"
".light::before{content:\"\";display:inline-block;width:.85em;height:.85em;"
"border-radius:50%;margin-right:.4em;vertical-align:-.08em;border:1px solid #1c2733;"
"print-color-adjust:exact;-webkit-print-color-adjust:exact}\n"
".light-green::before{background:#2e7d32}.light-yellow::before{background:#f2c200}"
".light-red::before{background:#c62828}\n"
"svg .tl{fill:none;stroke:var(--bar);stroke-width:2}svg .tp{fill:var(--bar)}"
"svg .tt{stroke:#c62828;stroke-width:1.2;stroke-dasharray:5 4}"
"svg .tt-l{fill:#c62828;font-size:10px}\n"
".trend table{font-size:.8rem}\n"
"figure.quote{margin:.8rem 0 1rem;padding:.2rem 0 .2rem 1rem;"
"border-left:4px solid var(--bar2);max-width:46rem;break-inside:avoid}\n"
"figure.quote blockquote{margin:0;font-style:italic}"
"figure.quote blockquote p{margin:0}\n"
"figure.quote figcaption{font-size:.85rem;color:var(--muted);margin-top:.2rem}\n"
"footer{padding:1rem 3rem 2rem;font-size:.8rem;color:var(--muted);"
"border-top:1px solid var(--rule)}\n"
"@media print{@page{size:A4;margin:16mm 14mm}"
"body{background:#fff;font-size:10pt}.page{box-shadow:none;max-width:none}"
"header.cover{background:#fff;color:var(--brand);padding:0 0 1rem;"
"border-bottom:3px solid var(--brand)}"
"main,footer{padding-left:0;padding-right:0}"
"h2,h3{break-after:avoid}figure.chart,tr,.keyfig{break-inside:avoid}"
"figure.chart{border:none;padding:0}"
"svg .bar{fill:#2a6f97;print-color-adjust:exact;-webkit-print-color-adjust:exact}}\n";

/* Escape text for HTML element content and attribute values alike. */
static void esc(FILE *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
	}
}

static void html_title(doc *d, const char *kicker, const char *title,
		       const char *subtitle)
{
	fputs("<!DOCTYPE html>\n<html lang=\"", d->out);
	esc(d->out, d->lang);
	fputs("\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; img-src data:\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"trygg-plan " TRYGG_VERSION "\">\n<title>",
	      d->out);
	esc(d->out, title);
	fprintf(d->out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
		"<div class=\"page\">\n<header class=\"cover\">\n", css);
	if (kicker && *kicker) {
		fputs("<p class=\"kicker\">", d->out);
		esc(d->out, kicker);
		fputs("</p>\n", d->out);
	}
	fputs("<h1>", d->out);
	esc(d->out, title);
	fputs("</h1>\n", d->out);
	if (subtitle && *subtitle) {
		fputs("<p class=\"sub\">", d->out);
		esc(d->out, subtitle);
		fputs("</p>\n", d->out);
	}
	fputs("</header>\n<main>\n", d->out);
}

static void html_heading(doc *d, int level, const char *text)
{
	if (level == 1) {
		fprintf(d->out, "<h2 id=\"part-%d\"><span class=\"num\">%d.</span> ",
			d->nsection, d->nsection);
		esc(d->out, text);
		fputs("</h2>\n", d->out);
		return;
	}
	fputs("<h3>", d->out);
	esc(d->out, text);
	fputs("</h3>\n", d->out);
}

static void html_para(doc *d, const char *text, bool note)
{
	fputs(note ? "<p class=\"note\">" : "<p>", d->out);
	esc(d->out, text);
	fputs("</p>\n", d->out);
}

static void html_bullets(doc *d, char *const *items, size_t n)
{
	fputs("<ul>\n", d->out);
	for (size_t i = 0; i < n; i++) {
		fputs("<li>", d->out);
		esc(d->out, items[i]);
		fputs("</li>\n", d->out);
	}
	fputs("</ul>\n", d->out);
}

static void html_keyfigures(doc *d, const keyfig *f, size_t n)
{
	fputs("<div class=\"keyfigs\">\n", d->out);
	for (size_t i = 0; i < n; i++) {
		fputs("<div class=\"keyfig\"><span class=\"v\">", d->out);
		esc(d->out, f[i].value);
		fputs("</span><span class=\"l\">", d->out);
		esc(d->out, f[i].label);
		fputs("</span></div>\n", d->out);
	}
	fputs("</div>\n", d->out);
}

/* A cell's text; a suppressed figure ("..", or ".. (53)" in a cross
 * table) keeps its symbol on screen and says what it means to a screen
 * reader and, on hover, to a mouse user. */
static void html_cell_text(FILE *out, const char *text)
{
	size_t k = strlen(SUPPRESSED_SYMBOL);

	if (strncmp(text, SUPPRESSED_SYMBOL, k) != 0 ||
	    (text[k] != '\0' && text[k] != ' ')) {
		esc(out, text);
		return;
	}
	fputs("<span class=\"supp\" title=\"", out);
	esc(out, _("not shown (too few answers)"));
	fputs("\"><span aria-hidden=\"true\">" SUPPRESSED_SYMBOL
	      "</span><span class=\"vh\">", out);
	esc(out, _("not shown (too few answers)"));
	fputs("</span></span>", out);
	esc(out, text + k);
}

/* The header row: every cell a column header. */
static void html_head_row(FILE *out, const table *t)
{
	fputs("<tr>", out);
	for (size_t c = 0; c < t->ncols; c++) {
		fprintf(out, "<th scope=\"col\"%s>",
			t->numeric[c] ? " class=\"num\"" : "");
		esc(out, t->head[c]);
		fputs("</th>", out);
	}
	fputs("</tr>\n", out);
}

/* A body row: a first column of names (a group, a place, a channel) is
 * the row's header, so a screen reader names the row with each figure. */
static void html_class(FILE *out, const char *a, const char *b)
{
	if (!a && !b)
		return;
	fprintf(out, " class=\"%s%s%s\"", a ? a : "", a && b ? " " : "", b ? b : "");
}

static void html_body_row(FILE *out, const table *t, size_t r)
{
	char *const *cells = t->cells + r * t->ncols;

	fputs("<tr>", out);
	for (size_t c = 0; c < t->ncols; c++) {
		bool row_head = c == 0 && !t->numeric[c];
		fprintf(out, "<%s", row_head ? "th scope=\"row\"" : "td");
		html_class(out, t->numeric[c] ? "num" : NULL, table_class(t, r, c));
		fputc('>', out);
		html_cell_text(out, cells[c]);
		fputs(row_head ? "</th>" : "</td>", out);
	}
	fputs("</tr>\n", out);
}

static void html_table_class(doc *d, const table *t, const char *cls)
{
	fprintf(d->out, "<table class=\"%s\">\n", cls);
	if (t->caption[0]) {
		fputs("<caption>", d->out);
		esc(d->out, t->caption);
		fputs("</caption>\n", d->out);
	}
	fputs("<thead>\n", d->out);
	html_head_row(d->out, t);
	fputs("</thead>\n<tbody>\n", d->out);
	for (size_t r = 0; r < t->nrows; r++)
		html_body_row(d->out, t, r);
	fputs("</tbody>\n</table>\n", d->out);
}

/* A table too wide for the page (the action plan) is shown as one card
 * per row: the first two cells as its heading, the others as a
 * definition list, which reads well on screen, on paper and aloud.  The
 * cards' headings sit one level under the heading they follow (h3 under
 * a part's h2), so the outline has no jumps. */
static void html_records(doc *d, const table *t)
{
	int h = d->level + 2 > 6 ? 6 : d->level + 2;

	fputs("<section class=\"records\" aria-label=\"", d->out);
	esc(d->out, t->caption);
	fputs("\">\n", d->out);
	for (size_t r = 0; r < t->nrows; r++) {
		char *const *cell = t->cells + r * t->ncols;
		fprintf(d->out, "<article class=\"record\">\n<h%d><span class=\"key\">", h);
		esc(d->out, cell[0]);
		fputs("</span> ", d->out);
		esc(d->out, cell[1]);
		fprintf(d->out, "</h%d>\n<dl>\n", h);
		for (size_t c = 2; c < t->ncols; c++) {
			fputs("<dt>", d->out);
			esc(d->out, t->head[c]);
			fputs("</dt><dd", d->out);
			html_class(d->out, table_class(t, r, c), NULL);
			fputc('>', d->out);
			html_cell_text(d->out, cell[c]);
			fputs("</dd>\n", d->out);
		}
		fputs("</dl>\n</article>\n", d->out);
	}
	fputs("</section>\n", d->out);
}

static void html_table(doc *d, const table *t)
{
	if (t->ncols > 6)
		html_records(d, t);
	else
		html_table_class(d, t, "data");
}

/* SVG geometry: labels on the left, bars to the right, a value after
 * each bar.  The scale runs to the next 10 % above the largest upper
 * bound so that small shares remain visible. */
enum { SVG_W = 570, LAB_W = 205, PLOT_W = 290, ROW_H = 28, TOP = 22 };

static double axis_max(const chart *c)
{
	double m = 10;

	for (size_t i = 0; i < c->nbars; i++)
		if (!c->bars[i].suppressed && c->bars[i].hi > m)
			m = c->bars[i].hi;
	return fmin(100, ceil(m / 10) * 10);
}

static void svg_axis(FILE *out, double max, double h)
{
	double step = max > 50 ? 20 : 10;
	strbuf lab = {0};

	for (int k = 0; k * step <= max + 1e-9; k++) {
		double t = k * step;
		double x = LAB_W + t / max * PLOT_W;
		sb_clear(&lab);
		fmt_pct_decimals(&lab, t, 0);
		fprintf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
			"y2=\"%.1f\"/>\n<text class=\"axis\" x=\"%.1f\" y=\"12\" "
			"text-anchor=\"middle\">", x, TOP - 4, x, h - 4, x);
		esc(out, lab.s);
		fputs("</text>\n", out);
	}
	sb_free(&lab);
}

/* A label too long for the label column is cut with an ellipsis; the
 * full text is in the table beside the chart. */
static void svg_label(FILE *out, const char *label)
{
	size_t max = 25, w = text_width(label);
	const char *p = label;

	if (w <= max) {
		esc(out, label);
		return;
	}
	for (size_t i = 0; i < max - 1 && *p; i++) {
		const char *q = p + 1;
		while (((unsigned char)*q & 0xC0) == 0x80)
			q++;
		char *part = xmemdup(p, (size_t)(q - p));
		esc(out, part);
		free(part);
		p = q;
	}
	fputs("\xe2\x80\xa6", out);
}

static void svg_bar(FILE *out, const bar *b, const char *value, double max,
		    double y)
{
	double x0 = LAB_W, mid = y + ROW_H / 2.0;

	fprintf(out, "<text class=\"lab\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\" "
		"dominant-baseline=\"middle\">", LAB_W - 8, mid);
	svg_label(out, b->label);
	fputs("</text>\n", out);
	if (b->suppressed) {
		fprintf(out, "<text class=\"supp\" x=\"%.1f\" y=\"%.1f\" "
			"dominant-baseline=\"middle\">" SUPPRESSED_SYMBOL "</text>\n",
			x0 + 4, mid);
		return;
	}
	double w = b->pct / max * PLOT_W, lo = x0 + b->lo / max * PLOT_W,
	       hi = x0 + b->hi / max * PLOT_W;
	fprintf(out, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		"height=\"%d\"/>\n", x0, y + 6, w, ROW_H - 12);
	fprintf(out, "<path class=\"ci\" d=\"M%.1f %.1fH%.1fM%.1f %.1fv8M%.1f %.1fv8\"/>\n",
		lo, mid, hi, lo, mid - 4, hi, mid - 4);
	fprintf(out, "<text class=\"val\" x=\"%.1f\" y=\"%.1f\" "
		"dominant-baseline=\"middle\">", fmax(hi, x0 + w) + 6, mid);
	esc(out, value);
	fputs("</text>\n", out);
}

static void html_chart(doc *d, const chart *c, const table *data)
{
	double max = axis_max(c), h = TOP + (double)c->nbars * ROW_H + 6;

	fprintf(d->out, "<figure class=\"chart\" id=\"chart-%d\">\n"
		"<figcaption id=\"chart-%d-title\">", d->nchart, d->nchart);
	esc(d->out, c->title);
	fputs(": ", d->out);
	esc(d->out, c->value_head);
	fprintf(d->out, "</figcaption>\n<div class=\"chart-body\">\n"
		"<svg role=\"img\" aria-labelledby=\"chart-%d-title\" "
		"viewBox=\"0 0 %d %.0f\" xmlns=\"http://www.w3.org/2000/svg\">\n",
		d->nchart, SVG_W, h);
	svg_axis(d->out, max, h);
	for (size_t i = 0; i < c->nbars; i++)
		svg_bar(d->out, &c->bars[i], data->cells[i * data->ncols + 1], max,
			TOP + (double)i * ROW_H);
	fputs("</svg>\n", d->out);
	html_table_class(d, data, "data");
	fputs("</div>\n</figure>\n", d->out);
}

/* Heat map geometry: row labels on the left, one square-ish cell per
 * column, a legend below.  Colour runs from pale (0 %) to the brand
 * blue (100 %) on a fixed scale, so maps in one report compare; the
 * number is always written in the cell, so colour is never the only
 * carrier of a figure (WCAG 1.4.1). */
enum { HM_LAB = 190, HM_CELL = 104, HM_HEAD = 34, HM_ROW = 46, HM_LEGEND = 40 };

static void heat_colour(FILE *out, double pct)
{
	/* #eef4f8 -> #123c5a */
	double t = fmin(1, fmax(0, pct / 100));
	int r = (int)lround(0xee + t * (0x12 - 0xee));
	int g = (int)lround(0xf4 + t * (0x3c - 0xf4));
	int b = (int)lround(0xf8 + t * (0x5a - 0xf8));

	fprintf(out, "#%02x%02x%02x", r, g, b);
}

static void hm_cell(FILE *out, const heatmap *h, size_t r, size_t c,
		    const char *text)
{
	const heat_cell *cell = &h->cells[r * h->ncols + c];
	double x = HM_LAB + (double)c * HM_CELL, y = HM_HEAD + (double)r * HM_ROW;
	bool dark = cell->present && !cell->suppressed && cell->pct >= 45;
	const char *cls = dark ? "hm-dark" : "hm-light";

	fputs("<g>\n<title>", out);
	esc(out, h->rows[r]);
	fputs(", ", out);
	esc(out, h->cols[c]);
	fputs(": ", out);
	esc(out, text);
	fputs("</title>\n", out);
	if (!cell->present || cell->suppressed)
		fprintf(out, "<rect class=\"hm-cell %s\" x=\"%.0f\" y=\"%.0f\" "
			"width=\"%d\" height=\"%d\"/>\n",
			cell->present ? "hm-supp" : "hm-none", x, y, HM_CELL, HM_ROW);
	else {
		fprintf(out, "<rect class=\"hm-cell\" x=\"%.0f\" y=\"%.0f\" width=\"%d\" "
			"height=\"%d\" fill=\"", x, y, HM_CELL, HM_ROW);
		heat_colour(out, cell->pct);
		fputs("\"/>\n", out);
	}
	fprintf(out, "<text class=\"hm-v %s\" x=\"%.0f\" y=\"%.0f\" "
		"text-anchor=\"middle\">", cls, x + HM_CELL / 2.0, y + 20);
	/* the share, without the base, big; the base small below */
	{
		const char *paren = strstr(text, " (");
		char *share = xmemdup(text, paren ? (size_t)(paren - text) : strlen(text));
		esc(out, share);
		free(share);
		fprintf(out, "</text>\n<text class=\"hm-b %s\" x=\"%.0f\" y=\"%.0f\" "
			"text-anchor=\"middle\">", cls, x + HM_CELL / 2.0, y + 36);
		if (paren)
			esc(out, paren + 1);
	}
	fputs("</text>\n</g>\n", out);
}

static void hm_heads(FILE *out, const heatmap *h)
{
	for (size_t c = 0; c < h->ncols; c++) {
		fprintf(out, "<text class=\"lab hm-col\" x=\"%.0f\" y=\"%d\" "
			"text-anchor=\"middle\">", HM_LAB + (c + 0.5) * HM_CELL,
			HM_HEAD - 10);
		svg_label(out, h->cols[c]);
		fputs("</text>\n", out);
	}
	for (size_t r = 0; r < h->nrows; r++) {
		fprintf(out, "<text class=\"lab\" x=\"%d\" y=\"%.0f\" "
			"text-anchor=\"end\" dominant-baseline=\"middle\">", HM_LAB - 8,
			HM_HEAD + (r + 0.5) * HM_ROW);
		svg_label(out, h->rows[r]);
		fputs("</text>\n", out);
	}
}

/* Five swatches, 0 to 100 %, under the map. */
static void hm_legend(FILE *out, double y)
{
	strbuf lab = {0};

	for (int k = 0; k <= 4; k++) {
		double x = HM_LAB + k * 60.0;
		fprintf(out, "<rect x=\"%.0f\" y=\"%.0f\" width=\"22\" height=\"14\" fill=\"",
			x, y);
		heat_colour(out, k * 25.0);
		fprintf(out, "\" stroke=\"#c9d1d8\"/>\n<text class=\"axis\" x=\"%.0f\" "
			"y=\"%.0f\">", x + 26, y + 11);
		sb_clear(&lab);
		fmt_pct_decimals(&lab, k * 25.0, 0);
		esc(out, lab.s);
		fputs("</text>\n", out);
	}
	sb_free(&lab);
}

/* The text alternative: the highest and the lowest shown cell. */
static void hm_desc(FILE *out, const heatmap *h, const table *data)
{
	size_t hi = SIZE_MAX, lo = SIZE_MAX, n = h->nrows * h->ncols;
	strbuf s = {0};

	for (size_t i = 0; i < n; i++) {
		const heat_cell *c = &h->cells[i];
		if (!c->present || c->suppressed)
			continue;
		if (hi == SIZE_MAX || c->pct > h->cells[hi].pct)
			hi = i;
		if (lo == SIZE_MAX || c->pct < h->cells[lo].pct)
			lo = i;
	}
	if (hi == SIZE_MAX)
		sb_puts(&s, _("No cell can be shown."));
	else
		sb_printf(&s, _("Highest: %s, %s: %s. Lowest: %s, %s: %s."),
			  h->rows[hi / h->ncols], h->cols[hi % h->ncols],
			  data->cells[(hi / h->ncols) * data->ncols + hi % h->ncols + 1],
			  h->rows[lo / h->ncols], h->cols[lo % h->ncols],
			  data->cells[(lo / h->ncols) * data->ncols + lo % h->ncols + 1]);
	sb_puts(&s, " ");
	sb_puts(&s, _("The table beside the picture gives every figure."));
	esc(out, s.s);
	sb_free(&s);
}

static void html_heatmap(doc *d, const heatmap *h, const table *data)
{
	double grid_h = HM_HEAD + (double)h->nrows * HM_ROW;
	int w = HM_LAB + (int)h->ncols * HM_CELL + 10;

	fprintf(d->out, "<figure class=\"chart heatmap\" id=\"chart-%d\">\n"
		"<figcaption id=\"chart-%d-title\">", d->nchart, d->nchart);
	esc(d->out, h->title);
	fputs(": ", d->out);
	esc(d->out, h->value_head);
	fprintf(d->out, "</figcaption>\n<div class=\"chart-body\">\n"
		"<svg role=\"img\" aria-labelledby=\"chart-%d-title\" "
		"aria-describedby=\"chart-%d-desc\" viewBox=\"0 0 %d %.0f\" "
		"xmlns=\"http://www.w3.org/2000/svg\">\n<desc id=\"chart-%d-desc\">",
		d->nchart, d->nchart, w, grid_h + HM_LEGEND, d->nchart);
	hm_desc(d->out, h, data);
	fputs("</desc>\n", d->out);
	hm_heads(d->out, h);
	for (size_t r = 0; r < h->nrows; r++)
		for (size_t c = 0; c < h->ncols; c++)
			hm_cell(d->out, h, r, c, data->cells[r * data->ncols + c + 1]);
	hm_legend(d->out, grid_h + 14);
	fputs("</svg>\n", d->out);
	html_table_class(d, data, "data");
	fputs("</div>\n</figure>\n", d->out);
}

/* Trend geometry: a y axis of percent on the left, the months along the
 * bottom, one slot per month from the first to the last. */
enum { TR_W = 570, TR_H = 190, TR_L = 44, TR_R = 14, TR_T = 12, TR_B = 28 };

typedef struct {
	const trend *t;
	int first, span;
	double max;
} trend_frame;

static double tr_x(const trend_frame *f, const char *period)
{
	double at = f->span ? (double)(month_index(period) - f->first) / f->span : 0.5;
	return TR_L + at * (TR_W - TR_L - TR_R);
}

static double tr_y(const trend_frame *f, double pct)
{
	return TR_T + (1 - pct / f->max) * (TR_H - TR_T - TR_B);
}

static trend_frame trend_frame_of(const trend *t)
{
	trend_frame f = { t, month_index(t->p[0].period), 0, 10 };

	f.span = month_index(t->p[t->n - 1].period) - f.first;
	for (size_t i = 0; i < t->n; i++)
		if (!isnan(t->p[i].pct) && t->p[i].pct > f.max)
			f.max = t->p[i].pct;
	if (!isnan(t->target) && t->target > f.max)
		f.max = t->target;
	f.max = fmin(100, ceil(f.max / 10) * 10);
	return f;
}

static void tr_axes(FILE *out, const trend_frame *f)
{
	double step = f->max > 50 ? 20 : 10;
	strbuf lab = {0};

	for (int k = 0; k * step <= f->max + 1e-9; k++) {
		double y = tr_y(f, k * step);
		sb_clear(&lab);
		fmt_pct_decimals(&lab, k * step, 0);
		fprintf(out, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
			"y2=\"%.1f\"/>\n<text class=\"axis\" x=\"%d\" y=\"%.1f\" "
			"text-anchor=\"end\" dominant-baseline=\"middle\">",
			TR_L, y, TR_W - TR_R, y, TR_L - 6, y);
		esc(out, lab.s);
		fputs("</text>\n", out);
	}
	for (size_t i = 0; i < f->t->n; i++) {
		const char *p = f->t->p[i].period;
		if ((month_index(p) - f->first) % 6 != 0 && i + 1 != f->t->n)
			continue;
		fprintf(out, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" "
			"text-anchor=\"middle\">", tr_x(f, p), TR_H - 8);
		esc(out, p);
		fputs("</text>\n", out);
	}
	sb_free(&lab);
}

/* The line: a new stroke after every gap, so a withheld month is never
 * bridged or drawn as a figure. */
static void tr_line(FILE *out, const trend_frame *f)
{
	int prev = -2;

	fputs("<path class=\"tl\" d=\"", out);
	for (size_t i = 0; i < f->t->n; i++) {
		const trend_point *p = &f->t->p[i];
		int at = month_index(p->period);
		if (isnan(p->pct))
			continue;
		fprintf(out, "%c%.1f %.1f", at == prev + 1 ? 'L' : 'M',
			tr_x(f, p->period), tr_y(f, p->pct));
		prev = at;
	}
	fputs("\"/>\n", out);
}

static void tr_points(FILE *out, const trend_frame *f, const table *data)
{
	strbuf v = {0};

	(void)data;
	for (size_t i = 0; i < f->t->n; i++) {
		const trend_point *p = &f->t->p[i];
		double x = tr_x(f, p->period);
		sb_clear(&v);
		if (isnan(p->pct))
			sb_puts(&v, p->withheld ? _("not shown (too few answers)")
						: _("no answers"));
		else
			fmt_pct(&v, p->pct);
		fputs("<g><title>", out);
		esc(out, p->period);
		fputs(": ", out);
		esc(out, v.s);
		fputs("</title>", out);
		if (!isnan(p->pct))
			fprintf(out, "<circle class=\"tp\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>",
				x, tr_y(f, p->pct));
		else if (p->withheld)
			fprintf(out, "<text class=\"supp\" x=\"%.1f\" y=\"%d\" "
				"text-anchor=\"middle\">" SUPPRESSED_SYMBOL "</text>", x, TR_T + 10);
		fputs("</g>\n", out);
	}
	sb_free(&v);
}

static void tr_target(FILE *out, const trend_frame *f)
{
	strbuf lab = {0};
	double y;

	if (isnan(f->t->target))
		return;
	y = tr_y(f, f->t->target);
	fmt_pct(&lab, f->t->target);
	fprintf(out, "<line class=\"tt\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n"
		"<text class=\"tt-l\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">",
		TR_L, y, TR_W - TR_R, y, TR_W - TR_R, y - 4);
	esc(out, _("target"));
	fputc(' ', out);
	esc(out, lab.s);
	fputs("</text>\n", out);
	sb_free(&lab);
}

/* The text alternative: where the line starts and ends, the target, and
 * that gaps are withheld months. */
static void tr_desc(FILE *out, const trend *t)
{
	const trend_point *a = NULL, *b = NULL;
	strbuf s = {0}, pa = {0}, pb = {0};
	size_t withheld = 0;

	for (size_t i = 0; i < t->n; i++) {
		withheld += t->p[i].withheld;
		if (!isnan(t->p[i].pct)) {
			a = a ? a : &t->p[i];
			b = &t->p[i];
		}
	}
	if (a) {
		fmt_pct(&pa, a->pct);
		fmt_pct(&pb, b->pct);
		sb_printf(&s, _("From %s in %s to %s in %s."), pa.s, a->period, pb.s,
			  b->period);
	} else
		sb_puts(&s, _("No month can be shown."));
	if (!isnan(t->target)) {
		sb_clear(&pa);
		fmt_pct(&pa, t->target);
		sb_putc(&s, ' ');
		sb_printf(&s, _("Target: %s."), pa.s);
	}
	if (withheld) {
		sb_putc(&s, ' ');
		sb_puts(&s, _("Months withheld for too few answers are gaps in the "
			      "line, not zero."));
	}
	sb_putc(&s, ' ');
	sb_puts(&s, _("The table below the picture gives every figure."));
	esc(out, s.s);
	sb_free(&s);
	sb_free(&pa);
	sb_free(&pb);
}

static void html_trend(doc *d, const trend *t, const table *data)
{
	trend_frame f = trend_frame_of(t);
	int id = d->nchart;

	fprintf(d->out, "<figure class=\"chart trend\" id=\"chart-%d\">\n"
		"<figcaption id=\"chart-%d-title\">", id, id);
	esc(d->out, t->title);
	fputs(": ", d->out);
	esc(d->out, t->value_head);
	fprintf(d->out, "</figcaption>\n<svg role=\"img\" aria-labelledby=\"chart-%d-t\" "
		"aria-describedby=\"chart-%d-desc\" viewBox=\"0 0 %d %d\" "
		"xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-%d-t\">",
		id, id, TR_W, TR_H, id);
	esc(d->out, t->title);
	fprintf(d->out, "</title>\n<desc id=\"chart-%d-desc\">", id);
	tr_desc(d->out, t);
	fputs("</desc>\n", d->out);
	tr_axes(d->out, &f);
	tr_target(d->out, &f);
	tr_line(d->out, &f);
	tr_points(d->out, &f, data);
	fputs("</svg>\n", d->out);
	html_table_class(d, data, "data");
	fputs("</figure>\n", d->out);
}

static void html_quotes(doc *d, const quote *q, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fputs("<figure class=\"quote\">\n<blockquote><p>", d->out);
		esc(d->out, q[i].text);
		fputs("</p></blockquote>\n<figcaption>— ", d->out);
		esc(d->out, q[i].who);
		fputs("</figcaption>\n</figure>\n", d->out);
	}
}

static void html_close(doc *d, const char *footer)
{
	fputs("</main>\n", d->out);
	if (footer && *footer) {
		fputs("<footer>", d->out);
		esc(d->out, footer);
		fputs("</footer>\n", d->out);
	}
	fputs("</div>\n</body>\n</html>\n", d->out);
}

const doc_ops doc_html_ops = {
	html_title, html_heading, html_para, html_bullets, html_keyfigures,
	html_table, html_chart, html_heatmap, html_quotes, html_trend, html_close
};
