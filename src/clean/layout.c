/* layout.c - resolve an export's header against the codebook (layout.h). */
#include "clean/layout.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

static const char *field_text(const csv_record *hdr, size_t i, size_t *n)
{
	*n = hdr->fields[i].len;
	return trim_span(hdr->fields[i].data, n);
}

/* The profile with the most header texts of its own in HDR (first wins a
 * tie); "" when no profile has any. */
static const char *best_profile(const codebook *cb, const csv_record *hdr, size_t ncols)
{
	const char *best = "";
	size_t best_hits = 0;

	for (size_t p = 0; p < codebook_nprofiles(cb); p++) {
		const char *prof = codebook_profile(cb, p);
		size_t hits = 0;

		for (size_t i = 0; i < ncols; i++) {
			size_t n;
			const char *s = field_text(hdr, i, &n);
			const cb_entry *e = codebook_header(cb, prof, s, n);

			hits += e && strcmp(e->profile, prof) == 0;
		}
		if (hits > best_hits) {
			best = prof;
			best_hits = hits;
		}
	}
	return best;
}

enum role layout_column_role(const char *column, const char *code)
{
	static const struct {
		const char *column;
		enum role role;
	} roles[] = {
		{ "response_id", ROLE_ID }, { "collected_at", ROLE_TIMESTAMP },
		{ "site", ROLE_PLACE },
		{ "area", ROLE_CODED }, { "gender", ROLE_CODED },
		{ "safety", ROLE_CODED }, { "worry", ROLE_CODED },
		{ "victim_12m", ROLE_CODED }, { "age_band", ROLE_AGE },
		{ "unsafe_places", ROLE_LIST }, { "problems", ROLE_LIST },
		{ "free_text", ROLE_TEXT }, { "suggestion", ROLE_TEXT },
		{ CB_IDENTITY, ROLE_IDENTITY },
	};

	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (strcmp(roles[i].column, column) == 0)
			return roles[i].role == ROLE_LIST && *code ? ROLE_OPTION : roles[i].role;
	return ROLE_DROP; /* "drop", and the derived source/time_of_day */
}

static bool is_typed_option(const codebook *cb, const char *profile,
			    const char *column, const char *code)
{
	const char *unknown;

	return codebook_settings(cb, profile, column, "unknown", &unknown, 1) > 0 &&
	       strcmp(unknown, code) == 0;
}

static void set_column(layout *lo, const codebook *cb, size_t i, const char *column,
		       const char *code)
{
	in_column *c = &lo->cols[i];

	c->role = layout_column_role(column, code);
	c->target = (int)codebook_schema_index(column);
	if (c->role == ROLE_OPTION) {
		c->option = codebook_code_index(cb, column, code);
		c->typed = is_typed_option(cb, lo->profile, column, code);
		if (c->option < 0)
			c->role = ROLE_DROP;
	}
	if (c->role == ROLE_IDENTITY && lo->identity < 0)
		lo->identity = (long)i;
	if (c->target >= 0 && c->role != ROLE_DROP)
		lo->present[c->target] = true;
	if (c->target >= 0 && c->role != ROLE_DROP && c->role != ROLE_OPTION &&
	    lo->first[c->target] < 0)
		lo->first[c->target] = (long)i;
	lo->nknown++;
}

/* --- near matches --- */

/* "Question [Option]": where the option begins ('['), or NULL. */
static const char *option_bracket(const char *s, size_t n)
{
	if (n < 3 || s[n - 1] != ']')
		return NULL;
	for (const char *p = s + n - 1; p > s; p--)
		if (*p == '[')
			return p;
	return NULL;
}

/* Is the column (and option) of header row E filled already? */
static bool taken(const layout *lo, const codebook *cb, const cb_entry *e)
{
	long t = codebook_schema_index(e->column);
	long option;

	if (t < 0)
		return false; /* identity, drop: never filled twice on purpose */
	if (!*e->code)
		return lo->first[t] >= 0;
	option = codebook_code_index(cb, e->column, e->code);
	for (size_t i = 0; i < lo->ncols; i++)
		if (lo->cols[i].role == ROLE_OPTION && lo->cols[i].target == t &&
		    lo->cols[i].option == option)
			return true;
	return false;
}

static bool same_target(const cb_entry *a, const cb_entry *b)
{
	return strcmp(a->column, b->column) == 0 && strcmp(a->code, b->code) == 0;
}

/* What a header is compared by: the loose key of the whole text, or for
 * an option header that of the question, with the option's own key. */
typedef struct {
	strbuf key, option;
	bool has_option;
} header_key;

static void make_header_key(header_key *k, const codebook *cb, const char *s, size_t n)
{
	const char *open = option_bracket(s, n);

	sb_clear(&k->key);
	sb_clear(&k->option);
	k->has_option = open != NULL;
	if (open) {
		codebook_fold(cb, &k->option, open + 1, (size_t)(s + n - 1 - open - 1));
		n = (size_t)(open - s);
	}
	loose_key(&k->key, s, n);
}

static void free_header_key(header_key *k)
{
	sb_free(&k->key);
	sb_free(&k->option);
}

/* Distance of header K to row E (LIMIT + 1: too far). */
static size_t row_distance(const codebook *cb, const header_key *k, const cb_entry *e,
			   size_t limit, header_key *scratch)
{
	if (!*e->code)
		return k->has_option ? limit + 1
				     : edit_distance(k->key.s, k->key.len, e->loose,
						     strlen(e->loose), limit);
	if (!k->has_option)
		return limit + 1;
	make_header_key(scratch, cb, e->text, strlen(e->text));
	if (!scratch->has_option || strcmp(scratch->option.s, k->option.s) != 0)
		return limit + 1;
	return edit_distance(k->key.s, k->key.len, scratch->key.s, scratch->key.len, limit);
}

/* Edits allowed between two loose keys: an eighth of the longer one, so
 * short headers ("Kön", "Ålder") must have the very same letters. */
static size_t edit_limit(size_t a, size_t b)
{
	return (a > b ? a : b) / 8;
}

/* The one closest row for the header S[0..n) of column I, or NULL. */
static const cb_entry *near_row(const layout *lo, const codebook *cb, const char *s, size_t n)
{
	header_key k = { 0 }, scratch = { 0 };
	const cb_entry *best = NULL;
	size_t best_d = (size_t)-1;
	bool tie = false;

	make_header_key(&k, cb, s, n);
	for (size_t i = 0; k.key.len > 0 && i < codebook_nheaders(cb); i++) {
		const cb_entry *e = codebook_header_at(cb, i);
		size_t limit, d;

		if ((*e->profile && strcmp(e->profile, lo->profile) != 0) || taken(lo, cb, e))
			continue;
		limit = edit_limit(k.key.len, strlen(e->loose));
		d = row_distance(cb, &k, e, limit, &scratch);
		if (d > limit || d > best_d)
			continue;
		if (best && d == best_d) {
			tie |= !same_target(e, best);
			continue;
		}
		best = e;
		best_d = d;
		tie = false;
	}
	free_header_key(&k);
	free_header_key(&scratch);
	return tie ? NULL : best;
}

static void add_near(layout *lo, const char *s, size_t n, const cb_entry *e)
{
	GROW(lo->near, lo->nnear, lo->nearcap);
	lo->near[lo->nnear].header = xmemdup(s, n);
	lo->near[lo->nnear++].entry = e;
}

/* --- exact matches --- */

/* The header row for S[0..n): the profile's own, else any profile's. */
static const cb_entry *exact_row(const layout *lo, const codebook *cb, const char *s, size_t n)
{
	const cb_entry *e = codebook_header(cb, lo->profile, s, n);

	return e ? e : codebook_header(cb, NULL, s, n);
}

/* "Question [Option]" whose question is a list column and whose option a
 * label of it: one column per option, without a header row of its own.
 * The question may be a near match (reported). */
static bool option_header(layout *lo, const codebook *cb, size_t i, const char *s, size_t n,
			  bool near)
{
	const char *open = option_bracket(s, n), *code;
	const cb_entry *q;

	if (!open)
		return false;
	q = near ? near_row(lo, cb, s, (size_t)(open - s)) : exact_row(lo, cb, s, (size_t)(open - s));
	if (!q || *q->code || layout_column_role(q->column, "") != ROLE_LIST)
		return false;
	code = codebook_match(cb, lo->profile, q->column, open + 1, (size_t)(s + n - 1 - open - 1));
	if (!code || !*code)
		return false;
	set_column(lo, cb, i, q->column, code);
	if (near)
		add_near(lo, s, (size_t)(open - s), q);
	return true;
}

static bool resolve_exact(layout *lo, const codebook *cb, const csv_record *hdr, size_t i)
{
	size_t n;
	const char *s = field_text(hdr, i, &n);
	const cb_entry *e = exact_row(lo, cb, s, n);

	if (e) {
		set_column(lo, cb, i, e->column, e->code);
		return true;
	}
	return option_header(lo, cb, i, s, n, false);
}

static void resolve_near(layout *lo, const codebook *cb, const csv_record *hdr, size_t i)
{
	size_t n;
	const char *s = field_text(hdr, i, &n);
	const cb_entry *e = near_row(lo, cb, s, n);

	if (e) {
		set_column(lo, cb, i, e->column, e->code);
		add_near(lo, s, n, e);
	} else if (!option_header(lo, cb, i, s, n, true)) {
		if (grow_cap(lo->nunknown + 1, &lo->unknowncap)) {
			lo->unknown = xreallocarray(lo->unknown, lo->unknowncap, sizeof *lo->unknown);
			lo->unknown_col = xreallocarray(lo->unknown_col, lo->unknowncap,
							sizeof *lo->unknown_col);
		}
		lo->unknown_col[lo->nunknown] = i + 1;
		lo->unknown[lo->nunknown++] = xmemdup(s, n);
	}
}

void layout_build(layout *lo, const codebook *cb, const csv_record *hdr)
{
	size_t n;

	memset(lo, 0, sizeof *lo);
	lo->identity = -1;
	for (size_t t = 0; t < NSCHEMA_MAX; t++)
		lo->first[t] = -1;
	lo->ncols = hdr->nfields;
	if (lo->ncols > 1) {
		field_text(hdr, lo->ncols - 1, &n);
		lo->trailing = n == 0;
		lo->ncols -= lo->trailing;
	}
	lo->cols = xcalloc(lo->ncols + 1, sizeof *lo->cols);
	lo->profile = best_profile(cb, hdr, lo->ncols);
	for (size_t i = 0; i < lo->ncols; i++) {
		lo->cols[i].target = -1;
		lo->cols[i].role = ROLE_UNKNOWN;
		resolve_exact(lo, cb, hdr, i);
	}
	/* Exact matches first, so a near one never takes their column. */
	for (size_t i = 0; i < lo->ncols; i++)
		if (lo->cols[i].role == ROLE_UNKNOWN)
			resolve_near(lo, cb, hdr, i);
}

/* --- required columns --- */

/* The position of the unknown column whose header is closest to TEXT (0
 * if none). */
static size_t closest_unknown(const layout *lo, const char *text)
{
	strbuf want = { 0 }, have = { 0 };
	size_t best = 0;
	size_t best_d = (size_t)-1;

	loose_key(&want, text, strlen(text));
	for (size_t i = 0; i < lo->nunknown; i++) {
		size_t d;

		sb_clear(&have);
		loose_key(&have, lo->unknown[i], strlen(lo->unknown[i]));
		d = edit_distance(want.s ? want.s : "", want.len, have.s ? have.s : "", have.len,
				  want.len + have.len);
		if (d < best_d) {
			best = lo->unknown_col[i];
			best_d = d;
		}
	}
	sb_free(&want);
	sb_free(&have);
	return best;
}

long layout_missing(const layout *lo, const codebook *cb, const bool *allow, size_t *from,
		    const char **wanted, size_t *closest)
{
	for (; lo->profile[0] && *from < codebook_nheaders(cb); (*from)++) {
		const cb_entry *e = codebook_header_at(cb, *from);
		long t = codebook_schema_index(e->column);
		bool reported = false;

		if (t < 0 || strcmp(e->profile, lo->profile) != 0 || lo->present[t] || allow[t])
			continue;
		/* once per column: the first of its rows */
		for (size_t k = 0; k < *from && !reported; k++) {
			const cb_entry *before = codebook_header_at(cb, k);
			reported = strcmp(before->profile, lo->profile) == 0 &&
				   strcmp(before->column, e->column) == 0;
		}
		if (reported)
			continue;
		*wanted = e->text;
		*closest = closest_unknown(lo, e->text);
		(*from)++;
		return t;
	}
	return -1;
}

void layout_free(layout *lo)
{
	for (size_t i = 0; i < lo->nunknown; i++)
		free(lo->unknown[i]);
	free(lo->unknown);
	free(lo->unknown_col);
	for (size_t i = 0; i < lo->nnear; i++)
		free(lo->near[i].header);
	free(lo->near);
	free(lo->cols);
	memset(lo, 0, sizeof *lo);
}
