/* channels.h - who answered, channel by channel: respondents, the frame
 * each channel was drawn from (--population), the headline share unsafe
 * of each, and those living outside the municipality. */
#ifndef PLAN_CHANNELS_H
#define PLAN_CHANNELS_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/report.h"

/* Below this response rate (percent) the report warns. */
#define LOW_RESPONSE 20.0

typedef struct {
	const char *source;
	bool suppressed;
	double n;                     /* respondents */
	const population_entry *pop;  /* NULL when not given */
	const tally_row *unsafe;      /* the channel's share unsafe, or NULL */
} channel;

/* Respondents per channel: the totals tally of `source` when there is one
 * (*EXACT true: it counts everybody), else the largest base among the
 * tallies grouped by source.  Free the array only. */
channel *channels_of(const report_input *in, size_t *n, bool *exact);
/* Respondents of every channel that is shown. */
double channels_total(const report_input *in);

/* The headline: each channel's share unsafe that is shown; with a single
 * channel, the total is that channel's.  Free the array only. */
const tally_row **headline_rows(const report_input *in, size_t *n);
/* The all-respondents share unsafe, when weights make it describe a
 * population and it is shown; else NULL. */
const tally_row *pooled_row(const report_input *in);

/* Respondents living outside the municipality (area `other`): of channel
 * SOURCE, or of every channel when SOURCE is NULL.  False when the
 * tallies do not say. */
bool outside_count(const tally_set *ts, const char *source, double *n);

/* The response rate in percent, or NAN. */
double response_rate(const channel *c);

#endif
