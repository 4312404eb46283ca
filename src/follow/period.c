/* period.c - months, windows and dates (period.h). */
#include "follow/period.h"

#include <stdlib.h>
#include <string.h>

/* Exactly N digits at S, as a number; -1 otherwise. */
static long digits(const char *s, int n)
{
	long v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "YYYY-MM" at S (not necessarily the end of S). */
static bool month_at(const char *s, month_t *m)
{
	long y = digits(s, 4), mo;

	if (y < 1900 || s[4] != '-')
		return false;
	mo = digits(s + 5, 2);
	if (mo < 1 || mo > 12)
		return false;
	*m = y * 12 + mo - 1;
	return true;
}

bool month_parse(const char *s, month_t *m)
{
	return strlen(s) == 7 && month_at(s, m);
}

void month_format(strbuf *b, month_t m)
{
	sb_printf(b, "%04ld-%02ld", m / 12, m % 12 + 1);
}

bool window_parse(const char *s, long len, month_t *from, month_t *to)
{
	size_t n = strlen(s);
	long y;

	if (n == 4 && (y = digits(s, 4)) >= 1900) {
		*from = y * 12;
		*to = y * 12 + 11;
		return true;
	}
	if (n == 7 && month_at(s, to)) {
		*from = *to - len + 1;
		return true;
	}
	return n == 16 && strncmp(s + 7, "..", 2) == 0 && month_at(s, from) &&
	       month_at(s + 9, to) && *from <= *to;
}

void window_format(strbuf *b, month_t from, month_t to)
{
	month_format(b, from);
	sb_puts(b, "..");
	month_format(b, to);
}

bool ref_period_end(const char *s, month_t *end)
{
	size_t n = strlen(s);
	long y = digits(s, 4), q;

	if (y < 1900)
		return false;
	if (n == 4) {
		*end = y * 12 + 11;
		return true;
	}
	if (n == 7 && s[5] == 'Q' && (q = digits(s + 6, 1)) >= 1 && q <= 4) {
		*end = y * 12 + 3 * q - 1;
		return true;
	}
	if (n == 9 && s[4] == '-' && (y = digits(s + 5, 4)) >= 1900) {
		*end = y * 12 + 11;
		return true;
	}
	return month_parse(s, end);
}

static bool leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static long month_days(month_t m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return days[m % 12] + (m % 12 == 1 && leap(m / 12));
}

/* Days since 1970-01-01 of a civil date (H. Hinnant's algorithm). */
static long days_from_civil(long y, long m, long d)
{
	y -= m <= 2;
	long era = y / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

long month_first_day(month_t m)
{
	return days_from_civil(m / 12, m % 12 + 1, 1);
}

long month_last_day(month_t m)
{
	return days_from_civil(m / 12, m % 12 + 1, month_days(m));
}

bool date_parse(const char *s, bool end, long *day)
{
	size_t n = strlen(s);
	month_t m;
	long d;

	if (n == 7 && month_at(s, &m)) {
		*day = end ? month_last_day(m) : month_first_day(m);
		return true;
	}
	if (n != 10 || !month_at(s, &m) || s[7] != '-')
		return false;
	d = digits(s + 8, 2);
	if (d < 1 || d > month_days(m))
		return false;
	*day = month_first_day(m) + d - 1;
	return true;
}
