/* codebook.c - load the codebook CSV and answer lookups (codebook.h).
 *
 * Rows are kept as read (for error lines and for the lists other programs
 * walk); lookups go through hash maps keyed by
 * "profile \x1f column \x1f folded text" so matching a cell costs one fold
 * and a few hash probes, however large the codebook. */
#include "codebook.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "csvtable.h"
#include "text.h"

#define SEP '\x1f'
#define SWAP_STR(a, b) do { char *t_ = (a); (a) = (b); (b) = t_; } while (0)
#define ANY_PROFILE "\x1e" /* header map: first row of any profile */

typedef struct {
	char *column, *code, *sv, *en;
	const char *file;
	long line;
	size_t layer; /* which file: 0 the first (generic) one */
} code_row;

typedef struct {
	char *profile, *column, *name, *value;
	const char *file;
	long line;
	size_t layer;
} setting_row;

typedef struct {
	cb_entry *v;
	size_t n, cap;
} entry_list;

struct codebook {
	const char *path;   /* the file being read; then the last one */
	char **files;       /* every file read, in order (the layers) */
	size_t nfiles;
	int year;
	bool fold_accents;
	entry_list labels, headers;
	code_row *codes;
	size_t ncodes, codes_cap;
	setting_row *settings;
	size_t nsettings, settings_cap;
	char **profiles;
	size_t nprofiles;
	strmap *label_map;  /* key -> entry index + 1 */
	strmap *header_map; /* key -> entry index + 1 */
	strmap *code_map;   /* "column \x1f code" -> code index + 1 */
	strbuf *scratch;    /* pointer, so const lookups may reuse it */
	strbuf *key;
};

/* SCHEMA.md v2, in order (site added after time_of_day). */
static const char *const schema_columns[] = {
	"response_id", "source", "collected_at", "time_of_day", "site", "area",
	"age_band", "gender", "safety", "worry", "victim_12m",
	"unsafe_places", "problems", "free_text", "suggestion"
};
#define NSCHEMA (sizeof schema_columns / sizeof schema_columns[0])

const char *const *codebook_schema_columns(size_t *n)
{
	*n = NSCHEMA;
	return schema_columns;
}

long codebook_schema_index(const char *column)
{
	for (size_t i = 0; i < NSCHEMA; i++)
		if (strcmp(schema_columns[i], column) == 0)
			return (long)i;
	return -1;
}

/* --- reading rows --- */

typedef struct {
	long type, profile, column, code, text, english;
} row_layout;

/* The field at IDX, trimmed, as a new string ("" when absent). */
static char *field_dup(const csv_record *rec, long idx)
{
	size_t n;
	const char *s;

	if (idx < 0 || (size_t)idx >= rec->nfields)
		return xstrdup("");
	n = rec->fields[idx].len;
	s = trim_span(rec->fields[idx].data, &n);
	return xmemdup(s, n);
}

static void entry_push(entry_list *l, const char *cb_path, const csv_record *rec,
		       const row_layout *lay)
{
	cb_entry *e;

	GROW(l->v, l->n, l->cap);
	e = &l->v[l->n++];
	e->profile = field_dup(rec, lay->profile);
	e->column = field_dup(rec, lay->column);
	e->code = field_dup(rec, lay->code);
	e->text = field_dup(rec, lay->text);
	e->loose = NULL;
	e->file = cb_path;
	e->line = rec->line;
}

static void code_push(codebook *cb, const csv_record *rec, const row_layout *lay)
{
	code_row *c;

	GROW(cb->codes, cb->ncodes, cb->codes_cap);
	c = &cb->codes[cb->ncodes++];
	c->column = field_dup(rec, lay->column);
	c->code = field_dup(rec, lay->code);
	c->sv = field_dup(rec, lay->text);
	c->en = field_dup(rec, lay->english);
	c->file = cb->path;
	c->line = rec->line;
	c->layer = cb->nfiles - 1;
}

static void setting_push(codebook *cb, const csv_record *rec, const row_layout *lay)
{
	setting_row *s;

	GROW(cb->settings, cb->nsettings, cb->settings_cap);
	s = &cb->settings[cb->nsettings++];
	s->profile = field_dup(rec, lay->profile);
	s->column = field_dup(rec, lay->column);
	s->name = field_dup(rec, lay->code);
	s->value = field_dup(rec, lay->text);
	s->file = cb->path;
	s->line = rec->line;
	s->layer = cb->nfiles - 1;
}

static bool field_is(const csv_record *rec, long idx, const char *word)
{
	size_t n;
	const char *s;

	if (idx < 0 || (size_t)idx >= rec->nfields)
		return *word == '\0';
	n = rec->fields[idx].len;
	s = trim_span(rec->fields[idx].data, &n);
	return n == strlen(word) && memcmp(s, word, n) == 0;
}

static bool skip_row(const csv_record *rec, long type_idx)
{
	size_t n;
	const char *s;

	if (rec->nfields == 0 || type_idx < 0 || (size_t)type_idx >= rec->nfields)
		return true;
	n = rec->fields[type_idx].len;
	s = trim_span(rec->fields[type_idx].data, &n);
	return n == 0 || *s == '#';
}

static int read_row(codebook *cb, const csv_record *rec, const row_layout *lay)
{
	if (skip_row(rec, lay->type))
		return 0;
	if (field_is(rec, lay->type, "label"))
		entry_push(&cb->labels, cb->path, rec, lay);
	else if (field_is(rec, lay->type, "header"))
		entry_push(&cb->headers, cb->path, rec, lay);
	else if (field_is(rec, lay->type, "code"))
		code_push(cb, rec, lay);
	else if (field_is(rec, lay->type, "setting"))
		setting_push(cb, rec, lay);
	else {
		warn_at(cb->path, rec->line, "%s",
			_("unknown row type (expected setting, code, header or label)"));
		return -1;
	}
	return 0;
}

enum { C_TYPE, C_PROFILE, C_COLUMN, C_CODE, C_TEXT, C_ENGLISH, NCOLS };
static const csv_table_column columns[NCOLS] = {
	{ "type", true }, { "profile", false }, { "column", true },
	{ "code", true }, { "text", true }, { "english", false },
};

static int read_rows(codebook *cb)
{
	csv_table t;
	row_layout lay;
	int status = 0, rc = 0;

	/* csv_table_open would say "cannot open FILE: ..."; the codebook's
	 * own wording is older (tests/plan.bats checks it). */
	if (access(cb->path, R_OK) != 0 && strcmp(cb->path, "-") != 0) {
		warn("%s: %s", cb->path, strerror(errno));
		return -1;
	}
	if (csv_table_open(&t, cb->path, NULL, columns, NCOLS, CSV_TABLE_ANY_WIDTH) < 0)
		return -1;
	lay = (row_layout){ .type = t.col[C_TYPE], .profile = t.col[C_PROFILE],
			    .column = t.col[C_COLUMN], .code = t.col[C_CODE],
			    .text = t.col[C_TEXT], .english = t.col[C_ENGLISH] };
	while (rc == 0 && (status = csv_table_next(&t)) > 0)
		rc = read_row(cb, t.row, &lay);
	if (csv_table_close(&t) < 0 || status < 0)
		rc = -1;
	return rc;
}

/* --- building the lookup maps --- */

static const char *make_key(const codebook *cb, const char *profile,
			    const char *column, const char *text, size_t n)
{
	strbuf *k = cb->key;

	sb_clear(k);
	sb_puts(k, profile);
	sb_putc(k, SEP);
	sb_puts(k, column);
	sb_putc(k, SEP);
	codebook_fold(cb, cb->scratch, text, n);
	sb_append(k, cb->scratch->s, cb->scratch->len);
	return k->s;
}

static bool known_column(const char *column, bool header)
{
	if (codebook_schema_index(column) >= 0)
		return true;
	if (header)
		return strcmp(column, CB_IDENTITY) == 0 || strcmp(column, CB_DROP) == 0;
	return *column == '\0' || strcmp(column, CB_IDENTITY) == 0;
}

/* A code must be on its column's list when the column has one. */
static int check_code(const codebook *cb, const char *column, const char *code,
		      const char *file, long line)
{
	if (*code == '\0' || codebook_ncodes(cb, column) == 0 ||
	    codebook_code_index(cb, column, code) >= 0)
		return 0;
	warn_at(file, line, _("code '%s' is not in the code list of column %s"),
		code, column);
	return -1;
}

static int index_labels(codebook *cb)
{
	for (size_t i = 0; i < cb->labels.n; i++) {
		const cb_entry *e = &cb->labels.v[i];
		const char *key;
		bool created;
		void **slot;

		if (!known_column(e->column, false)) {
			warn_at(e->file, e->line, _("unknown column '%s'"), e->column);
			return -1;
		}
		if (check_code(cb, e->column, e->code, e->file, e->line) < 0)
			return -1;
		key = make_key(cb, e->profile, e->column, e->text, strlen(e->text));
		slot = strmap_slot(cb->label_map, key, cb->key->len, true, &created);
		if (!created && strcmp(cb->labels.v[(size_t)*slot - 1].code, e->code) != 0) {
			warn_at(e->file, e->line, "%s",
				_("this label already has another code (same profile and column)"));
			return -1;
		}
		if (created)
			*slot = (void *)(i + 1);
	}
	return 0;
}

static void note_profile(codebook *cb, const char *profile)
{
	if (*profile == '\0')
		return;
	for (size_t i = 0; i < cb->nprofiles; i++)
		if (strcmp(cb->profiles[i], profile) == 0)
			return;
	cb->profiles = xrealloc(cb->profiles, (cb->nprofiles + 1) * sizeof *cb->profiles);
	cb->profiles[cb->nprofiles++] = xstrdup(profile);
}

/* Returns -1 when PROFILE already maps the same header text to another
 * column or code: which one the analyst meant cannot be guessed. */
static int header_slot(codebook *cb, const char *profile, const cb_entry *e, size_t i)
{
	const char *key = make_key(cb, profile, "", e->text, strlen(e->text));
	bool created;
	void **slot = strmap_slot(cb->header_map, key, cb->key->len, true, &created);
	const cb_entry *first;

	if (created) {
		*slot = (void *)(i + 1);
		return 0;
	}
	first = &cb->headers.v[(size_t)*slot - 1];
	if (profile[0] == ANY_PROFILE[0] || (strcmp(first->column, e->column) == 0 &&
					     strcmp(first->code, e->code) == 0))
		return 0;
	warn_at(e->file, e->line, _("this header is already mapped to another column on line %ld"),
		first->line);
	return -1;
}

/* The loose key of a header row, for near matches (codebook_header_at). */
static void set_loose_key(cb_entry *e)
{
	strbuf k = { 0 };

	loose_key(&k, e->text, strlen(e->text));
	sb_reserve(&k, 1);
	e->loose = k.s;
}

static int index_headers(codebook *cb)
{
	for (size_t i = 0; i < cb->headers.n; i++) {
		cb_entry *e = &cb->headers.v[i];

		set_loose_key(e);

		if (!known_column(e->column, true)) {
			warn_at(e->file, e->line, _("unknown column '%s'"), e->column);
			return -1;
		}
		if (check_code(cb, e->column, e->code, e->file, e->line) < 0)
			return -1;
		note_profile(cb, e->profile);
		if (header_slot(cb, e->profile, e, i) < 0)
			return -1;
		header_slot(cb, ANY_PROFILE, e, i);
	}
	return 0;
}

static int index_codes(codebook *cb)
{
	for (size_t i = 0; i < cb->ncodes; i++) {
		const code_row *c = &cb->codes[i];
		bool created;
		void **slot;

		if (codebook_schema_index(c->column) < 0 || *c->code == '\0') {
			warn_at(c->file, c->line, "%s",
				_("a code row needs a canonical column and a code"));
			return -1;
		}
		sb_clear(cb->key);
		sb_printf(cb->key, "%s%c%s", c->column, SEP, c->code);
		slot = strmap_slot(cb->code_map, cb->key->s, cb->key->len, true, &created);
		if (!created) {
			warn_at(c->file, c->line, "%s", _("this code is listed twice"));
			return -1;
		}
		*slot = (void *)(i + 1);
	}
	return 0;
}

static int read_year(codebook *cb)
{
	const char *v;
	char *end;
	long y;

	if (codebook_settings(cb, "", "", "survey_year", &v, 1) == 0)
		return 0;
	errno = 0;
	y = strtol(v, &end, 10);
	if (errno || *end || end == v || y < 1900 || y > 9999) {
		for (size_t i = 0; i < cb->nsettings; i++)
			if (strcmp(cb->settings[i].name, "survey_year") == 0)
				warn_at(cb->settings[i].file, cb->settings[i].line, "%s",
					_("survey_year must be a year such as 2026"));
		return -1;
	}
	cb->year = (int)y;
	return 0;
}

/* Every conversion of a timestamp format is one the parser knows
 * (CB_TIME_DIRECTIVES), and a 12-hour clock comes with its AM/PM: a
 * format that can never match must not pass unnoticed. */
static int check_time_format(const setting_row *s)
{
	bool hour12 = false, ampm = false;

	for (const char *p = s->value; *p; p++) {
		if (*p != '%')
			continue;
		p++;
		if (*p == '%')
			continue;
		if (!*p || !strchr(CB_TIME_DIRECTIVES, *p)) {
			warn_at(s->file, s->line,
				_("unknown directive '%%%c' in a timestamp format (known: %s)"),
				*p ? *p : ' ', "%Y %m %d %H %I %M %S %p %%");
			return -1;
		}
		hour12 |= *p == 'I';
		ampm |= *p == 'p';
	}
	if (hour12 != ampm) {
		warn_at(s->file, s->line, "%s",
			_("a timestamp format with %I (12-hour clock) needs %p (AM or PM), and %p needs %I"));
		return -1;
	}
	return 0;
}

static int check_time_formats(const codebook *cb)
{
	for (size_t i = 0; i < cb->nsettings; i++)
		if (strcmp(cb->settings[i].name, "timestamp") == 0 &&
		    check_time_format(&cb->settings[i]) < 0)
			return -1;
	return 0;
}

static void read_fold_setting(codebook *cb)
{
	const char *v;

	cb->fold_accents = true;
	if (codebook_settings(cb, "", "", "fold_accents", &v, 1) > 0)
		cb->fold_accents = !(strcmp(v, "no") == 0 || strcmp(v, "nej") == 0 ||
				     strcmp(v, "0") == 0 || strcmp(v, "false") == 0);
}

/* --- layers: a later file adds to and overrides the ones before --- */

static size_t entry_layer(const codebook *cb, const cb_entry *e)
{
	size_t i = cb->nfiles;

	while (i > 0 && cb->files[i - 1] != e->file)
		i--;
	return i ? i - 1 : 0;
}

static void free_entry(cb_entry *e)
{
	free((char *)e->profile);
	free((char *)e->column);
	free((char *)e->code);
	free((char *)e->text);
	free((char *)e->loose);
}

/* Label rows are one fact per (profile, column, text), header rows per
 * (profile, text): a later file's row replaces an earlier file's.  Rows of
 * one file that clash are left for the index to report. */
static void drop_overridden_entries(codebook *cb, entry_list *l, bool by_column)
{
	strmap *last = strmap_new(); /* key -> highest layer + 1 */
	size_t keep = 0;

	for (size_t i = l->n; i-- > 0;) {
		const cb_entry *e = &l->v[i];
		bool created;
		void **slot;

		make_key(cb, e->profile, by_column ? e->column : "", e->text, strlen(e->text));
		slot = strmap_slot(last, cb->key->s, cb->key->len, true, &created);
		if (created)
			*slot = (void *)(entry_layer(cb, e) + 1);
	}
	for (size_t i = 0; i < l->n; i++) {
		cb_entry *e = &l->v[i];
		size_t layer = entry_layer(cb, e);

		make_key(cb, e->profile, by_column ? e->column : "", e->text, strlen(e->text));
		if ((size_t)strmap_get(last, cb->key->s, cb->key->len) - 1 > layer)
			free_entry(e);
		else
			l->v[keep++] = *e;
	}
	l->n = keep;
	strmap_free(last);
}

static void free_setting(setting_row *s)
{
	free(s->profile);
	free(s->column);
	free(s->name);
	free(s->value);
}

static bool same_setting(const setting_row *a, const setting_row *b)
{
	return strcmp(a->profile, b->profile) == 0 && strcmp(a->column, b->column) == 0 &&
	       strcmp(a->name, b->name) == 0;
}

/* A setting given in a later file replaces all its values of earlier
 * files (a setting may have several rows, e.g. timestamp formats). */
static void drop_overridden_settings(codebook *cb)
{
	size_t keep = 0;

	for (size_t i = 0; i < cb->nsettings; i++) {
		setting_row *s = &cb->settings[i];
		bool later = false;

		for (size_t j = i + 1; j < cb->nsettings && !later; j++)
			later = cb->settings[j].layer > s->layer && same_setting(s, &cb->settings[j]);
		if (later)
			free_setting(s);
		else
			cb->settings[keep++] = *s;
	}
	cb->nsettings = keep;
}

static void free_code(code_row *c)
{
	free(c->column);
	free(c->code);
	free(c->sv);
	free(c->en);
}

/* A later file's row for a code already listed gives it new names (those
 * it does not leave empty) in its old place.  Codes new in the later
 * files (the municipality's areas and places, the analyst's additions)
 * come before the generic file's, so a list ends with the generic
 * "other".  A code listed twice in one file is an error. */
static int merge_codes(codebook *cb)
{
	strmap *first = strmap_new(); /* "column \x1f code" -> index + 1 */
	bool *drop = xcalloc(cb->ncodes + 1, sizeof *drop);
	size_t *named_in = xcalloc(cb->ncodes + 1, sizeof *named_in); /* last layer */
	code_row *merged;
	size_t n = 0;
	int rc = 0;

	for (size_t i = 0; i < cb->ncodes && rc == 0; i++) {
		code_row *c = &cb->codes[i], *old;
		size_t at;
		bool created;
		void **slot;

		sb_clear(cb->key);
		sb_printf(cb->key, "%s%c%s", c->column, SEP, c->code);
		slot = strmap_slot(first, cb->key->s, cb->key->len, true, &created);
		if (created) {
			*slot = (void *)(i + 1);
			named_in[i] = c->layer;
			continue;
		}
		at = (size_t)*slot - 1;
		old = &cb->codes[at];
		if (named_in[at] == c->layer) {
			warn_at(c->file, c->line, "%s", _("this code is listed twice"));
			rc = -1;
			break;
		}
		named_in[at] = c->layer;
		if (*c->sv)
			SWAP_STR(old->sv, c->sv);
		if (*c->en)
			SWAP_STR(old->en, c->en);
		free_code(c);
		drop[i] = true;
	}
	free(named_in);
	strmap_free(first);
	if (rc < 0) { /* the rows stay for codebook_free, less those merged */
		size_t keep = 0;
		for (size_t i = 0; i < cb->ncodes; i++)
			if (!drop[i])
				cb->codes[keep++] = cb->codes[i];
		cb->ncodes = keep;
		free(drop);
		return -1;
	}
	merged = xmalloc((cb->ncodes + 1) * sizeof *merged);
	for (int generic = 0; generic < 2; generic++)
		for (size_t i = 0; i < cb->ncodes; i++)
			if (!drop[i] && (cb->codes[i].layer == 0) == generic)
				merged[n++] = cb->codes[i];
	free(cb->codes);
	cb->codes = merged;
	cb->ncodes = cb->codes_cap = n;
	free(drop);
	return 0;
}

codebook *codebook_load_layers(const char *const *paths, size_t n)
{
	codebook *cb = xcalloc(1, sizeof *cb);
	int rc = 0;

	cb->label_map = strmap_new();
	cb->header_map = strmap_new();
	cb->code_map = strmap_new();
	cb->scratch = xcalloc(1, sizeof *cb->scratch);
	cb->key = xcalloc(1, sizeof *cb->key);
	cb->files = xcalloc(n + 1, sizeof *cb->files);
	for (size_t i = 0; i < n && rc == 0; i++) {
		cb->files[cb->nfiles++] = xstrdup(paths[i]);
		cb->path = cb->files[i];
		rc = read_rows(cb);
	}
	if (rc == 0) {
		drop_overridden_settings(cb);
		rc = read_year(cb);
	}
	if (rc == 0)
		rc = check_time_formats(cb);
	if (rc < 0) {
		codebook_free(cb);
		return NULL;
	}
	read_fold_setting(cb);
	if (merge_codes(cb) < 0) {
		codebook_free(cb);
		return NULL;
	}
	drop_overridden_entries(cb, &cb->labels, true);
	drop_overridden_entries(cb, &cb->headers, false);
	if (index_codes(cb) < 0 || index_labels(cb) < 0 || index_headers(cb) < 0) {
		codebook_free(cb);
		return NULL;
	}
	return cb;
}

static void free_entries(entry_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free_entry(&l->v[i]);
	free(l->v);
}

void codebook_free(codebook *cb)
{
	if (!cb)
		return;
	free_entries(&cb->labels);
	free_entries(&cb->headers);
	for (size_t i = 0; i < cb->ncodes; i++)
		free_code(&cb->codes[i]);
	free(cb->codes);
	for (size_t i = 0; i < cb->nsettings; i++)
		free_setting(&cb->settings[i]);
	free(cb->settings);
	for (size_t i = 0; i < cb->nprofiles; i++)
		free(cb->profiles[i]);
	free(cb->profiles);
	strmap_free(cb->label_map);
	strmap_free(cb->header_map);
	strmap_free(cb->code_map);
	sb_free(cb->scratch);
	sb_free(cb->key);
	free(cb->scratch);
	free(cb->key);
	for (size_t i = 0; i < cb->nfiles; i++)
		free(cb->files[i]);
	free(cb->files);
	free(cb);
}

/* --- queries --- */

const char *codebook_path(const codebook *cb) { return cb->path ? cb->path : ""; }
int codebook_year(const codebook *cb) { return cb->year; }

void codebook_fold(const codebook *cb, strbuf *out, const char *s, size_t n)
{
	sb_clear(out);
	fold_key(out, s, n, cb->fold_accents);
	if (!out->s)
		sb_reserve(out, 1);
}

static size_t collect_settings(const codebook *cb, const char *profile,
			       const char *column, const char *name,
			       const char **out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < cb->nsettings; i++) {
		const setting_row *s = &cb->settings[i];

		if (strcmp(s->profile, profile) || strcmp(s->column, column) ||
		    strcmp(s->name, name))
			continue;
		if (n < max)
			out[n] = s->value;
		n++;
	}
	return n;
}

size_t codebook_settings(const codebook *cb, const char *profile,
			 const char *column, const char *name,
			 const char **out, size_t max)
{
	size_t n = 0;

	if (profile && *profile)
		n = collect_settings(cb, profile, column, name, out, max);
	return n ? n : collect_settings(cb, "", column, name, out, max);
}

size_t codebook_ncodes(const codebook *cb, const char *column)
{
	size_t n = 0;

	for (size_t i = 0; i < cb->ncodes; i++)
		n += strcmp(cb->codes[i].column, column) == 0;
	return n;
}

const char *codebook_code(const codebook *cb, const char *column, size_t i)
{
	for (size_t j = 0; j < cb->ncodes; j++)
		if (strcmp(cb->codes[j].column, column) == 0 && i-- == 0)
			return cb->codes[j].code;
	return NULL;
}

static const code_row *find_code(const codebook *cb, const char *column, const char *code)
{
	void *v;

	sb_clear(cb->key);
	sb_printf(cb->key, "%s%c%s", column, SEP, code);
	v = strmap_get(cb->code_map, cb->key->s, cb->key->len);
	return v ? &cb->codes[(size_t)v - 1] : NULL;
}

long codebook_code_index(const codebook *cb, const char *column, const char *code)
{
	const code_row *c = find_code(cb, column, code);
	long idx = 0;

	if (!c)
		return -1;
	for (const code_row *p = cb->codes; p < c; p++)
		idx += strcmp(p->column, column) == 0;
	return idx;
}

const char *codebook_display(const codebook *cb, const char *column,
			     const char *code, const char *lang)
{
	const code_row *c = find_code(cb, column, code);
	bool en = lang && strncmp(lang, "en", 2) == 0;

	if (!c)
		return code;
	if (en && *c->en)
		return c->en;
	if (*c->sv)
		return c->sv;
	return *c->en ? c->en : c->code;
}

size_t codebook_nlabels(const codebook *cb) { return cb->labels.n; }

const cb_entry *codebook_label_at(const codebook *cb, size_t i)
{
	return i < cb->labels.n ? &cb->labels.v[i] : NULL;
}

static const char *label_probe(const codebook *cb, const char *profile,
			       const char *column, const char *key, size_t klen)
{
	strbuf *k = cb->key;
	void *v;

	sb_clear(k);
	sb_puts(k, profile);
	sb_putc(k, SEP);
	sb_puts(k, column);
	sb_putc(k, SEP);
	sb_append(k, key, klen);
	v = strmap_get(cb->label_map, k->s, k->len);
	return v ? cb->labels.v[(size_t)v - 1].code : NULL;
}

const char *codebook_match_key(const codebook *cb, const char *profile,
			       const char *column, const char *key, size_t klen)
{
	const char *code = NULL;

	if (profile && *profile) {
		code = label_probe(cb, profile, column, key, klen);
		if (!code)
			code = label_probe(cb, profile, "", key, klen);
	}
	if (!code)
		code = label_probe(cb, "", column, key, klen);
	if (!code)
		code = label_probe(cb, "", "", key, klen);
	return code;
}

const char *codebook_match(const codebook *cb, const char *profile,
			   const char *column, const char *text, size_t n)
{
	codebook_fold(cb, cb->scratch, text, n);
	return codebook_match_key(cb, profile, column, cb->scratch->s, cb->scratch->len);
}

size_t codebook_nprofiles(const codebook *cb) { return cb->nprofiles; }

size_t codebook_nheaders(const codebook *cb) { return cb->headers.n; }

const cb_entry *codebook_header_at(const codebook *cb, size_t i)
{
	return i < cb->headers.n ? &cb->headers.v[i] : NULL;
}

const char *codebook_profile(const codebook *cb, size_t i)
{
	return i < cb->nprofiles ? cb->profiles[i] : NULL;
}

static const cb_entry *header_probe(const codebook *cb, const char *profile,
				    const char *text, size_t n)
{
	const char *key = make_key(cb, profile, "", text, n);
	void *v = strmap_get(cb->header_map, key, cb->key->len);

	return v ? &cb->headers.v[(size_t)v - 1] : NULL;
}

const cb_entry *codebook_header(const codebook *cb, const char *profile,
				const char *text, size_t n)
{
	const cb_entry *e;

	if (!profile)
		return header_probe(cb, ANY_PROFILE, text, n);
	e = header_probe(cb, profile, text, n);
	return e ? e : header_probe(cb, "", text, n);
}
