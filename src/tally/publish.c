/* publish.c - rows, bases, the base rule and the joint suppression
 * problem (see publish.h). */
#include "tally/publish.h"

#include <stdlib.h>
#include <string.h>

#include "tally/cellkey.h"
#include "util.h"

/* ---- rows ---- */

bool row_of_unsafe_base(const tally *t, size_t v, size_t j)
{
	const tally_var *var = &t->vars[v];

	if (!var->has_unsafe || var->nbase == 0)
		return j == unsafe_slot(t, v) && var->has_unsafe;
	return j == unsafe_slot(t, v) || (var->flags[j] & CODE_IN_BASE);
}

tally_count row_count(const tally *t, size_t b, size_t g, size_t v,
		       size_t j)
{
	const group_var *gv = tally_gvar(t, b, g, v);
	static const tally_count zero;

	if (j == unsafe_slot(t, v))
		return gv->unsafe;
	return j < gv->ncodes ? gv->codes[j] : zero;
}

tally_base row_base(const tally *t, size_t b, size_t g, size_t v,
		     size_t j)
{
	if (row_of_unsafe_base(t, v, j))
		return tally_gvar(t, b, g, v)->ubase;
	return tally_var_base(t, b, g, v);
}

static bool base_printable(const tally *t, const tally_base *b)
{
	return b->n > 0 && (!t->weighted || b->w > 0);
}

/* Whether V is one of the columns of breakdown B: its table would only
 * say that each group gave its own value, 100 %, and repeat the bases. */
static bool grouped_by_itself(const tally *t, size_t b, size_t v)
{
	const breakdown *bd = &t->bds[b];

	for (size_t i = 0; i < bd->ncols; i++)
		if (strcmp(bd->cols[i], t->vars[v].name) == 0)
			return true;
	return false;
}

bool has_rows(const tally *t, size_t b, size_t g, size_t v)
{
	tally_base base = tally_var_base(t, b, g, v);

	return base_printable(t, &base) && !grouped_by_itself(t, b, v);
}

bool has_row(const tally *t, size_t b, size_t g, size_t v, size_t j)
{
	if (!has_rows(t, b, g, v))
		return false;
	if (j == unsafe_slot(t, v)) {
		if (!t->vars[v].has_unsafe)
			return false;
		return base_printable(t, &tally_gvar(t, b, g, v)->ubase);
	}
	return true;
}

uint64_t published(const pub_options *o, uint64_t n, uint32_t ck)
{
	return o->cellkey ? ck_perturb(n, ck) : n;
}

bool outer_base_shown(const publication *pub, size_t v, size_t b,
		      size_t g)
{
	const tally *t = pub->t;

	for (size_t j = 0; j < t->vars[v].ncodes; j++)
		if (!row_of_unsafe_base(t, v, j) &&
		    pub_cell(pub, v, b, g, j)->state != CELL_SHOWN)
			return false;
	return true;
}

/* ---- cells ---- */

/* The place of each id in ORDER. */
static size_t *inverse(const size_t *order, size_t n)
{
	size_t *pos = xmalloc((n + 1) * sizeof *pos);

	for (size_t i = 0; i < n; i++)
		pos[order[i]] = i;
	return pos;
}


static bool is_total(const tally *t, size_t b)
{
	return t->bds[b].ncols == 0;
}

static void init_cell(publication *pub, size_t v, size_t b, size_t g,
		      size_t j)
{
	const tally *t = pub->t;
	const pub_options *o = pub->o;
	sup_cell *c = pub_cell(pub, v, b, g, j);
	bool unsafe = j == unsafe_slot(t, v);
	tally_base base;

	memset(c, 0, sizeof *c);
	if (!has_row(t, b, g, v, j)) {
		c->absent = true;
		return;
	}
	base = row_base(t, b, g, v, j);
	c->n = row_count(t, b, g, v, j).n;
	c->cap = base.n;
	/* The base rule: a share of fewer than min_base is not shown. */
	if (published(o, base.n, base.ck) < o->min_base)
		c->state = CELL_SMALL_BASE;
	c->headline = unsafe && c->state == CELL_SHOWN;
	/* Detail cells are hidden for others first, totals last. */
	c->rank = (unsigned char)(2 * c->headline + is_total(t, b));
}

static void init_cells(publication *pub, size_t v)
{
	const tally *t = pub->t;
	var_pub *vp = &pub->vars[v];
	size_t n = 0;

	vp->nvals = t->vars[v].ncodes + 1;
	vp->code_pos = inverse(pub->ord->codes[v], t->vars[v].ncodes);
	vp->off = xmalloc((t->nbds + 1) * sizeof *vp->off);
	for (size_t b = 0; b < t->nbds; b++) {
		vp->off[b] = n;
		n += t->bds[b].ngroups * vp->nvals;
	}
	vp->cells = xcalloc(n + 1, sizeof *vp->cells);
	for (size_t b = 0; b < t->nbds; b++)
		for (size_t g = 0; g < t->bds[b].ngroups; g++)
			for (size_t j = 0; j < vp->nvals; j++)
				init_cell(pub, v, b, g, j);
}

/* ---- equations ---- */

/* The codes of one group add up to its printed base(s); "unsafe" is the
 * sum of its codes.  A multi-select question obeys neither. */
static void group_equations(sup_problem *p, const publication *pub,
			    size_t v, size_t b, size_t g)
{
	const tally *t = pub->t;
	const tally_var *var = &t->vars[v];
	const group_var *gv = tally_gvar(t, b, g, v);
	tally_base base = tally_var_base(t, b, g, v);
	size_t u = unsafe_slot(t, v);

	if (var->multi || !has_rows(t, b, g, v))
		return;
	sup_begin_eq(p);
	if (var->has_unsafe && var->nbase > 0) {
		for (size_t j = 0; j < var->ncodes; j++)
			if (var->flags[j] & CODE_IN_BASE)
				sup_term(p, pub_index(pub, v, b, g, j), 1);
	} else if (gv->answered.n == base.n) {
		/* Codes add up to the base when it is the answered one (or
		 * happens to equal it: then the reader may assume it). */
		for (size_t j = 0; j < var->ncodes; j++)
			sup_term(p, pub_index(pub, v, b, g, j), 1);
	}
	if (!has_row(t, b, g, v, u))
		return;
	sup_begin_eq(p);
	for (size_t j = 0; j < var->ncodes; j++)
		if (var->flags[j] & CODE_UNSAFE)
			sup_term(p, pub_index(pub, v, b, g, j), 1);
	sup_term(p, pub_index(pub, v, b, g, u), -1);
}

static uint64_t coverage(const tally *t, size_t b)
{
	uint64_t n = 0;

	for (size_t g = 0; g < t->bds[b].ngroups; g++) {
		const group_info *gr = &t->bds[b].groups[g];

		for (size_t ch = 0; ch < gr->nchan; ch++)
			n += gr->chan[ch].n;
	}
	return n;
}

/* Where each column of SHARED (the columns breakdowns A and B both have,
 * in A's order) is in breakdown X; returns how many there are. */
static size_t shared_columns(const tally *t, size_t a, size_t b,
			     size_t x, size_t *where)
{
	const breakdown *ba = &t->bds[a], *bb = &t->bds[b], *bx = &t->bds[x];
	size_t n = 0;

	for (size_t i = 0; i < ba->ncols; i++) {
		long in_b = -1, in_x = -1;

		for (size_t k = 0; k < bb->ncols; k++)
			if (strcmp(ba->cols[i], bb->cols[k]) == 0)
				in_b = (long)k;
		for (size_t k = 0; k < bx->ncols; k++)
			if (strcmp(ba->cols[i], bx->cols[k]) == 0)
				in_x = (long)k;
		if (in_b >= 0)
			where[n++] = (size_t)in_x;
	}
	return n;
}

/* For each group of breakdown X (A or B): the number of its values in
 * the columns A and B share (its projection), numbered in KEYS. */
static size_t *projections(const tally *t, size_t a, size_t b,
			   size_t x, strmap *keys)
{
	const breakdown *bx = &t->bds[x];
	size_t *where = xmalloc((bx->ncols + 1) * sizeof *where);
	size_t nshared = shared_columns(t, a, b, x, where);
	size_t *proj = xmalloc((bx->ngroups + 1) * sizeof *proj);
	const char **vals = xmalloc((bx->ncols + 1) * sizeof *vals);
	size_t *lens = xmalloc((bx->ncols + 1) * sizeof *lens);
	strbuf key = { 0 };

	for (size_t g = 0; g < bx->ngroups; g++) {
		bool created;

		tally_group_values(t, x, g, vals, lens);
		sb_clear(&key);
		sb_puts(&key, "");
		for (size_t i = 0; i < nshared; i++) {
			uint32_t n = (uint32_t)lens[where[i]];

			sb_append(&key, (const char *)&n, sizeof n);
			sb_append(&key, vals[where[i]], n);
		}
		void **slot = strmap_slot(keys, key.s, key.len, true, &created);
		if (created)
			*slot = (void *)(uintptr_t)strmap_count(keys);
		proj[g] = (size_t)(uintptr_t)*slot - 1;
	}
	sb_free(&key);
	free(where);
	free(vals);
	free(lens);
	return proj;
}

/* Breakdowns A and B of the same records add up to each other over the
 * columns they share (to the same total when they share none). */
static void pair_equations(sup_problem *p, const publication *pub,
			   size_t v, size_t a, size_t b)
{
	const tally *t = pub->t;
	const var_pub *vp = &pub->vars[v];
	strmap *keys = strmap_new();
	size_t *pa = projections(t, a, b, a, keys);
	size_t *pb = projections(t, a, b, b, keys);
	size_t nproj = strmap_count(keys);

	for (size_t j = 0; j < vp->nvals; j++)
		for (size_t k = 0; k < nproj; k++) {
			sup_begin_eq(p);
			for (size_t g = 0; g < t->bds[a].ngroups; g++)
				if (pa[g] == k && has_row(t, a, g, v, j))
					sup_term(p, pub_index(pub, v, a, g, j), 1);
			for (size_t g = 0; g < t->bds[b].ngroups; g++)
				if (pb[g] == k && has_row(t, b, g, v, j))
					sup_term(p, pub_index(pub, v, b, g, j), -1);
		}
	free(pa);
	free(pb);
	strmap_free(keys);
}

/* ---- proposals for secondary suppression ---- */

/* A cell's breakdown, group and value. */
static void locate(const publication *pub, size_t v, size_t cell,
		   size_t *b, size_t *g, size_t *j)
{
	const var_pub *vp = &pub->vars[v];
	size_t pos;

	*b = pub->t->nbds - 1;
	while (*b > 0 && vp->off[*b] > cell)
		(*b)--;
	*g = pub->ord->groups[*b][(cell - vp->off[*b]) / vp->nvals];
	pos = (cell - vp->off[*b]) % vp->nvals;
	*j = pos < vp->nvals - 1 ? pub->ord->codes[v][pos] : pos;
}

/* The part of a group's equations a value is in: the codes outside the
 * unsafe ones but in its base (A), the unsafe codes (B), the codes outside
 * the base (C), "unsafe" itself (U), or none (no equation holds them). */
enum value_class { VC_A, VC_B, VC_C, VC_U, VC_FREE };

static enum value_class value_class(const publication *pub, size_t v,
				    size_t b, size_t g, size_t j)
{
	const tally *t = pub->t;
	const tally_var *var = &t->vars[v];
	tally_base base = tally_var_base(t, b, g, v);

	if (j == unsafe_slot(t, v))
		return VC_U;
	if (var->multi)
		return VC_FREE;
	if (var->flags[j] & CODE_UNSAFE)
		return VC_B;
	if (var->has_unsafe && var->nbase > 0)
		return var->flags[j] & CODE_IN_BASE ? VC_A : VC_C;
	return tally_gvar(t, b, g, v)->answered.n == base.n ? VC_A : VC_FREE;
}

typedef struct {
	const publication *pub;
	size_t v;
} proposer;

/* A cycle through groups G and H of breakdown B: value J grows by 1 in
 * G and shrinks in H; the values of MOVE change with it in G (by SIGN)
 * and the other way in H, so that both groups' equations hold. */
static void add_cycle(sup_sets *sets, const publication *pub,
		      size_t v, size_t b, size_t g, size_t h, size_t j, const size_t *move,
		      const signed char *sign, size_t n)
{
	size_t cells[8];
	signed char signs[8];
	size_t k = 0;

	cells[k] = pub_index(pub, v, b, g, j), signs[k++] = 1;
	cells[k] = pub_index(pub, v, b, h, j), signs[k++] = -1;
	for (size_t m = 0; m < n; m++) {
		cells[k] = pub_index(pub, v, b, g, move[m]), signs[k++] = sign[m];
		cells[k] = pub_index(pub, v, b, h, move[m]), signs[k++] = (signed char)-sign[m];
	}
	sup_sets_add(sets, cells, signs, k);
}

/* The cycles of value J through groups G and H: J alone (when no
 * equation of the group holds it), against another code of its part, or
 * against a code of the other part together with "unsafe". */
static void cycles_through(sup_sets *sets, const publication *pub,
			   size_t v, size_t b, size_t g, size_t h, size_t j)
{
	size_t ncodes = pub->t->vars[v].ncodes, u = unsafe_slot(pub->t, v);
	enum value_class cj = value_class(pub, v, b, g, j);

	if (cj == VC_FREE || cj == VC_C)
		add_cycle(sets, pub, v, b, g, h, j, NULL, NULL, 0);
	for (size_t k = 0; k < ncodes; k++) {
		enum value_class ck = value_class(pub, v, b, g, k);
		size_t move[2] = { k, u };

		if (k == j || ck == VC_FREE) {
			continue;
		} else if (ck == cj) {
			add_cycle(sets, pub, v, b, g, h, j, move, (signed char[]){ -1 }, 1);
		} else if (cj == VC_A && ck == VC_B) {
			/* one more A, one less B: unsafe falls */
			add_cycle(sets, pub, v, b, g, h, j, move, (signed char[]){ -1, -1 }, 2);
		} else if (cj == VC_B && ck == VC_A) {
			add_cycle(sets, pub, v, b, g, h, j, move, (signed char[]){ -1, 1 }, 2);
		} else if (cj == VC_U && ck == VC_B) {
			/* unsafe grows with a B code, at the cost of an A code */
			for (size_t a = 0; a < ncodes; a++)
				if (value_class(pub, v, b, g, a) == VC_A) {
					move[1] = a;
					add_cycle(sets, pub, v, b, g, h, j, move,
						  (signed char[]){ 1, -1 }, 2);
				}
		}
	}
}

static void propose(void *ctx, size_t cell, sup_sets *sets)
{
	const proposer *pr = ctx;
	const publication *pub = pr->pub;
	size_t b, g, j;

	locate(pub, pr->v, cell, &b, &g, &j);
	for (size_t h = 0; h < pub->t->bds[b].ngroups; h++)
		if (h != g && has_rows(pub->t, b, h, pr->v))
			cycles_through(sets, pub, pr->v, b, g, h, j);
}

/* A withheld count that no further suppression protects (it happens with
 * breakdowns by several columns) takes its whole table with it, bases
 * too: printing less only widens what an attacker's programme allows, so
 * the counts the other tables protect stay protected. */
static void withhold_exposed_tables(publication *pub, size_t v,
				    size_t ncells)
{
	var_pub *vp = &pub->vars[v];

	vp->withheld = xcalloc(pub->t->nbds + 1, sizeof *vp->withheld);
	for (size_t i = 0; i < ncells; i++) {
		size_t b, g, j;

		if (!vp->cells[i].exposed)
			continue;
		locate(pub, v, i, &b, &g, &j);
		if (!vp->withheld[b])
			pub->st.withheld_tables++;
		vp->withheld[b] = true;
		pub->st.exposed--;
	}
}

static void suppress_variable(publication *pub, size_t v)
{
	const tally *t = pub->t;
	var_pub *vp = &pub->vars[v];
	size_t ncells = vp->off[t->nbds - 1] + t->bds[t->nbds - 1].ngroups * vp->nvals;
	sup_problem p;

	sup_init(&p, ncells);
	memcpy(p.cells, vp->cells, ncells * sizeof *p.cells);
	for (size_t b = 0; b < t->nbds; b++)
		for (size_t g = 0; g < t->bds[b].ngroups; g++)
			group_equations(&p, pub, v, b, g);
	for (size_t a = 0; a < t->nbds; a++)
		for (size_t b = a + 1; b < t->nbds; b++)
			if (coverage(t, a) == coverage(t, b))
				pair_equations(&p, pub, v, a, b);
	proposer pr = { pub, v };
	suppress(&p, pub->o->cellkey ? 0 : pub->o->min_cell, &pub->st, propose, &pr);
	memcpy(vp->cells, p.cells, ncells * sizeof *p.cells);
	sup_free(&p);
	withhold_exposed_tables(pub, v, ncells);
}

static void count_channels(publication *pub)
{
	const tally *t = pub->t;

	pub->nchan = strmap_count(t->chan_ids);
	pub->chan_records = xcalloc(pub->nchan + 1, sizeof *pub->chan_records);
	if (t->nbds == 0)
		return;
	for (size_t g = 0; g < t->bds[0].ngroups; g++) {
		const group_info *gr = &t->bds[0].groups[g];

		for (size_t ch = 0; ch < gr->nchan && ch < pub->nchan; ch++)
			pub->chan_records[ch] += gr->chan[ch].n;
	}
}

void publish_plan(publication *pub, const tally *t,
		  const pub_options *o, const pub_orders *ord)
{
	memset(pub, 0, sizeof *pub);
	pub->t = t;
	pub->o = o;
	pub->ord = ord;
	pub->group_pos = xmalloc((t->nbds + 1) * sizeof *pub->group_pos);
	for (size_t b = 0; b < t->nbds; b++)
		pub->group_pos[b] = inverse(ord->groups[b], t->bds[b].ngroups);
	pub->vars = xcalloc(t->nvars + 1, sizeof *pub->vars);
	count_channels(pub);
	for (size_t v = 0; v < t->nvars; v++) {
		init_cells(pub, v);
		if (t->nbds > 0)
			suppress_variable(pub, v);
	}
}

void publish_free(publication *pub)
{
	for (size_t v = 0; v < pub->t->nvars; v++) {
		free(pub->vars[v].off);
		free(pub->vars[v].code_pos);
		free(pub->vars[v].cells);
		free(pub->vars[v].withheld);
	}
	for (size_t b = 0; b < pub->t->nbds; b++)
		free(pub->group_pos[b]);
	free(pub->group_pos);
	free(pub->vars);
	free(pub->chan_records);
}
