/* merge.h - reading partial counts (trygg-tally --partial) back and adding
 * them up.  Partials may be concatenated (GNU parallel prints every job's
 * output, header included, one after another); a history file is partial
 * counts with a leading period column (YYYY-MM), of which --period picks
 * the rows of some months. */
#ifndef TALLY_MERGE_H
#define TALLY_MERGE_H

#include <stdbool.h>

#include "tally/table.h"

typedef struct {
	tally *t;     /* created by the first header */
	int weighted;        /* -1 until the first count row says */
	int keyed;           /* -1 until the first count row says (ck) */
	const char *from, *to; /* --period: the months to add; NULL: all */
	bool any;            /* a row was added */
} merger;

void merger_init(merger *m, const char *from, const char *to);
/* Add the partial counts in PATH ("-" is stdin); exits with a FILE:LINE
 * message on anything that is not a well-formed partial, or on counts
 * that no longer fit (a count past 2^64 - 1 is an error, not a wrap). */
void merge_file(merger *m, const char *path);
/* After the last file: every count within its base, else exit 1. */
void merge_check(const merger *m);

#endif
