/* report.h - the situation picture and draft action plan. */
#ifndef PLAN_REPORT_H
#define PLAN_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include <stdio.h>

#include "plan/doc.h"
#include "plan/followup.h"
#include "plan/measures.h"
#include "plan/refdata.h"
#include "plan/tallies.h"

/* A line of --population: a channel's frame, and how it was surveyed. */
typedef struct {
	char *source;
	double population; /* invited, or employed */
	char *tool;        /* "" when not given */
	char *period;      /* "" when not given */
} population_entry;

typedef struct {
	const tally_set *cur;
	const tally_set *prev;     /* NULL without --previous */
	const char *prev_period;   /* --previous-period, or NULL */
	const tally_set *rolling;  /* --rolling (last 12 months), or NULL */
	const tally_set *rolling_before; /* --rolling-before, with --rolling */
	const followup *follow;    /* --followup (and --series), or NULL */
	FILE *proposals;           /* --proposals: register rows go here */
	measure_set *measures;
	const population_entry *pop;
	size_t npop;
	const ref_figures *refs;   /* never NULL; may be empty */
	const char *quotes;        /* --quotes FILE, or NULL */
	bool no_quotes;            /* --no-quotes */
	const char *title;         /* NULL: the default title */
	const char *period;        /* NULL: not stated */
	double min_cell;
	double min_base;
	enum report_lang lang;
} report_input;

/* True when the report has its headline figure: the share unsafe of at
 * least one channel (or, with weights, of everyone) can be shown. */
bool report_has_headline(const report_input *in);
/* The headline was tallied, though disclosure control may withhold it. */
bool report_headline_tallied(const report_input *in);

void report_write(doc *d, const report_input *in);

#endif
