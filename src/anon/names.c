/* names.c - people's names in free text.
 *
 * The text is cut into words; each word is looked up (lower-cased, and
 * without a genitive -s when only the stem is known) in one table of
 * flags built from the gazetteer and the word lists.  A first pass decides
 * what the word alone allows: a capitalised first name is a name, a
 * capitalised ordinary word that is also a name (Sten, Klara) is one only
 * in the middle of a sentence, a place is kept.  Cues decide next (rektor
 * X, som heter X, kallas X, even in lower case).  Undecided words are then
 * settled by their neighbours: a capitalised word beside a name is a
 * surname, words joined by "och" or a comma to a name are names, and a
 * sentence-initial ordinary word followed by "från/i/på" and a place or a
 * class is a person.  Consecutive name words become one span. */
#include "anon/names.h"
#include "anon/wordtab.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "profile.h"
#include "text.h"
#include "util.h"

enum gap { GAP_SPACE, GAP_COMMA, GAP_OTHER };
enum state { ST_NO, ST_NAME, ST_MAYBE, ST_MAYBE_WEAK };

typedef struct {
	size_t start, end; /* bytes of the word in the text */
	const char *k;     /* its lower-cased form: in the text when the */
	size_t klen;       /* word is lower case already, else in keys */
	unsigned flags;
	unsigned char cap, allcaps, sent_start, genitive;
	unsigned char gap; /* what separates it from the word before */
	unsigned char state;
} token;

struct anon_names {
	wordtab words;
	token *tok;
	size_t ntok, captok;
	strbuf keys;
};

#define KEY_MAX 96

anon_names *names_new(void)
{
	return xcalloc(1, sizeof(anon_names));
}

void names_free(anon_names *nm)
{
	if (!nm)
		return;
	wordtab_free(&nm->words);
	free(nm->tok);
	sb_free(&nm->keys);
	free(nm);
}

/* ---- UTF-8 letters and case ---- */

/* Length of the letter at S[i], or 0.  Letters are ASCII letters and the
 * two-byte range (Latin-1 letters to Arabic) except the signs x and /. */
static inline size_t letter_len(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return 1;
	if (c >= 0xC3 && c <= 0xDF && i + 1 < n &&
	    ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
		if (c == 0xC3 && ((unsigned char)s[i + 1] == 0x97 ||
				  (unsigned char)s[i + 1] == 0xB7))
			return 0;
		return 2;
	}
	return 0;
}

static unsigned cp2(const char *s)
{
	return ((unsigned)(s[0] & 0x1F) << 6) | (unsigned)(s[1] & 0x3F);
}

/* Upper-case code point -> lower-case, for the ranges names use. */
static unsigned lower_cp(unsigned cp)
{
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
	    (cp >= 0x391 && cp <= 0x3AB) || (cp >= 0x410 && cp <= 0x42F))
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	if (cp >= 0x100 && cp <= 0x17F) {
		bool odd_upper = (cp >= 0x139 && cp <= 0x148) ||
				 (cp >= 0x179 && cp <= 0x17E);
		if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 ||
		    cp == 0x178 || cp == 0x17F)
			return cp;
		if ((cp % 2 == 1) == odd_upper)
			return cp + 1;
	}
	return cp;
}

static bool upper_at(const char *s, size_t len)
{
	if (len == 1)
		return s[0] >= 'A' && s[0] <= 'Z';
	return lower_cp(cp2(s)) != cp2(s);
}

size_t fold_word(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (k + 2 > cap)
			return 0;
		if (c >= 0xC3 && c <= 0xDF && i + 1 < n) {
			unsigned cp = lower_cp(cp2(s + i));
			out[k++] = (char)(0xC0 | (cp >> 6));
			out[k++] = (char)(0x80 | (cp & 0x3F));
			i++;
		} else {
			out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
	}
	return k;
}

/* ---- the word table ---- */

static void add_word(anon_names *nm, const char *s, size_t n, unsigned flags)
{
	char key[KEY_MAX];
	size_t k = fold_word(s, n, key, sizeof key);

	if (k > 0)
		wordtab_add(&nm->words, key, k, flags);
}

/* A phrase is stored whole ("kallar sig"); a place also word by word, so
 * "Övre Östby" and "Pendeltågsstationer (Östby, Västby)" keep each word. */
static void add_entry(anon_names *nm, const char *s, size_t n, unsigned flags)
{
	size_t i = 0;

	add_word(nm, s, n, flags);
	if ((flags & (W_TITLE | W_CALL)) && memchr(s, ' ', n)) {
		size_t last = n;
		while (s[last - 1] != ' ')
			last--;
		add_word(nm, s + last, n - last, W_CUE_TAIL);
	}
	if (!(flags & W_PLACE))
		return;
	while (i < n) {
		size_t start = i, len;
		while (i < n && (len = letter_len(s, n, i)) > 0)
			i += len;
		if (i > start && i - start < n)
			add_word(nm, s + start, i - start, flags);
		if (i == start)
			i++;
	}
}

unsigned names_flags(const anon_names *nm, const char *s, size_t n)
{
	return wordtab_get(&nm->words, s, n);
}

bool names_is_word(const void *ctx, const char *s, size_t n)
{
	unsigned f = names_flags(ctx, s, n);

	return (f & ~(unsigned)(W_FIRST | W_LAST)) != 0;
}

bool names_is_place(const void *ctx, const char *s, size_t n)
{
	char key[KEY_MAX];
	size_t k = fold_word(s, n, key, sizeof key);

	return k > 0 && (names_flags(ctx, key, k) & W_PLACE) != 0;
}

void names_load_list(anon_names *nm, const char *path, unsigned flags,
		     bool required)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (!fp) {
		if (required)
			die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
		return;
	}
	while ((len = getline(&line, &cap, fp)) >= 0) {
		size_t n = (size_t)len;
		const char *w;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		w = trim_span(line, &n);
		if (n > 0 && w[0] != '#')
			add_entry(nm, w, n, flags);
	}
	free(line);
	if (ferror(fp))
		die(EXIT_DATA, _("cannot read %s: %s"), path, strerror(errno));
	fclose(fp);
}

static const struct {
	const char *role;
	unsigned flags;
} roles[] = {
	{ "title", W_TITLE },         { "call", W_CALL },
	{ "prep", W_PREP },           { "conj", W_CONJ },
	{ "keep", W_KEEP },           { "placenoun", W_PLACENOUN },
	{ "noplate", W_NOPLATE },     { "personprep", W_PERSONPREP },
	{ "common", W_COMMON },       { "stop", W_STOP },
	{ "place", W_PLACE },         { "first", W_FIRST },
	{ "last", W_LAST },
};

static unsigned role_flags(const char *role, const char *file, long line)
{
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (strcmp(roles[i].role, role) == 0)
			return roles[i].flags;
	die_at(EXIT_DATA, file, line, _("unknown role '%s'"), role);
}

void names_load_roles(anon_names *nm, const char *path)
{
	csv_options opt = { .delimiter = ',', .encoding = CSV_ENC_UTF8 };
	csv_reader *r = csv_open(path, &opt);
	const csv_record *rec;
	long rcol = -1, wcol = -1;
	int rc;

	if (!r)
		die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
	while ((rc = csv_next(r, &rec)) == 1) {
		if (rec->nfields < 2 || rec->fields[0].data[0] == '#')
			continue;
		if (rcol < 0) {
			rcol = csv_header_index(rec, "role");
			wcol = csv_header_index(rec, "word");
			if (rcol < 0 || wcol < 0)
				die_at(EXIT_DATA, path, rec->line,
				       _("the header needs the columns role and word"));
			continue;
		}
		add_entry(nm, rec->fields[wcol].data, rec->fields[wcol].len,
			  role_flags(rec->fields[rcol].data, path, rec->line));
	}
	if (rc < 0)
		die_at(EXIT_DATA, path, csv_errline(r), "%s", csv_errmsg(r));
	csv_close(r);
}

/* Every word of the Swedish and English names of areas and places. */
static void add_name(anon_names *nm, const char *s)
{
	add_entry(nm, s, strlen(s), W_PLACE);
}

void names_load_codebook(anon_names *nm, const codebook *cb)
{
	static const char *const columns[] = { "area", "unsafe_places" };

	for (size_t c = 0; c < 2; c++)
		for (size_t i = 0; i < codebook_ncodes(cb, columns[c]); i++) {
			const char *code = codebook_code(cb, columns[c], i);

			add_name(nm, codebook_display(cb, columns[c], code, "sv"));
			add_name(nm, codebook_display(cb, columns[c], code, "en"));
		}
	for (size_t i = 0; i < codebook_nlabels(cb); i++) {
		const cb_entry *e = codebook_label_at(cb, i);

		if (strcmp(e->column, "area") == 0 || strcmp(e->column, "unsafe_places") == 0)
			add_name(nm, e->text);
	}
}

/* ---- cutting the text into words ---- */

/* A hyphen or apostrophe between letters keeps a word together
 * (Anna-Karin, Olivia's, McDonald's). */
static size_t joiner_len(const char *s, size_t n, size_t i)
{
	size_t l = 0;

	if (s[i] == '-' || s[i] == '\'')
		l = 1;
	else if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
		 (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
		l = 3;
	return l && i + l < n && letter_len(s, n, i + l) ? l : 0;
}

static size_t word_end(const char *s, size_t n, size_t i)
{
	size_t len;

	for (;;) {
		while (i < n && (len = letter_len(s, n, i)) > 0)
			i += len;
		if (i < n && (len = joiner_len(s, n, i)) > 0)
			i += len;
		else
			return i;
	}
}

/* Only spaces, quotes, brackets, dashes and symbols between the start of
 * the text or the end of a sentence and byte I. */
static bool at_sentence_start(const char *s, size_t i)
{
	while (i > 0) {
		unsigned char c = (unsigned char)s[i - 1];
		size_t j = i - 1;

		if (strchr(" \t\"'([*-", c) && c != '\0') {
			i--;
			continue;
		}
		if (c < 0x80)
			return strchr(".!?\n\r:;", c) != NULL;
		while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
			j--;
		if ((unsigned char)s[j] >= 0xF0 ||
		    (i - j == 3 && (unsigned char)s[j + 2] == 0xA6))
			return true; /* an emoji or an ellipsis ends a thought */
		if ((unsigned char)s[j] < 0xE0 && (unsigned char)s[j] != 0xC2)
			return false; /* a letter */
		i = j;
	}
	return true;
}

static unsigned char gap_between(const char *s, size_t a, size_t b)
{
	int joins = 0;

	for (size_t i = a; i < b; i++) {
		if (s[i] == ',' || s[i] == '&')
			joins++;
		else if (s[i] != ' ' && s[i] != '\t')
			return GAP_OTHER;
	}
	return joins == 0 ? GAP_SPACE : joins == 1 ? GAP_COMMA : GAP_OTHER;
}

/* Length of the stem of a genitive ("alices" -> 5, "olivia's" -> 6). */
static size_t genitive_stem(const char *k, size_t n)
{
	if (n > 4 && memcmp(k + n - 4, "\xE2\x80\x99s", 4) == 0)
		return n - 4;
	if (n > 3 && k[n - 2] == '\'' && k[n - 1] == 's')
		return n - 2;
	/* Klas, Max, Inez take no -s of their own: "klass" is not Klas's */
	if (n > 3 && k[n - 1] == 's' && !strchr("sxz", k[n - 2]))
		return n - 1;
	return 0;
}

static unsigned hyphen_parts_flags(const anon_names *nm, const char *k, size_t n)
{
	unsigned any = 0, every = W_FIRST | W_LAST;
	size_t i = 0;

	/* Anna-Karin is a name, Björn-stugan is not */
	while (i < n) {
		const char *dash = memchr(k + i, '-', n - i);
		size_t end = dash ? (size_t)(dash - k) : n;
		unsigned f = names_flags(nm, k + i, end - i);
		any |= f;
		every &= (f & (W_FIRST | W_LAST)) ? W_FIRST | W_LAST : 0;
		i = end + 1;
	}
	return (any & (W_PLACE | W_KEEP)) | (any & every);
}

static unsigned lookup(const anon_names *nm, token *t)
{
	const char *k = t->k;
	unsigned f, stem;
	size_t sl;

	if (t->klen == 0)
		return 0;
	f = names_flags(nm, k, t->klen);
	/* an ordinary word shaped like a genitive (guys, lindas) is a name
	 * only as a name that is also a word: in lower case it is the word */
	if (f & ~(unsigned)W_COMMON)
		return f;
	sl = genitive_stem(k, t->klen);
	if (sl && ((stem = names_flags(nm, k, sl)) & (W_FIRST | W_LAST))) {
		t->genitive = 1;
		return stem | f;
	}
	if (f)
		return f;
	return memchr(k, '-', t->klen) ? hyphen_parts_flags(nm, k, t->klen) : 0;
}

static bool all_upper(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b;) {
		size_t len = letter_len(s, b, i);
		if (len && !upper_at(s + i, len))
			return false;
		i += len ? len : 1;
	}
	return true;
}

/* Most words are lower case already and are looked up where they stand;
 * the others are folded into the key buffer (reserved for the whole text
 * in cut_words, so earlier keys never move). */
static void fold_token(anon_names *nm, token *t, const char *s)
{
	size_t n = t->end - t->start;
	const unsigned char *w = (const unsigned char *)s + t->start;
	bool plain = n < KEY_MAX - 1;
	char *dst;

	for (size_t i = 0; plain && i < n; i++)
		plain = !(w[i] >= 'A' && w[i] <= 'Z') && !(w[i] >= 0xC3 && w[i] <= 0xDF);
	if (plain) {
		t->k = s + t->start;
		t->klen = n;
		return;
	}
	dst = nm->keys.s + nm->keys.len;
	t->klen = fold_word(s + t->start, n, dst, KEY_MAX);
	t->k = dst;
	nm->keys.len += t->klen;
}

static void add_token(anon_names *nm, const char *s, size_t start, size_t end)
{
	token *t;

	if (nm->ntok == nm->captok) {
		nm->captok = nm->captok ? 2 * nm->captok : 64;
		nm->tok = xrealloc(nm->tok, nm->captok * sizeof *nm->tok);
	}
	t = &nm->tok[nm->ntok];
	memset(t, 0, sizeof *t);
	t->start = start;
	t->end = end;
	fold_token(nm, t, s);
	t->flags = lookup(nm, t);
	t->cap = (unsigned char)upper_at(s + start, letter_len(s, end, start));
	t->allcaps = (unsigned char)(t->cap && all_upper(s, start, end));
	/* only a capitalised word asks where its sentence starts */
	t->sent_start = (unsigned char)(t->cap && at_sentence_start(s, start));
	t->gap = nm->ntok ? gap_between(s, nm->tok[nm->ntok - 1].end, start)
			  : GAP_OTHER;
	nm->ntok++;
}

/* A text written mostly in capitals (shouting) says nothing by its
 * capitals: its all-caps words are judged as if lower case, so only
 * names that are not also words, or a cue, make a name there. */
static void discount_shouting(anon_names *nm)
{
	size_t caps = 0;

	for (size_t i = 0; i < nm->ntok; i++)
		caps += nm->tok[i].allcaps;
	if (caps < 2 || 3 * caps < 2 * nm->ntok)
		return;
	for (size_t i = 0; i < nm->ntok; i++)
		if (nm->tok[i].allcaps)
			nm->tok[i].cap = nm->tok[i].sent_start = 0;
}

static void cut_words(anon_names *nm, const char *s, size_t n,
		      const span_list *taken)
{
	size_t i = 0, next = 0;

	nm->ntok = 0;
	sb_clear(&nm->keys);
	/* folding never lengthens a word; KEY_MAX spare for the last one */
	sb_reserve(&nm->keys, n + KEY_MAX);
	while (i < n) {
		size_t len = letter_len(s, n, i), end;
		if (!len) {
			i++;
			continue;
		}
		end = word_end(s, n, i);
		/* the spans taken are in order, so a cursor finds the first
		 * one that ends after this word */
		while (next < taken->n && taken->v[next].end <= i)
			next++;
		/* single letters (I, å, 8a) are never names */
		if (end - i > len &&
		    !(next < taken->n && taken->v[next].start < end))
			add_token(nm, s, i, end);
		i = end;
	}
	discount_shouting(nm);
}

/* ---- deciding ---- */

/* Cue flags (title, naming verb) of the word or two words before I. */
static unsigned cue_before(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	char key[2 * KEY_MAX + 1];
	unsigned f;
	size_t a, b;

	if (i == 0 || t[i].gap != GAP_SPACE)
		return 0;
	f = t[i - 1].flags;
	if (i >= 2 && t[i - 1].gap == GAP_SPACE && (f & W_CUE_TAIL)) {
		a = t[i - 2].klen;
		b = t[i - 1].klen;
		memcpy(key, t[i - 2].k, a);
		key[a] = ' ';
		memcpy(key + a + 1, t[i - 1].k, b);
		f |= names_flags(nm, key, a + 1 + b);
	}
	return f & (W_TITLE | W_CALL);
}

static bool neighbour_has(const anon_names *nm, size_t i, int dir, unsigned flags)
{
	size_t j = dir < 0 ? i - 1 : i + 1;

	if (dir < 0 ? i == 0 || nm->tok[i].gap != GAP_SPACE
		    : j >= nm->ntok || nm->tok[j].gap != GAP_SPACE)
		return false;
	return (nm->tok[j].flags & flags) != 0;
}

/* Nicknames in Swedish often double a consonant before a final vowel:
 * Zacke, Figge, Lollo, Kicki, Bosse. */
static bool nickname_shape(const token *t)
{
	const char *k = t->k;
	size_t n = t->klen;

	if (n < 4 || n > 8 || !strchr("eoi", k[n - 1]))
		return false;
	return (k[n - 2] == k[n - 3] && !strchr("aeiouyåäö", k[n - 2])) ||
	       (k[n - 3] == 'c' && k[n - 2] == 'k');
}

static unsigned char judge_named(const token *t, bool after_prep)
{
	if (t->flags & (W_COMMON | W_STOP)) {
		if (!t->cap)
			return ST_NO;
		if (t->sent_start || t->gap == GAP_COMMA)
			return ST_MAYBE;
		return after_prep ? ST_MAYBE_WEAK : ST_NAME;
	}
	if (t->cap)
		return ST_NAME;
	return (t->flags & W_FIRST) ? ST_NAME : ST_MAYBE_WEAK;
}

/* "Göta älv", "Klara kyrka": a word before a place noun names a place,
 * unless that noun is capitalised and a surname too (Elsa Berg). */
static bool before_place_noun(const anon_names *nm, size_t i)
{
	const token *next = &nm->tok[i + 1];

	return neighbour_has(nm, i, +1, W_PLACENOUN) &&
	       !(next->cap && (next->flags & W_LAST));
}

/* A place that is also a name (Nora, Mark): a place after a preposition,
 * a person after a cue, in the genitive or mid-sentence on its own. */
static unsigned char judge_place(const anon_names *nm, size_t i, unsigned cue)
{
	const token *t = &nm->tok[i];

	if (!(t->flags & (W_FIRST | W_LAST)) || !t->cap)
		return ST_NO;
	if (cue & W_TITLE)
		return ST_NAME;
	if (neighbour_has(nm, i, -1, W_PREP))
		return ST_NO;
	if (t->flags & W_COMMON)
		return ST_MAYBE_WEAK; /* a surname beside a name (Elsa Berg) */
	if (t->genitive)
		return ST_NAME;
	return t->sent_start ? ST_MAYBE : ST_NAME;
}

static unsigned char judge_alone(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	unsigned f = t->flags, cue;
	bool named = f & (W_FIRST | W_LAST);

	/* most words: lower case, no name, no cue before them */
	if (!t->cap && !named &&
	    (i == 0 || !(nm->tok[i - 1].flags & (W_CALL | W_CUE_TAIL))))
		return ST_NO;
	cue = cue_before(nm, i);
	if (f & W_KEEP)
		return ST_NO;
	if (cue & W_CALL)
		return (f & W_STOP) && !(t->cap && named) ? ST_NO : ST_NAME;
	if (before_place_noun(nm, i))
		return ST_NO;
	if (f & W_PLACE)
		return judge_place(nm, i, cue);
	if (cue & W_TITLE)
		return (t->cap && !(f & W_STOP)) ||
		       (named && !(f & (W_COMMON | W_STOP))) ? ST_NAME : ST_NO;
	if (named)
		return judge_named(t, neighbour_has(nm, i, -1, W_PREP));
	if (!t->cap || (f & ~(unsigned)W_PLACE))
		return ST_NO;
	if (nickname_shape(t))
		return t->sent_start ? ST_MAYBE : ST_NAME;
	return ST_MAYBE_WEAK;
}

static bool is_name(const anon_names *nm, size_t j)
{
	return j < nm->ntok && nm->tok[j].state == ST_NAME;
}

/* Joined to a name by "och", "eller", a comma or '&'. */
static bool joined_to_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	if (i >= 1 && t[i].gap == GAP_COMMA && is_name(nm, i - 1))
		return true;
	if (i + 1 < nm->ntok && t[i + 1].gap == GAP_COMMA && is_name(nm, i + 1))
		return true;
	if (i >= 2 && (t[i - 1].flags & W_CONJ) && t[i].gap == GAP_SPACE &&
	    t[i - 1].gap == GAP_SPACE && is_name(nm, i - 2))
		return true;
	return i + 2 < nm->ntok && (t[i + 1].flags & W_CONJ) &&
	       t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE &&
	       is_name(nm, i + 2);
}

/* "Klara i 8a", "Sten från Östby": a person placed somewhere. */
static bool person_frame(const anon_names *nm, const char *s, size_t n, size_t i)
{
	const token *t = nm->tok;
	size_t k;

	if (i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE ||
	    !(t[i + 1].flags & W_PERSONPREP))
		return false;
	k = t[i + 1].end;
	while (k < n && s[k] == ' ')
		k++;
	if (k < n && s[k] >= '0' && s[k] <= '9')
		return true;
	return i + 2 < nm->ntok && t[i + 2].start == k &&
	       (t[i + 2].cap || (t[i + 2].flags & W_PLACE));
}

static bool settled_as_name(const anon_names *nm, const char *s, size_t n,
			    size_t i)
{
	const token *t = &nm->tok[i];
	bool prev = i > 0 && t->gap == GAP_SPACE && is_name(nm, i - 1);
	bool next = i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
		    is_name(nm, i + 1);

	if (t->state == ST_MAYBE)
		return (prev && (t->flags & W_LAST)) ||
		       (next && (t->flags & W_FIRST)) || joined_to_name(nm, i) ||
		       person_frame(nm, s, n, i);
	/* weak: a surname beside a name, or one of a list of names */
	if (prev && (!t->allcaps || (t->flags & W_LAST)))
		return true;
	if (next && (nm->tok[i + 1].flags & W_LAST))
		return true;
	return t->cap && joined_to_name(nm, i);
}

static void decide(anon_names *nm, const char *s, size_t n)
{
	bool changed = true;

	for (size_t i = 0; i < nm->ntok; i++)
		nm->tok[i].state = judge_alone(nm, i);
	for (int round = 0; changed && round < 4; round++) {
		changed = false;
		for (size_t i = 0; i < nm->ntok; i++) {
			token *t = &nm->tok[i];
			if ((t->state == ST_MAYBE || t->state == ST_MAYBE_WEAK) &&
			    settled_as_name(nm, s, n, i)) {
				t->state = ST_NAME;
				changed = true;
			}
		}
	}
}

static void emit(const anon_names *nm, span_list *out)
{
	for (size_t i = 0; i < nm->ntok; i++) {
		size_t j = i;
		if (nm->tok[i].state != ST_NAME)
			continue;
		while (j + 1 < nm->ntok && nm->tok[j + 1].state == ST_NAME &&
		       nm->tok[j + 1].gap == GAP_SPACE)
			j++;
		spans_push(out, nm->tok[i].start, nm->tok[j].end, KIND_NAME);
		out->v[out->n - 1].genitive = nm->tok[j].genitive;
		i = j;
	}
}

void names_scan(anon_names *nm, const char *s, size_t n,
		const span_list *taken, span_list *out)
{
	cut_words(nm, s, n, taken);
	if (nm->ntok == 0)
		return;
	decide(nm, s, n);
	emit(nm, out);
}

/* The shipped lists: gazetteer, common words, stopwords, localities, role
 * words and the codebook's places, all from the data directory. */
anon_names *names_load_default(void)
{
	static const struct {
		const char *file;
		unsigned flags;
	} lists[] = {
		{ "names/first.txt", W_FIRST },
		{ "names/last.txt", W_LAST },
		{ "names/common-words.txt", W_COMMON },
		{ "names/stopwords.txt", W_STOP },
		{ "names/localities.txt", W_PLACE },
	};
	anon_names *nm = names_new();
	codebook *cb;
	char *path;

	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		path = trygg_data_path(lists[i].file);
		names_load_list(nm, path, lists[i].flags, true);
		free(path);
	}
	path = trygg_data_path("anon-words.csv");
	names_load_roles(nm, path);
	free(path);
	cb = profile_codebook(false);
	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	names_load_codebook(nm, cb);
	codebook_free(cb);
	return nm;
}
