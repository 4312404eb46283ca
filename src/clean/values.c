/* values.c - timestamps, exact ages and multi-select lists (values.h). */
#include "clean/values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean/csvout.h"
#include "text.h"

/* --- timestamps --- */

static bool read_digits(const char **p, const char *end, int min, int max, int *out)
{
	int v = 0, k = 0;

	while (*p < end && k < max && **p >= '0' && **p <= '9') {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	*out = v;
	return k >= min;
}

static int lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* What a format has read besides the stamp itself. */
typedef struct {
	bool has_year;
	int hour12;   /* %I, 0 = none */
	int meridiem; /* %p: 0 none, 1 AM, 2 PM */
} format_state;

/* The digits a conversion reads and where they go; NULL for one that
 * reads no digits (%p) or is unknown (the codebook refuses those). */
static int *conversion(stamp *t, format_state *fs, char c, int *min, int *max)
{
	*min = 1;
	*max = 2;
	switch (c) {
	case 'Y': *min = *max = 4; fs->has_year = true; return &t->year;
	case 'm': return &t->month;
	case 'd': return &t->day;
	case 'H': return &t->hour;
	case 'I': return &fs->hour12;
	case 'M': *min = 2; return &t->minute;
	case 'S': *min = 2; return &t->second;
	default: return NULL;
	}
}

/* %p: AM or PM, any case, also written a.m. / p.m. */
static bool read_meridiem(const char **p, const char *end, int *out)
{
	const char *s = *p;
	int m;

	if (s == end)
		return false;
	m = lower_ascii((unsigned char)*s) == 'a' ? 1 : lower_ascii((unsigned char)*s) == 'p' ? 2 : 0;
	if (!m)
		return false;
	s++;
	if (s < end && *s == '.')
		s++;
	if (s == end || lower_ascii((unsigned char)*s) != 'm')
		return false;
	s++;
	if (s < end && *s == '.')
		s++;
	*out = m;
	*p = s;
	return true;
}

/* Seconds are optional wherever a format ends its minutes without them:
 * ":SS" after %M is read when the format does not go on with ':'. */
static void optional_seconds(const char **s, const char *end, const char *fmt, stamp *t)
{
	const char *p = *s;

	if (*fmt == ':' || end - p < 3 || p[0] != ':' || p[1] < '0' || p[1] > '9' ||
	    p[2] < '0' || p[2] > '9' || (end - p > 3 && p[3] >= '0' && p[3] <= '9'))
		return;
	t->second = (p[1] - '0') * 10 + (p[2] - '0');
	*s = p + 3;
}

static bool match_conversion(const char **s, const char *end, const char **fmt, stamp *t,
			     format_state *fs)
{
	char c = (*fmt)[1];
	int min, max, *dst;

	*fmt += 2;
	if (c == 'p')
		return read_meridiem(s, end, &fs->meridiem);
	dst = conversion(t, fs, c, &min, &max);
	if (!dst || !read_digits(s, end, min, max, dst))
		return false;
	if (c == 'M')
		optional_seconds(s, end, *fmt, t);
	return true;
}

static bool match_format(const char *s, const char *end, const char *fmt, stamp *t,
			 format_state *fs)
{
	while (*fmt) {
		if (fmt[0] == '%' && fmt[1] && fmt[1] != '%') {
			if (!match_conversion(&s, end, &fmt, t, fs))
				return false;
		} else if (*fmt == ' ') {
			if (s == end || *s != ' ')
				return false;
			while (s < end && *s == ' ')
				s++;
			fmt++;
		} else {
			if (*fmt == '%')
				fmt++;
			if (s == end || lower_ascii((unsigned char)*s) != lower_ascii((unsigned char)*fmt))
				return false;
			s++;
			fmt++;
		}
	}
	return s == end;
}

/* A 12-hour clock to the 24-hour one; false for an hour that is none. */
static bool apply_meridiem(stamp *t, const format_state *fs)
{
	if (!fs->meridiem)
		return true;
	if (fs->hour12 < 1 || fs->hour12 > 12)
		return false;
	t->hour = fs->hour12 % 12 + (fs->meridiem == 2 ? 12 : 0);
	return true;
}

/* ISO 8601 local time, in every profile: YYYY-MM-DDTHH:MM, a space for
 * the T, seconds and their fraction optional ("2026-11-01T08:00:00.000",
 * as in2csv and spreadsheets write it).  A zone suffix (Z, +01:00) is
 * not local time and is not accepted. */
static bool match_iso(const char *s, const char *end, stamp *t)
{
	static const char *const forms[] = { "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M" };
	const char *stop = end;

	/* a fraction of a second after HH:MM:SS is cut off, not rounded */
	if (end - s > 19 && (s[19] == '.' || s[19] == ',')) {
		for (const char *p = s + 20; p < end; p++)
			if (*p < '0' || *p > '9')
				return false;
		stop = s + 19;
	}
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		format_state fs = { 0 };

		*t = (stamp){ 0 };
		if (match_format(s, stop, forms[i], t, &fs) && stop - s >= 16 && s[4] == '-' &&
		    s[7] == '-' && s[13] == ':')
			return true;
	}
	return false;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

static bool stamp_exists(const stamp *t)
{
	return t->year >= 1 && t->month >= 1 && t->month <= 12 && t->day >= 1 &&
	       t->day <= days_in_month(t->year, t->month) && t->hour <= 23 &&
	       t->minute <= 59 && t->second <= 59;
}

bool stamp_parse(const char *s, size_t n, const char *const *fmts, size_t nfmts,
		 int year, stamp *out)
{
	stamp t;

	s = trim_span(s, &n);
	for (size_t i = 0; i < nfmts; i++) {
		format_state fs = { 0 };

		t = (stamp){ 0 };
		if (!match_format(s, s + n, fmts[i], &t, &fs))
			continue;
		if (!fs.has_year)
			t.year = year;
		if (!apply_meridiem(&t, &fs) || !stamp_exists(&t))
			return false;
		*out = t;
		return true;
	}
	if (!match_iso(s, s + n, &t) || !stamp_exists(&t))
		return false;
	*out = t;
	return true;
}

int64_t stamp_order(const stamp *t)
{
	return ((((int64_t)t->year * 100 + t->month) * 100 + t->day) * 100 + t->hour) * 10000 +
	       t->minute * 100 + t->second;
}

/* D[0..2): V (0-99) as two digits. */
static void two_digits(char *d, int v)
{
	d[0] = (char)('0' + v / 10 % 10);
	d[1] = (char)('0' + v % 10);
}

void stamp_format(const stamp *t, strbuf *out)
{
	/* "-MM-DDTHH:MM" built in place: one append instead of ten. */
	char rest[] = "-MM-DDTHH:MM";

	if (t->year > 9999) {
		out_long(out, t->year); /* as %04d would */
	} else {
		out_2digits(out, t->year / 100);
		out_2digits(out, t->year % 100);
	}
	two_digits(rest + 1, t->month);
	two_digits(rest + 4, t->day);
	two_digits(rest + 7, t->hour);
	two_digits(rest + 10, t->minute);
	out_plain(out, rest, sizeof rest - 1);
}

const char *stamp_time_of_day(const stamp *t)
{
	if (t->hour >= 6 && t->hour < 10)
		return "morning";
	if (t->hour >= 10 && t->hour < 17)
		return "day";
	if (t->hour >= 17 && t->hour < 22)
		return "evening";
	return "night";
}

/* --- ages --- */

/* "13-15" -> 13, 15; "65+" -> 65, -1. */
static bool parse_band(const char *code, int *low, int *high)
{
	char *end;
	long a = strtol(code, &end, 10);

	if (end == code)
		return false;
	*low = (int)a;
	if (strcmp(end, "+") == 0) {
		*high = -1;
		return true;
	}
	if (*end != '-')
		return false;
	code = end + 1;
	*high = (int)strtol(code, &end, 10);
	return end != code && *end == '\0';
}

static size_t add_affixes(age_rules *a, const codebook *cb, const char *profile,
			  const char *name)
{
	const char *v[16];
	size_t n = codebook_settings(cb, profile, "age_band", name, v, 16);
	strbuf key = { 0 };

	if (n > 16)
		n = 16;
	for (size_t i = 0; i < n; i++) {
		codebook_fold(cb, &key, v[i], strlen(v[i]));
		sb_append(a->affix, key.s, key.len + 1);
	}
	sb_free(&key);
	return n;
}

void age_rules_init(age_rules *a, const codebook *cb, const char *profile)
{
	size_t n = codebook_ncodes(cb, "age_band");
	const char *max;

	memset(a, 0, sizeof *a);
	a->low = xcalloc(n + 1, sizeof *a->low);
	a->high = xcalloc(n + 1, sizeof *a->high);
	a->code = xcalloc(n + 1, sizeof *a->code);
	for (size_t i = 0; i < n; i++) {
		const char *code = codebook_code(cb, "age_band", i);

		if (parse_band(code, &a->low[a->n], &a->high[a->n]))
			a->code[a->n++] = code;
	}
	a->affix = xcalloc(1, sizeof *a->affix);
	a->nprefix = add_affixes(a, cb, profile, "age_prefix");
	a->nsuffix = add_affixes(a, cb, profile, "age_suffix");
	a->max_age = 120;
	if (codebook_settings(cb, profile, "age_band", "age_max", &max, 1) > 0) {
		char *end;
		long m = strtol(max, &end, 10);
		if (end != max && *end == '\0' && m > 0 && m < 1000)
			a->max_age = (int)m;
	}
}

void age_rules_free(age_rules *a)
{
	free(a->low);
	free(a->high);
	free(a->code);
	sb_free(a->affix);
	free(a->affix);
}

/* The I-th affix (prefixes first, then suffixes). */
static const char *affix_at(const age_rules *a, size_t i)
{
	const char *s = a->affix->s;

	while (i--)
		s += strlen(s) + 1;
	return s;
}

static const char *skip_prefix(const age_rules *a, const char *p, const char *end)
{
	for (size_t i = 0; i < a->nprefix; i++) {
		const char *pre = affix_at(a, i);
		size_t len = strlen(pre);

		if (len && (size_t)(end - p) > len && memcmp(p, pre, len) == 0 &&
		    (p[len] == ' ' || (p[len] >= '0' && p[len] <= '9'))) {
			p += len;
			while (p < end && *p == ' ')
				p++;
			return p;
		}
	}
	return p;
}

static bool rest_is_suffix(const age_rules *a, const char *p, const char *end)
{
	while (p < end && *p == ' ')
		p++;
	if (p == end)
		return true;
	for (size_t i = 0; i < a->nsuffix; i++) {
		const char *suf = affix_at(a, a->nprefix + i);

		if (*suf && (size_t)(end - p) == strlen(suf) && memcmp(p, suf, (size_t)(end - p)) == 0)
			return true;
	}
	return false;
}

static const char *band_for(const age_rules *a, int age, bool plus)
{
	int youngest = -1;

	for (size_t i = 0; i < a->n; i++)
		if (youngest < 0 || a->low[i] < youngest)
			youngest = a->low[i];
	if (age < youngest || age > a->max_age)
		return NULL;
	for (size_t i = 0; i < a->n; i++) {
		bool open = a->high[i] < 0;

		if (plus ? open && age >= a->low[i]
			 : age >= a->low[i] && (open || age <= a->high[i]))
			return a->code[i];
	}
	return NULL;
}

const char *age_band_of(const age_rules *a, const char *key, size_t klen)
{
	const char *p = key, *end = key + klen;
	int age;

	p = skip_prefix(a, p, end);
	if (!read_digits(&p, end, 1, 3, &age))
		return NULL;
	if (p + 1 == end && *p == '+')
		return band_for(a, age, true);
	if (p < end && *p >= '0' && *p <= '9')
		return NULL;
	return rest_is_suffix(a, p, end) ? band_for(a, age, false) : NULL;
}

/* --- multi-select lists --- */

void list_rules_init(list_rules *l, const codebook *cb, const char *profile,
		     const char *column)
{
	const char *v[16], *unknown;
	strbuf key = { 0 };
	size_t n = codebook_settings(cb, profile, "", "separator", v, 16);

	memset(l, 0, sizeof *l);
	l->cb = cb;
	l->profile = profile;
	l->column = column;
	if (codebook_settings(cb, profile, column, "unknown", &unknown, 1) > 0)
		l->unknown_code = unknown;
	if (n > 16)
		n = 16;
	l->seps = xcalloc(n + 1, sizeof *l->seps);
	for (size_t i = 0; i < n; i++) {
		codebook_fold(cb, &key, v[i], strlen(v[i]));
		if (key.len)
			l->seps[l->nseps++] = xmemdup(key.s, key.len);
	}
	sb_free(&key);
	l->folded = xcalloc(1, sizeof *l->folded);
	l->code_index = strmap_new();
	l->labels = strmap_new();
	for (size_t i = 0; i < codebook_ncodes(cb, column); i++) {
		const char *code = codebook_code(cb, column, i);
		bool created;
		void **slot = strmap_slot(l->code_index, code, strlen(code), true, &created);

		if (created) /* the first position, as codebook_code_index */
			*slot = (void *)(uintptr_t)(i + 1);
	}
}

void list_rules_free(list_rules *l)
{
	for (size_t i = 0; i < l->nseps; i++)
		free(l->seps[i]);
	free(l->seps);
	sb_free(l->folded);
	free(l->folded);
	free(l->from);
	free(l->to);
	strmap_free(l->code_index);
	strmap_free(l->labels);
}

static void map_bytes(const list_rules *cl, size_t from_len, size_t start, size_t stop)
{
	list_rules *l = (list_rules *)cl;

	if (l->folded->len > l->mapcap) {
		l->mapcap = l->folded->len * 2 + 16;
		l->from = xrealloc(l->from, l->mapcap * sizeof *l->from);
		l->to = xrealloc(l->to, l->mapcap * sizeof *l->to);
	}
	for (size_t j = from_len; j < l->folded->len; j++) {
		l->from[j] = start;
		l->to[j] = stop;
	}
}

/* Fold RAW like codebook_fold, remembering where each folded byte came
 * from, so an unknown item can be reported as written. */
static void fold_mapped(const list_rules *l, const char *raw, size_t n)
{
	strbuf ch = { 0 };
	bool pending = false, any = false;
	size_t i = 0;

	sb_clear(l->folded);
	while (i < n) {
		/* A character with its combining marks folds as one, so
		 * decomposed text (NFD) gives the same key as composed. */
		size_t len = (unsigned char)raw[i] < 0x80 ? 1 : utf8_cluster_length(raw + i, n - i);
		size_t before;

		if (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\r' || raw[i] == '\n' ||
		    (len == 2 && (unsigned char)raw[i] == 0xC2 && (unsigned char)raw[i + 1] == 0xA0)) {
			pending = any;
			i += len;
			continue;
		}
		before = l->folded->len;
		if (pending)
			sb_putc(l->folded, ' ');
		map_bytes(l, before, i, i);
		before = l->folded->len;
		pending = false;
		any = true;
		if (raw[i] > ' ' && raw[i] < 0x7F) { /* printable ASCII folds to itself, lower-cased */
			sb_putc(l->folded, (char)(raw[i] >= 'A' && raw[i] <= 'Z' ? raw[i] + 32 : raw[i]));
		} else {
			codebook_fold(l->cb, &ch, raw + i, len);
			sb_append(l->folded, ch.s, ch.len);
		}
		map_bytes(l, before, i, i + len);
		i += len;
	}
	sb_free(&ch);
}

static bool word_char(unsigned char c)
{
	return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Length of the separator starting at folded offset Q, or 0. */
static size_t sep_at(const list_rules *l, size_t q)
{
	const char *f = l->folded->s;
	size_t flen = l->folded->len;

	for (size_t i = 0; i < l->nseps; i++) {
		const char *s = l->seps[i];
		size_t len = strlen(s);

		if (len > flen - q || memcmp(f + q, s, len) != 0)
			continue;
		if (word_char((unsigned char)s[0]) &&
		    !(q > 0 && f[q - 1] == ' ' && (q + len == flen || f[q + len] == ' ')))
			continue;
		return len;
	}
	return 0;
}

typedef struct {
	size_t end, next;
} boundary;

static void item_span(const list_rules *l, size_t p, size_t end, size_t *start, size_t *len)
{
	const char *f = l->folded->s;

	while (p < end && f[p] == ' ')
		p++;
	while (end > p && f[end - 1] == ' ')
		end--;
	*start = p;
	*len = end - p;
}

static void choose(const list_rules *l, const char *code, list_result *res)
{
	long idx;

	if (!*code)
		return;
	idx = (long)(uintptr_t)strmap_get(l->code_index, code, strlen(code)) - 1;
	if (idx >= 0 && (size_t)idx < res->ncodes)
		res->chosen[idx] = true;
}

static void unknown_item(const list_rules *l, size_t start, size_t len, list_result *res)
{
	if (len == 0)
		return;
	if (l->unknown_code) {
		choose(l, l->unknown_code, res);
		return;
	}
	if (res->invalid)
		return;
	res->invalid = true;
	res->bad_off = l->from[start];
	res->bad_len = l->to[start + len - 1] - res->bad_off;
}

#define LABEL_MEMO_MAX 65536 /* entries; beyond, look up without memo */

/* codebook_match_key through a memo: the same items recur in many cells,
 * and each try of a longer item is a lookup that usually fails. */
static const char *match_label(const list_rules *l, const char *key, size_t len)
{
	static const char no_code[] = "";
	bool created;
	void **slot = strmap_slot(l->labels, key, len, strmap_count(l->labels) < LABEL_MEMO_MAX,
				  &created);
	const char *code;

	if (slot && !created)
		return *slot == no_code ? NULL : *slot;
	code = codebook_match_key(l->cb, l->profile, l->column, key, len);
	if (slot)
		*slot = code ? (void *)code : (void *)no_code;
	return code;
}

/* Match the item starting at P against the labels, trying the farthest
 * boundary first (longest label first); returns where the next item starts. */
static size_t match_item(const list_rules *l, size_t p, const boundary *b, size_t nb,
			 list_result *res)
{
	size_t start, len;

	for (size_t k = nb; k-- > 0;) {
		const char *code;

		item_span(l, p, b[k].end, &start, &len);
		if (len == 0)
			continue;
		code = match_label(l, l->folded->s + start, len);
		if (code) {
			choose(l, code, res);
			return b[k].next;
		}
	}
	item_span(l, p, b[0].end, &start, &len);
	unknown_item(l, start, len, res);
	return b[0].next;
}

void list_match(const list_rules *l, const char *raw, size_t n, list_result *res)
{
	boundary *b;
	size_t flen, p = 0;

	res->invalid = false;
	fold_mapped(l, raw, n);
	flen = l->folded->len;
	b = xmalloc((flen + 1) * sizeof *b);
	while (p < flen) {
		size_t nb = 0;

		for (size_t q = p; q < flen; q++) {
			size_t seplen = sep_at(l, q);

			if (seplen > 0) {
				b[nb].end = q;
				b[nb++].next = q + seplen;
				q += seplen - 1;
			}
		}
		b[nb].end = b[nb].next = flen;
		nb++;
		p = match_item(l, p, b, nb, res);
	}
	free(b);
}
