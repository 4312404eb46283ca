/* output.h - writing the finished tables and the partial counts. */
#ifndef TALLY_OUTPUT_H
#define TALLY_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "codebook.h"
#include "tally/publish.h"
#include "tally/table.h"

typedef struct {
	pub_options pub;
	bool long_form;    /* by,group,... even for one breakdown */
} out_options;

/* The finished tables: with one breakdown and no long_form, one row per
 * group x variable x value (the group columns, variable, value, n, base,
 * pct, ci_low, ci_high, note); otherwise the long format by, group,
 * variable, value, n, base, pct, ci_low, ci_high, note, n_eff, base_of.
 * Groups and codes in the documented order. */
void tally_write(tally *t, const codebook *cb, const out_options *o,
		 FILE *out, sup_stats *st);

/* The additive partial counts (read back by merge.c). */
void tally_write_partial(tally *t, const codebook *cb, bool keyed,
			 FILE *out);

/* Column names of partial files (after an optional leading period). */
#define PARTIAL_NCOLS 9
extern const char *const partial_cols[PARTIAL_NCOLS];

/* The column that names a record's channel (the asked base, the fpc). */
#define CHANNEL_COLUMN "source"

#endif
