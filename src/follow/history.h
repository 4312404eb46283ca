/* history.h - the months' counts that trygg-monthly keeps (OUTDIR/
 * history.csv): trygg-tally's partial counts with a leading period column
 * (trygg-tally(1), PARTIAL COUNTS).
 *
 * A window of months is added up by trygg-tally's own merge (tally/merge.h)
 * and an indicator's count and base are read from the merged tables as the
 * finished table has them (tally/publish.h: the base rules answered,
 * asked, nonempty:COL and the unsafe base), so that follow-up figures are
 * trygg-tally's figures.  Each window is one pass over the history and
 * is freed after its counts are taken: memory does not grow with the
 * history. */
#ifndef FOLLOW_HISTORY_H
#define FOLLOW_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "follow/period.h"
#include "follow/register.h"
#include "tally/stats.h"
#include "tally/table.h"

/* One indicator over one window of months. */
typedef struct {
	uint64_t n, base;  /* respondents with the value; in the base */
	wide_t w, bw, bw2; /* weighted: sum of weights of n, of the base,
			      sum of squared weights of the base */
	bool found;        /* the window's tables have the cell, with a base */
	bool weighted;
} hist_counts;

typedef struct {
	char **files;          /* the history files (standard input spooled) */
	size_t nfiles;
	FILE *spool;           /* standard input, copied */
	month_t first, last;   /* months the history holds (any row) */
	unsigned char *present; /* per month from first: the month has rows */
	size_t npresent;
	bool any;
} history;

/* Take the history files FILES ("-": standard input) and note the months
 * they hold; a period that is not a month is an error with FILE:LINE. */
void history_open(history *h, char *const *files, size_t n);
void history_close(history *h);

bool history_has_month(const history *h, month_t m);
/* How many of the months FROM..TO the history holds. */
long history_months(const history *h, month_t from, month_t to);

/* The tables of the months FROM..TO added up, or NULL when the history
 * holds none of them.  tally_free() it. */
tally *history_merge(const history *h, month_t from, month_t to);

/* Indicator IND's count and base in merged tables T (NULL: not found). */
hist_counts indicator_counts(tally *t, const reg_indicator *ind);

#endif
