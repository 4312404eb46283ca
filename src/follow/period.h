/* period.h - calendar arithmetic for the follow-up: months as numbers
 * (year * 12 + month - 1, so that a window is a range of integers) and
 * dates as day numbers (days since 1970-01-01), both parsed strictly. */
#ifndef FOLLOW_PERIOD_H
#define FOLLOW_PERIOD_H

#include <stdbool.h>

#include "util.h"

typedef long month_t;

/* "YYYY-MM" -> month number; false unless exactly that form. */
bool month_parse(const char *s, month_t *m);
/* "YYYY-MM" of month M. */
void month_format(strbuf *b, month_t m);

/* A window of months FROM..TO (inclusive), as a register or --period
 * names one: "YYYY-MM" (the twelve months, or LEN, ending there),
 * "YYYY" (that calendar year) or "YYYY-MM..YYYY-MM".  False when S is
 * none of these or the range runs backwards. */
bool window_parse(const char *s, long len, month_t *from, month_t *to);
void window_format(strbuf *b, month_t from, month_t to);

/* The last month of a reference figure's period (trygg-reference(5)):
 * YYYY, YYYY-MM, YYYY-QN or YYYY-YYYY.  False for anything else. */
bool ref_period_end(const char *s, month_t *end);

/* "YYYY-MM-DD" -> day number; "YYYY-MM" is the month's first day, or with
 * END its last.  False for anything else and for dates that do not exist. */
bool date_parse(const char *s, bool end, long *day);
/* The first and last day of month M. */
long month_first_day(month_t m);
long month_last_day(month_t m);

#endif
