/* merge.h - reading partial counts (trygg-tally --partial) back and adding
 * them up.  Partials may be concatenated (GNU parallel prints every job's
 * output, header included, one after another). */
#ifndef TALLY_MERGE_H
#define TALLY_MERGE_H

#include "tally/table.h"

struct merger {
	struct tally *t;  /* created from the first header */
	int weighted;     /* -1 until the first base row says */
};

/* Add the partial counts in PATH ("-" is stdin); exits with a FILE:LINE
 * message on anything that is not a well-formed partial. */
void merge_file(struct merger *m, const char *path);

#endif
