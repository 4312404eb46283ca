/* history.h - the months' counts that trygg-monthly keeps (OUTDIR/
 * history.csv): trygg-tally's long partial counts with a leading period
 * column, period,by,group,variable,kind,value,n,w,w2 (trygg-tally(1),
 * PARTIAL COUNTS).  Only the cells the register's indicators need are
 * kept, month by month, so memory grows with the measures and the months,
 * not with the size of the history. */
#ifndef FOLLOW_HISTORY_H
#define FOLLOW_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "follow/period.h"
#include "follow/register.h"
#include "tally/stats.h"

/* One indicator in one month (or added over a window). */
struct counts {
	uint64_t n, base;  /* respondents with the value; in the base */
	wide_t w, bw, bw2; /* weighted: sum of weights of n, of the base,
			      sum of squared weights of the base */
	bool found;        /* the history had the cell's base */
};

/* The months of one indicator. */
struct series {
	month_t first;     /* month of cell[0] */
	size_t len;
	struct counts *cell;
};

struct history {
	bool weighted;
	int weighted_known;    /* 0 until the first base row says */
	month_t first, last;   /* months the history holds (any row) */
	bool any;
	unsigned char *present; /* per month from first: the month has rows */
	size_t npresent;
	struct series *series; /* one per distinct survey indicator */
	size_t nseries;
	size_t *series_of;     /* per measure: its series, or SIZE_MAX */
	struct strmap *lookup; /* (variable, kind, value, group) -> role */
	struct strmap *variables; /* the variables the indicators count */
	uint64_t rows;
};

/* Prepare for the indicators of RS (reference figures are not in the
 * history). */
void history_init(struct history *h, const struct register_set *rs);
/* Add the rows of PATH ("-": standard input); a malformed history exits
 * with "prog: FILE:LINE: what is wrong" and status 1. */
void history_read(struct history *h, const char *path, unsigned char delim);
void history_free(struct history *h);

/* Whether month M has any rows. */
bool history_has_month(const struct history *h, month_t m);

/* The counts of series S added over the months FROM..TO; *MONTHS gets the
 * number of those months the history holds. */
struct counts series_sum(const struct history *h, size_t s, month_t from,
			 month_t to, long *months);
/* The counts of series S in month M (found false when absent). */
struct counts series_month(const struct history *h, size_t s, month_t m);

#endif
