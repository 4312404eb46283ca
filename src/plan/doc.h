/* doc.h - a small document model with three renderers (Markdown, fixed-
 * width text, self-contained HTML), so the report's content is written
 * once and every format shows the same figures.  Text passed in is plain
 * text: each renderer escapes it for its format. */
#ifndef PLAN_DOC_H
#define PLAN_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum doc_format { DOC_MD, DOC_TXT, DOC_HTML };

/* The symbol a suppressed cell shows instead of a number. */
#define SUPPRESSED_SYMBOL ".."

typedef struct doc doc;

typedef struct {
	char *caption;
	size_t ncols, nrows;
	char **head;
	bool *numeric; /* right-aligned column */
	char **cells;  /* nrows x ncols, row-major */
	char **cls;    /* NULL, or a CSS class per cell (NULL: none): HTML
			* colours a cell by it, the text stays the same */
} table;

/* One bar: a share with its interval, or a suppressed cell. */
typedef struct {
	char *label;
	bool suppressed;
	double pct, lo, hi; /* percent */
	double n, base;
	double n_eff; /* NAN unless weighted */
} bar;

typedef struct {
	char *title;
	char *value_head; /* what the bar measures, e.g. "Share unsafe" */
	bar *bars;
	size_t nbars;
} chart;

/* One cell of a cross table. */
typedef struct {
	bool present;    /* false: no such group (shown as a dash) */
	bool suppressed;
	double pct, n, base;
} heat_cell;

/* A cross table of shares (rows x columns), drawn as a heat map with the
 * numbers in the cells and the same figures as a table beside it. */
typedef struct {
	char *title;
	char *row_head;   /* what the rows are, e.g. "Place" */
	char *value_head; /* what the cells measure, e.g. "Share unsafe" */
	char **cols, **rows;
	size_t ncols, nrows;
	heat_cell *cells; /* nrows x ncols, row-major */
} heatmap;

/* One month of a trend: a share, or a gap. */
typedef struct {
	char period[8]; /* YYYY-MM */
	bool withheld;  /* suppressed (too few answers): a gap shown as ".." */
	double pct;     /* percent; NAN for a gap */
} trend_point;

/* An indicator month by month, drawn as a line that breaks at every gap
 * (a withheld or missing month is never drawn as 0), with its figures as
 * a table of years by months beside it. */
typedef struct {
	char *title;      /* the indicator */
	char *value_head; /* what the line measures */
	double target;    /* percent; NAN: none */
	trend_point *p;   /* in time order */
	size_t n;
} trend;

/* A quotation and who said it (the channel only). */
typedef struct {
	const char *text;
	const char *who;
} quote;

typedef struct {
	const char *value;  /* "26.1%" */
	const char *label;  /* "feel unsafe out alone late in the evening" */
} keyfig;

doc *doc_open(FILE *out, enum doc_format fmt, const char *lang_code);
void doc_title(doc *d, const char *kicker, const char *title,
	       const char *subtitle);
/* LEVEL 1: a numbered part of the report; 2: a heading within it. */
void doc_heading(doc *d, int level, const char *text);
void doc_para(doc *d, const char *text);
/* Small print: explanations of symbols, methods. */
void doc_note(doc *d, const char *text);
void doc_bullets(doc *d, char *const *items, size_t n);
void doc_keyfigures(doc *d, const keyfig *f, size_t n);
void doc_table(doc *d, const table *t);
/* A bar chart and, beside it, the same figures as a table. */
void doc_chart(doc *d, const chart *c);
/* A heat map and, beside it, its table (cells "34.0% (53)"). */
void doc_heatmap(doc *d, const heatmap *h);
void doc_quotes(doc *d, const quote *q, size_t n);
/* A trend chart (HTML: SVG) and its table; md and txt print the table. */
void doc_trend(doc *d, const trend *t);
void doc_close(doc *d, const char *footer);

table *table_new(const char *caption, size_t ncols, const char *const *head,
		 const bool *numeric);
void table_add(table *t, char *const *cells);
void table_free(table *t);
/* Give the cell at ROW, COL the CSS class CLS (copied). */
void table_set_class(table *t, size_t row, size_t col, const char *cls);
/* The class of a cell, or NULL. */
const char *table_class(const table *t, size_t row, size_t col);

chart *chart_new(const char *title, const char *value_head);
void chart_add(chart *c, const char *label, bool suppressed, double pct,
	       double lo, double hi, double n, double base);
/* The effective n of the bar added last (weighted tallies). */
void chart_set_n_eff(chart *c, double n_eff);
void chart_free(chart *c);

heatmap *heatmap_new(const char *title, const char *row_head,
		     const char *value_head, const char *const *cols,
		     size_t ncols);
/* A row of NCOLS cells. */
void heatmap_add_row(heatmap *h, const char *label, const heat_cell *cells);
void heatmap_free(heatmap *h);
/* The heat map's figures as a table (what md and txt print). */
table *heatmap_table(const heatmap *h);

trend *trend_new(const char *title, const char *value_head, double target);
/* Add the month PERIOD (YYYY-MM), after the ones added before. */
void trend_add(trend *t, const char *period, bool withheld, double pct);
void trend_free(trend *t);
/* The trend's figures as a table: a row per year, a column per month,
 * ".." for a withheld month and a dash for one not in the series. */
table *trend_table(const trend *t);

/* Display width of UTF-8 text in a fixed-width font (code points). */
size_t text_width(const char *s);

#endif
