/* table.c - dictionaries of groups, codes and channels, and the counting
 * itself.  The hot path (tally_group, tally_record_*) allocates only when
 * a new group, code or channel appears, never per record. */
#include "tally/table.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

tally *tally_new(bool weighted)
{
	tally *t = xcalloc(1, sizeof *t);

	t->weighted = weighted;
	t->chan_ids = strmap_new();
	sb_reserve(&t->key, 64); /* never a NULL key, even for totals */
	sb_reserve(&t->last_chan, 16);
	return t;
}

size_t tally_add_breakdown(tally *t, char *const *cols, size_t ncols)
{
	breakdown *bd;

	t->bds = xrealloc(t->bds, (t->nbds + 1) * sizeof *t->bds);
	bd = &t->bds[t->nbds];
	memset(bd, 0, sizeof *bd);
	bd->cols = copy_list(cols, ncols);
	bd->ncols = ncols;
	bd->group_ids = strmap_new();
	return t->nbds++;
}

long tally_find_breakdown(const tally *t, char *const *cols, size_t ncols)
{
	for (size_t b = 0; b < t->nbds; b++) {
		const breakdown *bd = &t->bds[b];
		bool same = bd->ncols == ncols;

		for (size_t i = 0; same && i < ncols; i++)
			same = strcmp(bd->cols[i], cols[i]) == 0;
		if (same)
			return (long)b;
	}
	return -1;
}

/* Make room for one more variable in every group's flat array. */
static void widen_groups(tally *t)
{
	for (size_t b = 0; b < t->nbds; b++) {
		breakdown *bd = &t->bds[b];
		group_var *wide;

		if (bd->gcap == 0)
			continue;
		wide = xcalloc(bd->gcap * (t->nvars + 1), sizeof *wide);
		for (size_t g = 0; g < bd->ngroups; g++)
			memcpy(&wide[g * (t->nvars + 1)], &bd->gvars[g * t->nvars],
			       t->nvars * sizeof *wide);
		free(bd->gvars);
		bd->gvars = wide;
	}
}

size_t tally_add_variable(tally *t, const char *name)
{
	tally_var *v;

	widen_groups(t);

	t->vars = xrealloc(t->vars, (t->nvars + 1) * sizeof *t->vars);
	t->ans = xrealloc(t->ans, (t->nvars + 1) * sizeof *t->ans);
	memset(&t->ans[t->nvars], 0, sizeof *t->ans);
	v = &t->vars[t->nvars];
	memset(v, 0, sizeof *v);
	v->name = xstrdup(name);
	v->code_ids = strmap_new();
	return t->nvars++;
}

void tally_set_unsafe(tally_var *v, char *const *codes, size_t ncodes,
		      char *const *base, size_t nbase)
{
	free_list(v->unsafe_codes, v->nunsafe);
	free_list(v->base_codes, v->nbase);
	v->has_unsafe = ncodes > 0;
	v->unsafe_codes = copy_list(codes, ncodes);
	v->nunsafe = ncodes;
	v->base_codes = copy_list(base, nbase);
	v->nbase = nbase;
}

void tally_set_base(tally_var *v, enum base_rule rule, const char *col)
{
	free(v->base_col);
	v->rule = rule;
	v->base_col = rule == BASE_IF && col ? xstrdup(col) : NULL;
}

static void free_breakdown(breakdown *bd, size_t nvars)
{
	for (size_t g = 0; g < bd->ngroups; g++) {
		for (size_t v = 0; v < nvars; v++)
			free(bd->gvars[g * nvars + v].codes);
		free(bd->groups[g].chan);
	}
	free(bd->gvars);
	free(bd->groups);
	strmap_free(bd->group_ids);
	free_list(bd->cols, bd->ncols);
}

void tally_free(tally *t)
{
	if (!t)
		return;
	for (size_t b = 0; b < t->nbds; b++)
		free_breakdown(&t->bds[b], t->nvars);
	for (size_t v = 0; v < t->nvars; v++) {
		tally_var *var = &t->vars[v];

		free(var->name);
		free(var->base_col);
		free_list(var->unsafe_codes, var->nunsafe);
		free_list(var->base_codes, var->nbase);
		strmap_free(var->code_ids);
		free(var->flags);
		free(var->seen);
		free(var->chan_answered);
		free(t->ans[v].ids);
	}
	free(t->bds);
	free(t->vars);
	free(t->ans);
	strmap_free(t->chan_ids);
	sb_free(&t->key);
	sb_free(&t->last_chan);
	free(t);
}

void tally_key_clear(tally *t)
{
	sb_clear(&t->key);
}

void tally_key_add(tally *t, const char *s, size_t len)
{
	uint32_t n = (uint32_t)len;

	sb_append(&t->key, (const char *)&n, sizeof n);
	sb_append(&t->key, s, len);
}

/* Room for one more group in the parallel arrays. */
static void grow_groups(breakdown *bd, size_t nvars)
{
	if (!grow_cap(bd->ngroups + 1, &bd->gcap))
		return;
	bd->gvars = xreallocarray(bd->gvars, bd->gcap, nvars * sizeof *bd->gvars);
	bd->groups = xreallocarray(bd->groups, bd->gcap, sizeof *bd->groups);
}

size_t tally_group(tally *t, size_t b, bool *is_new)
{
	breakdown *bd = &t->bds[b];
	bool created;
	void **slot = strmap_slot(bd->group_ids, t->key.s, t->key.len, true,
				  &created);

	if (is_new)
		*is_new = created;
	if (!created)
		return (size_t)(uintptr_t)*slot - 1;
	grow_groups(bd, t->nvars);
	memset(&bd->gvars[bd->ngroups * t->nvars], 0, t->nvars * sizeof *bd->gvars);
	memset(&bd->groups[bd->ngroups], 0, sizeof *bd->groups);
	*slot = (void *)(uintptr_t)(bd->ngroups + 1);
	return bd->ngroups++;
}

size_t tally_group_values(const tally *t, size_t b, size_t g,
			  const char **vals, size_t *lens)
{
	const breakdown *bd = &t->bds[b];
	size_t klen;
	const char *k = strmap_key(bd->group_ids, g, &klen);
	size_t i = 0;

	for (const char *end = k + klen; k < end && i < bd->ncols; i++) {
		uint32_t n;

		memcpy(&n, k, sizeof n);
		vals[i] = k + sizeof n;
		lens[i] = n;
		k += sizeof n + n;
	}
	return i;
}

static bool in_list(char **list, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return true;
	return false;
}

static unsigned char code_flags(const tally_var *v, const char *s,
				size_t len)
{
	unsigned char f = 0;

	if (!v->has_unsafe)
		return 0;
	if (v->nbase == 0 || in_list(v->base_codes, v->nbase, s, len))
		f |= CODE_IN_BASE;
	if ((f & CODE_IN_BASE) && in_list(v->unsafe_codes, v->nunsafe, s, len))
		f |= CODE_UNSAFE;
	return f;
}

unsigned char tally_code_flags(const tally_var *v, size_t id)
{
	size_t len;
	const char *s = tally_code(v, id, &len);

	return code_flags(v, s, len);
}

void tally_refresh_flags(tally *t)
{
	for (size_t v = 0; v < t->nvars; v++)
		for (size_t i = 0; i < t->vars[v].ncodes; i++)
			t->vars[v].flags[i] = tally_code_flags(&t->vars[v], i);
}

size_t tally_code_id(tally_var *v, const char *code, size_t len)
{
	bool created;
	void **slot = strmap_slot(v->code_ids, code, len, true, &created);

	if (!created)
		return (size_t)(uintptr_t)*slot - 1;
	if (grow_cap(v->ncodes + 1, &v->cap)) {
		v->flags = xreallocarray(v->flags, v->cap, sizeof *v->flags);
		v->seen = xreallocarray(v->seen, v->cap, sizeof *v->seen);
	}
	v->flags[v->ncodes] = code_flags(v, code, len);
	v->seen[v->ncodes] = 0;
	*slot = (void *)(uintptr_t)(v->ncodes + 1);
	return v->ncodes++;
}

const char *tally_code(const tally_var *v, size_t id, size_t *len)
{
	return strmap_key(v->code_ids, id, len);
}

/* Grow ARRAY of *N elements of SIZE bytes, zero-filled, to hold index I. */
static void *grow_zeroed(void *array, size_t *n, size_t size, size_t i)
{
	size_t m = *n ? *n : 4;

	if (i < *n)
		return array;
	while (m <= i)
		m *= 2;
	array = xrealloc(array, m * size);
	memset((char *)array + *n * size, 0, (m - *n) * size);
	*n = m;
	return array;
}

tally_count *tally_code_count(group_var *gv, size_t id)
{
	gv->codes = grow_zeroed(gv->codes, &gv->ncodes, sizeof *gv->codes, id);
	return &gv->codes[id];
}

size_t tally_channel_id(tally *t, const char *name, size_t len)
{
	bool created;
	void **slot = strmap_slot(t->chan_ids, name, len, true, &created);

	if (created)
		*slot = (void *)(uintptr_t)strmap_count(t->chan_ids);
	return (size_t)(uintptr_t)*slot - 1;
}

tally_base *tally_group_channel(tally *t, size_t b, size_t g, size_t ch)
{
	group_info *gr = &t->bds[b].groups[g];

	gr->chan = grow_zeroed(gr->chan, &gr->nchan, sizeof *gr->chan, ch);
	return &gr->chan[ch];
}

uint64_t *tally_channel_answered(tally_var *v, size_t ch)
{
	v->chan_answered = grow_zeroed(v->chan_answered, &v->nchan,
				       sizeof *v->chan_answered, ch);
	return &v->chan_answered[ch];
}

/* ---- checked sums ---- */

bool add_u64(uint64_t *a, uint64_t b)
{
	return !__builtin_add_overflow(*a, b, a);
}

bool add_wide(wide_t *a, wide_t b)
{
	wide_t s;

	if (__builtin_add_overflow(*a, b, &s))
		return false;
	*a = s;
	return true;
}

bool add_base(tally_base *a, const tally_base *b)
{
	tally_base s = *a;

	if (!add_u64(&s.n, b->n) || !add_wide(&s.w, b->w) || !add_wide(&s.w2, b->w2))
		return false;
	s.ck += b->ck; /* mod 2^32 by design */
	*a = s;
	return true;
}

bool add_count(tally_count *a, const tally_count *b)
{
	tally_count s = *a;

	if (!add_u64(&s.n, b->n) || !add_wide(&s.w, b->w))
		return false;
	s.ck += b->ck;
	*a = s;
	return true;
}

/* ---- counting a record ---- */

void tally_record_begin(tally *t)
{
	t->records++;
}

void tally_record_channel(tally *t, const char *s, size_t len)
{
	/* Records of one channel tend to come together: compare first. */
	if (t->records > 1 && t->last_chan.len == len &&
	    memcmp(t->last_chan.s, s, len) == 0)
		return;
	sb_clear(&t->last_chan);
	sb_append(&t->last_chan, s, len);
	t->chan = tally_channel_id(t, s, len);
}

/* Note code S of variable V in the answer; a|a counts a once. */
static bool answer_code(tally *t, size_t v, const char *s, size_t len)
{
	tally_var *var = &t->vars[v];
	rec_answer *a = &t->ans[v];
	size_t before = var->ncodes;
	size_t id = tally_code_id(var, s, len);

	if (var->seen[id] == t->records)
		return var->ncodes != before;
	var->seen[id] = t->records;
	GROW(a->ids, a->nids, a->cap);
	a->ids[a->nids++] = id;
	a->flags |= var->flags[id] | CODE_COUNTED;
	return var->ncodes != before;
}

bool tally_record_answer(tally *t, size_t v, const char *s, size_t len,
			 bool filled)
{
	tally_var *var = &t->vars[v];
	rec_answer *a = &t->ans[v];
	const char *bar = len ? memchr(s, '|', len) : NULL;
	bool is_new = false;

	a->nids = 0;
	a->flags = 0;
	a->ifbase = filled;
	if (var->rule == BASE_IF && !filled) {
		/* An answer outside the base is not counted, but said. */
		var->outside += len > 0;
		return false;
	}
	if (!bar) {
		if (len)
			is_new = answer_code(t, v, s, len);
	} else {
		var->multi = true;
		for (const char *end = s + len; s <= end; s = bar + 1) {
			bar = memchr(s, '|', (size_t)(end - s));
			if (!bar)
				bar = end;
			if (bar > s)
				is_new |= answer_code(t, v, s, (size_t)(bar - s));
		}
	}
	if (a->nids > 0)
		(*tally_channel_answered(var, t->chan))++;
	return is_new;
}

/* One record more.  Its count cannot overflow (there are fewer than
 * 2^64 records); the sums of weights can, and are checked. */
static bool add_one_base(tally_base *b, wide_t w, uint32_t rk)
{
	b->n++;
	b->ck += rk;
	if (w == 0)
		return true;
	return add_wide(&b->w, w) && add_wide(&b->w2, w * w);
}

static bool add_one_count(tally_count *c, wide_t w, uint32_t rk)
{
	c->n++;
	c->ck += rk;
	return w == 0 || add_wide(&c->w, w);
}

static bool count_answer(group_var *gv, const rec_answer *a, wide_t w,
			 uint32_t rk)
{
	bool ok = true;

	if (a->ifbase)
		ok &= add_one_base(&gv->ifbase, w, rk);
	if (a->nids == 0)
		return ok;
	for (size_t i = 0; i < a->nids; i++)
		ok &= add_one_count(tally_code_count(gv, a->ids[i]), w, rk);
	ok &= add_one_base(&gv->answered, w, rk);
	if (a->flags & CODE_IN_BASE)
		ok &= add_one_base(&gv->ubase, w, rk);
	if (a->flags & CODE_UNSAFE)
		ok &= add_one_count(&gv->unsafe, w, rk);
	return ok;
}

bool tally_record_count(tally *t, size_t b, size_t g, wide_t w,
			uint32_t rk)
{
	bool ok = add_one_base(tally_group_channel(t, b, g, t->chan), w, rk);

	for (size_t v = 0; v < t->nvars; v++)
		ok &= count_answer(tally_gvar(t, b, g, v), &t->ans[v], w, rk);
	return ok;
}

/* ---- bases ---- */

enum base_rule tally_base_rule(const tally_var *v)
{
	if (v->rule != BASE_DEFAULT)
		return v->rule;
	return v->multi ? BASE_ASKED : BASE_ANSWERED;
}

bool tally_channel_asked(const tally_var *v, size_t ch)
{
	return ch < v->nchan && v->chan_answered[ch] > 0;
}

tally_base tally_var_base(const tally *t, size_t b, size_t g, size_t v)
{
	const tally_var *var = &t->vars[v];
	const group_var *gv = tally_gvar(t, b, g, v);
	const group_info *gr = &t->bds[b].groups[g];
	tally_base sum = { 0, 0, 0, 0 };

	switch (tally_base_rule(var)) {
	case BASE_IF:
		return gv->ifbase;
	case BASE_ASKED:
		/* No overflow: the channels' records add up to at most the
		 * records counted, which fitted. */
		for (size_t ch = 0; ch < gr->nchan; ch++)
			if (tally_channel_asked(var, ch))
				add_base(&sum, &gr->chan[ch]);
		return sum;
	default:
		return gv->answered;
	}
}
