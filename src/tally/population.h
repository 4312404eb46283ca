/* population.h - the population of each channel (trygg-tally -n), for the
 * finite-population correction.  The file is the one trygg-plan reads: a
 * CSV with the columns source and population (others are ignored), one
 * row per source, the population a plain decimal number above 0. */
#ifndef TALLY_POPULATION_H
#define TALLY_POPULATION_H

#include <stddef.h>

#include "text.h"

typedef struct {
	strmap *index;     /* source -> entry + 1 */
	double *value;
	long *line;        /* where each was given, for messages */
	const char *path;
	size_t n, cap;
} population;

/* Read PATH; dies with FILE:LINE on anything but a plain decimal number
 * above 0 (no sign, exponent, hex, inf or nan) or a source given twice. */
population *population_read(const char *path);
/* The population of SOURCE, or 0 when the file does not give it; *LINE
 * is where the file gave it. */
double population_of(const population *p, const char *source,
		     size_t len, long *line);
void population_free(population *p);

#endif
