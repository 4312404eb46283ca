/* checksums.c - what the digits of a match must be: checksums (Luhn,
 * IBAN mod-97), plausible birth dates, octets and groups of IP addresses,
 * the length of phone numbers, and dates, times and service numbers that
 * only look like someone's number. */
#include "anon/checksums.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

/* The digits of S[0..n) into D (at most CAP); returns how many. */
static size_t digits_of(const char *s, size_t n, char *d, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k < cap; i++)
		if (s[i] >= '0' && s[i] <= '9')
			d[k++] = s[i];
	return k;
}

bool luhn_ok(const char *s, size_t n)
{
	char d[64];
	size_t k = digits_of(s, n, d, sizeof d);
	int sum = 0;

	if (k < 2)
		return false;
	for (size_t i = 0; i < k; i++) {
		int v = d[k - 1 - i] - '0';
		if (i % 2 == 1) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
	}
	return sum % 10 == 0;
}

static int two(const char *d)
{
	return (d[0] - '0') * 10 + (d[1] - '0');
}

bool pnr_date_ok(const char *s, size_t n)
{
	char d[64];
	size_t k = digits_of(s, n, d, sizeof d);
	const char *x = d;
	int mm, dd;

	if (k == 12)
		x = d + 2;
	else if (k != 10)
		return false;
	mm = two(x + 2);
	dd = two(x + 4);
	return mm >= 1 && mm <= 12 &&
	       ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91));
}

bool octets_ok(const char *s, size_t n)
{
	int v = 0;

	/* "079.065.87.72": no address starts with 0 and another digit; a
	 * phone number written with dots does */
	if (n > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9')
		return false;

	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] >= '0' && s[i] <= '9') {
			v = v * 10 + (s[i] - '0');
			if (v > 255)
				return false;
		} else {
			v = 0;
		}
	}
	return true;
}

/* A compressed IPv6 address (fe80::1, 2001:db8::17, ::ffff:10.0.0.1).
 * The pattern allows any count of groups around "::"; here they must
 * leave room for the compressed zeros (at most 7 written, an embedded
 * IPv4 counting as 2), and a match of one or two short decimal groups
 * ("::1", a time typed as 12::30) is not taken for an address. */
bool ipv6_ok(const char *s, size_t n)
{
	size_t groups = 0, i = 0, longest = 0;
	bool hex_letter = false;

	while (i < n && s[i] != '%') {
		size_t len = 0;
		if (s[i] == ':') {
			i++;
			continue;
		}
		while (i + len < n && isxdigit((unsigned char)s[i + len]))
			len++;
		if (i + len < n && s[i + len] == '.')
			return groups + 2 <= 7 && octets_ok(s + i, n - i);
		for (size_t k = 0; k < len; k++)
			hex_letter |= isalpha((unsigned char)s[i + k]) != 0;
		longest = len > longest ? len : longest;
		groups++;
		i += len ? len : 1;
	}
	if (groups == 0 || groups > 7)
		return false;
	return hex_letter || groups > 2 || longest > 2;
}

bool iban_ok(const char *s, size_t n)
{
	char buf[64];
	size_t k = 0;
	unsigned rem = 0;

	for (size_t i = 0; i < n && k < sizeof buf; i++)
		if (isalnum((unsigned char)s[i]))
			buf[k++] = (char)toupper((unsigned char)s[i]);
	if (k < 15)
		return false;
	for (size_t i = 0; i < k; i++) {
		char c = buf[(i + 4) % k];
		if (c >= '0' && c <= '9')
			rem = (rem * 10 + (unsigned)(c - '0')) % 97;
		else
			rem = (rem * 100 + (unsigned)(c - 'A' + 10)) % 97;
	}
	return rem == 1;
}

static bool is_year(const char *g, size_t len)
{
	return len == 4 && (strncmp(g, "19", 2) == 0 || strncmp(g, "20", 2) == 0);
}

/* "(1895-1946)": a life's or an era's years, from 1500 on, the second
 * after the first. */
static bool life_span(const char *a, size_t alen, const char *b, size_t blen)
{
	int from = 0, to = 0;

	if (alen != 4 || blen != 4)
		return false;
	for (size_t i = 0; i < 4; i++) {
		from = 10 * from + (a[i] - '0');
		to = 10 * to + (b[i] - '0');
	}
	return from >= 1500 && to < 2100 && from < to;
}

/* A date (2023-11-28, 28/11/2023) or years (2019-2023) inside a digit
 * run is not a number that identifies anyone. */
bool looks_like_dates(const char *s, size_t n)
{
	size_t glen[16], ng = 0, i = 0, years = 0;
	const char *gs[16];

	while (i < n && ng < 16) {
		while (i < n && !isdigit((unsigned char)s[i]))
			i++;
		if (i == n)
			break;
		gs[ng] = s + i;
		while (i < n && isdigit((unsigned char)s[i]))
			i++;
		glen[ng] = (size_t)(s + i - gs[ng]);
		years += is_year(gs[ng], glen[ng]);
		ng++;
	}
	for (size_t g = 0; g + 2 < ng; g++)
		if ((is_year(gs[g], glen[g]) && glen[g + 1] == 2 && glen[g + 2] == 2) ||
		    (glen[g] <= 2 && glen[g + 1] <= 2 && is_year(gs[g + 2], glen[g + 2])))
			return true;
	return (ng > 0 && years == ng) || (ng == 2 && life_span(gs[0], glen[0], gs[1], glen[1]));
}

static size_t count_digits(const char *s, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += isdigit((unsigned char)s[i]) != 0;
	return k;
}

/* The four digits at S are a time of day (0830, 1545): an hour up to
 * 24 and minutes that a clock's opening hours use (every fifth). */
static int hhmm(const char *s)
{
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[2] - '0') * 10 + (s[3] - '0');

	return h <= 24 && m <= 55 && m % 5 == 0 ? h * 60 + m : -1;
}

/* "0900-1530", "0800 - 1700", "1700-0800": opening hours or a shift
 * without their full stops.  No Swedish number is four digits and four
 * (an area code of four has five or six after it), and two times of day
 * are few of the numbers an account of that shape can have. */
static bool clock_range(const char *s, size_t n)
{
	size_t i = 4;
	int from, to;

	if (n < 9 || count_digits(s, 4) != 4 || count_digits(s + n - 4, 4) != 4)
		return false;
	while (i < n - 4 && (s[i] == ' ' || s[i] == '-'))
		i++;
	if (i != n - 4 || count_digits(s, n) != 8)
		return false;
	from = hhmm(s);
	to = hhmm(s + n - 4);
	return from >= 0 && to >= 0 && to != from;
}

/* "08.00-12.00", "9:30 - 11:00": hours and minutes, not a number. */
bool looks_like_times(const char *s, size_t n)
{
	size_t g[8], ng = 0, i = 0;
	char sep[8];

	if (clock_range(s, n))
		return true;
	while (i < n && ng < 8) {
		size_t v = 0, len = 0;
		while (i < n && isdigit((unsigned char)s[i])) {
			v = v * 10 + (size_t)(s[i] - '0');
			len++;
			i++;
		}
		if (len == 0 || len > 2)
			return false;
		g[ng] = v;
		sep[ng++] = i < n ? s[i] : '\0';
		while (i < n && !isdigit((unsigned char)s[i]))
			i++;
	}
	if (ng != 2 && ng != 4)
		return false;
	for (size_t k = 0; k < ng; k += 2)
		if (g[k] > 24 || g[k + 1] > 59 || (sep[k] != '.' && sep[k] != ':'))
			return false;
	return true;
}

bool foreign_phone_ok(const char *s, size_t n)
{
	size_t k = count_digits(s, n);

	return k >= 9 && k <= 15 && !looks_like_dates(s, n) && !looks_like_times(s, n);
}

/* The length of the shortest run of digits in S[0..n). */
static size_t shortest_group(const char *s, size_t n)
{
	size_t best = SIZE_MAX, run = 0;

	for (size_t i = 0; i <= n; i++) {
		if (i < n && isdigit((unsigned char)s[i])) {
			run++;
		} else if (run) {
			best = run < best ? run : best;
			run = 0;
		}
	}
	return best == SIZE_MAX ? 0 : best;
}

/* "10.00", "13:30" right after the group ending at END: the hour of a
 * time, not the number's last group. */
static bool time_follows(const char *s, size_t end, size_t n)
{
	return end + 2 < n && (s[end] == '.' || s[end] == ':') && isdigit((unsigned char)s[end + 1]) &&
	       isdigit((unsigned char)s[end + 2]) && (end + 3 == n || !isdigit((unsigned char)s[end + 3]));
}

/* The first digit after AT is a 0. */
static bool next_digit_is_zero(const char *s, size_t n, size_t at)
{
	while (at < n && !isdigit((unsigned char)s[at]))
		at++;
	return at < n && s[at] == '0';
}

/* A phone number has a bounded number of digits; a greedy match that ran
 * on into a following number is cut back to the last group that fits,
 * never to a group that is the hour of a time. */
bool phone_fits(const char *s, size_t *n)
{
	bool national = s[0] == '0' || (s[0] == '(' && *n > 1 && s[1] == '0');
	size_t lo = 8, hi = 10, digits = 0, fit = 0;

	if (s[0] == '+' || strncmp(s, "00", 2) == 0) {
		lo = 9;
		hi = 13;
	} else if (!national) {
		lo = 10;
	} else if (*n >= 4 && s[0] == '0' && s[1] == '9' &&
		   (memcmp(s + 2, "00", 2) == 0 || memcmp(s + 2, "39", 2) == 0 ||
		    memcmp(s + 2, "44", 2) == 0)) {
		hi = 11; /* premium rate: 0900-123 45 67 */
	}
	for (size_t i = 0; i < *n; i++) {
		if (!isdigit((unsigned char)s[i]))
			continue;
		digits++;
		if (digits <= hi && (i + 1 == *n || !isdigit((unsigned char)s[i + 1])) &&
		    !time_follows(s, i + 1, *n))
			fit = i + 1;
	}
	/* "0277 1556 3812": a foreign number written in even groups of three
	 * or more digits is one number, not a phone and a number after it;
	 * but a whole national number and a group opening with 0 after it
	 * are two phones ("070-1234567 070-7654321") */
	if (digits > hi && digits <= 13 && national && shortest_group(s, *n) >= 3 &&
	    !(count_digits(s, fit) >= lo && next_digit_is_zero(s, *n, fit)))
		return foreign_phone_ok(s, *n);
	if (digits > hi) {
		*n = fit;
		digits = count_digits(s, fit);
	}
	return digits >= lo && digits <= hi && !looks_like_dates(s, *n) &&
	       !looks_like_times(s, *n);
}
