/* lexicon.c - codes with PCRE2 patterns, compiled once, matched per text. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "themes/lexicon.h"

#include <errno.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "text.h"
#include "util.h"

/* Case-insensitive, Unicode-aware: \b, \w and case folding know å, ä, ö.
 * The subject is validated UTF-8 already (the CSV reader checks it), so
 * matching skips PCRE2's own check. */
#define LEXICON_FLAGS (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS)

typedef struct {
	char *code;
	strbuf alternation; /* "(?:p1)|(?:p2)|..." until compiled */
	strbuf loose;       /* the same without leading word-boundary checks */
	bool has_loose;     /* some pattern lost its leading check in loose */
	pcre2_code *re;
	pcre2_code *loose_re; /* NULL when it would equal re */
} lexicon_entry;

struct lexicon {
	lexicon_entry *entries;
	size_t count, cap;
	strmap *index; /* code -> entry index + 1 */
	pcre2_match_data *md;
};

lexicon *lexicon_new(void)
{
	lexicon *lx = xcalloc(1, sizeof *lx);

	lx->index = strmap_new();
	return lx;
}

static pcre2_code *compile_or_die(const char *pattern, const char *file,
				  long line)
{
	int err;
	PCRE2_SIZE offset;
	PCRE2_UCHAR msg[256];
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
				       LEXICON_FLAGS, &err, &offset, NULL);

	if (re)
		return re;
	pcre2_get_error_message(err, msg, sizeof msg);
	die_at(EXIT_DATA, file, line, _("invalid pattern at offset %zu: %s"),
	       (size_t)offset, (const char *)msg);
}

static lexicon_entry *entry_for(lexicon *lx, const char *code)
{
	bool created;
	void **slot = strmap_slot(lx->index, code, strlen(code), true, &created);

	if (created) {
		if (lx->count == lx->cap) {
			lx->cap = lx->cap ? 2 * lx->cap : 16;
			lx->entries = xrealloc(lx->entries,
					       lx->cap * sizeof *lx->entries);
		}
		memset(&lx->entries[lx->count], 0, sizeof *lx->entries);
		lx->entries[lx->count].code = xstrdup(code);
		*slot = (void *)(uintptr_t)(++lx->count);
	}
	return &lx->entries[(uintptr_t)*slot - 1];
}

/* A pattern that begins with a word-boundary check keeps PCRE2 from
 * skipping ahead to the characters a match can start with, which makes
 * it try every position: about three times slower on our lexicon.  Without
 * that first check a pattern matches a superset of texts, so the loose
 * alternation is a quick filter and the exact one runs only after it
 * matched.  Returns the length of the leading check, or 0. */
static size_t leading_boundary(const char *pattern)
{
	static const char *const checks[] = {"\\b", "(?<!\\w)"};

	for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) {
		size_t n = strlen(checks[i]);
		if (strncmp(pattern, checks[i], n) == 0)
			return n;
	}
	return 0;
}

static void append_branch(strbuf *alt, const char *pattern)
{
	if (alt->len)
		sb_putc(alt, '|');
	sb_printf(alt, "(?:%s)", pattern);
}

void lexicon_add(lexicon *lx, const char *code, const char *pattern,
		 const char *file, long line)
{
	lexicon_entry *e;
	size_t skip = leading_boundary(pattern);

	/* Compiled alone first, so a bad pattern is reported at its own line
	 * rather than somewhere inside a joined alternation. */
	pcre2_code_free(compile_or_die(pattern, file, line));
	e = entry_for(lx, code);
	append_branch(&e->alternation, pattern);
	append_branch(&e->loose, pattern + skip);
	e->has_loose |= skip > 0;
}

/* Column NAME in HEADER, or -1. */
static long column(const csv_record *header, const char *name)
{
	return csv_header_index(header, name);
}

static long code_column(const csv_record *header)
{
	static const char *const names[] = {"theme", "place", "code"};

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		long c = column(header, names[i]);
		if (c >= 0)
			return c;
	}
	return -1;
}

static void load_rows(lexicon *lx, csv_reader *r, const char *path,
		      long code_col, long pat_col)
{
	const csv_record *rec;
	int rc;
	size_t need = (size_t)(code_col > pat_col ? code_col : pat_col) + 1;

	while ((rc = csv_next(r, &rec)) > 0) {
		/* Blank rows and rows whose first cell starts with '#' are
		 * comments, as in the codebook. */
		if (rec->nfields == 0 || rec->fields[0].data[0] == '#')
			continue;
		if (rec->nfields < need)
			die_at(EXIT_DATA, path, rec->line,
			       _("expected at least %zu fields, found %zu"),
			       need, rec->nfields);
		if (rec->fields[code_col].len == 0 || rec->fields[pat_col].len == 0)
			die_at(EXIT_DATA, path, rec->line,
			       "%s", _("empty code or pattern"));
		lexicon_add(lx, rec->fields[code_col].data,
			    rec->fields[pat_col].data, path, rec->line);
	}
	if (rc < 0)
		die_at(EXIT_DATA, path, csv_errline(r), "%s", csv_errmsg(r));
}

void lexicon_load(lexicon *lx, const char *path)
{
	csv_options opt = {.delimiter = ',', .encoding = CSV_ENC_UTF8};
	csv_reader *r = csv_open(path, &opt);
	const csv_record *header;
	long code_col, pat_col;

	if (!r)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	if (csv_next(r, &header) <= 0)
		die_at(EXIT_DATA, path, 1, "%s", _("no header line"));
	code_col = code_column(header);
	pat_col = column(header, "pattern");
	if (code_col < 0 || pat_col < 0)
		die_at(EXIT_DATA, path, 1, "%s",
		       _("the header needs a theme (or place) and a pattern column"));
	load_rows(lx, r, path, code_col, pat_col);
	if (csv_close(r) != 0)
		die(EXIT_DATA, "%s: %s", path, _("read error"));
}

static pcre2_code *compile_jit(const char *pattern, const char *code)
{
	pcre2_code *re = compile_or_die(pattern, code, 0);

	/* Without JIT support PCRE2 interprets: slower, still right. */
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

void lexicon_compile(lexicon *lx)
{
	for (size_t i = 0; i < lx->count; i++) {
		lexicon_entry *e = &lx->entries[i];

		e->re = compile_jit(e->alternation.s, e->code);
		if (e->has_loose)
			e->loose_re = compile_jit(e->loose.s, e->code);
		sb_free(&e->alternation);
		sb_free(&e->loose);
	}
	/* Only "did it match" matters, so one pair of offsets is enough. */
	lx->md = pcre2_match_data_create(1, NULL);
	if (!lx->md)
		die(EXIT_DATA, "%s", _("out of memory"));
}

size_t lexicon_count(const lexicon *lx)
{
	return lx->count;
}

const char *lexicon_code(const lexicon *lx, size_t i)
{
	return lx->entries[i].code;
}

static bool matches(const lexicon *lx, const lexicon_entry *e,
		    const pcre2_code *re, const char *text, size_t len)
{
	int rc = pcre2_match(re, (PCRE2_SPTR)text, len, 0, PCRE2_NO_UTF_CHECK,
			     lx->md, NULL);

	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
		die(EXIT_DATA, _("pattern for %s failed to run (error %d)"),
		    e->code, rc);
	return rc >= 0;
}

void lexicon_match(const lexicon *lx, const char *text, size_t len, bool *hits)
{
	for (size_t i = 0; i < lx->count; i++) {
		const lexicon_entry *e = &lx->entries[i];

		if (hits[i])
			continue;
		if (e->loose_re && !matches(lx, e, e->loose_re, text, len))
			continue;
		hits[i] = matches(lx, e, e->re, text, len);
	}
}

void lexicon_free(lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->count; i++) {
		free(lx->entries[i].code);
		sb_free(&lx->entries[i].alternation);
		sb_free(&lx->entries[i].loose);
		pcre2_code_free(lx->entries[i].re);
		pcre2_code_free(lx->entries[i].loose_re);
	}
	free(lx->entries);
	strmap_free(lx->index);
	pcre2_match_data_free(lx->md);
	free(lx);
}
