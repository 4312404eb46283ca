/* lexicon.c - codes with PCRE2 patterns, compiled once, matched per text. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "themes/lexicon.h"

#include <errno.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "themes/acscan.h"
#include "themes/anchor.h"
#include "text.h"
#include "util.h"

/* Case-insensitive, Unicode-aware: \b, \w and case folding know å, ä, ö.
 * The subject is validated UTF-8 already (the CSV reader checks it), so
 * matching skips PCRE2's own check. */
#define LEXICON_FLAGS (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS)

/* The code of a denial row: what it matches is hidden from the others. */
#define DENY_CODE "-"
#define DENY UINT32_MAX

typedef struct {
	pcre2_code *re;
	uint32_t code; /* index into codes, or DENY */
	long prefix;   /* most bytes a match has before its anchor; -1: any */
} lexicon_pattern;

struct lexicon {
	char **codes;
	size_t count, cap;
	strmap *index; /* code -> index + 1 */
	lexicon_pattern *pats;
	size_t npats, pats_cap;
	acscan *ac;       /* the patterns' anchors */
	uint32_t *always; /* patterns without anchors: run on every text */
	size_t nalways;
	/* Per text: the patterns whose anchors occur (cand[0..ncand)), a
	 * pattern being a candidate when seen[p] == gen, and where its first
	 * anchor starts (first[p], in the folded text). */
	uint32_t *seen, *cand, gen;
	size_t *first;
	size_t ncand;
	bool deny_cand;
	strbuf folded, denied;
	pcre2_match_data *md;
};

lexicon *lexicon_new(void)
{
	lexicon *lx = xcalloc(1, sizeof *lx);

	lx->index = strmap_new();
	lx->ac = acscan_new();
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

static uint32_t code_index(lexicon *lx, const char *code)
{
	bool created;
	void **slot;

	if (strcmp(code, DENY_CODE) == 0)
		return DENY;
	slot = strmap_slot(lx->index, code, strlen(code), true, &created);
	if (created) {
		if (lx->count == lx->cap) {
			lx->cap = lx->cap ? 2 * lx->cap : 16;
			lx->codes = xrealloc(lx->codes, lx->cap * sizeof *lx->codes);
		}
		lx->codes[lx->count] = xstrdup(code);
		*slot = (void *)(uintptr_t)(++lx->count);
	}
	return (uint32_t)((uintptr_t)*slot - 1);
}

static uint32_t add_pattern(lexicon *lx, pcre2_code *re, uint32_t code,
			    long prefix)
{
	if (lx->npats == lx->pats_cap) {
		lx->pats_cap = lx->pats_cap ? 2 * lx->pats_cap : 64;
		lx->pats = xrealloc(lx->pats, lx->pats_cap * sizeof *lx->pats);
	}
	lx->pats[lx->npats] = (lexicon_pattern){re, code, prefix};
	return (uint32_t)lx->npats++;
}

void lexicon_add(lexicon *lx, const char *code, const char *pattern,
		 const char *file, long line)
{
	/* Compiled at once, so a bad pattern is reported at its own line. */
	pcre2_code *re = compile_or_die(pattern, file, line);
	anchor_set anchors;
	long prefix = ANCHOR_UNBOUNDED;
	bool anchored = anchor_find(pattern, &anchors, &prefix);
	uint32_t id = add_pattern(lx, re, code_index(lx, code), prefix);

	/* Without JIT support PCRE2 interprets: slower, still right. */
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	if (!anchored) {
		lx->always = xrealloc(lx->always, (lx->nalways + 1) * sizeof *lx->always);
		lx->always[lx->nalways++] = id;
		return;
	}
	for (size_t i = 0; i < anchors.n; i++)
		acscan_add(lx->ac, anchors.s[i], anchors.len[i], id);
	anchor_set_free(&anchors);
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
		      size_t ncols, long code_col, long pat_col)
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
		/* More fields than columns: most likely a pattern with an
		 * unquoted comma ("x{1,2}"), cut in two. */
		if (rec->nfields > ncols)
			die_at(EXIT_DATA, path, rec->line,
			       _("expected %zu fields, found %zu"),
			       ncols, rec->nfields);
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
	load_rows(lx, r, path, header->nfields, code_col, pat_col);
	if (csv_close(r) != 0)
		die(EXIT_DATA, "%s: %s", path, _("read error"));
}

void lexicon_compile(lexicon *lx)
{
	acscan_build(lx->ac, anchor_fold_byte);
	lx->seen = xcalloc(lx->npats + 1, sizeof *lx->seen);
	lx->cand = xmalloc((lx->npats + 1) * sizeof *lx->cand);
	lx->first = xcalloc(lx->npats + 1, sizeof *lx->first);
	/* Only "did it match" and where matter: one pair of offsets. */
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
	return lx->codes[i];
}

size_t lexicon_unanchored(const lexicon *lx)
{
	return lx->nalways;
}

/* Match pattern P from byte START; the match is in lx->md. */
static bool matches(lexicon *lx, uint32_t p, const char *text, size_t len,
		    size_t start)
{
	int rc = pcre2_match(lx->pats[p].re, (PCRE2_SPTR)text, len, start,
			     PCRE2_NO_UTF_CHECK, lx->md, NULL);

	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
		die(EXIT_DATA, _("pattern for %s failed to run (error %d)"),
		    lx->pats[p].code == DENY ? DENY_CODE : lx->codes[lx->pats[p].code],
		    rc);
	return rc >= 0;
}

static void mark_candidate(uint32_t p, size_t start, void *ctx)
{
	lexicon *lx = ctx;

	if (lx->seen[p] == lx->gen) {
		if (start < lx->first[p])
			lx->first[p] = start;
		return;
	}
	lx->seen[p] = lx->gen;
	lx->first[p] = start;
	lx->cand[lx->ncand++] = p;
	lx->deny_cand |= lx->pats[p].code == DENY;
}

/* The candidates for TEXT: the patterns whose anchors occur in it, and
 * those without anchors. */
static void find_candidates(lexicon *lx, const char *text, size_t len)
{
	if (++lx->gen == 0) { /* wrapped: forget every old mark */
		memset(lx->seen, 0, (lx->npats + 1) * sizeof *lx->seen);
		lx->gen = 1;
	}
	lx->ncand = 0;
	lx->deny_cand = false;
	if (anchor_fold_needed(text, len)) {
		anchor_fold(&lx->folded, text, len);
		text = lx->folded.s;
		len = lx->folded.len;
	}
	acscan_run(lx->ac, text, len, mark_candidate, lx);
	for (size_t i = 0; i < lx->nalways; i++)
		mark_candidate(lx->always[i], 0, lx);
}

/* Blank, in a copy of TEXT (lx->denied), everything the denial patterns
 * among the candidates match.  Returns false when they match nothing. */
static bool blank_denials(lexicon *lx, const char *text, size_t len)
{
	bool any = false;

	sb_clear(&lx->denied);
	sb_append(&lx->denied, text, len);
	for (size_t i = 0; i < lx->ncand; i++) {
		uint32_t p = lx->cand[i];
		size_t at = 0;

		if (lx->pats[p].code != DENY)
			continue;
		while (at <= len && matches(lx, p, lx->denied.s, len, at)) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(lx->md);
			memset(lx->denied.s + ov[0], ' ', ov[1] - ov[0]);
			any |= ov[1] > ov[0];
			/* An empty match: go on after the next character. */
			at = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
			while (at < len && ((unsigned char)lx->denied.s[at] & 0xC0) == 0x80)
				at++;
		}
	}
	return any;
}

/* Where pattern P can first match in TEXT: a match holds an anchor, so
 * it starts at most prefix bytes before the first anchor.  When the text
 * had to be folded into a copy, offsets are those of the copy; folding
 * only shortens, so such an offset is at most the same offset in TEXT.
 * It is moved back to the start of a character. */
static size_t match_start(const lexicon *lx, uint32_t p, const char *text)
{
	long prefix = lx->pats[p].prefix;
	size_t at = lx->first[p];

	if (prefix < 0 || (size_t)prefix >= at)
		return 0;
	at -= (size_t)prefix;
	while (at > 0 && ((unsigned char)text[at] & 0xC0) == 0x80)
		at--;
	return at;
}

void lexicon_match(lexicon *lx, const char *text, size_t len, bool *hits)
{
	find_candidates(lx, text, len);
	if (lx->deny_cand && blank_denials(lx, text, len)) {
		text = lx->denied.s;
		find_candidates(lx, text, len);
	}
	for (size_t i = 0; i < lx->ncand; i++) {
		const lexicon_pattern *pat = &lx->pats[lx->cand[i]];

		if (pat->code == DENY || hits[pat->code])
			continue;
		hits[pat->code] = matches(lx, lx->cand[i], text, len,
					  match_start(lx, lx->cand[i], text));
	}
}

void lexicon_free(lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->count; i++)
		free(lx->codes[i]);
	for (size_t i = 0; i < lx->npats; i++)
		pcre2_code_free(lx->pats[i].re);
	free(lx->codes);
	free(lx->pats);
	free(lx->always);
	free(lx->seen);
	free(lx->cand);
	free(lx->first);
	acscan_free(lx->ac);
	strmap_free(lx->index);
	sb_free(&lx->folded);
	sb_free(&lx->denied);
	pcre2_match_data_free(lx->md);
	free(lx);
}
