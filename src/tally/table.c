/* table.c - group and code dictionaries and the counting itself.  The hot
 * path (tally_group, tally_add_answer) allocates only when a new group or
 * code appears, never per record. */
#include "tally/table.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct tally *tally_new(char **groupcols, size_t ngroupcols, bool weighted)
{
	struct tally *t = xcalloc(1, sizeof *t);

	t->groupcols = groupcols;
	t->ngroupcols = ngroupcols;
	t->weighted = weighted;
	t->group_ids = strmap_new();
	sb_reserve(&t->key, 64); /* never a NULL key, even for totals */
	return t;
}

size_t tally_add_variable(struct tally *t, const char *name)
{
	struct variable *v;

	t->vars = xrealloc(t->vars, (t->nvars + 1) * sizeof *t->vars);
	v = &t->vars[t->nvars];
	memset(v, 0, sizeof *v);
	v->name = xstrdup(name);
	v->code_ids = strmap_new();
	return t->nvars++;
}

void tally_set_unsafe(struct variable *v, char **codes, size_t ncodes,
		      char **base, size_t nbase)
{
	v->has_unsafe = ncodes > 0;
	v->unsafe_codes = codes;
	v->nunsafe = ncodes;
	v->base_codes = base;
	v->nbase = nbase;
}

void tally_free(struct tally *t)
{
	if (!t)
		return;
	for (size_t g = 0; g < t->ngroups; g++)
		for (size_t v = 0; v < t->nvars; v++)
			free(tally_gvar(t, g, v)->codes);
	for (size_t v = 0; v < t->nvars; v++) {
		struct variable *var = &t->vars[v];

		free(var->name);
		free_list(var->unsafe_codes, var->nunsafe);
		free_list(var->base_codes, var->nbase);
		strmap_free(var->code_ids);
		free(var->flags);
		free(var->seen);
	}
	free(t->vars);
	free(t->gvars);
	strmap_free(t->group_ids);
	free_list(t->groupcols, t->ngroupcols);
	sb_free(&t->key);
	free(t);
}

void tally_key_clear(struct tally *t)
{
	sb_clear(&t->key);
}

void tally_key_add(struct tally *t, const char *s, size_t len)
{
	uint32_t n = (uint32_t)len;

	sb_append(&t->key, (const char *)&n, sizeof n);
	sb_append(&t->key, s, len);
}

size_t tally_group(struct tally *t, bool *is_new)
{
	bool created;
	void **slot = strmap_slot(t->group_ids, t->key.s, t->key.len, true,
				  &created);

	if (is_new)
		*is_new = created;
	if (!created)
		return (size_t)(uintptr_t)*slot - 1;
	if (t->ngroups == t->gcap) {
		t->gcap = t->gcap ? t->gcap * 2 : 64;
		t->gvars = xrealloc(t->gvars, t->gcap * t->nvars * sizeof *t->gvars);
	}
	memset(tally_gvar(t, t->ngroups, 0), 0, t->nvars * sizeof *t->gvars);
	*slot = (void *)(uintptr_t)(t->ngroups + 1);
	return t->ngroups++;
}

size_t tally_group_values(const struct tally *t, size_t g, const char **vals,
			  size_t *lens)
{
	size_t klen;
	const char *k = strmap_key(t->group_ids, g, &klen);
	size_t i = 0;

	for (const char *end = k + klen; k < end && i < t->ngroupcols; i++) {
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

static unsigned char code_flags(const struct variable *v, const char *s,
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

unsigned char tally_code_flags(const struct variable *v, size_t id)
{
	size_t len;
	const char *s = tally_code(v, id, &len);

	return code_flags(v, s, len);
}

size_t tally_code_id(struct variable *v, const char *code, size_t len)
{
	bool created;
	void **slot = strmap_slot(v->code_ids, code, len, true, &created);

	if (!created)
		return (size_t)(uintptr_t)*slot - 1;
	if (v->ncodes == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->flags = xrealloc(v->flags, v->cap);
		v->seen = xrealloc(v->seen, v->cap * sizeof *v->seen);
	}
	v->flags[v->ncodes] = code_flags(v, code, len);
	v->seen[v->ncodes] = 0;
	*slot = (void *)(uintptr_t)(v->ncodes + 1);
	return v->ncodes++;
}

const char *tally_code(const struct variable *v, size_t id, size_t *len)
{
	return strmap_key(v->code_ids, id, len);
}

struct count *tally_code_count(struct gvar *gv, size_t id)
{
	if (id >= gv->ncodes) {
		size_t n = gv->ncodes ? gv->ncodes : 4;

		while (n <= id)
			n *= 2;
		gv->codes = xrealloc(gv->codes, n * sizeof *gv->codes);
		memset(gv->codes + gv->ncodes, 0,
		       (n - gv->ncodes) * sizeof *gv->codes);
		gv->ncodes = n;
	}
	return &gv->codes[id];
}

static void add_base(struct base *b, wide_t w)
{
	b->n++;
	b->w += w;
	b->w2 += w * w;
}

static void add_count(struct count *c, wide_t w)
{
	c->n++;
	c->w += w;
}

/* Count one code; returns its flags, or 0 when the record already
 * counted it (a|a). */
static unsigned char add_code(struct tally *t, struct gvar *gv,
			      struct variable *var, const char *s, size_t len,
			      wide_t w, bool *is_new)
{
	size_t before = var->ncodes;
	size_t id = tally_code_id(var, s, len);

	*is_new |= var->ncodes != before;
	if (var->seen[id] == t->records)
		return 0;
	var->seen[id] = t->records;
	add_count(tally_code_count(gv, id), w);
	return var->flags[id] | CODE_COUNTED;
}

bool tally_add_answer(struct tally *t, size_t g, size_t v, const char *s,
		      size_t len, wide_t w)
{
	bool is_new = false;
	struct variable *var = &t->vars[v];
	struct gvar *gv = tally_gvar(t, g, v);
	const char *bar = len ? memchr(s, '|', len) : NULL;
	unsigned char flags = 0;

	if (!bar) {
		if (len)
			flags = add_code(t, gv, var, s, len, w, &is_new);
	} else {
		var->multi = true;
		for (const char *end = s + len; s <= end; s = bar + 1) {
			bar = memchr(s, '|', (size_t)(end - s));
			if (!bar)
				bar = end;
			if (bar > s)
				flags |= add_code(t, gv, var, s, (size_t)(bar - s), w,
						  &is_new);
		}
	}
	if (!flags)
		return false; /* no answer (empty, or only separators) */
	add_base(&gv->base, w);
	if (flags & CODE_IN_BASE)
		add_base(&gv->ubase, w);
	if (flags & CODE_UNSAFE)
		add_count(&gv->unsafe, w);
	return is_new;
}
