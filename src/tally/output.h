/* output.h - writing the finished tally and the partial counts. */
#ifndef TALLY_OUTPUT_H
#define TALLY_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "codebook.h"
#include "tally/suppress.h"
#include "tally/table.h"

struct out_options {
	uint64_t min_cell; /* 0: no disclosure control */
	double z;          /* normal quantile of the interval level */
};

/* One row per group x value: the group columns, variable, value, n, base,
 * pct, ci_low, ci_high, note; groups and codes in the documented order. */
void tally_write(struct tally *t, const codebook *cb,
		 const struct out_options *o, FILE *out, struct sup_stats *st);

/* The additive partial counts (read back by tally_merge_file). */
void tally_write_partial(struct tally *t, const codebook *cb, FILE *out);

/* Column names of partial files after the group columns. */
#define PARTIAL_NCOLS 6
extern const char *const partial_cols[PARTIAL_NCOLS];

#endif
