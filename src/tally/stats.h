/* stats.h - the arithmetic of trygg-tally: exact fixed-point sums for
 * weights (so shards add up to the same bytes as one pass), shares rounded
 * half-up, the normal quantile and the Wilson score interval. */
#ifndef TALLY_STATS_H
#define TALLY_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"
#include "util.h"

/* Weights are summed as integers in units of 10^-9 (and squares in units
 * of 10^-18): integer addition is associative, floating point is not. */
__extension__ typedef __int128 wide_t;

#define WEIGHT_DIGITS 9
#define WEIGHT2_DIGITS 18

enum fixed_status {
	FIXED_OK = 0,
	FIXED_NOT_NUMBER,
	FIXED_NEGATIVE,
	FIXED_TOO_LARGE
};

/* Parse a plain decimal ("12", "0.75", "1,5") into an integer scaled by
 * 10^DIGITS, rounding half up beyond DIGITS decimals.  Values of 10^MAXEXP
 * or more give FIXED_TOO_LARGE. */
enum fixed_status parse_fixed(const char *s, size_t len, int digits,
			      int maxexp, wide_t *out);

/* Append V (scaled by 10^DIGITS) as an exact decimal with DIGITS decimals. */
void format_fixed(strbuf *b, wide_t v, int digits);

/* 100 * NUM / DEN in tenths, rounded half up; DEN > 0, NUM >= 0. */
long long pct_tenths(wide_t num, wide_t den);

/* Append TENTHS as "12.3" (or "12,3" with a decimal comma). */
void format_tenths(strbuf *b, long long tenths, char point);

/* The standard normal quantile: x with Phi(x) = P, 0 < P < 1 (Acklam's
 * rational approximation refined by one Halley step; error < 1e-15). */
double normal_quantile(double p);

/* z for a two-sided interval at level CONF (0.95 -> 1.959964). */
double conf_to_z(double conf);

/* Wilson score interval for share P from a sample of (effective) size N.
 * False when N is 0 (no interval). */
bool wilson_interval(double p, double n, double z, double *lo, double *hi);

#endif
