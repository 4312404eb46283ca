/* text.c - UTF-8, Windows-1252, folding for matching, a string map. */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

bool utf8_valid(const char *str, size_t n, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t len;
		unsigned cp, min;

		if (c < 0x80) {
			/* Most survey text is ASCII: skip it eight bytes at a time. */
			uint64_t word;
			while (i + 8 <= n) {
				memcpy(&word, s + i, 8);
				word &= 0x8080808080808080ULL;
				if (word) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
					/* Swedish text has a non-ASCII letter every few
					 * words: go straight to it */
					i += (size_t)__builtin_ctzll(word) / 8;
#endif
					break;
				}
				i += 8;
			}
			while (i < n && s[i] < 0x80)
				i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			/* two bytes (å, ä, ö): any continuation byte makes a
			 * code point 0x80-0x7FF, valid */
			if (i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
				i += 2;
				continue;
			}
			goto invalid;
		}
		if (c >= 0xE0 && c <= 0xEF) {
			len = 3; cp = c & 0x0F; min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4; cp = c & 0x07; min = 0x10000;
		} else {
			goto invalid;
		}
		if (i + len > n)
			goto invalid;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto invalid;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto invalid;
		i += len;
	}
	return true;
invalid:
	if (bad)
		*bad = i;
	return false;
}

/* Windows-1252 0x80-0x9F; 0 marks the five undefined bytes. */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static void put_codepoint(strbuf *out, unsigned cp)
{
	char u[3];

	if (cp < 0x80) {
		sb_putc(out, (char)cp);
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		sb_append(out, u, 2);
	} else {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		sb_append(out, u, 3);
	}
}

void cp1252_to_utf8(strbuf *out, const unsigned char *in, size_t n)
{
	size_t run = 0;

	sb_reserve(out, n + n / 2);
	for (size_t i = 0; i < n; i++) {
		unsigned c = in[i];

		if (c < 0x80)
			continue;
		sb_append(out, (const char *)in + run, i - run);
		run = i + 1;
		if (c < 0xA0)
			put_codepoint(out, cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD);
		else
			put_codepoint(out, c);
	}
	sb_append(out, (const char *)in + run, n - run);
}

/* Keys of plain ASCII text (most labels and answers) are made here; any
 * other text goes through utf8proc. */
static bool ascii_text(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] & 0x80)
			return false;
	return true;
}

static bool is_fold_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* Append S[0..n), lower-cased (ASCII), with white space trimmed and runs
 * of it as one space, and other C0 controls left out. */
static void fold_ascii(strbuf *out, const unsigned char *s, size_t n)
{
	bool pending_space = false, any = false;
	char *w;

	sb_reserve(out, n + 1);
	w = out->s + out->len;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (is_fold_space(c)) {
			pending_space = any;
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue;
		if (pending_space)
			*w++ = ' ';
		pending_space = false;
		any = true;
		*w++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	out->len = (size_t)(w - out->s);
	out->s[out->len] = '\0';
}

void fold_key(strbuf *out, const char *str, size_t n, bool strip_accents)
{
	const unsigned char *s = (const unsigned char *)str;
	utf8proc_uint8_t *folded = NULL;
	utf8proc_option_t options = UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_LUMP |
				    UTF8PROC_IGNORE | UTF8PROC_STRIPCC;
	utf8proc_ssize_t len;

	if (ascii_text(s, n)) {
		fold_ascii(out, s, n);
		return;
	}
	if (strip_accents)
		options |= UTF8PROC_STRIPMARK;
	len = utf8proc_map(s, (utf8proc_ssize_t)n, &folded, options);
	if (len < 0) {
		/* Not UTF-8 (a raw reader): bytes above ASCII stay as they are. */
		fold_ascii(out, s, n);
		return;
	}
	/* STRIPCC made line ends and tabs spaces; LUMP made every Unicode
	 * space (NBSP, thin space...) one: now trim and squeeze them. */
	fold_ascii(out, folded, (size_t)len);
	free(folded);
}

size_t utf8_cluster_length(const char *str, size_t n)
{
	const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)str;
	utf8proc_int32_t cp;
	utf8proc_ssize_t len = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
	size_t total;

	if (len <= 0)
		return n ? 1 : 0;
	total = (size_t)len;
	while (total < n) {
		utf8proc_category_t cat;

		len = utf8proc_iterate(s + total, (utf8proc_ssize_t)(n - total), &cp);
		if (len <= 0)
			break;
		cat = utf8proc_category(cp);
		if (cat != UTF8PROC_CATEGORY_MN && cat != UTF8PROC_CATEGORY_MC &&
		    cat != UTF8PROC_CATEGORY_ME)
			break;
		total += (size_t)len;
	}
	return total;
}

void loose_key(strbuf *out, const char *s, size_t n)
{
	size_t from = out->len, w;

	fold_key(out, s, n, true);
	w = from;
	for (size_t i = from; i < out->len; i++) {
		unsigned char c = (unsigned char)out->s[i];

		if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out->s[w++] = (char)c;
	}
	out->len = w;
	out->s[w] = '\0';
}

size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t limit)
{
	size_t *row, best, result;

	if (na > nb + limit || nb > na + limit)
		return limit + 1;
	row = xmalloc((nb + 1) * sizeof *row);
	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0];

		row[0] = i;
		best = row[0];
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j], cost = a[i - 1] != b[j - 1];
			size_t v = diag + cost;

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			diag = up;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit) {
			free(row);
			return limit + 1;
		}
	}
	result = row[nb];
	free(row);
	return result <= limit ? result : limit + 1;
}

const char *trim_span(const char *s, size_t *n)
{
	size_t len = *n;

	while (len && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*n = len;
	return s;
}

uint64_t hash_bytes(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;

	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* Open addressing over an index array; entries live in insertion order. */
struct strmap {
	struct strmap_entry {
		char *key;
		size_t klen;
		uint64_t hash;
		void *value;
	} *entries;
	size_t count, cap;
	size_t *slots; /* entry index + 1; 0 = empty */
	size_t nslots;
};

strmap *strmap_new(void)
{
	strmap *m = xcalloc(1, sizeof *m);

	m->nslots = 64;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	return m;
}

void strmap_free(strmap *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->count; i++)
		free(m->entries[i].key);
	free(m->entries);
	free(m->slots);
	free(m);
}

static void strmap_grow(strmap *m)
{
	size_t nslots = m->nslots * 2;
	size_t *slots = xcalloc(nslots, sizeof *slots);

	for (size_t i = 0; i < m->count; i++) {
		size_t j = m->entries[i].hash & (nslots - 1);

		while (slots[j])
			j = (j + 1) & (nslots - 1);
		slots[j] = i + 1;
	}
	free(m->slots);
	m->slots = slots;
	m->nslots = nslots;
}

void **strmap_slot(strmap *m, const char *key, size_t klen, bool create,
		   bool *created)
{
	uint64_t h = hash_bytes(key, klen, 0);
	size_t j = h & (m->nslots - 1);
	struct strmap_entry *e;

	if (created)
		*created = false;
	while (m->slots[j]) {
		e = &m->entries[m->slots[j] - 1];
		if (e->hash == h && e->klen == klen && memcmp(e->key, key, klen) == 0)
			return &e->value;
		j = (j + 1) & (m->nslots - 1);
	}
	if (!create)
		return NULL;
	GROW(m->entries, m->count, m->cap);
	e = &m->entries[m->count];
	e->key = xmemdup(key, klen);
	e->klen = klen;
	e->hash = h;
	e->value = NULL;
	m->slots[j] = ++m->count;
	if (created)
		*created = true;
	if (m->count * 2 > m->nslots) {
		strmap_grow(m);
		return &m->entries[m->count - 1].value;
	}
	return &e->value;
}

void *strmap_get(const strmap *m, const char *key, size_t klen)
{
	void **slot = strmap_slot((strmap *)m, key, klen, false, NULL);

	return slot ? *slot : NULL;
}

size_t strmap_count(const strmap *m)
{
	return m->count;
}

const char *strmap_key(const strmap *m, size_t i, size_t *klen)
{
	if (klen)
		*klen = m->entries[i].klen;
	return m->entries[i].key;
}

void *strmap_value(const strmap *m, size_t i)
{
	return m->entries[i].value;
}

bool plain_decimal(const char *s, size_t len)
{
	size_t i = 0, digits = 0;

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	digits = i;
	if (i < len && s[i] == '.') {
		size_t from = ++i;

		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == from)
			return false;
		digits += i - from;
	}
	return i == len && digits > 0;
}
