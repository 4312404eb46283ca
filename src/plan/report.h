/* report.h - the situation picture and draft action plan. */
#ifndef PLAN_REPORT_H
#define PLAN_REPORT_H

#include <stddef.h>

#include "plan/doc.h"
#include "plan/measures.h"
#include "plan/tallies.h"

typedef struct {
	char *source;
	double population;
} population_entry;

typedef struct {
	const tally_set *cur;
	const tally_set *prev;     /* NULL without --previous */
	measure_set *measures;
	const population_entry *pop;
	size_t npop;
	const char *title;         /* NULL: the default title */
	const char *period;        /* NULL: not stated */
	double min_cell;
	enum report_lang lang;
} report_input;

void report_write(doc *d, const report_input *in);

#endif
