/* reference.h - reference figures: the tidy CSV format of trygg-reference(5).
 *
 * A reference set is the figures of one or more files (or rows an importer
 * builds), each checked as it is added: the unit is known, the area, period
 * and group are well formed, the numbers are numbers, and no figure (same
 * source, indicator, unit, area, group and period) comes twice.  Areas are
 * kept in normal form ("lan:14", "polisregion:Väst").  The files are small
 * (hundreds of rows), so the set is held in memory.
 *
 * Messages never quote a cell: they name the column and the line. */
#ifndef TRYGG_REFERENCE_H
#define TRYGG_REFERENCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "csvio.h"
#include "util.h"

enum ref_unit { REF_COUNT, REF_PER100K, REF_SHARE };

/* One figure.  Strings are never NULL ("" when absent); optional numbers
 * are NAN when absent. */
typedef struct {
	const char *source, *indicator, *area, *group, *period;
	enum ref_unit unit;
	double value, base, ci_low, ci_high;
	const char *population, *title, *url, *note;
	const char *file; /* where the row came from, for messages */
	long line;
} ref_row;

typedef struct refset refset;

refset *refset_new(void);
void refset_free(refset *rs);

/* Read PATH ("-" is standard input) and add its rows.  OPT NULL: the
 * delimiter is sniffed and the encoding detected.  Every bad row is
 * reported as "prog: FILE:LINE: what is wrong"; returns the number of
 * problems (0: all rows added; a bad header: its problems, and no row
 * read), or -1 when the file cannot be read (also reported). */
long refset_load(refset *rs, const char *path, const csv_options *opt);

/* Check R (its area may be in any accepted spelling) and add a copy.
 * Returns NULL when added, else a translated reason without cell
 * contents, valid until the next call; the caller reports it. */
const char *refset_add(refset *rs, const ref_row *r);

/* The row with R's identity (source, indicator, unit, area, group,
 * period), or NULL; R's area may be in any accepted spelling. */
const ref_row *refset_find(refset *rs, const ref_row *r);

size_t refset_count(const refset *rs);
const ref_row *refset_row(const refset *rs, size_t i);

/* Normal form: every column in the order of trygg-reference(5), numbers
 * without trailing zeros; in the writer's Excel mode (csv_writer_excel)
 * ';', a decimal comma and the formula guard. */
void refset_write(const refset *rs, FILE *out);

/* --- the single checks, for importers --- */

bool ref_unit_parse(const char *s, enum ref_unit *u);
/* Put the normal form of area S into OUT; NULL, or the reason it is bad. */
const char *ref_area_normalise(strbuf *out, const char *s);
/* NULL when S is a period of the format, else the reason. */
const char *ref_check_period(const char *s);
const char *ref_check_group(const char *s);
/* A number of the format: digits with an optional '.' or ',' and
 * decimals.  Rejects signs, spaces, exponents. */
bool ref_parse_number(const char *s, double *v);

/* The county (two-digit code) and police region names, for importers
 * that get names: the normal area ("lan:14", "polisregion:Väst") for a
 * name such as "Västra Götalands län" or "Väst", or NULL. */
const char *ref_county_area(const char *name);
const char *ref_police_region_area(const char *name);

#endif
