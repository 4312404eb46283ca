/* process.c - clean one export (process.h).
 *
 * One pass over the input.  Memory is one record plus two compact indexes:
 * a hash of every record that passed rules 3.1-3.2 (rule 3.3, duplicates)
 * and, when the export has an identity column, the latest submission per
 * identity (rule 3.4).  A resubmission needs the future ("is there a later
 * answer?"), so in such an export the rows and reports wait in spools
 * (copyout.h) until the end of the file.  A submission that already lost
 * to an earlier, later-stamped one is not even turned into a row. */
#include "clean/process.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "clean/anscache.h"
#include "clean/copyout.h"
#include "clean/csvout.h"
#include "clean/index.h"
#include "clean/values.h"
#include "text.h"
#include "util.h"

#define MAX_SETTINGS 16
#define REPORTS_BUFFER (1 << 16) /* bytes of reports written at once */

/* A multi-select target: its rules and codes, and the input columns (list
 * cells and option columns) that feed it. */
typedef struct {
	list_rules rules;
	list_result res;
	const char **codes;
	size_t *codelens;
	bool *saved;        /* choices of earlier columns */
	size_t *cols;       /* input columns */
	size_t ncols, colcap;
} list_target;

/* Reports: lines not yet written, where the current record's begin, and
 * its invalid_value count. */
typedef struct {
	bool keep;          /* there is a rejects file */
	strbuf text;
	size_t record_start;
	unsigned ninvalid;
} pending_reports;

/* What the codebook says about values, read and folded once. */
typedef struct {
	const char *fmts[MAX_SETTINGS]; /* timestamp formats */
	size_t nfmts;
	char *checked[MAX_SETTINGS]; /* folded "Ja" / "Yes" */
	size_t nchecked;
	char **nobody;               /* folded identities that are none */
	size_t nnobody, nobodycap;
	age_rules age;
} value_rules;

/* The record being cleaned: its timestamp, parsed at most once, and the
 * time_of_day of its row. */
typedef struct {
	bool stamped, stamp_ok;
	stamp st;
	const char *tod;
} record_state;

typedef struct {
	const clean_settings *cs;
	clean_input *in;
	const codebook *cb;
	const char *profile;
	const char *const *schema;
	size_t nschema;
	value_rules rules;
	enum role roles[NSCHEMA_MAX];
	list_target *lists[NSCHEMA_MAX]; /* multi-select targets, else NULL */
	cache_slot *cache[NSCHEMA_MAX];  /* coded and list targets, else NULL */
	long source_t, tod_t;        /* targets source and time_of_day, or -1 */
	size_t stemlen;
	long ts_col;                 /* input column of collected_at or -1 */
	rec_index dups;
	strbuf key, scratch;
	strbuf row;                  /* the canonical row being built */
	bool warned_id;              /* an id was not a plain token */
	char delim;                  /* ',', or ';' with --excel */
	record_state cur;
	pending_reports rep;
	bool spooling;               /* the export has identities */
	copyout co;
} job;

static long target_of(const job *j, const char *column)
{
	for (size_t t = 0; t < j->nschema; t++)
		if (strcmp(j->schema[t], column) == 0)
			return (long)t;
	return -1;
}

/* --- setting up --- */

/* Multi-select target T: its rules, codes and input columns. */
static list_target *list_target_new(const job *j, size_t t)
{
	list_target *l = xcalloc(1, sizeof *l);
	size_t n = codebook_ncodes(j->cb, j->schema[t]);

	list_rules_init(&l->rules, j->cb, j->profile, j->schema[t]);
	for (size_t col = 0; col < j->in->lo.ncols; col++) {
		const in_column *c = &j->in->lo.cols[col];

		if (c->target != (int)t || (c->role != ROLE_LIST && c->role != ROLE_OPTION))
			continue;
		GROW(l->cols, l->ncols, l->colcap);
		l->cols[l->ncols++] = col;
	}
	l->res.ncodes = n;
	l->res.chosen = xcalloc(n + 1, sizeof *l->res.chosen);
	l->saved = xcalloc(n + 1, sizeof *l->saved);
	l->codes = xcalloc(n + 1, sizeof *l->codes);
	l->codelens = xcalloc(n + 1, sizeof *l->codelens);
	for (size_t k = 0; k < n; k++) {
		l->codes[k] = codebook_code(j->cb, j->schema[t], k);
		l->codelens[k] = strlen(l->codes[k]);
	}
	return l;
}

static void list_target_free(list_target *l)
{
	if (!l)
		return;
	list_rules_free(&l->rules);
	free(l->res.chosen);
	free(l->saved);
	free(l->codes);
	free(l->codelens);
	free(l->cols);
	free(l);
}

static void init_checked(job *j)
{
	const char *v[MAX_SETTINGS];
	size_t n = codebook_settings(j->cb, j->profile, "", "checked", v, MAX_SETTINGS);

	j->rules.nchecked = n < MAX_SETTINGS ? n : MAX_SETTINGS;
	for (size_t i = 0; i < j->rules.nchecked; i++) {
		codebook_fold(j->cb, &j->key, v[i], strlen(v[i]));
		j->rules.checked[i] = xmemdup(j->key.s, j->key.len);
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
		GROW(j->rules.nobody, j->rules.nnobody, j->rules.nobodycap);
		j->rules.nobody[j->rules.nnobody++] = xstrdup(j->key.s);
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
	n = codebook_settings(j->cb, j->profile, "", "timestamp", j->rules.fmts, MAX_SETTINGS);
	j->rules.nfmts = n < MAX_SETTINGS ? n : MAX_SETTINGS;
	init_checked(j);
	init_nobody(j);
	for (size_t t = 0; t < j->nschema; t++) {
		j->roles[t] = layout_column_role(j->schema[t], "");
		if (j->roles[t] == ROLE_CODED || j->roles[t] == ROLE_AGE ||
		    j->roles[t] == ROLE_PLACE || j->roles[t] == ROLE_LIST)
			j->cache[t] = anscache_new();
		if (j->roles[t] == ROLE_LIST)
			j->lists[t] = list_target_new(j, t);
	}
	j->ts_col = in->lo.first[target_of(j, "collected_at")];
	j->source_t = target_of(j, "source");
	j->stemlen = strlen(in->stem);
	j->tod_t = target_of(j, "time_of_day");
	j->delim = out_delimiter();
	j->rep.keep = cs->rj->fp != NULL;
	j->spooling = in->lo.identity >= 0;
	age_rules_init(&j->rules.age, j->cb, j->profile);
	index_init(&j->dups, false);
}

static void job_free(job *j)
{
	for (size_t i = 0; i < j->rules.nchecked; i++)
		free(j->rules.checked[i]);
	for (size_t i = 0; i < j->rules.nnobody; i++)
		free(j->rules.nobody[i]);
	free(j->rules.nobody);
	age_rules_free(&j->rules.age);
	for (size_t t = 0; t < j->nschema; t++) {
		list_target_free(j->lists[t]);
		anscache_free(j->cache[t]);
	}
	sb_free(&j->key);
	sb_free(&j->scratch);
	sb_free(&j->row);
	sb_free(&j->rep.text);
	copyout_close(&j->co);
	index_free(&j->dups);
}

/* --- reports --- */

/* Count a report and, with a rejects file, format it; invalid_value
 * reports are counted per record (ninvalid), as a later resubmission
 * may still drop the record and, with it, its cell reports. */
static void report(job *j, long line, enum reject_reason r, const char *field,
		   const char *value, size_t vlen)
{
	if (r == R_INVALID_VALUE)
		j->rep.ninvalid++;
	else
		j->in->counts.reasons[r]++;
	if (j->rep.keep)
		rejects_format(&j->rep.text, j->in->name, line, r, field, value, vlen);
}

static void report_line(job *j, long line, enum reject_reason r, long value)
{
	sb_clear(&j->scratch);
	out_long(&j->scratch, value);
	report(j, line, r, NULL, j->scratch.s, j->scratch.len);
}

/* Hand the reports made so far (of records that stay whatever follows) to
 * the rejects file, or to the spool while the file has identities. */
static void flush_reports(job *j, size_t upto)
{
	strbuf *text = &j->rep.text;

	if (upto == 0)
		return;
	if (j->spooling) {
		spool_head h = { .len = upto, .kind = SPOOL_PLAIN };

		copyout_put_reports(&j->co, &h, text->s);
	} else {
		rejects_put(j->cs->rj, text->s, upto);
	}
	memmove(text->s, text->s + upto, text->len - upto);
	text->len -= upto;
	text->s[text->len] = '\0';
}

/* The end of a record that stays whatever follows. */
static void settle_reports(job *j)
{
	j->in->counts.reasons[R_INVALID_VALUE] += j->rep.ninvalid;
	if (j->rep.text.len >= REPORTS_BUFFER)
		flush_reports(j, j->rep.text.len);
}

/* The end of a record whose fate depends on identity ID: its cell
 * reports go to the spool under its identity and line. */
static void spool_reports(job *j, const hash128 *id, long line)
{
	spool_head h = { .id = *id, .line = line, .kind = SPOOL_IDENTITY };

	if (!j->rep.keep)
		return;
	flush_reports(j, j->rep.record_start);
	h.len = j->rep.text.len;
	copyout_put_reports(&j->co, &h, j->rep.text.s);
	sb_clear(&j->rep.text);
}

/* --- rules 3.1-3.4: which records are dropped --- */

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

/* The record's timestamp, parsed once for both rule 3.4 and the row. */
static const stamp *record_stamp(job *j, const csv_record *rec)
{
	long ts = j->ts_col;

	if (!j->cur.stamped) {
		j->cur.stamped = true;
		j->cur.stamp_ok = ts >= 0 &&
				  stamp_parse(rec->fields[ts].data, rec->fields[ts].len, j->rules.fmts,
					      j->rules.nfmts, j->cs->year, &j->cur.st);
	}
	return j->cur.stamp_ok ? &j->cur.st : NULL;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Printable ASCII other than capitals and space folds to itself. */
static bool folds_to_itself_byte(unsigned char c)
{
	return c > ' ' && c < 0x7f && !(c >= 'A' && c <= 'Z');
}

/* The same for eight bytes at once (the "has byte less than / equal to /
 * between" tricks of Bit Twiddling Hacks; each sets a byte's high bit). */
static bool folds_to_itself_word(uint64_t x)
{
	uint64_t low7 = x & ~HIGHS, del = x ^ (ONES * 0x7f);
	uint64_t control = (x - ONES * 0x21) & ~x;
	uint64_t is_del = (del - ONES) & ~del;
	uint64_t capital = (ONES * (127 + 'Z' + 1) - low7) & ~x & (low7 + ONES * (127 - ('A' - 1)));

	return ((x | control | is_del | capital) & HIGHS) == 0;
}

/* Is S[0..n) its own folded key?  Most identities (e-mail addresses) are:
 * they are hashed as they stand, without folding them into a copy. */
static bool folds_to_itself(const char *s, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (!folds_to_itself_word(w))
			return false;
	}
	for (; i < n; i++)
		if (!folds_to_itself_byte((unsigned char)s[i]))
			return false;
	return true;
}

/* Hash of the record's identity, false when it has none. */
static bool identity_hash(job *j, const csv_record *rec, hash128 *h)
{
	long col = j->in->lo.identity;
	const char *key;
	size_t len;

	if (col < 0)
		return false;
	key = rec->fields[col].data;
	len = rec->fields[col].len;
	if (!folds_to_itself(key, len)) {
		codebook_fold(j->cb, &j->key, key, len);
		key = j->key.s;
		len = j->key.len;
	}
	if (len == 0)
		return false;
	for (size_t i = 0; i < j->rules.nnobody; i++)
		if (strlen(j->rules.nobody[i]) == len && memcmp(key, j->rules.nobody[i], len) == 0)
			return false; /* "anonymous" and the like */
	hash128_start(h);
	hash128_add(h, key, len);
	return true;
}

/* Rule 3.3 compares whole records by a 128-bit hash of their fields. */
static void record_hash(const csv_record *rec, size_t nf, hash128 *h)
{
	hash128_start(h);
	for (size_t i = 0; i < nf; i++)
		hash128_add(h, rec->fields[i].data, rec->fields[i].len);
}

/* Rule 3.4 as far as it is known now (copyout_leads). */
static bool leads(job *j, const csv_record *rec, const hash128 *id)
{
	const stamp *st = record_stamp(j, rec);

	return copyout_leads(&j->co, id, rec->line, st ? stamp_order(st) : -1);
}

/* --- section 4: values of a kept record --- */

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
	size_t n;

	if (!f || f->len == 0)
		return true;
	if (f->data[0] != ' ' && f->data[0] != '\t')
		return false; /* the usual answer, without a call */
	n = f->len;
	trim_span(f->data, &n);
	return n == 0;
}

/* An export's own id is kept only when it is a plain token: some tools
 * put the respondent's e-mail address or name there. */
static bool plain_token(const char *s, size_t n)
{
	if (n == 0 || n > 40)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      c == '-' || c == '_'))
			return false;
	}
	return true;
}

static void put_response_id(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);
	strbuf *id = &j->scratch;
	size_t n = f ? f->len : 0;
	const char *s = f ? trim_span(f->data, &n) : NULL;

	sb_clear(id);
	out_plain(id, j->in->stem, j->stemlen);
	if (n > 0 && plain_token(s, n)) {
		out_char(id, '-');
		out_plain(id, s, n);
	} else {
		if (n > 0 && !j->warned_id) {
			warn_at(j->in->name, rec->line, "%s",
				_("an id that is not a plain token (letters, digits, - and _, "
				  "at most 40): such rows get the line as their response_id"));
			j->warned_id = true;
		}
		out_plain(id, "-L", 2);
		out_long(id, rec->line);
	}
	out_text(&j->row, id->s, id->len);
}

static void put_timestamp(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);
	const stamp *st;

	if (is_blank(f))
		return;
	st = record_stamp(j, rec);
	if (!st) {
		invalid(j, rec, t, f->data, f->len);
		return;
	}
	stamp_format(st, &j->row);
	j->cur.tod = stamp_time_of_day(st);
}

/* The code of a coded cell, from its folded key in j->key. */
static const char *code_of(job *j, size_t t)
{
	const char *code = codebook_match_key(j->cb, j->profile, j->schema[t], j->key.s, j->key.len);

	if (!code && j->roles[t] == ROLE_AGE)
		code = age_band_of(&j->rules.age, j->key.s, j->key.len);
	if (!code && j->roles[t] == ROLE_PLACE) /* site: the places' own labels */
		code = codebook_match_key(j->cb, j->profile, "unsafe_places", j->key.s, j->key.len);
	return code;
}

static void put_coded(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);
	cache_slot *c;
	bool hit;

	if (is_blank(f))
		return;
	c = anscache_find(j->cache[t], f, &hit);
	if (!hit) {
		const char *code;

		codebook_fold(j->cb, &j->key, f->data, f->len);
		code = code_of(j, t);
		anscache_fill(c, f);
		c->code = code;
		c->codelen = code ? strlen(code) : 0;
		c->plain = !out_needs_quotes(code ? code : "", c->codelen);
	}
	if (!c->code)
		invalid(j, rec, t, f->data, f->len);
	else if (c->plain)
		out_plain(&j->row, c->code, c->codelen);
	else
		out_field(&j->row, c->code, c->codelen);
}

static bool is_checked(job *j, const csv_field *f)
{
	codebook_fold(j->cb, &j->key, f->data, f->len);
	for (size_t i = 0; i < j->rules.nchecked; i++)
		if (strcmp(j->key.s, j->rules.checked[i]) == 0)
			return true;
	return false;
}

/* list_match through the cache: a hit replays the codes it chose. */
static void match_list_cached(job *j, size_t t, const csv_field *f)
{
	list_target *l = j->lists[t];
	list_result *res = &l->res;
	bool hit, *before = l->saved;
	size_t n = res->ncodes;
	cache_slot *c = anscache_find(j->cache[t], f, &hit);

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
	list_match(&l->rules, f->data, f->len, res);
	anscache_fill(c, f);
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
	list_result *res = &j->lists[t]->res;

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
	const list_target *l = j->lists[t];
	const list_result *res = &l->res;
	strbuf *codes = &j->scratch;
	bool reported = false;

	memset(res->chosen, 0, res->ncodes * sizeof *res->chosen);
	for (size_t i = 0; i < l->ncols; i++)
		reported |= add_choices(j, rec, t, l->cols[i], reported);
	sb_clear(codes);
	for (size_t k = 0; k < res->ncodes; k++) {
		if (!res->chosen[k])
			continue;
		if (codes->len)
			out_char(codes, '|');
		out_plain(codes, l->codes[k], l->codelens[k]);
	}
	out_field(&j->row, codes->s, codes->len);
}

/* Free text as written; only CRLF becomes LF (rule 1.6). */
static void put_text(job *j, const csv_record *rec, size_t t)
{
	const csv_field *f = source_field(j, rec, t);

	if (f)
		out_text(&j->row, f->data, f->len);
}

static void put_target(job *j, const csv_record *rec, size_t t)
{
	switch (j->roles[t]) {
	case ROLE_ID: put_response_id(j, rec, t); break;
	case ROLE_TIMESTAMP: put_timestamp(j, rec, t); break;
	case ROLE_CODED:
	case ROLE_AGE:
	case ROLE_PLACE: put_coded(j, rec, t); break;
	case ROLE_LIST: put_multi(j, rec, t); break;
	case ROLE_TEXT: put_text(j, rec, t); break;
	default:
		if ((long)t == j->source_t)
			out_field(&j->row, j->in->source, strlen(j->in->source));
		else if ((long)t == j->tod_t && j->cur.tod)
			sb_puts(&j->row, j->cur.tod);
		break;
	}
}

/* The canonical row of REC into j->row (reports of its cells made). */
static void build_row(job *j, const csv_record *rec)
{
	sb_clear(&j->row);
	j->cur.tod = NULL;
	for (size_t t = 0; t < j->nschema; t++) {
		if (t)
			out_char(&j->row, j->delim);
		put_target(j, rec, t);
	}
	out_char(&j->row, '\n');
}

/* --- the pass --- */

/* Take back the cell reports of the row just built: its record is
 * dropped after all. */
static void drop_row_reports(job *j)
{
	j->rep.text.len = j->rep.record_start;
	if (j->rep.text.s)
		j->rep.text.s[j->rep.text.len] = '\0';
	j->rep.ninvalid = 0;
}

/* A record that stays whatever follows: its row goes out now (through the
 * row spool, to keep the file order, when the file has identities). */
static void keep_row(job *j, long line)
{
	j->in->counts.kept++;
	if (j->spooling) {
		spool_head h = { .line = line, .len = j->row.len, .kind = SPOOL_PLAIN };

		copyout_put_row(&j->co, &h, j->row.s);
	} else {
		fwrite_unlocked(j->row.s, 1, j->row.len, j->cs->out);
	}
	settle_reports(j);
}

/* A submission of identity ID that leads so far: its row waits in the
 * spool.  One that already lost leaves only its (resubmission) mark. */
static void candidate(job *j, const csv_record *rec, const hash128 *id)
{
	if (leads(j, rec, id)) {
		spool_head h = { .id = *id, .line = rec->line, .kind = SPOOL_IDENTITY };

		h.len = j->row.len;
		h.ninvalid = j->rep.ninvalid;
		copyout_put_row(&j->co, &h, j->row.s);
	} else {
		drop_row_reports(j);
	}
	spool_reports(j, id, rec->line);
}

static void drop(job *j, const csv_record *rec, enum reject_reason r, long value)
{
	if (r == R_EMPTY_ROW)
		report(j, rec->line, r, NULL, NULL, 0);
	else
		report_line(j, rec->line, r, value);
	settle_reports(j);
}

/* Rules 3.1 and 3.2: true if they dropped REC. */
static bool empty_or_ragged(job *j, const csv_record *rec, size_t nf)
{
	if (blank_record(rec, nf))
		drop(j, rec, R_EMPTY_ROW, 0);
	else if (nf != j->in->lo.ncols)
		drop(j, rec, R_RAGGED_ROW, (long)nf);
	else
		return false;
	return true;
}

/* Rules 3.1-3.4, then the row.  The row is built before the index
 * lookups, which are cache misses on a big file that the prefetches and
 * the row's work overlap; the few rows of duplicates and overruled
 * submissions are built in vain and their reports taken back. */
static void process_record(job *j, const csv_record *rec)
{
	size_t nf = effective_fields(j, rec);
	hash128 whole, id;
	bool has_id;
	index_entry *e;
	int created;

	j->in->counts.read++;
	j->cur.stamped = false;
	j->rep.ninvalid = 0;
	j->rep.record_start = j->rep.text.len;
	if (empty_or_ragged(j, rec, nf))
		return;
	record_hash(rec, nf, &whole);
	index_prefetch(&j->dups, &whole);
	has_id = j->spooling && identity_hash(j, rec, &id);
	if (has_id)
		copyout_prefetch(&j->co, &id);
	build_row(j, rec);
	e = index_put(&j->dups, &whole, rec->line, 0, &created);
	if (!created) {
		drop_row_reports(j);
		drop(j, rec, R_DUPLICATE, e->line);
		return;
	}
	if (has_id)
		candidate(j, rec, &id);
	else
		keep_row(j, rec->line);
}

int clean_run(clean_input *in, const clean_settings *cs)
{
	const csv_record *rec;
	job j;
	int status;

	job_init(&j, cs, in);
	if (j.spooling && copyout_open(&j.co, in->name, j.rep.keep) < 0) {
		job_free(&j);
		return -1;
	}
	for (size_t i = 0; i < in->lo.nunknown; i++)
		report(&j, 1, R_UNKNOWN_COLUMN, in->lo.unknown[i], NULL, 0);
	while ((status = csv_next(in->reader, &rec)) > 0)
		process_record(&j, rec);
	if (status < 0)
		clean_read_error(in);
	else
		flush_reports(&j, j.rep.text.len);
	if (status >= 0 && j.spooling)
		status = copyout_finish(&j.co, in, cs->out, cs->rj);
	job_free(&j);
	return status < 0 ? -1 : 0;
}

