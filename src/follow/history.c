/* history.c - picking the register's cells out of the history
 * (history.h).  The rows are trygg-tally's partial counts; the kinds that
 * matter here are base/code (a code's share of those who answered) and
 * unsafe-base/unsafe (the derived value); other rows are skipped. */
#include "follow/history.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "text.h"

enum { H_PERIOD, H_BY, H_GROUP, H_VAR, H_KIND, H_VALUE, H_N, H_W, H_W2, H_NCOLS };
static const char *const hist_cols[H_NCOLS] = {
	"period", "by", "group", "variable", "kind", "value", "n", "w", "w2"
};

/* Separators inside lookup keys; they cannot occur in UTF-8 text cells
 * a spreadsheet or trygg-tally writes. */
#define SEP_FIELD '\x1f'
#define SEP_PAIR '\x1e'

/* Append the group of sorted (column, value) pairs. */
static void key_pairs(strbuf *k, char *const *by, char *const *group, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sb_puts(k, by[i]);
		sb_putc(k, SEP_PAIR);
		sb_puts(k, group[i]);
		sb_putc(k, SEP_FIELD);
	}
}

static void key_head(strbuf *k, const char *var, size_t vlen, const char *kind,
		     size_t klen, const char *value, size_t valen)
{
	sb_clear(k);
	sb_append(k, var, vlen);
	sb_putc(k, SEP_FIELD);
	sb_append(k, kind, klen);
	sb_putc(k, SEP_FIELD);
	sb_append(k, value, valen);
	sb_putc(k, SEP_FIELD);
}

/* What a row of the history is to the series: the numerator or the base
 * of one or more of them (several shares may have the same base). */
struct roles {
	size_t n;
	size_t *role; /* series index * 2 + (1 for the base) */
};

static void put_role(struct history *h, const strbuf *k, size_t s, bool base)
{
	void **slot = strmap_slot(h->lookup, k->s, k->len, true, NULL);
	struct roles *r = *slot;

	if (!r)
		*slot = r = xcalloc(1, sizeof *r);
	r->role = xrealloc(r->role, (r->n + 1) * sizeof *r->role);
	r->role[r->n++] = s * 2 + base;
}

static void add_series(struct history *h, const struct indicator *ind,
		       strbuf *k)
{
	bool unsafe = strcmp(ind->value, "unsafe") == 0;
	const char *var = ind->variable;
	size_t s = h->nseries++;

	h->series = xrealloc(h->series, h->nseries * sizeof *h->series);
	memset(&h->series[s], 0, sizeof h->series[s]);
	key_head(k, var, strlen(var), unsafe ? "unsafe" : "code",
		 unsafe ? 6 : 4, unsafe ? "" : ind->value,
		 unsafe ? 0 : strlen(ind->value));
	key_pairs(k, ind->by, ind->group, ind->ngroup);
	put_role(h, k, s, false);
	key_head(k, var, strlen(var), unsafe ? "unsafe-base" : "base",
		 unsafe ? 11 : 4, "", 0);
	key_pairs(k, ind->by, ind->group, ind->ngroup);
	put_role(h, k, s, true);
}

void history_init(struct history *h, const struct register_set *rs)
{
	strmap *seen = strmap_new();
	strbuf k = { 0 };

	memset(h, 0, sizeof *h);
	h->lookup = strmap_new();
	h->variables = strmap_new();
	h->series_of = xmalloc((rs->n + 1) * sizeof *h->series_of);
	for (size_t i = 0; i < rs->n; i++) {
		const struct indicator *ind = &rs->m[i].ind;

		h->series_of[i] = SIZE_MAX;
		if (ind->reference || !ind->variable[0])
			continue;
		/* Measures that share an indicator share its series. */
		key_head(&k, ind->variable, strlen(ind->variable), "", 0,
			 ind->value, strlen(ind->value));
		key_pairs(&k, ind->by, ind->group, ind->ngroup);
		void **slot = strmap_slot(seen, k.s, k.len, true, NULL);
		if (!*slot) {
			*slot = (void *)(uintptr_t)(h->nseries + 1);
			add_series(h, ind, &k);
		}
		h->series_of[i] = (size_t)(uintptr_t)*slot - 1;
		*strmap_slot(h->variables, ind->variable, strlen(ind->variable),
			     true, NULL) = (void *)1;
	}
	strmap_free(seen);
	sb_free(&k);
}

void history_free(struct history *h)
{
	for (size_t s = 0; s < h->nseries; s++)
		free(h->series[s].cell);
	free(h->series);
	free(h->series_of);
	free(h->present);
	for (size_t i = 0; i < strmap_count(h->lookup); i++) {
		struct roles *r = strmap_value(h->lookup, i);
		free(r->role);
		free(r);
	}
	strmap_free(h->lookup);
	strmap_free(h->variables);
	memset(h, 0, sizeof *h);
}

/* ---- months ---- */

/* Grow *CELLS (covering *FIRST, *LEN items of SIZE) to cover M. */
static void cover(void **cells, month_t *first, size_t *len, size_t size,
		  month_t m)
{
	if (*len == 0) {
		*cells = xcalloc(1, size);
		*first = m;
		*len = 1;
		return;
	}
	if (m < *first) {
		size_t add = (size_t)(*first - m);
		char *p = xcalloc(*len + add, size);
		memcpy(p + add * size, *cells, *len * size);
		free(*cells);
		*cells = p;
		*first = m;
		*len += add;
	} else if (m >= *first + (month_t)*len) {
		size_t nlen = (size_t)(m - *first) + 1;
		*cells = xrealloc(*cells, nlen * size);
		memset((char *)*cells + *len * size, 0, (nlen - *len) * size);
		*len = nlen;
	}
}

static void mark_month(struct history *h, month_t m)
{
	void *p = h->present;

	cover(&p, &h->first, &h->npresent, 1, m);
	h->present = p;
	h->present[m - h->first] = 1;
	if (!h->any || m > h->last)
		h->last = m;
	h->any = true;
}

bool history_has_month(const struct history *h, month_t m)
{
	return h->any && m >= h->first && m < h->first + (month_t)h->npresent &&
	       h->present[m - h->first];
}

static struct counts *series_cell(struct series *s, month_t m)
{
	void *p = s->cell;

	cover(&p, &s->first, &s->len, sizeof *s->cell, m);
	s->cell = p;
	return &s->cell[m - s->first];
}

struct counts series_month(const struct history *h, size_t s, month_t m)
{
	const struct series *se = &h->series[s];
	struct counts zero = { 0 };

	if (se->len == 0 || m < se->first || m >= se->first + (month_t)se->len)
		return zero;
	return se->cell[m - se->first];
}

struct counts series_sum(const struct history *h, size_t s, month_t from,
			 month_t to, long *months)
{
	struct counts sum = { 0 };

	*months = 0;
	for (month_t m = from; m <= to; m++) {
		struct counts c = series_month(h, s, m);

		*months += history_has_month(h, m);
		sum.n += c.n;
		sum.base += c.base;
		sum.w += c.w;
		sum.bw += c.bw;
		sum.bw2 += c.bw2;
		sum.found |= c.found;
	}
	return sum;
}

/* ---- reading ---- */

struct reader {
	struct history *h;
	const char *name;
	const csv_record *rec;
	long col[H_NCOLS];
	strbuf key;
};

static _Noreturn void bad(const struct reader *r, const char *what)
{
	die_at(EXIT_DATA, r->name, r->rec->line, "%s", what);
}

static const csv_field *fld(const struct reader *r, int c)
{
	return &r->rec->fields[r->col[c]];
}

static bool field_is(const csv_field *f, const char *s)
{
	return f->len == strlen(s) && memcmp(f->data, s, f->len) == 0;
}

static void map_header(struct reader *r)
{
	for (int c = 0; c < H_NCOLS; c++) {
		r->col[c] = csv_header_index(r->rec, hist_cols[c]);
		if (r->col[c] < 0)
			die_at(EXIT_DATA, r->name, r->rec->line,
			       _("no column named %s (is this a history of partial counts?)"),
			       hist_cols[c]);
	}
}

static bool is_header(const struct reader *r)
{
	return field_is(fld(r, H_PERIOD), "period") && field_is(fld(r, H_KIND), "kind");
}

static month_t row_month(const struct reader *r)
{
	const csv_field *f = fld(r, H_PERIOD);
	char buf[8];
	month_t m;

	if (f->len != 7)
		bad(r, _("the period is not a month (YYYY-MM)"));
	memcpy(buf, f->data, 7);
	buf[7] = '\0';
	if (!month_parse(buf, &m))
		bad(r, _("the period is not a month (YYYY-MM)"));
	return m;
}

static uint64_t row_count(const struct reader *r)
{
	const csv_field *f = fld(r, H_N);
	char *end;

	errno = 0;
	unsigned long long n = strtoull(f->data, &end, 10);
	if (f->len == 0 || f->data[0] < '0' || f->data[0] > '9' ||
	    end != f->data + f->len || errno)
		bad(r, _("a count in the history is not a whole number"));
	return n;
}

static wide_t row_sum(const struct reader *r, int c, int digits)
{
	const csv_field *f = fld(r, c);
	wide_t v = 0;

	if (!r->h->weighted)
		return 0;
	if (parse_fixed(f->data, f->len, digits, 37 - digits, &v) != FIXED_OK)
		bad(r, _("a weight sum in the history is not a number"));
	return v;
}

/* The '|'-separated parts of F, malloc'd; *N gets their number (none for
 * an empty field: the total). */
static char **split_bar(const csv_field *f, size_t *n)
{
	char *s = xmemdup(f->data, f->len);
	char **parts = f->len ? split_list(s, '|', n) : (*n = 0, NULL);

	free(s);
	return parts;
}

struct pair {
	char *col, *val;
};

static int compare_pairs(const void *a, const void *b)
{
	return strcmp(((const struct pair *)a)->col, ((const struct pair *)b)->col);
}

/* The row's lookup key: variable, kind, value and the group's pairs
 * sorted by column, as history_init() made the register's. */
static void row_key(struct reader *r)
{
	size_t nb, ng;
	char **cols = split_bar(fld(r, H_BY), &nb);
	char **vals = split_bar(fld(r, H_GROUP), &ng);
	const csv_field *v = fld(r, H_VAR), *k = fld(r, H_KIND), *val = fld(r, H_VALUE);

	if (nb != ng) {
		free_list(cols, nb);
		free_list(vals, ng);
		bad(r, _("'by' and 'group' have different numbers of parts"));
	}
	struct pair *p = xmalloc((nb + 1) * sizeof *p);
	for (size_t i = 0; i < nb; i++)
		p[i] = (struct pair){ cols[i], vals[i] };
	qsort(p, nb, sizeof *p, compare_pairs);
	key_head(&r->key, v->data, v->len, k->data, k->len, val->data, val->len);
	for (size_t i = 0; i < nb; i++) {
		sb_puts(&r->key, p[i].col);
		sb_putc(&r->key, SEP_PAIR);
		sb_puts(&r->key, p[i].val);
		sb_putc(&r->key, SEP_FIELD);
	}
	free(p);
	free_list(cols, nb);
	free_list(vals, ng);
}

/* The kinds of row that hold counts; declarations (variable, unsafe-code,
 * base-code) and kinds this version does not know are skipped. */
static bool is_count(const csv_field *kind)
{
	return field_is(kind, "base") || field_is(kind, "code") ||
	       field_is(kind, "unsafe-base") || field_is(kind, "unsafe");
}

static void check_weighted(struct reader *r)
{
	bool w = fld(r, H_W)->len > 0;
	struct history *h = r->h;

	if (!h->weighted_known) {
		h->weighted_known = 1;
		h->weighted = w;
	} else if (h->weighted != w) {
		bad(r, _("the history mixes weighted and unweighted counts"));
	}
}

/* A count row's numbers, checked on every row: a malformed history is an
 * error even where the register does not look. */
struct row_counts {
	uint64_t n;
	wide_t w, w2;
};

static void add_to(struct series *se, month_t m, bool base,
		   const struct row_counts *rc)
{
	struct counts *c = series_cell(se, m);

	if (base) {
		c->base += rc->n;
		c->bw += rc->w;
		c->bw2 += rc->w2;
		c->found = true;
	} else {
		c->n += rc->n;
		c->w += rc->w;
	}
}

static void add_row(struct reader *r)
{
	struct history *h = r->h;
	month_t m = row_month(r);
	const csv_field *kind = fld(r, H_KIND);

	mark_month(h, m);
	if (!is_count(kind))
		return;
	check_weighted(r);
	struct row_counts rc = { row_count(r), row_sum(r, H_W, WEIGHT_DIGITS), 0 };
	if (fld(r, H_W2)->len || field_is(kind, "base") || field_is(kind, "unsafe-base"))
		rc.w2 = row_sum(r, H_W2, WEIGHT2_DIGITS);
	const csv_field *var = fld(r, H_VAR);
	if (!strmap_get(h->variables, var->data, var->len))
		return;
	row_key(r);
	const struct roles *roles = strmap_get(h->lookup, r->key.s, r->key.len);
	if (!roles)
		return;
	for (size_t i = 0; i < roles->n; i++)
		add_to(&h->series[roles->role[i] / 2], m, roles->role[i] % 2, &rc);
}

void history_read(struct history *h, const char *path, unsigned char delim)
{
	const csv_options opt = { delim, CSV_ENC_UTF8, false };
	csv_reader *rd = csv_open_or_die(path, &opt);
	struct reader r = { .h = h, .name = csv_name(rd) };
	bool header = false;
	size_t width = 0;

	while (csv_next_or_die(rd, &r.rec)) {
		if (r.rec->nfields == 0)
			continue;
		if (!header) {
			map_header(&r);
			width = r.rec->nfields;
			header = true;
			continue;
		}
		if (r.rec->nfields != width)
			die_at(EXIT_DATA, r.name, r.rec->line,
			       _("the record has %zu fields, the header %zu"),
			       r.rec->nfields, width);
		if (is_header(&r))
			continue; /* histories may be concatenated */
		add_row(&r);
		h->rows++;
	}
	if (!header)
		die(EXIT_DATA, _("%s: empty input (no header line)"), r.name);
	csv_close_or_die(rd);
	sb_free(&r.key);
}
