/* anchor.c - literal strings that every match of a pattern contains.
 *
 * A recursive descent over the pattern.  Each piece of it is described by
 * two optional string sets: `exact`, when the piece matches one of a few
 * literal strings and nothing else ("(?:slå|slog)"), and `best`, a set of
 * strings one of which any match of the piece contains.  A sequence joins
 * the exact sets of neighbouring pieces ("sl" then "(?:å|og)" gives "slå"
 * and "slog"); whatever is not literal (\w, a class, an optional part)
 * ends such a run, and the best run is kept.  Assertions (\b, lookaround)
 * match no characters, so they neither join nor end a run.
 *
 * Each piece also knows the most bytes it can match (its width) and the
 * most bytes that can come before its best strings: a match cannot start
 * further than that before the first anchor found, so the pattern need
 * not be run over the text before it. */
#include "themes/anchor.h"
#include "themes/placeholder.h"

#include <stdlib.h>
#include <string.h>

/* Sets larger than this are dropped rather than joined: screening with
 * hundreds of strings for one pattern buys little. */
#define MAX_SET 256
/* Anchors shorter than this (in bytes, spaces at the ends not counted)
 * would match almost every text. */
#define MIN_ANCHOR 2
/* Widths in bytes: every character counts as the longest UTF-8 character,
 * since a caseless letter may match a longer one (k and the Kelvin sign). */
#define CHAR_BYTES 4
#define WIDTH_CAP (1L << 20)

typedef struct {
	bool has_exact, has_best;
	anchor_set exact, best;
	long width;       /* most bytes a match of the piece takes */
	long best_prefix; /* most bytes before its best strings start */
} piece;

typedef struct {
	const char *p;
	bool failed;        /* syntax the analysis does not know */
	bool saw_assertion; /* an assertion anywhere: not a plain literal */
	bool join_optional; /* "x?" joins a run as x or nothing (literals);
			       otherwise it ends the run (short anchors) */
} parser;

/* ---- widths (ANCHOR_UNBOUNDED: no limit) ---- */

static long w_add(long a, long b)
{
	return a < 0 || b < 0 || a + b > WIDTH_CAP ? ANCHOR_UNBOUNDED : a + b;
}

static long w_times(long w, long n)
{
	if (w == 0 || n == 0)
		return 0;
	return w < 0 || n < 0 || n > WIDTH_CAP / w ? ANCHOR_UNBOUNDED : w * n;
}

static long w_max(long a, long b)
{
	return a < 0 || b < 0 ? ANCHOR_UNBOUNDED : a > b ? a : b;
}

/* ---- string sets ---- */

static void set_add(anchor_set *a, const char *s, size_t n)
{
	/* Room doubles at powers of two: no field keeps the capacity. */
	if ((a->n & (a->n - 1)) == 0) {
		size_t cap = a->n ? 2 * a->n : 1;
		a->s = xrealloc(a->s, cap * sizeof *a->s);
		a->len = xrealloc(a->len, cap * sizeof *a->len);
	}
	a->s[a->n] = xmemdup(s, n);
	a->len[a->n++] = n;
}

/* Add S (malloc'd, N bytes) itself. */
static void set_take(anchor_set *a, char *s, size_t n)
{
	set_add(a, "", 0);
	free(a->s[a->n - 1]);
	a->s[a->n - 1] = s;
	a->len[a->n - 1] = n;
}

void anchor_set_free(anchor_set *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->s[i]);
	free(a->s);
	free(a->len);
	memset(a, 0, sizeof *a);
}

/* The set holding only the empty string: the start of a run. */
static anchor_set set_empty_string(void)
{
	anchor_set a = {0};

	set_add(&a, "", 0);
	return a;
}

static anchor_set set_copy(const anchor_set *a)
{
	anchor_set c = {0};

	for (size_t i = 0; i < a->n; i++)
		set_add(&c, a->s[i], a->len[i]);
	return c;
}

/* Move B's strings into A. */
static void set_union(anchor_set *a, anchor_set *b)
{
	for (size_t i = 0; i < b->n; i++)
		set_add(a, b->s[i], b->len[i]);
	anchor_set_free(b);
}

/* Every string of A followed by every string of B, or false (A and B
 * untouched) when that would be too many. */
static bool set_join(anchor_set *a, const anchor_set *b)
{
	anchor_set j = {0};

	if (a->n * b->n > MAX_SET)
		return false;
	if (b->n == 1) { /* the common case, a literal character: in place */
		for (size_t i = 0; i < a->n; i++) {
			a->s[i] = xrealloc(a->s[i], a->len[i] + b->len[0] + 1);
			memcpy(a->s[i] + a->len[i], b->s[0], b->len[0]);
			a->len[i] += b->len[0];
			a->s[i][a->len[i]] = '\0';
		}
		return true;
	}
	for (size_t i = 0; i < a->n; i++)
		for (size_t k = 0; k < b->n; k++) {
			size_t n = a->len[i] + b->len[k];
			char *s = xmalloc(n + 1);
			memcpy(s, a->s[i], a->len[i]);
			memcpy(s + a->len[i], b->s[k], b->len[k]);
			s[n] = '\0';
			set_take(&j, s, n);
		}
	anchor_set_free(a);
	*a = j;
	return true;
}

/* Length of a string without the spaces at its ends: " på" is found
 * about as often as "på". */
static size_t weight(const char *s, size_t n)
{
	while (n && *s == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	return n;
}

static size_t set_shortest(const anchor_set *a)
{
	size_t m = (size_t)-1;

	for (size_t i = 0; i < a->n; i++)
		if (weight(a->s[i], a->len[i]) < m)
			m = weight(a->s[i], a->len[i]);
	return a->n ? m : 0;
}

/* Longer shortest string first (fewer chance hits), then fewer strings. */
static bool set_better(const anchor_set *a, const anchor_set *b)
{
	size_t la = set_shortest(a), lb = set_shortest(b);

	return la > lb || (la == lb && a->n < b->n);
}

/* Keep CAND, which starts at most PREFIX bytes into the piece, as the
 * piece's best strings if it is the better screen; CAND is consumed. */
static void keep_best(piece *pc, anchor_set *cand, long prefix)
{
	bool take = set_shortest(cand) > 0 &&
		    (!pc->has_best || set_better(cand, &pc->best));

	if (take) {
		if (pc->has_best)
			anchor_set_free(&pc->best);
		pc->best = *cand;
		pc->best_prefix = prefix;
		pc->has_best = true;
	} else {
		anchor_set_free(cand);
	}
	memset(cand, 0, sizeof *cand);
}

static void piece_free(piece *pc)
{
	if (pc->has_exact)
		anchor_set_free(&pc->exact);
	if (pc->has_best)
		anchor_set_free(&pc->best);
	memset(pc, 0, sizeof *pc);
}

/* ---- folding ---- */

/* Length of the UTF-8 character whose lead byte is C. */
static size_t utf8_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Write the folded form of the character at S (N bytes) into OUT and
 * return its length, or 0 when it is a character anchors may not hold
 * (its case partners are not all folded by anchor_fold). */
static size_t fold_literal(const char *s, size_t n, char out[2])
{
	unsigned char c = (unsigned char)s[0];

	if (n == 1) {
		out[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		return 1;
	}
	if (n == 2 && c == 0xC3) {
		unsigned char d = (unsigned char)s[1];
		out[0] = (char)c;
		out[1] = (char)(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
		return 2;
	}
	return 0;
}

/* Characters outside Latin-1 that caseless matching takes as a Latin
 * letter, and the folded letter. */
static const struct {
	const char *from, *to;
} fold_extra[] = {
	{"\xE2\x84\xAA", "k"},        /* KELVIN SIGN */
	{"\xE2\x84\xAB", "\xC3\xA5"}, /* ANGSTROM SIGN */
	{"\xC5\xBF", "s"},            /* LATIN SMALL LETTER LONG S */
	{"\xE1\xBA\x9E", "\xC3\x9F"}, /* LATIN CAPITAL LETTER SHARP S */
	{"\xC5\xB8", "\xC3\xBF"},     /* LATIN CAPITAL LETTER Y WITH DIAERESIS */
};

/* The fold_extra character at T (at most N bytes), or -1. */
static int fold_extra_at(const char *t, size_t n)
{
	unsigned char c = (unsigned char)t[0];

	/* Only these lead bytes start one of them. */
	if (c != 0xC5 && c != 0xE1 && c != 0xE2)
		return -1;
	for (size_t i = 0; i < sizeof fold_extra / sizeof *fold_extra; i++) {
		size_t k = strlen(fold_extra[i].from);
		if (k <= n && memcmp(t, fold_extra[i].from, k) == 0)
			return (int)i;
	}
	return -1;
}

/* Append the folded form of a character outside ASCII starting at T, at
 * most N bytes long; return how many bytes of T it took. */
static size_t fold_wide(strbuf *out, const char *t, size_t n)
{
	unsigned char c = (unsigned char)t[0], d = n > 1 ? (unsigned char)t[1] : 0;

	if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
		out->s[out->len++] = (char)c;
		out->s[out->len++] = (char)(d + 0x20);
		return 2;
	}
	int i = fold_extra_at(t, n);

	if (i >= 0) {
		sb_puts(out, fold_extra[i].to);
		return strlen(fold_extra[i].from);
	}
	out->s[out->len++] = (char)c;
	return 1;
}

bool anchor_equal_at(const char *text, size_t len, size_t at,
		     const char *s, size_t n)
{
	if (at > len || n > len - at)
		return false;
	for (size_t k = 0; k < n; k++)
		if (anchor_fold_byte((unsigned char)text[at + k]) != (unsigned char)s[k])
			return false;
	return true;
}

bool anchor_fold_needed(const char *text, size_t len)
{
	static const unsigned char leads[] = {0xC5, 0xE1, 0xE2};

	for (size_t k = 0; k < sizeof leads; k++) {
		const char *p = memchr(text, leads[k], len);

		while (p) {
			size_t rest = len - (size_t)(p - text);

			if (fold_extra_at(p, rest) >= 0)
				return true;
			p = memchr(p + 1, leads[k], rest - 1);
		}
	}
	return false;
}

unsigned char anchor_fold_byte(unsigned char b)
{
	if (b >= 'A' && b <= 'Z')
		return (unsigned char)(b + 32);
	if (b >= 0x80 && b <= 0x9E && b != 0x97)
		return (unsigned char)(b + 0x20);
	return b;
}

void anchor_fold(strbuf *out, const char *text, size_t len)
{
	sb_clear(out);
	subject_reserve(out, len);
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)text[i];

		if (c < 0x80) {
			/* The common case, kept short: no call, no check. */
			out->s[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		sb_reserve(out, 4);
		i += fold_wide(out, text + i, len - i);
	}
	out->s[out->len] = '\0';
}

/* ---- the pattern ---- */

static void parse_alternation(parser *ps, piece *out);

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The decimal number at *Q, moving *Q past it; NONE when there is none. */
static long read_number(const char **q, long none)
{
	char *end;
	long n;

	if (!is_digit(**q))
		return none;
	n = strtol(*q, &end, 10);
	*q = end;
	return n;
}

/* A quantifier at ps->p: its minimum and maximum (-1: unbounded), or
 * false (nothing consumed) when there is none.  "{" that does not start
 * a quantifier is a literal in PCRE2. */
static bool parse_quantifier(parser *ps, long *min, long *max)
{
	const char *p = ps->p;

	if (*p == '?' || *p == '*' || *p == '+') {
		*min = *p == '+';
		*max = *p == '?' ? 1 : -1;
		p++;
	} else if (*p == '{') {
		const char *q = p + 1;
		*min = read_number(&q, 0);
		*max = *min;
		if (*q == ',') {
			q++;
			*max = read_number(&q, -1);
		}
		if (*q != '}' || q == p + 1 || (q == p + 2 && p[1] == ','))
			return false;
		p = q + 1;
	} else {
		return false;
	}
	if (*p == '?' || *p == '+') /* lazy or possessive: same strings */
		p++;
	ps->p = p;
	return true;
}

/* A literal character of N bytes at S as a one-string exact piece, or a
 * piece that matches something unknown. */
static void literal_piece(const char *s, size_t n, piece *pc)
{
	char folded[2];
	size_t k = fold_literal(s, n, folded);

	if (k) {
		pc->has_exact = true;
		set_add(&pc->exact, folded, k);
	}
}

/* A character class: exact when it is a short list of plain characters
 * ("[åa]"), otherwise one unknown character. */
static void parse_class(parser *ps, piece *pc)
{
	const char *p = ps->p + 1;
	bool plain = *p != '^';
	anchor_set set = {0};

	if (*p == '^')
		p++;
	if (*p == ']') /* a leading ] is a literal */
		p++, plain = false;
	while (*p && *p != ']') {
		size_t n = utf8_len((unsigned char)*p);
		char folded[2];
		size_t k = fold_literal(p, n, folded);

		if (*p == '\\' || *p == '-' || *p == '[' || !k)
			plain = false;
		if (*p == '[' && p[1] == ':') { /* [:alpha:] */
			const char *e = strstr(p + 2, ":]");
			p = e ? e + 2 : p + 1;
			continue;
		}
		if (*p == '\\' && p[1])
			p++;
		if (plain && k)
			set_add(&set, folded, k);
		p += n;
	}
	if (!*p) {
		ps->failed = true;
		anchor_set_free(&set);
		return;
	}
	ps->p = p + 1;
	if (plain && set.n > 0 && set.n <= 8) {
		pc->has_exact = true;
		pc->exact = set;
	} else {
		anchor_set_free(&set);
	}
}

/* Skip "{...}" after \p, \x and the like, or one character. */
static const char *skip_escape_arg(const char *p)
{
	if (*p == '{') {
		const char *e = strchr(p, '}');
		return e ? e + 1 : p;
	}
	return *p ? p + 1 : p;
}

/* An escape at ps->p ('\\'): sets *zero_width for assertions. */
static void parse_escape(parser *ps, piece *pc, bool *zero_width)
{
	char c = ps->p[1];

	/* strchr finds the NUL too: every test below needs c. */
	ps->p += c ? 2 : 1;
	if (c && strchr("bBAzZGK", c)) {
		*zero_width = true;
	} else if (c && strchr("dDwWsShHvVNCtnrfea", c)) {
		/* one character of a kind: unknown */
	} else if (c == 'R' || c == 'X' || is_digit(c)) {
		pc->width = ANCHOR_UNBOUNDED; /* a line break, a grapheme, a back-reference */
	} else if (c == 'p' || c == 'P' || c == 'x') {
		ps->p = skip_escape_arg(ps->p);
	} else if (c && !is_alnum(c) && (unsigned char)c < 0x80) {
		literal_piece(&c, 1, pc);
	} else {
		ps->failed = true; /* \Q, \g, \k, \c, \o ... */
	}
}

/* A group at ps->p ('('): its contents, or nothing for an assertion. */
static void parse_group(parser *ps, piece *pc, bool *zero_width)
{
	const char *p = ps->p + 1;
	piece inner = {0};

	if (*p == '?') {
		p++;
		if (*p == '=' || *p == '!') {
			*zero_width = true, p++;
		} else if (*p == '<' && (p[1] == '=' || p[1] == '!')) {
			*zero_width = true, p += 2;
		} else if (*p == ':' || *p == '>' || *p == '|') {
			p++;
		} else if (*p == '<' || *p == '\'' || (*p == 'P' && p[1] == '<')) {
			p = strpbrk(p + 1, ">'");
			if (!p) {
				ps->failed = true;
				return;
			}
			p++;
		} else {
			ps->failed = true; /* options, verbs, recursion */
			return;
		}
	} else if (*p == '*') {
		ps->failed = true;
		return;
	}
	ps->p = p;
	parse_alternation(ps, &inner);
	if (*ps->p != ')') {
		ps->failed = true;
		piece_free(&inner);
		return;
	}
	ps->p++;
	if (*zero_width)
		piece_free(&inner);
	else
		*pc = inner;
}

/* One item of a sequence: a literal, class, escape or group. */
static void parse_item(parser *ps, piece *pc, bool *zero_width)
{
	char c = *ps->p;

	*zero_width = false;
	pc->width = CHAR_BYTES; /* a group sets its own */
	if (c == '(') {
		parse_group(ps, pc, zero_width);
	} else if (c == '[') {
		parse_class(ps, pc);
	} else if (c == '\\') {
		parse_escape(ps, pc, zero_width);
	} else if (c == '^' || c == '$') {
		*zero_width = true;
		ps->p++;
	} else if (c == '.') {
		ps->p++;
	} else if (c == '*' || c == '+' || c == '?') {
		ps->failed = true; /* a quantifier with nothing before it */
	} else {
		size_t n = utf8_len((unsigned char)c);
		literal_piece(ps->p, n, pc);
		ps->p += n;
	}
}

/* The run of joined exact pieces that a sequence is building. */
typedef struct {
	anchor_set cur;
	bool whole; /* every item so far was exact, once: cur is exact */
	long start; /* most bytes of the sequence before cur */
} run;

/* Offer the run as the sequence's best and start a new one NEXT bytes
 * into the sequence. */
static void run_end(run *r, piece *seq, long next)
{
	keep_best(seq, &r->cur, r->start);
	r->cur = set_empty_string();
	r->start = next;
	r->whole = false;
}

/* Add an exact item found AT bytes into the sequence to the run; a
 * quantifier MIN..MAX applies to it. */
static void run_add_exact(parser *ps, run *r, piece *seq, piece *item,
			  long min, long max, long at)
{
	if (ps->join_optional && min == 0 && max == 1 && item->exact.n < MAX_SET) {
		/* "x?" is x or nothing: the run goes on through it. */
		set_add(&item->exact, "", 0);
		min = 1;
	}
	if (min == 0) {
		run_end(r, seq, w_add(at, w_times(item->width, max)));
	} else {
		if (!set_join(&r->cur, &item->exact)) {
			run_end(r, seq, at);
			anchor_set_free(&r->cur);
			r->cur = set_copy(&item->exact);
		}
		if (max != 1) {
			/* "x+": the run ends after the first x, and a new one
			 * starts with the last. */
			long last = max < 0 ? ANCHOR_UNBOUNDED : max - 1;
			run_end(r, seq, w_add(at, w_times(item->width, last)));
			anchor_set_free(&r->cur);
			r->cur = set_copy(&item->exact);
		}
	}
	piece_free(item);
}

static void parse_sequence(parser *ps, piece *seq)
{
	run r = {set_empty_string(), true, 0};
	long at = 0; /* most bytes before the current item */

	while (!ps->failed && *ps->p && *ps->p != '|' && *ps->p != ')') {
		piece item = {0};
		bool zero_width;
		long min = 1, max = 1;

		parse_item(ps, &item, &zero_width);
		if (ps->failed) {
			piece_free(&item);
			break;
		}
		if (parse_quantifier(ps, &min, &max) && zero_width)
			ps->failed = true; /* a repeated assertion: leave it */
		ps->saw_assertion |= zero_width;
		if (zero_width) {
			piece_free(&item);
			continue;
		}
		long item_end = w_add(at, w_times(item.width, max));
		if (item.has_exact) {
			if (item.has_best)
				anchor_set_free(&item.best), item.has_best = false;
			run_add_exact(ps, &r, seq, &item, min, max, at);
		} else {
			run_end(&r, seq, item_end);
			if (item.has_best && min > 0) {
				keep_best(seq, &item.best, w_add(at, item.best_prefix));
				item.has_best = false;
			}
			piece_free(&item);
		}
		at = item_end;
	}
	seq->width = at;
	if (r.whole) {
		seq->has_exact = true;
		seq->exact = set_copy(&r.cur);
	}
	keep_best(seq, &r.cur, r.start);
}

/* Fold the piece of one more alternative into the alternation's. */
static void add_alternative(piece *alt, piece *one, bool first)
{
	if (first) {
		*alt = *one;
		return;
	}
	alt->width = w_max(alt->width, one->width);
	if (alt->has_best && one->has_best)
		alt->best_prefix = w_max(alt->best_prefix, one->best_prefix);
	if (alt->has_exact && one->has_exact &&
	    alt->exact.n + one->exact.n <= MAX_SET) {
		set_union(&alt->exact, &one->exact);
		one->has_exact = false;
	} else if (alt->has_exact) {
		anchor_set_free(&alt->exact);
		alt->has_exact = false;
	}
	if (alt->has_best && one->has_best &&
	    alt->best.n + one->best.n <= MAX_SET) {
		set_union(&alt->best, &one->best);
		one->has_best = false;
	} else if (alt->has_best) {
		anchor_set_free(&alt->best);
		alt->has_best = false;
	}
	piece_free(one);
}

static void parse_alternation(parser *ps, piece *out)
{
	bool first = true;

	for (;;) {
		piece one = {0};

		parse_sequence(ps, &one);
		add_alternative(out, &one, first);
		first = false;
		if (ps->failed || *ps->p != '|')
			break;
		ps->p++;
	}
}

/* Whether the character at the start (AT_END false) or at the end of
 * S[0..n) is a word character (\w under PCRE2_UCP): ASCII letters,
 * digits and '_', and the letters of Latin-1.  Anchors hold no other
 * characters that could be one. */
static bool word_char_at(const char *s, size_t n, bool at_end)
{
	unsigned char c, d;

	if (n == 0)
		return false;
	c = (unsigned char)s[at_end ? n - 1 : 0];
	if (c < 0x80)
		return is_alnum((char)c) || c == '_';
	if (at_end) {
		if (n < 2 || (unsigned char)s[n - 2] != 0xC3)
			return false;
		d = c;
	} else {
		if (c != 0xC3 || n < 2)
			return false;
		d = (unsigned char)s[1];
	}
	return d >= 0x80 && d != 0x97 && d != 0xB7;
}

/* The first LITERAL_HEAD bytes of each string of A (all of a shorter
 * one): a literal's screen.  The strings are checked whole where a head is
 * found, so the heads only need to be rare enough, and short heads keep
 * the scanner's table small. */
#define LITERAL_HEAD 6

static anchor_set set_heads(const anchor_set *a)
{
	anchor_set h = {0};

	for (size_t i = 0; i < a->n; i++)
		set_add(&h, a->s[i], a->len[i] < LITERAL_HEAD ? a->len[i] : LITERAL_HEAD);
	return h;
}

/* Whether S has a '|' outside groups and classes: then a check stripped
 * from the front or the back would belong to one alternative only. */
static bool has_top_level_bar(const char *s)
{
	int depth = 0;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
		} else if (*s == '[') {
			const char *e = strchr(s + 2, ']'); /* a leading ] is literal */
			if (!e)
				return true;
			s = e;
		} else if (*s == '(') {
			depth++;
		} else if (*s == ')') {
			depth--;
		} else if (*s == '|' && depth == 0) {
			return true;
		}
	}
	return false;
}

static const char *strip_prefix(const char *p, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(p, prefix, n) == 0 ? p + n : NULL;
}

/* The length of PATTERN[0..n) without SUFFIX, or n when it does not end
 * with it. */
static size_t strip_suffix(const char *p, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && memcmp(p + n - k, suffix, k) == 0 ? n - k : n;
}

/* Whether PATTERN is a plain literal: one of the strings of SET, with at
 * most a word check before ("\b", "(?<!\w)") and after ("\b", "(?!\w)";
 * "\w*" asks nothing).  Then an occurrence of a string is a match as soon
 * as its neighbours pass the checks, and PCRE2 need not run. */
static void find_literal(const char *pattern, anchor_info *out)
{
	static const char *const starts[] = {"\\b", "(?<!\\w)"};
	static const char *const ends[] = {"\\b", "(?!\\w)", "\\w*+", "\\w*"};
	const char *body = pattern;
	size_t n;
	char *middle;
	parser ps = {0};
	piece pc = {0};

	/* A literal backslash makes the suffix tests unsafe, and checks
	 * stripped from one alternative do not hold for the others. */
	if (strstr(pattern, "\\\\") || has_top_level_bar(pattern))
		return;
	for (size_t i = 0; i < 2 && !out->word_start; i++)
		if (strip_prefix(pattern, starts[i])) {
			body = strip_prefix(pattern, starts[i]);
			out->word_start = true;
		}
	n = strlen(body);
	for (size_t i = 0; i < 4; i++) {
		size_t k = strip_suffix(body, n, ends[i]);
		if (k < n) {
			out->word_end = i < 2;
			n = k;
			break;
		}
	}
	middle = xmemdup(body, n);
	ps.p = middle;
	ps.join_optional = true;
	parse_alternation(&ps, &pc);
	out->literal = !ps.failed && !*ps.p && !ps.saw_assertion && pc.has_exact &&
		       set_shortest(&pc.exact) >= MIN_ANCHOR;
	for (size_t i = 0; out->literal && i < pc.exact.n; i++)
		out->literal =
			(!out->word_start || word_char_at(pc.exact.s[i], pc.exact.len[i], false)) &&
			(!out->word_end || word_char_at(pc.exact.s[i], pc.exact.len[i], true));
	if (out->literal) {
		anchor_set_free(&out->set);
		out->set = set_heads(&pc.exact);
		out->exact = pc.exact;
		out->prefix = 0;
		pc.has_exact = false;
	} else {
		out->word_start = out->word_end = false;
	}
	piece_free(&pc);
	free(middle);
}

/* Drop the strings that begin with another string of A (or repeat
 * one): a text holding them holds the other at the same place, so they
 * add nothing to a screen and the prefix stays right. */
static void set_minimise(anchor_set *a)
{
	bool *covered = xcalloc(a->n + 1, sizeof *covered);
	size_t kept = 0;

	/* Decided on the whole set first, then compacted. */
	for (size_t i = 0; i < a->n; i++)
		for (size_t j = 0; j < a->n && !covered[i]; j++)
			covered[i] = j != i && a->len[j] <= a->len[i] &&
				     (a->len[j] < a->len[i] || j < i) &&
				     memcmp(a->s[i], a->s[j], a->len[j]) == 0;
	for (size_t i = 0; i < a->n; i++) {
		if (covered[i]) {
			free(a->s[i]);
		} else {
			a->s[kept] = a->s[i];
			a->len[kept++] = a->len[i];
		}
	}
	a->n = kept;
	free(covered);
}

bool anchor_find(const char *pattern, anchor_info *out)
{
	parser ps = {pattern, false, false, false};
	piece top = {0};
	bool ok;

	memset(out, 0, sizeof *out);
	out->prefix = ANCHOR_UNBOUNDED;
	parse_alternation(&ps, &top);
	ok = !ps.failed && !*ps.p && top.has_best &&
	     set_shortest(&top.best) >= MIN_ANCHOR;
	if (ok) {
		out->set = top.best;
		out->prefix = top.best_prefix;
		top.has_best = false;
		/* Only a pattern that is all literal, or ends in \w*, can be. */
		if (top.has_exact || strstr(pattern, "\\w*"))
			find_literal(pattern, out);
		set_minimise(&out->set);
	}
	piece_free(&top);
	return ok;
}
