/* num.c - locale-independent number formatting and small statistics. */
#include "plan/num.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum report_lang num_lang = LANG_EN;

#define NBSP "\xc2\xa0"
#define EN_DASH "\xe2\x80\x93"
#define MINUS_SIGN "\xe2\x88\x92"

/* Digits of the integer part with separators every three digits.  Swedish
 * writes 2 800 (no-break space; numbers below 10 000 are also grouped in
 * reports that mix them with larger ones, so we always group). */
static void put_grouped(strbuf *out, const char *digits, size_t len)
{
	const char *sep = num_lang == LANG_SV ? NBSP : ",";

	for (size_t i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			sb_puts(out, sep);
		sb_putc(out, digits[i]);
	}
}

void fmt_num(strbuf *out, double x, int decimals)
{
	char buf[64];
	const char *p = buf, *dot;

	/* %f rounds half to even on the binary value; nudge so that a share
	 * printed as 12.25 in the tally rounds the way a reader expects. */
	double scale = pow(10, decimals);
	double r = round(fabs(x) * scale + 1e-9) / scale;

	snprintf(buf, sizeof buf, "%.*f", decimals, r);
	if (x < 0 && r > 0)
		sb_puts(out, MINUS_SIGN);
	dot = strchr(p, '.');
	put_grouped(out, p, dot ? (size_t)(dot - p) : strlen(p));
	if (dot) {
		sb_putc(out, num_lang == LANG_SV ? ',' : '.');
		sb_puts(out, dot + 1);
	}
}

const char *month_abbr(int m)
{
	static const char *const abbr[12] = {
		N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
		N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec")
	};
	return m >= 1 && m <= 12 ? _(abbr[m - 1]) : "";
}

bool parse_month(const char *period, int *year, int *month)
{
	for (int i = 0; i < 7; i++)
		if (i == 4 ? period[i] != '-' : !(period[i] >= '0' && period[i] <= '9'))
			return false;
	if (period[7])
		return false;
	*year = (period[0] - '0') * 1000 + (period[1] - '0') * 100 +
		(period[2] - '0') * 10 + (period[3] - '0');
	*month = (period[5] - '0') * 10 + (period[6] - '0');
	return *month >= 1 && *month <= 12;
}

int month_index(const char *period)
{
	int y, m;

	return parse_month(period, &y, &m) ? y * 12 + m - 1 : -1;
}

void fmt_month(strbuf *out, const char *period)
{
	static const char *const names[12] = {
		N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
		N_("June"), N_("July"), N_("August"), N_("September"),
		N_("October"), N_("November"), N_("December")
	};
	int y, m;

	if (parse_month(period, &y, &m))
		sb_printf(out, "%s %d", _(names[m - 1]), y);
	else
		sb_puts(out, period);
}

void fmt_count(strbuf *out, double n)
{
	fmt_num(out, n, 0);
}

void fmt_base(strbuf *out, double n)
{
	if (isnan(n))
		sb_puts(out, "..");
	else
		fmt_count(out, n);
}

void fmt_pct(strbuf *out, double pct)
{
	fmt_pct_decimals(out, pct, 1);
}

void fmt_pct_decimals(strbuf *out, double pct, int decimals)
{
	fmt_num(out, pct, decimals);
	/* Swedish typography separates the sign with a (no-break) space. */
	sb_puts(out, num_lang == LANG_SV ? NBSP "%" : "%");
}

void fmt_range(strbuf *out, double lo, double hi)
{
	fmt_num(out, lo, 1);
	sb_puts(out, EN_DASH);
	fmt_num(out, hi, 1);
}

void fmt_signed(strbuf *out, double x)
{
	if (round(x * 10) > 0)
		sb_putc(out, '+');
	else if (round(x * 10) == 0)
		x = 0; /* no "-0.0" */
	fmt_num(out, x, 1);
}

double z_two_prop(double p1, double b1, double p2, double b2)
{
	double pooled, se;

	if (b1 <= 0 || b2 <= 0)
		return 0;
	pooled = (p1 * b1 + p2 * b2) / (b1 + b2);
	se = sqrt(pooled * (1 - pooled) * (1 / b1 + 1 / b2));
	return se > 0 ? (p1 - p2) / se : 0;
}

void diff_interval(double p1, double l1, double u1, double p2, double l2,
		   double u2, double *lo, double *hi)
{
	double d = p1 - p2;

	*lo = d - sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
	*hi = d + sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
}
