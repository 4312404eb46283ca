/* collect.h - the counts each measure's indicator needs from the history:
 * the current window, the baseline's window and each month of the trend
 * (and, for --series, each month's rolling window).  Every distinct window
 * is merged once, its counts taken for all measures, then freed. */
#ifndef FOLLOW_COLLECT_H
#define FOLLOW_COLLECT_H

#include <stdbool.h>

#include "follow/history.h"
#include "follow/register.h"

struct follow_options;

struct measure_data {
	struct counts now;      /* the window ending with the period */
	struct counts base;     /* the baseline's window */
	struct counts *month;   /* per month of the trend, oldest first */
	struct counts *rolling; /* --series: the window ending that month */
	bool in_history;        /* found in any window */
};

/* One entry per measure of RS; ROLLING also fills the rolling windows. */
struct measure_data *collect(const struct history *h,
			     const struct register_set *rs,
			     const struct follow_options *o, bool rolling);
void collect_free(struct measure_data *d, size_t n);

#endif
