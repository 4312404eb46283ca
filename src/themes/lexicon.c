/* lexicon.c - codes with PCRE2 patterns, compiled once, matched per text. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "themes/lexicon.h"

#include <errno.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "themes/acscan.h"
#include "themes/anchor.h"
#include "themes/placeholder.h"
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
	uint32_t family;
	uint32_t code; /* index into the family's codes, or DENY */
	long prefix;   /* most bytes a match has before its anchor; -1: any */
	bool jitted;   /* compiled to machine code, at its first use */
	bool literal, word_start, word_end; /* see anchor_info */
	anchor_set exact; /* a literal's strings */
} lexicon_pattern;

/* The codes of one family, in the order of their first row. */
typedef struct {
	char **codes;
	size_t count, cap;
	strmap *index;     /* code -> index + 1 */
	size_t unanchored; /* its patterns that run on every text */
} family;

struct lexicon {
	family *fams;
	size_t nfams;
	lexicon_pattern *pats;
	size_t npats, pats_cap;
	acscan *ac;       /* the patterns' anchors */
	uint32_t *always; /* patterns without anchors: run on every text */
	size_t nalways, alwayscap;
	/* Per text: the patterns whose anchors occur (cand[0..ncand)), a
	 * pattern being a candidate when seen[p] == gen, and where its first
	 * anchor starts (first[p], in the folded text); a literal pattern
	 * found with its checks passed has found[p] == gen. */
	uint32_t *seen, *cand, *found, gen;
	size_t *first;
	const char *scan;   /* the text being scanned (TEXT or its fold) */
	size_t scan_len;
	size_t ncand;
	bool deny_cand;
	strbuf folded, denied;
	pcre2_match_data *md;
};

lexicon *lexicon_new(size_t nfamilies)
{
	lexicon *lx = xcalloc(1, sizeof *lx);

	lx->nfams = nfamilies;
	lx->fams = xcalloc(nfamilies, sizeof *lx->fams);
	for (size_t f = 0; f < nfamilies; f++)
		lx->fams[f].index = strmap_new();
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

static uint32_t code_index(family *fam, const char *code)
{
	bool created;
	void **slot;

	if (strcmp(code, DENY_CODE) == 0)
		return DENY;
	slot = strmap_slot(fam->index, code, strlen(code), true, &created);
	if (created) {
		GROW(fam->codes, fam->count, fam->cap);
		fam->codes[fam->count] = xstrdup(code);
		*slot = (void *)(uintptr_t)(++fam->count);
	}
	return (uint32_t)((uintptr_t)*slot - 1);
}

static uint32_t add_pattern(lexicon *lx, const lexicon_pattern *pat)
{
	GROW(lx->pats, lx->npats, lx->pats_cap);
	lx->pats[lx->npats] = *pat;
	return (uint32_t)lx->npats++;
}

void lexicon_add(lexicon *lx, size_t fam, const char *code,
		 const char *pattern, const char *file, long line)
{
	/* Compiled at once, so a bad pattern is reported at its own line. */
	lexicon_pattern pat = {compile_or_die(pattern, file, line), (uint32_t)fam,
			       code_index(&lx->fams[fam], code), ANCHOR_UNBOUNDED,
			       false, false, false, false, {0}};
	anchor_info info;
	bool anchored = anchor_find(pattern, &info);
	uint32_t id;

	pat.prefix = info.prefix;
	pat.literal = info.literal;
	pat.word_start = info.word_start;
	pat.word_end = info.word_end;
	pat.exact = info.exact;
	id = add_pattern(lx, &pat);
	if (!anchored) {
		GROW(lx->always, lx->nalways, lx->alwayscap);
		lx->always[lx->nalways++] = id;
		lx->fams[fam].unanchored++;
		return;
	}
	for (size_t i = 0; i < info.set.n; i++)
		acscan_add(lx->ac, info.set.s[i], info.set.len[i], id);
	anchor_set_free(&info.set);
}

enum { C_CODE, C_PATTERN, NCOLS };
static const csv_table_column columns[NCOLS] = {
	{ "theme|place|code", true }, { "pattern", true },
};

/* The rows of table T into family FAM.  Blank rows and rows whose first
 * cell starts with '#' are comments, as in the codebook. */
static void load_rows(lexicon *lx, size_t fam, csv_table *t, const char *path)
{
	int rc;

	while ((rc = csv_table_next(t)) > 0) {
		const csv_field *code = csv_table_field(t, C_CODE);
		const csv_field *pat = csv_table_field(t, C_PATTERN);

		/* More fields than columns: most likely a pattern with an
		 * unquoted comma ("x{1,2}"), cut in two. */
		if (t->row->nfields > t->width)
			csv_table_die(t, _("expected %zu fields, found %zu"), t->width,
				      t->row->nfields);
		if (code->len == 0 || pat->len == 0)
			csv_table_die(t, "%s", _("empty code or pattern"));
		lexicon_add(lx, fam, code->data, pat->data, path, csv_table_line(t));
	}
	if (rc < 0)
		exit(EXIT_DATA);
}

void lexicon_load(lexicon *lx, size_t fam, const char *path)
{
	csv_options opt = {.delimiter = ',', .encoding = CSV_ENC_UTF8};
	csv_table t;

	if (csv_table_open(&t, path, &opt, columns, NCOLS, CSV_TABLE_COMMENTS) < 0)
		exit(EXIT_DATA);
	load_rows(lx, fam, &t, path);
	if (csv_table_close(&t) < 0)
		exit(EXIT_DATA);
}

void lexicon_compile(lexicon *lx)
{
	acscan_build(lx->ac, anchor_fold_byte);
	lx->seen = xcalloc(lx->npats + 1, sizeof *lx->seen);
	lx->cand = xmalloc((lx->npats + 1) * sizeof *lx->cand);
	lx->first = xcalloc(lx->npats + 1, sizeof *lx->first);
	lx->found = xcalloc(lx->npats + 1, sizeof *lx->found);
	/* Only "did it match" and where matter: one pair of offsets. */
	lx->md = pcre2_match_data_create(1, NULL);
	if (!lx->md)
		die(EXIT_DATA, "%s", _("out of memory"));
}

size_t lexicon_count(const lexicon *lx, size_t fam)
{
	return lx->fams[fam].count;
}

const char *lexicon_code(const lexicon *lx, size_t fam, size_t i)
{
	return lx->fams[fam].codes[i];
}

size_t lexicon_unanchored(const lexicon *lx, size_t fam)
{
	return lx->fams[fam].unanchored;
}

/* Match pattern P from byte START; the match is in lx->md. */
static bool matches(lexicon *lx, uint32_t p, const char *text, size_t len,
		    size_t start)
{
	lexicon_pattern *pat = &lx->pats[p];
	int rc;

	/* Compiled to machine code when first needed: most patterns never
	 * are on a small input, and compiling them all took longer than
	 * tagging a month.  Without JIT support PCRE2 interprets: slower,
	 * still right. */
	if (!pat->jitted) {
		pcre2_jit_compile(pat->re, PCRE2_JIT_COMPLETE);
		pat->jitted = true;
	}
	rc = pcre2_match(pat->re, (PCRE2_SPTR)text, len, start,
			 PCRE2_NO_UTF_CHECK, lx->md, NULL);

	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
		die(EXIT_DATA, _("pattern for %s failed to run (error %d)"),
		    lx->pats[p].code == DENY ? DENY_CODE
					     : lx->fams[lx->pats[p].family].codes[lx->pats[p].code],
		    rc);
	return rc >= 0;
}

/* Whether the character before byte AT (BEFORE) or at byte AT of
 * lx->scan is a word character: 1 yes, 0 no, -1 not known here (a
 * character outside ASCII and Latin-1: PCRE2 will tell). */
static int word_char(const lexicon *lx, size_t at, bool before)
{
	const unsigned char *s = (const unsigned char *)lx->scan;
	size_t n = lx->scan_len;
	unsigned char c;

	if (before ? at == 0 : at >= n)
		return 0;
	c = s[before ? at - 1 : at];
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		       (c >= 'A' && c <= 'Z') || c == '_';
	if (before) {
		if (at < 2 || s[at - 2] != 0xC3)
			return -1;
	} else {
		if (c != 0xC3 || at + 1 >= n)
			return -1;
		c = s[at + 1];
	}
	/* Latin-1: letters, except the multiplication and division signs. */
	return c >= 0x80 && c <= 0xBF ? c != 0x97 && c != 0xB7 : -1;
}

/* For a literal pattern whose anchor starts at START: 1 one of its
 * strings is there and passes its checks (a match), 0 none (no match
 * here), -1 a neighbour PCRE2 must judge. */
static int literal_found(const lexicon *lx, const lexicon_pattern *pat,
			 size_t start)
{
	int before = pat->word_start ? word_char(lx, start, true) : 0;
	int result = 0;

	if (before == 1)
		return 0;
	for (size_t i = 0; i < pat->exact.n && result < 1; i++) {
		int after;

		if (!anchor_equal_at(lx->scan, lx->scan_len, start,
				     pat->exact.s[i], pat->exact.len[i]))
			continue;
		after = pat->word_end ?
			word_char(lx, start + pat->exact.len[i], false) : 0;
		if (after == 1)
			continue;
		result = before < 0 || after < 0 ? -1 : 1;
	}
	return result;
}

static void mark_candidate(uint32_t p, size_t start, size_t end, void *ctx)
{
	lexicon *lx = ctx;

	(void)end;
	if (lx->pats[p].literal) {
		int ok = literal_found(lx, &lx->pats[p], start);
		if (ok == 0)
			return;
		if (ok == 1)
			lx->found[p] = lx->gen;
	}
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
		memset(lx->found, 0, (lx->npats + 1) * sizeof *lx->found);
		lx->gen = 1;
	}
	lx->ncand = 0;
	lx->deny_cand = false;
	if (anchor_fold_needed(text, len)) {
		anchor_fold(&lx->folded, text, len);
		text = lx->folded.s;
		len = lx->folded.len;
	}
	lx->scan = text;
	lx->scan_len = len;
	acscan_run(lx->ac, text, len, mark_candidate, lx);
	for (size_t i = 0; i < lx->nalways; i++)
		mark_candidate(lx->always[i], 0, 0, lx);
}

/* Blank, in a copy of TEXT (lx->denied), everything the denial patterns
 * among the candidates match.  Returns false when they match nothing. */
static bool blank_denials(lexicon *lx, const char *text, size_t len)
{
	bool any = false;

	sb_clear(&lx->denied);
	subject_reserve(&lx->denied, len);
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

void lexicon_match(lexicon *lx, const char *text, size_t len,
		   bool *const *hits)
{
	find_candidates(lx, text, len);
	if (lx->deny_cand && blank_denials(lx, text, len)) {
		text = lx->denied.s;
		find_candidates(lx, text, len);
	}
	for (size_t i = 0; i < lx->ncand; i++) {
		const lexicon_pattern *pat = &lx->pats[lx->cand[i]];
		bool *fam_hits = pat->code == DENY ? NULL : hits[pat->family];

		if (!fam_hits || fam_hits[pat->code])
			continue;
		fam_hits[pat->code] = lx->found[lx->cand[i]] == lx->gen ||
				      matches(lx, lx->cand[i], text, len,
					      match_start(lx, lx->cand[i], text));
	}
}

void lexicon_free(lexicon *lx)
{
	if (!lx)
		return;
	for (size_t f = 0; f < lx->nfams; f++) {
		for (size_t i = 0; i < lx->fams[f].count; i++)
			free(lx->fams[f].codes[i]);
		free(lx->fams[f].codes);
		strmap_free(lx->fams[f].index);
	}
	free(lx->fams);
	for (size_t i = 0; i < lx->npats; i++) {
		pcre2_code_free(lx->pats[i].re);
		anchor_set_free(&lx->pats[i].exact);
	}
	free(lx->pats);
	free(lx->always);
	free(lx->seen);
	free(lx->cand);
	free(lx->first);
	free(lx->found);
	acscan_free(lx->ac);
	sb_free(&lx->folded);
	sb_free(&lx->denied);
	pcre2_match_data_free(lx->md);
	free(lx);
}
