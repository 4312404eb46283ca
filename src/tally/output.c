/* output.c - the finished tally (shares, intervals, suppression) and the
 * partial counts, both in the documented order. */
#include "tally/output.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "tally/order.h"

const char *const partial_cols[PARTIAL_NCOLS] = {
	"variable", "kind", "value", "n", "w", "w2"
};
static const char *const final_cols[] = {
	"variable", "value", "n", "base", "pct", "ci_low", "ci_high", "note"
};
#define NFINAL (sizeof final_cols / sizeof *final_cols)

/* A sort item carries its context: qsort has none. */
struct sort_item {
	size_t id;
	size_t nkeys;
	const struct order_key *keys;
};

static int compare_items(const void *pa, const void *pb)
{
	const struct sort_item *a = pa, *b = pb;

	for (size_t k = 0; k < a->nkeys; k++) {
		int c = order_compare(&a->keys[a->id * a->nkeys + k],
				      &b->keys[b->id * b->nkeys + k]);
		if (c)
			return c;
	}
	return 0;
}

static size_t *sorted_ids(size_t n, size_t nkeys, const struct order_key *keys)
{
	struct sort_item *items = xmalloc((n + 1) * sizeof *items);
	size_t *ids = xmalloc((n + 1) * sizeof *ids);

	for (size_t i = 0; i < n; i++)
		items[i] = (struct sort_item){ i, nkeys, keys };
	qsort(items, n, sizeof *items, compare_items);
	for (size_t i = 0; i < n; i++)
		ids[i] = items[i].id;
	free(items);
	return ids;
}

static void set_key(struct order_key *k, const codebook *cb,
		    const char *column, const char *s, size_t len)
{
	char *z = xmemdup(s, len);

	k->rank = order_rank(cb, column, z);
	k->s = s;
	k->len = len;
	free(z);
}

/* Groups in output order. */
static size_t *sorted_groups(const struct tally *t, const codebook *cb)
{
	size_t nk = t->ngroupcols;
	struct order_key *keys = xmalloc((t->ngroups * nk + 1) * sizeof *keys);
	const char **vals = xmalloc((nk + 1) * sizeof *vals);
	size_t *lens = xmalloc((nk + 1) * sizeof *lens);

	for (size_t g = 0; g < t->ngroups; g++) {
		tally_group_values(t, g, vals, lens);
		for (size_t k = 0; k < nk; k++)
			set_key(&keys[g * nk + k], cb, t->groupcols[k], vals[k], lens[k]);
	}
	size_t *ids = sorted_ids(t->ngroups, nk, keys);
	free(keys);
	free(vals);
	free(lens);
	return ids;
}

/* Codes of variable V in output order. */
static size_t *sorted_codes(const struct variable *v, const codebook *cb)
{
	struct order_key *keys = xmalloc((v->ncodes + 1) * sizeof *keys);

	for (size_t i = 0; i < v->ncodes; i++) {
		size_t len;
		const char *s = tally_code(v, i, &len);

		set_key(&keys[i], cb, v->name, s, len);
	}
	size_t *ids = sorted_ids(v->ncodes, 1, keys);
	free(keys);
	return ids;
}

/* A row under construction: the group values, then the rest. */
struct row {
	FILE *out;
	char delim, point;
	csv_field *fields;
	size_t ngroup, nfields;
	strbuf num[6];
};

static void row_init(struct row *r, const struct tally *t, FILE *out,
		     char delim, size_t nrest)
{
	memset(r, 0, sizeof *r);
	r->out = out;
	r->delim = delim;
	r->point = csv_writer_is_excel() ? ',' : '.';
	r->ngroup = t->ngroupcols;
	r->nfields = t->ngroupcols + nrest;
	r->fields = xcalloc(r->nfields, sizeof *r->fields);
}

static void row_free(struct row *r)
{
	free(r->fields);
	for (size_t i = 0; i < sizeof r->num / sizeof *r->num; i++)
		sb_free(&r->num[i]);
}

/* csv_field has a non-const pointer; the writer only reads it. */
static void row_set(struct row *r, size_t i, const char *s, size_t len)
{
	r->fields[r->ngroup + i].data = (char *)s;
	r->fields[r->ngroup + i].len = len;
}

static void row_set_str(struct row *r, size_t i, const char *s)
{
	row_set(r, i, s, s ? strlen(s) : 0);
}

/* Set field I to the text in scratch buffer K. */
static void row_set_num(struct row *r, size_t i, size_t k)
{
	row_set(r, i, r->num[k].s ? r->num[k].s : "", r->num[k].len);
}

static void row_group(struct row *r, const struct tally *t, size_t g)
{
	const char **vals = xmalloc((r->ngroup + 1) * sizeof *vals);
	size_t *lens = xmalloc((r->ngroup + 1) * sizeof *lens);

	tally_group_values(t, g, vals, lens);
	for (size_t k = 0; k < r->ngroup; k++) {
		r->fields[k].data = (char *)vals[k];
		r->fields[k].len = lens[k];
	}
	free(vals);
	free(lens);
}

static void row_put(struct row *r)
{
	csv_put_record(r->out, r->fields, r->nfields, r->delim);
}

static void put_header(FILE *out, const struct tally *t, const char *const *rest,
		       size_t nrest, char delim)
{
	size_t n = t->ngroupcols + nrest;
	const char **cells = xmalloc(n * sizeof *cells);

	for (size_t i = 0; i < t->ngroupcols; i++)
		cells[i] = t->groupcols[i];
	for (size_t i = 0; i < nrest; i++)
		cells[t->ngroupcols + i] = rest[i];
	csv_put_row(out, cells, n, delim);
	free(cells);
}

/* ---- the finished tally ---- */

enum { F_VAR, F_VALUE, F_N, F_BASE, F_PCT, F_LOW, F_HIGH, F_NOTE };

static void format_bound(strbuf *b, double x, char point)
{
	format_tenths(b, llround(x * 1000), point);
}

/* pct and the interval of share C of base B; empty without a base. */
static void set_share(struct row *r, const struct tally *t,
		      const struct count *c, const struct base *b, double z)
{
	double p, neff, lo, hi;

	for (size_t k = 2; k < 5; k++)
		sb_clear(&r->num[k]);
	if (t->weighted) {
		double w = (double)b->w;
		p = (double)c->w / w;
		neff = w * w / (double)b->w2;
		format_tenths(&r->num[2], pct_tenths(c->w, b->w), r->point);
	} else {
		p = (double)c->n / (double)b->n;
		neff = (double)b->n;
		format_tenths(&r->num[2], pct_tenths(c->n, b->n), r->point);
	}
	if (wilson_interval(p, neff, z, &lo, &hi)) {
		format_bound(&r->num[3], lo, r->point);
		format_bound(&r->num[4], hi, r->point);
	}
	row_set_num(r, F_PCT, 2);
	row_set_num(r, F_LOW, 3);
	row_set_num(r, F_HIGH, 4);
}

static void emit_cell(struct row *r, const struct tally *t, const char *value,
		      size_t vlen, const struct count *c, const struct base *b,
		      bool suppressed, double z)
{
	row_set(r, F_VALUE, value, vlen);
	sb_clear(&r->num[0]);
	sb_clear(&r->num[1]);
	sb_printf(&r->num[1], "%llu", (unsigned long long)b->n);
	row_set_num(r, F_BASE, 1);
	if (suppressed) {
		for (size_t i = F_PCT; i <= F_HIGH; i++)
			row_set_str(r, i, "");
	} else {
		sb_printf(&r->num[0], "%llu", (unsigned long long)c->n);
		set_share(r, t, c, b, z);
	}
	row_set_num(r, F_N, 0);
	row_set_str(r, F_NOTE, suppressed ? "suppressed" : "");
	row_put(r);
}

static bool has_base(const struct tally *t, const struct base *b)
{
	return b->n > 0 && (!t->weighted || b->w > 0);
}

static struct count code_count(const struct gvar *gv, size_t id)
{
	static const struct count zero;

	return id < gv->ncodes ? gv->codes[id] : zero;
}

/* The cells of one group x variable and the sums the output reveals
 * (suppress.h).  COEF has room for SUP_MAX_EQS rows. */
static void build_problem(struct sup_problem *p, const struct variable *var,
			  const struct gvar *gv, const size_t *order)
{
	size_t n = var->ncodes + var->has_unsafe;

	p->ncells = n;
	p->neqs = 0;
	for (size_t i = 0; i < var->ncodes; i++)
		p->cells[i] = (struct sup_cell){ .n = code_count(gv, order[i]).n };
	if (var->has_unsafe)
		p->cells[var->ncodes] = (struct sup_cell){ .n = gv->unsafe.n };
	if (var->multi)
		return; /* answers with several codes: no sum holds */
	memset(p->coef, 0, SUP_MAX_EQS * n);
	for (size_t i = 0; i < var->ncodes; i++) {
		unsigned char f = var->flags[order[i]];

		p->coef[i] = 1;                       /* codes = base */
		if (!var->has_unsafe)
			continue;
		p->coef[n + i] = (f & CODE_IN_BASE) != 0; /* = unsafe base */
		p->coef[2 * n + i] = (f & CODE_UNSAFE) != 0; /* = unsafe */
	}
	p->neqs = 1;
	if (var->has_unsafe) {
		p->coef[2 * n + var->ncodes] = -1;
		p->neqs = 3;
	}
}

static void write_gvar(struct row *r, const struct tally *t, size_t g,
		       size_t v, const size_t *order, struct sup_problem *p,
		       const struct out_options *o, struct sup_stats *st)
{
	const struct variable *var = &t->vars[v];
	const struct gvar *gv = tally_gvar(t, g, v);

	if (!has_base(t, &gv->base))
		return;
	build_problem(p, var, gv, order);
	suppress_cells(p, o->min_cell, st);
	row_set_str(r, F_VAR, var->name);
	for (size_t i = 0; i < var->ncodes; i++) {
		size_t len;
		const char *code = tally_code(var, order[i], &len);
		struct count c = code_count(gv, order[i]);

		emit_cell(r, t, code, len, &c, &gv->base, p->cells[i].suppressed, o->z);
	}
	if (var->has_unsafe && has_base(t, &gv->ubase))
		emit_cell(r, t, "unsafe", 6, &gv->unsafe, &gv->ubase,
			  p->cells[var->ncodes].suppressed, o->z);
}

/* Recompute the code flags from the unsafe definition (merged partials
 * may have declared it after some codes were seen). */
static void refresh_flags(struct variable *v)
{
	for (size_t i = 0; i < v->ncodes; i++)
		v->flags[i] = tally_code_flags(v, i);
}

static size_t **all_code_orders(struct tally *t, const codebook *cb)
{
	size_t **orders = xmalloc((t->nvars + 1) * sizeof *orders);

	for (size_t v = 0; v < t->nvars; v++) {
		refresh_flags(&t->vars[v]);
		orders[v] = sorted_codes(&t->vars[v], cb);
	}
	return orders;
}

static void free_orders(size_t **orders, size_t n)
{
	for (size_t v = 0; v < n; v++)
		free(orders[v]);
	free(orders);
}

void tally_write(struct tally *t, const codebook *cb,
		 const struct out_options *o, FILE *out, struct sup_stats *st)
{
	size_t *groups = sorted_groups(t, cb);
	size_t **orders = all_code_orders(t, cb);
	size_t maxcells = 1;
	struct sup_problem p;
	struct row r;

	for (size_t v = 0; v < t->nvars; v++)
		if (t->vars[v].ncodes + 1 > maxcells)
			maxcells = t->vars[v].ncodes + 1;
	p.cells = xmalloc(maxcells * sizeof *p.cells);
	p.coef = xmalloc(SUP_MAX_EQS * maxcells);
	/* The writer makes ',' ';' and wrote the BOM under --excel. */
	row_init(&r, t, out, ',', NFINAL);
	put_header(out, t, final_cols, NFINAL, r.delim);
	for (size_t i = 0; i < t->ngroups; i++) {
		row_group(&r, t, groups[i]);
		for (size_t v = 0; v < t->nvars; v++)
			write_gvar(&r, t, groups[i], v, orders[v], &p, o, st);
	}
	row_free(&r);
	free(p.cells);
	free(p.coef);
	free_orders(orders, t->nvars);
	free(groups);
}

/* ---- partial counts ---- */

enum { P_VAR, P_KIND, P_VALUE, P_N, P_W, P_W2 };

static void emit_partial(struct row *r, const struct tally *t, const char *kind,
			 const char *value, size_t vlen, uint64_t n,
			 wide_t w, const wide_t *w2)
{
	for (size_t k = 0; k < 3; k++)
		sb_clear(&r->num[k]);
	sb_printf(&r->num[0], "%llu", (unsigned long long)n);
	if (t->weighted) {
		format_fixed(&r->num[1], w, WEIGHT_DIGITS);
		if (w2)
			format_fixed(&r->num[2], *w2, WEIGHT2_DIGITS);
	}
	row_set_str(r, P_KIND, kind);
	row_set(r, P_VALUE, value, vlen);
	row_set_num(r, P_N, 0);
	row_set_num(r, P_W, 1);
	row_set_num(r, P_W2, 2);
	row_put(r);
}

/* A variable's declaration: multi or single, and its unsafe definition. */
static void declare_variable(struct row *r, const struct variable *var)
{
	for (size_t k = 0; k < r->ngroup; k++) {
		r->fields[k].data = (char *)"";
		r->fields[k].len = 0;
	}
	row_set_str(r, P_VAR, var->name);
	row_set_str(r, P_KIND, "variable");
	row_set_str(r, P_VALUE, var->multi ? "multi" : "single");
	for (size_t i = P_N; i <= P_W2; i++)
		row_set_str(r, i, "");
	row_put(r);
	for (size_t i = 0; i < var->nunsafe; i++) {
		row_set_str(r, P_KIND, "unsafe-code");
		row_set_str(r, P_VALUE, var->unsafe_codes[i]);
		row_put(r);
	}
	for (size_t i = 0; i < var->nbase; i++) {
		row_set_str(r, P_KIND, "base-code");
		row_set_str(r, P_VALUE, var->base_codes[i]);
		row_put(r);
	}
}

static void partial_gvar(struct row *r, const struct tally *t, size_t g,
			 size_t v, const size_t *order)
{
	const struct variable *var = &t->vars[v];
	const struct gvar *gv = tally_gvar(t, g, v);

	if (gv->base.n == 0)
		return;
	row_set_str(r, P_VAR, var->name);
	emit_partial(r, t, "base", "", 0, gv->base.n, gv->base.w, &gv->base.w2);
	for (size_t i = 0; i < var->ncodes; i++) {
		size_t len;
		const char *code = tally_code(var, order[i], &len);
		struct count c = code_count(gv, order[i]);

		if (c.n > 0)
			emit_partial(r, t, "code", code, len, c.n, c.w, NULL);
	}
	if (!var->has_unsafe)
		return;
	emit_partial(r, t, "unsafe-base", "", 0, gv->ubase.n, gv->ubase.w,
		     &gv->ubase.w2);
	emit_partial(r, t, "unsafe", "", 0, gv->unsafe.n, gv->unsafe.w, NULL);
}

void tally_write_partial(struct tally *t, const codebook *cb, FILE *out)
{
	size_t *groups = sorted_groups(t, cb);
	size_t **orders = all_code_orders(t, cb);
	struct row r;

	row_init(&r, t, out, ',', PARTIAL_NCOLS);
	put_header(out, t, partial_cols, PARTIAL_NCOLS, ',');
	for (size_t v = 0; v < t->nvars; v++)
		declare_variable(&r, &t->vars[v]);
	for (size_t i = 0; i < t->ngroups; i++) {
		row_group(&r, t, groups[i]);
		for (size_t v = 0; v < t->nvars; v++)
			partial_gvar(&r, t, groups[i], v, orders[v]);
	}
	row_free(&r);
	free_orders(orders, t->nvars);
	free(groups);
}
