/* output.h - trygg-follow's two tables: the register with the follow-up
 * beside every measure, and (--series) each indicator month by month. */
#ifndef FOLLOW_OUTPUT_H
#define FOLLOW_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "follow/history.h"
#include "follow/judge.h"
#include "follow/register.h"

typedef struct {
	FILE *out;
	bool labels;   /* words in the message language instead of codes */
	char point;    /* decimal point: '.' or ',' (--excel) */
} follow_output;

void write_followup_header(const follow_output *w);
void write_followup_row(const follow_output *w, const reg_measure *m,
			const verdict *v, const follow_options *o);

void write_series_header(const follow_output *w);
/* The months PERIOD-trend_months+1 .. PERIOD of measure M's indicator. */
void write_series_rows(const follow_output *w, const reg_measure *m,
		       const measure_data *d, const history *h,
		       const follow_options *o);

#endif
