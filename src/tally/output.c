/* output.c - the finished tables (shares, intervals, what disclosure
 * control withholds) and the partial counts, both in the documented order. */
#include "tally/output.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "tally/order.h"

const char *const partial_cols[PARTIAL_NCOLS] = {
	"by", "group", "variable", "kind", "value", "n", "w", "w2", "ck"
};
static const char *const wide_cols[] = {
	"variable", "value", "n", "base", "pct", "ci_low", "ci_high", "note"
};
static const char *const long_cols[] = {
	"by", "group", "variable", "value", "n", "base", "pct", "ci_low",
	"ci_high", "note", "n_eff", "base_of"
};
#define NWIDE (sizeof wide_cols / sizeof *wide_cols)
#define NLONG (sizeof long_cols / sizeof *long_cols)

/* ---- order ---- */

/* A sort item carries its context: qsort has none. */
typedef struct {
	size_t id;
	size_t nkeys;
	const order_key *keys;
} sort_item;

static int compare_items(const void *pa, const void *pb)
{
	const sort_item *a = pa, *b = pb;

	for (size_t k = 0; k < a->nkeys; k++) {
		int c = order_compare(&a->keys[a->id * a->nkeys + k],
				      &b->keys[b->id * b->nkeys + k]);
		if (c)
			return c;
	}
	return 0;
}

static size_t *sorted_ids(size_t n, size_t nkeys, const order_key *keys)
{
	sort_item *items = xmalloc((n + 1) * sizeof *items);
	size_t *ids = xmalloc((n + 1) * sizeof *ids);

	for (size_t i = 0; i < n; i++)
		items[i] = (sort_item){ i, nkeys, keys };
	qsort(items, n, sizeof *items, compare_items);
	for (size_t i = 0; i < n; i++)
		ids[i] = items[i].id;
	free(items);
	return ids;
}

static void set_key(order_key *k, const codebook *cb,
		    const char *column, const char *s, size_t len)
{
	char *z = xmemdup(s, len);

	k->rank = order_rank(cb, column, z);
	k->s = s;
	k->len = len;
	free(z);
}

/* Groups of breakdown B in output order. */
static size_t *sorted_groups(const tally *t, size_t b, const codebook *cb)
{
	const breakdown *bd = &t->bds[b];
	size_t nk = bd->ncols;
	order_key *keys = xmalloc((bd->ngroups * nk + 1) * sizeof *keys);
	const char **vals = xmalloc((nk + 1) * sizeof *vals);
	size_t *lens = xmalloc((nk + 1) * sizeof *lens);

	for (size_t g = 0; g < bd->ngroups; g++) {
		tally_group_values(t, b, g, vals, lens);
		for (size_t k = 0; k < nk; k++)
			set_key(&keys[g * nk + k], cb, bd->cols[k], vals[k], lens[k]);
	}
	size_t *ids = sorted_ids(bd->ngroups, nk, keys);
	free(keys);
	free(vals);
	free(lens);
	return ids;
}

/* Codes of variable V in output order. */
static size_t *sorted_codes(const tally_var *v, const codebook *cb)
{
	order_key *keys = xmalloc((v->ncodes + 1) * sizeof *keys);

	for (size_t i = 0; i < v->ncodes; i++) {
		size_t len;
		const char *s = tally_code(v, i, &len);

		set_key(&keys[i], cb, v->name, s, len);
	}
	size_t *ids = sorted_ids(v->ncodes, 1, keys);
	free(keys);
	return ids;
}

static void make_orders(pub_orders *ord, const tally *t,
			const codebook *cb)
{
	ord->nbds = t->nbds;
	ord->nvars = t->nvars;
	ord->groups = xmalloc((t->nbds + 1) * sizeof *ord->groups);
	ord->codes = xmalloc((t->nvars + 1) * sizeof *ord->codes);
	for (size_t b = 0; b < t->nbds; b++)
		ord->groups[b] = sorted_groups(t, b, cb);
	for (size_t v = 0; v < t->nvars; v++)
		ord->codes[v] = sorted_codes(&t->vars[v], cb);
}

static void free_orders(pub_orders *ord)
{
	for (size_t b = 0; b < ord->nbds; b++)
		free(ord->groups[b]);
	for (size_t v = 0; v < ord->nvars; v++)
		free(ord->codes[v]);
	free(ord->groups);
	free(ord->codes);
}

/* ---- rows ---- */

/* A row under construction: cells as strings, numbers in scratch buffers. */
#define ROW_MAX 16
typedef struct {
	FILE *out;
	char point;
	csv_field fields[64];
	size_t nfields;
	size_t first;            /* index of the first fixed column */
	strbuf num[ROW_MAX];
	strbuf by, group;
} out_row;

static void row_init(out_row *r, FILE *out, size_t first, size_t nrest)
{
	memset(r, 0, sizeof *r);
	r->out = out;
	r->point = csv_writer_is_excel() ? ',' : '.';
	r->first = first;
	r->nfields = first + nrest;
	if (r->nfields > sizeof r->fields / sizeof *r->fields)
		die(EXIT_DATA, "%s", _("too many group columns"));
}

static void row_free(out_row *r)
{
	for (size_t i = 0; i < ROW_MAX; i++)
		sb_free(&r->num[i]);
	sb_free(&r->by);
	sb_free(&r->group);
}

/* csv_field has a non-const pointer; the writer only reads it. */
static void row_set(out_row *r, size_t i, const char *s, size_t len)
{
	r->fields[r->first + i].data = (char *)(s ? s : "");
	r->fields[r->first + i].len = s ? len : 0;
}

static void row_set_str(out_row *r, size_t i, const char *s)
{
	row_set(r, i, s, s ? strlen(s) : 0);
}

/* Field I: the text of scratch buffer I. */
static void row_set_num(out_row *r, size_t i)
{
	row_set(r, i, r->num[i].s ? r->num[i].s : "", r->num[i].len);
}

static void row_put(out_row *r)
{
	csv_put_record(r->out, r->fields, r->nfields, ',');
}

static void put_header(FILE *out, char **group_cols, size_t ngroup,
		       const char *const *rest, size_t nrest)
{
	size_t n = ngroup + nrest;
	const char **cells = xmalloc((n + 1) * sizeof *cells);

	for (size_t i = 0; i < ngroup; i++)
		cells[i] = group_cols[i];
	for (size_t i = 0; i < nrest; i++)
		cells[ngroup + i] = rest[i];
	csv_put_row(out, cells, n, ',');
	free(cells);
}

static void join_cols(strbuf *b, char **cols, size_t n)
{
	sb_clear(b);
	sb_puts(b, "");
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_putc(b, '|');
		sb_puts(b, cols[i]);
	}
}

/* The group's values: in the long form joined by '|' into r->group
 * (field 1), in the wide form as the first columns. */
static void row_group(out_row *r, const tally *t, size_t b, size_t g,
		      bool long_form)
{
	size_t nc = t->bds[b].ncols;
	const char **vals = xmalloc((nc + 1) * sizeof *vals);
	size_t *lens = xmalloc((nc + 1) * sizeof *lens);

	tally_group_values(t, b, g, vals, lens);
	if (long_form) {
		sb_clear(&r->group);
		sb_puts(&r->group, "");
		for (size_t k = 0; k < nc; k++) {
			if (k)
				sb_putc(&r->group, '|');
			sb_append(&r->group, vals[k], lens[k]);
		}
		r->fields[1].data = r->group.s;
		r->fields[1].len = r->group.len;
	} else {
		for (size_t k = 0; k < nc; k++) {
			r->fields[k].data = (char *)vals[k];
			r->fields[k].len = lens[k];
		}
	}
	free(vals);
	free(lens);
}

/* ---- the figures of a finished row ---- */

enum { F_VAR, F_VALUE, F_N, F_BASE, F_PCT, F_LOW, F_HIGH, F_NOTE, F_NEFF, F_BASE_OF };

typedef struct {
	uint64_t n, base;   /* as published */
	bool share;         /* the base is above 0: a share can be given */
	long long tenths;   /* the share in tenths of a percent */
	double p;           /* the share as a proportion */
	double neff;        /* the sample size of the interval (fpc included) */
	bool census;        /* the whole population answered: no sampling error */
} cell_figures;

/* The sampling fraction of group G of breakdown B: the respondents of its
 * channel over the channel's population, when the breakdown is by channel
 * and the population is known; 0 otherwise. */
static double sampling_fraction(const publication *pub, size_t b, size_t g)
{
	const tally *t = pub->t;
	const breakdown *bd = &t->bds[b];
	const char *vals[64];
	size_t lens[64];
	long line = 0;

	if (!pub->o->pop || bd->ncols > 64)
		return 0;
	tally_group_values(t, b, g, vals, lens);
	for (size_t k = 0; k < bd->ncols; k++) {
		if (strcmp(bd->cols[k], CHANNEL_COLUMN) != 0)
			continue;
		double pop = population_of(pub->o->pop, vals[k], lens[k], &line);
		void *ch = strmap_get(t->chan_ids, vals[k], lens[k]);
		if (pop <= 0 || !ch)
			return 0;
		double n = (double)pub->chan_records[(size_t)(uintptr_t)ch - 1];
		if (n > pop)
			die_at(EXIT_DATA, pub->o->pop->path, line,
			       _("the population is smaller than the respondents of that "
				 "source (%.0f < %.0f)"), pop, n);
		return n / pop;
	}
	return 0;
}

static double kish(const tally_base *b)
{
	double w = (double)b->w;

	return b->w2 > 0 ? w * w / (double)b->w2 : 0;
}

static void weighted_share(const pub_options *o, const tally_count *c,
			   const tally_base *b, cell_figures *f)
{
	if (!o->cellkey) {
		f->tenths = pct_tenths(c->w, b->w);
		f->p = (double)c->w / (double)b->w;
		f->neff = kish(b);
		return;
	}
	/* Perturbed: each weighted sum moves in proportion to its count. */
	double wc = c->n ? (double)c->w * (double)f->n / (double)c->n : 0;
	double wb = (double)b->w * (double)f->base / (double)b->n;
	f->p = wb > 0 ? fmin(wc / wb, 1) : 0;
	f->tenths = llround(f->p * 1000);
	f->neff = kish(b) * (double)f->base / (double)b->n;
}

static void row_figures(const publication *pub, size_t b, size_t g,
			size_t v, size_t j, cell_figures *f)
{
	const tally *t = pub->t;
	const pub_options *o = pub->o;
	tally_count c = row_count(t, b, g, v, j);
	tally_base base = row_base(t, b, g, v, j);
	double frac;

	memset(f, 0, sizeof *f);
	f->n = published(o, c.n, c.ck);
	f->base = published(o, base.n, base.ck);
	if (f->n > f->base)
		f->n = f->base; /* only after perturbation */
	f->share = f->base > 0;
	if (!f->share)
		return;
	if (t->weighted && base.w > 0) {
		weighted_share(o, &c, &base, f);
	} else {
		f->tenths = pct_tenths(f->n, f->base);
		f->p = (double)f->n / (double)f->base;
		f->neff = (double)f->base;
	}
	frac = sampling_fraction(pub, b, g);
	f->census = frac >= 1;
	if (!f->census)
		f->neff /= 1 - frac;
}

static void format_hundredths(strbuf *b, double x, char point)
{
	long long h = llround(x * 100);

	sb_printf(b, "%lld%c%02lld", h / 100, point, h % 100);
}

static void format_bound(strbuf *b, double x, char point)
{
	format_tenths(b, llround(x * 1000), point);
}

static void set_share(out_row *r, const cell_figures *f, double z)
{
	double lo, hi;

	sb_printf(&r->num[F_N], "%llu", (unsigned long long)f->n);
	format_tenths(&r->num[F_PCT], f->tenths, r->point);
	if (f->census) /* no sampling error */
		lo = hi = f->p;
	if (f->census || wilson_interval(f->p, f->neff, z, &lo, &hi)) {
		format_bound(&r->num[F_LOW], lo, r->point);
		format_bound(&r->num[F_HIGH], hi, r->point);
	}
}

static const char *note_of(const sup_cell *c)
{
	switch (c->state) {
	case CELL_SMALL_BASE: return "small-base";
	case CELL_PRIMARY:
	case CELL_SECONDARY: return "suppressed";
	default: return "";
	}
}

/* Who the row's share is taken of (base_of). */
static void describe_base(strbuf *b, const tally *t, size_t v, size_t j)
{
	const tally_var *var = &t->vars[v];

	sb_clear(b);
	sb_puts(b, "");
	if (row_of_unsafe_base(t, v, j)) {
		sb_puts(b, "answered");
		for (size_t i = 0; i < var->nbase; i++) {
			sb_putc(b, i ? '|' : ':');
			sb_puts(b, var->base_codes[i]);
		}
		return;
	}
	switch (tally_base_rule(var)) {
	case BASE_ASKED: sb_puts(b, "asked"); break;
	case BASE_IF: sb_printf(b, "nonempty:%s", var->base_col); break;
	default: sb_puts(b, "answered"); break;
	}
}

static void emit_row(out_row *r, const publication *pub, size_t b,
		     size_t g, size_t v, size_t j, bool long_form)
{
	const tally *t = pub->t;
	const sup_cell *c = pub_cell(pub, v, b, g, j);
	bool base_shown = row_of_unsafe_base(t, v, j) || !t->vars[v].has_unsafe ||
			  t->vars[v].nbase == 0 || outer_base_shown(pub, v, b, g);
	cell_figures f;

	for (size_t i = 0; i < ROW_MAX; i++)
		sb_clear(&r->num[i]);
	row_figures(pub, b, g, v, j, &f);
	if (base_shown) {
		sb_printf(&r->num[F_BASE], "%llu", (unsigned long long)f.base);
		if (f.share && !f.census)
			format_hundredths(&r->num[F_NEFF], f.neff, r->point);
	}
	if (c->state == CELL_SHOWN && f.share)
		set_share(r, &f, pub->o->z);
	else if (c->state == CELL_SHOWN)
		sb_printf(&r->num[F_N], "%llu", (unsigned long long)f.n);
	for (size_t i = F_N; i <= F_HIGH; i++)
		row_set_num(r, i);
	row_set_str(r, F_NOTE, note_of(c));
	if (long_form) {
		row_set_num(r, F_NEFF);
		describe_base(&r->num[F_BASE_OF], t, v, j);
		row_set_num(r, F_BASE_OF);
	}
	row_put(r);
}

/* ---- the finished tables ---- */

static void write_group(out_row *r, const publication *pub,
			const pub_orders *ord, size_t b, size_t g,
			bool long_form)
{
	const tally *t = pub->t;

	row_group(r, t, b, g, long_form);
	for (size_t v = 0; v < t->nvars; v++) {
		const tally_var *var = &t->vars[v];

		if (!has_rows(t, b, g, v) ||
		    (pub->vars[v].withheld && pub->vars[v].withheld[b]))
			continue;
		row_set_str(r, F_VAR, var->name);
		for (size_t i = 0; i < var->ncodes; i++) {
			size_t len, j = ord->codes[v][i];
			const char *code = tally_code(var, j, &len);

			row_set(r, F_VALUE, code, len);
			emit_row(r, pub, b, g, v, j, long_form);
		}
		if (has_row(t, b, g, v, unsafe_slot(t, v))) {
			row_set_str(r, F_VALUE, "unsafe");
			emit_row(r, pub, b, g, v, unsafe_slot(t, v), long_form);
		}
	}
}

void tally_write(tally *t, const codebook *cb, const out_options *o,
		 FILE *out, sup_stats *st)
{
	bool long_form = o->long_form || t->nbds != 1;
	publication pub;
	pub_orders ord;
	out_row r;

	tally_refresh_flags(t);
	make_orders(&ord, t, cb);
	publish_plan(&pub, t, &o->pub, &ord);
	if (long_form) {
		row_init(&r, out, 2, NLONG - 2);
		put_header(out, NULL, 0, long_cols, NLONG);
	} else {
		row_init(&r, out, t->bds[0].ncols, NWIDE);
		put_header(out, t->bds[0].cols, t->bds[0].ncols, wide_cols, NWIDE);
	}
	for (size_t b = 0; b < t->nbds; b++) {
		if (long_form) {
			join_cols(&r.by, t->bds[b].cols, t->bds[b].ncols);
			r.fields[0].data = r.by.s;
			r.fields[0].len = r.by.len;
		}
		for (size_t i = 0; i < t->bds[b].ngroups; i++)
			write_group(&r, &pub, &ord, b, ord.groups[b][i], long_form);
	}
	*st = pub.st;
	row_free(&r);
	free_orders(&ord);
	publish_free(&pub);
}

/* ---- partial counts ---- */

enum { P_BY, P_GROUP, P_VAR, P_KIND, P_VALUE, P_N, P_W, P_W2, P_CK };

typedef struct {
	out_row r;
	const tally *t;
	bool keyed;
	size_t *chans;       /* channel ids by name, so that any order of the
				input gives the same bytes */
	size_t nchans;
} partial_writer;

/* Channels in byte order of their names. */
static void sort_channels(partial_writer *p)
{
	const strmap *m = p->t->chan_ids;
	order_key *keys;

	p->nchans = strmap_count(m);
	keys = xmalloc((p->nchans + 1) * sizeof *keys);
	for (size_t i = 0; i < p->nchans; i++) {
		keys[i].rank = -1;
		keys[i].s = strmap_key(m, i, &keys[i].len);
	}
	p->chans = sorted_ids(p->nchans, 1, keys);
	free(keys);
}

static void partial_set(partial_writer *p, const char *var, const char *kind,
			const char *value, size_t vlen)
{
	row_set_str(&p->r, P_VAR, var);
	row_set_str(&p->r, P_KIND, kind);
	row_set(&p->r, P_VALUE, value, vlen);
}

static void partial_numbers(partial_writer *p, uint64_t n, wide_t w,
			    const wide_t *w2, uint32_t ck)
{
	out_row *r = &p->r;

	for (size_t i = P_N; i <= P_CK; i++)
		sb_clear(&r->num[i]);
	sb_printf(&r->num[P_N], "%llu", (unsigned long long)n);
	if (p->t->weighted) {
		format_fixed(&r->num[P_W], w, WEIGHT_DIGITS);
		if (w2)
			format_fixed(&r->num[P_W2], *w2, WEIGHT2_DIGITS);
	}
	if (p->keyed)
		sb_printf(&r->num[P_CK], "%lu", (unsigned long)ck);
	for (size_t i = P_N; i <= P_CK; i++)
		row_set_num(r, i);
	row_put(r);
}

static void partial_base(partial_writer *p, const char *var, const char *kind,
			 const char *value, size_t vlen, const tally_base *b)
{
	partial_set(p, var, kind, value, vlen);
	partial_numbers(p, b->n, b->w, &b->w2, b->ck);
}

static void partial_count(partial_writer *p, const char *var, const char *kind,
			  const char *value, size_t vlen, const tally_count *c)
{
	partial_set(p, var, kind, value, vlen);
	partial_numbers(p, c->n, c->w, NULL, c->ck);
}

/* A declaration: by and group empty, no numbers. */
static void declare(partial_writer *p, const char *by, const char *var,
		    const char *kind, const char *value)
{
	out_row *r = &p->r;

	row_set_str(r, P_BY, by);
	row_set_str(r, P_GROUP, "");
	partial_set(p, var, kind, value, strlen(value));
	for (size_t i = P_N; i <= P_CK; i++)
		row_set_str(r, i, "");
	row_put(r);
}

static const char *rule_name(const tally_var *var, strbuf *b)
{
	sb_clear(b);
	sb_puts(b, "");
	switch (var->rule) {
	case BASE_ANSWERED: sb_puts(b, "answered"); break;
	case BASE_ASKED: sb_puts(b, "asked"); break;
	case BASE_IF: sb_printf(b, "nonempty:%s", var->base_col); break;
	default: break;
	}
	return b->s;
}

static void declare_variable(partial_writer *p, const tally_var *var)
{
	strbuf rule = { 0 };

	declare(p, "", var->name, "variable", var->multi ? "multi" : "single");
	for (size_t i = 0; i < var->nunsafe; i++)
		declare(p, "", var->name, "unsafe-code", var->unsafe_codes[i]);
	for (size_t i = 0; i < var->nbase; i++)
		declare(p, "", var->name, "base-code", var->base_codes[i]);
	if (var->rule != BASE_DEFAULT)
		declare(p, "", var->name, "base-rule", rule_name(var, &rule));
	sb_free(&rule);
}

/* A plain number of respondents: no weights, no cell key. */
static void partial_plain(partial_writer *p, const char *var, const char *kind,
			  const char *value, size_t vlen, uint64_t n)
{
	out_row *r = &p->r;

	partial_set(p, var, kind, value, vlen);
	sb_clear(&r->num[P_N]);
	sb_printf(&r->num[P_N], "%llu", (unsigned long long)n);
	row_set_num(r, P_N);
	for (size_t i = P_W; i <= P_CK; i++)
		row_set_str(r, i, "");
	row_put(r);
}

/* Per variable: the answers of each channel, and those outside its base. */
static void channel_counts(partial_writer *p, const tally_var *var)
{
	row_set_str(&p->r, P_BY, "");
	row_set_str(&p->r, P_GROUP, "");
	for (size_t i = 0; i < p->nchans; i++) {
		size_t len, ch = p->chans[i];
		const char *name = strmap_key(p->t->chan_ids, ch, &len);

		if (ch < var->nchan && var->chan_answered[ch] > 0)
			partial_plain(p, var->name, "channel", name, len,
				      var->chan_answered[ch]);
	}
	if (var->outside)
		partial_plain(p, var->name, "outside", "", 0, var->outside);
}

static void partial_gvar(partial_writer *p, size_t b, size_t g, size_t v,
			 const size_t *order)
{
	const tally *t = p->t;
	const tally_var *var = &t->vars[v];
	const group_var *gv = tally_gvar(t, b, g, v);

	if (gv->answered.n == 0 && (var->rule != BASE_IF || gv->ifbase.n == 0))
		return;
	partial_base(p, var->name, "base", "", 0, &gv->answered);
	if (var->rule == BASE_IF)
		partial_base(p, var->name, "if-base", "", 0, &gv->ifbase);
	for (size_t i = 0; i < var->ncodes; i++) {
		size_t len;
		const char *code = tally_code(var, order[i], &len);
		tally_count c = order[i] < gv->ncodes ? gv->codes[order[i]]
						       : (tally_count){ 0, 0, 0 };

		if (c.n > 0)
			partial_count(p, var->name, "code", code, len, &c);
	}
	if (!var->has_unsafe)
		return;
	partial_base(p, var->name, "unsafe-base", "", 0, &gv->ubase);
	partial_count(p, var->name, "unsafe", "", 0, &gv->unsafe);
}

static void partial_group(partial_writer *p, const pub_orders *ord, size_t b,
			  size_t g)
{
	const tally *t = p->t;
	const group_info *gr = &t->bds[b].groups[g];

	row_group(&p->r, t, b, g, true);
	for (size_t i = 0; i < p->nchans; i++) {
		size_t len, ch = p->chans[i];
		const char *name = strmap_key(t->chan_ids, ch, &len);

		if (ch < gr->nchan && gr->chan[ch].n > 0)
			partial_base(p, "", "records", name, len, &gr->chan[ch]);
	}
	for (size_t v = 0; v < t->nvars; v++)
		partial_gvar(p, b, g, v, ord->codes[v]);
}

void tally_write_partial(tally *t, const codebook *cb, bool keyed,
			 FILE *out)
{
	partial_writer p = { .t = t, .keyed = keyed };
	pub_orders ord;

	make_orders(&ord, t, cb);
	sort_channels(&p);
	row_init(&p.r, out, 0, PARTIAL_NCOLS);
	put_header(out, NULL, 0, partial_cols, PARTIAL_NCOLS);
	for (size_t b = 0; b < t->nbds; b++) {
		join_cols(&p.r.by, t->bds[b].cols, t->bds[b].ncols);
		declare(&p, p.r.by.s, "", "breakdown", "");
	}
	for (size_t v = 0; v < t->nvars; v++) {
		declare_variable(&p, &t->vars[v]);
		channel_counts(&p, &t->vars[v]);
	}
	for (size_t b = 0; b < t->nbds; b++) {
		join_cols(&p.r.by, t->bds[b].cols, t->bds[b].ncols);
		for (size_t i = 0; i < t->bds[b].ngroups; i++) {
			row_set(&p.r, P_BY, p.r.by.s, p.r.by.len);
			partial_group(&p, &ord, b, ord.groups[b][i]);
		}
	}
	row_free(&p.r);
	free(p.chans);
	free_orders(&ord);
}
