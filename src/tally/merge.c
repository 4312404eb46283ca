/* merge.c - adding up partial counts; see output.c for the format:
 * group columns, variable, kind, value, n, w, w2, where kind is
 *   variable     declaration; value "single" or "multi"
 *   unsafe-code  / base-code: the definition of the derived value
 *   base         respondents who answered (n, w, w2)
 *   code         respondents who gave code VALUE (n, w)
 *   unsafe-base  / unsafe: the base and count of the derived value. */
#include "tally/merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "tally/output.h"

enum { P_VAR, P_KIND, P_VALUE, P_N, P_W, P_W2 };

struct ctx {
	struct merger *m;
	const char *name;
	const csv_record *rec;
	size_t ngroup;
};

static _Noreturn void bad(const struct ctx *c, const char *what)
{
	die_at(EXIT_DATA, c->name, c->rec->line, "%s", what);
}

static const csv_field *field(const struct ctx *c, size_t i)
{
	return &c->rec->fields[c->ngroup + i];
}

static bool field_is(const csv_field *f, const char *s)
{
	return f->len == strlen(s) && memcmp(f->data, s, f->len) == 0;
}

static bool is_header(const csv_record *r)
{
	size_t n = r->nfields;

	if (n < PARTIAL_NCOLS)
		return false;
	for (size_t i = 0; i < PARTIAL_NCOLS; i++)
		if (!field_is(&r->fields[n - PARTIAL_NCOLS + i], partial_cols[i]))
			return false;
	return true;
}

/* The first header makes the tally; later ones must name the same groups. */
static void take_header(struct ctx *c)
{
	const csv_record *r = c->rec;
	size_t ng = r->nfields - PARTIAL_NCOLS;
	struct tally *t = c->m->t;

	if (!t) {
		char **cols = xmalloc((ng + 1) * sizeof *cols);
		for (size_t i = 0; i < ng; i++)
			cols[i] = xmemdup(r->fields[i].data, r->fields[i].len);
		c->m->t = tally_new(cols, ng, false);
		return;
	}
	bool same = ng == t->ngroupcols;
	for (size_t i = 0; same && i < ng; i++)
		same = field_is(&r->fields[i], t->groupcols[i]);
	if (!same)
		bad(c, _("the partial files group by different columns"));
}

static struct variable *find_var(const struct ctx *c, bool create)
{
	struct tally *t = c->m->t;
	const csv_field *name = field(c, P_VAR);

	for (size_t v = 0; v < t->nvars; v++)
		if (field_is(name, t->vars[v].name))
			return &t->vars[v];
	if (!create)
		bad(c, _("counts of a variable that was not declared"));
	if (t->ngroups > 0)
		bad(c, _("the partial files tally different variables"));
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

static void declare(const struct ctx *c, const csv_field *kind)
{
	struct variable *v = find_var(c, field_is(kind, "variable"));
	const csv_field *value = field(c, P_VALUE);

	if (field_is(kind, "variable"))
		v->multi |= field_is(value, "multi");
	else if (field_is(kind, "unsafe-code"))
		add_to_list(&v->unsafe_codes, &v->nunsafe, value);
	else
		add_to_list(&v->base_codes, &v->nbase, value);
	v->has_unsafe = v->nunsafe > 0;
}

static uint64_t parse_count(const struct ctx *c)
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

static wide_t parse_sum(const struct ctx *c, size_t i, int digits)
{
	const csv_field *f = field(c, i);
	wide_t v = 0;

	if (!c->m->t->weighted)
		return 0;
	if (parse_fixed(f->data, f->len, digits, 37 - digits, &v) != FIXED_OK)
		bad(c, _("a weight sum in the partial file is not a number"));
	return v;
}

/* The first base row tells whether the partials are weighted. */
static void check_weighted(const struct ctx *c)
{
	int w = field(c, P_W)->len > 0;

	if (c->m->weighted < 0) {
		c->m->weighted = w;
		c->m->t->weighted = w;
	} else if (c->m->weighted != w) {
		bad(c, _("weighted and unweighted partial counts cannot be merged"));
	}
}

static void add_base_row(const struct ctx *c, struct base *b)
{
	check_weighted(c);
	b->n += parse_count(c);
	b->w += parse_sum(c, P_W, WEIGHT_DIGITS);
	b->w2 += parse_sum(c, P_W2, WEIGHT2_DIGITS);
}

static void add_count_row(const struct ctx *c, struct count *k)
{
	check_weighted(c);
	k->n += parse_count(c);
	k->w += parse_sum(c, P_W, WEIGHT_DIGITS);
}

static size_t find_group(const struct ctx *c)
{
	struct tally *t = c->m->t;

	tally_key_clear(t);
	for (size_t i = 0; i < c->ngroup; i++)
		tally_key_add(t, c->rec->fields[i].data, c->rec->fields[i].len);
	return tally_group(t, NULL);
}

static void add_counts(const struct ctx *c, const csv_field *kind)
{
	struct variable *var = find_var(c, false);
	size_t v = (size_t)(var - c->m->t->vars);
	struct gvar *gv = tally_gvar(c->m->t, find_group(c), v);

	if (field_is(kind, "base")) {
		add_base_row(c, &gv->base);
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

static void merge_record(struct ctx *c)
{
	if (c->rec->nfields == 0)
		return;
	if (is_header(c->rec)) {
		take_header(c);
		c->ngroup = c->m->t->ngroupcols;
		return;
	}
	if (!c->m->t || c->rec->nfields != c->ngroup + PARTIAL_NCOLS)
		bad(c, _("not a trygg-tally partial file"));
	const csv_field *kind = field(c, P_KIND);
	if (field_is(kind, "variable") || field_is(kind, "unsafe-code") ||
	    field_is(kind, "base-code"))
		declare(c, kind);
	else
		add_counts(c, kind);
}

void merge_file(struct merger *m, const char *path)
{
	const csv_options opt = { ',', CSV_ENC_UTF8, false };
	csv_reader *r = csv_open(path, &opt);
	struct ctx c = { m, path, NULL, m->t ? m->t->ngroupcols : 0 };
	int rc;

	if (!r)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	c.name = csv_name(r);
	while ((rc = csv_next(r, &c.rec)) > 0)
		merge_record(&c);
	if (rc < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	if (csv_close(r) != 0)
		die(EXIT_DATA, "%s: %s", path, _("read error"));
}
