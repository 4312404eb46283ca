/* prefix.c - the prefix screen (see prefix.h).
 *
 * The alphabet is the 128 ASCII characters and one symbol, OTHER, for
 * every character outside ASCII.  A regex is read into a tree whose
 * leaves are sets of symbols, each a superset of what PCRE2 matches there:
 *
 * - an ASCII character stands for itself; under (?i:...) a letter for
 *   both its cases, and i, k and s also for OTHER (the only ASCII letters
 *   with a case partner outside ASCII: the dotted and dotless i, the
 *   Kelvin sign, the long s); any other character is OTHER (under
 *   (?i:...) also i, k and s in both cases);
 * - \d, \s, \w, \h, \v, \p{L}, \p{Lu}, \p{Ll} are their ASCII members and
 *   OTHER; \D, \S, \W, \H, \V their ASCII complements and OTHER; any other
 *   property, and '.', every symbol;
 * - a class is the union of its items; a negated class the ASCII
 *   complement of its items and OTHER, read only when every item's ASCII
 *   members are exact (else the row is not screened);
 * - a lookaround, \b, \B and \K match the empty string (they only ever
 *   take matches away); possessive and lazy quantifiers and atomic groups
 *   are read as greedy ones (the same or more matches); a back reference
 *   as a copy of its group (what it matches is a string of the group's).
 *
 * So every string PCRE2 matches, mapped symbol by symbol, is in the
 * tree's language, and when no prefix of the text from Q (mapped the same
 * way) is in it, PCRE2 finds no match at Q.  The tree becomes a Thompson
 * NFA, one for all screened rows, whose accepting states tell the row;
 * its DFA is made as the walks need it (subsets of NFA states, over
 * classes of symbols no leaf tells apart, from the start state of the
 * rows asked at a place), and is thrown away and begun again when it
 * grows past MAX_DSTATES (a few hundred states on the bench answers,
 * 2,800 on the 4,800 varied answers of anon-blind-b). */
#include "anon/prefix.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "text.h"

/* ---- sets of symbols ---- */

#define NSYM 129
#define OTHER 128

typedef struct {
	uint64_t w[3];
} symset;

static void ss_add(symset *s, unsigned c)
{
	s->w[c / 64] |= (uint64_t)1 << (c % 64);
}

static bool ss_has(const symset *s, unsigned c)
{
	return s->w[c / 64] >> (c % 64) & 1;
}

static void ss_range(symset *s, unsigned lo, unsigned hi)
{
	for (unsigned c = lo; c <= hi; c++)
		ss_add(s, c);
}

static void ss_or(symset *a, const symset *b)
{
	for (int i = 0; i < 3; i++)
		a->w[i] |= b->w[i];
}

/* The ASCII characters S does not hold, and OTHER. */
static symset ss_not_ascii(const symset *s)
{
	symset r = { { ~s->w[0], ~s->w[1], 0 } };

	ss_add(&r, OTHER);
	return r;
}

static symset ss_all(void)
{
	symset r = { { ~(uint64_t)0, ~(uint64_t)0, 1 } };

	return r;
}

static bool is_alpha(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum(unsigned c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

/* ---- the tree ---- */

enum node_type { N_EMPTY, N_SET, N_CAT, N_ALT, N_REP };

typedef struct {
	enum node_type type;
	int kid, next;  /* first child, next sibling (-1: none) */
	int min, max;   /* N_REP: MAX -1 when unbounded */
	symset set;     /* N_SET */
} node;

#define MAX_GROUPS 9
#define MAX_REPEAT 1000

typedef struct {
	const char *p;
	bool ok;
	node *v;
	size_t n, cap;
	int ngroups;
	int group[MAX_GROUPS + 1]; /* the tree of a closed group (-1: open) */
} parser;

static int fail(parser *ps)
{
	ps->ok = false;
	return -1;
}

static int new_node(parser *ps, enum node_type type)
{
	GROW(ps->v, ps->n, ps->cap);
	ps->v[ps->n] = (node){ .type = type, .kid = -1, .next = -1 };
	return (int)ps->n++;
}

static int set_node(parser *ps, symset set)
{
	int k = new_node(ps, N_SET);

	ps->v[k].set = set;
	return k;
}

/* The set of the ASCII character C (see the top). */
static symset char_set(unsigned c, bool icase)
{
	symset s = { { 0, 0, 0 } };

	ss_add(&s, c);
	if (icase && is_alpha(c)) {
		ss_add(&s, c | 0x20);
		ss_add(&s, c & ~0x20u);
		if (strchr("iks", (int)(c | 0x20)))
			ss_add(&s, OTHER); /* U+0130, U+0131, U+212A, U+017F */
	}
	return s;
}

/* A character outside ASCII in the regex (see the top). */
static symset other_set(bool icase)
{
	symset s = { { 0, 0, 0 } };

	ss_add(&s, OTHER);
	for (const char *c = icase ? "iIkKsS" : ""; *c; c++)
		ss_add(&s, (unsigned char)*c);
	return s;
}

/* P past the UTF-8 character that starts there. */
static const char *skip_char(const char *p)
{
	p++;
	while (((unsigned char)*p & 0xC0) == 0x80)
		p++;
	return p;
}

/* The ASCII members of \d, \s, \w, \h, \v (lower-case letter L). */
static symset escape_ascii(char l)
{
	symset s = { { 0, 0, 0 } };

	switch (l) {
	case 'd':
		ss_range(&s, '0', '9');
		break;
	case 's':
		ss_range(&s, '\t', '\r');
		ss_add(&s, ' ');
		break;
	case 'w':
		ss_range(&s, '0', '9');
		ss_range(&s, 'A', 'Z');
		ss_range(&s, 'a', 'z');
		ss_add(&s, '_');
		break;
	case 'h':
		ss_add(&s, '\t');
		ss_add(&s, ' ');
		break;
	default: /* 'v' */
		ss_range(&s, '\n', '\r');
		break;
	}
	return s;
}

/* \d \D \s \S \w \W \h \H \v \V at P: its set (its ASCII members are
 * exactly PCRE2's), P moved past it; false when it is none of them. */
static bool type_escape(const char **p, symset *out)
{
	char c = (*p)[1];

	if (!c || !strchr("dDsSwWhHvV", c))
		return false;
	*out = escape_ascii((char)(c | 0x20));
	if (c >= 'A' && c <= 'Z')
		*out = ss_not_ascii(out);
	ss_add(out, OTHER);
	*p += 2;
	return true;
}

/* \p{NAME} or \P{NAME} at P: its set, P moved past it; *EXACT says its
 * ASCII members are exactly PCRE2's.  False when not of that form. */
static bool property_escape(const char **p, bool icase, symset *out, bool *exact)
{
	const char *s = *p, *end;
	size_t len;
	bool positive;

	if ((s[1] != 'p' && s[1] != 'P') || s[2] != '{' || !(end = strchr(s + 3, '}')))
		return false;
	len = (size_t)(end - (s + 3));
	positive = s[1] == 'p' && s[3] != '^';
	*out = (symset){ { 0, 0, 0 } };
	*exact = true;
	if (positive && len == 1 && s[3] == 'L') {
		ss_range(out, 'A', 'Z');
		ss_range(out, 'a', 'z');
	} else if (positive && len == 2 && s[3] == 'L' && (s[4] == 'u' || s[4] == 'l')) {
		if (icase || s[4] == 'u')
			ss_range(out, 'A', 'Z');
		if (icase || s[4] == 'l')
			ss_range(out, 'a', 'z');
		*exact = !icase; /* PCRE2 may or may not fold it */
	} else if (positive && s[3] == 'N' && (len == 1 || (len == 2 && s[4] == 'd'))) {
		ss_range(out, '0', '9');
	} else {
		*out = ss_all(); /* a complement, another property */
		*exact = false;
	}
	ss_add(out, OTHER);
	*p = end + 1;
	return true;
}

/* A character given by an escape (\. \- \t...) at P, or -1. */
static int escaped_char(const char *p, bool in_class)
{
	unsigned char c = (unsigned char)p[1];

	switch (c) {
	case 't': return '\t';
	case 'n': return '\n';
	case 'r': return '\r';
	case 'f': return '\f';
	case 'e': return 27;
	case 'a': return 7;
	case 'b': return in_class ? 8 : -1;
	default:
		return c && c < 0x80 && !is_alnum(c) ? c : -1;
	}
}

static int parse_alt(parser *ps, bool icase);

/* One item of a class at ps->p: its set ORed into *SET; *EXACT cleared
 * when its ASCII members may be more than PCRE2's. */
static void class_item(parser *ps, bool icase, symset *set, bool *exact)
{
	const char *p = ps->p;
	symset s;
	bool ex = true;
	int lo, hi;

	if (*p == '\\' && (type_escape(&p, &s) || property_escape(&p, icase, &s, &ex))) {
		ss_or(set, &s);
		*exact = *exact && ex;
		ps->p = p;
		return;
	}
	if (*p == '[' && p[1] == ':') {
		fail(ps); /* a POSIX class */
		return;
	}
	if ((unsigned char)*p >= 0x80 || (p[0] == '-' && p[1] == ']')) {
		lo = (unsigned char)*p >= 0x80 ? OTHER : '-';
		p = lo == OTHER ? skip_char(p) : p + 1;
	} else if (*p == '\\') {
		if ((lo = escaped_char(p, true)) < 0) {
			fail(ps);
			return;
		}
		p += 2;
	} else {
		lo = (unsigned char)*p++;
	}
	hi = lo;
	if (p[0] == '-' && p[1] != ']' && lo != OTHER) {
		p++;
		if ((unsigned char)*p >= 0x80) {
			hi = OTHER;
			p = skip_char(p);
		} else if (*p == '\\') {
			if ((hi = escaped_char(p, true)) < 0 || hi == 8) {
				fail(ps); /* a class escape ends no range */
				return;
			}
			p += 2;
		} else {
			hi = (unsigned char)*p++;
		}
	}
	if (hi == OTHER) { /* from an ASCII character on past ASCII */
		s = other_set(icase);
		ss_or(set, &s);
		*exact = *exact && !icase;
		hi = lo == OTHER ? -1 : 127;
	}
	for (int c = lo; lo != OTHER && c <= hi; c++) {
		s = char_set((unsigned)c, icase);
		ss_or(set, &s);
	}
	ps->p = p;
}

/* A class [...] at ps->p. */
static int parse_class(parser *ps, bool icase)
{
	symset set = { { 0, 0, 0 } };
	bool negated, exact = true, first = true;

	ps->p++;
	negated = *ps->p == '^';
	ps->p += negated;
	while (ps->ok && (*ps->p != ']' || first)) {
		if (!*ps->p)
			return fail(ps);
		if (*ps->p == ']') { /* a ']' first is a character */
			symset s = char_set(']', icase);
			ss_or(&set, &s);
			ps->p++;
		} else {
			class_item(ps, icase, &set, &exact);
		}
		first = false;
	}
	if (!ps->ok || (negated && !exact))
		return fail(ps);
	ps->p++;
	return set_node(ps, negated ? ss_not_ascii(&set) : set);
}

/* A group "(..." at ps->p. */
static int parse_group(parser *ps, bool icase)
{
	const char *p = ps->p + 1;
	int k, num = -1;
	bool empty = false;

	if (*p != '?') {
		if (*p == '*')
			return fail(ps); /* a verb */
		num = ++ps->ngroups;
		if (num <= MAX_GROUPS)
			ps->group[num] = -1;
	} else if (p[1] == ':' || p[1] == '>') {
		p += 2;
	} else if (p[1] == 'i' && p[2] == ':') {
		p += 3;
		icase = true;
	} else if (p[1] == '=' || p[1] == '!') {
		p += 2;
		empty = true;
	} else if (p[1] == '<' && (p[2] == '=' || p[2] == '!')) {
		p += 3;
		empty = true;
	} else {
		return fail(ps);
	}
	ps->p = p;
	k = parse_alt(ps, icase);
	if (!ps->ok || *ps->p != ')')
		return fail(ps);
	ps->p++;
	if (num > 0 && num <= MAX_GROUPS)
		ps->group[num] = k;
	return empty ? new_node(ps, N_EMPTY) : k;
}

/* An escape outside a class at ps->p. */
static int parse_escape(parser *ps, bool icase)
{
	const char *p = ps->p;
	symset s;
	bool exact;
	int c;

	if (type_escape(&p, &s) || property_escape(&p, icase, &s, &exact)) {
		ps->p = p;
		return set_node(ps, s);
	}
	if (p[1] == 'b' || p[1] == 'B' || p[1] == 'K') {
		ps->p += 2;
		return new_node(ps, N_EMPTY);
	}
	if (p[1] >= '1' && p[1] <= '9' && !(p[2] >= '0' && p[2] <= '9')) {
		int num = p[1] - '0';
		/* caselessly a reference also matches the group's text in
		 * other cases: not read */
		if (icase || num > ps->ngroups || ps->group[num] < 0)
			return fail(ps);
		ps->p += 2;
		return ps->group[num];
	}
	if ((c = escaped_char(p, false)) < 0)
		return fail(ps);
	ps->p += 2;
	return set_node(ps, char_set((unsigned)c, icase));
}

static int parse_atom(parser *ps, bool icase)
{
	unsigned char c = (unsigned char)*ps->p;

	if (c == '(')
		return parse_group(ps, icase);
	if (c == '[')
		return parse_class(ps, icase);
	if (c == '\\')
		return parse_escape(ps, icase);
	if (c == '.') {
		ps->p++;
		return set_node(ps, ss_all());
	}
	if (c >= 0x80) {
		ps->p = skip_char(ps->p);
		return set_node(ps, other_set(icase));
	}
	if (!c || strchr("^$*+?{", c))
		return fail(ps);
	ps->p++;
	return set_node(ps, char_set(c, icase));
}

static bool read_count(const char **p, int *v)
{
	long x = 0;

	if (**p < '0' || **p > '9')
		return false;
	while (**p >= '0' && **p <= '9' && x <= MAX_REPEAT)
		x = x * 10 + (*(*p)++ - '0');
	*v = (int)x;
	return x <= MAX_REPEAT;
}

/* A quantifier at ps->p: true and *MIN, *MAX (-1: unbounded) when there
 * is one (a '{' that is no quantifier fails the row: PCRE2 would read it
 * as a character). */
static bool parse_quantifier(parser *ps, int *min, int *max)
{
	const char *p = ps->p;

	switch (*p) {
	case '?': *min = 0; *max = 1; p++; break;
	case '*': *min = 0; *max = -1; p++; break;
	case '+': *min = 1; *max = -1; p++; break;
	case '{':
		p++;
		if (!read_count(&p, min))
			return fail(ps), false;
		*max = *min;
		if (*p == ',') {
			p++;
			*max = -1;
			if (*p != '}' && !read_count(&p, max))
				return fail(ps), false;
		}
		if (*p != '}' || (*max >= 0 && *max < *min))
			return fail(ps), false;
		p++;
		break;
	default:
		return false;
	}
	if (*p == '?' || *p == '+') /* lazy, possessive: the same strings */
		p++;
	ps->p = p;
	return true;
}

static int parse_item(parser *ps, bool icase)
{
	int k = parse_atom(ps, icase), min, max, r;

	if (!ps->ok || !parse_quantifier(ps, &min, &max))
		return k;
	if (*ps->p && strchr("?*+{", *ps->p))
		return fail(ps);
	r = new_node(ps, N_REP);
	ps->v[r].kid = k;
	ps->v[r].min = min;
	ps->v[r].max = max;
	return r;
}

static int parse_seq(parser *ps, bool icase)
{
	int cat = new_node(ps, N_CAT), last = -1;

	while (ps->ok && *ps->p && *ps->p != '|' && *ps->p != ')') {
		int k = parse_item(ps, icase);
		if (!ps->ok)
			break;
		/* a back reference shares its group's tree: wrap it so that
		 * the sibling link is its own */
		int w = new_node(ps, N_REP);
		ps->v[w].kid = k;
		ps->v[w].min = ps->v[w].max = 1;
		if (last < 0)
			ps->v[cat].kid = w;
		else
			ps->v[last].next = w;
		last = w;
	}
	return cat;
}

static int parse_alt(parser *ps, bool icase)
{
	int first = parse_seq(ps, icase), alt, last;

	if (!ps->ok || *ps->p != '|')
		return first;
	alt = new_node(ps, N_ALT);
	ps->v[alt].kid = last = first;
	while (ps->ok && *ps->p == '|') {
		int k;
		ps->p++;
		k = parse_seq(ps, icase);
		ps->v[last].next = k;
		last = k;
	}
	return alt;
}

/* ---- the NFA ---- */

enum state_type { S_CHAR, S_SPLIT, S_EPS, S_MATCH };

typedef struct {
	uint8_t type, row;
	uint32_t out, out1; /* S_CHAR: OUT; S_SPLIT: both; S_EPS: OUT */
	uint32_t set;       /* S_CHAR: into sets */
} nstate;

#define NONE UINT32_MAX
/* Bounds: NFA states of all rows, and of one row. */
#define MAX_NSTATES 200000
#define MAX_ROW_NSTATES 40000

typedef struct {
	uint32_t start, end; /* END: an S_EPS whose OUT is open */
} frag;

typedef struct {
	uint32_t off, len; /* its NFA states (S_CHAR, S_MATCH) in the pool */
} dstate;

/* The DFA's moves are kept in NEXT, a row of STRIDE entries (a class
 * each, and STAY for the bytes inside a character) per state; a state is
 * known by the index of its row.  An entry is (to << 1) | special, where a
 * special move is one after which a row may have matched or died (the
 * walk then looks), or -1 when not made yet. */
#define STAY_SYM NSYM /* the class of the bytes 0x80-0xBF */

struct prefix_screen {
	nstate *nfa;
	size_t nn, capn;
	symset *sets;
	size_t nsets, capsets;
	uint32_t *set_slots;  /* open addressing of SETS (index + 1) */
	size_t capslots;
	uint32_t row_start[MAX_FAST_ROWS]; /* a screened row's first NFA state */
	row_set screened;
	size_t row_limit;     /* NFA states the row being read may reach */
	bool finished;
	/* the classes of bytes */
	uint8_t cls[256];
	uint8_t rep[NSYM + 1]; /* a symbol of each class */
	size_t ncls, stride;
	uint64_t stride_inverse; /* 2^40 / stride, rounded up: see row_of */
	/* the DFA, as far as made: one for each set of rows asked, sharing
	 * the states whose NFA states are the same */
	dstate *d;
	row_set *accept, *alive;
	int32_t *next;
	size_t nd;
	uint32_t *pool;
	size_t npool, cappool;
	uint32_t *slots;      /* open addressing of D by set (index + 1) */
	size_t capdslots;
	struct start_slot { row_set asked; int32_t at; } *start_slots;
	size_t nstarts;       /* sets of rows in START_SLOTS */
	/* scratch */
	uint32_t *mark, gen;
	uint32_t *stack, *buf;
};

prefix_screen *prefix_new(void)
{
	return xcalloc(1, sizeof(prefix_screen));
}

void prefix_free(prefix_screen *ps)
{
	if (!ps)
		return;
	free(ps->nfa);
	free(ps->sets);
	free(ps->set_slots);
	free(ps->start_slots);
	free(ps->d);
	free(ps->accept);
	free(ps->alive);
	free(ps->next);
	free(ps->pool);
	free(ps->slots);
	free(ps->mark);
	free(ps->stack);
	free(ps->buf);
	free(ps);
}

static uint64_t hash_set(const symset *s)
{
	return hash_bytes(s->w, sizeof s->w, 0);
}

static void grow_set_slots(prefix_screen *ps)
{
	free(ps->set_slots);
	ps->capslots = ps->capslots ? 2 * ps->capslots : 256;
	ps->set_slots = xcalloc(ps->capslots, sizeof *ps->set_slots);
	for (size_t i = 0; i < ps->nsets; i++) {
		size_t k = hash_set(&ps->sets[i]) & (ps->capslots - 1);
		while (ps->set_slots[k])
			k = (k + 1) & (ps->capslots - 1);
		ps->set_slots[k] = (uint32_t)i + 1;
	}
}

/* The index of SET in ps->sets (added when new). */
static uint32_t set_index(prefix_screen *ps, const symset *set)
{
	size_t k;

	if (2 * (ps->nsets + 1) > ps->capslots)
		grow_set_slots(ps);
	k = hash_set(set) & (ps->capslots - 1);
	while (ps->set_slots[k]) {
		uint32_t i = ps->set_slots[k] - 1;
		if (memcmp(&ps->sets[i], set, sizeof *set) == 0)
			return i;
		k = (k + 1) & (ps->capslots - 1);
	}
	GROW(ps->sets, ps->nsets, ps->capsets);
	ps->sets[ps->nsets] = *set;
	ps->set_slots[k] = (uint32_t)ps->nsets + 1;
	return (uint32_t)ps->nsets++;
}

/* A new state (NONE when the row has too many). */
static uint32_t add_state(prefix_screen *ps, enum state_type type, uint8_t row)
{
	if (ps->nn >= ps->row_limit)
		return NONE;
	GROW(ps->nfa, ps->nn, ps->capn);
	ps->nfa[ps->nn] = (nstate){ (uint8_t)type, row, NONE, NONE, 0 };
	return (uint32_t)ps->nn++;
}

static void patch(prefix_screen *ps, uint32_t eps, uint32_t to)
{
	ps->nfa[eps].out = to;
}

/* The NFA of tree K of P for row ROW; false when too big. */
static bool emit(prefix_screen *ps, const parser *p, int k, uint8_t row, frag *f);

static bool emit_empty(prefix_screen *ps, uint8_t row, frag *f)
{
	f->start = f->end = add_state(ps, S_EPS, row);
	return f->start != NONE;
}

/* A then B, into A. */
static void cat(prefix_screen *ps, frag *a, const frag *b)
{
	patch(ps, a->end, b->start);
	a->end = b->end;
}

/* F made optional, or (REPEAT) repeated any number of times. */
static bool loop_or_skip(prefix_screen *ps, frag *f, uint8_t row, bool repeat)
{
	uint32_t split = add_state(ps, S_SPLIT, row), end = add_state(ps, S_EPS, row);

	if (split == NONE || end == NONE)
		return false;
	ps->nfa[split].out = f->start;
	ps->nfa[split].out1 = end;
	patch(ps, f->end, repeat ? split : end);
	f->start = split;
	f->end = end;
	return true;
}

static bool emit_rep(prefix_screen *ps, const parser *p, const node *n,
		     uint8_t row, frag *f)
{
	frag g = { NONE, NONE };

	if (!emit_empty(ps, row, f))
		return false;
	for (int i = 0; i < n->min; i++) {
		if (!emit(ps, p, n->kid, row, &g))
			return false;
		cat(ps, f, &g);
	}
	if (n->max < 0) {
		if (!emit(ps, p, n->kid, row, &g) || !loop_or_skip(ps, &g, row, true))
			return false;
		cat(ps, f, &g);
	}
	for (int i = n->min; i < n->max; i++) {
		if (!emit(ps, p, n->kid, row, &g) || !loop_or_skip(ps, &g, row, false))
			return false;
		cat(ps, f, &g);
	}
	return true;
}

static bool emit_alt(prefix_screen *ps, const parser *p, const node *n,
		     uint8_t row, frag *f)
{
	uint32_t end = add_state(ps, S_EPS, row);
	uint32_t last = NONE; /* the split before this branch (NONE: first) */
	frag g = { NONE, NONE };

	if (end == NONE)
		return false;
	for (int k = n->kid; k >= 0; k = p->v[k].next) {
		uint32_t split = p->v[k].next >= 0 ? add_state(ps, S_SPLIT, row) : NONE;
		uint32_t entry;
		if ((p->v[k].next >= 0 && split == NONE) || !emit(ps, p, k, row, &g))
			return false;
		patch(ps, g.end, end);
		entry = split != NONE ? split : g.start;
		if (split != NONE)
			ps->nfa[split].out = g.start;
		if (last == NONE)
			f->start = entry;
		else
			ps->nfa[last].out1 = entry;
		last = split;
	}
	f->end = end;
	return true;
}

static bool emit(prefix_screen *ps, const parser *p, int k, uint8_t row, frag *f)
{
	const node *n = &p->v[k];
	frag g = { NONE, NONE };

	f->start = f->end = NONE;

	switch (n->type) {
	case N_SET:
		f->start = add_state(ps, S_CHAR, row);
		if (f->start == NONE || !emit_empty(ps, row, &g))
			return false;
		ps->nfa[f->start].set = set_index(ps, &n->set);
		ps->nfa[f->start].out = g.start;
		f->end = g.end;
		return true;
	case N_CAT:
		if (!emit_empty(ps, row, f))
			return false;
		for (int c = n->kid; c >= 0; c = p->v[c].next) {
			if (!emit(ps, p, c, row, &g))
				return false;
			cat(ps, f, &g);
		}
		return true;
	case N_ALT:
		return emit_alt(ps, p, n, row, f);
	case N_REP:
		return emit_rep(ps, p, n, row, f);
	default:
		return emit_empty(ps, row, f);
	}
}

void prefix_add_row(prefix_screen *ps, size_t row, const char *re)
{
	parser p = { .p = re, .ok = true };
	size_t mark = ps->nn;
	int tree;
	frag f;
	uint32_t m;

	if (row >= MAX_FAST_ROWS || ps->finished)
		return;
	tree = parse_alt(&p, false);
	ps->row_limit = mark + MAX_ROW_NSTATES < MAX_NSTATES ? mark + MAX_ROW_NSTATES
							     : MAX_NSTATES;
	if (p.ok && *p.p == '\0' && emit(ps, &p, tree, (uint8_t)row, &f) &&
	    (m = add_state(ps, S_MATCH, (uint8_t)row)) != NONE) {
		patch(ps, f.end, m);
		ps->row_start[row] = f.start;
		ps->screened |= (row_set)1 << row;
	} else {
		ps->nn = mark; /* not screened */
	}
	free(p.v);
}

/* ---- the DFA ---- */

/* At most so many states are kept, NFA states in their sets, and sets
 * of rows asked. */
#define MAX_DSTATES 4096
#define MAX_POOL (1u << 19)
#define START_BITS 9
#define START_SLOTS (1u << START_BITS)

/* The classes: bytes that every set of the NFA holds or lacks alike (a
 * byte from 0xC0 on stands for OTHER, the bytes 0x80-0xBF are STAY). */
static void make_classes(prefix_screen *ps)
{
	uint8_t cls[NSYM], next[NSYM];

	memset(cls, 0, sizeof cls);
	ps->ncls = 1;
	for (size_t i = 0; i < ps->nsets; i++) {
		int16_t map[2 * NSYM];
		size_t nc = 0;
		for (size_t k = 0; k < 2 * NSYM; k++)
			map[k] = -1;
		for (unsigned c = 0; c < NSYM; c++) {
			size_t key = 2 * cls[c] + ss_has(&ps->sets[i], c);
			if (map[key] < 0)
				map[key] = (int16_t)nc++;
			next[c] = (uint8_t)map[key];
		}
		memcpy(cls, next, sizeof next);
		ps->ncls = nc;
	}
	for (unsigned c = NSYM; c-- > 0;)
		ps->rep[cls[c]] = (uint8_t)c;
	ps->rep[ps->ncls] = STAY_SYM;
	ps->stride = ps->ncls + 1;
	ps->stride_inverse = ((uint64_t)1 << 40) / ps->stride + 1;
	for (unsigned b = 0; b < 256; b++)
		ps->cls[b] = b < 0x80 ? cls[b] : b < 0xC0 ? (uint8_t)ps->ncls : cls[OTHER];
}

/* Adds to ps->buf (*LEN) the S_CHAR and S_MATCH states reached from S by
 * empty moves, each once per ps->gen. */
static void closure(prefix_screen *ps, uint32_t s, size_t *len)
{
	size_t top = 0;

	ps->stack[top++] = s;
	while (top) {
		uint32_t x = ps->stack[--top];
		const nstate *st;
		if (x == NONE || ps->mark[x] == ps->gen)
			continue;
		ps->mark[x] = ps->gen;
		st = &ps->nfa[x];
		if (st->type == S_CHAR || st->type == S_MATCH) {
			ps->buf[(*len)++] = x;
		} else {
			ps->stack[top++] = st->out;
			if (st->type == S_SPLIT)
				ps->stack[top++] = st->out1;
		}
	}
}

static void new_gen(prefix_screen *ps)
{
	if (++ps->gen == 0) {
		memset(ps->mark, 0, ps->nn * sizeof *ps->mark);
		ps->gen = 1;
	}
}

static void clear_dfa(prefix_screen *ps)
{
	ps->nd = 0;
	ps->npool = 0;
	memset(ps->slots, 0, ps->capdslots * sizeof *ps->slots);
	for (size_t i = 0; i < START_SLOTS; i++)
		ps->start_slots[i].at = -1;
	ps->nstarts = 0;
}

/* A hash of the set V[0..n) that does not depend on the order. */
static uint64_t hash_members(const uint32_t *v, size_t n)
{
	uint64_t h = n;

	for (size_t i = 0; i < n; i++) {
		uint64_t x = (v[i] + 1) * 0x9e3779b97f4a7c15u;
		h += x ^ (x >> 29);
	}
	return h;
}

/* Is the state D the set just made (every state of it marked in this
 * generation: the marked S_CHAR and S_MATCH states are those of the set)? */
static bool same_set(const prefix_screen *ps, const dstate *d, size_t len)
{
	if (d->len != len)
		return false;
	for (size_t i = 0; i < len; i++)
		if (ps->mark[ps->pool[d->off + i]] != ps->gen)
			return false;
	return true;
}

/* The DFA state of the set ps->buf[0..len) just made by closures of this
 * generation, made when new; -1 when the DFA is full. */
static int32_t dstate_of(prefix_screen *ps, size_t len)
{
	uint64_t h = hash_members(ps->buf, len);
	size_t k = h & (ps->capdslots - 1);
	uint32_t id;
	row_set acc = 0, alive = 0;

	while (ps->slots[k]) {
		const dstate *d = &ps->d[ps->slots[k] - 1];
		if (same_set(ps, d, len))
			return (int32_t)ps->slots[k] - 1;
		k = (k + 1) & (ps->capdslots - 1);
	}
	if (ps->nd == MAX_DSTATES || ps->npool + len > MAX_POOL)
		return -1;
	id = (uint32_t)ps->nd++;
	ps->d[id] = (dstate){ (uint32_t)ps->npool, (uint32_t)len };
	while (ps->npool + len > ps->cappool) {
		ps->cappool = ps->cappool ? 2 * ps->cappool : 4096;
		ps->pool = xreallocarray(ps->pool, ps->cappool, sizeof *ps->pool);
	}
	memcpy(ps->pool + ps->npool, ps->buf, len * sizeof *ps->buf);
	ps->npool += len;
	for (size_t i = 0; i < len; i++) {
		const nstate *st = &ps->nfa[ps->buf[i]];
		row_set bit = (row_set)1 << st->row;
		if (st->type == S_MATCH)
			acc |= bit;
		else
			alive |= bit;
	}
	ps->accept[id] = acc;
	ps->alive[id] = alive;
	for (size_t c = 0; c < ps->ncls; c++)
		ps->next[id * ps->stride + c] = -1;
	ps->next[id * ps->stride + ps->ncls] = (int32_t)(id * ps->stride) << 1;
	ps->slots[k] = id + 1;
	return (int32_t)id;
}

/* Where state X leads past the empty moves that have one way on (the
 * ends of the parts: half the states). */
static uint32_t past_eps(const prefix_screen *ps, uint32_t x)
{
	for (size_t k = 0; x != NONE && ps->nfa[x].type == S_EPS && k < ps->nn; k++)
		x = ps->nfa[x].out;
	return x;
}

/* Every move points past such empty moves: the closures are shorter. */
static void shortcut_eps(prefix_screen *ps)
{
	for (size_t i = 0; i < ps->nn; i++) {
		ps->nfa[i].out = past_eps(ps, ps->nfa[i].out);
		ps->nfa[i].out1 = past_eps(ps, ps->nfa[i].out1);
	}
	for (size_t r = 0; r < MAX_FAST_ROWS; r++)
		if (ps->screened >> r & 1)
			ps->row_start[r] = past_eps(ps, ps->row_start[r]);
}

void prefix_finish(prefix_screen *ps)
{
	ps->finished = true;
	if (!ps->screened)
		return;
	shortcut_eps(ps);
	make_classes(ps);
	ps->mark = xcalloc(ps->nn, sizeof *ps->mark);
	ps->stack = xmalloc((2 * ps->nn + 2) * sizeof *ps->stack);
	ps->buf = xmalloc(ps->nn * sizeof *ps->buf);
	ps->d = xmalloc(MAX_DSTATES * sizeof *ps->d);
	ps->accept = xmalloc(MAX_DSTATES * sizeof *ps->accept);
	ps->alive = xmalloc(MAX_DSTATES * sizeof *ps->alive);
	ps->next = xmalloc(MAX_DSTATES * ps->stride * sizeof *ps->next);
	ps->capdslots = 4 * MAX_DSTATES;
	ps->slots = xcalloc(ps->capdslots, sizeof *ps->slots);
	ps->start_slots = xmalloc(START_SLOTS * sizeof *ps->start_slots);
	clear_dfa(ps);
}

/* The start state of the rows ASKED (-1: the DFA was full and is begun
 * again). */
static int32_t start_of(prefix_screen *ps, row_set asked)
{
	size_t k = (size_t)((asked * 0x9e3779b97f4a7c15u) >> (64 - START_BITS)), len = 0;
	int32_t id;

	while (ps->start_slots[k].at >= 0) {
		if (ps->start_slots[k].asked == asked)
			return ps->start_slots[k].at;
		k = (k + 1) % START_SLOTS;
	}
	new_gen(ps);
	for (row_set r = asked; r; r &= r - 1)
		closure(ps, ps->row_start[__builtin_ctzll(r)], &len);
	if (2 * ++ps->nstarts > START_SLOTS || (id = dstate_of(ps, len)) < 0) {
		clear_dfa(ps);
		return -1;
	}
	ps->start_slots[k].asked = asked;
	ps->start_slots[k].at = id;
	return id;
}

/* The set state D goes to on class C, in ps->buf; its length. */
static size_t move(prefix_screen *ps, uint32_t d, size_t c)
{
	const dstate *ds = &ps->d[d];
	unsigned sym = ps->rep[c];
	size_t len = 0;

	new_gen(ps);
	for (size_t i = 0; i < ds->len; i++) {
		const nstate *st = &ps->nfa[ps->pool[ds->off + i]];
		if (st->type == S_CHAR && ss_has(&ps->sets[st->set], sym))
			closure(ps, st->out, &len);
	}
	return len;
}

/* The entry of the move of D on class C, made now; -1 when the DFA is
 * full (it is then begun again, and this walk gives no answer). */
static int32_t make_move(prefix_screen *ps, uint32_t d, size_t c)
{
	int32_t to = dstate_of(ps, move(ps, d, c));
	int32_t entry;

	if (to < 0) {
		clear_dfa(ps);
		return -1;
	}
	entry = (int32_t)((uint32_t)to * ps->stride) << 1;
	if (ps->accept[to] || ps->alive[to] != ps->alive[d])
		entry |= 1;
	ps->next[d * ps->stride + c] = entry;
	return entry;
}

/* The state whose row of NEXT starts at AT: AT / stride, by a multiply,
 * as a division costs more than the rest of a special move.  Exact for
 * AT < 2^40 / stride (the rounding adds less than 1/stride to AT /
 * stride); AT is below MAX_DSTATES * stride. */
_Static_assert((uint64_t)MAX_DSTATES * (NSYM + 1) < ((uint64_t)1 << 30),
	       "row_of divides exactly only below 2^40 / stride");

static inline size_t row_of(const prefix_screen *ps, size_t at)
{
	return (size_t)((at * ps->stride_inverse) >> 40);
}

row_set prefix_screened(const prefix_screen *ps)
{
	return ps->screened;
}

row_set prefix_allow(prefix_screen *ps, row_set may, const char *s, size_t n,
		     size_t q)
{
	row_set asked = may & ps->screened, acc, left;
	const int32_t *next;
	int32_t id = asked ? start_of(ps, asked) : -1;
	size_t at; /* the row of NEXT of the state the walk is in */

	if (id < 0)
		return may;
	acc = ps->accept[id];
	left = ps->alive[id] & ~acc;
	at = (size_t)id * ps->stride;
	next = ps->next;
	for (size_t i = q; left && i < n; i++) {
		int32_t e = next[at + ps->cls[(unsigned char)s[i]]];
		/* LEFT changes only after a special move: the common case
		 * loops on its own */
		while (!(e & 1) && ++i < n) {
			at = (size_t)(e >> 1);
			e = next[at + ps->cls[(unsigned char)s[i]]];
		}
		if (!(e & 1))
			break; /* the end of the text */
		if (e < 0 && (e = make_move(ps, (uint32_t)row_of(ps, at),
					    ps->cls[(unsigned char)s[i]])) < 0)
			return may;
		at = (size_t)(e >> 1);
		id = (int32_t)row_of(ps, at);
		acc |= ps->accept[id];
		left = ps->alive[id] & ~acc;
	}
	return may & ~(asked & ~acc);
}
