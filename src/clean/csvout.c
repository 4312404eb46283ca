/* csvout.c - CSV fields into a buffer (csvout.h). */
#include "clean/csvout.h"

#include <string.h>

bool out_needs_quotes(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		i += strcspn(s + i, ",\"\r\n");
		if (i >= n)
			return false;
		if (s[i])
			return true;
		i++; /* a NUL byte of the data */
	}
	return false;
}

/* The quoted form; with CRLF_TO_LF a CR before LF is left out. */
static void put_quoted(strbuf *b, const char *s, size_t n, bool crlf_to_lf)
{
	sb_reserve(b, 2 * n + 2);
	b->s[b->len++] = '"';
	for (size_t i = 0; i < n; i++) {
		if (crlf_to_lf && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			continue;
		if (s[i] == '"')
			b->s[b->len++] = '"';
		b->s[b->len++] = s[i];
	}
	b->s[b->len++] = '"';
	b->s[b->len] = '\0';
}

void out_field(strbuf *b, const char *s, size_t n)
{
	if (out_needs_quotes(s, n))
		put_quoted(b, s, n, false);
	else
		out_plain(b, s, n);
}

/* Removing the CR of a CRLF keeps the LF, so the converted text needs
 * quotes exactly when the raw text does. */
void out_text(strbuf *b, const char *s, size_t n)
{
	if (out_needs_quotes(s, n))
		put_quoted(b, s, n, true);
	else
		out_plain(b, s, n);
}

void out_long(strbuf *b, long v)
{
	char digits[24];
	size_t k = sizeof digits;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do {
		digits[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		digits[--k] = '-';
	out_plain(b, digits + k, sizeof digits - k);
}

void out_2digits(strbuf *b, int v)
{
	char d[2] = { (char)('0' + v / 10 % 10), (char)('0' + v % 10) };

	out_plain(b, d, 2);
}
