/* merge.c - adding up partial counts; see trygg-tally(1), PARTIAL COUNTS:
 * by, group, variable, kind, value, n, w, w2, ck, where kind is
 *   breakdown    declares the breakdown BY
 *   variable     declares VARIABLE; value "single" or "multi"
 *   unsafe-code, base-code, base-rule: its unsafe definition and base
 *   channel      respondents of channel VALUE who answered VARIABLE
 *   outside      answers outside a nonempty:COL base (not counted)
 *   records      respondents of channel VALUE in the group (n, w, w2, ck)
 *   base         respondents in the group who answered VARIABLE
 *   if-base      respondents in the group whose base column is filled
 *   code         respondents who gave code VALUE (n, w, ck)
 *   unsafe-base, unsafe: the base and count of the derived value. */
#include "tally/merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "tally/output.h"

enum { P_BY, P_GROUP, P_VAR, P_KIND, P_VALUE, P_N, P_W, P_W2, P_CK };

typedef struct {
	merger *m;
	const char *name;
	const csv_record *rec;
	size_t first;       /* 1 when a period column leads */
	bool header_seen;
} merge_ctx;

void merger_init(merger *m, const char *from, const char *to)
{
	memset(m, 0, sizeof *m);
	m->weighted = -1;
	m->keyed = -1;
	m->from = from;
	m->to = to;
}

static _Noreturn void bad(const merge_ctx *c, const char *what)
{
	die_at(EXIT_DATA, c->name, c->rec->line, "%s", what);
}

static const csv_field *field(const merge_ctx *c, size_t i)
{
	return &c->rec->fields[c->first + i];
}

static bool field_is(const csv_field *f, const char *s)
{
	return f->len == strlen(s) && memcmp(f->data, s, f->len) == 0;
}

/* A header: the partial columns, maybe after "period". */
static bool is_header(const csv_record *r, size_t *first)
{
	*first = r->nfields == PARTIAL_NCOLS + 1 && field_is(&r->fields[0], "period");
	if (r->nfields != PARTIAL_NCOLS + *first)
		return false;
	for (size_t i = 0; i < PARTIAL_NCOLS; i++)
		if (!field_is(&r->fields[*first + i], partial_cols[i]))
			return false;
	return true;
}

static void take_header(merge_ctx *c, size_t first)
{
	c->first = first;
	c->header_seen = true;
	if (c->m->from && !first)
		bad(c, _("no period column: --period needs a history file"));
	if (!c->m->t)
		c->m->t = tally_new(false);
}

/* A period is YYYY-MM. */
static bool is_period(const char *s, size_t len)
{
	if (len != 7 || s[4] != '-')
		return false;
	for (size_t i = 0; i < 7; i++)
		if (i != 4 && (s[i] < '0' || s[i] > '9'))
			return false;
	return (s[5] == '0' && s[6] >= '1') || (s[5] == '1' && s[6] <= '2');
}

/* Whether the row is in the months asked for. */
static bool in_period(const merge_ctx *c)
{
	const csv_field *p;

	if (!c->first)
		return true;
	p = &c->rec->fields[0];
	if (!is_period(p->data, p->len))
		bad(c, _("the period is not a month (YYYY-MM)"));
	return !c->m->from ||
	       (strcmp(p->data, c->m->from) >= 0 && strcmp(p->data, c->m->to) <= 0);
}

/* ---- breakdowns, groups and variables ---- */

static size_t find_breakdown(const merge_ctx *c, bool create)
{
	tally *t = c->m->t;
	const csv_field *by = field(c, P_BY);
	size_t ncols = 0;
	char **cols = by->len ? split_list(by->data, '|', &ncols) : NULL;
	long b = tally_find_breakdown(t, cols, ncols);

	if (b < 0 && create)
		b = (long)tally_add_breakdown(t, cols, ncols);
	free_list(cols, ncols);
	if (b < 0)
		bad(c, _("counts of a breakdown that was not declared"));
	return (size_t)b;
}

static size_t find_group(const merge_ctx *c, size_t b)
{
	tally *t = c->m->t;
	const breakdown *bd = &t->bds[b];
	const csv_field *g = field(c, P_GROUP);
	const char *s = g->data, *end = g->data + g->len;
	size_t parts = 0;

	tally_key_clear(t);
	if (bd->ncols == 1) {
		tally_key_add(t, s, g->len);
		parts = 1;
	} else if (bd->ncols > 1) {
		for (;; s++) {
			const char *bar = memchr(s, '|', (size_t)(end - s));
			const char *stop = bar ? bar : end;

			tally_key_add(t, s, (size_t)(stop - s));
			parts++;
			if (!bar)
				break;
			s = bar;
		}
	}
	if (parts != bd->ncols || (bd->ncols == 0 && g->len > 0))
		bad(c, _("the group does not fit its breakdown's columns"));
	return tally_group(t, b, NULL);
}

static tally_var *find_var(const merge_ctx *c, bool create)
{
	tally *t = c->m->t;
	const csv_field *name = field(c, P_VAR);

	for (size_t v = 0; v < t->nvars; v++)
		if (field_is(name, t->vars[v].name))
			return &t->vars[v];
	if (!create)
		bad(c, _("counts of a variable that was not declared"));
	size_t v = tally_add_variable(t, name->data); /* moves t->vars */
	return &t->vars[v];
}

static void add_to_list(char ***list, size_t *n, const csv_field *f)
{
	for (size_t i = 0; i < *n; i++)
		if (field_is(f, (*list)[i]))
			return;
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[(*n)++] = xmemdup(f->data, f->len);
}

static void set_rule(const merge_ctx *c, tally_var *v, const csv_field *f)
{
	enum base_rule rule;
	const char *col = NULL;

	if (field_is(f, "answered"))
		rule = BASE_ANSWERED;
	else if (field_is(f, "asked"))
		rule = BASE_ASKED;
	else if (f->len > 9 && memcmp(f->data, "nonempty:", 9) == 0)
		rule = BASE_IF, col = f->data + 9;
	else
		bad(c, _("unknown base rule in the partial file"));
	if (v->rule != BASE_DEFAULT &&
	    (v->rule != rule || (col && strcmp(col, v->base_col) != 0)))
		bad(c, _("the partial files take different bases for a variable"));
	tally_set_base(v, rule, col);
}

static void declare(const merge_ctx *c, const csv_field *kind)
{
	tally_var *v = find_var(c, field_is(kind, "variable"));
	const csv_field *value = field(c, P_VALUE);

	if (field_is(kind, "variable"))
		v->multi |= field_is(value, "multi");
	else if (field_is(kind, "unsafe-code"))
		add_to_list(&v->unsafe_codes, &v->nunsafe, value);
	else if (field_is(kind, "base-code"))
		add_to_list(&v->base_codes, &v->nbase, value);
	else
		set_rule(c, v, value);
	v->has_unsafe = v->nunsafe > 0;
}

/* ---- numbers ---- */

static uint64_t parse_count(const merge_ctx *c)
{
	const csv_field *f = field(c, P_N);
	char *end;

	errno = 0;
	unsigned long long n = strtoull(f->data, &end, 10);
	if (f->len == 0 || f->data[0] < '0' || f->data[0] > '9' ||
	    end != f->data + f->len || errno)
		bad(c, _("a count in the partial file is not a whole number"));
	return n;
}

static wide_t parse_sum(const merge_ctx *c, size_t i, int digits)
{
	const csv_field *f = field(c, i);
	wide_t v = 0;

	if (!c->m->t->weighted)
		return 0;
	if (!plain_decimal(f->data, f->len) ||
	    parse_fixed(f->data, f->len, digits, 37 - digits, &v) != FIXED_OK)
		bad(c, _("a weight sum in the partial file is not a number"));
	return v;
}

static uint32_t parse_key(const merge_ctx *c)
{
	const csv_field *f = field(c, P_CK);
	char *end;

	if (c->m->keyed != 1)
		return 0;
	errno = 0;
	unsigned long long k = strtoull(f->data, &end, 10);
	if (f->len == 0 || f->data[0] < '0' || f->data[0] > '9' ||
	    end != f->data + f->len || errno || k > UINT32_MAX)
		bad(c, _("a cell key in the partial file is not a number below 2^32"));
	return (uint32_t)k;
}

/* The first count row tells whether the partials are weighted and keyed;
 * every later one must agree. */
static void check_kind(const merge_ctx *c)
{
	int w = field(c, P_W)->len > 0, k = field(c, P_CK)->len > 0;

	if (c->m->weighted < 0) {
		c->m->weighted = w;
		c->m->t->weighted = w;
	} else if (c->m->weighted != w) {
		bad(c, _("weighted and unweighted partial counts cannot be merged"));
	}
	if (c->m->keyed < 0)
		c->m->keyed = k;
	else if (c->m->keyed != k)
		bad(c, _("partial counts with and without cell keys cannot be merged"));
}

static void add_base_row(const merge_ctx *c, tally_base *b)
{
	tally_base r;

	check_kind(c);
	r.n = parse_count(c);
	r.w = parse_sum(c, P_W, WEIGHT_DIGITS);
	r.w2 = parse_sum(c, P_W2, WEIGHT2_DIGITS);
	r.ck = parse_key(c);
	if (!add_base(b, &r))
		bad(c, _("the counts add up to more than trygg-tally can hold"));
}

static void add_count_row(const merge_ctx *c, tally_count *k)
{
	tally_count r;

	check_kind(c);
	r.n = parse_count(c);
	r.w = parse_sum(c, P_W, WEIGHT_DIGITS);
	r.ck = parse_key(c);
	if (!add_count(k, &r))
		bad(c, _("the counts add up to more than trygg-tally can hold"));
}

static void add_plain(const merge_ctx *c, uint64_t *n)
{
	if (!add_u64(n, parse_count(c)))
		bad(c, _("the counts add up to more than trygg-tally can hold"));
}

/* Rows of a variable that belong to no group. */
static bool variable_counts(const merge_ctx *c, const csv_field *kind)
{
	tally_var *var;

	if (!field_is(kind, "channel") && !field_is(kind, "outside"))
		return false;
	var = find_var(c, false);
	if (field_is(kind, "outside")) {
		add_plain(c, &var->outside);
	} else {
		const csv_field *ch = field(c, P_VALUE);
		size_t id = tally_channel_id(c->m->t, ch->data, ch->len);

		add_plain(c, tally_channel_answered(var, id));
	}
	return true;
}

static void add_counts(const merge_ctx *c, const csv_field *kind)
{
	tally *t = c->m->t;
	size_t b = find_breakdown(c, false);
	size_t g = find_group(c, b);

	if (field_is(kind, "records")) {
		const csv_field *ch = field(c, P_VALUE);

		add_base_row(c, tally_group_channel(t, b, g,
						    tally_channel_id(t, ch->data, ch->len)));
		return;
	}
	tally_var *var = find_var(c, false);
	group_var *gv = tally_gvar(t, b, g, (size_t)(var - t->vars));

	if (field_is(kind, "base")) {
		add_base_row(c, &gv->answered);
	} else if (field_is(kind, "if-base")) {
		if (var->rule != BASE_IF)
			bad(c, _("an if-base row of a variable without a nonempty: base"));
		add_base_row(c, &gv->ifbase);
	} else if (field_is(kind, "code")) {
		const csv_field *code = field(c, P_VALUE);
		size_t id = tally_code_id(var, code->data, code->len);
		add_count_row(c, tally_code_count(gv, id));
	} else if (field_is(kind, "unsafe-base")) {
		add_base_row(c, &gv->ubase);
	} else if (field_is(kind, "unsafe")) {
		add_count_row(c, &gv->unsafe);
	} else {
		bad(c, _("unknown kind of row in the partial file"));
	}
}

static void merge_record(merge_ctx *c)
{
	size_t first;

	if (c->rec->nfields == 0)
		return;
	if (is_header(c->rec, &first)) {
		take_header(c, first);
		return;
	}
	if (!c->header_seen || c->rec->nfields != c->first + PARTIAL_NCOLS)
		bad(c, _("not a trygg-tally partial file"));
	if (!in_period(c))
		return;
	c->m->any = true;
	const csv_field *kind = field(c, P_KIND);
	if (field_is(kind, "breakdown"))
		find_breakdown(c, true);
	else if (field_is(kind, "variable") || field_is(kind, "unsafe-code") ||
		 field_is(kind, "base-code") || field_is(kind, "base-rule"))
		declare(c, kind);
	else if (!variable_counts(c, kind))
		add_counts(c, kind);
}

void merge_file(merger *m, const char *path)
{
	const csv_options opt = { ',', CSV_ENC_UTF8, false };
	/* csv_open itself, not csv_open_or_die: tests/fuzz/fuzz_tally wraps
	 * it at link time to close what a rejected partial left open. */
	csv_reader *r = csv_open(path, &opt);
	merge_ctx c = { m, path, NULL, 0, false };

	if (!r)
		die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
	c.name = csv_name(r);
	while (csv_next_or_die(r, &c.rec))
		merge_record(&c);
	csv_close_or_die(r);
}

/* ---- consistency ---- */

static bool within(uint64_t n, const tally_base *b)
{
	return n <= b->n;
}

static bool group_consistent(const tally *t, size_t b, size_t g)
{
	const group_info *gr = &t->bds[b].groups[g];
	tally_base records = { 0, 0, 0, 0 };

	for (size_t ch = 0; ch < gr->nchan; ch++)
		if (!add_base(&records, &gr->chan[ch]))
			return false;
	for (size_t v = 0; v < t->nvars; v++) {
		const group_var *gv = tally_gvar(t, b, g, v);

		if (!within(gv->answered.n, &records) || !within(gv->ifbase.n, &records) ||
		    (t->vars[v].rule == BASE_IF && !within(gv->answered.n, &gv->ifbase)) ||
		    !within(gv->ubase.n, &gv->answered) ||
		    !within(gv->unsafe.n, &gv->ubase))
			return false;
		for (size_t j = 0; j < gv->ncodes; j++)
			if (!within(gv->codes[j].n, &gv->answered))
				return false;
	}
	return true;
}

void merge_check(const merger *m)
{
	const tally *t = m->t;

	for (size_t b = 0; b < t->nbds; b++)
		for (size_t g = 0; g < t->bds[b].ngroups; g++)
			if (!group_consistent(t, b, g))
				die(EXIT_DATA, "%s", _("the partial counts do not agree: "
						       "a count is larger than its base"));
}
