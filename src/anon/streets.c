/* streets.c - the street screen (see streets.h).
 *
 * A row is screened only when its pattern has one of the two shapes below
 * exactly, its nouns are a plain alternation of words, and its prefixes
 * (norra, s:t...) hold no white space:
 *
 *   NOUN_END:  lookarounds, then {STREET}, where STREET is
 *              (?:{PREFIX}\s(?:\p{L}[\p{L}-]*)?|\p{L}[\p{L}-]*){STREETNOUN}\.?(?=\s)
 *              A match at Q holds a street noun at the end of the run of
 *              letters and hyphens that starts at Q, or of the run after
 *              the first white space after Q (after a prefix).
 *   NOUN_WORD: lookarounds, then
 *              (?:{PREFIX}\s)?(?:\p{Lu}[\p{L}-]*|\p{L}[\p{L}-]*s)\s(?i:NOUNS)
 *              A match at Q holds one of NOUNS right after the first or
 *              the second white space after Q.
 *
 * The nouns are compared caselessly, as PCRE2 does, for ASCII and the
 * letters of Latin-1 (å, Ä, é...); any other character within reach of a
 * noun is "may match" (PCRE2 also folds the Kelvin sign into k, a long s
 * into s...), so the screen only ever says no where PCRE2 would. */
#include "anon/streets.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum shape { NOUN_END, NOUN_WORD };

/* A node of a trie of folded nouns (read backwards for NOUN_END): its
 * byte, whether a noun ends there, its first child and next sibling
 * (0: none; node 0 is the root). */
typedef struct {
	unsigned char byte, last;
	uint16_t child, sibling;
} trie_node;

#define MAX_NODES 65535

/* Answers at the last two places asked in the text being screened: the
 * scan asks at one word and then at the next, and each answer looks at
 * the word after too, so half the work was done the time before. */
typedef struct {
	size_t at[2], val[2]; /* AT SIZE_MAX: empty */
	unsigned next;        /* the entry to replace */
} memo;

static inline bool memo_get(const memo *m, size_t at, size_t *val)
{
	for (int k = 0; k < 2; k++)
		if (m->at[k] == at) {
			*val = m->val[k];
			return true;
		}
	return false;
}

static inline size_t memo_put(memo *m, size_t at, size_t val)
{
	m->at[m->next] = at;
	m->val[m->next] = val;
	m->next ^= 1;
	return val;
}

static void memo_clear(memo *m)
{
	m->at[0] = m->at[1] = SIZE_MAX;
}

/* The nouns of one screened row. */
typedef struct {
	enum shape shape;
	memo runs;   /* NOUN_END: run_answer by the run's start */
	memo starts; /* NOUN_WORD: noun_starts by place */
	memo spaces; /* NOUN_WORD: next_space by place */
	trie_node *trie;
	size_t nnodes, cap;
	uint16_t root[256]; /* the children of the root, by byte */
	size_t maxlen; /* bytes of the longest noun */
} screen_row;

struct street_screen {
	screen_row rows[MAX_FAST_ROWS];
	row_set screened;
};

street_screen *streets_new(void)
{
	return xcalloc(1, sizeof(street_screen));
}

void streets_free(street_screen *sc)
{
	if (!sc)
		return;
	for (size_t i = 0; i < MAX_FAST_ROWS; i++)
		free(sc->rows[i].trie);
	free(sc);
}

/* ---- reading the nouns out of a regex ---- */

typedef struct {
	char **v;
	size_t n, cap;
} word_list;

#define MAX_WORDS 4096

static void list_free(word_list *l)
{
	free_list(l->v, l->n);
	l->v = NULL;
	l->n = l->cap = 0;
}

static void list_add(word_list *l, char *w)
{
	GROW(l->v, l->n, l->cap);
	l->v[l->n++] = w;
}

static bool parse_alt(const char **p, word_list *out);

/* One item of a sequence: the words it stands for, or false when it is
 * anything but a literal character or a group of words. */
static bool parse_item(const char **p, word_list *out)
{
	const char *s = *p;
	char c[2] = { 0, 0 };

	if (strncmp(s, "(?:", 3) == 0 || strncmp(s, "(?i:", 4) == 0) {
		*p = s + (s[2] == ':' ? 3 : 4);
		if (!parse_alt(p, out) || **p != ')')
			return false;
		(*p)++;
	} else if (s[0] == '\\' && s[1] && strchr(".-/\\()[]|?*+{}^$", s[1])) {
		c[0] = s[1];
		list_add(out, xstrdup(c));
		*p = s + 2;
	} else if (s[0] && !strchr("\\.[]?*+{}^$()|", s[0])) {
		c[0] = s[0];
		list_add(out, xstrdup(c));
		*p = s + 1;
	} else {
		return false;
	}
	/* a quantifier after the item is more than a word list */
	return **p == '\0' || !strchr("?*+{", **p);
}

/* Every word of SEQ followed by every word of NEXT. */
static bool cross(word_list *seq, const word_list *next)
{
	word_list out = { 0 };

	if (seq->n * next->n > MAX_WORDS)
		return false;
	for (size_t i = 0; i < seq->n; i++)
		for (size_t j = 0; j < next->n; j++) {
			size_t a = strlen(seq->v[i]), b = strlen(next->v[j]);
			char *w = xmalloc(a + b + 1);
			memcpy(w, seq->v[i], a);
			memcpy(w + a, next->v[j], b + 1);
			list_add(&out, w);
		}
	list_free(seq);
	*seq = out;
	return true;
}

static bool parse_seq(const char **p, word_list *out)
{
	word_list seq = { 0 };
	bool ok = true;

	list_add(&seq, xstrdup(""));
	while (ok && **p && **p != '|' && **p != ')') {
		word_list item = { 0 };
		ok = parse_item(p, &item) && cross(&seq, &item);
		list_free(&item);
	}
	for (size_t i = 0; ok && i < seq.n; i++) {
		list_add(out, seq.v[i]);
		seq.v[i] = NULL;
	}
	list_free(&seq);
	return ok && out->n <= MAX_WORDS;
}

/* An alternation of words up to the ')' or the end that closes it. */
static bool parse_alt(const char **p, word_list *out)
{
	if (!parse_seq(p, out))
		return false;
	while (**p == '|') {
		(*p)++;
		if (!parse_seq(p, out))
			return false;
	}
	return true;
}

/* The words of the whole regex RE, or false. */
static bool words_of(const char *re, word_list *out)
{
	return parse_alt(&re, out) && *re == '\0';
}

/* ---- folding, as PCRE2 compares caselessly ---- */

/* The character at S[i] folded into OUT (the same number of bytes): ASCII
 * and Latin-1 letters; 0 for any other character (or a cut one). */
static size_t fold_char(const char *s, size_t n, size_t i, char *out)
{
	unsigned char c = (unsigned char)s[i], d;

	if (c < 0x80) {
		out[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		return 1;
	}
	if (c != 0xC3 || i + 1 >= n)
		return 0;
	d = (unsigned char)s[i + 1];
	if (d < 0x80 || d > 0xBF)
		return 0;
	out[0] = (char)c;
	out[1] = (char)(d <= 0x9E && d != 0x97 ? d + 0x20 : d);
	return 2;
}

static size_t char_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* A noun folded: in NOUN_END only what follows its last character that
 * fold_char does not know, in NOUN_WORD what precedes its first (PCRE2
 * may fold such a character into another of the text). */
static size_t fold_noun(const char *w, enum shape shape, char *out, size_t cap)
{
	size_t n = strlen(w), k = 0;

	for (size_t i = 0; i < n;) {
		char f[2];
		size_t l = fold_char(w, n, i, f);
		if (!l) {
			if (shape == NOUN_WORD)
				return k;
			k = 0; /* only the part after it */
			i += char_len((unsigned char)w[i]);
			continue;
		}
		if (k + l > cap)
			return 0;
		memcpy(out + k, f, l);
		k += l;
		i += l;
	}
	return k;
}

/* The child of node AT for byte B (0: none); the root's from a table,
 * as every word asks it. */
static size_t trie_child(const screen_row *r, size_t at, unsigned char b)
{
	size_t c;

	if (at == 0)
		return r->root[b];
	c = r->trie[at].child;
	while (c && r->trie[c].byte != b)
		c = r->trie[c].sibling;
	return c;
}

/* The child of AT for B, made if missing (0: the trie is full). */
static size_t trie_make(screen_row *r, size_t at, unsigned char b)
{
	size_t c = trie_child(r, at, b);

	if (c || r->nnodes == MAX_NODES)
		return c;
	GROW(r->trie, r->nnodes, r->cap);
	c = r->nnodes++;
	r->trie[c] = (trie_node){ b, 0, 0, r->trie[at].child };
	r->trie[at].child = (uint16_t)c;
	if (at == 0)
		r->root[b] = (uint16_t)c;
	return c;
}

/* KEY[0..k) into the trie, backwards for NOUN_END. */
static bool trie_add(screen_row *r, const char *key, size_t k)
{
	size_t at = 0;

	for (size_t i = 0; i < k; i++) {
		unsigned char b = (unsigned char)key[r->shape == NOUN_END ? k - 1 - i : i];
		if (!(at = trie_make(r, at, b)))
			return false;
	}
	r->trie[at].last = 1;
	return true;
}

static bool add_nouns(screen_row *r, const word_list *nouns)
{
	char key[256];

	GROW(r->trie, r->nnodes, r->cap);
	r->trie[r->nnodes++] = (trie_node){ 0, 0, 0, 0 };
	for (size_t i = 0; i < nouns->n; i++) {
		size_t k = fold_noun(nouns->v[i], r->shape, key, sizeof key);
		if (k == 0 || !trie_add(r, key, k))
			return false; /* a noun the screen cannot see */
		if (k > r->maxlen)
			r->maxlen = k;
	}
	return nouns->n > 0;
}

/* ---- recognising the two shapes ---- */

/* P after a bracketed group that starts at P (escapes and character
 * classes skipped), or NULL. */
static const char *group_end(const char *p)
{
	int depth = 0;

	for (; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
		} else if (*p == '[') {
			p += p[1] == '^' ? 2 : 1;
			if (*p == ']')
				p++;
			while (*p && *p != ']')
				p += *p == '\\' && p[1] ? 2 : 1;
			if (!*p)
				return NULL;
		} else if (*p == '(') {
			depth++;
		} else if (*p == ')' && --depth == 0) {
			return p + 1;
		}
	}
	return NULL;
}

/* RAW after the lookarounds it starts with (they match no text). */
static const char *after_lookarounds(const char *raw)
{
	while (raw && (strncmp(raw, "(?<!", 4) == 0 || strncmp(raw, "(?<=", 4) == 0 ||
		       strncmp(raw, "(?=", 3) == 0 || strncmp(raw, "(?!", 3) == 0))
		raw = group_end(raw);
	return raw;
}

/* Does RAW hold a '|' outside every group (then its start says little)? */
static bool top_alternation(const char *raw)
{
	while (raw && *raw) {
		if (*raw == '|')
			return true;
		if (*raw == '(')
			raw = group_end(raw);
		else
			raw += *raw == '\\' && raw[1] ? 2 : 1;
	}
	return raw == NULL;
}

static const char *define_of(char *const *defs, size_t ndefs, const char *name)
{
	for (size_t i = 0; i + 1 < ndefs; i += 2)
		if (strcmp(defs[i], name) == 0)
			return defs[i + 1];
	return NULL;
}

/* PREFIX is a list of words without white space. */
static bool prefix_ok(const char *prefix)
{
	word_list w = { 0 };
	bool ok = prefix && words_of(prefix, &w);

	for (size_t i = 0; ok && i < w.n; i++)
		ok = !strpbrk(w.v[i], " \t\n\v\f\r");
	list_free(&w);
	return ok;
}

/* NOUN_END: the nouns of STREETNOUN when STREET is exactly the shape. */
static bool noun_end_words(char *const *defs, size_t ndefs, word_list *out)
{
	const char *street = define_of(defs, ndefs, "STREET");
	const char *prefix = define_of(defs, ndefs, "PREFIX");
	const char *noun = define_of(defs, ndefs, "STREETNOUN");
	strbuf want = { 0 };
	bool ok;

	if (!street || !noun || !prefix_ok(prefix))
		return false;
	sb_printf(&want, "(?:(?:%s)\\s(?:\\p{L}[\\p{L}-]*)?|\\p{L}[\\p{L}-]*)(?:%s)\\.?(?=\\s)",
		  prefix, noun);
	ok = strcmp(want.s, street) == 0 && words_of(noun, out);
	sb_free(&want);
	return ok;
}

#define WORD_SHAPE "(?:{PREFIX}\\s)?(?:\\p{Lu}[\\p{L}-]*|\\p{L}[\\p{L}-]*s)\\s(?i:"

/* NOUN_WORD: the nouns of a row of that shape. */
static bool noun_word_words(const char *body, char *const *defs, size_t ndefs,
			    word_list *out)
{
	const char *p = body + strlen(WORD_SHAPE);

	if (strncmp(body, WORD_SHAPE, strlen(WORD_SHAPE)) != 0 ||
	    !prefix_ok(define_of(defs, ndefs, "PREFIX")))
		return false;
	return parse_alt(&p, out) && *p == ')';
}

void streets_add_row(street_screen *sc, size_t row, const char *raw,
		     char *const *defs, size_t ndefs)
{
	const char *body = after_lookarounds(raw);
	screen_row *r;
	word_list nouns = { 0 };

	if (row >= MAX_FAST_ROWS || !body || top_alternation(raw))
		return;
	r = &sc->rows[row];
	if (strncmp(body, "{STREET}", 8) == 0 && noun_end_words(defs, ndefs, &nouns))
		r->shape = NOUN_END;
	else if (noun_word_words(body, defs, ndefs, &nouns))
		r->shape = NOUN_WORD;
	else
		return;
	if (add_nouns(r, &nouns))
		sc->screened |= (row_set)1 << row;
	list_free(&nouns);
}

/* ---- screening ---- */

enum answer { NO, MAYBE };

static bool is_ascii_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The first ASCII white space at or after I (n: none). */
static size_t next_space(const char *s, size_t n, size_t i)
{
	while (i < n && !is_ascii_space(s[i]))
		i++;
	return i;
}

/* Where the run of letters and hyphens ([\p{L}-]) from I ends; n + 1 when
 * a character PCRE2 may call a letter or not (three bytes or more) is met. */
static size_t run_end(const char *s, size_t n, size_t i, const uint64_t letter2[32])
{
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c != '-' && ((c | 0x20) < 'a' || (c | 0x20) > 'z'))
				return i;
			i++;
		} else if (c >= 0xC2 && c < 0xE0 && i + 1 < n) {
			unsigned cp = (unsigned)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F);
			if (!(letter2[cp / 64] >> (cp % 64) & 1))
				return i;
			i += 2;
		} else {
			return n + 1;
		}
	}
	return i;
}

/* Does a noun end the run S[a..b)?  The trie is walked backwards from B,
 * a character at a time; one fold_char does not know may be any noun's. */
static enum answer noun_ends(const screen_row *r, const char *s, size_t a, size_t b)
{
	size_t at = 0, i = b;

	while (i > a) {
		size_t start = i - 1;
		char f[2];
		while (start > a && ((unsigned char)s[start] & 0xC0) == 0x80)
			start--;
		if (fold_char(s, b, start, f) != i - start)
			return MAYBE;
		for (size_t k = i - start; k-- > 0;)
			if (!(at = trie_child(r, at, (unsigned char)f[k])))
				return NO;
		if (r->trie[at].last)
			return MAYBE;
		i = start;
	}
	return NO;
}

/* Does a noun start at S[x]? */
static enum answer noun_starts(const screen_row *r, const char *s, size_t n, size_t x)
{
	size_t at = 0;

	while (x < n) {
		char f[2];
		size_t l = fold_char(s, n, x, f);
		if (!l)
			return MAYBE;
		for (size_t k = 0; k < l; k++)
			if (!(at = trie_child(r, at, (unsigned char)f[k])))
				return NO;
		if (r->trie[at].last)
			return MAYBE;
		x += l;
	}
	return NO;
}

/* The run of letters at P: may a noun end it (or is a character there
 * one only PCRE2 can judge)?  *END: where the run ends. */
static inline enum answer run_answer(screen_row *r, const char *s, size_t n, size_t p,
			      const uint64_t letter2[32], size_t *end)
{
	size_t v;

	if (!memo_get(&r->runs, p, &v)) {
		size_t e = run_end(s, n, p, letter2);
		bool maybe = e > n || (e > p && noun_ends(r, s, p, e) == MAYBE);
		v = memo_put(&r->runs, p, e << 1 | maybe);
	}
	*end = v >> 1;
	return v & 1 ? MAYBE : NO;
}

static enum answer noun_end_at(screen_row *r, const char *s, size_t n,
			       size_t q, const uint64_t letter2[32])
{
	size_t end, x;

	if (run_answer(r, s, n, q, letter2, &end) == MAYBE)
		return MAYBE;
	x = next_space(s, n, end);
	if (x >= n)
		return NO;
	return run_answer(r, s, n, x + 1, letter2, &end);
}

static inline enum answer starts_at(screen_row *r, const char *s, size_t n, size_t x)
{
	size_t v;

	return memo_get(&r->starts, x, &v) ? (enum answer)v
					   : (enum answer)memo_put(&r->starts, x, noun_starts(r, s, n, x));
}

static inline size_t space_after(screen_row *r, const char *s, size_t n, size_t q)
{
	size_t v;

	return memo_get(&r->spaces, q, &v) ? v : memo_put(&r->spaces, q, next_space(s, n, q));
}

static enum answer noun_word_at(screen_row *r, const char *s, size_t n,
				size_t q)
{
	size_t x1 = space_after(r, s, n, q), x2;

	if (x1 >= n)
		return NO;
	if (starts_at(r, s, n, x1 + 1) == MAYBE)
		return MAYBE;
	x2 = space_after(r, s, n, x1 + 1);
	return x2 < n ? starts_at(r, s, n, x2 + 1) : NO;
}

void streets_prepare(street_screen *sc)
{
	for (row_set rows = sc->screened; rows; rows &= rows - 1) {
		screen_row *r = &sc->rows[__builtin_ctzll(rows)];
		memo_clear(&r->runs);
		memo_clear(&r->starts);
		memo_clear(&r->spaces);
	}
}

row_set streets_allow(street_screen *sc, row_set may, const char *s,
		      size_t n, size_t q, const uint64_t letter2[32])
{
	for (row_set asked = may & sc->screened; asked; asked &= asked - 1) {
		screen_row *r = &sc->rows[__builtin_ctzll(asked)];
		enum answer a = r->shape == NOUN_END ? noun_end_at(r, s, n, q, letter2)
						     : noun_word_at(r, s, n, q);
		if (a == NO)
			may &= ~(asked & -asked);
	}
	return may;
}
