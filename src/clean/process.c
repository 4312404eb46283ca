/* process.c - clean one export (process.h).
 *
 * Memory is one record plus two compact indexes: a hash of every record
 * kept so far (rule 3.3, duplicates) and, when the export has an identity
 * column, the latest submission per identity (rule 3.4).  Resubmissions
 * need the future ("is there a later answer?"), so such files are read
 * twice: pass 1 only builds the indexes, pass 2 decides and writes. */
#include "clean/process.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "clean/index.h"
#include "clean/values.h"
#include "text.h"
#include "util.h"

#define MAX_SETTINGS 16
#define CACHE_SLOTS 1024 /* per column; a power of two */

/* Answers repeat: a small direct-mapped cache from a raw cell to what it
 * gave saves folding and codebook lookups for most cells. */
typedef struct {
	char *raw;
	size_t rawlen;
	bool used;
	const char *code;  /* coded cells: the code, NULL = invalid */
	unsigned short *picks; /* list cells: chosen code indexes */
	size_t npicks;
	bool invalid;
	size_t bad_off, bad_len;
} cache_slot;

typedef struct {
	const clean_settings *cs;
	clean_input *in;
	const codebook *cb;
	const char *profile;
	const char *const *schema;
	size_t nschema;
	const char *fmts[MAX_SETTINGS];
	size_t nfmts;
	char *checked[MAX_SETTINGS]; /* folded "Ja" / "Yes" */
	size_t nchecked;
	char **nobody;               /* folded identities that are none */
	size_t nnobody;
	age_rules age;
	list_rules lists[NSCHEMA_MAX];
	list_result res[NSCHEMA_MAX];
	const char **codes[NSCHEMA_MAX];
	cache_slot *cache[NSCHEMA_MAX];
	bool *saved[NSCHEMA_MAX];    /* list cells: choices of earlier columns */
	enum role roles[NSCHEMA_MAX];
	long ts_col;                 /* input column of collected_at or -1 */
	rec_index dups, ids;
	bool indexing;               /* pass 1 */
	strbuf cell[NSCHEMA_MAX];
	strbuf key;
} job;

static long target_of(const job *j, const char *column)
{
	for (size_t t = 0; t < j->nschema; t++)
		if (strcmp(j->schema[t], column) == 0)
			return (long)t;
	return -1;
}

/* --- setting up --- */

static void init_lists(job *j)
{
	for (size_t t = 0; t < j->nschema; t++) {
		size_t n;

		if (layout_column_role(j->schema[t], "") != ROLE_LIST)
			continue;
		list_rules_init(&j->lists[t], j->cb, j->profile, j->schema[t]);
		n = codebook_ncodes(j->cb, j->schema[t]);
		j->res[t].ncodes = n;
		j->res[t].chosen = xcalloc(n + 1, sizeof *j->res[t].chosen);
		j->saved[t] = xcalloc(n + 1, sizeof *j->saved[t]);
		j->codes[t] = xcalloc(n + 1, sizeof *j->codes[t]);
		for (size_t k = 0; k < n; k++)
			j->codes[t][k] = codebook_code(j->cb, j->schema[t], k);
	}
}

static void init_checked(job *j)
{
	const char *v[MAX_SETTINGS];
	size_t n = codebook_settings(j->cb, j->profile, "", "checked", v, MAX_SETTINGS);

	j->nchecked = n < MAX_SETTINGS ? n : MAX_SETTINGS;
	for (size_t i = 0; i < j->nchecked; i++) {
		codebook_fold(j->cb, &j->key, v[i], strlen(v[i]));
		j->checked[i] = xmemdup(j->key.s, j->key.len);
	}
}

/* Identity labels with an empty code ("anonymous"), folded once. */
static void init_nobody(job *j)
{
	for (size_t i = 0; i < codebook_nlabels(j->cb); i++) {
		const cb_entry *e = codebook_label_at(j->cb, i);

		if (strcmp(e->column, CB_IDENTITY) || *e->code ||
		    (*e->profile && strcmp(e->profile, j->profile)))
			continue;
		codebook_fold(j->cb, &j->key, e->text, strlen(e->text));
		j->nobody = xrealloc(j->nobody, (j->nnobody + 1) * sizeof *j->nobody);
		j->nobody[j->nnobody++] = xstrdup(j->key.s);
	}
}

static void job_init(job *j, const clean_settings *cs, clean_input *in)
{
	size_t n;

	memset(j, 0, sizeof *j);
	j->cs = cs;
	j->in = in;
	j->cb = cs->cb;
	j->profile = in->lo.profile;
	j->schema = codebook_schema_columns(&j->nschema);
	n = codebook_settings(j->cb, j->profile, "", "timestamp", j->fmts, MAX_SETTINGS);
	j->nfmts = n < MAX_SETTINGS ? n : MAX_SETTINGS;
	init_checked(j);
	init_nobody(j);
	for (size_t t = 0; t < j->nschema; t++) {
		j->roles[t] = layout_column_role(j->schema[t], "");
		if (j->roles[t] == ROLE_CODED || j->roles[t] == ROLE_AGE || j->roles[t] == ROLE_LIST)
			j->cache[t] = xcalloc(CACHE_SLOTS, sizeof *j->cache[t]);
	}
	j->ts_col = in->lo.first[target_of(j, "collected_at")];
	age_rules_init(&j->age, j->cb, j->profile);
	init_lists(j);
	index_init(&j->dups);
	index_init(&j->ids);
}

static void job_free(job *j)
{
	for (size_t i = 0; i < j->nchecked; i++)
		free(j->checked[i]);
	for (size_t i = 0; i < j->nnobody; i++)
		free(j->nobody[i]);
	free(j->nobody);
	age_rules_free(&j->age);
	for (size_t t = 0; t < j->nschema; t++) {
		if (j->codes[t]) {
			list_rules_free(&j->lists[t]);
			free(j->res[t].chosen);
			free(j->saved[t]);
			free(j->codes[t]);
		}
		sb_free(&j->cell[t]);
		for (size_t k = 0; j->cache[t] && k < CACHE_SLOTS; k++) {
			free(j->cache[t][k].raw);
			free(j->cache[t][k].picks);
		}
		free(j->cache[t]);
	}
	sb_free(&j->key);
	index_free(&j->dups);
	index_free(&j->ids);
}

/* --- rules 3.1-3.4: which records are dropped --- */

static void report(job *j, long line, enum reject_reason r, const char *field,
		   const char *value, size_t vlen)
{
	j->in->counts.reasons[r]++;
	rejects_add(j->cs->rj, j->in->name, line, r, field, value, vlen);
}

static void report_line(job *j, long line, enum reject_reason r, long value)
{
	char num[32];

	snprintf(num, sizeof num, "%ld", value);
	report(j, line, r, NULL, num, strlen(num));
}

/* Field count after the trailing-delimiter rule (2.1). */
static size_t effective_fields(const job *j, const csv_record *rec)
{
	size_t nf = rec->nfields;

	if (j->in->lo.trailing && nf > 0 && rec->fields[nf - 1].len == 0)
		nf--;
	return nf;
}

static bool blank_record(const csv_record *rec, size_t nf)
{
	for (size_t i = 0; i < nf; i++) {
		size_t n = rec->fields[i].len;

		trim_span(rec->fields[i].data, &n);
		if (n)
			return false;
	}
	return true;
}

static int64_t record_order(job *j, const csv_record *rec)
{
	long ts = j->ts_col;
	stamp t;

	if (ts < 0 || !stamp_parse(rec->fields[ts].data, rec->fields[ts].len, j->fmts,
				   j->nfmts, j->cs->year, &t))
		return -1;
	return stamp_order(&t);
}

/* Hash of the record's identity, false when it has none. */
static bool identity_hash(job *j, const csv_record *rec, hash128 *h)
{
	long col = j->in->lo.identity;

	if (col < 0)
		return false;
	codebook_fold(j->cb, &j->key, rec->fields[col].data, rec->fields[col].len);
	if (j->key.len == 0)
		return false;
	for (size_t i = 0; i < j->nnobody; i++)
		if (strcmp(j->key.s, j->nobody[i]) == 0)
			return false; /* "anonymous" and the like */
	hash128_start(h);
	hash128_add(h, j->key.s, j->key.len);
	return true;
}

/* Rule 3.4.  Pass 1 remembers the latest submission of each identity
 * (a tie goes to the later line); pass 2 drops the others. */
static bool resubmitted(job *j, const csv_record *rec, long *kept_line)
{
	hash128 h;
	index_entry *e;
	int created;

	if (!identity_hash(j, rec, &h))
		return false;
	if (j->indexing) {
		int64_t order = record_order(j, rec);

		e = index_put(&j->ids, &h, rec->line, order, &created);
		if (!created && order >= e->order) {
			e->line = rec->line;
			e->order = order;
		}
		return false;
	}
	e = index_get(&j->ids, &h);
	*kept_line = e ? e->line : rec->line;
	return e && e->line != rec->line;
}

/* The first rule of 3.1-3.4 that drops REC, or R_NREASONS to keep it;
 * *value gets the number the report carries. */
static enum reject_reason classify(job *j, const csv_record *rec, long *value)
{
	size_t nf = effective_fields(j, rec);
	hash128 h;
	index_entry *e;
	int created;

	if (blank_record(rec, nf))
		return R_EMPTY_ROW;
	*value = (long)nf;
	if (nf != j->in->lo.ncols)
		return R_RAGGED_ROW;
	hash128_start(&h);
	for (size_t i = 0; i < nf; i++)
		hash128_add(&h, rec->fields[i].data, rec->fields[i].len);
	e = index_put(&j->dups, &h, rec->line, 0, &created);
	*value = e->line;
	if (e->line != rec->line)
		return R_DUPLICATE;
	if (resubmitted(j, rec, value))
		return R_RESUBMISSION;
	return R_NREASONS;
}

/* --- section 4: values of a kept record --- */

/* The slot for raw cell F of target T; *hit tells whether it holds F. */
static cache_slot *cache_find(job *j, size_t t, const csv_field *f, bool *hit)
{
	cache_slot *c = &j->cache[t][hash_bytes(f->data, f->len, 0) & (CACHE_SLOTS - 1)];

	*hit = c->used && c->rawlen == f->len && memcmp(c->raw, f->data, f->len) == 0;
	return c;
}

static void cache_fill(cache_slot *c, const csv_field *f)
{
	free(c->raw);
	c->raw = xmemdup(f->data, f->len);
	c->rawlen = f->len;
	c->used = true;
	c->npicks = 0;
}

static void invalid(job *j, const csv_record *rec, size_t t, const char *raw, size_t len)
{
	report(j, rec->line, R_INVALID_VALUE, j->schema[t], raw, len);
}

static const csv_field *source_field(const job *j, const csv_record *rec, size_t t)
{
	long col = j->in->lo.first[t];

	return col >= 0 ? &rec->fields[col] : NULL;
}

static bool is_blank(const csv_field *f)
{
	size_t n = f ? f->len : 0;

	if (f)
		trim_span(f->data, &n);
	return n == 0;
}

static void put_response_id(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);
	strbuf *out = &j->cell[t];

	sb_puts(out, j->in->stem);
	if (is_blank(f)) {
		char num[24];
		int len = snprintf(num, sizeof num, "-L%ld", rec->line);

		sb_append(out, num, (size_t)len);
	} else {
		size_t n = f->len;
		const char *s = trim_span(f->data, &n);

		sb_putc(out, '-');
		sb_append(out, s, n);
	}
}

static void put_timestamp(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);
	char buf[32];
	stamp st;

	if (is_blank(f))
		return;
	if (!stamp_parse(f->data, f->len, j->fmts, j->nfmts, j->cs->year, &st)) {
		invalid(j, rec, t, f->data, f->len);
		return;
	}
	stamp_format(&st, buf, sizeof buf);
	sb_puts(&j->cell[t], buf);
	if (t + 1 < j->nschema && strcmp(j->schema[t + 1], "time_of_day") == 0)
		sb_puts(&j->cell[t + 1], stamp_time_of_day(&st));
}

static void put_coded(job *j, const csv_record *rec, size_t t, bool age)
{
	const csv_field *f = source_field(j, rec, t);
	const char *code;

	cache_slot *c;
	bool hit;

	if (is_blank(f))
		return;
	c = cache_find(j, t, f, &hit);
	if (hit) {
		code = c->code;
	} else {
		codebook_fold(j->cb, &j->key, f->data, f->len);
		code = codebook_match_key(j->cb, j->profile, j->schema[t], j->key.s, j->key.len);
		if (!code && age)
			code = age_band_of(&j->age, j->key.s, j->key.len);
		cache_fill(c, f);
		c->code = code;
	}
	if (!code)
		invalid(j, rec, t, f->data, f->len);
	else
		sb_puts(&j->cell[t], code);
}

static bool is_checked(job *j, const csv_field *f)
{
	codebook_fold(j->cb, &j->key, f->data, f->len);
	for (size_t i = 0; i < j->nchecked; i++)
		if (strcmp(j->key.s, j->checked[i]) == 0)
			return true;
	return false;
}

/* list_match through the cache: a hit replays the codes it chose. */
static void match_list_cached(job *j, size_t t, const csv_field *f)
{
	list_result *res = &j->res[t];
	bool hit, *before = j->saved[t];
	size_t n = res->ncodes;
	cache_slot *c = cache_find(j, t, f, &hit);

	if (hit) {
		for (size_t k = 0; k < c->npicks; k++)
			res->chosen[c->picks[k]] = true;
		res->invalid = c->invalid;
		res->bad_off = c->bad_off;
		res->bad_len = c->bad_len;
		return;
	}
	memcpy(before, res->chosen, n * sizeof *before);
	memset(res->chosen, 0, n * sizeof *res->chosen);
	list_match(&j->lists[t], f->data, f->len, res);
	cache_fill(c, f);
	c->picks = xrealloc(c->picks, (n + 1) * sizeof *c->picks);
	for (size_t k = 0; k < n; k++) {
		if (res->chosen[k])
			c->picks[c->npicks++] = (unsigned short)k;
		res->chosen[k] |= before[k];
	}
	c->invalid = res->invalid;
	c->bad_off = res->bad_off;
	c->bad_len = res->bad_len;
}

/* One input column of multi-select target T; true if it reported. */
static bool add_choices(job *j, const csv_record *rec, size_t t, size_t col, bool reported)
{
	const in_column *c = &j->in->lo.cols[col];
	const csv_field *f = &rec->fields[col];
	list_result *res = &j->res[t];

	if (is_blank(f))
		return false;
	if (c->role == ROLE_LIST) {
		match_list_cached(j, t, f);
		if (res->invalid && !reported)
			invalid(j, rec, t, f->data + res->bad_off, res->bad_len);
		return res->invalid;
	}
	if (c->typed || is_checked(j, f)) {
		res->chosen[c->option] = true;
		return false;
	}
	if (!reported)
		invalid(j, rec, t, f->data, f->len);
	return true;
}

static void put_multi(job *j, const csv_record *rec, size_t t)
{
	list_result *res = &j->res[t];
	bool reported = false;

	memset(res->chosen, 0, res->ncodes * sizeof *res->chosen);
	for (size_t col = 0; col < j->in->lo.ncols; col++) {
		const in_column *c = &j->in->lo.cols[col];

		if (c->target == (int)t && (c->role == ROLE_LIST || c->role == ROLE_OPTION))
			reported |= add_choices(j, rec, t, col, reported);
	}
	for (size_t k = 0; k < res->ncodes; k++) {
		if (!res->chosen[k])
			continue;
		if (j->cell[t].len)
			sb_putc(&j->cell[t], '|');
		sb_puts(&j->cell[t], j->codes[t][k]);
	}
}

/* Free text as written; only CRLF becomes LF (rule 1.6). */
static void put_text(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);
	strbuf *out = &j->cell[t];

	if (!f)
		return;
	sb_reserve(out, f->len);
	for (size_t i = 0; i < f->len; i++)
		if (!(f->data[i] == '\r' && i + 1 < f->len && f->data[i + 1] == '\n'))
			sb_putc(out, f->data[i]);
}

static void put_target(job *j, const csv_record *rec, size_t t)
{
	const char *column = j->schema[t];

	switch (j->roles[t]) {
	case ROLE_ID: put_response_id(j, rec, t); break;
	case ROLE_TIMESTAMP: put_timestamp(j, rec, t); break;
	case ROLE_CODED: put_coded(j, rec, t, false); break;
	case ROLE_AGE: put_coded(j, rec, t, true); break;
	case ROLE_LIST: put_multi(j, rec, t); break;
	case ROLE_TEXT: put_text(j, rec, t); break;
	default:
		if (strcmp(column, "source") == 0)
			sb_puts(&j->cell[t], j->in->source);
		break;
	}
}

static void emit(job *j, const csv_record *rec)
{
	const char *cells[NSCHEMA_MAX];

	for (size_t t = 0; t < j->nschema; t++)
		sb_clear(&j->cell[t]);
	for (size_t t = 0; t < j->nschema; t++)
		put_target(j, rec, t);
	for (size_t t = 0; t < j->nschema; t++)
		cells[t] = j->cell[t].len ? j->cell[t].s : "";
	csv_put_row(j->cs->out, cells, j->nschema, ',');
}

/* --- the passes --- */

static int read_error(clean_input *in)
{
	warn_at(in->name, csv_errline(in->reader), "%s", csv_errmsg(in->reader));
	return -1;
}

static int run_pass(job *j)
{
	const csv_record *rec;
	int status;

	while ((status = csv_next(j->in->reader, &rec)) > 0) {
		long value = 0;
		enum reject_reason r = classify(j, rec, &value);

		if (j->indexing)
			continue;
		j->in->counts.read++;
		if (r == R_EMPTY_ROW)
			report(j, rec->line, r, NULL, NULL, 0);
		else if (r != R_NREASONS)
			report_line(j, rec->line, r, value);
		else {
			j->in->counts.kept++;
			emit(j, rec);
		}
	}
	return status < 0 ? read_error(j->in) : 0;
}

static int second_pass(job *j)
{
	const csv_record *rec;

	if (csv_rewind(j->in->reader) < 0 || csv_next(j->in->reader, &rec) <= 0)
		return read_error(j->in);
	j->indexing = false;
	return run_pass(j);
}

int clean_run(clean_input *in, const clean_settings *cs)
{
	job j;
	int rc;

	job_init(&j, cs, in);
	for (size_t i = 0; i < in->lo.nunknown; i++)
		report(&j, 1, R_UNKNOWN_COLUMN, in->lo.unknown[i], NULL, 0);
	j.indexing = in->lo.identity >= 0;
	rc = run_pass(&j);
	if (rc == 0 && j.indexing)
		rc = second_pass(&j);
	job_free(&j);
	return rc;
}

/* --- opening --- */

/* Control characters other than tab and line ends: not text at all. */
static bool binary_record(const csv_record *rec)
{
	for (size_t i = 0; i < rec->nfields; i++)
		for (size_t k = 0; k < rec->fields[i].len; k++) {
			unsigned char c = (unsigned char)rec->fields[i].data[k];

			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				return true;
		}
	return false;
}

/* Look at the first records too: a binary file may have a harmless first
 * line ("\x89PNG").  Then start again after the header. */
static int check_text(clean_input *in, const csv_record **hdr)
{
	const csv_record *rec;
	int status = 1;

	for (int i = 0; i < 8 && (status = csv_next(in->reader, &rec)) > 0; i++)
		if (binary_record(rec)) {
			warn_at(in->name, rec->line, "%s", _("not a CSV file (binary data)"));
			return -1;
		}
	if (status < 0 || csv_rewind(in->reader) < 0 || csv_next(in->reader, hdr) <= 0)
		return read_error(in);
	return 0;
}

static int read_header(clean_input *in, const clean_settings *cs)
{
	const csv_record *hdr;
	int status = csv_next(in->reader, &hdr);

	if (status < 0)
		return read_error(in);
	if (status == 0) {
		warn_at(in->name, 1, "%s", _("empty file: there is no header line"));
		return -1;
	}
	if (binary_record(hdr)) {
		warn_at(in->name, hdr->line, "%s", _("not a CSV file (binary data)"));
		return -1;
	}
	if (check_text(in, &hdr) < 0)
		return -1;
	layout_build(&in->lo, cs->cb, hdr);
	if (in->lo.nknown == 0) {
		warn_at(in->name, hdr->line, "%s",
			_("no column of the header is known to the codebook; "
			  "is this a survey export? (see trygg-codebook(5))"));
		return -1;
	}
	return 0;
}

int clean_open(clean_input *in, const clean_settings *cs, const csv_options *opt)
{
	const char *slash = strrchr(in->path, '/');
	size_t n;

	in->name = slash ? slash + 1 : in->path;
	n = strlen(in->name);
	if (strcmp(in->path, "-") == 0)
		in->stem = xstrdup("stdin");
	else
		in->stem = xmemdup(in->name, n > 4 && strcmp(in->name + n - 4, ".csv") == 0 ? n - 4 : n);
	in->reader = csv_open(in->path, opt);
	if (!in->reader) {
		warn("%s: %s", in->path, strerror(errno));
		return -1;
	}
	csv_enable_rewind(in->reader);
	return read_header(in, cs);
}

void clean_close(clean_input *in)
{
	if (in->reader)
		csv_close(in->reader);
	in->reader = NULL;
	layout_free(&in->lo);
	free(in->stem);
	in->stem = NULL;
}
