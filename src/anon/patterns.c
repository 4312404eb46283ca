/* patterns.c - PCRE2 patterns for the formatted kinds of personal data.
 *
 * The result is that of one alternation of every row, each branch opened
 * by (*MARK:i) so a match tells which row matched: the leftmost match of
 * any row, the earliest row at that place; a row's validator (Luhn, date,
 * octets...) may refuse it, and then the later rows are tried at the same
 * place before moving on.
 *
 * Trying every row at every byte is what made this slow, so the scan is
 * done by hand and PCRE2 is only asked where a row can start: at a place
 * no letter or digit precedes (every row starts at a word boundary), whose
 * first byte can begin the row (PCRE2's own start bitmap of the row), and
 * while the rest of the text still holds what the row needs (its "needs"
 * column: a digit, an '@'...), and where a DFA of the row's regex says
 * some text from there may match it (prefix.h: most places near a number
 * fail within a few characters, "403 kommer", "21:53").  The rows left at
 * such a place are tried in their order, in runs: a row whose machine
 * code is large (the street rows) alone, each run of small rows between
 * them as one anchored alternation, compiled with JIT once per set of
 * rows and cached.  The first run that matches holds the branch the one
 * big alternation would take there, so the answer is the same.
 * (Alternations of all the rows left, each with its copy of the long
 * street rows, came to megabytes of machine code: every call missed the
 * processor's caches.  Every row alone meant a dozen calls at each
 * number.) */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "anon/patterns.h"

#include <ctype.h>
#include <limits.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anon/gates.h"
#include "anon/prefix.h"
#include "anon/streets.h"
#include "csvtable.h"
#include "util.h"

/* A set of ASCII bytes, one bit each. */
typedef uint64_t ascii_set[2];

typedef struct {
	enum anon_kind kind;
	enum validator val;
	char *source;
	pcre2_code *code; /* alone, for retries at one position */
	ascii_set *pairs; /* NULL, or [b]: the ASCII bytes that may follow b */
} pattern_row;

/* A row whose JIT code is longer is tried alone (see the top). */
#define BIG_ROW_JIT_BYTES 16384

/* Limits of one match (see patterns_compile). */
#define JIT_STACK_MAX (1024 * 1024)
#define MATCH_LIMIT 5000000
#define DEPTH_LIMIT 100000
#define HEAP_LIMIT_KIB (64 * 1024)

/* The anchored alternation of one set of rows. */
typedef struct {
	row_set rows;
	pcre2_code *code;
} alt_entry;

struct anon_patterns {
	pattern_row *rows;
	size_t n, cap;
	row_set starts_with[256]; /* rows that can begin with this byte */
	row_gates *gates;         /* where a row can match, as its needs tell */
	street_screen *streets;   /* where a street row cannot match */
	prefix_screen *prefixes;  /* where a row cannot match (prefix.h) */
	row_set with_needs;       /* rows that have needs */
	alt_entry *alts;          /* open addressing by row set */
	size_t nalts, capalts;
	pcre2_code **alone;       /* more rows than a row set holds: each row
				   * with the boundary, searched on its own */
	size_t *next_at;          /* where each row's next match starts */
	row_set big;              /* rows tried alone */
	row_set paired;           /* rows with pairs (see learn_pairs) */
	uint64_t letter2[32];     /* bit c: U+0000..U+07FF c is a letter */
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jstack;
	uint32_t match_opts; /* PCRE2_NO_JIT on the retry of a text */
	bool failed;         /* a match hit a limit in this text */
	char **defs;              /* DEFINE rows: "NAME" then its regex */
	size_t ndefs;
	word_checks checks;  /* for the plate and street validators */
};

anon_patterns *patterns_new(void)
{
	anon_patterns *p = xcalloc(1, sizeof(anon_patterns));

	p->gates = gates_new();
	p->streets = streets_new();
	p->prefixes = prefix_new();
	return p;
}

void patterns_set_word_check(anon_patterns *p, word_check f, const void *ctx)
{
	p->checks.is_word = f;
	p->checks.word_ctx = ctx;
}

void patterns_set_place_check(anon_patterns *p, word_check f, const void *ctx)
{
	p->checks.is_place = f;
	p->checks.place_ctx = ctx;
}

void patterns_set_plate_cue_check(anon_patterns *p, word_check f, const void *ctx)
{
	p->checks.is_plate_cue = f;
	p->checks.cue_ctx = ctx;
}

static pcre2_code *compile_or_die(const char *src, uint32_t options,
				  const char *file, long line)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
				      PCRE2_UTF | options, &err, &off, NULL);
	if (!c) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		die_at(EXIT_DATA, file, line, _("bad pattern at offset %lu: %s"),
		       (unsigned long)off, (const char *)msg);
	}
	return c;
}

static enum validator validator_or_die(const char *name, const char *file,
				       long line)
{
	enum validator v;

	if (!validator_named(name, &v))
		die_at(EXIT_DATA, file, line, _("unknown validator '%s'"), name);
	return v;
}

static long parse_gaps(const char *s, const char *file, long line)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (end == s || *end || v < 0 || v > 1000)
		die_at(EXIT_DATA, file, line, _("gaps must be a number from 0 to 1000"));
	return v;
}

static char *expand_defines(const anon_patterns *p, const char *src,
			    const char *file, long line);

/* A DEFINE row: "NAME:regex"; later patterns say {NAME} for the regex
 * (as a non-capturing group), so that a data file names a part once. */
static void add_define(anon_patterns *p, const char *spec, const char *file,
		       long line)
{
	const char *colon = strchr(spec, ':');
	size_t len = colon ? (size_t)(colon - spec) : 0;
	char *body;

	if (len == 0 || strspn(spec, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") != len)
		die_at(EXIT_DATA, file, line, _("a DEFINE row needs NAME:pattern "
						"(NAME in capitals)"));
	body = expand_defines(p, colon + 1, file, line); /* earlier DEFINEs */
	p->defs = xrealloc(p->defs, (p->ndefs + 2) * sizeof *p->defs);
	p->defs[p->ndefs++] = xmemdup(spec, len);
	p->defs[p->ndefs++] = body;
}

/* SRC with every {NAME} of a DEFINE row replaced (malloc'd). */
static char *expand_defines(const anon_patterns *p, const char *src,
			    const char *file, long line)
{
	strbuf b = { 0 };

	sb_puts(&b, "");
	while (*src) {
		size_t len = src[0] == '{' ? strspn(src + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") : 0;
		size_t i;
		if (len < 2 || src[len + 1] != '}') { /* not \\p{L} */
			sb_putc(&b, *src++);
			continue;
		}
		for (i = 0; i < p->ndefs; i += 2)
			if (strlen(p->defs[i]) == len && memcmp(p->defs[i], src + 1, len) == 0)
				break;
		if (i == p->ndefs)
			die_at(EXIT_DATA, file, line, _("no DEFINE row for {%.*s}"),
			       (int)len, src + 1);
		sb_printf(&b, "(?:%s)", p->defs[i + 1]);
		src += len + 2;
	}
	return b.s;
}

enum { C_KIND, C_PATTERN, C_VALIDATOR, C_NEEDS, C_GAPS, NCOLS };
static const csv_table_column columns[NCOLS] = {
	{ "kind", true }, { "pattern", true }, { "validator", false },
	{ "needs", false }, { "gaps", false },
};

/* The needs and gaps columns of the row just added (see gates.h). */
static void add_needs(anon_patterns *p, const csv_table *t)
{
	const csv_field *needs = csv_table_field(t, C_NEEDS);
	const char *gaps = csv_table_cell(t, C_GAPS);
	long most = *gaps ? parse_gaps(gaps, t->name, csv_table_line(t)) : -1;

	if (needs)
		gates_add_row(p->gates, p->n - 1, needs->data, most);
}

static void add_row(const csv_table *t, void *ctx)
{
	anon_patterns *p = ctx;
	const csv_field *kind = csv_table_field(t, C_KIND);
	const csv_field *pattern = csv_table_field(t, C_PATTERN);
	long line = csv_table_line(t);
	pattern_row *r;
	int k;

	if (!kind || !pattern)
		csv_table_die(t, "%s", _("missing kind or pattern"));
	if (strcmp(kind->data, "DEFINE") == 0) {
		add_define(p, pattern->data, t->name, line);
		return;
	}
	k = kind_from_label(kind->data);
	if (k < 0)
		csv_table_die(t, _("unknown kind '%s'"), kind->data);
	GROW(p->rows, p->n, p->cap);
	r = &p->rows[p->n++];
	r->kind = (enum anon_kind)k;
	r->val = validator_or_die(csv_table_cell(t, C_VALIDATOR), t->name, line);
	r->source = expand_defines(p, pattern->data, t->name, line);
	r->code = compile_or_die(r->source, 0, t->name, line);
	r->pairs = NULL; /* see learn_pairs */
	add_needs(p, t);
	streets_add_row(p->streets, p->n - 1, pattern->data, p->defs, p->ndefs);
	prefix_add_row(p->prefixes, p->n - 1, r->source);
}

void patterns_load(anon_patterns *p, const char *path)
{
	const csv_options opt = { .delimiter = ',', .encoding = CSV_ENC_UTF8 };

	csv_table_read_or_die(path, &opt, columns, NCOLS,
			      CSV_TABLE_COMMENTS | CSV_TABLE_BLANK_ROWS | CSV_TABLE_EMPTY_OK |
			      CSV_TABLE_ANY_WIDTH, add_row, p);
}

/* Saying "no letter or digit before" once up front lets a position
 * inside a word fail with one test instead of one per row. */
#define BOUNDARY "(?<![\\p{L}\\d])"

/* Compiled with JIT: without it the scan still works, only slower. */
static pcre2_code *compile_jit(const char *src, uint32_t options)
{
	pcre2_code *c = compile_or_die(src, options, "", 0);

	(void)pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
	return c;
}

/* The alternation of ROWS (every row when ALL), each branch marked with
 * its row number, all behind the word boundary every row starts at. */
static pcre2_code *compile_alternation(const anon_patterns *p, row_set rows,
				       uint32_t options)
{
	strbuf b = { 0 };
	const char *sep = "";
	pcre2_code *c;

	sb_puts(&b, BOUNDARY "(?:");
	for (size_t i = 0; i < p->n; i++)
		if (rows >> i & 1) {
			sb_printf(&b, "%s(*MARK:%zu)(?:%s)", sep, i,
				  p->rows[i].source);
			sep = "|";
		}
	if (!*sep)
		sb_puts(&b, "(*FAIL)");
	sb_puts(&b, ")");
	c = compile_jit(b.s, options);
	sb_free(&b);
	return c;
}

static pcre2_code *alternation_of(anon_patterns *p, row_set rows);

/* Is the machine code of row I alone long (see BIG_ROW_JIT_BYTES)?  The
 * code is kept: a big row is tried alone. */
static bool big_row(anon_patterns *p, size_t i)
{
	size_t size = 0;

	pcre2_pattern_info(alternation_of(p, (row_set)1 << i),
			   PCRE2_INFO_JITSIZE, &size);
	return size > BIG_ROW_JIT_BYTES;
}

/* Can the row begin with the character C[0..n)?  Asked of PCRE2 with a
 * hard partial match of that one character: "it could go on" is a yes. */
static bool may_begin(const pcre2_code *code, pcre2_match_data *md,
		      const unsigned char *c, size_t n)
{
	int rc = pcre2_match(code, c, n, 0, PCRE2_ANCHORED | PCRE2_PARTIAL_HARD,
			     md, NULL);

	return rc >= 0 || rc != PCRE2_ERROR_NOMATCH;
}

/* Probing at the start of a subject is only safe when nothing there
 * answers differently from the middle of a text: no positive lookbehind,
 * \B or verb; a negative lookbehind or \b only says yes more often, and
 * so does a lookahead that runs into the end of the probe. */
static bool may_probe(const pattern_row *r)
{
	return !strstr(r->source, "(?<=") && !strstr(r->source, "\\B") &&
	       !strstr(r->source, "(*");
}

/* PCRE2 has no start bitmap for a row that opens with \p{L} or \p{Lu}, so
 * ask it character by character (ASCII and two-byte characters; longer
 * ones are always tried). */
static bool probe_starts(const pattern_row *r, bool can[256])
{
	pcre2_match_data *md;
	unsigned char c[2];

	if (!may_probe(r))
		return false;
	md = pcre2_match_data_create(1, NULL);
	for (unsigned b = 0; b < 256; b++) {
		c[0] = (unsigned char)b;
		can[b] = b >= 0xE0 || b == 0xC0 || b == 0xC1;
		if (b < 0x80)
			can[b] = may_begin(r->code, md, c, 1);
		for (unsigned k = 0x80; b >= 0xC2 && b < 0xE0 && !can[b] && k < 0xC0; k++) {
			c[1] = (unsigned char)k;
			can[b] = may_begin(r->code, md, c, 2);
		}
	}
	pcre2_match_data_free(md);
	return true;
}

/* Which bytes can begin row I: PCRE2's start bitmap or first code unit
 * (an ASCII letter in either case, it may be caseless), else what probing
 * finds, else any byte that begins a character. */
static void learn_starts(anon_patterns *p, size_t i)
{
	const pcre2_code *c = p->rows[i].code;
	const uint8_t *map = NULL;
	uint32_t type = 0, unit = 0;
	bool probed[256], by_probe;

	pcre2_pattern_info(c, PCRE2_INFO_FIRSTBITMAP, &map);
	pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (type == 1)
		pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODEUNIT, &unit);
	by_probe = type == 0 && !map && probe_starts(&p->rows[i], probed);
	for (unsigned b = 0; b < 256; b++) {
		bool can;
		if (b >= 0x80 && b < 0xC0)
			can = false; /* inside a character */
		else if (type == 1 && unit < 0x80)
			can = tolower((int)b) == tolower((int)unit);
		else if (type == 0 && map)
			can = map[b / 8] >> (b % 8) & 1;
		else if (by_probe)
			can = probed[b];
		else
			can = true;
		if (can)
			p->starts_with[b] |= (row_set)1 << i;
	}
}

/* Pairs are learned for rows with at most this many ASCII first bytes
 * (each costs 128 probes at start-up). */
#define PAIR_FIRST_MAX 24

/* The ASCII bytes row I can begin with, when they are few (a caseless
 * row may also begin with a look-alike such as the Kelvin sign K: those
 * first bytes are not paired, see pairs_allow). */
static size_t ascii_starts(const anon_patterns *p, size_t i,
			   unsigned char first[PAIR_FIRST_MAX])
{
	size_t k = 0;

	for (unsigned b = 0; b < 0x80; b++) {
		if (!(p->starts_with[b] >> i & 1))
			continue;
		if (k == PAIR_FIRST_MAX)
			return 0;
		first[k++] = (unsigned char)b;
	}
	return k;
}

/* Which ASCII byte may follow the first of row I (a keyword row such as
 * "bor på|adress..." or "konto|bankgiro...": most words near a number
 * begin with a pair it cannot, and are then not handed to PCRE2).  Asked
 * of PCRE2 by a hard partial match of the two bytes, as in may_begin;
 * only for rows that begin with a few ASCII bytes. */
static void learn_pairs(anon_patterns *p, size_t i)
{
	pattern_row *r = &p->rows[i];
	unsigned char first[PAIR_FIRST_MAX], c[2];
	size_t nfirst = may_probe(r) ? ascii_starts(p, i, first) : 0;
	pcre2_match_data *md;

	if (nfirst == 0)
		return;
	md = pcre2_match_data_create(1, NULL);
	r->pairs = xcalloc(128, sizeof *r->pairs);
	for (size_t k = 0; k < nfirst; k++) {
		c[0] = first[k];
		for (unsigned b = 0; b < 128; b++) {
			c[1] = (unsigned char)b;
			if (may_begin(r->code, md, c, 2))
				r->pairs[c[0]][b / 64] |= (uint64_t)1 << (b % 64);
		}
	}
	pcre2_match_data_free(md);
	p->paired |= (row_set)1 << i;
}

/* The rows of MAY whose pairs allow the two bytes at Q (a byte past the
 * text or outside ASCII allows every row). */
static row_set pairs_allow(const anon_patterns *p, row_set may, const char *s,
			   size_t n, size_t q)
{
	unsigned char a = (unsigned char)s[q], b;

	if (q + 1 >= n || a >= 0x80 || (b = (unsigned char)s[q + 1]) >= 0x80)
		return may;
	for (row_set r = may & p->paired; r; r &= r - 1) {
		size_t i = (size_t)__builtin_ctzll(r);
		if (!(p->rows[i].pairs[a][b / 64] >> (b % 64) & 1))
			may &= ~(r & -r);
	}
	return may;
}

/* Which two-byte characters \p{L} takes, as PCRE2 says (its Unicode
 * tables, not ours, decide where the boundary is). */
static void learn_letters(anon_patterns *p)
{
	pcre2_code *letter = compile_or_die("\\p{L}", PCRE2_ANCHORED, "", 0);
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	unsigned char c[2];

	for (unsigned cp = 0x80; cp < 0x800; cp++) {
		c[0] = (unsigned char)(0xC0 | cp >> 6);
		c[1] = (unsigned char)(0x80 | (cp & 0x3F));
		if (pcre2_match(letter, c, 2, 0, 0, md, NULL) > 0)
			p->letter2[cp / 64] |= (uint64_t)1 << (cp % 64);
	}
	pcre2_match_data_free(md);
	pcre2_code_free(letter);
}

/* Row I with the boundary every row opens with (BOUNDARY), for the
 * search of a text row by row. */
static pcre2_code *compile_row_alone(const anon_patterns *p, size_t i)
{
	strbuf b = { 0 };
	pcre2_code *c;

	sb_printf(&b, BOUNDARY "(?:%s)", p->rows[i].source);
	c = compile_jit(b.s, 0);
	sb_free(&b);
	return c;
}

void patterns_compile(anon_patterns *p)
{
	if (p->n > MAX_FAST_ROWS) {
		/* one alternation of every row would outgrow what PCRE2
		 * compiles (64 KiB of code): each row is searched alone */
		p->alone = xcalloc(p->n, sizeof(pcre2_code *));
		p->next_at = xcalloc(p->n, sizeof *p->next_at);
		for (size_t i = 0; i < p->n; i++)
			p->alone[i] = compile_row_alone(p, i);
	} else {
		for (size_t i = 0; i < p->n; i++) {
			learn_starts(p, i);
			if (big_row(p, i))
				p->big |= (row_set)1 << i;
		}
		prefix_finish(p->prefixes);
		/* the prefix screen also reads a row's first two bytes */
		for (size_t i = 0; i < p->n; i++)
			if (!(prefix_screened(p->prefixes) >> i & 1))
				learn_pairs(p, i);
		learn_letters(p);
		gates_finish(p->gates, p->starts_with);
		p->with_needs = gates_with_needs(p->gates);
	}
	p->md = pcre2_match_data_create(1, NULL);
	p->mctx = pcre2_match_context_create(NULL);
	p->jstack = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL);
	pcre2_jit_stack_assign(p->mctx, NULL, p->jstack);
	/* no pattern of one text may run away: past these a text is retried
	 * without JIT, then replaced whole (see patterns_scan) */
	pcre2_set_match_limit(p->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(p->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(p->mctx, HEAP_LIMIT_KIB);
}

void patterns_free(anon_patterns *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->rows[i].source);
		pcre2_code_free(p->rows[i].code);
		free(p->rows[i].pairs);
	}
	for (size_t i = 0; i < p->ndefs; i++)
		free(p->defs[i]);
	free(p->defs);
	free(p->rows);
	for (size_t i = 0; i < p->capalts; i++)
		pcre2_code_free(p->alts[i].code);
	free(p->alts);
	for (size_t i = 0; p->alone && i < p->n; i++)
		pcre2_code_free(p->alone[i]);
	free(p->alone);
	free(p->next_at);
	gates_free(p->gates);
	streets_free(p->streets);
	prefix_free(p->prefixes);
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mctx);
	pcre2_jit_stack_free(p->jstack);
	free(p);
}

/* ---- scanning ---- */

/* One match; a limit or an error marks the text as failed (the scan
 * stops and patterns_scan decides) and counts as no match. */
static int match(anon_patterns *p, const pcre2_code *code, const char *s,
		 size_t n, size_t start, uint32_t opts)
{
	int rc = PCRE2_ERROR_JIT_BADOPTION;

	/* the JIT fast path skips pcre2_match's checks (the text is valid
	 * UTF-8); a pattern without JIT code says so and takes the other */
	if (!opts && !p->match_opts)
		rc = pcre2_jit_match(code, (PCRE2_SPTR)s, n, start, 0, p->md, p->mctx);
	if (rc == PCRE2_ERROR_JIT_BADOPTION)
		rc = pcre2_match(code, (PCRE2_SPTR)s, n, start,
				 opts | PCRE2_NO_UTF_CHECK | p->match_opts, p->md, p->mctx);

	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
		p->failed = true;
		return PCRE2_ERROR_NOMATCH;
	}
	return rc;
}

static bool fast(const anon_patterns *p)
{
	return p->n <= MAX_FAST_ROWS;
}

/* Rows after FIRST, anchored at START; the first accepted one wins. */
static bool retry_at(anon_patterns *p, size_t first, const char *s, size_t n,
		     size_t start, anon_span *hit)
{
	row_set may = ~(row_set)0, alive = may;

	if (fast(p)) {
		if (start >= n)
			return false; /* only an empty match is left: refused */
		may = gates_open(p->gates, p->starts_with[(unsigned char)s[start]],
				 s, n, start, &alive);
	}
	for (size_t j = first + 1; j < p->n; j++) {
		if (fast(p) && !(may >> j & 1))
			continue;
		int rc = match(p, p->rows[j].code, s, n, start, PCRE2_ANCHORED);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);

		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		size_t len = ov[1] - ov[0];
		if (len > 0 && validate(p->rows[j].val, &p->checks, s, n, ov[0], &len)) {
			hit->start = ov[0];
			hit->end = ov[0] + len;
			hit->kind = p->rows[j].kind;
			if (hit->kind == KIND_ADDRESS)
				hit->end = address_end(&p->checks, s, hit->start, hit->end);
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

/* "…123 45 67info@…": an e-mail glued to the phone number before it, as
 * text copied from a page's table comes.  The scan starts no match after
 * a digit (BOUNDARY); the e-mail rows allow it before a letter, and are
 * tried here only.  Returns where the search goes on. */
static size_t glued_email(anon_patterns *p, const char *s, size_t n, size_t at, span_list *out)
{
	anon_span hit;

	/* (size_t)-1: retry_at tries the rows after it, so every row */
	if (at >= n || !isalpha((unsigned char)s[at]) || !retry_at(p, (size_t)-1, s, n, at, &hit) ||
	    hit.kind != KIND_EMAIL)
		return at;
	spans_push(out, hit.start, hit.end, hit.kind);
	return hit.end;
}

/* Row ROW matched in a search from FROM: keep the match if the row
 * accepts it (or a later row matches there instead); returns where the
 * search goes on. */
static size_t settle(anon_patterns *p, const char *s, size_t n, size_t from,
		     size_t row, span_list *out)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
	size_t len;
	anon_span hit;

	hit.start = ov[0];
	hit.end = ov[1];
	hit.kind = p->rows[row].kind;
	len = hit.end - hit.start;
	if ((len > 0 && validate(p->rows[row].val, &p->checks, s, n, hit.start, &len) &&
	     (hit.end = hit.start + len) > hit.start) ||
	    retry_at(p, row, s, n, hit.start, &hit)) {
		if (hit.kind == KIND_ADDRESS)
			hit.end = address_end(&p->checks, s, hit.start, hit.end);
		spans_push(out, hit.start, hit.end, hit.kind);
		return hit.kind == KIND_PHONE ? glued_email(p, s, n, hit.end, out) : hit.end;
	}
	return next_char(s, n, hit.start < from ? from : hit.start);
}

/* The row of the branch of an alternation that matched: its mark is the
 * row's number in decimal (compile_alternation); read here, not by
 * strtoul, whose locale and sign handling cost more than the match. */
static size_t marked_row(const anon_patterns *p)
{
	size_t row = 0;

	for (PCRE2_SPTR m = pcre2_get_mark(p->md); *m >= '0' && *m <= '9'; m++)
		row = 10 * row + (size_t)(*m - '0');
	return row;
}

#define NOT_SEARCHED ((size_t)-2)
#define NO_MATCH ((size_t)-1)

/* More rows than a row set holds: each row is searched on its own and
 * the leftmost match wins, the earlier row at the same place, as in one
 * alternation of them all.  A match starts where its attempt started,
 * before a \K.  A row's next match is searched again only when the text
 * has gone past where it starts. */
static void scan_all(anon_patterns *p, const char *s, size_t n, span_list *out)
{
	size_t pos = 0;

	for (size_t j = 0; j < p->n; j++)
		p->next_at[j] = NOT_SEARCHED;
	while (pos < n && !p->failed) {
		size_t best = NO_MATCH, row = 0;
		for (size_t j = 0; j < p->n; j++) {
			if (p->next_at[j] == NOT_SEARCHED || (p->next_at[j] != NO_MATCH && p->next_at[j] < pos))
				p->next_at[j] = match(p, p->alone[j], s, n, pos, 0) == PCRE2_ERROR_NOMATCH
							? NO_MATCH
							: pcre2_get_startchar(p->md);
			if (p->next_at[j] < best) {
				best = p->next_at[j];
				row = j;
			}
		}
		if (best == NO_MATCH || p->failed ||
		    match(p, p->alone[row], s, n, best, PCRE2_ANCHORED) == PCRE2_ERROR_NOMATCH)
			return;
		pos = settle(p, s, n, pos, row, out);
	}
}

static uint64_t mix(row_set rows)
{
	rows ^= rows >> 33;
	rows *= UINT64_C(0xff51afd7ed558ccd);
	return rows ^ (rows >> 33);
}

static void grow_alts(anon_patterns *p)
{
	alt_entry *old = p->alts;
	size_t oldcap = p->capalts;

	p->capalts = oldcap ? 2 * oldcap : 64;
	p->alts = xcalloc(p->capalts, sizeof *p->alts);
	for (size_t i = 0; i < oldcap; i++) {
		size_t k = mix(old[i].rows) & (p->capalts - 1);
		if (!old[i].code)
			continue;
		while (p->alts[k].code)
			k = (k + 1) & (p->capalts - 1);
		p->alts[k] = old[i];
	}
	free(old);
}

/* The anchored alternation of ROWS, compiled the first time it is used. */
static pcre2_code *alternation_of(anon_patterns *p, row_set rows)
{
	size_t k;

	if (2 * (p->nalts + 1) > p->capalts)
		grow_alts(p);
	k = mix(rows) & (p->capalts - 1);
	while (p->alts[k].code) {
		if (p->alts[k].rows == rows)
			return p->alts[k].code;
		k = (k + 1) & (p->capalts - 1);
	}
	p->alts[k].rows = rows;
	p->alts[k].code = compile_alternation(p, rows, PCRE2_ANCHORED);
	p->nalts++;
	return p->alts[k].code;
}

/* Does the character that ends at S[q-1] keep a row from starting at Q:
 * a letter or digit, as the boundary every row opens with (BOUNDARY)
 * says?  Asked only at unblocked places (gates_unblocked), where no ASCII
 * letter or digit comes before: only a character beyond ASCII is left to
 * tell.  Two-byte letters (å, ä, ö, é...) are looked up in what PCRE2
 * said of them (see learn_letters); a longer character is left to it. */
static bool blocks_start(const anon_patterns *p, const char *s, size_t q)
{
	unsigned char c = (unsigned char)s[q - 1], lead;

	if (c < 0x80 || q < 2 || (c & 0xC0) != 0x80)
		return false;
	lead = (unsigned char)s[q - 2];
	return (lead & 0xE0) == 0xC0 &&
	       (p->letter2[((lead & 0x1F) << 6 | (c & 0x3F)) / 64] >>
		(c & 0x3F) & 1);
}

/* The next place from Q on where a row of ALIVE can begin: a byte that
 * can begin one, after no letter or digit (the boundary every row needs). */
/* The places of a text no ASCII letter or digit precedes, not inside a
 * character (gates_unblocked). */
typedef struct {
	const uint64_t *bits;
	size_t nwords;
} unblocked;

/* The first such place from Q on; N when there is none. */
static size_t next_unblocked(const unblocked *u, size_t n, size_t q)
{
	size_t w = q / 64;
	uint64_t word;

	if (q >= n)
		return n;
	word = u->bits[w] & (~(uint64_t)0 << (q % 64));
	while (!word) {
		if (++w >= u->nwords)
			return n;
		word = u->bits[w];
	}
	q = w * 64 + (size_t)__builtin_ctzll(word);
	return q < n ? q : n;
}

static size_t next_start(const anon_patterns *p, const unblocked *u,
			 const char *s, size_t n, size_t q, row_set alive)
{
	/* the places after an ASCII letter or digit (most of a text) are
	 * passed over a word of 64 at a time */
	while ((q = next_unblocked(u, n, q)) < n &&
	       (!(p->starts_with[(unsigned char)s[q]] & alive) ||
		(q > 0 && blocks_start(p, s, q))))
		q++;
	return q;
}

/* The first run of the rows MAY: its first row if that is big, else its
 * small rows up to the first big one. */
static row_set first_run(const anon_patterns *p, row_set may)
{
	row_set first = may & -may, big = may & p->big;

	if (first & p->big)
		return first;
	return big ? may & ((big & -big) - 1) : may;
}

/* The first row of MAY that matches at Q (-1: none). */
static long first_match_at(anon_patterns *p, row_set may, const char *s,
			   size_t n, size_t q)
{
	while (may && !p->failed) {
		row_set run = first_run(p, may);
		if (match(p, alternation_of(p, run), s, n, q, 0) != PCRE2_ERROR_NOMATCH)
			return (long)marked_row(p);
		may &= ~run;
	}
	return -1;
}

/* The rows of MAY the prefix screen leaves at Q.  Built with
 * -DANON_SCREEN_CHECK (bench/anon-screen-check.sh does, in a tree of its
 * own), every row it takes away is tried as well, and a match aborts. */
static row_set screen_prefixes(anon_patterns *p, row_set may, const char *s,
			       size_t n, size_t q)
{
	row_set left = prefix_allow(p->prefixes, may, s, n, q);

#ifdef ANON_SCREEN_CHECK
	for (row_set r = may & ~left; r; r &= r - 1)
		if (match(p, alternation_of(p, r & -r), s, n, q, 0) != PCRE2_ERROR_NOMATCH)
			abort();
#endif
	return left;
}

static void scan_fast(anon_patterns *p, const char *s, size_t n, span_list *out)
{
	size_t q = 0;
	row_set alive = ~(row_set)0;
	unblocked u;

	gates_prepare(p->gates, s, n);
	u.bits = gates_unblocked(p->gates, &u.nwords);
	streets_prepare(p->streets);
	while (alive && !p->failed && (q = next_start(p, &u, s, n, q, alive)) < n) {
		row_set may = gates_open(p->gates, p->starts_with[(unsigned char)s[q]] & alive,
					 s, n, q, &alive);
		long row;

		if (may)
			may = screen_prefixes(p, pairs_allow(p, may, s, n, q), s, n, q);
		if (may)
			may = streets_allow(p->streets, may, s, n, q, p->letter2);
		row = may ? first_match_at(p, may, s, n, q) : -1;

		if (row < 0)
			q++;
		else
			q = settle(p, s, n, q, (size_t)row, out);
	}
}

static bool scan_once(anon_patterns *p, const char *s, size_t n, span_list *out)
{
	size_t before = out->n;

	p->failed = false;
	if (fast(p))
		scan_fast(p, s, n, out);
	else
		scan_all(p, s, n, out);
	if (p->failed)
		out->n = before;
	return !p->failed;
}

bool patterns_scan(anon_patterns *p, const char *s, size_t n, span_list *out)
{
	bool ok;

	if (scan_once(p, s, n, out))
		return true;
	/* the interpreter has no JIT stack to run out of: one more try */
	p->match_opts = PCRE2_NO_JIT;
	ok = scan_once(p, s, n, out);
	p->match_opts = 0;
	return ok;
}
