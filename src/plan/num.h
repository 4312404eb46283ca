/* num.h - numbers as a report reader expects them, and the few statistics
 * the analysis needs.  Formatting is our own code, independent of the C
 * locale: Swedish reports get a decimal comma and a no-break space as the
 * thousands separator whether or not an sv_SE locale is installed. */
#ifndef PLAN_NUM_H
#define PLAN_NUM_H

#include <stdbool.h>

#include "util.h"

enum report_lang { LANG_EN, LANG_SV };

/* The language numbers are written in; set once from the catalogue. */
extern enum report_lang num_lang;

/* X with DECIMALS decimals (half away from zero), grouped thousands. */
void fmt_num(strbuf *out, double x, int decimals);
/* A count: whole number with grouped thousands. */
void fmt_count(strbuf *out, double n);
/* A base: a count, or the suppression symbol ".." when the tally hid it
 * (NAN). */
void fmt_base(strbuf *out, double n);
/* A percentage with one decimal and the language's percent sign. */
void fmt_pct(strbuf *out, double pct);
void fmt_pct_decimals(strbuf *out, double pct, int decimals);
/* "30.1–38.5" (percent, one decimal, no sign). */
void fmt_range(strbuf *out, double lo, double hi);
/* A signed difference in percentage points, one decimal ("+4.2"). */
void fmt_signed(strbuf *out, double x);

/* "Jan".."Dec" (M 1-12), translated. */
const char *month_abbr(int m);
/* "October 2025" for the period "2025-10"; the period itself when it is
 * not YYYY-MM. */
/* PERIOD is exactly YYYY-MM with a month 01-12: its year and month. */
bool parse_month(const char *period, int *year, int *month);
/* YEAR * 12 + MONTH - 1 of a YYYY-MM period (months in order), or -1. */
int month_index(const char *period);
void fmt_month(strbuf *out, const char *period);

/* Two-proportion z statistic with the pooled variance; shares are
 * fractions, bases are (effective) sample sizes.  0 when undefined. */
double z_two_prop(double p1, double b1, double p2, double b2);
/* Newcombe's hybrid score interval for p1 - p2 from the two Wilson
 * intervals [l1,u1] and [l2,u2] (all in the same unit). */
void diff_interval(double p1, double l1, double u1, double p2, double l2,
		   double u2, double *lo, double *hi);

#endif
