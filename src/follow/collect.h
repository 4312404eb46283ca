/* collect.h - the counts each measure's indicator needs from the history:
 * the current window, the baseline's window and each month of the trend
 * (and, for --series, each month's rolling window).  Every distinct window
 * is merged once, its counts taken for all measures, then freed. */
#ifndef FOLLOW_COLLECT_H
#define FOLLOW_COLLECT_H

#include <stdbool.h>

#include "follow/history.h"
#include "follow/register.h"

typedef struct follow_options follow_options;

typedef struct {
	hist_counts now;      /* the window ending with the period */
	hist_counts base;     /* the baseline's window */
	hist_counts *month;   /* per month of the trend, oldest first */
	hist_counts *rolling; /* --series: the window ending that month */
	bool in_history;        /* found in any window */
} measure_data;

/* One entry per measure of RS; ROLLING also fills the rolling windows. */
measure_data *collect(const history *h,
			     const register_set *rs,
			     const follow_options *o, bool rolling);
void collect_free(measure_data *d, size_t n);

#endif
