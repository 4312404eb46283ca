/* stats.c - fixed-point sums, rounding, normal quantile, Wilson interval. */
#include "tally/stats.h"

#include <math.h>
#include <string.h>

static wide_t pow10_wide(int e)
{
	wide_t v = 1;

	while (e-- > 0)
		v *= 10;
	return v;
}

/* Digits before and after the decimal mark ('.' or ','); at most one mark,
 * at least one digit, an optional leading '+' or '-'. */
enum fixed_status parse_fixed(const char *s, size_t len, int digits,
			      int maxexp, wide_t *out)
{
	const wide_t limit = pow10_wide(maxexp + digits);
	wide_t v = 0;
	bool negative = false, seen_digit = false, seen_mark = false;
	bool round_up = false;
	int decimals = 0;
	size_t i = 0;

	if (len && (s[0] == '+' || s[0] == '-'))
		negative = s[i++] == '-';
	for (; i < len; i++) {
		char c = s[i];

		if ((c == '.' || c == ',') && !seen_mark) {
			seen_mark = true;
			continue;
		}
		if (c < '0' || c > '9')
			return FIXED_NOT_NUMBER;
		seen_digit = true;
		if (!seen_mark || decimals < digits) {
			v = v * 10 + (c - '0');
			decimals += seen_mark;
		} else if (decimals++ == digits) {
			/* The first dropped decimal decides the rounding. */
			round_up = c >= '5';
		}
		if (v >= limit)
			return FIXED_TOO_LARGE;
	}
	if (!seen_digit)
		return FIXED_NOT_NUMBER;
	/* Scale the decimals not written; checked before each step, since
	 * LIMIT may be as large as 10^37 and ten times it overflows. */
	for (; decimals < digits; decimals++) {
		if (v > (limit - 1) / 10)
			return FIXED_TOO_LARGE;
		v *= 10;
	}
	v += round_up;
	if (negative && v != 0)
		return FIXED_NEGATIVE;
	if (v >= limit)
		return FIXED_TOO_LARGE;
	*out = v;
	return FIXED_OK;
}

void format_fixed(strbuf *b, wide_t v, int digits)
{
	char tmp[64];
	size_t n = 0;

	/* Digits from the right; at least DIGITS + 1 of them. */
	do {
		tmp[n++] = (char)('0' + (int)(v % 10));
		v /= 10;
	} while (v > 0 || n <= (size_t)digits);
	while (n > 0) {
		sb_putc(b, tmp[--n]);
		if (n == (size_t)digits && digits > 0)
			sb_putc(b, '.');
	}
}

long long pct_tenths(wide_t num, wide_t den)
{
	/* 2000 * num must not overflow; sums that large (only from merged
	 * partial files) are divided in long double instead. */
	const wide_t safe = ((wide_t)1 << 100);

	if (num >= safe || den >= safe)
		return llroundl(1000.0L * (long double)num / (long double)den);
	return (long long)((2000 * num + den) / (2 * den));
}

void format_tenths(strbuf *b, long long tenths, char point)
{
	sb_printf(b, "%lld%c%lld", tenths / 10, point, tenths % 10);
}

/* Acklam's coefficients for the central and the tail regions. */
static const double acklam_a[] = {
	-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
	1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
};
static const double acklam_b[] = {
	-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
	6.680131188771972e+01, -1.328068155288572e+01
};
static const double acklam_c[] = {
	-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
	-2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
};
static const double acklam_d[] = {
	7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
	3.754408661907416e+00
};

static double acklam_tail(double q)
{
	const double *c = acklam_c, *d = acklam_d;

	return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
	       ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
}

static double acklam(double p)
{
	const double *a = acklam_a, *b = acklam_b;
	const double plow = 0.02425;

	if (p < plow)
		return acklam_tail(sqrt(-2 * log(p)));
	if (p > 1 - plow)
		return -acklam_tail(sqrt(-2 * log(1 - p)));
	double q = p - 0.5, r = q * q;
	return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
	       (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double normal_quantile(double p)
{
	double x = acklam(p);
	/* One Halley step on Phi(x) - p brings the 1e-9 relative error of
	 * the approximation down to machine precision. */
	double e = 0.5 * erfc(-x / sqrt(2)) - p;
	double u = e * sqrt(2 * M_PI) * exp(x * x / 2);

	return x - u / (1 + x * u / 2);
}

double conf_to_z(double conf)
{
	return normal_quantile(1 - (1 - conf) / 2);
}

static double clamp01(double x)
{
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

bool wilson_interval(double p, double n, double z, double *lo, double *hi)
{
	if (!(n > 0))
		return false;
	double z2 = z * z;
	double denom = 1 + z2 / n;
	double centre = (p + z2 / (2 * n)) / denom;
	double half = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;

	*lo = clamp01(centre - half);
	*hi = clamp01(centre + half);
	return true;
}
