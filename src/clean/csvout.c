/* csvout.c - CSV fields into a buffer (csvout.h). */
#include "clean/csvout.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "csvio.h"

/* The bytes that make a field need quotes: the delimiter first. */
static char quote_set[] = ",\"\r\n";
static bool guard_formulas;

void out_set_excel(bool excel)
{
	quote_set[0] = excel ? ';' : ',';
	guard_formulas = excel;
}

char out_delimiter(void)
{
	return quote_set[0];
}

static bool needs_quotes(const char *s, size_t n, const char *set)
{
	size_t i = 0;

	while (i < n) {
		i += strcspn(s + i, set);
		if (i >= n)
			return false;
		if (s[i])
			return true;
		i++; /* a NUL byte of the data */
	}
	return false;
}

bool out_needs_quotes(const char *s, size_t n)
{
	return needs_quotes(s, n, quote_set);
}

/* The quoted form, with a "'" first when GUARD. */
static void put_quoted(strbuf *b, const char *s, size_t n, bool guard)
{
	sb_reserve(b, 2 * n + 3);
	b->s[b->len++] = '"';
	if (guard)
		b->s[b->len++] = '\'';
	for (size_t i = 0; i < n; i++) {
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

/* A control character that is no text white space: C0 but TAB, LF and
 * CR, DEL, and C1 (U+0080-U+009F, UTF-8 C2 80-9F), which terminals obey
 * (escape sequences) and spreadsheets show as garbage. */
static size_t control_at(const unsigned char *s, size_t i, size_t n)
{
	unsigned char c = s[i];

	if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
		return 1;
	if (c == 0xC2 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
		return 2;
	return 0;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Eight bytes at once: does X hold a byte below 0x20, 0x7F or 0xC2 (the
 * lead byte of a C1 control)?  (Bit Twiddling Hacks: haszero, hasless.) */
static bool word_may_have_control(uint64_t x)
{
	uint64_t del = x ^ (ONES * 0x7f), c2 = x ^ (ONES * 0xC2);

	return (((x - ONES * 0x20) & ~x) | ((del - ONES) & ~del) | ((c2 - ONES) & ~c2)) & HIGHS;
}

static bool has_controls(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	for (;;) {
		for (; i + 8 <= n; i += 8) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (word_may_have_control(w))
				break;
		}
		if (i >= n)
			return false;
		for (size_t end = i + 8 < n ? i + 8 : n; i < end; i++)
			if ((s[i] < 0x20 || s[i] == 0x7f || s[i] == 0xC2) && control_at(s, i, n))
				return true;
	}
}

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* S with line breaks as LF (CRLF, CR, and the vertical tab and form feed
 * of word processors) and every other control as U+FFFD. */
static void clean_controls(strbuf *b, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;

	sb_clear(b);
	for (size_t i = 0; i < n; i++) {
		size_t len = control_at(s, i, n);

		if (!len) {
			sb_putc(b, (char)s[i]);
		} else if (s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
			if (!(s[i] == '\r' && i + 1 < n && s[i + 1] == '\n'))
				sb_putc(b, '\n');
		} else {
			sb_append(b, REPLACEMENT, 3);
			i += len - 1;
		}
	}
	sb_reserve(b, 1);
}

/* Combining marks of U+0300-U+036F (UTF-8 CC 80 - CD AF): text in NFD,
 * as some macOS tools write it.  Other decomposed text is rare enough in
 * these surveys to pass as it is. */
static bool maybe_decomposed(const char *s, size_t n)
{
	return memchr(s, 0xCC, n) || memchr(s, 0xCD, n);
}

/* S in NFC into B (S itself when it is not UTF-8). */
static void compose(strbuf *b, const char *s, size_t n)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
					    UTF8PROC_STABLE | UTF8PROC_COMPOSE);

	sb_clear(b);
	if (len < 0)
		sb_append(b, s, n);
	else
		sb_append(b, (const char *)nfc, (size_t)len);
	free(nfc);
}

/* Text as it may leave trygg-clean: in NFC, controls cleaned, a formula
 * guarded when GUARD, quoted when it holds a byte of SET. */
static void put_text(strbuf *b, const char *s, size_t n, bool guard, const char *set)
{
	static strbuf cleaned, composed;

	if (maybe_decomposed(s, n)) {
		compose(&composed, s, n);
		s = composed.s;
		n = composed.len;
	}
	if (has_controls(s, n)) {
		clean_controls(&cleaned, s, n);
		s = cleaned.s;
		n = cleaned.len;
	}
	if (guard && csv_formula_risk(s, n))
		put_quoted(b, s, n, true);
	else if (needs_quotes(s, n, set))
		put_quoted(b, s, n, false);
	else
		out_plain(b, s, n);
}

void out_text(strbuf *b, const char *s, size_t n)
{
	put_text(b, s, n, guard_formulas, quote_set);
}

void out_cell(strbuf *b, const char *s, size_t n)
{
	put_text(b, s, n, true, ",\"\r\n");
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
