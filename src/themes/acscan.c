/* acscan.c - find many literal strings in a text in one pass. */
#include "themes/acscan.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A table entry is the next state's row offset (state * nclass); this bit
 * says that some string ends in that state. */
#define HAS_OUTPUT 0x80000000u
#define HAS_OUTPUT16 0x8000u

typedef struct {
	char *s;
	size_t n;
	uint32_t id;
} ac_string;

struct acscan {
	ac_string *strings;
	size_t nstrings, cap;
	uint8_t cls[256];   /* byte -> column; 0: a byte in no string */
	uint32_t nclass;
	uint32_t nstates;
	uint32_t *delta;    /* nstates * nclass entries */
	uint16_t *delta16;  /* the same in half the room, when the states are
			       few: state numbers (not offsets) and HAS_OUTPUT16 */
	uint32_t *out_start; /* per state: found[out_start[s] .. out_start[s+1]) */
	uint32_t *found;     /* indexes into strings */
};

acscan *acscan_new(void)
{
	return xcalloc(1, sizeof(acscan));
}

void acscan_add(acscan *ac, const char *s, size_t n, uint32_t id)
{
	GROW(ac->strings, ac->nstrings, ac->cap);
	ac->strings[ac->nstrings++] = (ac_string){xmemdup(s, n), n, id};
}

/* One column for each byte that occurs in some string. */
static void make_classes(acscan *ac)
{
	memset(ac->cls, 0, sizeof ac->cls);
	ac->nclass = 1;
	for (size_t i = 0; i < ac->nstrings; i++)
		for (size_t k = 0; k < ac->strings[i].n; k++) {
			uint8_t b = (uint8_t)ac->strings[i].s[k];
			if (!ac->cls[b])
				ac->cls[b] = (uint8_t)ac->nclass++;
		}
}

/* The trie while it is built: goto_[state * nclass + c] is the child
 * state, or 0 (the root is never a child). */
typedef struct {
	uint32_t *goto_;
	uint32_t n;
	size_t cap;
	uint32_t **out; /* per state, the strings ending there (count first) */
} trie;

static uint32_t trie_new_state(trie *t, uint32_t nclass)
{
	if (grow_cap((size_t)t->n + 1, &t->cap)) {
		t->goto_ = xreallocarray(t->goto_, t->cap, nclass * sizeof *t->goto_);
		t->out = xreallocarray(t->out, t->cap, sizeof *t->out);
	}
	memset(t->goto_ + (size_t)t->n * nclass, 0, nclass * sizeof *t->goto_);
	t->out[t->n] = NULL;
	return t->n++;
}

static void out_add(uint32_t **out, uint32_t id)
{
	uint32_t n = *out ? (*out)[0] : 0;

	*out = xrealloc(*out, (n + 2) * sizeof **out);
	(*out)[0] = n + 1;
	(*out)[n + 1] = id;
}

static void trie_insert(trie *t, const acscan *ac, uint32_t index)
{
	const ac_string *str = &ac->strings[index];
	uint32_t s = 0;

	for (size_t k = 0; k < str->n; k++) {
		size_t slot = (size_t)s * ac->nclass + ac->cls[(uint8_t)str->s[k]];
		if (!t->goto_[slot]) {
			uint32_t child = trie_new_state(t, ac->nclass);
			t->goto_[slot] = child;
		}
		s = t->goto_[slot];
	}
	out_add(&t->out[s], index);
}

/* Breadth first: each state's failure state is done before it, so its
 * missing transitions and its outputs can be copied from there.  Returns
 * the states in that order, the root first. */
static uint32_t *complete_transitions(trie *t, uint32_t nclass)
{
	uint32_t *fail = xcalloc(t->n, sizeof *fail);
	uint32_t *queue = xmalloc(t->n * sizeof *queue);
	size_t head = 1, tail = 1;

	queue[0] = 0; /* the root */

	for (uint32_t c = 0; c < nclass; c++)
		if (t->goto_[c])
			queue[tail++] = t->goto_[c];
	while (head < tail) {
		uint32_t s = queue[head++];
		uint32_t *f_out = t->out[fail[s]];

		for (uint32_t i = 0; f_out && i < f_out[0]; i++)
			out_add(&t->out[s], f_out[i + 1]);
		for (uint32_t c = 0; c < nclass; c++) {
			uint32_t *slot = &t->goto_[(size_t)s * nclass + c];
			uint32_t via_fail = t->goto_[(size_t)fail[s] * nclass + c];
			if (*slot) {
				fail[*slot] = via_fail;
				queue[tail++] = *slot;
			} else {
				*slot = via_fail;
			}
		}
	}
	free(fail);
	return queue;
}

/* The final table, the states numbered in ORDER (breadth first): a text
 * spends most of its bytes in the few states near the root, and their rows
 * then share the cache. */
static void flatten(acscan *ac, trie *t, const uint32_t *order)
{
	uint32_t *rank = xmalloc(t->n * sizeof *rank);
	size_t nids = 0;

	for (uint32_t r = 0; r < t->n; r++)
		rank[order[r]] = r;
	ac->nstates = t->n;
	ac->out_start = xmalloc(((size_t)t->n + 1) * sizeof *ac->out_start);
	for (uint32_t s = 0; s < t->n; s++)
		nids += t->out[s] ? t->out[s][0] : 0;
	ac->found = xmalloc((nids + 1) * sizeof *ac->found);
	nids = 0;
	for (uint32_t r = 0; r < t->n; r++) {
		uint32_t *out = t->out[order[r]];
		ac->out_start[r] = (uint32_t)nids;
		for (uint32_t i = 0; out && i < out[0]; i++)
			ac->found[nids++] = out[i + 1];
	}
	ac->out_start[t->n] = (uint32_t)nids;
	ac->delta = xmalloc((size_t)t->n * ac->nclass * sizeof *ac->delta);
	for (uint32_t r = 0; r < t->n; r++)
		for (uint32_t c = 0; c < ac->nclass; c++) {
			uint32_t to = t->goto_[(size_t)order[r] * ac->nclass + c];
			ac->delta[(size_t)r * ac->nclass + c] =
				rank[to] * ac->nclass | (t->out[to] ? HAS_OUTPUT : 0);
		}
	free(rank);
	/* The table is read at random for each byte of text: the smaller it
	 * is, the more of it stays in the cache. */
	if (t->n < HAS_OUTPUT16) {
		size_t n = (size_t)t->n * ac->nclass;
		ac->delta16 = xmalloc(n * sizeof *ac->delta16);
		for (size_t i = 0; i < n; i++)
			ac->delta16[i] = (uint16_t)((ac->delta[i] & ~HAS_OUTPUT) / ac->nclass |
				(ac->delta[i] & HAS_OUTPUT ? HAS_OUTPUT16 : 0));
		free(ac->delta);
		ac->delta = NULL;
	}
}

/* Each byte takes the column of the byte it is read as. */
static void alias_classes(acscan *ac, unsigned char (*alias)(unsigned char))
{
	uint8_t cls[256];

	for (int b = 0; b < 256; b++)
		cls[b] = ac->cls[alias((unsigned char)b)];
	memcpy(ac->cls, cls, sizeof cls);
}

void acscan_build(acscan *ac, unsigned char (*alias)(unsigned char))
{
	trie t = {0};
	uint32_t *order;

	make_classes(ac);
	trie_new_state(&t, ac->nclass);
	for (size_t i = 0; i < ac->nstrings; i++)
		trie_insert(&t, ac, (uint32_t)i);
	if ((uint64_t)t.n * ac->nclass >= HAS_OUTPUT)
		die(EXIT_DATA, "%s", _("too many patterns"));
	/* The root's missing transitions stay at the root. */
	order = complete_transitions(&t, ac->nclass);
	flatten(ac, &t, order);
	free(order);
	if (alias)
		alias_classes(ac, alias);
	for (uint32_t s = 0; s < t.n; s++)
		free(t.out[s]);
	free(t.out);
	free(t.goto_);
}

static void report(const acscan *ac, uint32_t s, size_t i,
		   acscan_found *found, void *ctx)
{
	for (uint32_t k = ac->out_start[s]; k < ac->out_start[s + 1]; k++) {
		const ac_string *str = &ac->strings[ac->found[k]];
		found(str->id, i + 1 - str->n, i + 1, ctx);
	}
}

void acscan_run(const acscan *ac, const char *text, size_t len,
		acscan_found *found, void *ctx)
{
	if (ac->delta16) {
		const uint16_t *d = ac->delta16;
		const uint8_t *cls = ac->cls;
		uint32_t nclass = ac->nclass, s = 0;

		for (size_t i = 0; i < len; i++) {
			uint16_t e = d[s * nclass + cls[(uint8_t)text[i]]];
			s = e & (HAS_OUTPUT16 - 1);
			if (e & HAS_OUTPUT16)
				report(ac, s, i, found, ctx);
		}
		return;
	}
	const uint32_t *delta = ac->delta;
	const uint8_t *cls = ac->cls;
	uint32_t row = 0;

	for (size_t i = 0; i < len; i++) {
		uint32_t e = delta[row + cls[(uint8_t)text[i]]];

		row = e & ~HAS_OUTPUT;
		if (e & HAS_OUTPUT) {
			uint32_t s = row / ac->nclass;
			for (uint32_t k = ac->out_start[s]; k < ac->out_start[s + 1]; k++) {
				const ac_string *str = &ac->strings[ac->found[k]];
				found(str->id, i + 1 - str->n, i + 1, ctx);
			}
		}
	}
}

void acscan_free(acscan *ac)
{
	if (!ac)
		return;
	for (size_t i = 0; i < ac->nstrings; i++)
		free(ac->strings[i].s);
	free(ac->strings);
	free(ac->delta);
	free(ac->delta16);
	free(ac->out_start);
	free(ac->found);
	free(ac);
}
