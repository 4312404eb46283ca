/* placeholder.c - hide trygg-anon's placeholders from word patterns. */
#include "themes/placeholder.h"

#include <stdbool.h>
#include <string.h>

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

/* Length of the placeholder starting at S ('['), or 0 if there is none. */
static size_t placeholder_len(const char *s, size_t n)
{
	size_t i = 1;

	while (i < n && is_upper(s[i]))
		i++;
	if (i < 3)
		return 0;
	if (i < n && s[i] == '-') {
		size_t digits = ++i;
		while (i < n && is_hex(s[i]))
			i++;
		if (i == digits)
			return 0;
	}
	return i < n && s[i] == ']' ? i + 1 : 0;
}

/* Bytes read past a subject's end by a wide load at most. */
#define SUBJECT_SLACK 64

void subject_reserve(strbuf *b, size_t n)
{
	size_t old = b->s ? b->cap : 0;

	sb_reserve(b, n + SUBJECT_SLACK);
	if (b->cap > old)
		memset(b->s + old, 0, b->cap - old);
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void mask_placeholders(strbuf *out, const char *text, size_t len)
{
	char *o;
	size_t k = 0;

	sb_clear(out);
	subject_reserve(out, len);
	o = out->s;
	for (size_t i = 0; i < len; i++) {
		char c = text[i];
		size_t n;

		if (c == '[' && (n = placeholder_len(text + i, len - i))) {
			c = ' ';
			i += n - 1;
		}
		if (is_space(c)) {
			if (k && o[k - 1] == ' ')
				continue;
			c = ' ';
		}
		o[k++] = c;
	}
	o[k] = '\0';
	out->len = k;
}
