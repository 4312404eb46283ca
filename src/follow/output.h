/* output.h - trygg-follow's two tables: the register with the follow-up
 * beside every measure, and (--series) each indicator month by month. */
#ifndef FOLLOW_OUTPUT_H
#define FOLLOW_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "follow/history.h"
#include "follow/judge.h"
#include "follow/register.h"

struct output {
	FILE *out;
	bool labels;   /* words in the message language instead of codes */
	char point;    /* decimal point: '.' or ',' (--excel) */
};

void write_followup_header(const struct output *w);
void write_followup_row(const struct output *w, const struct measure *m,
			const struct verdict *v, const struct follow_options *o);

void write_series_header(const struct output *w);
/* The months PERIOD-trend_months+1 .. PERIOD of measure M's indicator. */
void write_series_rows(const struct output *w, const struct measure *m,
		       const struct measure_data *d, const struct history *h,
		       const struct follow_options *o);

#endif
