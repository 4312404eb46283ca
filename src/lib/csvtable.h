/* csvtable.h - the one reader of small CSV tables with a header line and
 * named columns (codebook, manifests, population, margins, lexicons,
 * registers...): open, find the columns by name or by one of their other
 * names (Swedish ones), then row by row with FILE:LINE for errors.
 *
 * Column names match without regard to case, runs of spaces or '_' for
 * ' ' ("Name_SV" is "name sv").  Messages name the file and line and, for
 * columns, the format's own column name or the position of an unknown
 * one; never a cell's text.  Every function that can fail prints its
 * message and returns -1; a caller that cannot go on exits 1. */
#ifndef TRYGG_CSVTABLE_H
#define TRYGG_CSVTABLE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "csvio.h"
#include "util.h"

/* One column of a format.  NAME: its name, then its other names, each
 * after a '|' ("owner|ägare"); messages use the first. */
typedef struct {
	const char *name;   /* "name|other|names" */
	bool required;
} csv_table_column;

enum {
	CSV_TABLE_CLOSED = 1,     /* a header cell that names no column is an error */
	CSV_TABLE_COMMENTS = 2,   /* skip rows whose first cell starts with '#' */
	CSV_TABLE_SAME_WIDTH = 4, /* a row with more or fewer fields than the
				   * header is an error (else too few for the
				   * columns found is, and more is the
				   * caller's to judge) */
	CSV_TABLE_EMPTY_OK = 8,   /* a file without a header line is a table
				   * without rows */
	CSV_TABLE_ANY_WIDTH = 16, /* rows of any width: the caller checks
				   * (absent cells read as empty) */
	CSV_TABLE_REWIND = 32,    /* csv_table_rewind may read the rows again
				   * (a pipe is copied to a temporary file) */
	CSV_TABLE_BLANK_ROWS = 64 /* skip rows whose cells are all empty or
				   * spaces (a spreadsheet's blank rows) */
};

typedef struct {
	csv_reader *reader;
	const char *name;        /* the file, as messages name it */
	const csv_table_column *spec;
	size_t ncols;
	unsigned flags;
	long *col;               /* per column of SPEC: its field, or -1 */
	size_t width;            /* fields of the header */
	size_t need;             /* fields a row needs for the columns found */
	const csv_record *row;   /* the current row (the header at first) */
	size_t errors;           /* problems of the header found (kept by
				  * csv_table_close, for a count) */
} csv_table;

/* Open PATH (with OPT, NULL: delimiter sniffed, encoding detected) and
 * read its header.  On -1 nothing is left open. */
int csv_table_open(csv_table *t, const char *path, const csv_options *opt,
		   const csv_table_column *spec, size_t ncols, unsigned flags);
/* Next row into t->row: 1, 0 at the end, -1 on a read error or a row of
 * the wrong width. */
int csv_table_next(csv_table *t);
/* Back to the first row (opened with CSV_TABLE_REWIND): 0, or -1 with
 * the message printed. */
int csv_table_rewind(csv_table *t);
/* Close; -1 when reading failed (message printed). */
int csv_table_close(csv_table *t);

/* Open PATH, give each row to ROW(T, CTX), close: for a table the
 * program cannot go on without, so any problem exits 1 (a row function
 * stops the run with csv_table_die). */
typedef void csv_table_row_fn(const csv_table *t, void *ctx);
void csv_table_read_or_die(const char *path, const csv_options *opt,
			   const csv_table_column *spec, size_t ncols, unsigned flags,
			   csv_table_row_fn *row, void *ctx);

/* Column C of the current row: NULL (field) or "" (cell) when the file
 * has no such column. */
const csv_field *csv_table_field(const csv_table *t, size_t c);
const char *csv_table_cell(const csv_table *t, size_t c);
/* Whether the file has column C. */
static inline bool csv_table_has(const csv_table *t, size_t c) { return t->col[c] >= 0; }
/* The line of the current row. */
static inline long csv_table_line(const csv_table *t) { return t->row ? t->row->line : 1; }
/* "prog: FILE:LINE: message" for the current row. */
void csv_table_warn(const csv_table *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void csv_table_die(const csv_table *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Whether header cell F is one of NAMES ("a|b|c"), as the reader matches. */
bool csv_table_name_is(const csv_field *f, const char *names);
/* The first of C's names, for messages: into BUF of SIZE bytes. */
const char *csv_table_column_name(const csv_table_column *c, char *buf, size_t size);

#endif
