/* shadow.c - the normalised shadow of a text and its map back.
 *
 * Most cells need nothing: ASCII and characters that NFKC leaves alone
 * (å, ä, ö, Arabic letters...) are copied by reference, the shadow is the
 * text.  What utf8proc says about a character of the Basic Multilingual
 * Plane is asked once and kept in a table, so the common case is one table
 * look-up per non-ASCII character.  Only a text with something to change
 * is copied, in up to two passes: NFKC and folding per cluster (a starter
 * and the combining marks after it), then the joining of spaced-out runs. */
#include "anon/shadow.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* What is known of a BMP code point; 0: not asked yet. */
enum {
	C_KNOWN = 1, C_STABLE = 2, C_LETTER = 4, C_MARK = 8, C_UPPER = 16,
	C_DIGIT = 32
};
static unsigned char cp_class[0x10000];

static unsigned classify(int32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	utf8proc_category_t cat = p->category;
	unsigned c = C_KNOWN;
	utf8proc_uint8_t in[4], *out = NULL;
	utf8proc_ssize_t len = utf8proc_encode_char(cp, in), m;

	if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
		c |= C_LETTER;
	if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME)
		c |= C_MARK;
	if (cat == UTF8PROC_CATEGORY_ND)
		c |= C_DIGIT;
	if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
		c |= C_UPPER;
	/* stable: NFKC leaves it alone, it combines with nothing before it,
	 * and it is no dash, space or invisible format character */
	m = utf8proc_map(in, len, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
			 UTF8PROC_COMPAT);
	if (m == len && memcmp(out, in, (size_t)len) == 0 &&
	    p->combining_class == 0 && cat != UTF8PROC_CATEGORY_CF &&
	    cat != UTF8PROC_CATEGORY_ZS && cat != UTF8PROC_CATEGORY_ZL &&
	    cat != UTF8PROC_CATEGORY_ZP && cat != UTF8PROC_CATEGORY_PD &&
	    cp != 0x2212 && !(c & C_MARK))
		c |= C_STABLE;
	free(out);
	return c;
}

/* class_of of a character not yet in the table, or outside it. */
static unsigned class_of_slow(int32_t cp)
{
	if (cp < 0x80) {
		unsigned c = C_KNOWN | C_STABLE;
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			c |= C_LETTER | (cp < 'a' ? C_UPPER : 0);
		if (cp >= '0' && cp <= '9')
			c |= C_DIGIT;
		return c;
	}
	if (cp >= 0x10000)
		return classify(cp);
	cp_class[cp] = (unsigned char)classify(cp);
	return cp_class[cp];
}

/* Asked of every character beyond ASCII of every text: inline, a
 * character met before is one table look-up. */
static inline unsigned class_of(int32_t cp)
{
	if (cp >= 0x80 && cp < 0x10000 && cp_class[cp])
		return cp_class[cp];
	return class_of_slow(cp);
}

bool cp_is_letter(int32_t cp) { return class_of(cp) & C_LETTER; }
bool cp_is_mark(int32_t cp) { return class_of(cp) & C_MARK; }
bool cp_is_upper(int32_t cp) { return class_of(cp) & C_UPPER; }

enum anon_script script_of(int32_t cp)
{
	static const struct { int32_t lo, hi; enum anon_script s; } blocks[] = {
		{ 0x0041, 0x024F, SCRIPT_LATIN },    { 0x0370, 0x03FF, SCRIPT_GREEK },
		{ 0x0400, 0x052F, SCRIPT_CYRILLIC }, { 0x0530, 0x058F, SCRIPT_ARMENIAN },
		{ 0x0590, 0x05FF, SCRIPT_HEBREW },   { 0x0600, 0x06FF, SCRIPT_ARABIC },
		{ 0x0750, 0x077F, SCRIPT_ARABIC },   { 0x08A0, 0x08FF, SCRIPT_ARABIC },
		{ 0x10A0, 0x10FF, SCRIPT_GEORGIAN }, { 0x1200, 0x139F, SCRIPT_ETHIOPIC },
		{ 0x1C80, 0x1C8F, SCRIPT_CYRILLIC }, { 0x1E00, 0x1EFF, SCRIPT_LATIN },
		{ 0x1F00, 0x1FFF, SCRIPT_GREEK },    { 0x2D30, 0x2DDF, SCRIPT_ETHIOPIC },
		{ 0x2DE0, 0x2DFF, SCRIPT_CYRILLIC }, { 0x3040, 0x9FFF, SCRIPT_CJK },
		{ 0xA640, 0xA69F, SCRIPT_CYRILLIC }, { 0xAB00, 0xAB2F, SCRIPT_ETHIOPIC },
		{ 0xAC00, 0xD7AF, SCRIPT_CJK },      { 0xFB50, 0xFDFF, SCRIPT_ARABIC },
		{ 0xFE70, 0xFEFF, SCRIPT_ARABIC },
	};

	for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
		if (cp >= blocks[i].lo && cp <= blocks[i].hi)
			return blocks[i].s;
	return SCRIPT_OTHER;
}

/* The code point at S[i] (valid UTF-8) and its length. */
static inline int32_t decode(const char *s, size_t n, size_t i, size_t *len)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t l;

	unsigned char c = (unsigned char)s[i];

	if (c < 0x80) {
		*len = 1;
		return c;
	}
	/* the text is valid UTF-8 (checked on input): two and three bytes
	 * by hand, the rest through utf8proc */
	if (c >= 0xC2 && c < 0xE0 && i + 1 < n) {
		*len = 2;
		return ((int32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
	}
	if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
		*len = 3;
		return ((int32_t)(c & 0x0F) << 12) | ((int32_t)(s[i + 1] & 0x3F) << 6) |
		       (s[i + 2] & 0x3F);
	}
	l = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			     (utf8proc_ssize_t)(n - i), &cp);
	if (l <= 0) {
		*len = 1;
		return 0xFFFD;
	}
	*len = (size_t)l;
	return cp;
}

int32_t utf8_at(const char *s, size_t n, size_t i, size_t *len)
{
	return decode(s, n, i, len);
}

size_t utf8_letter_len_slow(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	size_t len;

	if (c < 0xC2)
		return 0;
	return class_of(decode(s, n, i, &len)) & (C_LETTER | C_MARK) ? len : 0;
}

/* ---- the buffers of one pass ---- */

static void reserve(anon_shadow *sh, int k, size_t n)
{
	sb_clear(&sh->buf[k]);
	sb_reserve(&sh->buf[k], n);
	if (n + 1 > sh->cap[k]) {
		sh->cap[k] = 2 * (n + 1);
		sh->from[k] = xrealloc(sh->from[k], sh->cap[k] * sizeof *sh->from[k]);
		sh->to[k] = xrealloc(sh->to[k], sh->cap[k] * sizeof *sh->to[k]);
	}
}

static void put(anon_shadow *sh, int k, const char *p, size_t len,
		uint32_t from, uint32_t to)
{
	strbuf *b = &sh->buf[k];

	if (b->len + len + 1 > sh->cap[k]) {
		sh->cap[k] = 2 * (b->len + len + 1);
		sh->from[k] = xrealloc(sh->from[k], sh->cap[k] * sizeof *sh->from[k]);
		sh->to[k] = xrealloc(sh->to[k], sh->cap[k] * sizeof *sh->to[k]);
	}
	for (size_t i = 0; i < len; i++) {
		sh->from[k][b->len + i] = from;
		sh->to[k][b->len + i] = to;
	}
	sb_append(b, p, len);
}

/* ---- pass 1: NFKC and folding ---- */

/* Eight bytes at S, in one register (memcpy: S need not be aligned). */
static uint64_t load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, sizeof w);
	return w;
}

#define EVERY_BYTE(b) (UINT64_C(0x0101010101010101) * (b))

/* Where the run of ASCII bytes from I ends, eight at a time. */
static size_t skip_ascii(const char *s, size_t n, size_t i)
{
	while (i + 8 <= n) {
		uint64_t high = load8(s + i) & EVERY_BYTE(0x80);
		if (high) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* straight to the first byte beyond ASCII */
			return i + (size_t)__builtin_ctzll(high) / 8;
#else
			break;
#endif
		}
		i += 8;
	}
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

static bool needs_pass1(const char *s, size_t n)
{
	for (size_t i = skip_ascii(s, n, 0); i < n; i = skip_ascii(s, n, i)) {
		size_t len;
		if (!(class_of(decode(s, n, i, &len)) & C_STABLE))
			return true;
		i += len;
	}
	return false;
}

/* One character of a normalised cluster into the shadow. */
static void put_folded(anon_shadow *sh, int32_t cp, uint32_t from, uint32_t to)
{
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	utf8proc_uint8_t enc[4];

	switch (p->category) {
	case UTF8PROC_CATEGORY_CF:
		return; /* soft hyphen, zero width, direction marks */
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		put(sh, 0, " ", 1, from, to);
		return;
	case UTF8PROC_CATEGORY_PD:
		put(sh, 0, "-", 1, from, to);
		return;
	default:
		if (cp == 0x2212) {
			put(sh, 0, "-", 1, from, to);
			return;
		}
		put(sh, 0, (const char *)enc, (size_t)utf8proc_encode_char(cp, enc),
		    from, to);
	}
}

static void put_cluster(anon_shadow *sh, const char *s, size_t a, size_t b)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s + a,
					  (utf8proc_ssize_t)(b - a), &out,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE |
					  UTF8PROC_COMPAT);

	if (m < 0) { /* cannot happen for valid UTF-8: keep the bytes */
		put(sh, 0, s + a, b - a, (uint32_t)a, (uint32_t)b);
		return;
	}
	for (utf8proc_ssize_t i = 0; i < m;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t l = utf8proc_iterate(out + i, m - i, &cp);
		if (l <= 0)
			break;
		put_folded(sh, cp, (uint32_t)a, (uint32_t)b);
		i += l;
	}
	free(out);
}

static void pass1(anon_shadow *sh, const char *s, size_t n)
{
	size_t i = 0;

	reserve(sh, 0, n);
	while (i < n) {
		size_t len, j, l2;
		int32_t cp = decode(s, n, i, &len);
		bool stable = class_of(cp) & C_STABLE;

		/* the cluster: the combining marks after it belong to it */
		for (j = i + len; j < n && (unsigned char)s[j] >= 0x80; j += l2) {
			int32_t next = decode(s, n, j, &l2);
			if (!(class_of(next) & C_MARK))
				break;
			stable = false;
		}
		if (stable)
			put(sh, 0, s + i, len, (uint32_t)i, (uint32_t)(i + len));
		else
			put_cluster(sh, s, i, j);
		i = j;
	}
}

/* ---- pass 2: spaced-out runs ---- */

/* A run of spaced-out characters may end a clause: "personnr: 4 5 0 6 1
 * 0 5 2 3 8." */
static bool ends_clause(char c)
{
	return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
	       c == '?' || c == ')' || c == '"' || c == '\n';
}

/* One letter or digit standing alone between spaces (or the ends, or
 * punctuation after it). */
static unsigned single_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned c;

	if (i > 0 && s[i - 1] != ' ')
		return 0;
	c = class_of(decode(s, n, i, len));
	if (!(c & (C_LETTER | C_DIGIT)))
		return 0;
	if (i + *len < n && !ends_clause(s[i + *len]))
		return 0;
	return c;
}

/* What a run of single characters holds: how many, a digit among them,
 * a capital first, capitals only. */
typedef struct {
	size_t count;
	bool digits, first_upper, all_upper;
} spaced_run;

/* The end of the run of single characters from I, and what it holds. */
static size_t run_end(const char *s, size_t n, size_t i, spaced_run *run)
{
	size_t len, end = i;
	unsigned c;

	*run = (spaced_run){ .all_upper = true };
	while (i < n && (c = single_at(s, n, i, &len)) != 0) {
		if (run->count == 0)
			run->first_upper = (c & C_UPPER) != 0;
		run->digits |= (c & C_DIGIT) != 0;
		run->all_upper &= (c & C_UPPER) != 0;
		run->count++;
		end = i + len;
		if (end + 1 >= n || s[end] != ' ')
			break;
		i = end + 1;
	}
	return end;
}

/* "0 7 0 1 2 3 4 5 6 7", "M a r i a": spelt out to slip past a pattern.
 * Six or more characters with a digit, or three letters that start with
 * a capital; three capitals before a capitalised word are a name's
 * initials (P D A Atterbom), not a name spelt out (heter A L I). */
static bool joins(const spaced_run *run, const char *s, size_t n, size_t end)
{
	if (run->digits)
		return run->count >= 6;
	if (run->count == 3 && run->all_upper && end + 1 < n && s[end] == ' ' &&
	    (class_of(decode(s, n, end + 1, &(size_t){ 0 })) & C_UPPER))
		return false;
	return run->count >= 3 && run->first_upper;
}

/* A run starts at I only where a space follows it: jump from space to
 * space rather than look at every byte. */
/* Is the space at P (P + 2 < n) the second of "x y " in a spaced-out
 * run: a space two bytes on, and one two bytes before (or P < 2)? */
static bool spaced_at(const char *s, size_t p)
{
	return s[p] == ' ' && s[p + 2] == ' ' && (p < 2 || s[p - 2] == ' ');
}

/* The first place P from FROM on (FROM >= 1), below N - 3, where
 * spaced_at holds (N - 3 when none does).  Eight places at a time are
 * passed over when none has a space with another two bytes on: the bytes
 * of (x ^ spaces) | (y ^ spaces) are zero only there, and a byte that is
 * zero makes the test below see it (it may also see a byte that is not:
 * those places are asked one by one). */
static size_t next_spaced(const char *s, size_t n, size_t from)
{
	size_t p = from, last = n - 3;

	while (p < last) {
		if (p + 10 <= n) {
			uint64_t v = (load8(s + p) ^ EVERY_BYTE(' ')) |
				     (load8(s + p + 2) ^ EVERY_BYTE(' '));
			if (!((v - EVERY_BYTE(1)) & ~v & EVERY_BYTE(0x80))) {
				p += 8;
				continue;
			}
		}
		if (spaced_at(s, p))
			return p;
		p++;
	}
	return last;
}

static bool needs_pass2(const char *s, size_t n)
{
	size_t i = 0;

	/* every place in the loop is a space at least four bytes from the
	 * end, which can start a run of spaced-out characters */
	while (i + 4 < n) {
		size_t p = next_spaced(s, n, i + 1), end;
		spaced_run run;
		if (p >= n - 3)
			return false;
		i = p - 1;
		end = run_end(s, n, i, &run);
		if (joins(&run, s, n, end))
			return true;
		i = end > i ? end : i + 1;
	}
	return false;
}

static void pass2(anon_shadow *sh, const char *s, size_t n,
		  const uint32_t *from, const uint32_t *to)
{
	int k = 1 - sh->cur;
	size_t i = 0;

	reserve(sh, k, n);
	while (i < n) {
		size_t end, len;
		spaced_run run;

		end = run_end(s, n, i, &run);
		if (run.count > 0 && joins(&run, s, n, end)) {
			for (size_t j = i; j < end; j += len) {
				decode(s, n, j, &len);
				for (size_t b = 0; b < len; b++)
					put(sh, k, s + j + b, 1, from ? from[j + b] : (uint32_t)(j + b),
					    to ? to[j + b] : (uint32_t)(j + len));
				len++; /* the space after it */
			}
			i = end;
			continue;
		}
		put(sh, k, s + i, 1, from ? from[i] : (uint32_t)i,
		    to ? to[i] : (uint32_t)(i + 1));
		i++;
	}
	sh->cur = k;
}

/* ---- pass 3: numbers glued to a word or spread by spaces ---- */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* "anna@firma.se070-123 45 67": S[..I) ends in a top-level domain
 * after its full stop, as an e-mail or a web address does. */
static bool ends_in_domain(const char *s, size_t i)
{
	static const char *const tlds[] = { ".se", ".com", ".nu", ".net", ".org", ".fi", ".no", ".dk" };

	for (size_t t = 0; t < sizeof tlds / sizeof tlds[0]; t++) {
		size_t len = strlen(tlds[t]);
		if (i > len && memcmp(s + i - len, tlds[t], len) == 0)
			return true;
	}
	return false;
}

/* "Österberg0501-75 65 56", "mobil0701234567" (web pages laid out in
 * tables lose their spaces): a number of seven digits or more that
 * starts with 0 right after a letter starts a word of its own in the
 * shadow, since every pattern row starts at a word's edge.  Not inside
 * an e-mail address or a web address, nor after a word with digits of
 * its own (a user name, a code); after the address's top-level domain,
 * yes. */
static bool glued_number_at(const char *s, size_t n, size_t i)
{
	size_t j = i, digits = 0;

	if (i == 0 || i + 1 >= n || s[i] != '0' || !is_digit(s[i + 1]) || s[i + 1] == '0')
		return false;
	for (; j < n && (is_digit(s[j]) || s[j] == ' ' || s[j] == '-'); j++)
		digits += is_digit(s[j]);
	if (digits < 7 || (j < n && (s[j] == '@' || s[j] == '.' || s[j] == '/') && j + 1 < n &&
			     !(s[j + 1] == ' ' || s[j + 1] == '\n')))
		return false;
	j = i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	if (!utf8_letter_len(s, n, j))
		return false;
	if (ends_in_domain(s, i))
		return true;
	for (j = i; j > 0 && s[j - 1] != ' ' && s[j - 1] != '\n'; j--)
		if (is_digit(s[j - 1]) || s[j - 1] == '@' || s[j - 1] == '.' || s[j - 1] == '/' ||
		    s[j - 1] == '_')
			return false;
	return true;
}

/* "08-508  43 008": two to four spaces between digits (typed, or pasted
 * from a page laid out in columns) are one in the shadow, since the
 * number's patterns allow one.  The end of the run of spaces at I when it
 * is such a gap, else I. */
static size_t digit_gap_end(const char *s, size_t n, size_t i)
{
	size_t j = i;

	if (i == 0 || !is_digit(s[i - 1]) || i + 1 >= n || s[i] != ' ' || s[i + 1] != ' ')
		return i;
	while (j < n && s[j] == ' ')
		j++;
	return j < n && j - i <= 4 && is_digit(s[j]) ? j : i;
}

/* The first place from I where two spaces meet, N when none does;
 * sixteen places at a time where the processor has SSE2 (every x86-64). */
static size_t next_double_space(const char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	const __m128i sp = _mm_set1_epi8(' ');

	for (; i + 17 <= n; i += 16) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
		unsigned both = (unsigned)_mm_movemask_epi8(
			_mm_and_si128(_mm_cmpeq_epi8(a, sp), _mm_cmpeq_epi8(b, sp)));
		if (both)
			return i + (size_t)__builtin_ctz(both);
	}
#endif
	for (; i + 1 < n; i++)
		if (s[i] == ' ' && s[i + 1] == ' ')
			return i;
	return n;
}

static bool needs_pass3(const char *s, size_t n)
{
	for (const char *p = memchr(s, '0', n); p; p = memchr(p + 1, '0', n - (size_t)(p + 1 - s)))
		if (glued_number_at(s, n, (size_t)(p - s)))
			return true;
	for (size_t i = next_double_space(s, n, 0); i < n; i = next_double_space(s, n, i + 1))
		if (digit_gap_end(s, n, i) > i)
			return true;
	return false;
}

static void pass3(anon_shadow *sh, const char *s, size_t n,
		  const uint32_t *from, const uint32_t *to)
{
	int k = 1 - sh->cur;

	reserve(sh, k, n + 8);
	for (size_t i = 0; i < n; i++) {
		uint32_t f = from ? from[i] : (uint32_t)i;
		size_t gap = s[i] == ' ' ? digit_gap_end(s, n, i) : i;
		if (gap > i) { /* the gap's spaces become its first */
			put(sh, k, " ", 1, f, to ? to[gap - 1] : (uint32_t)gap);
			i = gap - 1;
			continue;
		}
		if (s[i] == '0' && glued_number_at(s, n, i))
			put(sh, k, " ", 1, f, f);
		put(sh, k, s + i, 1, f, to ? to[i] : (uint32_t)(i + 1));
	}
	sh->cur = k;
}

void shadow_make(anon_shadow *sh, const char *s, size_t n)
{
	bool p1 = n < UINT32_MAX && needs_pass1(s, n);

	sh->s = s;
	sh->n = n;
	sh->same = true;
	sh->cur = 0;
	if (n >= UINT32_MAX)
		return;
	if (p1) {
		pass1(sh, s, n);
		sh->s = sh->buf[0].s;
		sh->n = sh->buf[0].len;
		sh->same = false;
	}
	if (needs_pass2(sh->s, sh->n)) {
		sh->cur = p1 ? 0 : 1; /* pass2 writes into the other buffer */
		pass2(sh, sh->s, sh->n, p1 ? sh->from[0] : NULL, p1 ? sh->to[0] : NULL);
		sh->s = sh->buf[sh->cur].s;
		sh->n = sh->buf[sh->cur].len;
		sh->same = false;
	}
	if (needs_pass3(sh->s, sh->n)) {
		if (sh->same)
			sh->cur = 1; /* pass3 writes into the other buffer */
		pass3(sh, sh->s, sh->n, sh->same ? NULL : sh->from[sh->cur],
		      sh->same ? NULL : sh->to[sh->cur]);
		sh->s = sh->buf[sh->cur].s;
		sh->n = sh->buf[sh->cur].len;
		sh->same = false;
	}
}

void shadow_span(const anon_shadow *sh, size_t a, size_t b, size_t *oa, size_t *ob)
{
	if (sh->same) {
		*oa = a;
		*ob = b;
		return;
	}
	*oa = a < sh->n ? sh->from[sh->cur][a] : (b > a ? sh->to[sh->cur][b - 1] : 0);
	*ob = b > a ? sh->to[sh->cur][b - 1] : *oa;
}

void shadow_free(anon_shadow *sh)
{
	for (int k = 0; k < 2; k++) {
		sb_free(&sh->buf[k]);
		free(sh->from[k]);
		free(sh->to[k]);
	}
}

/* Is the character at S[i] a well-formed two-byte one, which encoding
 * its code point again gives back byte for byte? */
static bool copies_itself(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	return c >= 0xC2 && c < 0xE0 && i + 1 < n &&
	       ((unsigned char)s[i + 1] & 0xC0) == 0x80;
}

/* Appends the code point CP, in UTF-8, to OUT at *K (at most CAP bytes in
 * all); false when it does not fit. */
static bool put_cp(char *out, size_t *k, size_t cap, int32_t cp)
{
	utf8proc_uint8_t enc[4];
	utf8proc_ssize_t l = utf8proc_encode_char(cp, enc);

	if (*k + (size_t)l > cap)
		return false;
	memcpy(out + *k, enc, (size_t)l);
	*k += (size_t)l;
	return true;
}

size_t shadow_fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t len;
		int32_t cp = (unsigned char)s[i];

		if (cp < 0x80) { /* most letters: no decoding, no table */
			if (k + 1 > cap)
				return 0;
			out[k++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
			i++;
			continue;
		}
		cp = decode(s, n, i, &len);
		if (cp == 0x2019 || cp == 0x02BC)
			cp = '\''; /* McDonald’s is McDonald's: the lists write ' */
		else if (class_of(cp) & C_UPPER)
			cp = utf8proc_tolower(cp);
		else if (copies_itself(s, n, i)) { /* å, ä, ö: as they are */
			if (k + 2 > cap)
				return 0;
			out[k++] = s[i];
			out[k++] = s[i + 1];
			i += 2;
			continue;
		}
		if (!put_cp(out, &k, cap, cp))
			return 0;
		i += len;
	}
	return k;
}

/* The letters of the Arabic script a name is spelt with or without, as
 * search engines fold them (Lucene's Arabic and Persian normalisers): the
 * alef with a hamza or a madda is alef, the Persian yeh is
 * yeh, teh marbuta is heh, keheh is kaf; the vowel signs, the tatweel
 * and a lone hamza above are dropped (0).  So a name in the gazetteer is
 * found however the writer spelt it (أ or ا, ة or ه, with vowels or not).
 * Alef maksura stays: على (on) is not علي (Ali). */
static int32_t arabic_key(int32_t cp)
{
	switch (cp) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671:
		return 0x0627;
	case 0x06CC:
		return 0x064A;
	case 0x0629:
		return 0x0647;
	case 0x06A9:
		return 0x0643;
	case 0x0640: case 0x0654: case 0x0670:
		return 0;
	default:
		return cp >= 0x064B && cp <= 0x0652 ? 0 : cp;
	}
}

size_t shadow_fold_arabic(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n;) {
		size_t len;
		int32_t cp = decode(s, n, i, &len);

		if (cp < 0x0622 || cp > 0x06CC) {
			if (k + len > cap)
				return 0;
			memcpy(out + k, s + i, len);
			k += len;
			i += len;
			continue;
		}
		i += len;
		if ((cp = arabic_key(cp)) != 0 && !put_cp(out, &k, cap, cp))
			return 0;
	}
	return k;
}
