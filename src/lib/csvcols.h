/* csvcols.h - cells of a spreadsheet-edited CSV (read by csvtable.h): look
 * values up in small closed sets of codes that may be written in English
 * or Swedish.
 *
 * Messages name the file, the line and the format's own column name;
 * never a cell's text. */
#ifndef TRYGG_CSVCOLS_H
#define TRYGG_CSVCOLS_H

#include <stdbool.h>
#include <stddef.h>

#include "csvio.h"
#include "csvtable.h"

/* A column: its name (and other names after '|'), and whether it must be
 * there.  The names match as csvtable.h says. */
typedef csv_table_column csv_column_spec;

/* Index i of VALUE in a closed set of N codes where NAMES[2*i] is the
 * English and NAMES[2*i+1] the Swedish spelling; -1 when it is neither. */
long csv_code_index(const char *value, const char *const *names, size_t n);

/* no/nej = 0, yes/ja = 1, for csv_code_index(). */
extern const char *const csv_yes_no[4];

/* The same, but a value outside the set is an error: "prog: PATH:LINE:
 * column 'COLUMN' has a value it does not allow" and exit 1. */
long csv_code_or_die(const char *value, const char *const *names, size_t n,
		     const char *column, const char *path, long line);

#endif
