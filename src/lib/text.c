/* text.c - UTF-8, Windows-1252, folding for matching, a string map. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

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
				if (word & 0x8080808080808080ULL)
					break;
				i += 8;
			}
			while (i < n && s[i] < 0x80)
				i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2; cp = c & 0x1F; min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
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

/* Decode one UTF-8 sequence (assumed valid; invalid bytes come back as
 * themselves, one at a time). */
static unsigned decode_utf8(const unsigned char *s, size_t n, size_t *len)
{
	unsigned c = s[0];

	if (c >= 0xC2 && c <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*len = 2;
		return ((c & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (c >= 0xE0 && c <= 0xEF && n >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		*len = 3;
		return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	*len = 1;
	return c;
}

static unsigned lower_codepoint(unsigned cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	/* Latin Extended-A pairs upper/lower as even/odd, except in
	 * 0x139-0x148 and 0x179-0x17E where upper is odd. */
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
		return cp | 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return (cp & 1) ? cp + 1 : cp;
	return cp;
}

/* Base letter of a lower-case Latin-1 or common Latin Extended-A letter. */
static unsigned strip_accent(unsigned cp)
{
	static const char latin1[] = /* 0xE0 .. 0xFF */
		"aaaaaaeceeeeiiiidnooooo\0ouuuuyty";

	if (cp >= 0xE0 && cp <= 0xFF && latin1[cp - 0xE0] && cp != 0xE6 &&
	    cp != 0xF0 && cp != 0xFE && cp != 0xF7)
		return (unsigned char)latin1[cp - 0xE0];
	switch (cp) {
	case 0x101: case 0x103: case 0x105: return 'a';
	case 0x107: case 0x109: case 0x10B: case 0x10D: return 'c';
	case 0x10F: case 0x111: return 'd';
	case 0x113: case 0x115: case 0x117: case 0x119: case 0x11B: return 'e';
	case 0x11F: case 0x121: case 0x123: return 'g';
	case 0x12B: case 0x12D: case 0x12F: case 0x131: return 'i';
	case 0x142: case 0x13E: case 0x13C: case 0x13A: return 'l';
	case 0x144: case 0x146: case 0x148: return 'n';
	case 0x14D: case 0x14F: case 0x151: return 'o';
	case 0x155: case 0x157: case 0x159: return 'r';
	case 0x15B: case 0x15D: case 0x15F: case 0x161: return 's';
	case 0x163: case 0x165: return 't';
	case 0x16B: case 0x16D: case 0x16F: case 0x171: case 0x173: return 'u';
	case 0x17A: case 0x17C: case 0x17E: return 'z';
	default: return cp;
	}
}

static bool is_fold_space(unsigned cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0;
}

void fold_key(strbuf *out, const char *str, size_t n, bool strip_accents)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, len;
	bool pending_space = false, any = false;
	char *w;

	/* Folding never makes text longer, except an invalid byte that stays
	 * one byte: reserve once and write directly. */
	sb_reserve(out, n + 1);
	w = out->s + out->len;
	while (i < n) {
		unsigned cp = s[i];

		if (cp < 0x80) {
			len = 1;
		} else {
			cp = decode_utf8(s + i, n - i, &len);
		}
		i += len;
		if (is_fold_space(cp)) {
			pending_space = any;
			continue;
		}
		if (pending_space)
			*w++ = ' ';
		pending_space = false;
		any = true;
		if (cp < 0x80) {
			*w++ = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
			continue;
		}
		if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212)
			cp = '-';
		cp = lower_codepoint(cp);
		if (strip_accents)
			cp = strip_accent(cp);
		if (len == 1 || cp < 0x80) {
			*w++ = (char)cp; /* an invalid byte stays as is */
		} else {
			out->len = (size_t)(w - out->s);
			put_codepoint(out, cp);
			w = out->s + out->len;
		}
	}
	out->len = (size_t)(w - out->s);
	out->s[out->len] = '\0';
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
	if (m->count == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->entries = xrealloc(m->entries, m->cap * sizeof *m->entries);
	}
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
