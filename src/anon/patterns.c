/* patterns.c - PCRE2 patterns for the formatted kinds of personal data.
 *
 * Every pattern row becomes one branch of a single alternation, each
 * branch opened by (*MARK:i) so a match tells which row matched.  One scan
 * of the text with the JIT-compiled alternation finds the leftmost match
 * of any row; a row's validator (Luhn, date, octets...) may refuse it, and
 * then the later rows are tried at the same place before moving on. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "anon/patterns.h"

#include <ctype.h>
#include <errno.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "util.h"

enum validator {
	VAL_NONE,
	VAL_LUHN,    /* Luhn checksum over the digits */
	VAL_PNR,     /* a plausible birth date (day + 60 for samordningsnummer) */
	VAL_PNR10,   /* as PNR; a leading 0 (a phone shape) also needs Luhn */
	VAL_IP,      /* four octets <= 255 */
	VAL_IBAN,    /* ISO 13616 mod-97 */
	VAL_NOTDATE, /* not a date or a span of years */
	VAL_PLATE,   /* letters that are not an ordinary word */
	VAL_PHONE    /* 8-10 digits (0...) or 9-13 (+46...), cut back to fit */
};

static const struct {
	const char *name;
	enum validator v;
} validators[] = {
	{ "", VAL_NONE },        { "luhn", VAL_LUHN },
	{ "pnr", VAL_PNR },      { "pnr10", VAL_PNR10 },
	{ "ip", VAL_IP },        { "iban", VAL_IBAN },
	{ "notdate", VAL_NOTDATE }, { "plate", VAL_PLATE },
	{ "phone", VAL_PHONE },
};

typedef struct {
	enum anon_kind kind;
	enum validator val;
	char *source;
	pcre2_code *code; /* alone, for retries at one position */
} pattern_row;

struct anon_patterns {
	pattern_row *rows;
	size_t n, cap;
	pcre2_code *combined;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jstack;
	word_check is_word;
	const void *word_ctx;
};

anon_patterns *patterns_new(void)
{
	return xcalloc(1, sizeof(anon_patterns));
}

size_t patterns_count(const anon_patterns *p)
{
	return p->n;
}

void patterns_set_word_check(anon_patterns *p, word_check f, const void *ctx)
{
	p->is_word = f;
	p->word_ctx = ctx;
}

static pcre2_code *compile_or_die(const char *src, const char *file, long line)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
				      PCRE2_UTF, &err, &off, NULL);
	if (!c) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		die_at(EXIT_DATA, file, line, _("bad pattern at offset %lu: %s"),
		       (unsigned long)off, (const char *)msg);
	}
	return c;
}

static enum validator validator_named(const char *name, const char *file,
				      long line)
{
	for (size_t i = 0; i < sizeof validators / sizeof validators[0]; i++)
		if (strcmp(validators[i].name, name) == 0)
			return validators[i].v;
	die_at(EXIT_DATA, file, line, _("unknown validator '%s'"), name);
}

static void add_row(anon_patterns *p, const csv_record *rec, long col[3],
		    const char *file)
{
	pattern_row *r;
	int kind;
	const char *vname = "";

	if ((size_t)col[0] >= rec->nfields || (size_t)col[1] >= rec->nfields)
		die_at(EXIT_DATA, file, rec->line, _("missing kind or pattern"));
	kind = kind_from_label(rec->fields[col[0]].data);
	if (kind < 0)
		die_at(EXIT_DATA, file, rec->line, _("unknown kind '%s'"),
		       rec->fields[col[0]].data);
	if (col[2] >= 0 && (size_t)col[2] < rec->nfields)
		vname = rec->fields[col[2]].data;
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 32;
		p->rows = xrealloc(p->rows, p->cap * sizeof *p->rows);
	}
	r = &p->rows[p->n++];
	r->kind = (enum anon_kind)kind;
	r->val = validator_named(vname, file, rec->line);
	r->source = xstrdup(rec->fields[col[1]].data);
	r->code = compile_or_die(r->source, file, rec->line);
}

static bool is_comment(const csv_record *rec)
{
	return rec->nfields == 0 || rec->fields[0].data[0] == '#' ||
	       (rec->nfields == 1 && rec->fields[0].len == 0);
}

void patterns_load(anon_patterns *p, const char *path)
{
	csv_options opt = { .delimiter = ',', .encoding = CSV_ENC_UTF8 };
	csv_reader *r = csv_open(path, &opt);
	const csv_record *rec;
	long col[3];
	int rc;

	if (!r)
		die(EXIT_DATA, _("cannot open pattern file %s: %s"), path,
		    strerror(errno));
	do
		rc = csv_next(r, &rec);
	while (rc == 1 && is_comment(rec));
	if (rc == 1) {
		col[0] = csv_header_index(rec, "kind");
		col[1] = csv_header_index(rec, "pattern");
		col[2] = csv_header_index(rec, "validator");
		if (col[0] < 0 || col[1] < 0)
			die_at(EXIT_DATA, path, rec->line,
			       _("the header needs the columns kind and pattern"));
		while ((rc = csv_next(r, &rec)) == 1)
			if (!is_comment(rec))
				add_row(p, rec, col, path);
	}
	if (rc < 0)
		die_at(EXIT_DATA, path, csv_errline(r), "%s", csv_errmsg(r));
	if (csv_close(r) != 0)
		die(EXIT_DATA, _("cannot read %s: %s"), path, strerror(errno));
}

void patterns_compile(anon_patterns *p)
{
	strbuf b = { 0 };

	/* Every row starts at a word boundary; saying so once up front lets a
	 * position inside a word fail with one test instead of one per row. */
	sb_puts(&b, "(?<![\\p{L}\\d])(?:");
	for (size_t i = 0; i < p->n; i++)
		sb_printf(&b, "%s(*MARK:%zu)(?:%s)", i ? "|" : "", i,
			  p->rows[i].source);
	if (p->n == 0)
		sb_puts(&b, "(*FAIL)");
	sb_puts(&b, ")");
	p->combined = compile_or_die(b.s, "", 0);
	/* Without JIT the scan still works, only slower. */
	(void)pcre2_jit_compile(p->combined, PCRE2_JIT_COMPLETE);
	p->md = pcre2_match_data_create(64, NULL);
	p->mctx = pcre2_match_context_create(NULL);
	p->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	pcre2_jit_stack_assign(p->mctx, NULL, p->jstack);
	sb_free(&b);
}

void patterns_free(anon_patterns *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->rows[i].source);
		pcre2_code_free(p->rows[i].code);
	}
	free(p->rows);
	pcre2_code_free(p->combined);
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mctx);
	pcre2_jit_stack_free(p->jstack);
	free(p);
}

/* ---- validators ---- */

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

static bool octets_ok(const char *s, size_t n)
{
	int v = 0;

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

static bool iban_ok(const char *s, size_t n)
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

/* A date (2023-11-28, 28/11/2023) or years (2019-2023) inside a digit
 * run is not a number that identifies anyone. */
static bool looks_like_dates(const char *s, size_t n)
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
	return ng > 0 && years == ng;
}

static bool plate_ok(const anon_patterns *p, const char *s, size_t n)
{
	char letters[4];
	size_t k = 0;

	for (size_t i = 0; i < n && k < 3; i++)
		if (isalpha((unsigned char)s[i]))
			letters[k++] = (char)tolower((unsigned char)s[i]);
	if (k < 3)
		return false;
	/* Swedish plates never use I, Q or V. */
	for (size_t i = 0; i < 3; i++)
		if (letters[i] == 'i' || letters[i] == 'q' || letters[i] == 'v')
			return false;
	return !(p->is_word && p->is_word(p->word_ctx, letters, 3));
}

/* A phone number has a bounded number of digits; a greedy match that ran
 * on into a following number is cut back to the last group that fits. */
static bool phone_fits(const char *s, size_t *n)
{
	bool national = s[0] == '0' || (s[0] == '(' && *n > 1 && s[1] == '0');
	size_t lo = 8, hi = 10, digits = 0, fit = 0;

	if (s[0] == '+' || strncmp(s, "00", 2) == 0) {
		lo = 9;
		hi = 13;
	} else if (!national) {
		lo = 10;
	}
	for (size_t i = 0; i < *n; i++) {
		if (!isdigit((unsigned char)s[i]))
			continue;
		digits++;
		if (digits <= hi && (i + 1 == *n || !isdigit((unsigned char)s[i + 1])))
			fit = i + 1;
	}
	if (digits > hi) {
		*n = fit;
		digits = 0;
		for (size_t i = 0; i < fit; i++)
			digits += isdigit((unsigned char)s[i]) != 0;
	}
	return digits >= lo && digits <= hi && !looks_like_dates(s, *n);
}

static bool accept(const anon_patterns *p, const pattern_row *r,
		   const char *s, size_t *len)
{
	size_t n = *len;

	switch (r->val) {
	case VAL_PHONE:
		return phone_fits(s, len);
	case VAL_NONE:
		return true;
	case VAL_LUHN:
		return luhn_ok(s, n);
	case VAL_PNR:
		return pnr_date_ok(s, n);
	case VAL_PNR10:
		return pnr_date_ok(s, n) && (s[0] != '0' || luhn_ok(s, n));
	case VAL_IP:
		return octets_ok(s, n);
	case VAL_IBAN:
		return iban_ok(s, n);
	case VAL_NOTDATE:
		return !looks_like_dates(s, n);
	case VAL_PLATE:
		return plate_ok(p, s, n);
	}
	return false;
}

/* ---- scanning ---- */

static void match_failed(int rc)
{
	PCRE2_UCHAR msg[256];

	pcre2_get_error_message(rc, msg, sizeof msg);
	die(EXIT_DATA, _("pattern matching failed: %s"), (const char *)msg);
}

/* Rows after FIRST, anchored at START; the first accepted one wins. */
static bool retry_at(anon_patterns *p, size_t first, const char *s, size_t n,
		     size_t start, anon_span *hit)
{
	for (size_t j = first + 1; j < p->n; j++) {
		int rc = pcre2_match(p->rows[j].code, (PCRE2_SPTR)s, n, start,
				     PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, p->md,
				     NULL);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);

		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		if (rc < 0)
			match_failed(rc);
		size_t len = ov[1] - ov[0];
		if (len > 0 && accept(p, &p->rows[j], s + ov[0], &len)) {
			hit->start = ov[0];
			hit->end = ov[0] + len;
			hit->kind = p->rows[j].kind;
			return true;
		}
	}
	return false;
}

static size_t next_char(const char *s, size_t n, size_t i)
{
	i++;
	while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	return i;
}

void patterns_scan(anon_patterns *p, const char *s, size_t n, span_list *out)
{
	size_t pos = 0;

	while (pos < n) {
		int rc = pcre2_match(p->combined, (PCRE2_SPTR)s, n, pos,
				     PCRE2_NO_UTF_CHECK, p->md, p->mctx);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
		size_t row, len;
		anon_span hit;

		if (rc == PCRE2_ERROR_NOMATCH)
			return;
		if (rc < 0)
			match_failed(rc);
		row = strtoul((const char *)pcre2_get_mark(p->md), NULL, 10);
		hit.start = ov[0];
		hit.end = ov[1];
		hit.kind = p->rows[row].kind;
		len = hit.end - hit.start;
		if ((len > 0 && accept(p, &p->rows[row], s + hit.start, &len) &&
		     (hit.end = hit.start + len) > hit.start) ||
		    retry_at(p, row, s, n, hit.start, &hit)) {
			spans_push(out, hit.start, hit.end, hit.kind);
			pos = hit.end;
		} else {
			pos = next_char(s, n, hit.start < pos ? pos : hit.start);
		}
	}
}
