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
	if (c->target >= 0 && c->role != ROLE_DROP && c->role != ROLE_OPTION &&
	    lo->first[c->target] < 0)
		lo->first[c->target] = (long)i;
}

/* "Question [Option]" whose question is a list column and whose option a
 * label of it: one column per option, without a header row of its own. */
static bool option_header(layout *lo, const codebook *cb, size_t i, const char *s, size_t n)
{
	const char *open = NULL, *code;
	const cb_entry *q;

	if (n < 3 || s[n - 1] != ']')
		return false;
	for (const char *p = s + n - 1; p > s; p--)
		if (*p == '[') {
			open = p;
			break;
		}
	if (!open)
		return false;
	q = codebook_header(cb, lo->profile, s, (size_t)(open - s));
	if (!q)
		q = codebook_header(cb, NULL, s, (size_t)(open - s));
	if (!q || *q->code || layout_column_role(q->column, "") != ROLE_LIST)
		return false;
	code = codebook_match(cb, lo->profile, q->column, open + 1, (size_t)(s + n - 1 - open - 1));
	if (!code || !*code)
		return false;
	set_column(lo, cb, i, q->column, code);
	return true;
}

static void resolve_column(layout *lo, const codebook *cb, const csv_record *hdr, size_t i)
{
	size_t n;
	const char *s = field_text(hdr, i, &n);
	const cb_entry *e = codebook_header(cb, lo->profile, s, n);

	if (!e)
		e = codebook_header(cb, NULL, s, n);
	if (e)
		set_column(lo, cb, i, e->column, e->code);
	else if (!option_header(lo, cb, i, s, n)) {
		lo->cols[i].role = ROLE_UNKNOWN;
		lo->unknown = xrealloc(lo->unknown, (lo->nunknown + 1) * sizeof *lo->unknown);
		lo->unknown[lo->nunknown++] = xmemdup(s, n);
		return;
	}
	lo->nknown++;
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
		resolve_column(lo, cb, hdr, i);
	}
}

void layout_free(layout *lo)
{
	for (size_t i = 0; i < lo->nunknown; i++)
		free(lo->unknown[i]);
	free(lo->unknown);
	free(lo->cols);
	memset(lo, 0, sizeof *lo);
}
