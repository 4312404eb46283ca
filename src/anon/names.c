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
#include "anon/dict.h"
#include "anon/shadow.h"
#include "anon/wordtab.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvtable.h"
#include "profile.h"
#include "text.h"
#include "util.h"

/* The passes after decide's rounds (take_*, keep_*): run only where a
 * name was found, inlined into names_scan they made it spill registers on
 * every text (callgrind: keep_acronyms alone cost 660 instructions an
 * answer inlined, 80 not). */
#define AFTER_ROUNDS __attribute__((noinline))

enum gap { GAP_SPACE, GAP_COMMA, GAP_OTHER };
/* MAYBE: a name if a neighbour says so; WEAK: only beside a name; LOWER: a
 * lower-case word no list knows, a name only joined to one or after a cue */
enum state { ST_NO, ST_NAME, ST_MAYBE, ST_MAYBE_WEAK, ST_MAYBE_LOWER,
	     ST_IF_KNOWN };
/* ST_IF_KNOWN: a name if the text is in a language of the dictionary (a
 * lower-case "loo" or a capitalised "Iftiin" in a Somali sentence is a word
 * of that language, not a name). */
/* The script of a word: Latin (or none), another one, or Latin mixed with
 * look-alike letters of another (a bypass: "Аnna" with a Cyrillic А). */
enum { SC_LATIN, SC_OTHER, SC_MIXED };

typedef struct {
	size_t start, end; /* bytes of the word in the text */
	const char *k;     /* its lower-cased form: in the text when the */
	size_t klen;       /* word is lower case already, else in keys */
	unsigned flags;
	unsigned char cap, allcaps, sent_start, genitive;
	unsigned char gap; /* what separates it from the word before */
	unsigned char state;
	unsigned char script;  /* SC_* */
	unsigned char initial; /* one Latin letter: 1 a capital (Karin T Lund,
				* E. Berg), 2 any other (i, å): never a name */
	unsigned char quoted;  /* inside quotation marks */
	signed char dictw;     /* ordinary word? -1: not asked yet */
	unsigned char dictweak; /* a capitalised ordinary word mid-sentence */
	unsigned char amp;      /* joined to the word before by '&', not ',' */
	unsigned char quote;    /* only spaces and quotation marks before it */
	unsigned char phrasekeep; /* a word of a keep phrase (Clas Ohlson) */
	unsigned char phrase;   /* a phrase of the table starts here: a mark of
				 * where to look, not of what the word is */
	unsigned char dotrun;   /* initials with full stops start here (G.S.): how
				 * many words they are */
	unsigned char after_taken; /* a span the patterns took (an address, a
				    * phone) lies between it and the word before */
} token;

/* Is the key of word T one of the N WORDS?  For the few fixed words a
 * rule names in the code rather than in a role list. */
static bool key_is_one_of(const token *t, const char *const *words, size_t n)
{
	for (size_t w = 0; w < n; w++) {
		/* t->klen == strlen(words[w]) and the same bytes, without a
		 * call of strlen: most words differ at their first byte */
		const char *word = words[w];
		size_t j = 0;
		while (j < t->klen && word[j] != '\0' && word[j] == t->k[j])
			j++;
		if (j == t->klen && word[j] == '\0')
			return true;
	}
	return false;
}

#define KEY_IS_ONE_OF(t, words) key_is_one_of((t), (words), sizeof(words) / sizeof((words)[0]))

/* The days of the week, short (as calendars and dates write them) and
 * whole, in Swedish and English. */
static const char *const weekdays_short[] = { "mån", "tis", "ons", "tor", "tors", "fre", "lör",
					      "sön" };
static const char *const weekdays[] = { "måndag", "tisdag", "onsdag", "torsdag", "fredag",
					"lördag", "söndag", "monday", "tuesday", "wednesday",
					"thursday", "friday", "saturday", "sunday" };

/* Is the key of token T the string literal W? */
#define KEY_IS(t, w) ((t)->klen == sizeof(w) - 1 && memcmp((t)->k, (w), sizeof(w) - 1) == 0)

/* The last bytes of a role's endings, for ends_in to turn most words
 * away before a look-up: bit 1 of TAIL[c]: c is an ending of one byte,
 * bit 2: a longer ending ends in c; PAIRS: the bit of the last two bytes
 * of each longer ending. */
typedef struct {
	unsigned char tail[256];
	uint64_t pairs[65536 / 64];
} ending_tails;

/* A part of a full name found in one cell of a record, to be found
 * again alone in the record's later cells (an answer's name comes back in
 * the next answer).  Few per record: the first ROW_NAMES are kept. */
#define ROW_NAMES 32
#define ROW_KEY_MAX 48
typedef struct {
	char k[ROW_KEY_MAX];
	unsigned char klen;
	unsigned char only_subject; /* an ordinary word too (Stark) */
	unsigned char cap; /* found capitalised: found again so only */
	unsigned flags;
} row_name;

struct anon_names {
	wordtab words;
	token *tok;
	size_t ntok, captok;
	strbuf keys;
	strbuf mail_given, mail_surname, mail_word; /* named_by_email's, kept
						       * so a text does not allocate */
	bool strict;
	unsigned long strict_taken;
	anon_dict dict;
	wordtab orgsuffix;   /* endings of organisation names (-skolan) */
	wordtab orgsuffix_rev; /* the same endings, each byte for byte backwards */
	uint64_t org_lens;   /* bit L: an ending of L bytes (L < 64) */
	ending_tails org_tails;
	wordtab surnameend;  /* endings only surnames have (-ström, -qvist) */
	wordtab surnameend_rev; /* the same, backwards */
	uint64_t surname_lens;
	ending_tails surname_tails;
	wordtab workplaces;  /* where a person works (kontoret, fritids) */
	wordtab families;    /* a family's or siblings' noun (familjen, makarna) */
	wordtab arabic;      /* the lists' words of Arabic letters, by one spelling */
	bool foreign;        /* the text is mostly in a script other than Latin */
	bool english;        /* the text is in English (its function words) */
	bool dotted;         /* a short capitalised word, a full stop and a
			      * capital: initials may be there (G.S.) */
	bool bracketed;      /* the text has an opening bracket: a byline may
			      * be there ("(ml)") */
	bool commas;         /* the text has a comma: a list may be there */
	bool capitals;       /* the text has a Latin word in capitals: a king's
			      * number may be there (Karl XI) */
	bool initials;       /* the text has a capital letter standing alone */
	signed char known;   /* most of its words are in the dictionary; -1: not asked */
	signed char match;   /* it reports a match (a score, a match's word); -1: not asked */
	const char *text;    /* the text being scanned (for rules that look back) */
	size_t textlen;
	bool row_open;       /* cells of one record are being scanned */
	row_name row[ROW_NAMES]; /* parts of full names found in its cells so far */
	size_t nrow;
	row_name pets[ROW_NAMES]; /* animals named in its cells so far (hunden Ebbe) */
	size_t npets;
};

#define KEY_MAX 96

static void learn_latin2(void);

anon_names *names_new(void)
{
	learn_latin2();
	return xcalloc(1, sizeof(anon_names));
}

void names_free(anon_names *nm)
{
	if (!nm)
		return;
	wordtab_free(&nm->words);
	dict_close(&nm->dict);
	wordtab_free(&nm->orgsuffix);
	wordtab_free(&nm->orgsuffix_rev);
	wordtab_free(&nm->surnameend);
	wordtab_free(&nm->surnameend_rev);
	wordtab_free(&nm->workplaces);
	wordtab_free(&nm->families);
	wordtab_free(&nm->arabic);
	free(nm->tok);
	sb_free(&nm->keys);
	sb_free(&nm->mail_given);
	sb_free(&nm->mail_surname);
	sb_free(&nm->mail_word);
	free(nm);
}

/* ---- UTF-8 letters and case (shadow.c asks utf8proc) ---- */

static inline size_t letter_len(const char *s, size_t n, size_t i)
{
	return utf8_letter_len(s, n, i);
}

static bool upper_at(const char *s, size_t len)
{
	size_t l;

	if (len == 1)
		return s[0] >= 'A' && s[0] <= 'Z';
	return cp_is_upper(utf8_at(s, len, 0, &l));
}

size_t fold_word(const char *s, size_t n, char *out, size_t cap)
{
	return shadow_fold(s, n, out, cap);
}

/* ---- the word table ---- */

static void add_word(anon_names *nm, const char *s, size_t n, unsigned flags)
{
	char key[KEY_MAX];
	size_t k = fold_word(s, n, key, sizeof key);

	if (k > 0)
		wordtab_add(&nm->words, key, k, flags);
}

static size_t joiner_len(const char *s, size_t n, size_t i);

/* A phrase as the words the text is cut into, one space between them
 * (a hyphen between letters inside a word: Karl-Bertil Jonsson). */
static void add_phrase_key(anon_names *nm, const char *s, size_t n, unsigned flags)
{
	char key[3 * KEY_MAX];
	size_t k = 0, i = 0;

	while (i < n && k + 2 < sizeof key) {
		size_t start = i, len;
		while (i < n && ((len = letter_len(s, n, i)) > 0 ||
				 (i > start && (len = joiner_len(s, n, i)) > 0)))
			i += len;
		if (i > start && i - start + k + 1 < sizeof key) {
			if (k)
				key[k++] = ' ';
			memcpy(key + k, s + start, i - start);
			k += i - start;
		}
		if (i == start)
			i++;
	}
	add_word(nm, key, k, flags);
}

/* A function word or a verb of the role lists: never a place, also when
 * it is a word of a place's name ("Centrum där jag bor", "Klingsta och
 * Allsta") or a codebook's answer ("inga"). */
static bool role_word_at(const anon_names *nm, const char *s, size_t n)
{
	char key[KEY_MAX];
	size_t k = fold_word(s, n, key, sizeof key);

	return k > 0 && (wordtab_get(&nm->words, key, k) &
			 (W_STOP | W_PREP | W_CONJ | W_PRON | W_PVERB | W_PLACEPREP | W_CALL)) != 0;
}

/* "Trygg-Hansa", "Coca-Cola": a name the keep list writes with a hyphen
 * between words is also written with a space (Trygg Hansa).  Copies S
 * into SPACED (N bytes) so; false when it has no such hyphen. */
static bool spaced_variant(const char *s, size_t n, char *spaced, size_t cap)
{
	bool hyphen = false;

	if (n >= cap || memchr(s, ' ', n) || !letter_len(s, n, 0))
		return false;
	for (size_t i = 0; i < n; i++) {
		spaced[i] = s[i];
		if (s[i] == '-' && i >= 2 && i + 3 <= n && letter_len(s, n, i + 1) &&
		    letter_len(s, n, i - 1)) {
			spaced[i] = ' ';
			hyphen = true;
		}
	}
	return hyphen;
}

/* A phrase is stored whole ("kallar sig"); a place also word by word, so
 * "Övre Östby" and "Pendeltågsstationer (Östby, Västby)" keep each word. */
static void add_entry(anon_names *nm, const char *s, size_t n, unsigned flags)
{
	size_t i = 0;
	char spaced[3 * KEY_MAX];

	if ((flags & W_KEEP) && memchr(s, '-', n) && spaced_variant(s, n, spaced, sizeof spaced))
		add_entry(nm, spaced, n, flags);
	if ((flags & W_KEEP) && memchr(s, ' ', n))
		add_phrase_key(nm, s, n, flags); /* "friskis & svettis" as its words */
	else
		add_word(nm, s, n, flags);
	if ((flags & (W_KEEP | W_GREET | W_OBJVERB | W_PLACEPREP | W_PVERB)) && memchr(s, ' ', n)) {
		size_t first = (size_t)((const char *)memchr(s, ' ', n) - s);
		add_word(nm, s, first, W_PHRASE); /* a phrase starts here */
	}
	if ((flags & (W_TITLE | W_CALL | W_OBJVERB | W_GREET)) && memchr(s, ' ', n)) {
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
		if (i > start && i - start < n && !role_word_at(nm, s + start, i - start))
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
	const anon_names *nm = ctx;
	char key[KEY_MAX];
	size_t k = fold_word(s, n, key, sizeof key);
	unsigned f = names_flags(nm, key, k);

	return (f & ~(unsigned)(W_FIRST | W_LAST)) != 0 || dict_has(&nm->dict, key, k);
}

bool names_is_plate_cue(const void *ctx, const char *s, size_t n)
{
	char key[KEY_MAX];
	size_t k = fold_word(s, n, key, sizeof key);

	return k > 0 && (names_flags(ctx, key, k) & W_PLATECUE) != 0;
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
	{ "last", W_LAST },           { "platecue", W_PLATECUE },
	{ "greet", W_GREET },         { "pverb", W_PVERB },
	{ "objverb", W_OBJVERB },     { "lang", W_LANG },
	{ "placeprep", W_PLACEPREP }, { "pron", W_PRON },
	{ "afterverb", W_AFTERVERB }, { "orgsuffix", 0 },
	{ "orgcue", W_ORGCUE },       { "enstop", W_ENSTOP },
	{ "month", W_MONTH },         { "poss", W_POSS },
	{ "orgprep", W_ORGPREP },     { "particle", W_PARTICLE },
	{ "caption", W_CAPTION },
};

static unsigned role_flags(const char *role, const char *file, long line)
{
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (strcmp(roles[i].role, role) == 0)
			return roles[i].flags;
	die_at(EXIT_DATA, file, line, _("unknown role '%s'"), role);
}

/* The pair of the bytes A and B, for the PAIRS of ending_tails. */
static unsigned byte_pair(char a, char b)
{
	return (unsigned)(unsigned char)a << 8 | (unsigned char)b;
}

static void add_ending_tail(ending_tails *et, const char *w, size_t n)
{
	unsigned pair;

	if (n == 1) {
		et->tail[(unsigned char)w[0]] |= 1;
		return;
	}
	et->tail[(unsigned char)w[n - 1]] |= 2;
	pair = byte_pair(w[n - 2], w[n - 1]);
	et->pairs[pair / 64] |= (uint64_t)1 << (pair % 64);
}

enum { C_ROLE, C_WORD, NCOLS };
static const csv_table_column role_columns[NCOLS] = { { "role", true }, { "word", true } };

/* "ledamot": "Ledamoten Zelmås gick bort" takes a role in the definite as
 * in the indefinite.  A title of one word in small letters, five bytes or
 * more, not itself definite or plural, gets its definite singular:
 * -are, -e, -er and -or take -n (läraren, ministern, revisorn), -råd
 * takes -et (kommunalrådet), the rest -en (ledamoten, redaktören). */
static void add_definite_title(anon_names *nm, const char *w, size_t n)
{
	static const char *const done[] = { "en", "et", "na", "ar", "s", "n" };
	static const char *const plus_n[] = { "e", "er", "or" }, *const plus_et[] = { "råd" };
	char def[KEY_MAX + 3];
	const char *end;

	if (n < 5 || n >= KEY_MAX || memchr(w, ' ', n) || memchr(w, '-', n) ||
	    ending_of(w, n, done, sizeof done / sizeof *done, 0))
		return;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c == 0xC3 && i + 1 < n && strchr("\xA4\xA5\xB6\xA9", w[i + 1]) != NULL)
			i++; /* ä, å, ö, é */
		else if (c < 'a' || c > 'z')
			return; /* a word of another script, a capital, a dot */
	}
	if (ending_of(w, n, plus_n, sizeof plus_n / sizeof *plus_n, 0))
		end = "n";
	else if (ending_of(w, n, plus_et, 1, 0))
		end = "et";
	else
		end = "en";
	memcpy(def, w, n);
	strcpy(def + n, end);
	add_entry(nm, def, strlen(def), W_TITLE);
}

static void add_role_row(const csv_table *t, void *ctx)
{
	anon_names *nm = ctx;
	const char *role = csv_table_cell(t, C_ROLE);
	const csv_field *word = csv_table_field(t, C_WORD);

	if (strcmp(role, "orgsuffix") == 0 || strcmp(role, "surnameend") == 0) {
		bool org = role[0] == 'o';
		if (word->len > 0 && word->len < 64) {
			char rev[64];
			for (size_t i = 0; i < word->len; i++)
				rev[i] = word->data[word->len - 1 - i];
			wordtab_add(org ? &nm->orgsuffix : &nm->surnameend, word->data, word->len, 1);
			wordtab_add(org ? &nm->orgsuffix_rev : &nm->surnameend_rev, rev, word->len, 1);
			*(org ? &nm->org_lens : &nm->surname_lens) |= (uint64_t)1 << word->len;
			add_ending_tail(org ? &nm->org_tails : &nm->surname_tails, word->data, word->len);
		}
		return;
	}
	if (strcmp(role, "workplace") == 0) {
		wordtab_add(&nm->workplaces, word->data, word->len, 1);
		return;
	}
	if (strcmp(role, "family") == 0) { /* a title too */
		wordtab_add(&nm->families, word->data, word->len, 1);
		role = "title";
	}
	add_entry(nm, word->data, word->len, role_flags(role, t->name, csv_table_line(t)));
	if (strcmp(role, "title") == 0)
		add_definite_title(nm, word->data, word->len);
}

void names_load_roles(anon_names *nm, const char *path)
{
	const csv_options opt = { .delimiter = ',', .encoding = CSV_ENC_UTF8 };

	csv_table_read_or_die(path, &opt, role_columns, NCOLS, CSV_TABLE_COMMENTS,
			      add_role_row, nm);
}

void names_load_dict(anon_names *nm, const char *path)
{
	dict_open(&nm->dict, path, false);
}

/* Every word of the Swedish and English names of areas and places; not
 * an answer that is a function word ("inga": no place). */
static void add_name(anon_names *nm, const char *s)
{
	if (!role_word_at(nm, s, strlen(s)))
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

void names_set_strict(anon_names *nm, bool strict)
{
	nm->strict = strict;
}

unsigned long names_strict_count(const anon_names *nm)
{
	return nm->strict_taken;
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
/* "b) Antal vinster", "2) Antal": S[p] is the ')' of a list's marker, one
 * letter or a number after a space; or of a smiley (":)", ":-)"), which
 * ends a thought as an emoji does.  Not "(17)" nor "(S)", which stand
 * inside a sentence. */
static bool sentence_ends_at_paren(const char *s, size_t p)
{
	size_t j = p;

	if (j > 0 && s[j - 1] == '-')
		j--;
	if (j > 0 && (s[j - 1] == ':' || s[j - 1] == ';'))
		return true;
	j = p;
	while (j > 0 && s[j - 1] >= '0' && s[j - 1] <= '9')
		j--;
	if (j == p && j > 0 && ((s[j - 1] | 0x20) >= 'a' && (s[j - 1] | 0x20) <= 'z'))
		j--;
	return j < p && p - j <= 3 && (j == 0 || s[j - 1] == ' ' || s[j - 1] == '\t');
}

/* What at_sentence_start passes over before a word: white space, quotes,
 * brackets, a star, a dash, a digit (a switch, not a call of strchr a
 * byte). */
static inline bool before_sentence_byte(unsigned char c)
{
	switch (c) {
	case ' ': case '\t': case '"': case '\'': case '(': case '[': case '*': case '-':
		return true;
	default:
		return c >= '0' && c <= '9';
	}
}

/* An ASCII byte that ends a sentence: what strchr(".!?\n\r:;", c) found,
 * its terminating NUL too. */
static inline bool ends_sentence_byte(unsigned char c)
{
	switch (c) {
	case '.': case '!': case '?': case '\n': case '\r': case ':': case ';': case '\0':
		return true;
	default:
		return false;
	}
}

/* "Ons 11   Utställning": the word ending at byte E is a weekday's name
 * or short form opening its line, as a calendar's rows start. */
static bool weekday_opens_line(const char *s, size_t e)
{
	size_t a = e;
	char key[16];
	token word = { 0 };

	while (a > 0 && (((s[a - 1] | 0x20) >= 'a' && (s[a - 1] | 0x20) <= 'z') ||
			 (unsigned char)s[a - 1] >= 0x80) && e - a < 12)
		a--;
	if (e - a < 3 || e - a >= 12)
		return false;
	for (size_t k = a; k < e; k++) /* å, ö after a capital: Lör, Sön */
		key[k - a] = (char)((unsigned char)s[k] < 0x80 ? s[k] | 0x20 : s[k]);
	word.k = key;
	word.klen = e - a;
	if (!KEY_IS_ONE_OF(&word, weekdays_short) && !KEY_IS_ONE_OF(&word, weekdays))
		return false;
	while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t'))
		a--;
	return a == 0 || s[a - 1] == '\n';
}

static bool at_sentence_start(const char *s, size_t i)
{
	bool digits = false;

	while (i > 0) {
		unsigned char c = (unsigned char)s[i - 1];
		size_t j = i - 1;

		/* "2019-10-24 Brand i sopkärl", "4. Betala": a date or a
		 * number that starts a sentence is no word before it */
		if (before_sentence_byte(c)) {
			digits |= c >= '0' && c <= '9';
			i--;
			continue;
		}
		if (c == ')')
			return sentence_ends_at_paren(s, i - 1);
		if (c < 0x80)
			return ends_sentence_byte(c) || (digits && weekday_opens_line(s, i));
		while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
			j--;
		if ((unsigned char)s[j] >= 0xF0 ||
		    (i - j == 3 && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
		     ((unsigned char)s[j + 2] == 0xA6 || (unsigned char)s[j + 2] == 0xA2)))
			return true; /* an emoji, an ellipsis or a bullet ends a thought */
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

/* Bytes A..B are a comma, blanks and one line break: a letter's
 * greeting ends its line. */
static bool comma_ends_line(const char *s, size_t a, size_t b)
{
	int commas = 0, breaks = 0;

	for (size_t i = a; i < b; i++) {
		if (s[i] == ',')
			commas++;
		else if (s[i] == '\n')
			breaks++;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	}
	return commas == 1 && breaks == 1 && s[a] == ',';
}

/* A space, a tab or a carriage return: blank inside a line. */
static bool blank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The length of the quotation mark (" ' ‘ ’ “ ” „ « ») at S[i], which
 * ends before B, or 0. */
static inline size_t quote_mark_len(const char *s, size_t i, size_t b)
{
	unsigned char c = (unsigned char)s[i];

	if (c == '"' || c == '\'')
		return 1;
	if (c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] >= 0x98 && (unsigned char)s[i + 2] <= 0x9E &&
	    (unsigned char)s[i + 2] != 0x9A && (unsigned char)s[i + 2] != 0x9B)
		return 3;
	return c == 0xC2 && i + 1 < b &&
		       ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB)
		   ? 2
		   : 0;
}

/* Only spaces and one quotation mark between A and B (kallas "Moody",
 * kallas ”Moody”, kallas «Moody»). */
static unsigned char only_quotes(const char *s, size_t a, size_t b)
{
	int q = 0;

	for (size_t i = a; i < b; i++) {
		size_t len;
		if (s[i] == ' ')
			continue;
		if ((len = quote_mark_len(s, i, b)) == 0)
			return 0;
		q++;
		i += len - 1;
	}
	return q == 1;
}

/* strchr("sxz", c) != NULL, without the call: s, x, z or NUL. */
static inline bool sxz_byte(char c)
{
	return c == 's' || c == 'x' || c == 'z' || c == '\0';
}

/* Length of the stem of a genitive ("alices" -> 5, "olivia's" -> 6). */
static size_t genitive_stem(const char *k, size_t n)
{
	if (n > 3 && k[n - 2] == '\'' && k[n - 1] == 's')
		return n - 2;
	/* Klas, Max, Inez take no -s of their own: "klass" is not Klas's */
	if (n > 3 && k[n - 1] == 's' && !sxz_byte(k[n - 2]))
		return n - 1;
	return 0;
}

/* Does the word end as an adjective does after a genitive or a
 * possessive (stora, gamle, brittiska)? */
static inline bool weak_adjective_ending(const token *t)
{
	return t->klen > 0 && (t->k[t->klen - 1] == 'a' || t->k[t->klen - 1] == 'e');
}

/* "i Zelmgrens liv", "till Zelmochets blodiga maktövertagande": after
 * word I (a genitive) comes, perhaps after one word in small letters
 * that describes it, what only a person has: a life, a death, a mind,
 * a body or a family, or writes: a letter, words, a poem, a speech; no
 * firm has them. */
static bool person_thing_follows(const anon_names *nm, size_t i)
{
	static const char *const things[] = {
		"liv", "död", "gestalt", "anda", "fotspår", "minne", "idéer", "tankar", "ögon",
		"röst", "kropp", "hjärta", "händer", "sjukdom", "begravning", "grav", "dagbok",
		"barndom", "ungdom", "uppväxt", "ålderdom", "karriär", "maktövertagande", "regim",
		"mord", "öde", "födelse", "fru", "man", "barn", "son", "dotter", "mamma", "pappa",
		"föräldrar", "familj", "sorg", "författarskap", "levnad", "livsverk",
		"brev", "ord", "dikt", "dikter", "krönika", "memoarer", "inlägg", "tal",
	};
	const token *t = nm->tok;
	size_t j = i + 1;

	if (j < nm->ntok && t[j].gap == GAP_SPACE && !t[j].cap && !KEY_IS_ONE_OF(&t[j], things) &&
	    t[j].klen > 2 && weak_adjective_ending(&t[j]))
		j++; /* blodiga, unge */
	return j < nm->ntok && t[j].gap == GAP_SPACE && !t[j].cap && KEY_IS_ONE_OF(&t[j], things);
}

/* K[0..n) ends as a noun's definite form does (Fiskeboden, festen). */
static bool definite_ending(const char *k, size_t n)
{
	static const char *const definite[] = { "en", "et", "an", "na" };

	return ending_of(k, n, definite, sizeof definite / sizeof *definite, 3) != 0;
}

/* K[0..n) is an ordinary noun in its definite form (festen, dagen). */
static bool definite_noun_at(const anon_names *nm, const char *k, size_t n)
{
	return definite_ending(k, n) && dict_has(&nm->dict, k, n);
}

/* CAP_PARTS: the word is written with a capital after each hyphen and
 * small letters besides (Haka-Sven, not SUM-SIM nor flat-hanne). */
static unsigned hyphen_parts_flags(const anon_names *nm, const char *k, size_t n, bool cap_parts)
{
	unsigned any = 0, every = W_FIRST | W_LAST, last = 0, first = 0;
	size_t i = 0, parts = 0, last_at = 0;
	bool first_plain = false;

	/* Anna-Karin is a name, Björn-stugan is not; Inga-Brita is one too:
	 * a function word joined to a first name is its other half */
	while (i < n) {
		const char *dash = memchr(k + i, '-', n - i);
		size_t end = dash ? (size_t)(dash - k) : n;
		unsigned f = names_flags(nm, k + i, end - i);
		if (parts++ == 0) {
			first = f;
			first_plain = !(f & (W_FIRST | W_LAST | W_KEEP | W_STOP | W_TITLE)) && end - i >= 3 &&
				      (cap_parts || (!f && !dict_has(&nm->dict, k, end)));
		}
		any |= f;
		every &= (f & (W_FIRST | W_LAST | W_STOP)) ? W_FIRST | W_LAST : 0;
		last = f;
		last_at = i;
		i = end + 1;
	}
	/* "Bollnäs-Harry", "Mora-Ulla": a given name after its farm's or
	 * village's name is a byname, a person's; so is one after a word no
	 * list or dictionary has (Nilz-Peter), or an ordinary word written
	 * with a capital as a name is (Taxi-Rune, Haka-Sven) */
	if ((((any & W_PLACE) && !(any & W_KEEP)) || (first_plain && parts == 2)) &&
	    (last & (W_FIRST | W_PLACE | W_KEEP | W_STOP | W_COMMON)) == W_FIRST)
		return W_FIRST;
	/* "Maj-Viol", "Vera-Maj": a given name that is a month's too, joined
	 * to another given name or to a capitalised word no list keeps, is a
	 * double given name, not the month's (a brand's stays: Ica-Maxi; two
	 * months are a span: Mars-April); a noun's definite form makes a thing
	 * of the month's (Maj-Festen) */
	if (cap_parts && parts == 2 && (first & W_FIRST) && ((first ^ last) & W_MONTH) &&
	    !(any & W_PLACE) && !(last & (W_STOP | W_TITLE)) &&
	    ((last & W_FIRST) || !(last & W_KEEP)) && !definite_noun_at(nm, k + last_at, n - last_at))
		return W_FIRST;
	return (any & (W_PLACE | W_KEEP)) | (any & every & (W_FIRST | W_LAST));
}

/* The flags of the word, given F, its own, and STEM, those of its first
 * SL bytes when it is shaped like a genitive (SL > 0). */
static unsigned genitive_flags(const anon_names *nm, token *t, unsigned f,
			       size_t sl, unsigned stem, bool cap_parts)
{
	if (sl && (stem & (W_FIRST | W_LAST))) {
		t->genitive = 1;
		return stem | f;
	}
	if (sl && (stem & (W_PLACE | W_KEEP)))
		return (stem & (W_PLACE | W_KEEP)) | f; /* Lerums kommun, Willys */
	if (f)
		return f;
	return memchr(t->k, '-', t->klen) ? hyphen_parts_flags(nm, t->k, t->klen, cap_parts) : 0;
}

/* The flags of a genitive's stem K[0..n): its own, or those of its
 * parts when it is joined by hyphens (Al-Sheikhs, Berg-Olssons). */
static unsigned stem_flags(const anon_names *nm, const char *k, size_t n, bool cap_parts)
{
	unsigned f = names_flags(nm, k, n);

	return f || !memchr(k, '-', n) ? f : hyphen_parts_flags(nm, k, n, cap_parts);
}

/* An ordinary word shaped like a genitive (guys, lindas) is a name only as
 * a name that is also a word: in lower case it is the word.  "Stockholms
 * universitet": a word that starts a phrase of the keep list (stockholms
 * läns landsting) is still a place's genitive.  So the stem is asked only
 * when the word itself is no more than a common word or a phrase's start. */
#define ASK_STEM(f) (!((f) & ~(unsigned)(W_COMMON | W_PHRASE)))

/* The flags F of the lists for token T: what the word is, apart from
 * the mark that a phrase starts at it. */
static inline void set_flags(token *t, unsigned f)
{
	t->flags = f & ~(unsigned)W_PHRASE;
	t->phrase = (f & W_PHRASE) != 0;
}

static unsigned lookup(const anon_names *nm, token *t, bool cap_parts)
{
	unsigned f;
	size_t sl;

	if (t->klen == 0)
		return 0;
	f = names_flags(nm, t->k, t->klen);
	if (!ASK_STEM(f))
		return f;
	sl = genitive_stem(t->k, t->klen);
	return genitive_flags(nm, t, f, sl, sl ? stem_flags(nm, t->k, sl, cap_parts) : 0, cap_parts);
}

/* lookup() of a word of Latin letters only, hashed while it was read: H
 * the hash of its key (the stem, asked of few words, is hashed anew).  Such a
 * word has no apostrophe, so its only genitive is a plain -s (what
 * genitive_stem says of it), and no hyphen, so a word that is no genitive
 * has its own flags only (what genitive_flags says of it).  KB: the key
 * as read_latin_word wrote it into the key buffer (kept or not), which
 * may be read past its end (the buffer has KEY_MAX bytes to spare). */
static unsigned lookup_ascii(const anon_names *nm, token *t, uint32_t h, const char *kb)
{
	unsigned f = wordtab_get_hashed_padded(&nm->words, kb, t->klen, h);
	size_t n = t->klen;

	if (!ASK_STEM(f))
		return f;
	if (!(n > 3 && t->k[n - 1] == 's' && !sxz_byte(t->k[n - 2])))
		return f;
	return genitive_flags(nm, t, f, n - 1, names_flags(nm, t->k, n - 1), false);
}

/* A capital after each hyphen of the word S[a..b) that has one. */
static bool capitals_after_hyphens(const char *s, size_t a, size_t b)
{
	const char *dash = memchr(s + a, '-', b - a);

	for (; dash; dash = memchr(dash + 1, '-', (size_t)(s + b - dash - 1))) {
		size_t at = (size_t)(dash + 1 - s);
		if (at >= b || !upper_at(s + at, letter_len(s, b, at)))
			return false;
	}
	return true;
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

/* Most words are lower case already (PLAIN: ASCII without a capital) and
 * are looked up where they stand; the others are folded into the key
 * buffer (reserved for the whole text in cut_words, so earlier keys never
 * move). */
static void fold_token(anon_names *nm, token *t, const char *s, bool plain)
{
	size_t n = t->end - t->start;
	char *dst;

	if (plain && n < KEY_MAX - 1) {
		t->k = s + t->start;
		t->klen = n;
		return;
	}
	dst = nm->keys.s + nm->keys.len;
	t->klen = fold_word(s + t->start, n, dst, KEY_MAX);
	t->k = dst;
	nm->keys.len += t->klen;
}

/* SC_LATIN, SC_OTHER or SC_MIXED for the letters of S[a..b); counts the
 * letters of each kind into *LATIN and *OTHER. */
static unsigned char word_script(const char *s, size_t a, size_t b,
				 size_t *latin, size_t *other)
{
	size_t l = 0, o = 0;

	for (size_t i = a; i < b;) {
		size_t len;
		int32_t cp;
		if ((unsigned char)s[i] < 0x80) {
			l += ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z');
			i++;
			continue;
		}
		cp = utf8_at(s, b, i, &len);
		if (cp_is_letter(cp)) {
			enum anon_script sc = script_of(cp);
			if (sc == SCRIPT_LATIN)
				l++;
			else if (sc != SCRIPT_OTHER || !cp_is_mark(cp))
				o++;
		}
		i += len;
	}
	*latin += l;
	*other += o;
	return o == 0 ? SC_LATIN : l == 0 ? SC_OTHER : SC_MIXED;
}

/* Between quotation marks on the word's line: an odd number of '"'
 * before it, or more opening marks (“ «) than closing ones (” ») */
static bool in_quotes(const char *s, size_t start)
{
	size_t plain = 0;
	long typo = 0;

	for (size_t i = start; i > 0 && s[i - 1] != '\n'; i--) {
		unsigned char c = (unsigned char)s[i - 1];
		bool curly = i >= 3 && (unsigned char)s[i - 3] == 0xE2 &&
			     (unsigned char)s[i - 2] == 0x80;
		bool guillemet = i >= 2 && (unsigned char)s[i - 2] == 0xC2;

		plain += c == '"';
		typo += ((curly && c == 0x9C) || (guillemet && c == 0xAB)) -
			((curly && c == 0x9D) || (guillemet && c == 0xBB));
	}
	return plain % 2 == 1 || typo > 0;
}

/* Is S[a..b) all ASCII?  Then *LETTERS is its count of letters and
 * *UPPER whether one is a capital. */
static bool ascii_word(const char *s, size_t a, size_t b, size_t *letters,
		       bool *upper)
{
	size_t l = 0;
	bool up = false;

	for (size_t i = a; i < b; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80)
			return false;
		up |= c >= 'A' && c <= 'Z';
		l += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	}
	*letters = l;
	*upper = up;
	return true;
}

/* A new token for the word S[start..end), not yet looked up. */
static inline token *new_token(anon_names *nm, size_t start, size_t end)
{
	token *t;

	if (nm->ntok == nm->captok) /* a call only when the array is full */
		GROW(nm->tok, nm->ntok, nm->captok);
	t = &nm->tok[nm->ntok];
	memset(t, 0, sizeof *t);
	t->start = start;
	t->end = end;
	t->dictw = -1;
	return t;
}

/* What separates the word T from the word before it, in the general case
 * (see place_token), and whether it is quoted. */
static void place_token_apart(anon_names *nm, token *t, const char *s)
{
	size_t start = t->start, end = t->end;

	t->gap = nm->ntok ? gap_between(s, nm->tok[nm->ntok - 1].end, start)
			  : GAP_OTHER;
	if (nm->ntok && t->gap == GAP_COMMA)
		t->amp = memchr(s + nm->tok[nm->ntok - 1].end, '&',
				start - nm->tok[nm->ntok - 1].end) != NULL;
	/* kallas "Moody": one quoted word; "Trygg hela vägen" is a title */
	if (nm->ntok && t->gap == GAP_OTHER)
		t->quote = only_quotes(s, nm->tok[nm->ntok - 1].end, start) &&
			   quote_mark_len(s, end, nm->textlen);
	/* "E. Berg": the full stop of an initial does not end anything, nor
	 * start a sentence (av L. Brattström); that of a preposition left at
	 * the end of its sentence does (som vi bor i. Lisa Ek) */
	if (nm->ntok && nm->tok[nm->ntok - 1].initial && t->gap == GAP_OTHER &&
	    !(nm->tok[nm->ntok - 1].initial == 2 &&
	      (nm->tok[nm->ntok - 1].flags & (W_PREP | W_PLACEPREP | W_PERSONPREP | W_ORGPREP))) &&
	    s[nm->tok[nm->ntok - 1].end] == '.' &&
	    gap_between(s, nm->tok[nm->ntok - 1].end + 1, start) == GAP_SPACE) {
		t->gap = GAP_SPACE;
		if (nm->tok[nm->ntok - 1].initial == 1)
			t->sent_start = 0;
	}
	if (t->script != SC_LATIN)
		t->quoted = (unsigned char)in_quotes(s, start);
}

/* "fyll i ”Vita arkivet”", "sångcykeln ”Havets sånger”": a word just
 * after an opening quotation mark, with a word in small letters after
 * it, begins a title, as a word begins a sentence.  A quoted word alone
 * (kallas "Moody") is no title. */
static inline size_t quote_mark_before(const char *s, size_t q)
{
	if (q > 0 && (s[q - 1] == '"' || s[q - 1] == '\''))
		return 1;
	/* “ ” ‘ ’ „ */
	if (q >= 3 && (unsigned char)s[q - 3] == 0xE2 && (unsigned char)s[q - 2] == 0x80 &&
	    (unsigned char)s[q - 1] >= 0x98 && (unsigned char)s[q - 1] <= 0x9E &&
	    (unsigned char)s[q - 1] != 0x9A && (unsigned char)s[q - 1] != 0x9B)
		return 3;
	if (q >= 2 && (unsigned char)s[q - 2] == 0xC2 &&
	    ((unsigned char)s[q - 1] == 0xAB || (unsigned char)s[q - 1] == 0xBB))
		return 2;
	return 0;
}

static bool opens_quoted_title(const char *s, size_t n, size_t start, size_t end)
{
	size_t q = start, m = quote_mark_before(s, q);

	if (m == 0)
		return false;
	q -= m;
	q -= quote_mark_before(s, q); /* ’’Gula gången’’ */
	if (q > 0 && s[q - 1] != ' ' && s[q - 1] != '(' && s[q - 1] != '\n')
		return false;
	return end + 1 < n && s[end] == ' ' &&
	       ((s[end + 1] >= 'a' && s[end + 1] <= 'z') ||
		(end + 2 < n && (unsigned char)s[end + 1] == 0xC3 &&
		 (unsigned char)s[end + 2] >= 0xA0 && (unsigned char)s[end + 2] <= 0xBE));
}

/* What the text around the word T tells (its case is set already): where
 * its sentence starts, what separates it from the word before. */
static inline void place_token(anon_names *nm, token *t, const char *s)
{
	/* only a capitalised word asks where its sentence starts */
	t->sent_start = (unsigned char)(t->cap && (at_sentence_start(s, t->start) ||
						   opens_quoted_title(s, nm->textlen, t->start, t->end)));
	/* most words: Latin, one space after the last word; nothing else
	 * to ask of them */
	if (t != nm->tok && t[-1].end + 1 == t->start && /* T is tok[ntok] */
	    s[t->start - 1] == ' ' && t->script == SC_LATIN)
		t->gap = GAP_SPACE;
	else
		place_token_apart(nm, t, s);
	nm->ntok++;
}

/* Does the key K[0..n) have a letter of the Arabic block (U+0600 to
 * U+06FF: lead bytes D8 to DB)? */
static bool has_arabic(const char *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)k[i] >= 0xD8 && (unsigned char)k[i] <= 0xDB)
			return true;
	return false;
}

/* The lists' words of Arabic letters under one spelling of them
 * (shadow_fold_arabic), each with the flags of every word so spelt: a
 * function word that folds to a name's spelling keeps a word so written
 * from being taken for the name. */
static void learn_arabic_spellings(anon_names *nm)
{
	const wordtab *w = &nm->words;
	char key[KEY_MAX];

	for (size_t i = 0; i < w->cap; i++) {
		const wordtab_entry *e = &w->slots[i];
		size_t k;
		if (!e->len || !has_arabic(w->pool.s + e->off, e->len))
			continue;
		k = shadow_fold_arabic(w->pool.s + e->off, e->len, key, sizeof key);
		if (k > 0)
			wordtab_add(&nm->arabic, key, k, e->flags & ~(unsigned)W_PHRASE);
	}
}

/* The flags of a word of another script none of the lists has as it is
 * written, by its Arabic letters' one spelling: إبراهيم is the list's
 * ابراهيم, فاطمه its فاطمة. */
static unsigned arabic_flags(const anon_names *nm, const token *t)
{
	char key[KEY_MAX];
	size_t k;

	if (!nm->arabic.n || !has_arabic(t->k, t->klen))
		return 0;
	k = shadow_fold_arabic(t->k, t->klen, key, sizeof key);
	return k > 0 ? wordtab_get(&nm->arabic, key, k) : 0;
}

static void add_token(anon_names *nm, const char *s, size_t start, size_t end,
		      size_t *latin, size_t *other)
{
	token *t = new_token(nm, start, end);
	size_t letters;
	bool upper;
	unsigned f;

	if (ascii_word(s, start, end, &letters, &upper)) {
		/* most words: one pass tells their key and script */
		fold_token(nm, t, s, !upper);
		*latin += letters;
		t->script = SC_LATIN;
	} else {
		fold_token(nm, t, s, false);
		t->script = word_script(s, start, end, latin, other);
	}
	t->cap = (unsigned char)upper_at(s + start, letter_len(s, end, start));
	t->allcaps = (unsigned char)(t->cap && all_upper(s, start, end));
	f = lookup(nm, t, t->cap && !t->allcaps && capitals_after_hyphens(s, start, end));
	set_flags(t, f || t->script != SC_OTHER ? f : arabic_flags(nm, t));
	place_token(nm, t, s);
}

/* ASCII letters: 1 lower case, 2 upper case. */
static const unsigned char ascii_case[256] = {
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
	['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2,
	['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2,
	['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2,
	['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
};

/* Bytes a word may start at, for cut_words to stop: the ASCII letters
 * and every byte beyond ASCII (letter_len tells of those). */
#define W4(c) [(c)] = 1, [(c) + 1] = 1, [(c) + 2] = 1, [(c) + 3] = 1
#define W16(c) W4(c), W4((c) + 4), W4((c) + 8), W4((c) + 12)
static const unsigned char maybe_word[256] = {
	/* a to z and A to Z: 26 = 16 + 4 + 4 + 2 */
	W16('a'), W4('a' + 16), W4('a' + 20), ['y'] = 1, ['z'] = 1,
	W16('A'), W4('A' + 16), W4('A' + 20), ['Y'] = 1, ['Z'] = 1,
	W16(0x80), W16(0x90), W16(0xA0), W16(0xB0),
	W16(0xC0), W16(0xD0), W16(0xE0), W16(0xF0),
};
#undef W16
#undef W4

/* The two-byte Latin letters (å, ä, ö, é, ü, ç, ş...), as the general
 * path sees them: their lower-case form, as fold_word gives it, and their
 * case (ascii_case's bits; 0: not such a letter, the general path reads
 * a word with it).  Filled once from the same functions that path asks. */
typedef struct {
	char lower[2];
	unsigned char kase;
} latin2_letter;
static latin2_letter latin2[32 * 64];

static void learn_latin2(void)
{
	static bool learnt;

	if (learnt)
		return;
	learnt = true;
	for (unsigned lead = 0xC2; lead < 0xE0; lead++)
		for (unsigned cont = 0x80; cont < 0xC0; cont++) {
			char c[2] = { (char)lead, (char)cont }, low[4];
			size_t len;
			int32_t cp = utf8_at(c, 2, 0, &len);
			latin2_letter *l = &latin2[(lead & 0x1F) << 6 | (cont & 0x3F)];
			if (len != 2 || letter_len(c, 2, 0) != 2 || !cp_is_letter(cp) ||
			    cp_is_mark(cp) || script_of(cp) != SCRIPT_LATIN ||
			    fold_word(c, 2, low, sizeof low) != 2)
				continue;
			memcpy(l->lower, low, 2);
			l->kase = cp_is_upper(cp) ? 2 : 1;
		}
}

/* A word of Latin letters (ASCII and two-byte), read once: its key
 * lower-cased into the key buffer (kept only if it differs from the text)
 * and hashed on the way. */
typedef struct {
	size_t end;
	const char *key;   /* where in the key buffer it was written */
	uint32_t h;        /* the hash of the key */
	unsigned seen;     /* the bits of ascii_case met, 4: a two-byte letter */
	unsigned first;    /* the ascii_case bit of the first letter */
} ascii_read;

/* The latin2 entry of the two bytes at S[j], or NULL. */
static const latin2_letter *latin2_at(const char *s, size_t n, size_t j)
{
	unsigned char c = (unsigned char)s[j], d;
	const latin2_letter *l;

	if (c < 0xC2 || c >= 0xE0 || j + 1 >= n ||
	    ((d = (unsigned char)s[j + 1]) & 0xC0) != 0x80)
		return NULL;
	l = &latin2[(c & 0x1F) << 6 | (d & 0x3F)];
	return l->kase ? l : NULL;
}

/* The bytes after a run of Latin letters that may carry the word on (a
 * hyphen, an apostrophe, any byte beyond ASCII): read_latin_word leaves
 * such a word to the general path.  One look-up, not three compares. */
#define HIGH8(c) [(c)] = 1, [(c) + 1] = 1, [(c) + 2] = 1, [(c) + 3] = 1, \
	[(c) + 4] = 1, [(c) + 5] = 1, [(c) + 6] = 1, [(c) + 7] = 1
#define HIGH32(c) HIGH8(c), HIGH8((c) + 8), HIGH8((c) + 16), HIGH8((c) + 24)
static const unsigned char joins_on[256] = {
	['-'] = 1, ['\''] = 1, HIGH32(0x80), HIGH32(0xA0), HIGH32(0xC0), HIGH32(0xE0),
};
#undef HIGH32
#undef HIGH8

/* Most words are Latin letters only, ended by a space or punctuation.
 * Reads such a word at S[start] into R; false when the word is of another
 * kind (a letter of another script or a longer character, a hyphen or
 * apostrophe that may join it to more, or too long for a key): the
 * general path reads that one. */
static bool read_latin_word(anon_names *nm, const char *s, size_t n,
			    size_t start, ascii_read *r)
{
	char *k = nm->keys.s + nm->keys.len;
	uint32_t h = WORDTAB_SEED;
	unsigned seen = 0, kase;
	const unsigned char *text = (const unsigned char *)s, *p = text + start;
	/* a key is as long as its word: folding keeps a letter's length */
	const unsigned char *lim = text + (n - start < KEY_MAX - 1 ? n : start + KEY_MAX - 1);
	const latin2_letter *l;
	size_t j;

	for (;;) {
		/* ASCII letters, most bytes of a text, in a loop of their own */
		while (p < lim && (kase = ascii_case[*p]) != 0) {
			unsigned char c = (unsigned char)(*p++ | 0x20);
			seen |= kase;
			*k++ = (char)c;
			h = wordtab_step(h, c);
		}
		if (p >= lim || *p < 0x80 || (l = latin2_at(s, n, (size_t)(p - text))) == NULL)
			break;
		seen |= l->kase | 4;
		*k++ = l->lower[0];
		*k++ = l->lower[1];
		h = wordtab_step(wordtab_step(h, (unsigned char)l->lower[0]),
				 (unsigned char)l->lower[1]);
		p += 2;
	}
	j = (size_t)(p - text);
	if (j - start >= KEY_MAX - 1 || (j < n && joins_on[(unsigned char)s[j]]))
		return false;
	/* a word read here starts with a letter of ascii_case or latin2 */
	r->first = ascii_case[(unsigned char)s[start]] ? ascii_case[(unsigned char)s[start]]
						       : latin2_at(s, n, start)->kase;
	r->end = j;
	r->key = k - (j - start);
	r->h = h;
	r->seen = seen;
	return true;
}

/* add_token of the word R read at S[start], without reading it again. */
static inline __attribute__((always_inline)) void
add_ascii_token(anon_names *nm, const char *s, size_t start,
			    const ascii_read *r)
{
	token *t = new_token(nm, start, r->end);
	const char *kb = r->key; /* nm->keys.s + nm->keys.len */

	t->klen = r->end - start;
	/* a word with a capital or a letter beyond ASCII has its key folded
	 * into the key buffer, as fold_token does: keep the copy */
	if (r->seen & 6) {
		t->k = kb;
		nm->keys.len += t->klen;
	} else {
		t->k = s + start;
	}
	t->script = SC_LATIN;
	set_flags(t, lookup_ascii(nm, t, r->h, kb));
	t->cap = (r->first & 2) != 0;
	t->allcaps = t->cap && !(r->seen & 1);
	place_token(nm, t, s);
}

/* A text written mostly in capitals (shouting) says nothing by its
 * capitals: its all-caps words are judged as if lower case, so only
 * names that are not also words, or a cue, make a name there. */
/* What cut_words counts of the words as it cuts them, for the passes
 * after it: no loop of their own over the words. */
typedef struct {
	size_t latin, other; /* words of the Latin script, of another one */
	size_t caps;         /* Latin words in capitals */
	size_t english;      /* English function words */
	size_t enname;       /* names that are English words */
} word_counts;

static void discount_shouting(anon_names *nm, const word_counts *c)
{
	/* only Latin words have a case (a Ge'ez or Arabic word says nothing) */
	size_t caps = c->caps, latin = c->latin;

	if (caps < 2 || 3 * caps < 2 * latin)
		return;
	for (size_t i = 0; i < nm->ntok; i++) {
		token *t = &nm->tok[i];
		if (t->allcaps)
			t->cap = t->sent_start = 0;
		/* "LISA I KASSAN": a one-letter word (i, å) is no initial */
		if (t->initial == 1 && (t->flags & (W_STOP | W_PREP | W_PLACEPREP)))
			t->initial = 2;
	}
}

/* "Maria valdes till ordförande": a word that is an ordinary word in
 * English only is, capitalised in a text that is not English, the name
 * (in lower case it stays a word: "maria" may still be the seas). */
static void names_of_english_words(anon_names *nm, const word_counts *c)
{
	size_t english = c->english, latin = c->latin;

	nm->english = english >= 2 && 10 * english >= latin;
	if (nm->english || c->enname == 0)
		return;
	for (size_t i = 0; i < nm->ntok; i++) {
		token *t = &nm->tok[i];
		if ((t->flags & W_ENWORD) && (t->flags & (W_FIRST | W_LAST)) &&
		    (t->cap || (i > 0 && t->gap == GAP_SPACE &&
				(nm->tok[i - 1].flags & (W_TITLE | W_CUE_TAIL | W_CALL | W_GREET)))))
			t->flags &= ~(unsigned)W_COMMON; /* also "läraren august" */
	}
}

static token part_token(const anon_names *nm, const char *s, size_t a, size_t b, char *key);
/* Is the word at S[AT] a surname: a listed one that is no given name nor
 * place, or one no list nor the dictionary has? */
static bool surname_after_abbreviation(const anon_names *nm, const char *s, size_t n, size_t at)
{
	char key[KEY_MAX];
	size_t end = at;
	token w;

	while (end < n && letter_len(s, n, end))
		end += letter_len(s, n, end);
	if (end < at + 3)
		return false;
	w = part_token(nm, s, at, end, key);
	if (w.flags == 0)
		return !dict_has(&nm->dict, w.k, w.klen);
	return (w.flags & W_LAST) && !(w.flags & (W_FIRST | W_PLACE | W_KEEP | W_STOP | W_MONTH));
}

/* "Hj. Edmark", "Chr. Lund", "Th. Berg": a given name cut to its first
 * consonants and a full stop before a capital, an initial; not a known
 * word or title (Dr., St.).  Cut after a vowel (Joh., Gust.), only
 * before a surname: Tis. and Apr. abbreviate other words. */
static bool given_name_abbreviated_at(const anon_names *nm, const char *s, size_t n, size_t i,
				      size_t end, const token *t)
{
	/* "Aug. Zelmahe": August's short form is the given name's as well as the
	 * month's, before a surname; not after a day's number (15 Aug. Berg) */
	bool month = KEY_IS(t, "aug") && !(i >= 2 && s[i - 2] >= '0' && s[i - 2] <= '9');

	if (end - i < 2 || end - i > 4 || s[i] < 'A' || s[i] > 'Z' || end + 2 >= n ||
	    s[end] != '.' || s[end + 1] != ' ' || s[end + 2] < 'A' || s[end + 2] > 'Z' ||
	    (!month && (t->flags || dict_has(&nm->dict, t->k, t->klen))))
		return false;
	for (size_t q = i + 1; q < end; q++)
		if (s[q] < 'a' || s[q] > 'z')
			return false;
	for (size_t q = i + 1; q < end; q++)
		if (strchr("aeiouy", s[q]))
			return surname_after_abbreviation(nm, s, n, end + 2);
	return end - i <= 3;
}

/* One capital Latin letter standing alone: an initial (Karin T Lund);
 * not at the end of a line, where it is more often a list's letter. */
static bool initial_at(const char *s, size_t n, size_t i, size_t end)
{
	if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(') /* "Läraren (O.B) sa" */
		return false;
	if (end == i + 1 && s[i] >= 'A' && s[i] <= 'Z')
		return end == n || s[end] == ' ' || s[end] == '.' || s[end] == ',' || /* T J, */
		       s[end] == '\n' || s[end] == '\r'; /* "Kommunjurist H W" ending a line */
	/* "Hanna Å.", "Per Ö.": Å, Ä, Ö, Æ, Ø with their full stop (alone
	 * the capital Å is also a word) */
	return end == i + 2 && (unsigned char)s[i] == 0xC3 && end < n && s[end] == '.' &&
	       strchr("\x84\x85\x86\x96\x98", s[i + 1]) != NULL;
}

/* "Sundsvall C", "Malmö C": C right after a town is its central station,
 * no initial (Sundsvall C. Buss ersätter: a sentence starts after it). */
static bool central_station_at(const anon_names *nm, const token *t)
{
	const token *p = t - 1;

	return t > nm->tok && t->klen == 1 && t->k[0] == 'c' && p->cap && !p->allcaps &&
	       (p->flags & W_PLACE) && p->end + 1 == t->start && nm->text[p->end] == ' ';
}

/* "KG Hammar", "HG. Karlsson": two capital consonants no list has,
 * written together, are the initials of a double given name; not a
 * party, an agency or a role (SD, TT, VD) nor a unit after a number
 * (5 KG). */
/* Does a given name that is no surname start at S[AT], after spaces? */
static bool first_name_follows(const anon_names *nm, const char *s, size_t n, size_t at)
{
	size_t end, len;
	char key[KEY_MAX];
	unsigned f;

	while (at < n && s[at] == ' ')
		at++;
	for (end = at; end < n && (len = letter_len(s, n, end)) > 0; end += len)
		;
	if (end == at)
		return false;
	f = names_flags(nm, key, fold_word(s + at, end - at, key, sizeof key));
	return (f & W_FIRST) && !(f & W_LAST);
}

static bool two_initials_at(const anon_names *nm, const char *s, size_t n, size_t i,
			    const token *t)
{
	const unsigned listed = W_KEEP | W_TITLE | W_ORGCUE | W_STOP | W_PLACE | W_FIRST | W_LAST;

	for (size_t k = i; k < i + 2; k++)
		if (s[k] < 'A' || s[k] > 'Z' || strchr("AEIOUY", s[k]))
			return false;
	if (!t->allcaps || (t->flags & listed))
		return false;
	if (i > 0 && (s[i - 1] != ' ' || (i > 1 && s[i - 2] >= '0' && s[i - 2] <= '9')))
		return false;
	if (i + 2 < n && s[i + 2] == '.')
		return !first_name_follows(nm, s, n, i + 3); /* "såg på TV. Linnea valde" */
	return i + 2 == n || s[i + 2] == ' ';
}

static void count_word(word_counts *c, const token *t)
{
	c->latin += t->script == SC_LATIN;
	c->other += t->script == SC_OTHER;
	c->caps += t->allcaps && t->script == SC_LATIN;
	c->english += (t->flags & W_ENSTOP) != 0;
	c->enname += (t->flags & W_ENWORD) && (t->flags & (W_FIRST | W_LAST));
}

static bool surname_shaped(const anon_names *nm, const token *t);
static bool unlisted_word(const anon_names *nm, const token *t);
static bool role_word(const anon_names *nm, const token *t);

/* The case of the letter at S[j] (ascii_case's bits, 0 for no Latin
 * letter) and, in *LEN, its length. */
static unsigned letter_case_at(const char *s, size_t n, size_t j, size_t *len)
{
	const latin2_letter *l;

	*len = 1;
	if (ascii_case[(unsigned char)s[j]])
		return ascii_case[(unsigned char)s[j]];
	if ((l = latin2_at(s, n, j)) == NULL)
		return 0;
	*len = 2;
	return l->kase;
}

/* Where, in S[a..b), the next glued word starts: a capital after a small
 * letter and before one (serviceMalin, VennströmOrdförande); B if none. */
static size_t glued_word_start(const char *s, size_t a, size_t b)
{
	unsigned before = 0;
	size_t q = a + 1;

	/* a capital after the first letter starts one: most words have none,
	 * and their bytes after it are ASCII, looked at quickly */
	while (q < b && (unsigned char)s[q] < 0x80 && ascii_case[(unsigned char)s[q]] != 2)
		q++;
	if (q >= b)
		return b;
	for (size_t j = a, len; j < b; j += len) {
		unsigned kase = letter_case_at(s, b, j, &len);
		size_t after;
		if (kase == 2 && before == 1 && j + len < b &&
		    letter_case_at(s, b, j + len, &after) == 1)
			return j;
		before = kase;
	}
	return b;
}

/* A token of S[a..b) alone, for asking the lists of it: its key in KEY
 * (KEY_MAX bytes), its flags, written as capitalised. */
static token part_token(const anon_names *nm, const char *s, size_t a, size_t b, char *key)
{
	token t = { 0 };

	t.klen = fold_word(s + a, b - a, key, KEY_MAX);
	t.k = key;
	t.cap = 1;
	set_flags(&t, t.klen ? names_flags(nm, key, t.klen) : 0);
	return t;
}

static bool capital_at(const char *s, size_t n, size_t i);

/* Does a word with a capital and then a small letter start after the
 * spaces at S[AT] (Lundström, not AB)? */
static bool capitalised_word_at(const char *s, size_t n, size_t at)
{
	size_t len;

	while (at < n && s[at] == ' ')
		at++;
	if (at >= n || !capital_at(s, n, at))
		return false;
	len = letter_len(s, n, at);
	return at + len < n && letter_len(s, n, at + len) > 0 && !capital_at(s, n, at + len);
}

/* "tränar-Thomas", "fritids-Lena": a word in small letters, a hyphen and
 * a capitalised given name is the person known by what they do; the name
 * after the hyphen is cut off to be judged alone.  Not a place or a brand
 * (stor-Stockholm, ex-Volvo), not a word in capitals (icke-EU).  Returns
 * where the first part ends, END when the word stays whole. */
static size_t byname_cut(const anon_names *nm, const char *s, size_t start, size_t end)
{
	const char *dash = memchr(s + start, '-', end - start);
	size_t at, len;
	char key[KEY_MAX];
	token b;

	if (!dash || ascii_case[(unsigned char)s[start]] != 1)
		return end;
	at = (size_t)(dash - s) + 1;
	if (at - start < 3 || at >= end || !capital_at(s, end, at) || memchr(s + at, '-', end - at))
		return end;
	len = letter_len(s, end, at);
	if (at + len >= end || capital_at(s, end, at + len))
		return end;
	b = part_token(nm, s, at, end, key);
	return (b.flags & W_FIRST) && !(b.flags & (W_PLACE | W_KEEP | W_STOP)) ? at - 1 : end;
}

/* "Floda–Lerum–Nils Ericson": a route of three or more stops joined by
 * dashes whose last begins with a given name; the name is cut off to be
 * judged alone, the places before it stay ("Mora-Ulla", two parts, is a
 * byname).  Returns where the places end, END when the word stays whole. */
static size_t route_cut(const anon_names *nm, const char *s, size_t start, size_t end)
{
	size_t at = end, stops = 0;
	unsigned places = 0;
	char key[KEY_MAX];
	token name;

	while (at > start && s[at - 1] != '-')
		at--;
	if (at <= start + 1 || at >= end || !capital_at(s, end, start) || !capital_at(s, end, at))
		return end;
	for (size_t from = start, to; from < at; from = to + 1, stops++) {
		token part;
		to = (size_t)((const char *)memchr(s + from, '-', at - from) - s);
		part = part_token(nm, s, from, to, key);
		if (part.flags & (W_FIRST | W_LAST))
			return end;
		places |= part.flags & W_PLACE;
	}
	if (stops < 2 || !places)
		return end;
	name = part_token(nm, s, at, end, key);
	return (name.flags & W_FIRST) && !(name.flags & (W_PLACE | W_KEEP | W_STOP)) ? at - 1 : end;
}

/* "RolfAndersson", "GertBirgersson": a given name from START to CUT
 * glued to a surname the lists have up to END, the space lost, is the
 * two; not a brand's capitals (BabyBjörn, JohnDeere, MaxMara). */
static bool glued_full_name(const anon_names *nm, const char *s, size_t start, size_t cut,
			    size_t end)
{
	char akey[KEY_MAX], bkey[KEY_MAX];
	token a = part_token(nm, s, start, cut, akey), b = part_token(nm, s, cut, end, bkey);

	return (a.flags & W_FIRST) && !(a.flags & (W_STOP | W_KEEP | W_PLACE)) &&
	       (b.flags & W_LAST) && !(b.flags & (W_STOP | W_KEEP | W_PLACE | W_COMMON));
}

/* Text copied from a web page loses its line breaks and glues a name to
 * the word before or after it ("förteckningChrister Stighäll", "Lena
 * VennströmOrdförande").  The word from START to END, unknown as a whole,
 * is cut where a known word (or one shaped like a surname) is followed by
 * a first name or a role; a brand's capitals (SchoolSoft, MittNord) stay.
 * Returns where the first part ends, END when the word stays whole. */
static size_t glued_cut(const anon_names *nm, const char *s, size_t start, size_t end)
{
	size_t cut = glued_word_start(s, start, end), next;
	char akey[KEY_MAX], bkey[KEY_MAX];
	token a, b;

	if (cut == end)
		return byname_cut(nm, s, start, end);
	if (cut - start < 3)
		return end;
	next = glued_word_start(s, cut + 1, end);
	if (next - cut < 3)
		return end;
	if (next == end && glued_full_name(nm, s, start, cut, end))
		return cut;
	a = part_token(nm, s, start, cut, akey);
	b = part_token(nm, s, cut, next, bkey);
	if ((b.flags & (W_STOP | W_KEEP)) || !((b.flags & W_FIRST) || role_word(nm, &b)))
		return end;
	/* "BabyBjörn AB", "BabyBjörn har": a brand's capitals; a capitalised
	 * word glued to a first name is two only before the surname
	 * (Anders BjörkMarkus Lundström), or after a greeting (HälsningarÅsa) */
	if (capital_at(s, end, start) && !role_word(nm, &b) && !(a.flags & W_GREET) &&
	    !capitalised_word_at(s, nm->textlen, end))
		return end;
	/* "AntonsonPressekreterare": a name copied glued to the role after it */
	return a.flags || dict_has(&nm->dict, a.k, a.klen) || surname_shaped(nm, &a) ||
	       role_word(nm, &b) ? cut : end;
}

/* The word just added, from START to END, when glued_cut cuts it: the
 * token of its first part instead.  Returns where that part ends. */
static size_t unglue_last(anon_names *nm, const char *s, size_t start, size_t end,
			  size_t *latin, size_t *other)
{
	const token *t = &nm->tok[nm->ntok - 1];
	size_t cut;

	if (t->allcaps || t->script != SC_LATIN)
		return end;
	cut = t->flags ? route_cut(nm, s, start, end) : glued_cut(nm, s, start, end);
	if (cut == end)
		return end;
	if (t->k >= nm->keys.s && t->k < nm->keys.s + nm->keys.len)
		nm->keys.len = (size_t)(t->k - nm->keys.s); /* its key is unused now */
	nm->ntok--;
	add_token(nm, s, start, cut, latin, other);
	return cut;
}

/* A capital at S[I]: A to Z, or Å, Ä, Ö, É. */
static bool capital_at(const char *s, size_t n, size_t i)
{
	return (s[i] >= 'A' && s[i] <= 'Z') ||
	       (i + 1 < n && (unsigned char)s[i] == 0xC3 && strchr("\x84\x85\x96\x89", s[i + 1]));
}

/* A capital and a small letter at S[I] (Eva, Åsa; not 5G, 3D). */
static bool capital_then_small(const char *s, size_t n, size_t i)
{
	size_t len, j = i + 1 + ((unsigned char)s[i] >= 0x80);

	return capital_at(s, n, i) && j < n && letter_case_at(s, n, j, &len) == 1;
}

/* The capitalised word S[I..END) is a given name or a surname the lists
 * have.  Seldom asked: kept out of cut_words' loop. */
static __attribute__((noinline)) bool listed_name_at(const anon_names *nm, const char *s,
						     size_t i, size_t end)
{
	char key[KEY_MAX];
	size_t cut;

	if (!capital_then_small(s, end, i))
		return false;
	if ((part_token(nm, s, i, end, key).flags & (W_FIRST | W_LAST)) != 0)
		return true;
	cut = glued_word_start(s, i, end); /* 52RolfAndersson */
	return cut - i >= 3 && end - cut >= 3 && glued_word_start(s, cut + 1, end) == end &&
	       glued_full_name(nm, s, i, cut, end);
}

static void cut_words(anon_names *nm, const char *s, size_t n,
		      const span_list *taken)
{
	size_t i = 0, next = 0, latin = 0, other = 0;
	bool initials = false;
	word_counts c = { 0 };
	ascii_read r = { 0 }; /* every field set before use; 0 for the compiler */
	/* kept in locals: the compiler cannot tell that the tokens written
	 * below are not TAKEN, and would load these again at every word */
	const anon_span *tv = taken->v;
	size_t ntaken = taken->n;
	size_t t_start = ntaken ? tv[0].start : SIZE_MAX, t_end = ntaken ? tv[0].end : SIZE_MAX;
	size_t passed_end = 0; /* where the last span before the word ends */

	nm->ntok = 0;
	nm->dotted = false;
	nm->bracketed = memchr(s, '(', n) != NULL;
	nm->commas = memchr(s, ',', n) != NULL;
	sb_clear(&nm->keys);
	/* case folding may lengthen a rare character by a byte */
	sb_reserve(&nm->keys, 2 * n + KEY_MAX);
	if (!nm->keys.s)
		return; /* never (sb_reserve allocates or dies): for the analyzer */
	while (i < n) {
		size_t len, end;
		bool ascii;
		token *t;
		/* what is between words is mostly ASCII: skip it fast, one
		 * look-up a byte */
		if (!maybe_word[(unsigned char)s[i]]) {
			i++;
			continue;
		}
		len = letter_len(s, n, i);
		if (!len) {
			i++;
			continue;
		}
		ascii = read_latin_word(nm, s, n, i, &r);
		end = ascii ? r.end : word_end(s, n, i);
		/* the spans taken are in order, so a cursor finds the first
		 * one that ends after this word (T_START and T_END: its
		 * bounds, SIZE_MAX past the last) */
		while (t_end <= i) {
			passed_end = t_end;
			next++;
			t_start = next < ntaken ? tv[next].start : SIZE_MAX;
			t_end = next < ntaken ? tv[next].end : SIZE_MAX;
		}
		/* letters glued to a number after it are its suffix (3an,
		 * 321ans, 1900talet), never a name; but a page that lost its
		 * line breaks glues a list's next name to a phone number
		 * ("036-30 18 00Eva Zelmell"): a name the lists have, kept, or
		 * a given name and a surname glued (SWE65RolfAndersson) */
		if (t_start < end ||
		    (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && !listed_name_at(nm, s, i, end))) {
			i = end;
			continue;
		}
		/* single letters (I, å, 8a) are never names, initials may be
		 * part of one; a letter of another script is a word */
		if (ascii)
			add_ascii_token(nm, s, i, &r);
		else
			add_token(nm, s, i, end, &latin, &other);
		/* only a word no list has can be two glued (serviceMalin), and
		 * only at a capital: read_latin_word tells of its words whether
		 * they have one.  The word that unglue_last puts in its place
		 * takes the same slot, so T stays its token. */
		t = &nm->tok[nm->ntok - 1];
		t->after_taken = passed_end > (nm->ntok > 1 ? t[-1].end : 0);
		if ((!t->flags && end - i >= 6 && (!ascii || (r.seen & 2))) ||
		    ((t->flags & W_PLACE) && !ascii))
			end = unglue_last(nm, s, i, end, &latin, &other);
		if (ascii) {
			/* count_word of a Latin word: read_latin_word's words
			 * are, and so is the first part unglue_last leaves */
			c.latin++;
			c.caps += t->allcaps;
			c.english += (t->flags & W_ENSTOP) != 0;
			c.enname += (t->flags & W_ENWORD) && (t->flags & (W_FIRST | W_LAST));
		} else {
			count_word(&c, t);
		}
		if (end - i <= 5 && end + 1 < n && s[end] == '.' &&
		    (capital_at(s, n, end + 1) || (s[end + 1] == '-' && capital_at(s, n, end + 2))))
			nm->dotted = true; /* G.S., K.-G. */
		if (end - i == len && (unsigned char)s[i] < 0xC4) {
			t->initial = initial_at(s, n, i, end) && !central_station_at(nm, t) ? 1 : 2;
			initials |= t->initial == 1;
			/* "I. Berg": a capital and a full stop is an initial,
			 * not the preposition i */
			if (t->initial == 1 && end < n && s[end] == '.')
				t->flags &= ~(unsigned)(W_PREP | W_PLACEPREP | W_PERSONPREP |
							W_ORGPREP | W_STOP);
		}
		else if ((end - i == 2 && two_initials_at(nm, s, n, i, t)) ||
			 (end - i <= 4 && end < n && s[end] == '.' &&
			  given_name_abbreviated_at(nm, s, n, i, end, t)))
			t->initial = 1;
		i = end;
	}
	/* a text in another script: few Latin words (a syllable of Ge'ez is
	 * one letter, so words are counted, not letters) */
	nm->foreign = c.other > 0 && (c.latin < 3 || c.other > 2 * c.latin);
	nm->capitals = c.caps > 0;
	nm->initials = initials;
	(void)latin;
	(void)other;
	nm->known = -1;
	nm->match = -1;
	discount_shouting(nm, &c);
	names_of_english_words(nm, &c);
}

/* ---- deciding ---- */

/* Is the word an ordinary word of the dictionary (a compound too)?  Asked
 * only of the few words a rule needs it for, and kept. */
static bool is_dict_word(anon_names *nm, size_t i)
{
	token *t = &nm->tok[i];
	size_t n = t->klen;

	if (t->dictw < 0) {
		size_t off = t->klen;
		while (off > 0 && t->k[off - 1] != '-')
			off--;
		if (off > 0 && off < t->klen && !(t->flags & (W_FIRST | W_LAST))) {
			/* Björn-stugan, Ica-butiken: as its last part */
			t->dictw = (signed char)dict_has_compound(&nm->dict, t->k + off, t->klen - off);
			return t->dictw > 0;
		}
		if (t->genitive && n > 1)
			n--; /* Kalles: ask for kalle */
		/* a known name is a word only as itself (torbjörn is no tor +
		 * björn); an unknown word may be a compound */
		t->dictw = (signed char)(n > 0 && (dict_has(&nm->dict, t->k, t->klen) ||
						   dict_has(&nm->dict, t->k, n) ||
						   (!(t->flags & (W_FIRST | W_LAST)) &&
						    dict_has_compound(&nm->dict, t->k, t->klen))));
	}
	return t->dictw > 0;
}

/* "Ungdomsrepresentant", "Robinsonvinnare": a word whose last part is a
 * long ordinary word that is no name is a common noun (a title, a thing),
 * whatever its first part; a surname ends in a short word (Björnberg,
 * Norrfalk) or in one that is a name too (Sjöstrand). */
static bool noun_compound_from(const anon_names *nm, const token *t, size_t first_cut)
{
	/* the longest last part first: at least 6 bytes */
	for (size_t cut = first_cut; cut + 6 <= t->klen; cut++) {
		if (!utf8_char_start(t->k, cut))
			continue;
		if (dict_has(&nm->dict, t->k + cut, t->klen - cut))
			return !(names_flags(nm, t->k + cut, t->klen - cut) & (W_FIRST | W_LAST));
	}
	return false;
}

/* The first part at least 3 bytes: a name's first part may be shorter
 * than a word's. */
static bool noun_compound(const anon_names *nm, const token *t)
{
	return noun_compound_from(nm, t, 3);
}

/* "Anna Berg, byvandring med": a word in small letters no list has whose
 * last part is an ordinary noun is a compound after a first part of two
 * letters too (by, ö, å are words), never a name joined to one. */
static bool lower_compound(const anon_names *nm, const token *t)
{
	return !t->cap && !t->flags && noun_compound_from(nm, t, 2);
}

/* "en Sakda Kaewkla som ringde": the capitalised words from word I on
 * are followed by som and what only a person does (not "som kom", "som
 * gick sönder": a parcel, a car). */
static bool who_does_after(const anon_names *nm, size_t i)
{
	static const char *const which[] = { "som" };
	static const char *const does[] = { "ringde", "ringer", "sa", "sade", "säger", "heter",
					    "hette", "ville", "vill", "lurade", "hotade", "jobbar",
					    "jobbade", "bor", "bodde", "pratade", "mejlade", "smsade" };
	const token *t = nm->tok;
	size_t j = i + 1;

	while (j < nm->ntok && j - i < 3 && t[j].gap == GAP_SPACE && t[j].cap)
		j++;
	return j + 1 < nm->ntok && t[j].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[j], which) &&
	       t[j + 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[j + 1], does);
}

/* "tog en Zecci Valpolicella", "köpte ett Fjällräven": Swedish puts no
 * indefinite article before a person's name, so a word no list has after
 * one is a thing; but "lurad av en Sakda Kaewkla som ville ha betalt":
 * someone of that name. */
static bool indefinite_before(const anon_names *nm, size_t i)
{
	static const char *const articles[] = { "en", "ett" };
	size_t first = i;

	/* the thing's name may run over a few words no list has */
	while (first > 0 && i - first < 3 && nm->tok[first].gap == GAP_SPACE &&
	       nm->tok[first - 1].cap && nm->tok[first - 1].flags == 0)
		first--;
	return first > 0 && nm->tok[first].gap == GAP_SPACE && !nm->tok[first - 1].cap &&
	       KEY_IS_ONE_OF(&nm->tok[first - 1], articles) && !who_does_after(nm, i);
}

/* "Zelmbergsbron", "Zelmviken", "Zelmtorget": a capitalised word no list
 * has whose last part is a place's noun in the definite form is that
 * place; surnames end in the bare noun (Zelmberg, Zelmstrand). */
static bool definite_place_compound(const anon_names *nm, const token *t)
{
	if (t->flags || !t->cap || t->allcaps || t->klen < 7 ||
	    (t->k[t->klen - 1] != 'n' && t->k[t->klen - 1] != 't'))
		return false;
	for (size_t cut = 4; cut + 3 <= t->klen; cut++)
		if (utf8_char_start(t->k, cut) &&
		    (names_flags(nm, t->k + cut, t->klen - cut) & W_PLACENOUN))
			return true;
	return false;
}

/* "Webbplatsen använder Zelmismet": what is used, a word no list has
 * right after a form of använda, is a program or a product. */
static bool used_thing_before(const anon_names *nm, size_t i)
{
	static const char *const use[] = { "använder", "använde", "använt", "använda",
					   "används", "användes", "använts" };
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	return p && nm->tok[i].gap == GAP_SPACE && !p->cap && p->k[0] == 'a' &&
	       KEY_IS_ONE_OF(p, use);
}

static bool full_name_at(anon_names *nm, size_t i);

/* "brukar vi spela Zelmking", "svårt att spela King Out": after the
 * infinitive spela, whose subject comes before it, a capitalised word is
 * a game or a piece, not a person; one of a full name is (spela Anna
 * Berg). */
static bool played_thing_before(anon_names *nm, size_t i)
{
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return p && nm->tok[i].gap == GAP_SPACE && !p->cap && KEY_IS(p, "spela") &&
	       !full_name_at(nm, i) &&
	       !(n && n->gap == GAP_SPACE && n->cap && (n->flags & (W_FIRST | W_LAST)));
}

/* "en Skoda Octavia", "min Volvo Amazon": after an article or a
 * possessive and a brand, a capitalised word is the brand's model. */
static bool model_of_brand(const anon_names *nm, size_t i)
{
	static const char *const articles[] = { "en", "ett" };
	const token *t = nm->tok;

	/* a make that is a name too (en Ford Victoria) before a word no
	 * surname: the article says a thing (min Max Lindström is a person) */
	return i >= 2 && t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE && t[i - 1].cap &&
	       (t[i - 1].flags & W_KEEP) &&
	       (!(t[i - 1].flags & (W_FIRST | W_LAST)) || !(t[i].flags & W_LAST)) &&
	       (!t[i - 2].cap || t[i - 2].sent_start) && /* "En Volkswagen Touran stals" */
	       (KEY_IS_ONE_OF(&t[i - 2], articles) || (t[i - 2].flags & W_POSS));
}

/* "Google Kalender", "Apple Musik": after a brand, a capitalised ordinary
 * word (a given name only if a word too), with no capitalised word after
 * it, is the brand's product (Ica Lindström, a surname no dictionary has,
 * is the shop's owner). */
static bool product_of_brand(anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 1 && t[i].gap == GAP_SPACE && t[i - 1].cap && !t[i - 1].allcaps &&
	       (t[i - 1].flags & W_KEEP) && !(t[i - 1].flags & (W_FIRST | W_LAST | W_PLACE)) &&
	       (!(t[i].flags & W_FIRST) || (t[i].flags & W_COMMON)) && !t[i].allcaps &&
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap) &&
	       is_dict_word(nm, i);
}

/* "Vikarbydagen", "Pinnplockardag", "Kulturnatten", "Sverigeveckan": a
 * day, a night, a week or a feast of a place or a cause, by the
 * compound's last part. */
static bool event_shape(const token *t)
{
	static const char *const ends[] = { "dag", "dagen", "dagarna", "veckan", "kvällen",
					    "natten", "festen", "lopp", "loppet", "mässan", "möte",
					    "mötet", "fest", "marknad", "marknaden",
					    "konsert", "konserten", "turnering", "turneringen",
					    "spel", "spelet", "spelen", "festival", "festivalen",
					    "iad", "iaden" };

	return ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 3) != 0;
}

/* "Rönntorpsbor", "Flemingsbergbor", "Rissnebon": the people of a place
 * the lists may not have, by the plural or definite of -bo after a stem of
 * five bytes or more; not a Slavic given name's -ibor, -obor (Velibor). */
static bool inhabitants_shape(const char *k, size_t n)
{
	static const char *const ends[] = { "bor", "borna", "bornas", "bon", "bons" };
	size_t el = ending_of(k, n, ends, sizeof ends / sizeof *ends, 5);

	return el && k[n - el - 1] != 'i' && k[n - el - 1] != 'o';
}

/* "Kirunabo", "kungsbackabo", "Rissnebon": one who lives in a place (a
 * listed place of 5 bytes or more before -bo), or the people of one. */
static bool inhabitant_of_place(const anon_names *nm, const token *t)
{
	const char *k = t->k;
	size_t n = t->klen;

	/* every ending has its b within the last six bytes: most words
	 * have none */
	if (n < 7 || !memchr(k + n - 6, 'b', 6))
		return false;
	return (k[n - 2] == 'b' && k[n - 1] == 'o' && (names_flags(nm, k, n - 2) & W_PLACE)) ||
	       inhabitants_shape(k, n);
}

/* "Vansbroborna", "Danderydsbor", "Uppsalahus", "Storgöteborg",
 * "Facebookgrupp": a known place or brand with an ordinary word after it
 * (its people, a building, a group) or a place with one before it (a
 * region) names a group or a place, not a person. */
static bool place_compound(const anon_names *nm, const token *t)
{
	const anon_dict *d = &nm->dict;
	const char *k = t->k;
	size_t n = t->klen;

	/* the place at least 5 bytes: short ones (Berg, Lund) make surnames
	 * (Bergner, Lundell) */
	if (inhabitant_of_place(nm, t))
		return true;
	for (size_t cut = 3; cut + 3 <= n; cut++) {
		if (!utf8_char_start(k, cut))
			continue;
		if (cut >= 5 && (names_flags(nm, k, cut) & (W_PLACE | W_KEEP)) &&
		    (dict_has(d, k + cut, n - cut) ||
		     (k[cut] == 's' && n - cut > 3 && dict_has(d, k + cut + 1, n - cut - 1))))
			return true;
		if ((names_flags(nm, k + cut, n - cut) & W_PLACE) && n - cut >= 5 &&
		    dict_has(d, k, cut))
			return true;
	}
	return false;
}

static inline bool ends_in(const wordtab *rev, uint64_t lens, const ending_tails *et,
			   const token *t, size_t min_stem);

/* The name of an organisation by its shape: Ekskolan, Justitiedepartementet,
 * Idrottsföreningen (endings from the roles file). */
static bool org_shape(const anon_names *nm, const token *t)
{
	/* "Hallén", "Wallén", "Stallén": -én after a letter or two ends a
	 * surname, not an avenue (Kungsallén) */
	if (t->klen < 9 && t->klen >= 3 && memcmp(t->k + t->klen - 3, "\xc3\xa9n", 3) == 0)
		return false;
	/* "Daniel Arab", "Ihab", "Cab Calloway": a firm glues AB to a longer
	 * name (Svefab); a short word in -ab is a name or a word */
	if (t->klen >= 3 && t->klen <= 4 && !t->allcaps && t->k[t->klen - 2] == 'a' &&
	    t->k[t->klen - 1] == 'b')
		return false;
	/* "Skön", "Lön", "Krön": a word of the dictionary with a letter or
	 * two before -ön is no island (Sandön, Ekön) */
	if (t->klen <= 5 && t->klen >= 3 && memcmp(t->k + t->klen - 3, "\xc3\xb6n", 3) == 0 &&
	    dict_has(&nm->dict, t->k, t->klen))
		return false;
	return ends_in(&nm->orgsuffix_rev, nm->org_lens, &nm->org_tails, t, 1);
}

/* Can the word K[0..n) end in an ending of ET, with at least MIN_STEM
 * bytes before it?  Its last byte or two tell for most words. */
static bool may_end_in(const ending_tails *et, const char *k, size_t n, size_t min_stem)
{
	unsigned tail, pair;

	if (n < 1 + min_stem)
		return false;
	tail = et->tail[(unsigned char)k[n - 1]];
	if (tail & 1)
		return true; /* an ending of one byte: the look-up tells */
	if (!tail || n < 2 + min_stem)
		return false;
	pair = byte_pair(k[n - 2], k[n - 1]);
	return (et->pairs[pair / 64] >> (pair % 64)) & 1;
}

/* ends_in of a word may_end_in lets through: a look-up per length of an
 * ending, against the endings written backwards, so that the word read
 * backwards is hashed once for all.  The length of the shortest ending
 * found, or 0. */
static size_t ends_in_lookup(const wordtab *rev, uint64_t lens, const token *t, size_t min_stem)
{
	char back[64];
	uint32_t h = WORDTAB_SEED;

	for (size_t len = 1; len + min_stem <= t->klen && len < 64; len++) {
		unsigned char c = (unsigned char)t->k[t->klen - len];
		back[len - 1] = (char)c;
		h = wordtab_step(h, c);
		if (((lens >> len) & 1) && wordtab_get_hashed(rev, back, len, h))
			return len;
	}
	return 0;
}

/* Does the word end in one of the endings of REV (written backwards; LENS:
 * their lengths, ET: their last bytes), with at least MIN_STEM bytes
 * before it?  Asked of many words: most are turned away by their last
 * bytes, inline. */
static inline bool ends_in(const wordtab *rev, uint64_t lens, const ending_tails *et,
			   const token *t, size_t min_stem)
{
	return may_end_in(et, t->k, t->klen, min_stem) && ends_in_lookup(rev, lens, t, min_stem) != 0;
}

/* Ends as only surnames do (-ström, -qvist: lindström, sjögren), listed
 * or not, in any case. */
static bool surname_end_shape(const anon_names *nm, const token *t)
{
	return t->script == SC_LATIN &&
	       ends_in(&nm->surnameend_rev, nm->surname_lens, &nm->surname_tails, t, 2);
}

/* A Latin word no list has, with an ending only surnames have. */
static bool surname_ending(const anon_names *nm, const token *t)
{
	return t->flags == 0 && surname_end_shape(nm, t);
}

/* "Skoglägren", "Paddlingslägren": a compound of ordinary words whose
 * last part reaches two letters or more past a surname's ending (läg +
 * ren has -gren in it) is a thing; a surname is made of a short word and
 * the ending (Sjögren, Ekblad, Sjölander). */
static bool compound_past_surname_end(const anon_names *nm, const token *t)
{
	for (size_t cut = 3; cut + 4 <= t->klen; cut++) {
		const char *last = t->k + cut;
		size_t n = t->klen - cut, el, before_end = 0;
		bool joined = t->k[cut - 1] == 's';

		if (!utf8_char_start(t->k, cut) || !dict_has(&nm->dict, last, n) ||
		    (names_flags(nm, last, n) & (W_FIRST | W_LAST)))
			continue;
		if (!(dict_has(&nm->dict, t->k, cut) || (joined && dict_has(&nm->dict, t->k, cut - 1))))
			continue;
		el = ends_in_lookup(&nm->surnameend_rev, nm->surname_lens,
				    &(token){ .k = last, .klen = n }, 0);
		for (size_t b = 0; b + el < n; b++)
			before_end += utf8_char_start(last, b);
		/* the longest last part decides; a patronymic stays one (Nick + lasson) */
		return el && before_end >= 2 && !(el >= 4 && memcmp(last + n - 4, "sson", 4) == 0);
	}
	return false;
}

/* "Vikström", "Nordquist", "Östgren": a capitalised word no list or
 * dictionary has, with an ending only surnames have, is a surname. */
static bool surname_shaped(const anon_names *nm, const token *t)
{
	return t->cap && surname_ending(nm, t) && !dict_has(&nm->dict, t->k, t->klen) &&
	       !compound_past_surname_end(nm, t);
}

/* IS(T), or IS of the stem of T read as a genitive. */
static bool word_or_genitive(const anon_names *nm, const token *t,
			     bool (*is)(const anon_names *, const token *))
{
	token stem = *t;

	if (is(nm, t))
		return true;
	stem.klen = genitive_stem(t->k, t->klen);
	return stem.klen && is(nm, &stem);
}

/* "Dunström", "Dunströms": shaped like a surname, or a family's by its
 * genitive. */
static bool surname_or_family(const anon_names *nm, const token *t)
{
	return word_or_genitive(nm, t, surname_shaped);
}

/* An organisation's word or ending. */
static bool org_word_itself(const anon_names *nm, const token *t)
{
	return wordtab_get(&nm->orgsuffix, t->k, t->klen) || org_shape(nm, t);
}

/* An organisation's word or ending, also in the genitive (Ekskolans
 * rektor). */
static bool org_word(const anon_names *nm, const token *t)
{
	return word_or_genitive(nm, t, org_word_itself);
}

/* "Ekskolan", "Hockey", "Dagblads": capitalised word J, an organisation's
 * ending or word (also in the genitive), ends the name begun by the
 * capitalised word before it (Da Vinciskolan, Hudik Hockey, Gefle
 * Dagblads, Holm Fritidsgård). */
static bool org_name_ends_at(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	return j > 0 && t->gap == GAP_SPACE && t->cap && nm->tok[j - 1].cap &&
	       (!(t->flags & (W_FIRST | W_LAST)) || (t->flags & (W_FIRST | W_COMMON)) == W_COMMON) &&
	       !(t->flags & W_CAPTION) && org_word(nm, t); /* "Text Anna Stecksen Foto" */
}

/* "Zelm Nova Beach Club": a name between a capitalised word that is no
 * given name and a capitalised ordinary word that an organisation's word
 * ends is inside the venue's name; a person stands first or after a cue
 * (Nova Beach Club, ring Anna Berg). */
static bool inside_venue_name(anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && i + 2 < nm->ntok && t[i].gap == GAP_SPACE && t[i - 1].cap &&
	       !t[i - 1].sent_start && !(t[i - 1].flags & (W_FIRST | W_LAST | W_TITLE | W_CALL |
							  W_GREET)) &&
	       t[i + 1].gap == GAP_SPACE && t[i + 1].cap && !t[i + 1].allcaps &&
	       !(t[i + 1].flags & (W_FIRST | W_LAST)) &&
	       dict_has(&nm->dict, t[i + 1].k, t[i + 1].klen) && /* not Gärde|bring */
	       org_name_ends_at(nm, i + 2);
}

/* "Bert Zelmby Vänsterpartiet": a word no list has after a given name,
 * before an organisation known by its own name (a party), is the
 * surname of the person who signs for it, not the start of its name. */
static bool signed_for_org(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return !t[i].flags && i > 0 && i + 1 < nm->ntok && t[i - 1].cap &&
	       (t[i - 1].flags & W_FIRST) && t[i].gap == GAP_SPACE && (t[i + 1].flags & W_KEEP) &&
	       !(t[i + 1].flags & W_PLACE);
}

/* Word I follows a capitalised first name or an initial: it may be the
 * surname. */
static bool after_first_name(const anon_names *nm, size_t i)
{
	const token *p;

	if (i == 0 || nm->tok[i].gap != GAP_SPACE)
		return false;
	p = &nm->tok[i - 1];
	return p->cap && ((p->flags & W_FIRST) || p->initial || p->state == ST_NAME);
}

/* Is token T a company's form (AB, HB, Oy, Ltd)? */
static bool company_form(const anon_names *nm, const token *t)
{
	static const char *const forms[] = { "ab", "oy", "oyj", "hb", "kb", "ltd", "inc", "gmbh" };

	return (t->allcaps && wordtab_get(&nm->orgsuffix, t->k, t->klen)) ||
	       (t->cap && KEY_IS_ONE_OF(t, forms)); /* Oy Ab */
}

/* "Åkerlunds Fastighetsservice AB", "Kone Hiss AB", "Kaarles Mark och
 * Schakt AB": word I begins the name of a company, capitalised words
 * (joined by och or &) up to its form. */
static bool company_follows(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t words = 0, joins = 0;

	/* "Karlssons måleri AB", "Nilssons el AB": a genitive, its trade in
	 * small letters, the company's form */
	if (i + 2 < nm->ntok && t[i].klen > 3 && t[i].k[t[i].klen - 1] == 's' &&
	    t[i + 1].gap == GAP_SPACE && !t[i + 1].cap && dict_has(&nm->dict, t[i + 1].k, t[i + 1].klen) &&
	    t[i + 2].gap == GAP_SPACE && t[i + 2].cap && company_form(nm, &t[i + 2]))
		return true;
	/* "Lars Ylander Norconsult AB": two words without och are a person
	 * and the company */
	for (size_t j = i + 1; j < nm->ntok && j <= i + 4; j++) {
		if (t[j].gap != GAP_SPACE && !(t[j].amp && words > 0))
			return false;
		joins += t[j].amp; /* "Nordic Sport & Event AB" */
		if (t[j].cap && words > 0 && company_form(nm, &t[j]))
			return words == joins + 1;
		if (t[j].cap)
			words++;
		else if (words == 0 || t[j].klen != 3 || memcmp(t[j].k, "och", 3) != 0)
			return false;
		else
			joins++;
	}
	return false;
}

/* What follows word I ends in an organisation's word, not in the
 * genitive ("Mohammed Yacoub kommunens plan"): "Skåneporten fastigheter",
 * "Kone Hiss AB". */
static bool org_ending_follows(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i + 1];

	if (i + 1 >= nm->ntok || t->gap != GAP_SPACE)
		return false;
	return wordtab_get(&nm->orgsuffix, t->k, t->klen) || org_shape(nm, t) ||
	       company_follows(nm, i);
}


/* A day of the week or a month: "tränare Stenströmer måndag eftermiddag"
 * tells when, not whose organisation. */
static bool time_word(const token *t)
{
	return (t->flags & W_MONTH) || KEY_IS_ONE_OF(t, weekdays);
}

/* "Sture biblioteks sida": the next word, in small letters, is an
 * organisation's word or a place's noun in the genitive. */
static bool org_genitive_follows(const anon_names *nm, const token *t)
{
	static const char *const definite[] = { "en", "et", "an", "na" };
	size_t stem = t->cap ? 0 : genitive_stem(t->k, t->klen);

	/* not a definite form: "Anna Yacoub kommunens plan" */
	return stem >= 3 && !ending_of(t->k, stem, definite, sizeof definite / sizeof *definite, 2) &&
	       ((names_flags(nm, t->k, stem) & (W_KEEP | W_PLACENOUN)) ||
		wordtab_get(&nm->orgsuffix, t->k, stem));
}

/* An organisation word follows: "Lerums kommun", "Östby gymnasium", "Lunds
 * universitet" (a keep word, a place noun or an organisation ending, also
 * standing alone). */
static bool org_follows(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i + 1];

	if (i + 1 >= nm->ntok || t->gap != GAP_SPACE)
		return false;
	/* "min granne Nora Berg": a surname; but "Tesch Brand AB": an
	 * ordinary word before the company's form is its trade */
	if (t->cap && (t->flags & (W_FIRST | W_LAST)) && !(t->flags & W_KEEP))
		return (t->flags & W_COMMON) && !(nm->tok[i].flags & W_FIRST) &&
		       company_follows(nm, i);
	if ((t->flags & W_KEEP) && !t->cap && time_word(t))
		return false;
	if (t->flags & (W_KEEP | W_PLACENOUN))
		return true;
	/* "Pre Påsk Cup": a capitalised word of the dictionary, then the
	 * ending: the run is the name of the event or the club */
	if (t->cap && !t->allcaps && !(t->flags & (W_FIRST | W_LAST)) &&
	    dict_has(&nm->dict, t->k, t->klen) && org_ending_follows(nm, i + 1))
		return true;
	return org_ending_follows(nm, i) || org_genitive_follows(nm, t);
}


/* The flags of the phrase "W1 W2" (or three words) starting at I, when the
 * table has it: keep phrases (Burger King, Clas Ohlson), greetings (med
 * vänliga hälsningar). *LEN gets its word count. */
static unsigned phrase_at(const anon_names *nm, size_t i, size_t *len)
{
	char key[3 * KEY_MAX + 3];
	size_t k = 0;
	unsigned f, best = 0;

	uint32_t h = WORDTAB_SEED; /* of KEY[0..k), as it grows */

	*len = 1;
	if (!nm->tok[i].phrase)
		return 0;
	for (size_t j = i; j < i + 3 && j < nm->ntok; j++) {
		if (j > i) {
			if (nm->tok[j].gap == GAP_OTHER)
				break;
			key[k++] = ' ';
			h = wordtab_step(h, ' ');
		}
		uint32_t before_last = h;
		for (size_t b = 0; b < nm->tok[j].klen; b++) {
			before_last = h;
			key[k] = nm->tok[j].k[b];
			h = wordtab_step(h, (unsigned char)key[k++]);
		}
		if (j == i)
			continue;
		f = wordtab_get_hashed(&nm->words, key, k, h);
		/* "Clas Ohlsons butik", "Helsingin Sanomats": its genitive */
		if (!(f & ~(unsigned)W_PHRASE) && key[k - 1] == 's' && nm->tok[j].klen > 2)
			f = wordtab_get_hashed(&nm->words, key, k - 1, before_last);
		if (f & ~(unsigned)W_PHRASE) {
			best = f;
			*len = j - i + 1;
		}
	}
	return best;
}

/* Someone did it to a person: a verb that is both what a person does and
 * takes a person as its object (ringde, mejlade, smsade), unlike "typ" or
 * "enligt", which a brand may follow. */
#define W_TELL (W_OBJVERB | W_PVERB)

/* "på", "hos", "från", "vid": where a person works or comes from
 * follows (väktaren från Securitas, Ros på fritids). */
static bool workplace_prep(const token *t)
{
	static const char *const at[] = { "på", "hos", "från", "vid" };

	return KEY_IS_ONE_OF(t, at);
}

/* A role in small letters ends at word J: a role's word (kantor,
 * väktaren), or one and where the holder works ("väktaren från
 * Securitas", "rektorn på Ekskolan"). */
static bool role_ends_at(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	if (t[j].cap && !t[j].sent_start) {
		if (j < 2 || t[j].gap != GAP_SPACE || t[j - 1].gap != GAP_SPACE ||
		    !workplace_prep(&t[j - 1]) || (t[j].flags & W_PLACE))
			return false;
		j -= 2;
	}
	return (!t[j].cap || t[j].sent_start) && ((t[j].flags & W_TITLE) || role_word(nm, &t[j]));
}

/* "Vår kantor, Axel Berg, kallade", "Väktaren från Securitas, Ruta, är",
 * "rektor, Wilma van den Broek, har": one to three capitalised words (and
 * a name's particles) set off by commas right after a role name its
 * holder. */
static bool role_apposition_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i, words = 1;

	if (t[i].gap != GAP_COMMA || t[i].allcaps || !role_ends_at(nm, i - 1))
		return false;
	if (!t[i].cap) /* "rektorn, maria, vet": a given name in small letters alone */
		return (t[i].flags & W_FIRST) && !(t[i].flags & W_STOP) && t[i].script == SC_LATIN &&
		       i + 1 < nm->ntok && t[i + 1].gap == GAP_COMMA;
	while (j + 1 < nm->ntok && words <= 3 && t[j + 1].gap == GAP_SPACE &&
	       (t[j + 1].cap || (t[j + 1].flags & W_PARTICLE)))
		words += t[++j].cap;
	return words <= 3 && t[j].cap && (j + 1 == nm->ntok || t[j + 1].gap == GAP_COMMA);
}

/* A bracket opens right before word I, and the word before it is a role
 * ("Läraren (A.B.) sa", "Mentorn (linda)"). */
static bool role_opens_bracket(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].start > 0 && nm->text[t[i].start - 1] == '(' &&
	       ((t[i - 1].flags & W_TITLE) || role_word(nm, &t[i - 1]));
}

/* "Mentorn (linda) gör", "läraren (sandberg)": a name of the lists in
 * small letters alone in brackets right after a role is whom the role
 * names (capitalised, other rules know it). */
static bool bracketed_after_role(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t a = t[i - 1].end;

	if (t[i].cap || !(t[i].flags & (W_FIRST | W_LAST)) || t[i].end >= nm->textlen ||
	    s[t[i].end] != ')' || !role_opens_bracket(nm, i))
		return false;
	while (a < t[i].start - 1 && s[a] == ' ')
		a++;
	return a == t[i].start - 1;
}

/* "Eder ordförande,\nBjörn": a role ending its line with a comma, the
 * name that signs under it on the next. */
static bool signed_under_role(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t a = nm->tok[i - 1].end, b = nm->tok[i].start;

	if (!(nm->tok[i - 1].flags & W_TITLE) || a >= b || s[a] != ',')
		return false;
	while (++a < b && (s[a] == ' ' || s[a] == '\r'))
		;
	if (a >= b || s[a] != '\n')
		return false;
	while (a < b && (s[a] == ' ' || s[a] == '\n' || s[a] == '\r'))
		a++;
	return a == b;
}

/* Cue flags (title, naming verb, greeting, verb with a person as object)
 * of the word or two words before I. */
static unsigned cue_before(const anon_names *nm, size_t i)
{
	static const char *const so[] = { "så" }, *const with[] = { "med" }, *const to[] = { "till" },
				 *const replies[] = { "svar", "replik", "slutreplik" };
	const token *t = nm->tok;
	char key[3 * KEY_MAX + 2];
	unsigned f;
	size_t a, b;

	if (i == 0)
		return 0;
	f = t[i - 1].flags;
	if (role_apposition_at(nm, i))
		return W_TITLE;
	/* "Dr. Berg", "Hr. Ek": a title cut short keeps its full stop;
	 * "Ordförande: Sten Berg": a role labels the name after its colon,
	 * and so does a credit line's label a given name (Text: Kjell) */
	if (t[i].gap != GAP_SPACE && !t[i].quote)
		return ((f & (W_TITLE | W_CAPTION)) && t[i - 1].end + 2 == t[i].start &&
			nm->text[t[i - 1].end + 1] == ' ' &&
			(((f & W_TITLE) && t[i - 1].klen <= 4 && nm->text[t[i - 1].end] == '.') ||
			 (nm->text[t[i - 1].end] == ':' &&
			  ((f & W_TITLE) || (t[i].flags & (W_FIRST | W_KEEP)) == W_FIRST)))) ||
			       bracketed_after_role(nm, i) || signed_under_role(nm, i)
			   ? W_TITLE
			   : 0;
	if (i >= 2 && t[i - 1].gap == GAP_SPACE && (f & W_CUE_TAIL)) {
		unsigned g;
		a = t[i - 2].klen;
		b = t[i - 1].klen;
		memcpy(key, t[i - 2].k, a);
		key[a] = ' ';
		memcpy(key + a + 1, t[i - 1].k, b);
		g = names_flags(nm, key, a + 1 + b);
		/* "kallar sig för", "kallar den för": a phrase of three, whose
		 * first two are one of two */
		if (!(g & ~(unsigned)W_CUE_TAIL) && i >= 3 && (t[i - 2].flags & W_CUE_TAIL) &&
		    t[i - 2].gap == GAP_SPACE &&
		    t[i - 3].klen + a + b + 2 < sizeof key) {
			size_t c = t[i - 3].klen;
			memmove(key + c + 1, key, a + 1 + b);
			memcpy(key, t[i - 3].k, c);
			key[c] = ' ';
			g = names_flags(nm, key, c + 1 + a + 1 + b);
		}
		f |= g;
	}
	if (t[i].quote)
		return f & W_CALL;
	/* "i bästa fall", "med bästa vilja": a greeting's word after a
	 * preposition greets no one */
	if ((f & W_GREET) && i >= 2 && t[i - 1].gap == GAP_SPACE &&
	    ((t[i - 2].flags & (W_PREP | W_PLACEPREP | W_PERSONPREP)) || KEY_IS_ONE_OF(&t[i - 2], with)) &&
	    !t[i - 2].cap)
		f &= ~(unsigned)W_GREET;
	/* "tack till Hans G", not "tack till Nerikes Fordon Historiker":
	 * thanks go to firms and clubs as often, so only a given name; a
	 * reply goes to the writer (Svar till Bson), a word no list has */
	if ((f & W_GREET) && i >= 2 && KEY_IS_ONE_OF(&t[i - 1], to) && !(t[i].flags & W_FIRST) &&
	    !(t[i].flags == 0 && KEY_IS_ONE_OF(&t[i - 2], replies)))
		f &= ~(unsigned)W_GREET;
	/* "en så kallad Drömvinst": a term, no one's name */
	if ((f & W_CALL) && i >= 2 && t[i - 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i - 2], so))
		f &= ~(unsigned)W_CALL;
	/* "chefredaktör T J", "kommunikationschef Eva": a role's compound */
	if (f == 0 && !t[i - 1].cap && t[i - 1].klen >= 7 && role_word(nm, &t[i - 1]))
		f = W_TITLE;
	/* a verb in both lists (ringde, mejlade) keeps W_PVERB: it is W_TELL */
	return f & (W_TITLE | W_CALL | W_GREET | W_OBJVERB |
		    ((f & W_TELL) == W_TELL ? W_PVERB : 0));
}

/* A greeting or sign-off two words back ("Hälsningar Saga Sjö"). */
static bool greeting_before(const anon_names *nm, size_t i)
{
	size_t j = i;

	/* "Hälsningar, Björn", "Hälsningar,⏎Björn", "Tack, Sten":
	 * capitalised right after the greeting's comma, also on the next
	 * line, the one greeted or signing */
	if (i > 0 && nm->tok[i].cap && !nm->tok[i].allcaps && (nm->tok[i - 1].flags & W_GREET) &&
	    (nm->tok[i].gap == GAP_COMMA ||
	     comma_ends_line(nm->text, nm->tok[i - 1].end, nm->tok[i].start)))
		return true;

	while (j > 0 && nm->tok[j].gap == GAP_SPACE && i - j < 3) {
		j--;
		if (nm->tok[j].flags & W_GREET)
			return true;
		if (nm->tok[j].state != ST_NAME && j != i - 1)
			return false;
	}
	return false;
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

/* Flags that make a word anything but a surname. */
#define NOT_SURNAME (W_KEEP | W_STOP | W_PLACE | W_TITLE | W_CALL | W_GREET | W_PREP | \
		     W_CONJ | W_PVERB | W_OBJVERB | W_PLACEPREP | W_LANG | W_PRON)

/* "Johan Zelmer Tel: 08-…", "Tomas Zelmell Tel. 070-…": a contact's
 * label before its colon, or shortened before its number, though a
 * surname too. */
static bool contact_label_at(const anon_names *nm, size_t i)
{
	static const char *const labels[] = { "tel", "tele", "telefon", "tfn", "tlf", "mobil", "fax",
					      "mejl", "mail", "epost", "adress", "mob" };
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t e = t->end, n = nm->textlen;

	if (e >= n || (s[e] != ':' && s[e] != '.') || !KEY_IS_ONE_OF(t, labels))
		return false;
	if (s[e] == ':')
		return true;
	e++;
	while (e < n && s[e] == ' ')
		e++;
	return e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '+');
}

/* A surname follows word I, or follows it after an initial (Max Lundström,
 * Wilma C Hermansson, max söderberg): a known surname that is nothing
 * else; in lower case (or shouted) one that no dictionary has as a word. */
static bool surname_follows(anon_names *nm, size_t i)
{
	size_t j = i + 1;
	const token *t;

	if (j < nm->ntok && nm->tok[j].initial == 1 && nm->tok[j].gap == GAP_SPACE)
		j++;
	if (j >= nm->ntok || nm->tok[j].gap != GAP_SPACE)
		return false;
	t = &nm->tok[j];
	if (!(t->flags & W_LAST) || t->script != SC_LATIN || t->cap != nm->tok[i].cap)
		return false;
	/* "jasper norberg": a place that is a surname too, right after a
	 * given name, is the surname; not after a brand's (max norrköping) */
	if ((t->flags & NOT_SURNAME) &&
	    ((t->flags & NOT_SURNAME) != W_PLACE || (nm->tok[i].flags & W_KEEP)))
		return false;
	if (t->cap)
		return !t->sent_start && !org_shape(nm, t);
	return !is_dict_word(nm, j);
}

/* "DAN ZELMSTRÖM", "MAX ZELMDAHL": in capitals after word I in capitals,
 * a word no list or dictionary has that ends as only surnames do. */
static bool shouted_surname_follows(const anon_names *nm, size_t i)
{
	const token *t = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return t && t->gap == GAP_SPACE && t->allcaps && nm->tok[i].allcaps && !t->flags &&
	       t->script == SC_LATIN && surname_ending(nm, t) && !dict_has(&nm->dict, t->k, t->klen);
}

/* A capitalised word shaped like a surname no list has follows word I
 * (PO Henricsson). */
static bool shaped_surname_follows(const anon_names *nm, size_t i)
{
	const token *t = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return t && t->gap == GAP_SPACE && t->cap && !t->allcaps && !t->sent_start &&
	       surname_shaped(nm, t);
}

static bool pverb_at(const anon_names *nm, size_t j);
static bool word_surname_after(anon_names *nm, size_t i);

/* A capitalised first name and, after a space, a capitalised name of a
 * list (Sven Åke, Anna Berg) or a surname (Sven Ekestorm). */
static bool full_name_at(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!t->cap || !(t->flags & W_FIRST) || !n || n->gap != GAP_SPACE || !n->cap)
		return false;
	return ((n->flags & (W_FIRST | W_LAST)) && !(n->flags & (W_STOP | W_KEEP | W_PLACE))) ||
	       surname_follows(nm, i) || surname_shaped(nm, n) ||
	       /* "från Lutz Zelmberg": a given name that is no place before
		* a word no list or dictionary has */
	       (!(t->flags & W_PLACE) && !n->flags && !n->allcaps && n->script == SC_LATIN &&
		!n->sent_start && !is_dict_word(nm, i + 1) && !org_shape(nm, n));
}

/* "Saga Sjö", "Signe Ek", shouted "JOSHUA SJÖ": an ordinary word that is
 * also a name, right after a first name written the same way, may be the
 * surname: it is one when that first name is found to be a name (the
 * rules for a capitalised ordinary word beside a name decide).  Most
 * words fail on their own shape, asked inline. */
static inline bool word_surname_at(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (i == 0 || t->gap != GAP_SPACE || !(t->flags & W_COMMON) || t->sent_start ||
	    (t->flags & ~(unsigned)(W_CUE_TAIL | W_COMMON | W_PLACENOUN | W_LAST)) ||
	    t->script != SC_LATIN)
		return false;
	return word_surname_after(nm, i);
}

/* word_surname_at of a word of the shape: the word before decides. */
static bool word_surname_after(anon_names *nm, size_t i)
{
	token *t = &nm->tok[i];
	const token *p;

	p = &nm->tok[i - 1];
	if (!((p->flags & W_FIRST) || p->state == ST_NAME) || (p->flags & NOT_SURNAME) ||
	    p->cap != t->cap || p->allcaps != t->allcaps)
		return false;
	/* in lower case only in a person's frame: "hälsningar ludwig säll",
	 * "lina säll kör moped" at the start of a sentence */
	if (!t->cap && !t->allcaps && !greeting_before(nm, i) &&
	    !(pverb_at(nm, i + 1) && at_sentence_start(nm->text, p->start)))
		return false;
	t->dictweak = 1;
	return true;
}

/* Joined by "och" or "eller" to a personal pronoun ("Maria och jag",
 * "Bo eller du"), or set between commas after mig or oss. */
/* "min bror", "hennes mamma": word J a possessive before a person's
 * role in small letters. */
static bool kin_after_possessive(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	return j + 1 < nm->ntok && (t[j].flags & W_POSS) && !t[j].cap && t[j + 1].gap == GAP_SPACE &&
	       !t[j + 1].cap && (t[j + 1].flags & W_TITLE);
}

static bool pron_joined(const anon_names *nm, size_t i)
{
	static const char *const me[] = { "mig", "mej", "oss" };
	static const char *const self[] = { "jag", "mig" };
	const token *t = nm->tok;

	/* "ring 116 006 eller mig, Joy, 070…": the one who says mig, between
	 * commas after it */
	if (i >= 1 && t[i].gap == GAP_COMMA && t[i].end < nm->textlen && nm->text[t[i].end] == ',' &&
	    KEY_IS_ONE_OF(&t[i - 1], me))
		return true;
	/* "Björn, jag, Towe och Sara åkte": a list of people with jag in it */
	if (i + 2 < nm->ntok && t[i + 1].gap == GAP_COMMA && !t[i + 1].cap &&
	    KEY_IS_ONE_OF(&t[i + 1], self) &&
	    (t[i + 2].gap == GAP_COMMA || ((t[i + 2].flags & W_CONJ) && !t[i + 2].cap)))
		return true;
	return (i >= 2 && (t[i - 1].flags & W_CONJ) && t[i].gap == GAP_SPACE &&
		t[i - 1].gap == GAP_SPACE && (t[i - 2].flags & W_PRON)) ||
	       (i + 2 < nm->ntok && (t[i + 1].flags & W_CONJ) && t[i + 1].gap == GAP_SPACE &&
		t[i + 2].gap == GAP_SPACE &&
		((t[i + 2].flags & W_PRON) || kin_after_possessive(nm, i + 2)));
}

/* "SRF's", "SIUs", "Lund FFs": the genitive of an acronym of two to four
 * capitals (three or four, or a club's letters, and a small -s, when it
 * has no apostrophe: "BOs" may be Bo's). */
static bool acronym_genitive(const anon_names *nm, const token *t)
{
	size_t stem = t->klen == 3 && t->k[2] == 's' ? 2 : genitive_stem(t->k, t->klen);
	size_t at = t->start + stem;

	if (!t->cap || stem < 2 || stem > 7 || at > t->end ||
	    (t->klen - stem < 2 &&
	     ((stem < 3 && !(names_flags(nm, t->k, stem) & W_ORGCUE)) || t->allcaps)))
		return false; /* shouted "ALIS BROR" may be Ali's */
	return all_upper(nm->text, t->start, at);
}

/* Ends in -sson or -qvist, as only surnames do (Andersson, Lindqvist). */
static bool patronymic_shape(const token *t)
{
	static const char *const ends[] = { "sson", "qvist" };

	return ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 2) != 0;
}

/* A patronymic ends in a kin word that makes it no role's compound
 * (Nilsdotter, Persson). */
static bool patronymic(const token *t)
{
	static const char *const ends[] = { "dotter", "sson" };

	return ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 3) != 0;
}

/* A known name: capitalised it is one (an ordinary word too only
 * mid-sentence); in lower case only when no dictionary has it as a word. */
/* Word I is followed, after a space, by a word in small letters that
 * the dictionary has and that is no function word or verb of a person:
 * a noun a genitive may own (Svens bår, Paus bil). */
static bool owned_noun_follows(anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap &&
	       !(n->flags & (W_STOP | W_PREP | W_CONJ | W_PLACEPREP | W_PVERB | W_PRON | W_PERSONPREP)) &&
	       is_dict_word(nm, i + 1);
}

/* "Lindas stora intresse är mode": opening a sentence, a genitive that is
 * a verb's form too (lindas) is the genitive when what it owns, perhaps
 * after an adjective in the form a genitive asks for (-a, -e: stora,
 * gamle), is followed by the sentence's verb. */
static bool genitive_opens_subject(anon_names *nm, size_t i)
{
	static const char *const verbs[] = { "är", "var", "blir", "blev", "har", "hade" };
	const token *t = nm->tok;
	size_t j = i + 1;

	if (!t[i].sent_start || j + 1 >= nm->ntok || t[j].gap != GAP_SPACE || t[j].cap)
		return false;
	if (weak_adjective_ending(&t[j]) && is_dict_word(nm, j) && owned_noun_follows(nm, j))
		j++;
	else if (!owned_noun_follows(nm, i))
		return false;
	return j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[j + 1], verbs);
}

/* "Det blir Paus i kväll", "2 tim / Paus / Flex": a capitalised word
 * that the dictionary has, read as the genitive of a given name (Pau),
 * is the word before a preposition, a conjunction or a slash, where a
 * genitive has nothing to own.  "Svens bår" owns a noun; "hemma hos
 * Björns", after a preposition, and "boken var Svens.", at a clause's
 * end, are genitives that own a home or the thing named before.  After
 * a given name the word is the surname (Anders Lans i Mora). */
static bool word_not_genitive(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	size_t k = t->end;

	if (!t->genitive || !t->cap || t->allcaps || !n || after_first_name(nm, i) ||
	    (i > 0 && (nm->tok[i - 1].flags & (W_PREP | W_PLACEPREP | W_PERSONPREP))) ||
	    !dict_has(&nm->dict, t->k, t->klen))
		return false;
	while (k < n->start && nm->text[k] == ' ')
		k++;
	return (n->gap == GAP_SPACE && !n->cap && (n->flags & (W_PREP | W_CONJ | W_PLACEPREP))) ||
	       (k < n->start && nm->text[k] == '/');
}

static bool addressed_at(const anon_names *nm, size_t i);

/* "Eder ordförande": a possessive that is a given name too (Eder) before
 * a role is the possessive. */
static bool possessive_of_role(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return (nm->tok[i].flags & W_POSS) && n && n->gap == GAP_SPACE && !n->cap &&
	       (n->flags & W_TITLE);
}

static unsigned char judge_named(anon_names *nm, size_t i, bool after_prep)
{
	const token *t = &nm->tok[i];

	/* "Kristdala Livs", "Zelmby Buss": a firm's word after a place names
	 * the firm, though a name or its genitive too */
	if (i > 0 && t->gap == GAP_SPACE && t->cap && !t->allcaps &&
	    (nm->tok[i - 1].flags & (W_PLACE | W_FIRST | W_LAST)) == W_PLACE && nm->tok[i - 1].cap &&
	    wordtab_get(&nm->orgsuffix, t->k, t->klen))
		return ST_NO;

	/* "till Svens bår", "Vi såg Svens bil": a given name's genitive that
	 * is a word too (svens), mid-sentence before a noun it owns */
	if ((t->flags & W_COMMON) && t->genitive && (t->flags & W_FIRST) && t->cap && !t->allcaps &&
	    ((!t->sent_start && owned_noun_follows(nm, i)) || genitive_opens_subject(nm, i)))
		return ST_NAME;
	if (word_not_genitive(nm, i) || possessive_of_role(nm, i))
		return ST_NO;
	if (t->flags & (W_COMMON | W_STOP)) {
		/* "BRA ATT VETA": in a shouted run the capitals say nothing */
		if (!t->cap || (t->allcaps && i > 0 && nm->tok[i - 1].allcaps && nm->tok[i - 1].klen > 1))
			return (t->flags & W_STOP) ? ST_NO : ST_MAYBE_LOWER;
		if (neighbour_has(nm, i, -1, W_POSS))
			return ST_NO; /* "Grattis på Din Dag" */
		if (t->sent_start && addressed_at(nm, i))
			return ST_NAME;
		if (t->sent_start || t->gap == GAP_COMMA)
			return ST_MAYBE;
		return after_prep ? ST_MAYBE_WEAK : ST_NAME;
	}
	/* IP, TV, EU: an acronym unless beside a name; "4 § LOU genom" starting
	 * a sentence too, unless a person's frame (ALI slog mig) or a shouted
	 * surname (KAI KANGASSALO) is around it */
	if ((t->allcaps && t->cap && t->klen <= 3) ||
	    (acronym_genitive(nm, t) && genitive_stem(t->k, t->klen) <= 3)) { /* SIUs */
		const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
		if (!t->sent_start)
			return ST_MAYBE_WEAK;
		return n && n->gap == GAP_SPACE && n->allcaps && n->klen > 3 &&
			       !(n->flags & (W_STOP | W_KEEP | W_PLACE | W_TITLE | W_CAPTION))
			   ? ST_NAME
			   : ST_MAYBE;
	}
	/* "Kaplan under lägret blir": a role that is a surname too,
	 * opening a sentence, is the role unless a neighbour says name */
	if (t->cap && (t->flags & W_TITLE) && t->sent_start && !t->allcaps)
		return ST_MAYBE;
	if (t->cap)
		return ST_NAME;
	/* "vi såg nilsson på stan": a surname in -sson or -qvist is a name on
	 * its own, in small letters too (no Swedish word ends so but lesson,
	 * caisson, which the dictionary has; pers + son is no compound) */
	if ((t->flags & W_LAST) &&
	    (patronymic_shape(t) || word_or_genitive(nm, t, surname_end_shape)) &&
	    !dict_has(&nm->dict, t->k, t->klen))
		return ST_NAME;
	if (is_dict_word(nm, i))
		return ST_MAYBE_LOWER; /* ville, kosta, river */
	return (t->flags & W_FIRST) ? ST_IF_KNOWN : ST_MAYBE_WEAK;
}

/* A word with one of FLAGS, also as the last part of a compound
 * (chefredaktören, förbundsordförande; ungdomsgården, demokratiprojektet). */
static bool key_compound_ending(const anon_names *nm, const char *k, size_t klen, unsigned flags,
				size_t min_tail)
{
	for (size_t cut = 3; cut + min_tail <= klen; cut++)
		if (utf8_char_start(k, cut) && (names_flags(nm, k + cut, klen - cut) & flags))
			return true;
	return false;
}

static bool compound_ending(const anon_names *nm, const token *t, unsigned flags, size_t min_tail)
{
	return (t->flags & flags) || key_compound_ending(nm, t->k, t->klen, flags, min_tail);
}

static bool compound_of(const anon_names *nm, const token *t, unsigned flags)
{
	return compound_ending(nm, t, flags, 5);
}

/* A role (kulturledare, Brf-ordförande, Boinflytandechef: "chef" is
 * short), after a head of two letters too where the role is long
 * (Elansvarig, Itsamordnare; not Pesonen). */
static bool role_word(const anon_names *nm, const token *t)
{
	return compound_ending(nm, t, W_TITLE, 4) ||
	       (t->klen >= 8 && utf8_char_start(t->k, 2) &&
		(names_flags(nm, t->k + 2, t->klen - 2) & W_TITLE));
}

/* "tränarna", "ungdomsledarna": the plural of a role in -are, which the
 * lists have in the singular. */
static bool roles_plural(const anon_names *nm, const token *t)
{
	char key[KEY_MAX];
	size_t stem;

	if (t->klen < 7 || t->klen > sizeof key || memcmp(t->k + t->klen - 4, "arna", 4) != 0)
		return false;
	stem = t->klen - 4;
	memcpy(key, t->k, stem);
	memcpy(key + stem, "are", 4);
	return (names_flags(nm, key, stem + 3) & W_TITLE) ||
	       key_compound_ending(nm, key, stem + 3, W_TITLE, 4);
}

/* "Vice ordförande", "Tf verksamhetschef", "Politisk redaktör": an
 * ordinary word or an abbreviation before a role written in small
 * letters belongs to the role. */
static bool modifies_role(anon_names *nm, size_t i)
{
	const token *n;

	if (i + 1 >= nm->ntok)
		return false;
	n = &nm->tok[i + 1];
	/* "Torsten Spring ordförande": after a first name that starts a name
	 * it is the surname ("Anna Berg Vice ordförande" is another role) */
	if (i > 0 && nm->tok[i].gap == GAP_SPACE && nm->tok[i - 1].cap &&
	    !nm->tok[i - 1].allcaps && (nm->tok[i - 1].flags & W_FIRST) &&
	    !(nm->tok[i - 1].flags & (W_TITLE | W_STOP | W_LAST)) &&
	    !(i > 1 && nm->tok[i - 1].gap == GAP_SPACE && nm->tok[i - 2].cap))
		return false;
	return n->gap == GAP_SPACE && !n->cap && role_word(nm, n) &&
	       (nm->tok[i].klen <= 3 || is_dict_word(nm, i));
}

/* The word before the naming verb that ends at word I ("byn" in "byn
 * heter X", "projekt" in "ett projekt som heter X"), or NULL. */
static const token *call_subject(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i - 1; /* the verb, or the last word of "kallas för" */

	if (j >= 1 && (t[j].flags & W_CUE_TAIL) && !(t[j].flags & W_CALL))
		j--;
	if (j == 0 || t[j].gap != GAP_SPACE)
		return NULL;
	j--;
	if (j > 0 && KEY_IS(&t[j], "som") && t[j].gap == GAP_SPACE) {
		j--;
		/* "en skola i Zelmby som heter X": past the place it is in */
		if (j >= 2 && t[j].cap && (t[j].flags & W_PLACE) && t[j].gap == GAP_SPACE &&
		    !t[j - 1].cap && (t[j - 1].flags & (W_PREP | W_PLACEPREP)) &&
		    t[j - 1].gap == GAP_SPACE)
			j -= 2;
	}
	return &t[j];
}

/* The flags of the two words from J on read as one phrase (kallar den). */
static unsigned pair_flags(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;
	char key[2 * KEY_MAX + 1];

	if (j + 1 >= nm->ntok || t[j].klen + t[j + 1].klen + 1 > sizeof key)
		return 0;
	memcpy(key, t[j].k, t[j].klen);
	key[t[j].klen] = ' ';
	memcpy(key + t[j].klen + 1, t[j + 1].k, t[j + 1].klen);
	return names_flags(nm, key, t[j].klen + 1 + t[j + 1].klen);
}

/* "Den heter Bella", "vi kallar den för Uffe", "det kallas Kottebo":
 * what den or det stands for right beside the naming verb is an animal or
 * a thing (a person is han, hon or hen), not personal data. */
static bool it_is_named(const anon_names *nm, size_t i)
{
	static const char *const it[] = { "den", "det" };
	static const char *const one_of[] = { "ena", "andra", "förste", "andre", "siste" };
	static const char *const that[] = { "det" };
	static const char *const which[] = { "som" };
	const token *t = nm->tok;

	/* "kallar den", "den heter"; not "den ena hette Dennis", one of two,
	 * nor "Den utvalde heter Dennis", a person described */
	for (size_t j = i >= 3 ? i - 3 : 0; j < i; j++)
		if (t[j + 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[j], it) &&
		    ((j > 0 && t[j].gap == GAP_SPACE && (t[j].flags & W_CUE_TAIL) &&
		      (pair_flags(nm, j - 1) & W_CALL)) ||
		     (t[j + 1].flags & W_CALL)) &&
		    !KEY_IS_ONE_OF(&t[j + 1], one_of))
			return true;
	/* "det som tidigare hette Morvik": the thing that was named so (den
	 * som is whoever, a person) */
	for (size_t j = i >= 5 ? i - 5 : 0; j + 2 < i; j++)
		if (KEY_IS_ONE_OF(&t[j], that) && KEY_IS_ONE_OF(&t[j + 1], which) &&
		    t[j + 1].gap == GAP_SPACE && t[j + 2].gap == GAP_SPACE &&
		    ((t[j + 2].flags & W_CALL) ||
		     (j + 3 < i && !t[j + 2].cap && t[j + 3].gap == GAP_SPACE && (t[j + 3].flags & W_CALL))))
			return true;
	return false;
}

static bool person_before_call(const anon_names *nm, size_t i)
{
	const token *s = call_subject(nm, i);

	/* "Sigge heter katten": a name right before the verb is the name
	 * given, and the noun after it the one named (inverted order) */
	if (s && s == &nm->tok[i - 2] && s->cap &&
	    (s->flags & (W_FIRST | W_LAST)) && !(s->flags & (W_TITLE | W_PRON)))
		return false;
	return s && ((s->flags & (W_FIRST | W_LAST | W_TITLE | W_PRON)) || role_word(nm, s) ||
		     roles_plural(nm, s));
}

/* "vakten på Storan som heter Juho": a role, a preposition and a place
 * before the naming verb of word I; the verb names the one in the role. */
static bool role_before_place_phrase(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	for (size_t k = i >= 3 ? i - 3 : 0; k > 0 && k + 7 > i; k--) {
		if (t[k].sent_start)
			return false;
		if ((t[k].flags & (W_PREP | W_PLACEPREP)) && !t[k].cap)
			return (t[k - 1].flags & W_TITLE) && t[k].gap == GAP_SPACE;
	}
	return false;
}

/* "Föreningens", "Byalagets": a genitive whose stem is a word, or ends in
 * one, of FLAGS. */
static bool genitive_compound_of(const anon_names *nm, const token *t, unsigned flags)
{
	size_t n = genitive_stem(t->k, t->klen);
	token stem;

	if (n == 0)
		return false;
	stem = *t;
	stem.klen = n;
	stem.flags = names_flags(nm, t->k, n);
	return compound_of(nm, &stem, flags);
}

/* "Byn heter Ekeby", "ett projekt som heter Kaboom", "Mötesplatsen kallas
 * Pavven", "Föreningens namn är Zelmsta Byalag": the naming verb names a
 * place or an organisation, not a person. */
static bool thing_named(const anon_names *nm, size_t i)
{
	const token *s = call_subject(nm, i);

	return s && !(s->flags & (W_FIRST | W_LAST | W_TITLE | W_PRON)) &&
	       (compound_of(nm, s, W_PLACENOUN | W_ORGCUE) ||
		genitive_compound_of(nm, s, W_PLACENOUN | W_ORGCUE)) &&
	       !role_before_place_phrase(nm, i);
}

/* Word J: "restaurang", "IK": a business's, a building's or a club's
 * noun; a club's two letters count only in capitals ("if Maria" is
 * English) and only before the club's name ("IK Frej"; in "Avans SK
 * Jonas Nygård" they end it). */
static bool org_cue_at(const anon_names *nm, size_t j)
{
	const token *p = &nm->tok[j];

	/* "OM VÅR GÄSTBLOGG Maja Zelm skriver": a heading in capitals ends
	 * before a word written as a sentence writes it */
	if (p->allcaps && p->klen > 4 && j + 1 < nm->ntok && nm->tok[j + 1].cap &&
	    !nm->tok[j + 1].allcaps)
		return false;
	/* "landslagshunden Leela", "pojkhemmet Frej", "Seniorkören Zelma": a
	 * compound ending in one too, but in small letters not after a
	 * place's preposition, where a new clause may follow (vid skolgården
	 * Zigge o Ali är); capitalised inside a sentence it is a proper name
	 * (till Kvinnojouren Zelma), unless it is a place (vid Bergsjön Per);
	 * at a sentence's start it may be the subject (Arbetslaget Lisa och Kim
	 * hälsar) */
	if (!(p->flags & W_ORGCUE))
		/* in small letters a short last part too (bondkatt Zelma) */
		return !(p->flags & (W_FIRST | W_LAST)) && p->klen >= 8 &&
		       compound_ending(nm, p, W_ORGCUE, p->cap ? 5 : 4) &&
		       (p->cap ? !p->sent_start && !(p->flags & W_PLACE) &&
				 !compound_ending(nm, p, W_PLACENOUN, 5)
			       : !(j > 0 && (nm->tok[j - 1].flags & (W_PREP | W_PLACEPREP))));
	/* "vann OK Renen": an orienteering club's letters, but "OK Kalle,"
	 * at a sentence's start is a reply to him; "OK Zelmar tog": the club,
	 * the subject of a verb in small letters */
	return p->klen > 2 ||
	       (p->allcaps && !(j > 0 && p->gap == GAP_SPACE && nm->tok[j - 1].cap) &&
		!(p->sent_start && p->k[0] == 'o' && p->k[1] == 'k' &&
		  !(j + 2 < nm->ntok && nm->tok[j + 2].gap == GAP_SPACE && !nm->tok[j + 2].cap)));
}

/* "ordförande för Heimbygda", "ledamot i X": word J (a preposition)
 * follows a role; för only an office's, which an organisation holds
 * ("klassföreståndare för" a pupil, "mentor för" a person). */
static bool role_prep_at(const anon_names *nm, size_t j)
{
	static const char *const offices[] = { "förande", "ledamot", "sekreterare", "kassör",
					       "chef", "direktör", "vd" };
	static const char *const for_[] = { "för" };
	const token *r = j >= 1 ? &nm->tok[j - 1] : NULL;

	return r && nm->tok[j].gap == GAP_SPACE && (nm->tok[j].flags & W_ORGPREP) &&
	       !nm->tok[j].cap && role_word(nm, r) &&
	       (!KEY_IS_ONE_OF(&nm->tok[j], for_) ||
		ending_of(r->k, r->klen, offices, sizeof offices / sizeof *offices, 0) != 0);
}

/* Does the key of T end in -rna, a plural's definite ending (hundarna,
 * restaurangerna, skolorna)? */
static bool plural_definite(const token *t)
{
	static const char *const ends[] = { "rna", "agen", "kena" }; /* företagen, märkena */

	return ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 3) != 0;
}

/* Is T the definite plural of a business's, a place's or an animal's noun
 * (restaurangerna, hundarna, rosföretagen), of which the whole or its last
 * part is listed as a cue? */
static bool plural_definite_cue(const anon_names *nm, const token *t)
{
	return plural_definite(t) && compound_of(nm, t, W_ORGCUE);
}

/* Is T the plural without an article of a business's, a place's or an
 * animal's noun (skolor, föreningar, butiker, grundskolor), of which the
 * singular (skola, förening, butik) or its last part is listed as a cue
 * or an organisation's ending? */
static bool plural_indefinite_cue(const anon_names *nm, const token *t)
{
	char key[KEY_MAX + 1];
	size_t n = t->klen;

	if (n < 5 || n > KEY_MAX || t->k[n - 1] != 'r' || !strchr("aeo", t->k[n - 2]))
		return false;
	memcpy(key, t->k, n - 2);
	n -= 2;
	if (t->k[t->klen - 2] == 'o')
		key[n++] = 'a'; /* skolor: skola */
	for (size_t cut = 0; cut + 4 <= n; cut = cut ? cut + 1 : 3)
		if (utf8_char_start(key, cut) &&
		    ((names_flags(nm, key + cut, n - cut) & W_ORGCUE) ||
		     wordtab_get(&nm->orgsuffix, key + cut, n - cut)))
			return true;
	return false;
}

/* "i skolor nära hallen: Alpha, Tessin och Omega": the list that starts
 * at word J after a colon names what a plural noun a few words before
 * the colon counts. */
static bool colon_after_plural_cue(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	if (j == 0 || memchr(nm->text + t[j - 1].end, ':', t[j].start - t[j - 1].end) == NULL)
		return false;
	for (size_t k = j; k > 0 && j - k < 5; k--) {
		const token *p = &t[k - 1];
		/* within the colon's sentence: not "Vi har gårdar. Ansvarig: Zelma" */
		if (k < j && t[k].gap == GAP_OTHER)
			return false;
		if ((!p->cap || p->sent_start) &&
		    (plural_indefinite_cue(nm, p) || plural_definite_cue(nm, p)))
			return true;
	}
	return false;
}

/* "våra kaniner, Zelma och Zelmo", "två katter, Zelma": word J is the
 * plural without an article of an animal's or a business's noun after a
 * possessive or a number; the list after its comma names what it counts. */
static bool owned_plural_cue(const anon_names *nm, size_t j)
{
	static const char *const counts[] = { "två", "tre", "fyra", "fem", "sex", "båda", "bägge" };
	const token *t = nm->tok;

	return j > 0 && !t[j].cap && t[j].gap == GAP_SPACE && plural_indefinite_cue(nm, &t[j]) &&
	       ((t[j - 1].flags & W_POSS) || KEY_IS_ONE_OF(&t[j - 1], counts));
}

/* "restaurangerna Gränden, Mocca Deli och Biff", "hundarna Bella och
 * Sixten": word I is in an item of a list (of one to three capitalised
 * words each, joined by commas and och) after the plural of a business's,
 * a place's or an animal's noun, also one before a colon that opens it. */
static bool in_list_after_plural_cue(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i, words = 1, e = i; /* of the item that holds word j */

	/* "orkanerna Irma och Harvey, Anna Zelm-Batras avgång": an item in
	 * the genitive before what it owns starts a clause of its own */
	while (e + 1 < nm->ntok && e - i < 2 && t[e + 1].gap == GAP_SPACE && t[e + 1].cap)
		e++;
	if (e + 1 < nm->ntok && t[e + 1].gap == GAP_SPACE && !t[e + 1].cap && t[e].klen > 2 &&
	    t[e].k[t[e].klen - 1] == 's' &&
	    !(t[e + 1].flags & (W_STOP | W_CONJ | W_PREP)))
		return false;

	for (unsigned steps = 0; j > 0 && steps < 16; steps++) {
		const token *p = &t[j - 1];
		/* also "Hundarna Bella" starting a sentence, "rosföretagen", and
		 * between commas: "katterna, Smulan och Elsa, bor" */
		if ((t[j].gap == GAP_SPACE || t[j].gap == GAP_COMMA) && plural_definite_cue(nm, p))
			return true;
		if ((t[j].gap == GAP_COMMA || t[j].gap == GAP_SPACE) && !t[j].amp &&
		    owned_plural_cue(nm, j - 1))
			return true;
		if (t[j].gap == GAP_SPACE && !p->cap && (p->flags & W_CONJ) && j >= 2 &&
		    p->gap == GAP_SPACE && t[j - 2].cap) {
			j -= 2; /* over och to the item before */
			words = 1;
			continue;
		}
		if (t[j].amp && p->cap && j - 1 > 0) { /* Felix & Lilly */
			j--;
			words = 1;
			continue;
		}
		/* not a full name in it: "Skolor: Annika Ek-Förskolan" */
		if (t[j].gap == GAP_OTHER)
			return colon_after_plural_cue(nm, j) && !after_first_name(nm, i) &&
			       !((t[i].flags & W_FIRST) && i + 1 < nm->ntok &&
				 t[i + 1].gap == GAP_SPACE && t[i + 1].cap);
		if (!p->cap || (t[j].gap == GAP_SPACE && (++words > 3 || (p->flags & W_STOP))))
			return false;
		if (t[j].gap == GAP_COMMA)
			words = 1; /* the item before */
		j--;
	}
	return false;
}

/* ... and not a given name and a surname there (chefen för
 * fritidsgårdarna Mårten Zelmsson: a person). */
static bool item_after_plural_cue(anon_names *nm, size_t i)
{
	return in_list_after_plural_cue(nm, i) && !full_name_at(nm, i) &&
	       !(i > 0 && full_name_at(nm, i - 1));
}

/* "Hästen Gran Torino", "hunden Stora Bella": word I follows a
 * capitalised ordinary word (no given name but as a word) that begins the
 * name after the noun of a business, a club or an animal, or a given name
 * as a second one does. */
static bool second_word_after_org_cue(anon_names *nm, size_t i)
{
	const token *w = i >= 2 ? &nm->tok[i - 1] : NULL, *t = &nm->tok[i];

	if (!w || t->gap != GAP_SPACE || w->gap != GAP_SPACE || !w->cap || w->allcaps ||
	    !org_cue_at(nm, i - 2))
		return false;
	/* "kyrkbåten Greta Lovisa": two given names and no surname */
	if ((w->flags & (W_FIRST | W_LAST)) == W_FIRST && (t->flags & (W_FIRST | W_LAST)) == W_FIRST &&
	    !(i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap))
		return true;
	return (!(w->flags & W_FIRST) || (w->flags & W_COMMON)) && is_dict_word(nm, i - 1);
}

/* Does word I stand alone in brackets right after the word before it? */
static bool bracketed_after(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t a = nm->tok[i].start, e = nm->tok[i].end, p = nm->tok[i - 1].end;

	return a >= p + 1 && a <= p + 2 && s[a - 1] == '(' && (a == p + 1 || s[p] == ' ') &&
	       e < nm->textlen && s[e] == ')';
}

/* "butiken Boligheter", "Föreningen Ludvika Gymmix", "chefredaktören för
 * Urjalan Sanomat": the name of an organisation runs over a few
 * capitalised words after its noun, or after a role and its preposition. */
static bool org_name_before(anon_names *nm, size_t i)
{
	if (item_after_plural_cue(nm, i) || second_word_after_org_cue(nm, i))
		return true;
	/* "Vår regionala organisation, Heimbygda, har": the organisation's
	 * name between commas after its noun */
	/* "lönesystemet (Zelmoma)": or alone in brackets right after it */
	if (i > 0 && ((nm->tok[i].gap == GAP_COMMA && i + 1 < nm->ntok &&
		       nm->tok[i + 1].gap == GAP_COMMA) ||
		      bracketed_after(nm, i)) &&
	    (org_cue_at(nm, i - 1) || (nm->tok[i - 1].klen > 2 && compound_of(nm, &nm->tok[i - 1], W_ORGCUE))))
		return true;
	for (size_t j = i; j > 0 && i - j < 3; j--) {
		const token *p = &nm->tok[j - 1];
		/* a name quoted whole after the noun: musikgruppen ”Kvartetten” */
		if (nm->tok[j].gap != GAP_SPACE && !(j == i && nm->tok[j].quote))
			return false;
		if (org_cue_at(nm, j - 1) || (p->klen > 2 && compound_of(nm, p, W_ORGCUE)) ||
		    role_prep_at(nm, j - 1))
			return true;
		if (!p->cap || (p->flags & W_STOP) ||
		    ((p->flags & (W_FIRST | W_LAST)) && !(p->flags & W_PLACE)))
			return false;
	}
	return false;
}

static inline bool digit_byte(char c)
{
	return c >= '0' && c <= '9';
}

static bool isalpha_ascii(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* "Kolumbus.xlsx": a file's name; S[end] is the full stop. */
static bool file_name_at(const char *s, size_t n, size_t end)
{
	static const char *const ext[] = { "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
					   "odt", "ods", "txt", "csv", "jpg", "jpeg", "png",
					   "gif", "zip", "mp4" };
	size_t e = end + 1, len;

	while (e < n && isalpha_ascii(s[e]))
		e++;
	len = e - end - 1;
	if (len < 3 || len > 4)
		return false; /* every extension has three or four letters */
	for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++)
		/* the first letter before strlen: asked at every full stop */
		if (len > 0 && ext[k][0] == (s[end + 1] | 0x20) && strlen(ext[k]) == len &&
		    strncasecmp(s + end + 1, ext[k], len) == 0 &&
		    (e == n || !(isalpha_ascii(s[e]) || (s[e] >= '0' && s[e] <= '9') ||
				 (unsigned char)s[e] >= 0x80)))
			return true;
	return false;
}

/* "KomL 107 §": a law's short name; S[end] is a space or a digit. */
static bool law_at(const char *s, size_t n, size_t end)
{
	size_t e = end, len;

	if (e < n && s[e] == ' ')
		e++;
	len = e;
	while (e < n && s[e] >= '0' && s[e] <= '9')
		e++;
	if (e == len)
		return false;
	if (e < n && s[e] == ' ')
		e++;
	return e + 1 < n && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xA7;
}

static bool isupper_ascii(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* "GoIF", "PROck", "SöIBF": two capitals inside a word that also has small
 * letters (a club's or a brand's spelling; "ANNAs" is a shouted genitive,
 * "LArs" a capital held down too long). */
static bool inner_capitals(const char *w, size_t n)
{
	bool pair = false, small = false;

	for (size_t k = 1; k < n; k++) {
		pair |= isupper_ascii(w[k - 1]) && isupper_ascii(w[k]) &&
			!(k == 1 && k + 1 < n && !isupper_ascii(w[k + 1]));
		small |= (k + 1 < n && w[k] >= 'a' && w[k] <= 'z') ||
			 (k + 2 < n && (unsigned char)w[k] == 0xC3 &&
			  (unsigned char)w[k + 1] >= 0xA0); /* å, ä, ö, é: SöIBF */
	}
	return pair && small;
}

/* "PuL", "SoFo", "WoHa": a short word with a capital after a small
 * letter abbreviates a law, an area or a slogan, as no name is written. */
static bool short_camel(const char *s, size_t len, size_t start, size_t end)
{
	/* "PeO Karlström": a given name's initials before a surname */
	if (end - start > 4 || (end + 1 < len && s[end] == ' ' && isupper_ascii(s[end + 1])))
		return false;
	for (size_t k = start + 1; k < end; k++)
		if (s[k - 1] >= 'a' && s[k - 1] <= 'z' && isupper_ascii(s[k]))
			return true;
	return false;
}

/* "SeniorZelm", "SportAdmin": a capital after four small letters or more,
 * and a small letter after it, joins two words into a brand's or a
 * service's name; names join so after a short prefix only (McDonald,
 * MacLeod, FitzGerald, DeShawn), or where a given name comes first
 * (MarieLouise).  Returns the capital's offset in the word, or 0. */
static size_t long_camel(const char *s, size_t start, size_t end)
{
	size_t small = 0;

	for (size_t k = start; k + 1 < end; k++) {
		if (s[k] >= 'a' && s[k] <= 'z') {
			small++;
			continue;
		}
		if (small >= 4 && isupper_ascii(s[k]) && s[k + 1] >= 'a' && s[k + 1] <= 'z')
			return k - start;
		small = 0;
	}
	return 0;
}

static bool brand_camel(const anon_names *nm, const token *t)
{
	size_t cut = t->flags ? 0 : long_camel(nm->text, t->start, t->end);

	return cut && cut < t->klen && !(names_flags(nm, t->k, cut) & W_FIRST);
}

/* "Mf", "Sfp": a capitalised word of two to four ASCII letters and no
 * vowel, that no list has, abbreviates an association or a party; a name
 * has a vowel (Lý, Ngô carry theirs with an accent).  Not before a
 * capitalised word: "St Clair" is a surname. */
static bool vowelless_abbreviation(const char *s, size_t len, size_t start, size_t end)
{
	if (end - start < 2 || end - start > 4 ||
	    (end + 1 < len && s[end] == ' ' && isupper_ascii(s[end + 1])))
		return false;
	for (size_t k = start; k < end; k++) {
		char c = (char)(s[k] | 0x20);
		if (c < 'a' || c > 'z' || strchr("aeiouy", c))
			return false;
	}
	return true;
}

/* "www.svea.se", "https://mora": a word of a web address. */
static bool web_address_at(const char *s, size_t n, size_t start, size_t end)
{
	static const char *const tld[] = { "se", "nu", "com", "org", "net", "fi", "eu", "info" };
	size_t e = end + 1;

	/* the byte before the word first: most words have a space there */
	if (start > 0 && (s[start - 1] == '.' || s[start - 1] == '/') &&
	    ((start >= 4 && strncasecmp(s + start - 4, "www.", 4) == 0) ||
	     (start >= 3 && memcmp(s + start - 3, "://", 3) == 0)))
		return true;
	if (end >= n || s[end] != '.')
		return false;
	while (e < n && s[e] >= 'a' && s[e] <= 'z')
		e++;
	if (e < n && (isalpha_ascii(s[e]) || (s[e] >= '0' && s[e] <= '9') || (unsigned char)s[e] >= 0x80))
		return false;
	/* asked at every word before a full stop: most ends of sentences
	 * have no two to four letters after it */
	if (e - end - 1 < 2 || e - end - 1 > 4)
		return false;
	for (size_t k = 0; k < sizeof tld / sizeof tld[0]; k++)
		if (strlen(tld[k]) == e - end - 1 && memcmp(s + end + 1, tld[k], e - end - 1) == 0)
			return true;
	return false;
}

/* "Covid-19", "Org nr", "Tel.nr": a code with its number, or the label of
 * a number; "Bl.a.", "T.ex.": an abbreviation. */
static bool code_or_label_at(const char *s, size_t n, size_t end)
{
	size_t e = end;

	if (e + 1 < n && s[e] == '-' && s[e + 1] >= '0' && s[e + 1] <= '9')
		return true;
	if (e + 2 < n && s[e] == '.' && isalpha_ascii(s[e + 1]) && s[e + 2] == '.')
		return true;
	if (e < n && (s[e] == ' ' || s[e] == '.' || s[e] == '-'))
		e++;
	return e + 1 < n && s[e] == 'n' && s[e + 1] == 'r' &&
	       (e + 2 == n || !(isalpha_ascii(s[e + 2]) || (unsigned char)s[e + 2] >= 0x80));
}

/* "Dingersjö 1:67", "Valla 5:8": a property's designation (block and
 * unit), not a time (10:30) after a name. */
static bool property_number_at(const char *s, size_t n, size_t end)
{
	size_t e = end + 1, a, b;

	if (e >= n || s[end] != ' ')
		return false;
	for (a = e; e < n && s[e] >= '0' && s[e] <= '9'; e++)
		;
	if (e == a || e - a > 4 || e + 1 >= n || s[e] != ':')
		return false;
	for (b = ++e; e < n && s[e] >= '0' && s[e] <= '9'; e++)
		;
	if (e == b || (e < n && (isalpha_ascii(s[e]) || (unsigned char)s[e] >= 0x80)))
		return false;
	/* a designation writes no leading zero: "Lindgren 48:04" is a race's
	 * time; a time has two digits of minutes under 60 and an hour under 25 */
	if ((s[a] == '0' && e - a > 2) || (s[b] == '0' && e - b > 1))
		return false;
	return e - b != 2 || s[b] >= '6' || e - a > 5 || (e - a == 5 && (s[a] > '2' || (s[a] == '2' && s[a + 1] > '4')));
}

/* From byte A, a word of one to five small letters and its full stop
 * (the "kand." of "jur.kand."). */
static bool glued_abbreviation(const char *s, size_t n, size_t a)
{
	size_t b = a;

	while (b < n && b - a <= 5 && s[b] >= 'a' && s[b] <= 'z')
		b++;
	return b > a && b - a <= 5 && b < n && s[b] == '.';
}

/* "Z-pirken", "B-finalen", "T-shirt", "DM-tävling", "SM-guld": one to
 * five capital letters, a hyphen and a word in small letters make a
 * thing's name, never a person's (A-K, P-O have a capital after the
 * hyphen). */
static bool letter_compound(const char *s, size_t n, size_t start, size_t end)
{
	size_t caps = 0;
	unsigned char c;

	while (start + caps < end && caps < 6 && s[start + caps] >= 'A' && s[start + caps] <= 'Z')
		caps++;
	if (caps == 0 || caps > 5 || start + caps + 1 >= n || s[start + caps] != '-')
		return false;
	c = (unsigned char)s[start + caps + 1];
	return end >= start + caps + 4 &&
	       ((c >= 'a' && c <= 'z') ||
		(c == 0xC3 && start + caps + 2 < n && (unsigned char)s[start + caps + 2] >= 0xA0));
}

/* Is T an ending Swedish glues by a colon to a short form (sms:ade,
 * SVT:s, OS:et, TV:n, cd:ar)? */
static bool colon_inflection(const token *t)
{
	static const char *const endings[] = { "a", "ad", "ade", "ande", "ar", "arna", "at", "en",
					       "ens", "er", "erna", "et", "ets", "n", "na", "ns",
					       "or", "orna", "s", "t" };

	return t->klen <= 4 && KEY_IS_ONE_OF(t, endings);
}

/* The word's own shape or what is glued to it says it is no name.  Asked
 * of every word: a word in small letters between spaces, most of them,
 * is let go after a look at the bytes around it. */
static bool not_a_name_by_shape(const anon_names *nm, const token *t)
{
	const char *s = nm->text;
	char after = t->end < nm->textlen ? s[t->end] : ' ';

	if (!t->cap && (t->start == 0 || s[t->start - 1] == ' ') &&
	    (after == ' ' || after == ',') &&
	    !(t->end + 2 < nm->textlen && ((s[t->end + 1] == 'n' && s[t->end + 2] == 'r') ||
					   (s[t->end + 1] >= '0' && s[t->end + 1] <= '9'))))
		return false;
	/* "jur.kand.", "fil.lic.": a short word in small letters glued by a
	 * full stop to another with its own is an abbreviation (not "ringde
	 * anna.hon svarade", a full stop without its space) */
	if (!t->cap && t->klen <= 4 && after == '.' && glued_abbreviation(s, nm->textlen, t->end + 1))
		return true;
	/* "9:ans hållplats", "3:or": a number's ending; "sms:ade", "TV:n",
	 * "USA:s": an inflection glued by a colon to a short form (not
	 * "namn:anna", a label) */
	if (!t->cap && t->start >= 2 && s[t->start - 1] == ':' &&
	    ((s[t->start - 2] >= '0' && s[t->start - 2] <= '9') ||
	     (((s[t->start - 2] | 0x20) >= 'a' && (s[t->start - 2] | 0x20) <= 'z') &&
	      colon_inflection(t))))
		return true;
	/* "EK2b", "SA19": a class's or a programme's letters; "Lpfö98",
	 * "Tele2", "Gy11": a word no list has glued to its number is a code,
	 * a curriculum or a brand (a name so is a handle's: Anna2) */
	if ((t->allcaps ? t->klen <= 3 : t->cap && !t->flags && t->script == SC_LATIN) &&
	    t->end < nm->textlen && s[t->end] >= '0' && s[t->end] <= '9')
		return true;
	return (t->cap && !t->allcaps &&
		(inner_capitals(s + t->start, t->end - t->start) ||
		 short_camel(s, nm->textlen, t->start, t->end) ||
		 brand_camel(nm, t) ||
		 (!t->flags && !t->initial && vowelless_abbreviation(s, nm->textlen, t->start, t->end)) ||
		 letter_compound(s, nm->textlen, t->start, t->end))) ||
	       web_address_at(s, nm->textlen, t->start, t->end) ||
	       code_or_label_at(s, nm->textlen, t->end) || property_number_at(s, nm->textlen, t->end);
}

/* "Kolumbus.xlsx", "KomL 107 §": a file's name, a law's short name.
 * Asked of every word: inline, the byte after the word (and the one after
 * a space) tells whether either can follow, so most words make no call. */
static inline bool file_or_law_at(const char *s, size_t n, size_t end)
{
	char c;

	if (end >= n)
		return false;
	c = s[end];
	if (c == '.')
		return file_name_at(s, n, end);
	if (c == ' ' && end + 1 < n)
		c = s[end + 1];
	return c >= '0' && c <= '9' && law_at(s, n, end);
}

/* "Post- och Telestyrelsen", "Leksands-, Mora- och Rättviks kommuner":
 * the first part of a compound whose second part follows the
 * conjunction, also in a list of such parts. */
static bool suspended_compound(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *s = nm->text;

	return t->end + 1 < nm->textlen && s[t->end] == '-' &&
	       (s[t->end + 1] == ',' ||
		(s[t->end + 1] == ' ' && i + 1 < nm->ntok && (nm->tok[i + 1].flags & W_CONJ)));
}

static bool surname_shaped(const anon_names *nm, const token *t);

/* Is word I capitalised right after a capitalised first name? */
static bool capital_after_first_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].cap && t[i].gap == GAP_SPACE && t[i - 1].cap && (t[i - 1].flags & W_FIRST);
}

/* "Hanna Zelm Villa Anneberg": word I, a house's or a business's noun
 * that may be a surname too, before a capitalised word no list has as a
 * name, begins that house's or business's name. */
static bool orgcue_opens_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return (t[i].flags & W_ORGCUE) && t[i].cap && i + 1 < nm->ntok &&
	       t[i + 1].gap == GAP_SPACE && t[i + 1].cap && !t[i + 1].allcaps &&
	       !(t[i + 1].flags & (W_FIRST | W_LAST));
}

/* A surname right after a capitalised first name (Anna Berg). */
static bool surname_after_first_name(const anon_names *nm, size_t i)
{
	return (nm->tok[i].flags & W_LAST) && capital_after_first_name(nm, i);
}

/* "på Jan Erssons gård": after a capitalised first name, a word no list
 * has shaped like a surname, also in the genitive, is one. */
static bool shaped_surname_after_first_name(const anon_names *nm, size_t i)
{
	token stem;

	if (!capital_after_first_name(nm, i))
		return false;
	stem = nm->tok[i];
	if (surname_shaped(nm, &stem))
		return true;
	stem.klen -= stem.klen > 1 && stem.k[stem.klen - 1] == 's';
	return surname_shaped(nm, &stem);
}

/* "Handledare: Ulf Zelmge Högskolan i Kalmar": after a capitalised first
 * name, a word no list or dictionary has is the surname, also before a
 * capitalised organisation's word. */
static bool unknown_surname_before_org(anon_names *nm, size_t i)
{
	return nm->tok[i].flags == 0 && capital_after_first_name(nm, i) && i + 1 < nm->ntok &&
	       nm->tok[i + 1].cap && !is_dict_word(nm, i);
}

/* "Lars Zelmells byggprojekt", "Hasse Zelmssons livsprojekt", "Eva Bergs
 * ekonomi": an organisation's ending that names what a person does or
 * has, not an institution named after one (Viktor Rydbergs samskola). */
static bool own_work_word(const token *t)
{
	static const char *const work[] = { "projekt", "projektet", "ekonomi", "hantverk",
					    "design", "research" };

	return ending_of(t->k, t->klen, work, sizeof work / sizeof *work, 0) != 0;
}

/* "Eva Zelmbergs ekonomi": after a capitalised first name, a genitive
 * before such a word is the person's surname, no firm's name. */
static bool work_of_full_name(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->klen > 3 && t->k[t->klen - 1] == 's' && i + 1 < nm->ntok &&
	       !nm->tok[i + 1].cap && own_work_word(&nm->tok[i + 1]) &&
	       capital_after_first_name(nm, i);
}

/* "Örgryte Nya Kyrka", "Sala Gamla Torg": word I, a given name that is an
 * ordinary word too, right after a place. */
static bool common_word_after_place(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && (t[i].flags & W_COMMON) && t[i].gap == GAP_SPACE &&
	       (t[i - 1].flags & W_PLACE) && !(t[i - 1].flags & (W_FIRST | W_LAST));
}

/* "Göta älv", "Klara kyrka": a word before a place noun names a place,
 * unless that noun is capitalised and a surname too (Elsa Berg). */
static bool before_place_noun(const anon_names *nm, size_t i)
{
	/* English place nouns no surname is: "Hansa City", "Mölndal Center" */
	static const char *const no_surname[] = { "city", "center", "centre", "square",
						  "street", "road", "arena", "arenan" };
	const token *next = &nm->tok[i + 1];

	if (i + 1 >= nm->ntok)
		return false;
	/* "Klara Sjö kör moped": a person does something; "Anna Karin Sjö": a
	 * place noun capitalised after a first name is a surname ("Klara
	 * kyrka" writes it in lower case) */
	return (neighbour_has(nm, i, +1, W_PLACENOUN) ||
		(next->gap == GAP_SPACE && !next->cap && next->klen > 3 && next->k[next->klen - 1] == 's' &&
		 (org_genitive_follows(nm, next) || /* Sture biblioteks */
		  (names_flags(nm, next->k, next->klen - 1) & W_PLACENOUN)))) && /* Torps sockens */
	       next->initial != 1 && /* Hanna Å. */
	       !(next->cap && (next->flags & W_LAST)) &&
	       !(next->cap && !next->allcaps && (nm->tok[i].flags & W_FIRST) && nm->tok[i].cap &&
		 !common_word_after_place(nm, i) && !KEY_IS_ONE_OF(next, no_surname)) &&
	       !(next->cap && !next->sent_start && pverb_at(nm, i + 2)) &&
	       !surname_after_first_name(nm, i); /* "Anna Berg kommun": the person, then the employer */
}

static bool placeprep_before(const anon_names *nm, size_t i);

/* Is word J a known place, written as one (not also a person's name)? */
static bool listed_place(const anon_names *nm, size_t j)
{
	const token *t;

	if (j >= nm->ntok)
		return false;
	t = &nm->tok[j];
	return (t->flags & W_PLACE) && !(t->flags & (W_FIRST | W_LAST)) && t->cap;
}

/* Word J is a known place, or a place that is a name too found to be a
 * place (Sala after mellan): it may open a list of places. */
static bool place_of_list(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	return listed_place(nm, j) || ((t->flags & W_PLACE) && t->cap && t->state == ST_NO);
}

/* Between S[a] and S[b] a dash with a space on each side, and nothing
 * else (" – ", " - "). */
static bool dash_between(const char *s, size_t a, size_t b)
{
	if (b < a + 3 || s[a] != ' ' || s[b - 1] != ' ')
		return false;
	a++;
	b--;
	return (b - a == 1 && s[a] == '-') ||
	       (b - a == 3 && memcmp(s + a, "\xE2\x80", 2) == 0 &&
		((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94));
}

/* The word after word J in a list (a comma or och between them), or J
 * when there is none. */
static size_t list_item_after(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	if (j + 1 < nm->ntok && t[j + 1].gap == GAP_COMMA)
		return j + 1;
	if (j + 2 < nm->ntok && t[j + 1].gap == GAP_SPACE && (t[j + 1].flags & W_CONJ) &&
	    !t[j + 1].cap && t[j + 2].gap == GAP_SPACE)
		return j + 2;
	return j;
}

static size_t list_item_before(const anon_names *nm, size_t j);

/* Word J is one capitalised word alone as an item of a list (no
 * capitalised word joined to it by a space) and, if ANY is no 0, has
 * one of the flags ANY and none of NONE. */
static bool lone_list_item(const anon_names *nm, size_t j, unsigned any, unsigned none)
{
	const token *t = nm->tok;

	return t[j].cap && !t[j].allcaps && !t[j].genitive && (!any || (t[j].flags & any)) &&
	       !(t[j].flags & none) && !(j > 0 && t[j].gap == GAP_SPACE && t[j - 1].cap) &&
	       !(j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && t[j + 1].cap);
}

/* How many items the list that word I is an item of has, counting only
 * items of lone_list_item(ANY, NONE) around I (at most 24). */
static size_t list_items(const anon_names *nm, size_t i, unsigned any, unsigned none)
{
	size_t a = i, b = i, items = 1, k;

	if (!lone_list_item(nm, i, any, none))
		return 0;
	while ((k = list_item_before(nm, a)) < a && lone_list_item(nm, k, any, none) && items < 24) {
		a = k;
		items++;
	}
	while ((k = list_item_after(nm, b)) > b && lone_list_item(nm, k, any, none) && items < 24) {
		b = k;
		items++;
	}
	return items;
}

/* "bara Berlin, London och Paris", "Oslo, Bergen och Paris": word I is
 * one of three or more words of a list, every one a place the lists
 * know, though they are names too; people are listed with names that
 * are no places. */
static bool list_of_known_places(const anon_names *nm, size_t i)
{
	return list_items(nm, i, W_PLACE, 0) >= 3;
}

/* "Skoḷvâlln, Tjittgâtu, Pârbusänjô, Kujäḷ, Skvâllrô, Mussar": word I is
 * one of six or more single words of a list, none a given name or a
 * surname the lists have: a route's or a map's places, not people, who
 * are listed with names the lists know among them (Arvas, Morast,
 * Frondell, Södergren). */
static bool list_of_unlisted_words(const anon_names *nm, size_t i)
{
	size_t unlisted = list_items(nm, i, 0, W_FIRST | W_LAST | W_STOPNAME);

	return unlisted >= 6 && list_items(nm, i, 0, 0) == unlisted;
}

/* "Karin från Huddinge och Åsa från Sundsvall": word I, after och and a
 * person's place with a preposition between them, has the same
 * preposition after it: a second person from somewhere, no place of a
 * list. */
static bool origins_side_by_side(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 4 && i + 2 < nm->ntok && (t[i + 1].flags & W_PERSONPREP) && !t[i + 1].cap &&
	       t[i - 4].cap && (t[i - 4].state == ST_NAME || (t[i - 4].flags & (W_FIRST | W_PLACE)) == W_FIRST) &&
	       t[i + 1].klen == t[i - 3].klen && memcmp(t[i + 1].k, t[i - 3].k, t[i + 1].klen) == 0 &&
	       t[i + 2].cap && t[i + 2].gap == GAP_SPACE;
}

/* "Arvika, Eda, Säffle", "Ekerö, Helgö och Munsö": one of a list of
 * places (a word found to be one is marked a place, so a list names one
 * known place only once, at its start).  Only the places before a word
 * count: "Ann Haglund, Uppsala" and "Herr E. Berg, P-O Lindh" are
 * people. */
static bool in_place_list(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	bool joined = (i >= 1 && t[i].gap == GAP_COMMA && place_of_list(nm, i - 1)) ||
		      (i >= 2 && (t[i - 1].flags & W_CONJ) && t[i].gap == GAP_SPACE &&
		       place_of_list(nm, i - 2) && !origins_side_by_side(nm, i)) ||
		      /* a route: "Värnamo – Ohs – Rusken", two places before */
		      (i >= 2 && dash_between(nm->text, t[i - 1].end, t[i].start) &&
		       dash_between(nm->text, t[i - 2].end, t[i - 1].start) &&
		       place_of_list(nm, i - 1) && place_of_list(nm, i - 2));

	if (joined)
		nm->tok[i].flags |= W_PLACE;
	return joined;
}

/* A relative's word that is no other word (mamma, farmor, kusin; not
 * far, son, man). */
static bool relative_word(const token *t)
{
	static const char *const kin[] = { "mamma", "pappa", "bror", "syster", "fru", "sambo",
					   "dotter", "morfar", "farfar", "mormor", "farmor",
					   "moster", "faster", "morbror", "farbror", "kusin" };

	return KEY_IS_ONE_OF(t, kin);
}

static bool speaks_after(const anon_names *nm, size_t i);

/* A relative's word in the genitive (mammas, systers). */
static bool relative_genitive(const token *t)
{
	token stem = *t;

	if (t->klen < 4 || t->k[t->klen - 1] != 's')
		return false;
	stem.klen--;
	return relative_word(&stem);
}

/* "Tinnes systers blogg", "Zelmas mammas bil": a relative's word in the
 * genitive after word I, in small letters. */
static bool kin_genitive_after(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap && relative_genitive(n);
}

/* "Adress: Storgatan 5, Mora", "070-123 45 67, Sala": a place right after
 * an address or a number the patterns took and a comma is its town. */
static __attribute__((noinline)) bool town_after_taken(const anon_names *nm, const token *t)
{
	size_t a = t->start;

	if (!t->after_taken || !(t->flags & W_PLACE) || !t->cap)
		return false;
	while (a > 0 && nm->text[a - 1] == ' ')
		a--;
	return a > 0 && nm->text[a - 1] == ',';
}

/* "Jo Zelmbäcks kompis": word I, a capitalised genitive the dictionary
 * reads only as a compound, before a relative's or a friend's word in
 * small letters; not a word it has whole (Skolans, Bygdens). */
static __attribute__((noinline)) bool compound_owner_of_friend(anon_names *nm, size_t i)
{
	static const char *const friends[] = { "kompis", "kompisar", "vän", "vänner",
					       "väninna", "flickvän", "pojkvän", "kollega" };
	const token *t = &nm->tok[i], *n = &nm->tok[i + 1];

	return !t->sent_start && n->gap == GAP_SPACE && !n->cap &&
	       (relative_word(n) || KEY_IS_ONE_OF(n, friends)) &&
	       !dict_has(&nm->dict, t->k, t->klen) && !dict_has(&nm->dict, t->k, t->klen - 1);
}

/* "enligt Mammas önskan", "Farmors recept", "Ring Mamma": a relative's
 * word capitalised, or its genitive, is how the writer calls the relative,
 * no one's name (not Far and Mor: Mors and Far are names too). */
static __attribute__((noinline)) bool kin_capitalised(const token *t)
{
	if (!t->cap || t->allcaps || t->klen < 4 || t->klen > 10 || (t->flags & W_FIRST))
		return false; /* Bror is a given name */
	return relative_word(t) || relative_genitive(t);
}

/* "Jag och Lund gick hem": word I is joined to a pronoun and does what a
 * person does with it; a place or a mountain does not. */
static bool acts_with_me(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return pron_joined(nm, i) && i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE &&
	       pverb_at(nm, i + 1);
}

/* "mot Esse IK", "Sporting FC", "Avesta OK": a club's letters in
 * capitals after its place's or its own name. */
static bool club_letters_follow(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && !nm->tok[i].allcaps && n->gap == GAP_SPACE && n->allcaps && n->klen <= 4 &&
	       (n->flags & W_ORGCUE) && !(n->flags & (W_FIRST | W_LAST));
}

/* "ett lag som VIK", "VIK Hockey U18": a place's letter or two and a
 * club's (IK, IF, SK, BK) in capitals name a club, also when the letters
 * spell a surname (Vik); not after a first name (ANNA VIK). */
static bool club_acronym(const anon_names *nm, size_t i)
{
	static const char *const clubs[] = { "ik", "if", "sk", "bk", "fk", "ff" };
	const token *t = &nm->tok[i];

	return t->allcaps && t->cap && t->klen >= 3 && t->klen <= 4 && t->script == SC_LATIN &&
	       ending_of(t->k, t->klen, clubs, sizeof clubs / sizeof *clubs, 1) &&
	       !(i > 0 && nm->tok[i - 1].cap && (nm->tok[i - 1].flags & W_FIRST));
}

/* Word J is a province of Sweden (landskap). */
static bool province_at(const anon_names *nm, size_t j)
{
	static const char *const provinces[] = {
		"skåne", "blekinge", "halland", "småland", "öland", "gotland", "västergötland",
		"östergötland", "bohuslän", "dalsland", "värmland", "närke", "västmanland",
		"södermanland", "uppland", "dalarna", "gästrikland", "hälsingland", "härjedalen",
		"jämtland", "medelpad", "ångermanland", "västerbotten", "norrbotten", "lappland",
	};

	return nm->tok[j].cap && nm->tok[j].klen >= 5 && KEY_IS_ONE_OF(&nm->tok[j], provinces);
}

static bool role_after_copula(const anon_names *nm, size_t j);
static bool is_name(const anon_names *nm, size_t j);

/* Word I, after a comma, follows a venue of one to three capitalised
 * words, no person's, after a preposition of place or ending in a
 * building's or an organisation's word (Folkets Hus, Vilhelmina), and
 * ends its clause or stands before a date, a number or a preposition:
 * the venue's town. */
static bool town_of_venue(const anon_names *nm, size_t i)
{
	static const char *const then[] = { "den", "i", "på", "och" };
	static const char *const at[] = { "på", "vid" };
	static const char *const house[] = { "hus", "huset" };
	const token *t = nm->tok;
	size_t a = i, k = t[i].end;
	bool noun = i >= 2 && !t[i - 1].cap && (t[i - 1].flags & W_PLACENOUN) &&
		    t[i - 1].gap == GAP_SPACE && t[i - 2].cap; /* Sucken camping, Örje */
	bool building = i >= 2 && t[i - 1].cap && !t[i - 1].allcaps &&
			((t[i - 1].flags & W_PLACENOUN) || org_word(nm, &t[i - 1]) ||
			 ending_of(t[i - 1].k, t[i - 1].klen, house, 2, 0));

	if (noun)
		a--;
	while (a > 0 && i - a < 3 + (size_t)noun && t[a - 1].cap && !is_name(nm, a - 1) &&
	       (a == i || t[a].gap == GAP_SPACE))
		a--;
	if (a + (size_t)noun == i ||
	    (!noun && !building &&
	     (a == 0 || t[a].gap != GAP_SPACE || t[a - 1].cap ||
	      !((t[a - 1].flags & W_PLACEPREP) || KEY_IS_ONE_OF(&t[a - 1], at)))))
		return false;
	while (k < nm->textlen && nm->text[k] == ' ')
		k++;
	return k >= nm->textlen || strchr(".,;:!?)\n0123456789", nm->text[k]) ||
	       (i + 1 < nm->ntok && t[i + 1].start == k && KEY_IS_ONE_OF(&t[i + 1], then));
}

/* besöka, besökte: a verb of visiting, whose object is a place more
 * often than a person. */
static bool visiting_verb(const token *t)
{
	static const char *const visits[] = { "besöka", "besöker", "besökte", "besökt",
					      "besökts", "visit", "visited", "visiting" };

	return !t->cap && KEY_IS_ONE_OF(t, visits);
}

/* "Sala kulturskola", "Avesta orkesterförening", "Avesta kulturskolas
 * ensembler": an organisation's word in small letters after word I, also
 * a compound ending in one, also in the genitive. */
static bool small_org_follows(const anon_names *nm, size_t i)
{
	const token *next = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return next && !next->cap && next->gap == GAP_SPACE &&
	       (org_follows(nm, i) || word_or_genitive(nm, next, org_shape));
}

/* A place that is also a name (Nora, Mark): a place after a preposition,
 * a person after a cue, in the genitive or mid-sentence on its own. */
static unsigned char judge_place(anon_names *nm, size_t i, unsigned cue)
{
	const token *t = &nm->tok[i];

	if (!t->cap || org_name_before(nm, i) || club_letters_follow(nm, i))
		return ST_NO; /* "Föreningen Ludvika Gymmix", "Avesta OK" */
	if (!(t->flags & (W_FIRST | W_LAST)))
		/* "Vanessa Hed": a place word after a first name is a surname */
		return i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].cap &&
		       (nm->tok[i - 1].flags & W_FIRST) && !placeprep_before(nm, i - 1) &&
		       !neighbour_has(nm, i - 1, -1, W_PREP) ? ST_MAYBE_WEAK : ST_NO;
	if (cue & (W_TITLE | W_OBJVERB | W_GREET))
		/* "ringde Lund", but "skrev till Lerums kommun" */
		return org_follows(nm, i) ? ST_NO : ST_NAME;
	if (small_org_follows(nm, i) && !after_first_name(nm, i))
		return ST_NO;
	/* "Vilhelmina, Västerbotten", "Norberg i Västmanland": a place
	 * before its province */
	if (i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_COMMA && province_at(nm, i + 1))
		return ST_NO;
	if (i + 2 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && KEY_IS(&nm->tok[i + 1], "i") &&
	    nm->tok[i + 2].gap == GAP_SPACE && province_at(nm, i + 2))
		return ST_NO;
	/* "på Ullevi, London den 3 maj", "i Crystal Palace, London.": a
	 * place after a venue, its comma and nothing a person does */
	if (t->gap == GAP_COMMA && town_of_venue(nm, i))
		return ST_NO;
	/* "går till Jordan som är lärare": a role says who; no place is one */
	if ((t->flags & W_FIRST) && i + 2 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
	    role_after_copula(nm, i + 1 + KEY_IS(&nm->tok[i + 1], "som")))
		return ST_NAME;
	/* "i Lunds fotspår": a place that is a name too, in the genitive
	 * before what only a person has, is the person */
	if (t->genitive && person_thing_follows(nm, i))
		return ST_NAME;
	if (neighbour_has(nm, i, -1, W_PREP) || placeprep_before(nm, i))
		return ST_NO;
	if (in_place_list(nm, i) || list_of_known_places(nm, i) ||
	    (i > 0 && dash_between(nm->text, nm->tok[i - 1].end, t->start) && place_of_list(nm, i - 1)))
		return ST_NO; /* "till Sala och Mora", "Arvika, Eda, Säffle", "Sala – Mora" */
	if (t->flags & W_COMMON) /* a surname beside a name (Elsa Berg); a
				  * person starting a sentence before saying or
				  * living (Berg berättade, Berg bor) */
		return (t->sent_start && speaks_after(nm, i)) || acts_with_me(nm, i) ? ST_MAYBE
										   : ST_MAYBE_WEAK;
	if (t->genitive)
		return ST_NAME;
	/* "besöka Sala", "besökte Mora": a town that is a name too is
	 * the town after a verb of visiting */
	if (i > 0 && t->gap == GAP_SPACE && visiting_verb(&nm->tok[i - 1]))
		return ST_NO;
	return t->sent_start ? ST_MAYBE : ST_NAME;
}

/* "det står X", "stod det X", "skrev X på en lapp": the run of another
 * script that starts at word A is what is written, a message; one the
 * gazetteer knows is still a name (det står محمد på dörren). */
static bool written_before(const anon_names *nm, size_t a)
{
	static const char *const writes[] = { "står", "stod", "skrev", "skriver", "skriva",
					      "skrivit", "texten", "ordet", "orden" };
	static const char *const it[] = { "det" };
	const token *p = a > 0 ? &nm->tok[a - 1] : NULL;

	if (!p || p->gap == GAP_OTHER || nm->tok[a].gap == GAP_OTHER)
		return false;
	if (KEY_IS_ONE_OF(p, it) && a > 1 && p->gap == GAP_SPACE)
		p = &nm->tok[a - 2];
	return KEY_IS_ONE_OF(p, writes);
}

/* Is there a line break between words J and J + 1? */
static bool newline_between(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	return memchr(nm->text + t[j].end, '\n', t[j + 1].start - t[j].end) != NULL;
}

/* Is the line of word I written in another script, as the text is
 * (nm->foreign)?  A line in Swedish among lines in Arabic ("X och Y blev
 * jagade" and a line of Arabic under it) reads as a Swedish text does. */
static bool line_foreign(const anon_names *nm, size_t i)
{
	size_t a = i, b = i, latin = 0, other = 0;

	while (a > 0 && !newline_between(nm, a - 1))
		a--;
	while (b + 1 < nm->ntok && !newline_between(nm, b))
		b++;
	for (size_t j = a; j <= b; j++) {
		latin += nm->tok[j].script == SC_LATIN;
		other += nm->tok[j].script == SC_OTHER;
	}
	return other > 0 && (latin < 3 || other > 2 * latin);
}

/* A word in a script other than Latin.  In a Latin text a short run of
 * them is a name ("Rektorn محمد العلي gör ingenting") unless it is quoted
 * whole, said to be a language ("X på ryska") or what is written; in a
 * text written in that script the gazetteer and the cue words decide. */
static unsigned char judge_script(const anon_names *nm, size_t i, unsigned cue)
{
	const token *t = &nm->tok[i];
	size_t a = i, b = i;

	if (t->flags & (W_FIRST | W_LAST) && !(t->flags & (W_STOP | W_COMMON | W_KEEP)))
		return ST_NAME;
	if (t->flags & W_STOP)
		return ST_NO; /* after a cue too: شكرا لكم (thank you) */
	if (cue & (W_TITLE | W_CALL | W_GREET | W_OBJVERB))
		return ST_NAME;
	if (t->flags & (W_KEEP | W_TITLE | W_CALL | W_GREET))
		return ST_NO;
	if (nm->foreign && line_foreign(nm, i))
		return ST_MAYBE_WEAK; /* only a surname after a name (الشريف) */
	while (a > 0 && nm->tok[a].gap == GAP_SPACE && nm->tok[a - 1].script == SC_OTHER)
		a--;
	while (b + 1 < nm->ntok && nm->tok[b + 1].gap == GAP_SPACE &&
	       nm->tok[b + 1].script == SC_OTHER)
		b++;
	if (t->quoted && (a == 0 || nm->tok[a].gap == GAP_OTHER) &&
	    (b + 1 == nm->ntok || nm->tok[b + 1].gap == GAP_OTHER))
		return ST_NO; /* "ممنوع التدخين" on a sign */
	if ((b + 2 < nm->ntok && (nm->tok[b + 2].flags & W_LANG)) || written_before(nm, a))
		return ST_NO;
	return b - a < 3 ? ST_NAME : ST_MAYBE_WEAK; /* a sentence in that language */
}

/* The length of "Sankt" or "Sankta" (any case) ending at byte I of S, or
 * 0, where its first and last letters are there already.  Not inline:
 * saint_before, asked of most words, stays small. */
static __attribute__((noinline)) size_t sankt_len(const char *s, size_t i)
{
	if (i >= 5 && strncasecmp(s + i - 5, "sankt", 5) == 0)
		return 5;
	return i >= 6 && strncasecmp(s + i - 6, "sankta", 6) == 0 ? 6 : 0;
}

/* "S:t Lars", "St Olov", "St. Petri", "Sankt Olofs": a saint's name names
 * a church, a parish or a place (the tokens cut "S:t" apart, so the text
 * is read).  Inline: placeprep_before asks it of most words. */
static inline __attribute__((always_inline)) bool
saint_before(const char *s, size_t start, size_t *at)
{
	size_t i = start, sankt;

	if (i == 0 || s[i - 1] != ' ')
		return false;
	i--;
	if (i > 0 && s[i - 1] == '.')
		i--;
	if (i >= 3 && (s[i - 3] == 'S' || s[i - 3] == 's') && s[i - 2] == ':' && s[i - 1] == 't')
		i -= 3;
	else if (i >= 2 && s[i - 2] == 'S' && s[i - 1] == 't')
		i -= 2;
	else if (i >= 5 && (((s[i - 1] | 0x20) == 't' && (s[i - 5] | 0x20) == 's') ||
			    ((s[i - 1] | 0x20) == 'a' && i >= 6 && (s[i - 6] | 0x20) == 's')) &&
		 (sankt = sankt_len(s, i)) != 0)
		i -= sankt; /* "Sankt Olofs medborgarhus" */
	else
		return false;
	*at = i;
	/* also opening a title in quotation marks: 'S:t Erik och Draken' */
	return i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == ',' ||
	       quote_mark_before(s, i) != 0;
}

/* "finska", "polska", "amerikanska": a country's adjective in small
 * letters (it ends in -ska). */
static bool country_adjective(const token *t)
{
	static const char *const ska[] = { "ska" };

	return !t->cap && ending_of(t->k, t->klen, ska, 1, 2) != 0;
}

/* "i", "bor i", "flyttade från" just before word I: a place follows. */
static bool placeprep_before(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t at, j = i;

	if (saint_before(nm->text, t[i].start, &at)) {
		/* but "Anna St Clair": a surname after a first name */
		while (j > 0 && t[j - 1].end > at)
			j--;
		return !(j > 0 && t[j - 1].cap && (t[j - 1].flags & W_FIRST));
	}
	if (i == 0 || t[i].gap != GAP_SPACE)
		return false;
	if (t[i - 1].flags & W_PLACEPREP)
		return true;
	if (i >= 2 && t[i - 1].gap == GAP_SPACE && (t[i - 2].flags & W_PLACEPREP) &&
	    country_adjective(&t[i - 1]) && !(t[i].flags & (W_FIRST | W_LAST)))
		return true; /* "i finska Hämeenlinna"; but "läraren i svenska Anna" */
	if (i >= 2 && t[i - 1].gap == GAP_SPACE && (t[i - 2].flags & W_PLACEPREP) && !t[i - 1].cap &&
	    (KEY_IS(&t[i - 1], "både") || KEY_IS(&t[i - 1], "såväl")) &&
	    !(t[i].flags & (W_FIRST | W_LAST)))
		return true; /* "i både Gammelbacka och Vårberga" */
	return i >= 2 && t[i - 1].gap == GAP_SPACE && t[i - 2].phrase &&
	       (pair_flags(nm, i - 2) & W_PLACEPREP);
}

/* Of the three words after I, two are lower-case words no list or
 * dictionary knows, and none is a name: a clause in another language. */
static bool foreign_words_follow(anon_names *nm, size_t i)
{
	size_t foreign = 0;

	for (size_t j = i + 1; j <= i + 3 && j < nm->ntok; j++) {
		const token *t = &nm->tok[j];
		if (t->gap != GAP_SPACE || t->cap || t->script != SC_LATIN ||
		    (t->flags & (W_FIRST | W_LAST)))
			break;
		foreign += t->flags == 0 && t->klen >= 3 && !is_dict_word(nm, j);
	}
	return foreign >= 2;
}

/* A capitalised word no list knows: a name mid-sentence, unless it is an
 * ordinary word, an acronym or shaped like an organisation. */
/* An acronym of two capitals, or of three or four no dictionary has, in
 * ordinary (not shouted) text, at word J: the name of a club or an
 * organisation (IF, JUF, BK, AB). */
static bool acronym_at(anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	return t->allcaps && t->cap && t->klen >= 2 && t->klen <= 4 && t->script == SC_LATIN &&
	       !(t->flags & (W_FIRST | W_LAST)) && (t->klen == 2 || !is_dict_word(nm, j));
}

/* "pater Tomas Kalla SCJ": after a given name taken, a word before an
 * acronym that is no firm's (AB) is the surname, the letters after it a
 * religious order's, a degree's or a party's. */
static bool order_after_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].gap == GAP_SPACE && t[i].cap && !t[i].allcaps && !t[i].sent_start &&
	       t[i - 1].state == ST_NAME && t[i - 1].cap && !t[i - 1].allcaps &&
	       (t[i - 1].flags & W_FIRST) && !(t[i - 1].flags & (W_COMMON | W_PLACE | W_KEEP)) &&
	       !wordtab_get(&nm->orgsuffix, t[i + 1].k, t[i + 1].klen);
}

/* A word no list has beside such an acronym is part of its name; but
 * not a surname by its ending after two capitals no list has: those are
 * initials written together (PO Zelmgren). */
static bool acronym_beside(anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return (i > 0 && t[i].gap == GAP_SPACE && acronym_at(nm, i - 1) &&
		!(t[i - 1].klen == 2 && t[i - 1].flags == 0 && surname_shaped(nm, &t[i]))) ||
	       (i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && acronym_at(nm, i + 1) &&
		!order_after_full_name(nm, i));
}

/* "Foto: Konsta Linkola", "Text och foto: Xyzab Qwerty": two capitalised
 * words right after a credit line's label are a person's name, whatever
 * the lists say ("Foto: Mostphotos", one word, may be an agency). */
static bool credit_name_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t e;

	/* "Foto: Björn S": a given name and its surname's initial */
	if (i == 0 || !(t[i - 1].flags & W_CAPTION) || i + 1 >= nm->ntok ||
	    t[i + 1].gap != GAP_SPACE || !t[i + 1].cap || !t[i].cap ||
	    (t[i].allcaps != t[i + 1].allcaps &&
	     !(t[i + 1].initial == 1 && !t[i].allcaps && (t[i].flags & W_FIRST))))
		return false;
	e = t[i - 1].end;
	if (e < nm->textlen && nm->text[e] == ':')
		e++;
	while (e < t[i].start && nm->text[e] == ' ')
		e++;
	/* "Saknas på bild: Tränaren Zelmer Ek": a role first, the name after
	 * it; "Foto: Region Västmanland": an organisation's noun first */
	if ((t[i].flags & (W_TITLE | W_ORGCUE)) && !(t[i].flags & (W_FIRST | W_LAST)))
		return false;
	/* "Foto: Pmb Media": an ordinary word no surname list has second is
	 * a firm's name */
	return e == t[i].start && !(t[i + 1].flags & (W_KEEP | W_CAPTION)) && /* Text Berit Foto Berit */
	       !((t[i + 1].flags & W_STOP) && !(t[i].flags & (W_FIRST | W_STOPNAME))) &&
	       (!org_shape(nm, &t[i + 1]) || (t[i].flags & W_FIRST)) && /* Tom Norrgård */
	       ((t[i + 1].flags & W_LAST) || (t[i].flags & (W_FIRST | W_STOPNAME)) ||
		(!(t[i + 1].flags & W_PLACENOUN) && !dict_has(&nm->dict, t[i + 1].k, t[i + 1].klen)));
}

/* Word I is the first or the second of a credit line's name ("Foto: Inga
 * Bergenmalm", "Foto: Maria Unga": a given name, then any surname). */
static bool in_credit_name(const anon_names *nm, size_t i)
{
	return credit_name_at(nm, i) || (i > 0 && credit_name_at(nm, i - 1));
}

/* Does S[0..n) hold the literal LIT at AT? */
static bool text_has(const char *s, size_t n, size_t at, const char *lit)
{
	size_t len = strlen(lit);

	return at <= n && n - at >= len && memcmp(s + at, lit, len) == 0;
}

/* "Rejn Karlgren, 40 år", "Rejn Karlgren (40)": a person's age after the
 * name of a person interviewed or pictured.  Asked of a word no list has,
 * and of the capitalised word after it. */
static bool age_follows(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t n = nm->textlen, e, d;

	if (i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap)
		i++;
	e = nm->tok[i].end;
	if (e < n && (s[e] == ',' || s[e] == '('))
		e++;
	if (e < n && s[e] == ' ')
		e++;
	for (d = e; d < n && d - e < 4 && s[d] >= '0' && s[d] <= '9'; d++)
		;
	if (d == e || d - e > 2)
		return false;
	if (d < n && s[d] == ')' && e > 0 && s[e - 1] == '(')
		return true;
	/* "Kalle, 14, som": an age between commas before a word in small
	 * letters (not a list of numbers: "Mora, 12, 13 och 14 maj") */
	if (e > 1 && s[e - 2] == ',' && d + 2 < n && s[d] == ',' && s[d + 1] == ' ' &&
	    s[d + 2] >= 'a' && s[d + 2] <= 'z')
		return true;
	if (!text_has(s, n, d, " år") || (d + 4 < n && isalpha_ascii(s[d + 4])))
		return false;
	/* "Snättringe, 12 år sedan": a time, not an age */
	d += 4;
	return !text_has(s, n, d, " sedan") && !text_has(s, n, d, " senare") &&
	       !text_has(s, n, d, " tidigare");
}

/* "– Det är svårt, säger Rittbring.", "”Bra”, skrev Foley": after a quote
 * or a comma, a verb of saying puts its subject after it, and the subject
 * of saying is a person (organisations that speak are listed or are
 * compounds of ordinary words: säger Trafikverket). */
static bool past_tense_verb(const token *t);

static bool takes_infinitive(const token *t);
static bool person_only_verb(const anon_names *nm, size_t j);

/* Ends as a noun's definite form does (Fiskeboden, Hembygdsdagen). */
static bool definite_shape(const token *t)
{
	return definite_ending(t->k, t->klen);
}

/* "Sedan levererade Wigmark en boll", "gjorde också Lindmark mål": a
 * capitalised word read as a compound only (wig + mark), right after a
 * verb in the past (and an adverb), before a word in small letters, is
 * the subject put after the verb, or a person the verb takes; so is one
 * between a modal verb and an infinitive (borde Lagerbäck låta); not a
 * definite noun (besökte Fiskeboden) nor a place's or a firm's compound. */
static bool inverted_subject(const anon_names *nm, size_t i)
{
	static const char *const adverbs[] = { "sedan", "sen", "då", "också", "även", "redan",
					       "nog", "till", "dock" };
	const token *t = nm->tok, *v;

	if (i < 2 || t[i].sent_start || t[i].gap != GAP_SPACE || t[i].allcaps ||
	    definite_shape(&t[i]) ||
	    i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE || t[i + 1].cap)
		return false;
	v = &t[i - 1];
	if (KEY_IS_ONE_OF(v, adverbs) && v->gap == GAP_SPACE)
		v = &t[i - 2];
	return !v->cap &&
	       (past_tense_verb(v) ||
		(v == &t[i - 1] && takes_infinitive(v) && !KEY_IS(v, "att") &&
		 t[i + 1].klen >= 2 && t[i + 1].k[t[i + 1].klen - 1] == 'a' &&
		 dict_has(&nm->dict, t[i + 1].k, t[i + 1].klen))) &&
	       !org_shape(nm, &t[i]) && !place_compound(nm, &t[i]);
}

/* A verb of saying or writing in small letters (säger, skrev, menade). */
static bool saying_verb(const token *v)
{
	static const char *const saying[] = {
		"säger", "sa", "sade", "skriver", "skrev", "berättar", "berättade",
		"menar", "menade", "tycker", "tyckte", "förklarar", "förklarade",
		"konstaterar", "konstaterade", "fortsätter", "fortsatte", "svarar",
		"svarade", "frågar", "frågade", "understryker", "betonar", "betonade",
		"tillägger", "tillade", "påpekar", "påpekade", "avslutar", "avslutade", "uppger",
		"uppgav", "hävdar", "hävdade", "anser", "ansåg", "meddelar", "meddelade",
		"poängterar", "poängterade", "framhåller", "framhöll", "medger", "medgav",
		"underströk", "omtalar", "omtalade", "förtydligar", "förtydligade", "tror",
		"trodde", "says", "said",
	};

	return !v->cap && KEY_IS_ONE_OF(v, saying);
}

static bool reported_speaker(const anon_names *nm, size_t i)
{
	const token *t = nm->tok, *verb;

	if (i < 2)
		return false;
	verb = &t[i - 1];
	if (t[i].gap != GAP_SPACE || !saying_verb(verb))
		return false;
	if (verb->gap == GAP_COMMA)
		return true;
	/* ”Bra!” sa X: a closing quotation mark right before the verb */
	for (size_t b = verb->start; b > t[i - 2].end; b--) {
		unsigned char c = (unsigned char)nm->text[b - 1];
		if (c == '"' || c == 0x9D || c == 0xBB)
			return true; /* ", ” (E2 80 9D), » (C2 BB) */
		if (c != ' ' && c != ',' && c != '!' && c != '?' && c != 0x80 && c != 0xE2 &&
		    c != 0xC2)
			return false;
	}
	return false;
}

/* "– Jag jobbar, berättar Gunny.": a speaker put after the verb of
 * saying, a capitalised word that ends the clause, is a person though a
 * dictionary has the word (gunny, mons); an authority that speaks is
 * definite (säger Skatteverket) or goes on (säger Region Halland). */
static bool speaker_alone(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return t->cap && !t->allcaps && !t->sent_start && !definite_shape(t) &&
	       !org_shape(nm, t) && !(n && n->gap == GAP_SPACE && n->cap);
}

/* Word I in brackets, or after a comma before another or the sentence's
 * end: "(Eruf)", ", Ivo,", ", Delz.". */
static bool set_apart(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;

	if (t[i].start > 0 && s[t[i].start - 1] == '(')
		return t[i].end < nm->textlen && s[t[i].end] == ')';
	return t[i].gap == GAP_COMMA && !t[i].amp &&
	       (t[i].end >= nm->textlen || s[t[i].end] == ',' || s[t[i].end] == '.');
}

/* Do the first one to three letters of each of the NW words SEQ in turn
 * spell A[0..AN)? */
static bool prefixes_spell(const token *t, const size_t *seq, size_t nw, const char *a, size_t an)
{
	size_t letters = 0;

	if (nw == 0)
		return an == 0;
	/* up to three letters of each (Del-z); a name is no short form of
	 * its own genitive and the word after it (hos Dêrsim, Dêrsims mamma) */
	for (size_t p = 1; p <= an && p <= t[seq[0]].klen && t[seq[0]].k[p - 1] == a[p - 1]; p++) {
		if (p < an && (a[p] & 0xC0) == 0x80)
			continue; /* inside a letter */
		if (++letters > 3)
			break;
		if (prefixes_spell(t, seq + 1, nw - 1, a + p, an - p))
			return true;
	}
	return false;
}

/* Do the initials of two or more of the words CONTENT[0..NC) (in the
 * text's order, which is backwards when BACKWARDS) spell word I, the rest
 * of its letters in order in the last of them, or do the first letters of
 * each of them in turn? */
static bool initials_spell(const anon_names *nm, size_t i, const size_t *content, size_t nc,
			   bool backwards)
{
	const token *t = nm->tok;

	for (size_t words = 2; words <= nc; words++) {
		size_t k = 0, last = backwards ? content[0] : content[words - 1], seq[6];
		for (size_t w = 0; w < words; w++)
			seq[w] = content[backwards ? words - 1 - w : w];
		/* "Delegationen för zelmstudier, Delz": the first letters
		 * of each word in turn */
		if (prefixes_spell(t, seq, words, t[i].k, t[i].klen))
			return true;
		while (k < words && t[seq[k]].k[0] == t[i].k[k])
			k++;
		if (k < words)
			continue;
		/* the letters left, in order, in the last word after its initial */
		for (size_t at = 1; k < t[i].klen && at < t[last].klen; at++)
			k += t[last].k[at] == t[i].k[k];
		if (k == t[i].klen)
			return true;
	}
	return false;
}

/* "Europeiska regionala utvecklingsfonden (Eruf)", "Inspektionen för
 * vård och omsorg, Ivo,": a word in brackets or between commas whose
 * letters start with the initials of two or more of the words before it
 * (function words left out) is their short form, not a name.  The rest
 * of its letters are in the last of them (fonden). */
static bool short_form_in_brackets(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t content[6], nc = 0;

	if (i < 2 || t[i].klen < 3 || !set_apart(nm, i))
		return false;
	for (size_t w = i; w > 0 && nc < 6 && nc < t[i].klen; w--) {
		if (w < i && t[w].gap != GAP_SPACE)
			break;
		if (!t[w - 1].cap && (t[w - 1].flags & (W_STOP | W_CONJ | W_PREP | W_PLACEPREP)))
			continue;
		if (t[w - 1].klen == 0 || t[w - 1].script != SC_LATIN)
			break;
		content[nc++] = w - 1;
	}
	return initials_spell(nm, i, content, nc, true);
}

/* "Fzvi, förvaltningen för zelmning, vuxenutbildning och
 * integration", "Ivo (Inspektionen för vård och omsorg)": a word before a
 * comma or a bracket whose letters start the words after it (function
 * words left out; a list's commas between them), the first of them an
 * organisation's noun or capitalised, is their short form. */
static bool short_form_before_words(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t content[6], nc = 0;

	if (i + 2 >= nm->ntok || t[i].klen < 3 || !t[i].cap ||
	    (t[i + 1].gap != GAP_COMMA && !(t[i].end + 2 <= t[i + 1].start &&
					   nm->text[t[i].end + 1] == '(')))
		return false;
	for (size_t w = i + 1; w < nm->ntok && nc < 6 && nc < t[i].klen; w++) {
		if (w > i + 1 && t[w].gap != GAP_SPACE && t[w].gap != GAP_COMMA)
			break;
		if (!t[w].cap && (t[w].flags & (W_STOP | W_CONJ | W_PREP | W_PLACEPREP)))
			continue;
		if (t[w].klen == 0 || t[w].script != SC_LATIN)
			break;
		content[nc++] = w;
	}
	return nc >= 2 && (t[content[0]].cap || org_cue_at(nm, content[0])) &&
	       initials_spell(nm, i, content, nc, false);
}

/* "Duvbo", "Klintegårda", "Gurby", "Ängstorp", "Hultsryd", "Kvarnböle",
 * "Veddesta", "Bollstanäs", "Mörkhulta": a village, a farm or a district by
 * its ending, as a person's home is written after her name ("Karin
 * Andersson, Duvbo", "Kristin Ek, Fjälbyn") or a place in a sentence;
 * "Hertsöbo", "Rissnebo": one who lives there; "Bodån", "Svartbyträsket":
 * a river or a lake; "Instön", "Hästö": an island; "Hökerumsmotet": a
 * junction; "Zelmhed": a heath.  Not -stad: Norwegian surnames end so
 * (Bjørnstad); nor -mo, as Somali given names do (Fadumo). */
static bool village_shape(const token *t)
{
	static const char *const ends[] = {
		"by", "bo", "torp", "ryd", "gårda", "böle", "sta", "näs", "inge", "tuna",
		"köping", "hult", "hulta", "måla", "arp", "löv", "säter", "hamn", "sund", "ås",
		"lösa", "åker", "arum", "tofta", "slätt", "kulla", "heden", "liden",
		"ån", "älven", "sjön", "träsket", "fjärden", "tjärnen",
		"byn", "gården", "viken", "udden", "dalen", "berget", "holmen", "näset",
		"forsen", "motet", "ön", "ö", "hed", "boda", "röd", "sätra", "hyttan", "åsen",
		"skogen", "backen", "mossen", "lyckan", "torpet", "kärr",
	};

	return t->cap && !t->allcaps && t->script == SC_LATIN &&
	       ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 3) != 0;
}

/* "Artikelnr", "Ärendenr.", "Kundnummer": a number's label by its end. */
static bool number_label_shape(const token *t)
{
	static const char *const ends[] = { "nr", "nummer" };

	return ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 2) != 0;
}

/* After word I a list goes on or ends: nothing, a comma or a full stop,
 * och, a role or a capitalised word; not a clause's verb ("när Tony
 * Olsson (Aldeeb) avgjorde"). */
static bool list_goes_on(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	size_t e = nm->tok[i].end + 1; /* after the bracket */

	while (e < nm->textlen && nm->text[e] == ' ')
		e++;
	if (!n || e >= nm->textlen || strchr(",.;:\n", nm->text[e]) || n->start != e)
		return true;
	return n->cap || (n->flags & (W_CONJ | W_TITLE)) || role_word(nm, n);
}

static bool name_listed_after(const anon_names *nm, size_t i);

/* "Coop Granlo", "Ica Matmästaren": a word no list has right after a
 * capitalised brand or chain, where no capitalised word goes on, is the
 * store's or the product's name ("Willys Anna Berg" is a person: listed
 * names are asked elsewhere). */
static bool store_of_brand(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap && (t[i - 1].flags & W_KEEP) &&
	       (!(t[i - 1].flags & (W_FIRST | W_LAST)) || (t[i - 1].flags & W_ORGCUE)) &&
	       t[i].flags == 0 && !name_listed_after(nm, i); /* Ica Stjärnköp */
}

/* "sälja Saaben", "köpte Volvon": a brand no list has as a name, in the
 * definite form of the thing it makes. */
static bool definite_brand(const anon_names *nm, const token *t)
{
	size_t n = t->klen;
	unsigned f;

	if (n < 5 || t->k[n - 1] != 'n')
		return false;
	n -= t->k[n - 2] == 'e' && !(names_flags(nm, t->k, n - 1) & W_KEEP) ? 2 : 1;
	f = names_flags(nm, t->k, n);
	return (f & W_KEEP) && !(f & (W_FIRST | W_LAST));
}

/* "Tony Olsson (Svemo)", "Ulf Grindgärds (Henriksdal) ordförande": a
 * word in brackets right after a full name, no given name, in a list, is
 * where the person belongs; after a given name alone or a role it is the
 * name (Omar (Aldeeb), målvakt (Bundsen)), and a given name is the name
 * too (Jonas Einberg (Albin)), as it is before a verb (när Tony Olsson
 * (Aldeeb) avgjorde), and a word ending as only surnames do is one (Anna
 * Berg (Svensson), 2006 ...: the name she had before). */
static bool affiliation_in_brackets(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;

	return i >= 2 && t[i].start > 0 && s[t[i].start - 1] == '(' && t[i].end < nm->textlen &&
	       s[t[i].end] == ')' && !(t[i].flags & (W_FIRST | W_LAST)) && t[i].cap &&
	       !t[i].allcaps &&
	       t[i - 1].state != ST_NO && t[i - 2].state != ST_NO && t[i - 1].cap && t[i - 2].cap &&
	       !t[i - 1].allcaps && t[i - 1].gap == GAP_SPACE &&
	       ((t[i - 1].flags | t[i - 2].flags) & (W_FIRST | W_LAST)) && list_goes_on(nm, i) &&
	       !surname_end_shape(nm, &t[i]);
}

static bool small_shop_follows(const anon_names *nm, size_t i);
static bool small_shop_word(const token *t);
static bool shop_word_itself(const token *t);

/* "Sheilla Ishimwe sjöng": a word read only as a compound, starting a
 * sentence before a capitalised word that no list or dictionary has and a
 * word in small letters, begins a name no list has. */
static bool unknown_pair_opens(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && n->cap && !n->allcaps && n->flags == 0 &&
	       n->script == SC_LATIN && !dict_has(&nm->dict, t->k, t->klen) &&
	       !noun_compound(nm, t) && !is_dict_word(nm, i + 1) && i + 2 < nm->ntok &&
	       nm->tok[i + 2].gap == GAP_SPACE && !nm->tok[i + 2].cap;
}

/* Does the dictionary have T as a Swedish noun: its definite or plural
 * form, or it as one (bil: bilen; bilen: bil)?  "Ameer", an English word
 * only, has none. */
static bool swedish_noun(const anon_names *nm, const token *t)
{
	static const char *const endings[] = { "en", "n", "et", "ar", "or", "er", "na" };
	char key[KEY_MAX + 3];

	if (t->klen + 2 > KEY_MAX)
		return true;
	memcpy(key, t->k, t->klen);
	for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
		size_t el = strlen(endings[e]);
		memcpy(key + t->klen, endings[e], el);
		if (dict_has(&nm->dict, key, t->klen + el) ||
		    (t->klen > el + 2 && memcmp(t->k + t->klen - el, endings[e], el) == 0 &&
		     dict_has(&nm->dict, t->k, t->klen - el)))
			return true;
	}
	return false;
}

/* "Ameer och Anna Berg startar bråk", "Ameer och Türker Çakır från
 * Hudiksvall": word I starts a sentence joined by och to a first name and
 * a capitalised word, before what a person does or where one is from. */
static bool opens_pair_with_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t a = i + 2;

	if (a + 2 >= nm->ntok || !(t[i + 1].flags & W_CONJ) || t[i + 1].cap ||
	    t[i + 1].gap != GAP_SPACE || t[a].gap != GAP_SPACE || !t[a].cap || t[a].allcaps ||
	    !(t[a].flags & W_FIRST) || (t[a].flags & (W_STOP | W_KEEP)) ||
	    t[a + 1].gap != GAP_SPACE || !t[a + 1].cap || t[a + 1].allcaps ||
	    t[a + 2].gap != GAP_SPACE)
		return false;
	return (pverb_at(nm, a + 2) || ((t[a + 2].flags & W_PERSONPREP) && !t[a + 2].cap)) &&
	       !swedish_noun(nm, &t[i]);
}

static bool label_follows(const char *s, size_t n, size_t end);

/* "Åk 5: Nivethan", "Klass 3b: Amir": word I right after a school
 * class's label and a colon, as lists of pupils put them. */
static bool after_class_label(const anon_names *nm, size_t i)
{
	static const char *const years[] = { "åk", "årskurs", "klass" };
	const char *s = nm->text;
	size_t l = i - 1, k, digits = 0;

	if (i == 0)
		return false;
	if (l > 0 && nm->tok[l].klen == 1) /* the class's letter (3b) is a word */
		l--;
	if (!KEY_IS_ONE_OF(&nm->tok[l], years))
		return false;
	for (k = nm->tok[l].end; k < nm->tok[i].start && s[k] == ' '; k++)
		;
	for (; k < nm->tok[i].start && s[k] >= '0' && s[k] <= '9'; k++)
		digits++;
	if (digits == 0 || digits > 2)
		return false;
	if (k < nm->tok[i].start && isalpha_ascii(s[k]))
		k++;
	if (k >= nm->tok[i].start || s[k] != ':')
		return false;
	for (k++; k < nm->tok[i].start; k++)
		if (s[k] != ' ')
			return false;
	return true;
}

/* "Centrum, Kvarnbacka, Olsberg, Tidaholm och Falun": a word no list
 * has, between an item that is no person's name and a known place, is
 * one of a list of places too ("Lisa, Olsberg, Falun" lists a person). */
static bool between_places_of_list(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1;
	enum gap before_place = GAP_COMMA;

	if (i == 0 || t[i].gap != GAP_COMMA || !t[i - 1].cap || j >= nm->ntok ||
	    ((t[i - 1].flags & (W_FIRST | W_LAST)) && !(t[i - 1].flags & W_PLACE)))
		return false;
	if (t[j].gap == GAP_SPACE && (t[j].flags & W_CONJ) && !t[j].cap) {
		j++; /* "…, Olsberg och Falun" */
		before_place = GAP_SPACE;
	}
	return j < nm->ntok && t[j].gap == before_place && listed_place(nm, j) &&
	       !(j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && t[j + 1].cap); /* Mora Berg */
}

/* Is word J a capitalised place that is no name? */
static bool place_only(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	return t->cap && (t->flags & (W_PLACE | W_FIRST | W_LAST)) == W_PLACE;
}

static bool capitalised_plain_word(anon_names *nm, size_t j);

/* "Idun, Mimer, Sjöfåglar, Spejare och Överlevare": a name in a list of
 * single words whose other items include two capitalised ordinary words
 * no list has as a name is a group's or a thing's name, as they are. */
static bool name_in_list_of_things(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t a = i, b = i, plain = 0;

	while (a > 0 && t[a].gap == GAP_COMMA && t[a - 1].cap && !t[a - 1].allcaps && i - a < 8)
		a--;
	while (b + 1 < nm->ntok && t[b + 1].gap == GAP_COMMA && t[b + 1].cap && b - i < 8)
		b++;
	if (b + 2 < nm->ntok && t[b + 1].gap == GAP_SPACE && (t[b + 1].flags & W_CONJ) &&
	    t[b + 2].gap == GAP_SPACE && t[b + 2].cap)
		b += 2; /* "... och Överlevare" */
	if (b - a < 3)
		return false;
	for (size_t j = a; j <= b; j++)
		plain += j != i && !(t[j].flags & W_CONJ) && capitalised_plain_word(nm, j) &&
			 !t[j].sent_start;
	return plain >= 2;
}

/* "på Klinte, Hemse, Roma och Slite": a given name or a surname between
 * two places that are no names in a list is a place too. */
static bool name_between_places(const anon_names *nm, size_t i)
{
	size_t j = i + 1;

	if (!between_places_of_list(nm, i) || !place_only(nm, i - 1))
		return false;
	if (nm->tok[j].gap == GAP_SPACE)
		j++; /* after och */
	return place_only(nm, j);
}

/* "Rosa (Elins mamma)": a word before a bracket that opens with a
 * name's genitive and a relative's word is a person, the relative. */
static bool kin_in_brackets_after(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i + 2 < nm->ntok && t[i + 1].start == t[i].end + 2 &&
	       nm->text[t[i].end] == ' ' && nm->text[t[i].end + 1] == '(' && t[i + 1].cap &&
	       (t[i + 1].genitive || genitive_stem(t[i + 1].k, t[i + 1].klen)) &&
	       t[i + 2].gap == GAP_SPACE && relative_word(&t[i + 2]);
}

/* "är kommunpolis", "blev ny rektor": a form of being at J and a role
 * after it, perhaps after an article or ny. */
static bool role_after_copula(const anon_names *nm, size_t j)
{
	static const char *const be[] = { "är", "var", "blir", "blev" };
	static const char *const before_role[] = { "en", "ett", "ny", "nya", "vår", "er" };
	const token *t = nm->tok;

	if (j + 1 >= nm->ntok || !KEY_IS_ONE_OF(&t[j], be))
		return false;
	j++;
	if (j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[j], before_role))
		j++;
	return t[j].gap == GAP_SPACE && !t[j].cap &&
	       ((t[j].flags & W_TITLE) || role_word(nm, &t[j]));
}

/* "Ylvina Kvarngård är kommunpolis": two capitalised words no list or
 * dictionary has, right before a role they are, are a name, though the
 * second ends as a farm or a firm does.  I is either.  (Before what a
 * person does, such as sa, the same pair lost a place on real text.) */
static bool pair_before_role(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t a = i;

	if (i > 0 && t[i].gap == GAP_SPACE && unlisted_word(nm, &t[i - 1]) && t[i - 1].cap)
		a = i - 1;
	if (a + 2 >= nm->ntok || t[a + 1].gap != GAP_SPACE || t[a + 2].gap != GAP_SPACE ||
	    !t[a].cap || !t[a + 1].cap || !unlisted_word(nm, &t[a]) ||
	    !unlisted_word(nm, &t[a + 1]) || org_shape(nm, &t[a]))
		return false;
	return role_after_copula(nm, a + 2);
}

/* "byn", "staden", and an ordinary word ending in one ("kyrkbyn",
 * "hemstaden", "kurorten"): a settlement's definite noun. */
static bool settlement_noun(const anon_names *nm, const token *t)
{
	static const char *const settlements[] = { "byn", "socknen", "orten", "staden",
						   "stadsdelen" };

	return KEY_IS_ONE_OF(t, settlements) ||
	       (ending_of(t->k, t->klen, settlements, sizeof settlements / sizeof *settlements, 3) &&
		dict_has(&nm->dict, t->k, t->klen));
}

/* "viken Zelmalahti", "byn Kvarnbyn": after the definite noun of a
 * village, a town, a lake or a hill, a capitalised word no list has is
 * its name, after a settlement's a listed name too (staden Mafra, also
 * kyrkbyn Ede);
 * but "vid sjön Zelmar och jag", "vid ån Zelmar sprang": a person. */
static bool place_apposition(const anon_names *nm, size_t i)
{
	static const char *const nouns[] = { "byn", "sjön", "viken", "ön", "berget", "älven",
					     "ån", "fjället", "udden", "holmen", "tjärnen",
					     "fjärden", "socknen", "orten", "herrgården", "staden",
					     "stadsdelen", "kvarteret", "torpet", "landskapet" };
	size_t a = i, j = i; /* the name's first word, its last */
	const token *p;

	if (i > 1 && nm->tok[i].gap == GAP_SPACE && nm->tok[i - 1].cap && !nm->tok[i - 1].sent_start)
		a = i - 1; /* the second word of "byn Gustav Adolf" */
	p = a > 0 ? &nm->tok[a - 1] : NULL;
	/* every noun ends in n or t: most words are gone at one byte */
	if (!p || p->cap || nm->tok[a].gap != GAP_SPACE ||
	    p->klen == 0 || (p->k[p->klen - 1] != 'n' && p->k[p->klen - 1] != 't') ||
	    !(KEY_IS_ONE_OF(p, nouns) || settlement_noun(nm, p)) ||
	    pron_joined(nm, a))
		return false;
	while (j + 1 < nm->ntok && nm->tok[j + 1].gap == GAP_SPACE && nm->tok[j + 1].cap)
		j++; /* the rest of a name of two words */
	if (nm->tok[a].flags & (W_FIRST | W_LAST))
		/* a listed name too after a settlement's noun: "i staden Mafra.",
		 * "staden Mafra i Portugal", "byn Gustav Adolf där"; but "i staden
		 * Anna älskade": the subject of a clause */
		return settlement_noun(nm, p) &&
		       (j + 1 >= nm->ntok || nm->tok[j + 1].gap != GAP_SPACE ||
			(nm->tok[j + 1].flags & (W_PREP | W_PLACEPREP)) ||
			KEY_IS(&nm->tok[j + 1], "där"));
	return !(j + 1 < nm->ntok && nm->tok[j + 1].gap == GAP_SPACE && pverb_at(nm, j + 1));
}

static bool team_met(anon_names *nm, size_t i);

/* Word I and the word before it (SIDE -1) or after it (+1) are joined by
 * a slash alone (Visby/Zelmo). */
static bool slash_joined(const anon_names *nm, size_t i, int side)
{
	const token *t = nm->tok;
	size_t a = side < 0 ? i - 1 : i;

	if (side < 0 ? i == 0 : i + 1 >= nm->ntok)
		return false;
	return t[a + 1].start == t[a].end + 1 && nm->text[t[a].end] == '/';
}

/* "Visby/Zelmo", "Orvik/Vetlanda": joined by a slash to a place, a word
 * is a place too, or one of a joint club's two. */
static bool slashed_to_place(const anon_names *nm, size_t i)
{
	return (slash_joined(nm, i, -1) && place_only(nm, i - 1)) ||
	       (slash_joined(nm, i, +1) && place_only(nm, i + 1));
}

/* "Zelmaköp (Roland Orvik), Orvikroten (Henrik Zelmström)": a word no
 * list has before a full name in brackets is what the person stands for,
 * a place, a group or a task. */
static bool before_bracketed_full_name(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	size_t e = t->end;

	if (i + 2 >= nm->ntok)
		return false;
	while (e < nm->tok[i + 1].start && nm->text[e] == ' ')
		e++;
	return e + 1 == nm->tok[i + 1].start && nm->text[e] == '(' && nm->tok[i + 1].cap &&
	       (nm->tok[i + 1].flags & W_FIRST) && nm->tok[i + 2].gap == GAP_SPACE &&
	       nm->tok[i + 2].cap;
}

/* "Kalmar Vexo", "Borlänge Zulu": a word no list has right after a
 * town that is no name ends the name of the town's club or firm; but
 * not where the town ends an item of a list and a full name begins
 * (", Norrmalm Orvika Berg"). */
static bool club_of_town(const anon_names *nm, size_t i)
{
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return p && nm->tok[i].gap == GAP_SPACE && !p->allcaps && place_only(nm, i - 1) &&
	       p->gap != GAP_COMMA &&
	       !(n && n->gap == GAP_SPACE && n->cap && (n->flags & (W_FIRST | W_LAST)));
}

/* "Länsizelmät", "Zelmäläiset", "Zelmijat": a long word no list
 * or dictionary has, written as Finnish writes (ä or ö, or a doubled
 * vowel; no å) and ending as a Finnish plural does (a vowel and -t), is a
 * club's, a paper's or a group's name; Finnish names end otherwise
 * (Virtanen, Mäkelä, Pekka).  Not y: Ethiopian and Eritrean given names
 * end so (Selamawit). */
static bool finnish_plural(const token *t)
{
	bool finnish = false;

	if (t->klen < 9 || t->k[t->klen - 1] != 't' || t->script != SC_LATIN ||
	    !strchr("aeiouy\xa4\xb6", t->k[t->klen - 2]))
		return false;
	for (size_t j = 0; j + 1 < t->klen; j++) {
		unsigned char c = (unsigned char)t->k[j], d = (unsigned char)t->k[j + 1];
		if (c == 0xc3 && d == 0xa5)
			return false; /* å */
		finnish |= (c == 0xc3 && (d == 0xa4 || d == 0xb6)) || (c == d && strchr("aeiou", c));
	}
	return finnish;
}

/* "Aftonbladets Zelmerup anser": after an organisation's genitive, a
 * capitalised word no list has before what a person does is its person. */
static bool acts_for_org_genitive(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].cap && !t[i].allcaps && t[i].gap == GAP_SPACE && t[i - 1].cap &&
	       genitive_stem(t[i - 1].k, t[i - 1].klen) && i + 1 < nm->ntok &&
	       t[i + 1].gap == GAP_SPACE &&
	       pverb_at(nm, i + 1);
}

static bool subject_after_verb(const anon_names *nm, size_t j);
static bool group_plural(const anon_names *nm, const token *t);

/* "Mathias Storgård", "Advokat Johan Åkermark": inside a sentence, right
 * after a given name taken as one, a compound the dictionary has whole
 * whose last part is a farm's or nature's word, as Swedish surnames are
 * made (stor + gård, åker + mark), is the surname; not a service's or a
 * thing's compound (Eva Hemtjänst). */
static bool farm_word_after_given_name(const anon_names *nm, size_t i)
{
	static const char *const ends[] = { "gård", "mark", "berg", "lund", "holm", "vik", "näs",
					    "dal", "strand", "bäck", "skog", "hag", "torp", "fors" };
	const token *t = &nm->tok[i], *p = i > 0 ? &nm->tok[i - 1] : NULL;
	size_t el;

	if (!p || t->sent_start || !t->cap || t->allcaps || t->genitive || t->gap != GAP_SPACE ||
	    p->state != ST_NAME || !p->cap || p->allcaps || !(p->flags & W_FIRST) ||
	    (p->flags & (W_STOP | W_PLACE | W_KEEP)))
		return false;
	el = ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 3);
	/* a noun joined by its s to the farm's word names a place of its
	 * kind (Ungdomsgård, Hembygdsgård), no family */
	return el && !(t->klen - el > 4 && t->k[t->klen - el - 1] == 's');
}

static bool determiner_before(const anon_names *nm, size_t i);

/* "sin Ford Galaxie", "en Volvo Zelmara": a word no list has after a
 * brand after an article or a possessive is the make's model; not one
 * shaped as surnames are (min Max Zelmström). */
static bool model_after_make(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 2 && t[i].gap == GAP_SPACE && t[i - 1].cap && !t[i - 1].allcaps &&
	       (t[i - 1].flags & W_KEEP) && determiner_before(nm, i - 1) &&
	       !surname_shaped(nm, &t[i]);
}

/* A word no list has, by its shape, its neighbours and the dictionary;
 * a definite plural is a group even in a list of names (Staffan Ek,
 * Fastighetsägarna och Claes Berg). */
static unsigned char judge_unknown(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (t->initial)
		return ST_MAYBE_WEAK;
	if ((t->allcaps && t->klen <= 4 && !is_dict_word(nm, i)) || acronym_genitive(nm, t))
		return ST_NO; /* SVT, ABF, KD, SRF's; but "LO HED": a word, beside a name */
	if (farm_word_after_given_name(nm, i))
		return ST_NAME; /* before the shapes of farms and firms: Storgård */
	if (org_shape(nm, t) ||
	    (org_follows(nm, i) && !shaped_surname_after_first_name(nm, i) &&
	     !unknown_surname_before_org(nm, i) && !work_of_full_name(nm, i)) ||
	    (org_name_before(nm, i) && !acts_for_org_genitive(nm, i)) ||
	    acronym_beside(nm, i) || short_form_in_brackets(nm, i) || short_form_before_words(nm, i) ||
	    affiliation_in_brackets(nm, i) || (finnish_plural(t) && !is_dict_word(nm, i)) ||
	    (store_of_brand(nm, i) && !acts_for_org_genitive(nm, i)) || definite_brand(nm, t) ||
	    model_after_make(nm, i) ||
	    shop_word_itself(t) || group_plural(nm, t))
		return ST_NO; /* "Skåneporten fastigheter", "butiken Boligheter",
			       * "Hycklinge JUF", "IF Brommapojkarna", "Silversmedja" */
	/* "bor i Kilafors", "från Umgransele": a place; but no place ends as
	 * only surnames do (gick till Zelmström); a surname's genitive there
	 * is a business's (utanför Bogrens) */
	if (((neighbour_has(nm, i, -1, W_PREP) || placeprep_before(nm, i)) &&
	     !surname_shaped(nm, t) &&
	     !(t->cap && genitive_stem(t->k, t->klen) && person_thing_follows(nm, i))) ||
	    club_of_town(nm, i) || place_apposition(nm, i) || team_met(nm, i) ||
	    before_bracketed_full_name(nm, i) || slashed_to_place(nm, i))
		return ST_NO;
	/* "Gotthards krog", "Mimers teater": a genitive no list has before a
	 * small shop's or a venue's word names the place */
	if (t->cap && !t->allcaps && genitive_stem(t->k, t->klen) && small_shop_follows(nm, i))
		return ST_NO;
	if (!t->sent_start && (in_place_list(nm, i) || between_places_of_list(nm, i)))
		return ST_NO;
	if (!t->flags && list_of_unlisted_words(nm, i) && !surname_or_family(nm, t))
		return ST_NO;
	if (number_label_shape(t))
		return ST_NO; /* "Artikelnr 2008-10-1", "Beställningsnr U29-038" */
	if (village_shape(t) && !after_first_name(nm, i) &&
	    !(cue_before(nm, i) & (W_TITLE | W_CALL | W_GREET | W_OBJVERB)) &&
	    !reported_speaker(nm, i))
		return ST_NO; /* "Karin Andersson, Duvbo"; not "Avdo Džebo", "ringde
			       * Kirby", "fortsätter Widnäs" (a village speaks not) */
	/* Vikström, Sabelströms; opening a sentence a family's genitive may
	 * be its firm's (Zelmströms Bygg), the surname itself is the person */
	if (surname_or_family(nm, t))
		return t->sent_start && !surname_shaped(nm, t) ? ST_MAYBE : ST_NAME;
	if (role_word(nm, t) || modifies_role(nm, i))
		return ST_NO; /* "Brf-ordförande Anna Berg", "Vice ordförande" */
	if (is_dict_word(nm, i)) {
		if (org_name_ends_at(nm, i) && !after_first_name(nm, i))
			return ST_NO; /* "Hudik Hockey" */
		/* "säger Rittbring", "när Necksten berättar": read as a
		 * compound only (ritt + bring), the one who speaks or acts;
		 * opening a sentence only before what only a person does
		 * (Brännberg tycker; not Hemglass kör) */
		bool speaker = reported_speaker(nm, i);
		if ((speaker || inverted_subject(nm, i) ||
		     (i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
		      (t->sent_start ? person_only_verb(nm, i + 1) && !definite_shape(t) &&
					       !subject_after_verb(nm, i + 1)
				     : pverb_at(nm, i + 1)) &&
		      !indefinite_before(nm, i) && !place_compound(nm, t))) &&
		    (!dict_has(&nm->dict, t->k, t->klen) || (speaker && speaker_alone(nm, i))) &&
		    !noun_compound(nm, t))
			return ST_NAME;
		/* "till Hans Rönnlund", "till Björn Ekholm": a compound of
		 * short words no dictionary has whole, after a capitalised
		 * given name that may be a word too, is the surname (the
		 * dictionary's words and long compounds are not: Hans
		 * Majestät, Eva Hemtjänst) */
		if (after_first_name(nm, i) && (nm->tok[i - 1].flags & W_FIRST) && t->cap &&
		    !t->allcaps && !dict_has(&nm->dict, t->k, t->klen) && !noun_compound(nm, t) &&
		    !place_compound(nm, t))
			return ST_NAME;
		/* "Kirunaproffset Hanna Zelm": a place's compound the dictionary
		 * has the rest of says who she is, not a name of hers */
		if (place_compound(nm, t) && !after_first_name(nm, i))
			return ST_NO;
		nm->tok[i].dictweak = 1;
		if (t->sent_start && (unknown_pair_opens(nm, i) || opens_pair_with_full_name(nm, i)))
			return ST_MAYBE; /* "Sheilla Ishimwe sjöng" */
		return t->sent_start ? ST_NO : ST_MAYBE_WEAK; /* Sussie o Moody */
	}
	if (noun_compound(nm, t) || place_compound(nm, t) || event_shape(t) ||
	    indefinite_before(nm, i) || used_thing_before(nm, i) || played_thing_before(nm, i) ||
	    definite_place_compound(nm, t))
		return ST_NO;
	/* "Tele: 0701…", "Organisationsnr: 89…": a label; a name only beside
	 * another, not joined to one by a comma */
	if (t->end < nm->textlen && nm->text[t->end] == ':' && t->gap != GAP_COMMA)
		return ST_MAYBE_WEAK;
	if (age_follows(nm, i) || credit_name_at(nm, i) || after_class_label(nm, i) ||
	    kin_in_brackets_after(nm, i))
		return ST_NAME;
	if (nickname_shape(t))
		return t->sent_start ? ST_MAYBE : ST_NAME;
	/* "Booliska ha yimaadaan": a clause in a language the dictionary does
	 * not know starts here */
	if (!(i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].cap &&
	      (nm->tok[i - 1].flags & (W_FIRST | W_LAST))) &&
	    foreign_words_follow(nm, i))
		return ST_MAYBE; /* but "Jibril Guleid ayaa had": a surname */
	return t->sent_start || t->allcaps ? ST_MAYBE : ST_IF_KNOWN;
}

static unsigned char judge_brand_name(anon_names *nm, size_t i);

/* "mentorn ville inte lyssna", "läraren ville hjälpa mig", "granne ville
 * att": a lower-case word that is a name too (Ville) and then what
 * follows a verb (inte, mig, att) or an infinitive in small letters
 * is the verb. */
static bool verb_then_its_object(anon_names *nm, size_t i)
{
	static const char *const att[] = { "att" };
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!n || n->gap != GAP_SPACE || n->cap || !is_dict_word(nm, i))
		return false;
	if ((n->flags & W_AFTERVERB) || KEY_IS_ONE_OF(n, att))
		return true;
	return n->klen >= 3 && n->k[n->klen - 1] == 'a' && n->flags == 0 &&
	       dict_has(&nm->dict, n->k, n->klen);
}

/* "får polisen veta", "kan min granne bo kvar": a finite verb before the
 * role puts the role after it as the subject (Swedish turns the order
 * round after a verb that needs another), and the word after the role is
 * that other verb, not the role's name. */
static bool role_after_finite_verb(const anon_names *nm, size_t i)
{
	static const char *const finite[] = { "kan", "kunde", "ska", "skulle", "får", "fick",
					       "måste", "vill", "ville", "bör", "borde", "har",
					       "hade", "brukar", "behöver", "tänker", "lär" };
	const token *t = nm->tok;
	size_t v = i - 2;

	if (i < 2 || t[i].gap != GAP_SPACE || t[i - 1].gap != GAP_SPACE || !(t[i - 1].flags & W_TITLE))
		return false;
	if ((t[v].flags & W_POSS) && v > 0 && t[v].gap == GAP_SPACE)
		v--; /* kan min granne */
	return (!t[v].cap || t[v].sent_start) && KEY_IS_ONE_OF(&t[v], finite);
}

/* "Till ordförande valdes Tomas": after a cue, a lower-case word that
 * reads as a name's genitive (valdes: Valde's) is the word unless a
 * person's noun follows ("läraren kalles mamma"), and one that is a verb
 * too before what follows a verb is the verb ("mentorn ville inte"). */
static bool word_then_name(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *next = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (t->genitive)
		return (t->flags & W_COMMON) &&
		       !(next && next->gap == GAP_SPACE && (next->flags & W_TITLE));
	return verb_then_its_object(nm, i) ||
	       (is_dict_word(nm, i) && role_after_finite_verb(nm, i));
}

/* "sa att staden är fin", "enligt staden", "typ staden": in small
 * letters an ordinary word that only a surname shares is the word after
 * a cue that tells what is said or meant; people are called by a given
 * name there (enligt jonte).  After a cue of contact the surname is the
 * person (JAG RINGDE STRAND PÅ KOMMUNEN). */
static bool surname_only_word(anon_names *nm, size_t i)
{
	static const char *const says[] = { "enligt", "typ", "att", "nämner", "nämnde" };

	return i > 0 && KEY_IS_ONE_OF(&nm->tok[i - 1], says) &&
	       (nm->tok[i].flags & (W_FIRST | W_LAST | W_COMMON)) == (W_LAST | W_COMMON) &&
	       is_dict_word(nm, i);
}

static inline bool pupil_before_class(anon_names *nm, size_t i);

/* A lower-case word: a known name not also a word is one; an unknown
 * word, or a name that is also a word, only after a cue or joined to a
 * name. */
static bool possessive_before_title(const anon_names *nm, size_t i);

/* A colon right after the word, then a number: "tele:08-", "tfn: 08-". */
static bool colon_then_number(const char *s, size_t n, size_t end)
{
	if (end >= n || s[end] != ':')
		return false;
	for (end++; end < n && s[end] == ' '; end++)
		;
	return end < n && ((s[end] >= '0' && s[end] <= '9') || s[end] == '+');
}

/* "inan" for innan, "alt" for allt: a name in small letters that is a
 * function word with one doubled consonant written once is that word
 * misspelt. */
static bool typo_of_function_word(const anon_names *nm, const token *t)
{
	char w[24];

	if (t->klen < 3 || t->klen + 1 >= sizeof w)
		return false;
	for (size_t k = 1; k < t->klen; k++) {
		if (strchr("bdfgklmnprstv", t->k[k]) == NULL)
			continue;
		memcpy(w, t->k, k + 1);
		memcpy(w + k + 1, t->k + k, t->klen - k);
		if (names_flags(nm, w, t->klen + 1) & W_STOP)
			return true;
	}
	return false;
}

/* "meddela återbudsansvarig per mejl", "100 kr per person": per before a
 * way of sending or a unit is the preposition, not Per. */
static bool preposition_per_at(const anon_names *nm, size_t i)
{
	static const char *const per[] = { "per" };
	static const char *const by[] = { "mejl", "mail", "e-post", "epost", "telefon", "tfn",
					  "sms", "post", "brev", "person", "deltagare", "år",
					  "månad", "vecka", "dag", "timme", "styck", "st", "gång",
					  "lag", "barn", "elev" };
	const token *t = nm->tok;

	return i + 1 < nm->ntok && KEY_IS_ONE_OF(&t[i], per) && t[i + 1].gap == GAP_SPACE &&
	       !t[i + 1].cap && KEY_IS_ONE_OF(&t[i + 1], by);
}

static bool takes_infinitive(const token *t);

/* "vill inte familjen bo.", "ska min kompis bo där?": an ordinary word
 * that is a name too, in small letters after a subject a modal verb
 * comes before, is the verb's infinitive where the clause ends or a
 * preposition follows; "kan läraren björn hjälpa" is a person. */
static bool infinitive_after_subject(anon_names *nm, size_t i)
{
	static const char *const that[] = { "att" }; /* vill att läraren sten går */
	const token *t = nm->tok;
	bool modal = false;

	if (!(t[i].flags & W_COMMON) || t[i].cap || i < 3 || !is_dict_word(nm, i))
		return false;
	for (size_t k = i - 1; k-- > 0 && k + 4 >= i && !modal;) {
		if (t[k + 1].gap != GAP_SPACE || t[k].cap)
			break;
		modal = takes_infinitive(&t[k]) && !KEY_IS_ONE_OF(&t[k], that);
	}
	return modal && (i + 1 == nm->ntok || t[i + 1].gap != GAP_SPACE ||
			 (t[i + 1].flags & (W_PREP | W_PLACEPREP)));
}

/* "My brukar sälja snus", "läraren my bryr sig inte": an English
 * function word that is a Swedish given name (My, Else), in a text that is
 * not English, before what a person does. */
static bool english_stop_name_acts(anon_names *nm, size_t i)
{
	static const char *const names[] = { "my", "else" };
	const token *t = &nm->tok[i];

	return (t->flags & W_STOPNAME) && !t->allcaps && !nm->english && KEY_IS_ONE_OF(t, names) &&
	       i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && !nm->tok[i + 1].cap &&
	       pverb_at(nm, i + 1);
}

static bool lower_surname_acts(anon_names *nm, const char *s, size_t n, size_t i);

/* "ett quis,", "ett nytt quis": a word in small letters shaped like a
 * name's genitive (Qui's) after an article or a possessive, perhaps with
 * one word between, that owns nothing after it, is a noun no dictionary
 * has; a genitive stands before what it owns (annas mamma). */
static bool noun_shaped_genitive(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	if (!t[i].genitive || t[i].cap || (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE))
		return false;
	return determiner_before(nm, i) ||
	       (i >= 2 && t[i].gap == GAP_SPACE && !t[i - 1].cap && !t[i - 1].flags &&
		determiner_before(nm, i - 1));
}

static unsigned char judge_lower(anon_names *nm, size_t i, unsigned cue)
{
	const token *t = &nm->tok[i];
	unsigned f = t->flags;
	bool named = f & (W_FIRST | W_LAST);

	if (preposition_per_at(nm, i) || noun_shaped_genitive(nm, i))
		return ST_NO;
	if ((cue & (W_TITLE | W_GREET | W_OBJVERB)) && english_stop_name_acts(nm, i))
		return ST_NAME;

	/* "adde mej på snap": a word starting a sentence before a negation
	 * or an object pronoun is a verb, in small letters too */
	if (neighbour_has(nm, i, +1, W_AFTERVERB) && at_sentence_start(nm->text, t->start))
		return ST_NO;
	/* "il derby della mole": a name's particle in small letters is the
	 * particle of its language, not a given name (Della) */
	if ((f & W_PARTICLE) && !(cue & (W_TITLE | W_CALL | W_GREET | W_OBJVERB)))
		return ST_NO;
	/* "max söderberg", shouted "MARIA OLSSON": a first name and a
	 * surname no dictionary has */
	if ((f & W_FIRST) && !(f & (NOT_SURNAME & ~(unsigned)(W_KEEP | W_PLACE))) &&
	    !t->phrasekeep && !placeprep_before(nm, i) && !neighbour_has(nm, i, -1, W_PREP) &&
	    (surname_follows(nm, i) || shouted_surname_follows(nm, i)))
		return ST_NAME;
	if (word_surname_at(nm, i))
		return ST_MAYBE_WEAK; /* HÄLSNINGAR JOSHUA SJÖ */
	/* "läraren august", "hälsningar maj": a month or brand that is also a
	 * first name, after a role, a naming verb or a greeting */
	if ((f & W_KEEP) && named && !t->phrasekeep && (cue & (W_TITLE | W_CALL | W_GREET | W_OBJVERB)) &&
	    !(f & (W_STOP | W_PREP | W_CONJ | W_PLACEPREP)))
		return ST_NAME;
	if ((f & W_KEEP) && !(f & (W_STOP | W_TITLE | W_CALL | W_GREET | W_PREP | W_CONJ |
				   W_PVERB | W_OBJVERB | W_PLACEPREP | W_LANG)))
		return judge_brand_name(nm, i);
	if (f & (W_STOP | W_KEEP | W_TITLE | W_CALL | W_GREET | W_PREP | W_CONJ | W_PVERB |
		 W_OBJVERB | W_PLACEPREP | W_LANG))
		return ST_NO;
	if (!named && (org_shape(nm, t) || inhabitant_of_place(nm, t)))
		return ST_NO; /* "maryam, ekskolan behöver": an organisation; "en kungsbackabo" */
	/* "JAG RINGDE STRAND": a surname that is also a place noun after a cue */
	if ((f & W_PLACENOUN) && !(named && (cue & (W_TITLE | W_GREET | W_OBJVERB))))
		return ST_NO;
	/* "typ mora torg": a place before a place's noun, in small letters too */
	if ((f & W_PLACE) && neighbour_has(nm, i, +1, W_PLACENOUN) && !nm->tok[i + 1].cap)
		return ST_NO;
	/* "vakten sa att hans chef", "vad heter hans hund": his, after a cue too */
	if ((cue & (W_TITLE | W_CALL | W_GREET | W_OBJVERB)) && possessive_before_title(nm, i) &&
	    !nm->tok[i + 1].cap) /* "min kompis stig Jag ringde": a sentence without its stop */
		return ST_NO;
	/* "vakten tele:08-123 45 67": a number's label after a cue */
	if (!named && colon_then_number(nm->text, nm->textlen, t->end))
		return ST_NO;
	if ((cue & W_TITLE) && infinitive_after_subject(nm, i))
		return ST_NO;
	if (cue & (W_TITLE | W_CALL | W_GREET | W_OBJVERB))
		return (named && !word_then_name(nm, i) &&
			 !((cue & W_OBJVERB) && surname_only_word(nm, i))) ||
				       !is_dict_word(nm, i) ? ST_NAME : ST_MAYBE_LOWER;
	if (placeprep_before(nm, i))
		return ST_NO; /* "bor i frida" */
	if (named && !(f & W_COMMON) && typo_of_function_word(nm, t))
		return ST_NO; /* "inan" for innan */
	/* "brooklyn ringde": a given name that is also a city, before what
	 * a person does */
	if (f & W_PLACE) {
		bool subject = (f & W_FIRST) && i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
			       !neighbour_has(nm, i, -1, W_PREP) && pverb_at(nm, i + 1);
		return subject ? judge_named(nm, i, false) : ST_NO;
	}
	if ((f & W_LAST) && !(f & W_FIRST) && lower_surname_acts(nm, nm->text, nm->textlen, i))
		return ST_NAME; /* "att lindström gick hem" */
	if (named)
		return judge_named(nm, i, false);
	if (pupil_before_class(nm, i))
		return ST_NAME;
	return is_dict_word(nm, i) ? ST_NO : ST_MAYBE_LOWER;
}

/* A capitalised place, brand or ordinary word follows: the word before it
 * begins the name of an organisation or a place (Region Västra Götaland,
 * Mentor Sverige). */
static bool proper_phrase_follows(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i + 1];

	return i + 1 < nm->ntok && t->gap == GAP_SPACE && t->cap && !t->allcaps &&
	       ((t->flags & (W_PLACE | W_KEEP | W_PREP)) || is_dict_word(nm, i + 1));
}

/* A capitalised word after a title, greeting or verb whose object is a
 * person: a name, unless it is known to be something else (Kontakta
 * Justitiedepartementet, läraren på Mentor Sverige); a known first name
 * stays a name after a title (läraren Wilma). */
/* "Handläggaren Ping sa", "Kassörskan Ping på Willys blev": after a
 * person's role, a capitalised word that is also an ordinary one is the
 * name where what a person does, or her place of work, follows. */
static bool acts_or_works_after(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!n || n->gap != GAP_SPACE || n->cap)
		return false;
	/* not i: "samordnare Biblioteken i Norrbotten" is where she works */
	return pverb_at(nm, i + 1) ||
	       (workplace_prep(n) && i + 2 < nm->ntok && nm->tok[i + 2].gap == GAP_SPACE &&
		nm->tok[i + 2].cap);
}

/* "Miljö & Hälsoskyddskontoret", "Kultur och Fritidsförvaltningen":
 * word I joined by & or och to an organisation's word or shape is the
 * first half of the organisation's name. */
static bool org_joined_after(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1;

	if (j < nm->ntok && !t[j].amp && t[j].gap == GAP_SPACE && (t[j].flags & W_CONJ) &&
	    !t[j].cap)
		j++;
	return j < nm->ntok && j <= i + 2 && (t[j].amp || j == i + 2) && t[j].cap &&
	       !t[j].allcaps && !(t[j].flags & (W_FIRST | W_LAST)) && org_word_itself(nm, &t[j]);
}

/* "Landby", "Sandby": shaped like a village, as many surnames are; after
 * a person's role (läraren Landby) the surname. */
static bool village_shaped(const token *t)
{
	return t->klen >= 5 && t->k[t->klen - 2] == 'b' && t->k[t->klen - 1] == 'y';
}

static bool unlisted_surname_follows(const anon_names *nm, size_t i);

/* "14-åriga Harpa Hrönn": a capitalised given name, no other word of the
 * lists, follows word I. */
static bool given_name_follows(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && n->cap && !n->allcaps && (n->flags & W_FIRST) &&
	       !(n->flags & (W_STOP | W_KEEP | W_PLACE | W_COMMON | W_TITLE));
}

/* Word I is the last on its line, a full stop or an exclamation mark
 * after it at most (a signature's line). */
static bool ends_its_line(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t b = nm->tok[i].end;

	while (b < nm->textlen && (blank_byte(s[b]) || s[b] == '.' || s[b] == '!'))
		b++;
	return b == nm->textlen || s[b] == '\n';
}

/* "Tack för allt. Kram Katta<line break>": word I, right after a greeting
 * that opens its sentence and last on its line, is the one who signs,
 * whatever else the word means (a nickname: Katta, Nalle); not a group
 * by a noun's definite form (Hälsningar Styrelsen, Kram Grannarna). */
static bool greeting_signs_line(const anon_names *nm, size_t i)
{
	return i > 0 && nm->tok[i - 1].sent_start && nm->tok[i].gap == GAP_SPACE &&
	       !definite_shape(&nm->tok[i]) && ends_its_line(nm, i);
}

/* "pratade med Max om", "bråkar med Kjell": word I after med and a verb
 * of talking, quarrelling or playing, which no one does with a chain or
 * an app. */
static bool talked_with(const anon_names *nm, size_t i)
{
	static const char *const verbs[] = { "prata", "pratar", "pratade", "pratat", "snacka",
					     "snackar", "snackade", "snackat", "tala", "talar",
					     "talade", "talat", "bråka", "bråkar", "bråkade",
					     "bråkat", "gräla", "grälar", "grälade", "grälat",
					     "umgås", "umgicks", "umgåtts", "leka", "leker",
					     "lekte", "lekt", "chatta", "chattar", "chattade",
					     "chattat" };
	const token *t = nm->tok;

	return i >= 2 && t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE &&
	       KEY_IS(&t[i - 1], "med") && KEY_IS_ONE_OF(&t[i - 2], verbs);
}

static bool report_verb(const token *t);

/* "bestod av Freja Glad, Ella Zelm och": word I and a capitalised word
 * after it, then a comma or och and a full name: the first of a list of
 * people. */
static bool pair_before_full_name(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 2;

	if (j >= nm->ntok || t[i + 1].gap != GAP_SPACE || !t[i + 1].cap || t[i + 1].allcaps)
		return false;
	if (t[j].gap == GAP_SPACE && (t[j].flags & W_CONJ) && !t[j].cap)
		j++;
	else if (t[j].gap != GAP_COMMA)
		return false;
	return j < nm->ntok && t[j].gap != GAP_OTHER && full_name_at(nm, j);
}

/* A brand or an app that is a given name too (Kjell, Max, Wilma) is the
 * person here: before a surname or after med and a verb of talking; and,
 * once the text has named someone so, before what a person does (Freja
 * rapporterade) or as a genitive owning a noun not after a place's
 * preposition (till Kjells gitarrspel).  The chain does none of these. */
static bool brand_as_person(anon_names *nm, size_t i, bool named_before)
{
	const token *t = nm->tok;

	if (surname_follows(nm, i) || talked_with(nm, i) || pair_before_full_name(nm, i))
		return true;
	return named_before &&
	       (pverb_at(nm, i + 1) || (i + 1 < nm->ntok && report_verb(&t[i + 1])) ||
		(t[i].genitive && owned_noun_follows(nm, i) && !placeprep_before(nm, i)));
}

static bool cue_takes(anon_names *nm, size_t i, unsigned cue)
{
	static const char *const to[] = { "till", "enligt" };
	const token *t = &nm->tok[i];
	bool named = t->flags & (W_FIRST | W_LAST);
	bool person_role = (cue & W_TITLE) && !(cue & W_OBJVERB);
	size_t sl;

	/* a brand, app or month that is also a first name: after a title or
	 * a greeting, or before a surname (Hälsningar Maj Eklund); "enligt
	 * Wilma", "typ Max" stay */
	if (t->flags & W_KEEP)
		return named && !t->phrasekeep &&
		       ((cue & W_TITLE) || ((cue & W_GREET) && !t->allcaps) ||
			(cue & W_TELL) == W_TELL || brand_as_person(nm, i, false) ||
			((cue & W_OBJVERB) && (t->flags & W_MONTH))); /* ringde till Maj */
	/* "skrev till Lerums kommun", "ring Östby gymnasium", "kontakta
	 * Miljö & Hälsoskyddskontoret" */
	if ((!named || (t->flags & W_PLACE)) &&
	    (org_follows(nm, i) || org_joined_after(nm, i) || club_letters_follow(nm, i)))
		return false; /* "kontakta Mora IF" */
	/* "Bröderna Lindqvists Åkeri", "Bröderna Lindqvist Bygg AB", "mot
	 * Lindqvist Hockey": a surname before a capitalised trade's or sport's
	 * word or a company's form names the firm or the club, whatever noun
	 * comes before it */
	if ((t->flags & W_LAST) && !(t->flags & W_FIRST) && !t->allcaps &&
	    (company_follows(nm, i) ||
	     (i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap &&
	      !nm->tok[i + 1].allcaps && !(nm->tok[i + 1].flags & (W_FIRST | W_LAST)) &&
	      org_word_itself(nm, &nm->tok[i + 1]))))
		return false;
	/* "Tack Bohusläns Skärgårdsråd": a place's genitive before a word
	 * that is no name names its group or its thing */
	sl = genitive_stem(t->k, t->klen);
	if (!named && sl && (names_flags(nm, t->k, sl) & W_PLACE) && i + 1 < nm->ntok &&
	    nm->tok[i + 1].gap == GAP_SPACE && !(nm->tok[i + 1].flags & (W_FIRST | W_LAST)))
		return false;
	if (named)
		return true;
	/* "Tack Malmö för värdskapet", "Polisen Västernorrland": a place that
	 * no list has as a name is the place after a greeting or a title; a
	 * verb may take a person by a place's name (ringde Malmö) */
	if ((t->flags & W_PLACE) && t->gap == GAP_SPACE && relative_word(&nm->tok[i - 1]))
		return true; /* "Farmor Göta": no place is a relative */
	/* "ringde till Stockholm", "enligt Borgå": its office; but a
	 * surname after it makes the place a given name (chefen Jörn
	 * Zelmberg) */
	if ((t->flags & W_PLACE) && (((cue & (W_GREET | W_TITLE)) && !(cue & (W_OBJVERB | W_PVERB))) ||
				     KEY_IS_ONE_OF(&nm->tok[i - 1], to)))
		return !(t->flags & W_KEEP) &&
		       (surname_follows(nm, i) || unlisted_surname_follows(nm, i));
	/* "familjen Landby", "makarna Nyby": after a family's noun a
	 * capitalised word no dictionary has is their surname, though shaped
	 * like a village; inside a sentence, an ordinary word's too
	 * (släkten Räv, makarna Lo) */
	if (i > 0 && t->cap && !t->allcaps &&
	    wordtab_get(&nm->families, nm->tok[i - 1].k, nm->tok[i - 1].klen) &&
	    (!dict_has(&nm->dict, t->k, t->klen) || (!nm->tok[i - 1].cap && t->gap == GAP_SPACE)))
		return true;
	/* "Ring Jourhjälpen 116 117": a compound of ordinary words is a
	 * service, not a person; after a person's role it is the surname
	 * (kyrkoherde Videgren, min polare Sonlard), but a place's people
	 * are no one's name (22-åriga Malmöbon, läraren Lerumstjejen) */
	if ((org_shape(nm, t) && !(person_role && t->flags == 0 && village_shaped(t))) ||
	    (t->allcaps && t->klen <= 4) || place_compound(nm, t) ||
	    (noun_compound(nm, t) && !person_role))
		return false; /* "Kontakta Borlängehem": a place's housing company */
	/* "Jag ringde Rosen på kommunen": a surname that is a word; but
	 * "Kontakta Region Västra Götaland" names an organisation */
	return !is_dict_word(nm, i) || ((cue & W_GREET) && greeting_signs_line(nm, i)) ||
	       ((cue & W_OBJVERB) && !t->sent_start && !proper_phrase_follows(nm, i)) ||
	       (person_role && !t->sent_start &&
		(!dict_has(&nm->dict, t->k, t->klen) || acts_or_works_after(nm, i) ||
		 given_name_follows(nm, i) || unlisted_surname_follows(nm, i)));
}

/* al-Masri, el-Sayed, abu-Bakr: an Arabic surname written in Latin. */
static bool prefixed_surname(const token *t)
{
	return t->klen > 4 && (memcmp(t->k, "al-", 3) == 0 || memcmp(t->k, "el-", 3) == 0);
}

/* Two letters joined by a hyphen, as initials are written (P-O, l-e). */
static inline bool hyphen_pair(const token *t)
{
	return t->klen == 3 && t->k[1] == '-';
}

/* Initials joined by a hyphen (P-O, K-G, J-E). */
static bool initials_shape(const token *t)
{
	return hyphen_pair(t) && t->allcaps;
}

/* Next to "och", "o", "elr", a comma or '&': the only places where an
 * unknown lower-case word may turn out to be a name (ali elr jonte). */
static bool beside_joiner(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return t[i].gap == GAP_COMMA || t[i].amp || (i > 0 && (t[i - 1].flags & W_CONJ)) ||
	       (i + 1 < nm->ntok &&
		(t[i + 1].gap == GAP_COMMA || t[i + 1].amp || (t[i + 1].flags & W_CONJ)));
}

/* Whether a digit is the first thing after the spaces from K. */
/* A school year's one digit after the spaces from K (7b, 9:an, åk 6,
 * 8-9an), not an age (i 55-årsåldern, i 30 år). */
static bool class_number_after(const char *s, size_t n, size_t k)
{
	while (k < n && s[k] == ' ')
		k++;
	if (k >= n || s[k] < '0' || s[k] > '9')
		return false;
	if (k + 1 >= n)
		return true;
	if (s[k + 1] == '-') /* 8-9an, not 55-årsåldern */
		return k + 2 < n && s[k + 2] >= '0' && s[k + 2] <= '9';
	if (s[k + 1] >= '0' && s[k + 1] <= '9')
		return false;
	/* not the first part of a compound: "på 4H-gården" */
	for (k++; k < n && isalpha_ascii(s[k]); k++)
		;
	return !(k + 1 < n && s[k] == '-' && ((unsigned char)s[k + 1] >= 0x80 || isalpha_ascii(s[k + 1])));
}

/* A school class follows word I: "Klara i 8a", "Mio i åk 6", "Max på
 * år 9". */
static bool class_follows(const anon_names *nm, const char *s, size_t n, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1;

	if (j >= nm->ntok || t[j].gap != GAP_SPACE || !(t[j].flags & W_PERSONPREP))
		return false;
	if (class_number_after(s, n, t[j].end))
		return true;
	return j + 1 < nm->ntok && t[j + 1].klen <= 4 && !t[j + 1].cap &&
	       class_number_after(s, n, t[j + 1].end);
}

/* "temuulen i åk 6 mobbar": a lower-case word no list or dictionary has,
 * before a school class, is a pupil. */
static inline bool pupil_before_class(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->flags == 0 && !t->cap && t->klen > 2 &&
	       class_follows(nm, nm->text, nm->textlen, i) && !is_dict_word(nm, i);
}

/* A word no list has and the dictionary does not have whole, of more
 * than three letters, not in capitals: a compound of words is one still
 * (Björn|berg, Wick|ström), as Swedish surnames are made. */
static bool unlisted_word(const anon_names *nm, const token *t)
{
	return t->flags == 0 && !t->allcaps && t->klen > 3 && t->script == SC_LATIN &&
	       !dict_has(&nm->dict, t->k, t->klen);
}

/* "Kjell Hedwall": a capitalised unlisted word follows word I. */
static bool unlisted_surname_follows(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i + 1];

	return i + 1 < nm->ntok && t->gap == GAP_SPACE && t->cap && nm->tok[i].cap &&
	       unlisted_word(nm, t) && !org_shape(nm, t);
}

/* What only a person does (says, hits, threatens, steals): not the verbs
 * a car, a shop or an app does too ("Max säljer burgare", "en Ford kör",
 * "Tyra svarar inte"). */
static bool person_only_verb(const anon_names *nm, size_t j)
{
	static const char *const shared[] = { "kör", "körde", "tog", "tar", "säljer", "sålde",
					      "jobbar", "jobbade", "arbetar", "bor", "bodde",
					      "brukar", "svarar", "svarade", "blev", "blir",
					      "var", "heter", "hette", "fick", "får" };
	const token *t;

	if (j >= nm->ntok || !pverb_at(nm, j))
		return false;
	t = &nm->tok[j];
	return !KEY_IS_ONE_OF(t, shared);
}

/* An article or a possessive right before word I ("en Ford kör", "min
 * Tesla"): a thing follows, not a person. */
static bool determiner_before(const anon_names *nm, size_t i)
{
	static const char *const articles[] = { "en", "ett", "den", "det", "denna", "detta",
						"varje", "någon", "något", "ingen", "a", "an", "the" };
	const token *p;

	if (i == 0 || nm->tok[i].gap != GAP_SPACE)
		return false;
	p = &nm->tok[i - 1];
	return (p->flags & W_POSS) || KEY_IS_ONE_OF(p, articles);
}

/* An article or a possessive before word I, or before a word in small
 * letters before it (din stora dag och jag): a noun, no name in small
 * letters. */
static bool noun_phrase_before(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return determiner_before(nm, i) ||
	       (i >= 2 && t[i].gap == GAP_SPACE && !t[i - 1].cap &&
		!(t[i - 1].flags & (W_FIRST | W_LAST | W_CONJ)) && determiner_before(nm, i - 1));
}

/* "Med vänlig hälsning<line break>Wilma": word I alone on the line after
 * a greeting's is the one who signs. */
static bool signed_after_greeting(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t a = nm->tok[i].start;

	if (i == 0 || !(nm->tok[i - 1].flags & W_GREET))
		return false;
	while (a > 0 && blank_byte(s[a - 1]))
		a--;
	return a > 0 && s[a - 1] == '\n' && ends_its_line(nm, i) && nm->tok[i - 1].end < a;
}

/* "Max H Lund", "Max H. Lund": an initial after word I and a capitalised
 * word after it that is no title, place's noun or function word (after
 * the initial's full stop a listed surname only: a sentence may start). */
static bool initial_then_surname(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i + 2 < nm->ntok && t[i + 1].initial == 1 && t[i + 1].gap == GAP_SPACE &&
	       t[i + 2].gap != GAP_COMMA && t[i + 2].cap && !t[i + 2].allcaps &&
	       (t[i + 2].start == t[i + 1].end + 1 || /* "H. Lund": a surname after a full stop */
		(t[i + 2].start == t[i + 1].end + 2 && (t[i + 2].flags & W_LAST))) &&
	       !(t[i + 2].flags & (W_TITLE | W_STOP | W_PLACENOUN | W_KEEP | W_MONTH));
}

/* A brand or app that is also a first name: a name before a surname or
 * a school class ("Max Lundström", "Wilma C Hermansson", "Mio i åk 8"),
 * and one of a list of names ("Charlie & Freja", "freja o hamza"). */
static unsigned char judge_brand_name(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	/* a religion's figure that is a given name too: "sa Jesus" is he,
	 * "Kristi Himmelfärdsveckan" his feast; only a surname makes a
	 * person (Jesus Zelmano) */
	static const char *const figures[] = { "jesus", "jesu", "kristus", "kristi" };

	if (!(t->flags & W_FIRST) || t->phrasekeep)
		return ST_NO;
	if (KEY_IS_ONE_OF(t, figures))
		return !t->allcaps && surname_follows(nm, i) ? ST_NAME : ST_NO;
	/* "togs av Freja Lindström": a surname makes a person after a
	 * preposition too; "på ICA Lunda" is the shop */
	bool shop_follows = (t->flags & W_ORGCUE) != 0; /* Ica Stjärnköp: the shop's name */
	/* "sin Ford Galaxie": after an article or a possessive the make's
	 * model, unless shaped as surnames are (min Max Zelmström) */
	bool unlisted = !shop_follows && unlisted_surname_follows(nm, i) &&
			(!determiner_before(nm, i) || shaped_surname_follows(nm, i));

	if (!t->allcaps && (surname_follows(nm, i) || unlisted || initial_then_surname(nm, i)))
		return ST_NAME; /* "Max H Lund" */
	if (placeprep_before(nm, i) || neighbour_has(nm, i, -1, W_PREP))
		return ST_NO; /* "bor i Tyra" */
	if (surname_follows(nm, i) || class_follows(nm, nm->text, nm->textlen, i) || unlisted)
		return ST_NAME;
	/* "Tyra sa att", "Max slog mig": a first name before what a person
	 * does (the app or the chain does not speak or hit) */
	if (t->cap && !t->allcaps && !determiner_before(nm, i) &&
	    ((i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && person_only_verb(nm, i + 1)) ||
	     /* "när August Berg sköt": a listed surname that is a word too between */
	     (i + 2 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap &&
	      !nm->tok[i + 1].allcaps && (nm->tok[i + 1].flags & W_LAST) &&
	      nm->tok[i + 2].gap == GAP_SPACE && person_only_verb(nm, i + 2)) ||
	     /* "Wilma från Kumla hjälpte mig": where she is from between */
	     (i + 3 < nm->ntok && (nm->tok[i + 1].flags & W_PERSONPREP) &&
	      nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 2].gap == GAP_SPACE &&
	      nm->tok[i + 2].cap && nm->tok[i + 3].gap == GAP_SPACE && person_only_verb(nm, i + 3)) ||
	     (i >= 2 && t->gap == GAP_SPACE && person_only_verb(nm, i - 1) &&
	      !nm->tok[i - 1].sent_start && !nm->tok[i - 1].cap)))
		return ST_NAME; /* also "Igår sa Tyra att": the verb first */
	if (t->cap && (signed_after_greeting(nm, i) || pron_joined(nm, i) ||
		       (!t->allcaps && brand_as_person(nm, i, false))))
		return ST_NAME; /* "Lucia och jag gick hem" */
	if (!beside_joiner(nm, i) && !t->amp && !(i + 1 < nm->ntok && nm->tok[i + 1].amp))
		return ST_NO;
	return t->cap ? ST_MAYBE_WEAK : ST_MAYBE_LOWER;
}

/* Word I+1 is a capitalised ordinary word that is no name or person's
 * noun ("Kerstins Blommor"; but "Kalles Mamma", "Annas Berg"), or the
 * noun of a small shop ("Liljans barbershop"; but "Annas företag" is
 * hers). */
static bool small_shop_word(const token *t)
{
	static const char *const shops[] = { "kafé", "café", "cafe", "konditori", "bageri",
					     "barbershop", "salong", "frisörsalong", "pizzeria",
					     "kiosk", "bod", "krog", "bistro", "blommor", "pub",
					     "teater", "biograf", "museum", "mejeri", "handel",
					     "affär", "pensionat", "restaurang", "hotell", "tivoli",
					     "butik", "ateljé", "galleri", "smedja", "snickeri",
					     "bryggeri", "rökeri", "kaffestuga", "våffelstuga",
					     "kafe", "grill", "loppis", "antikvariat", "makeri",
					     "byggeri", "skrädderi", "tryckeri", "slakteri",
					     "garveri", "färgeri", "fabrik", "klinik", "lantbruk",
					     "jordbruk", "varor", "verkstad", "plantskola",
					     "gårdsbutik", "fritidsgård", "ungdomsgård" };

	static const char *const trade[] = { "eri" };
	size_t len = ending_of(t->k, t->klen, shops, sizeof shops / sizeof *shops, 0);

	/* the word itself, or a compound of one (hembageri, sybehörsaffär,
	 * lanthandel, chokladfabrik, byggvaror); no word of the list ends
	 * in another shorter than 9 bytes.  A word of 8 bytes or more in -eri
	 * names a trade's workshop as bageri does (Marmeladeri, styckeri) */
	/* "Zelmis Kök": a kitchen is a restaurant's only capitalised (Annas
	 * kök is hers) */
	return (len != 0 && (len == t->klen || t->klen >= 9)) ||
	       (t->klen >= 8 && ending_of(t->k, t->klen, trade, 1, 5)) ||
	       (t->cap && KEY_IS(t, "kök"));
}

/* "Silversmedja": a shop's word, or a compound of one, without a name
 * joined to it by a hyphen (Franco Costa-museum is his). */
static bool shop_word_itself(const token *t)
{
	return small_shop_word(t) && !memchr(t->k, '-', t->klen);
}

/* Word I+1 is a small shop's or a venue's noun (Annas bageri, Adams
 * Kiosk), not shouted. */
static bool small_shop_follows(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->allcaps && small_shop_word(n);
}

/* A name's genitive, also where the list has the word as a name of its
 * own (Annas, a Biblical name, is Anna's in "Annas bageri"; only before a
 * shop's word in small letters: Tomas Riste is no Toma's). */
static bool may_be_genitive(const anon_names *nm, const token *t)
{
	size_t sl;

	if (t->genitive)
		return true;
	sl = (t->flags & W_FIRST) ? genitive_stem(t->k, t->klen) : 0;
	return sl && (names_flags(nm, t->k, sl) & W_FIRST);
}

/* "på Magna Café", "Zelma Kiosk": a given name alone before a
 * capitalised shop's or venue's noun names the shop, as its genitive
 * does (Moas kafé); after another capitalised word it may be a person's
 * surname and her workplace. */
static bool given_name_of_shop(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return (t->flags & W_FIRST) && t->cap && !t->allcaps && !t->genitive &&
	       !(i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].cap && !nm->tok[i - 1].sent_start) &&
	       i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap &&
	       !nm->tok[i + 1].allcaps &&
	       shop_word_itself(&nm->tok[i + 1]); /* not Franco Costa-museum */
}

static bool shop_word_follows(anon_names *nm, size_t i)
{
	const token *n;

	if (i + 1 >= nm->ntok)
		return false;
	n = &nm->tok[i + 1];
	if (small_shop_follows(nm, i))
		return true;
	/* an ordinary word itself, a trade's, or a compound ending in a long
	 * one (Annas Hembageri); not one of short parts (Emmas Airpods: air +
	 * pods), as a thing a person owns may be named so */
	return n->gap == GAP_SPACE && n->cap && !n->allcaps && !n->sent_start &&
	       !(n->flags & (W_FIRST | W_LAST | W_TITLE | W_STOP | W_PVERB | W_OBJVERB)) &&
	       (dict_has(&nm->dict, n->k, n->klen) || org_word(nm, n) || noun_compound(nm, n));
}

static bool party_follows(const anon_names *nm, size_t i);

/* "Svenska Motorsportförbundet (nedan kallat Svemo)": a contract's
 * short name for a party, after "nedan" or "hädanefter" and a naming verb;
 * not "läs nedan vad Anna skrev". */
static bool defined_term_at(const anon_names *nm, size_t i)
{
	static const char *const hereafter[] = { "nedan", "hädanefter", "härefter" };
	static const char *const called[] = { "kallat", "kallad", "kallade", "kallas",
					      "benämnt", "benämnd", "benämnda" };

	/* asked of every capitalised word: the verb's first letter first */
	return i >= 2 && nm->tok[i].cap && (nm->tok[i - 1].k[0] == 'k' || nm->tok[i - 1].k[0] == 'b') &&
	       KEY_IS_ONE_OF(&nm->tok[i - 1], called) && KEY_IS_ONE_OF(&nm->tok[i - 2], hereafter);
}

/* "vann Stanley Cup", "Gothia Cup", "Zelma cup": a word for a contest
 * after a name makes the contest's name (cup in small letters too: no one
 * is followed by it). */
static bool trophy_follows(const anon_names *nm, size_t i)
{
	static const char *const contests[] = { "cup", "cupen", "league", "trophy" };
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && KEY_IS_ONE_OF(n, contests) &&
	       (n->cap || n->k[0] == 'c');
}

/* "Lex Sarah", "Lex Maria": a duty named after a person's case. */
static bool law_name_at(const anon_names *nm, size_t i)
{
	static const char *const lex[] = { "lex" };

	if (nm->tok[i].klen != 3 && !(i > 0 && nm->tok[i - 1].klen == 3))
		return false;
	/* a given name after it; "Lex Lindqvist" is a person */
	if (KEY_IS_ONE_OF(&nm->tok[i], lex))
		return i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap &&
		       (nm->tok[i + 1].flags & W_FIRST);
	return i > 0 && nm->tok[i].gap == GAP_SPACE && nm->tok[i - 1].cap &&
	       (nm->tok[i].flags & W_FIRST) && KEY_IS_ONE_OF(&nm->tok[i - 1], lex);
}

/* Word J is a capitalised ordinary word that no list has as a name. */
static bool capitalised_plain_word(anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	return t->cap && !t->allcaps && t->script == SC_LATIN && t->flags == 0 && t->klen >= 4 &&
	       dict_has(&nm->dict, t->k, t->klen);
}

/* "enhetschef Mark och Service", "Gata och Park": a given name that is
 * an ordinary word too, joined by "och" inside a sentence to a capitalised
 * ordinary word that is no name, names a department. */
static bool department_at(anon_names *nm, size_t i)
{
	static const char *const och[] = { "och" };
	const token *t = nm->tok;

	/* "Linnea Band och Per Ek": a person before a surname; "Pelle, Kalle
	 * och Knutte": the next of a list of given names */
	if (t[i].sent_start || t[i].allcaps || !(t[i].flags & W_COMMON) || surname_follows(nm, i) ||
	    (t[i].gap == GAP_COMMA && t[i - 1].cap && (t[i - 1].flags & W_FIRST)))
		return false;
	if (i + 2 < nm->ntok && t[i + 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i + 1], och) &&
	    t[i + 2].gap == GAP_SPACE && !t[i + 2].sent_start && capitalised_plain_word(nm, i + 2))
		return true;
	return i >= 2 && t[i].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i - 1], och) &&
	       t[i - 1].gap == GAP_SPACE && !t[i - 2].sent_start && capitalised_plain_word(nm, i - 2);
}

/* "fru Ruth Johansson, Bottarve i Fröjel", "Erik Larsson, Kaupungs i
 * Ardre": after a name and a comma, a capitalised word no list has before
 * "i" and a known place is the person's farm or village, not a name. */
static bool homestead_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && i + 2 < nm->ntok && t[i].gap == GAP_COMMA && t[i].cap && !t[i].allcaps &&
	       t[i].flags == 0 && t[i - 1].cap && t[i + 1].gap == GAP_SPACE && !t[i + 1].cap &&
	       t[i + 1].klen == 1 && t[i + 1].k[0] == 'i' && t[i + 2].gap == GAP_SPACE &&
	       t[i + 2].cap && (t[i + 2].flags & W_PLACE) && !surname_shaped(nm, &t[i]);
}

/* The word before word J in a list (a comma, a dash or och between
 * them), or J when there is none. */
static size_t list_item_before(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	if (j >= 1 && (t[j].gap == GAP_COMMA || dash_between(nm->text, t[j - 1].end, t[j].start)))
		return j - 1;
	if (j >= 2 && t[j].gap == GAP_SPACE && (t[j - 1].flags & W_CONJ))
		return j - 2;
	return j;
}

/* "till Arvika, Eda och Nordby", "Kärna – Tjuvkil – Nordby": a word shaped
 * like a village that a list has as a surname only is a place after two
 * places of a list ("Forsell, Västerbacka, Andersson" lists people and
 * their villages). */
static bool village_in_place_list(const anon_names *nm, size_t i)
{
	size_t a = list_item_before(nm, i), b;

	if (a == i || (nm->tok[i].flags & W_FIRST) || !place_of_list(nm, a))
		return false;
	b = list_item_before(nm, a);
	return b < a && place_of_list(nm, b) && village_shape(&nm->tok[i]);
}

/* "på anrika Ullevi", "ett fullsatt Idrottshus", "idylliska Zelmby": an
 * adjective that praises a place, a building or a club, never a person,
 * before word I. */
static bool venue_adjective_before(const anon_names *nm, size_t i)
{
	static const char *const praise[] = {
		"anrik", "anrika", "anrikt", "natursköna", "idylliska", "pittoreska",
		"nybyggda", "nyrenoverade", "fullsatt", "fullsatta", "välbesökta", "nyöppnade",
	};
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	return p && nm->tok[i].gap == GAP_SPACE && (!p->cap || p->sent_start) && p->klen >= 5 &&
	       strchr("anipfv", p->k[0]) && KEY_IS_ONE_OF(p, praise);
}

/* "Dansk Folkeparti", "Dansk Rock", "Nordisk Zelmfond": a capitalised
 * adjective of a country or a people (one in -sk whose -skt and -ska the
 * dictionary has too; fisk and mask are no such word) begins the name of an
 * organisation or a product, and the capitalised word after it is part of
 * it.  Not a name's surname (Anna Svensk) nor a given name and a surname
 * after it. */
static bool people_adjective_before(anon_names *nm, size_t i)
{
	static const char *const sk[] = { "ska", "skt", "sk" };
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL, *t = &nm->tok[i];
	char form[KEY_MAX];
	size_t n, e;

	if (!p || t->gap != GAP_SPACE || !p->cap || p->allcaps || p->klen + 2 > KEY_MAX ||
	    (p->flags & (W_FIRST | W_LAST)) ||
	    (i >= 2 && p->gap == GAP_SPACE && nm->tok[i - 2].cap && (nm->tok[i - 2].flags & W_FIRST)) ||
	    (e = ending_of(p->k, p->klen, sk, sizeof sk / sizeof *sk, 1)) == 0)
		return false;
	n = p->klen - e + 2; /* svensk of svenska, svenskt, svensk */
	if ((t->flags & W_FIRST) && i + 1 < nm->ntok && nm->tok[i + 1].cap &&
	    nm->tok[i + 1].gap == GAP_SPACE)
		return false;
	/* "Svenska Akademien", "Norska Kyrkan": the form in -a names an
	 * organisation with a noun; before a word no dictionary has, nor an
	 * organisation's ending, it is a person's origin (Palestinska
	 * Zelmdeh hjälper till) */
	if (p->k[p->klen - 1] == 'a' && !is_dict_word(nm, i) && !org_shape(nm, t))
		return false;
	memcpy(form, p->k, n);
	form[n] = 't';
	if (!dict_has(&nm->dict, form, n + 1))
		return false;
	form[n] = 'a';
	return dict_has(&nm->dict, form, n + 1) && dict_has(&nm->dict, form, n);
}

/* "VA-Drift", "IT-Support", "HR-Enheten": an acronym of two or more
 * capitals joined by a hyphen to a capitalised word in small letters is
 * a unit or a product; initials are single letters (A-K Berg), and a
 * name after the acronym is a person's (HR-Anna). */
static bool acronym_compound(const anon_names *nm, const token *t)
{
	const char *s = nm->text + t->start;
	size_t caps = 0, n = t->end - t->start;
	char key[KEY_MAX];

	while (caps < n && s[caps] >= 'A' && s[caps] <= 'Z')
		caps++;
	if (caps < 2 || caps + 2 >= n || s[caps] != '-' || !capital_at(s, n, caps + 1) || t->allcaps)
		return false;
	/* "HR-Anna": a given name known by her work */
	return !(part_token(nm, nm->text, t->start + caps + 1, t->end, key).flags & (W_FIRST | W_LAST));
}

/* "Hangö i söder och Rovaniemi i norr", "Dhi Qar i södra Irak": a
 * capitalised word before i and a point of the compass, or a part of a
 * place the lists know, is a place. */
static bool compass_after(const anon_names *nm, size_t i)
{
	static const char *const points[] = { "norr", "söder", "öster", "väster" };
	static const char *const parts[] = { "norra", "södra", "östra", "västra", "mellersta",
					     "nordöstra", "nordvästra", "sydöstra", "sydvästra",
					     "centrala" };
	const token *t = nm->tok;

	if (i + 2 >= nm->ntok || t[i + 1].gap != GAP_SPACE || !KEY_IS(&t[i + 1], "i") ||
	    t[i + 2].gap != GAP_SPACE || t[i + 2].cap)
		return false;
	return KEY_IS_ONE_OF(&t[i + 2], points) ||
	       (i + 3 < nm->ntok && KEY_IS_ONE_OF(&t[i + 2], parts) && t[i + 3].gap == GAP_SPACE &&
		t[i + 3].cap && (t[i + 3].flags & W_PLACE));
}

/* "Ring 112", "ring 1177": the verb before a public number, also as a
 * title (hade läst Ring 112), never a person called Ring. */
static bool call_public_number(const anon_names *nm, const token *t)
{
	static const char *const numbers[] = { "112", "1177", "114 14", "113 13", "90000" };
	const char *s = nm->text;
	size_t at = t->end, n = nm->textlen;

	if (!KEY_IS(t, "ring"))
		return false;
	while (at < n && s[at] == ' ')
		at++;
	for (size_t k = 0; k < sizeof numbers / sizeof *numbers; k++) {
		size_t len = strlen(numbers[k]);
		if (n - at >= len && memcmp(s + at, numbers[k], len) == 0 &&
		    (at + len == n || s[at + len] < '0' || s[at + len] > '9'))
			return true;
	}
	return false;
}

/* "Instön, Lycke och Kärna med omnejd": word I is an item (one
 * capitalised word) of a list that med omnejd ends; what has
 * surroundings is a place. */
static bool place_with_surroundings(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1;

	for (unsigned items = 0; j + 1 < nm->ntok && items < 8; items++) {
		if (t[j].gap == GAP_COMMA && t[j].cap)
			j++;
		else if (t[j].gap == GAP_SPACE && !t[j].cap && (t[j].flags & W_CONJ) &&
			 t[j + 1].gap == GAP_SPACE && t[j + 1].cap)
			j += 2;
		else
			break;
	}
	return j + 1 < nm->ntok && t[j].gap == GAP_SPACE && KEY_IS(&t[j], "med") &&
	       t[j + 1].gap == GAP_SPACE && KEY_IS(&t[j + 1], "omnejd");
}

/* A capitalised place no list has as a name, or a word no list has that
 * was kept (a place no list has). */
static bool plain_place(const token *t)
{
	return t->cap && (((t->flags & W_PLACE) && !(t->flags & (W_FIRST | W_LAST))) ||
			  (t->flags == 0 && t->state == ST_NO));
}

/* "mellan Sunnersta och Solberg", "från Umeå eller Lycksele", "i Zelmsta,
 * Zelmö och Skog": a word joined to places after a preposition is a place
 * too */
static bool coordinated_with_place(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t k = i - 2;

	if (i < 3 || t[i].gap != GAP_SPACE || !(t[i - 1].flags & W_CONJ) ||
	    t[i - 1].gap != GAP_SPACE || !plain_place(&t[k]))
		return false;
	while (k >= 2 && t[k].gap == GAP_COMMA && plain_place(&t[k - 1]))
		k--;
	return t[k].gap == GAP_SPACE && (t[k - 1].flags & (W_PREP | W_PLACEPREP)) && !t[k - 1].cap &&
	       (!(t[i].flags & W_FIRST) || (t[i].flags & W_PLACE)) && /* i Umeå och Anna kom */
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap) &&
	       !origins_side_by_side(nm, i);
}

static bool street_word(const token *t);

/* "Thorssons väg", "Lindbergs gränd": a surname's genitive (not a given
 * name's: Annas väg hem) before a street's noun in small letters names
 * the street. */
static bool surname_street_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->cap && !t->allcaps && !(t->flags & W_FIRST) && t->klen > 3 &&
	       (t->genitive || t->k[t->klen - 1] == 's') && i + 1 < nm->ntok &&
	       nm->tok[i + 1].gap == GAP_SPACE && !nm->tok[i + 1].cap && street_word(&nm->tok[i + 1]);
}

/* "i Anna Bergs hus": a first name, then a surname in the genitive, is
 * a person's name after a place's preposition too. */
static bool full_name_genitive_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	const token *o = i + 2 < nm->ntok ? &nm->tok[i + 2] : NULL;
	/* "i Ellen Keys idéer": a surname no list has, shaped like a
	 * genitive, before a word in small letters it owns */
	bool unlisted_genitive = n && !n->flags && n->klen > 3 && genitive_stem(n->k, n->klen) &&
				 o && o->gap == GAP_SPACE && !o->cap &&
				 !(o->flags & (W_STOP | W_PREP | W_CONJ | W_PLACEPREP | W_PVERB));

	return (t->flags & W_FIRST) && !t->genitive && n && n->gap == GAP_SPACE && n->cap &&
	       !n->allcaps && (n->genitive || unlisted_genitive) &&
	       (n->flags == 0 || (n->flags & W_LAST) ||
		((n->flags & W_FIRST) && !(t->flags & W_PLACE) && /* i Juta Landers hus */
		 !(i + 2 < nm->ntok && (nm->tok[i + 2].flags & W_TITLE)))) &&
	       !(n->flags & (W_KEEP | W_STOP));
}

/* "hundarna Bella och Sixten": a name the gazetteer has in a list after
 * a plural of animals or businesses, but not a full name in it
 * (hundarna Bella och Anna Berg). */
static bool named_in_plural_list(anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return !after_first_name(nm, i) &&
	       !(n && n->gap == GAP_SPACE && n->cap && (n->flags & (W_FIRST | W_LAST))) &&
	       item_after_plural_cue(nm, i);
}

/* "i butiken Anna Lund jobbar": a given name only, then a surname that
 * is a place too, are a person where a business's or an animal's noun
 * would name the word after it. */
static bool place_surname_follows(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return (t->flags & (W_FIRST | W_LAST | W_COMMON | W_KEEP | W_STOP)) == W_FIRST && n &&
	       n->gap == GAP_SPACE && n->cap && !n->allcaps && !n->sent_start &&
	       (n->flags & W_LAST) && !(n->flags & (W_STOP | W_KEEP));
}

/* "dagboken Anna Karolina Lindqvist": a second given name and a surname
 * after word I make it a person's first name where a thing's noun before
 * it would name the word after it. */
static bool given_names_then_surname(anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return (nm->tok[i].flags & W_FIRST) && n && n->gap == GAP_SPACE && n->cap && !n->allcaps &&
	       (n->flags & W_FIRST) && !(n->flags & (W_STOP | W_KEEP | W_PLACE)) &&
	       (surname_follows(nm, i + 1) || place_surname_follows(nm, i + 1) ||
		shaped_surname_follows(nm, i + 1));
}

/* "sånggruppen Anna, Lisa och Per": a given name after a comma follows
 * word I, so a singular noun before it names people, not one thing. */
static bool given_name_listed_after(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_COMMA && n->cap && (n->flags & W_FIRST) &&
	       !(n->flags & (W_STOP | W_KEEP | W_PLACE));
}

/* A king's number in capitals: I to L in Roman letters (VI, XII). */
static bool roman_number(const token *t)
{
	if (t->klen == 0 || t->klen > 5)
		return false;
	for (size_t k = 0; k < t->klen; k++)
		if (!strchr("ivxl", t->k[k]) || t->k[k] == '\0')
			return false;
	return true;
}

/* "utmed Karl XI:s väg", "från Gustav III Torg": a king's name and
 * number, in the genitive or not, before a street's or a place's word
 * name the street. */
static bool king_names_street(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	/* "Gustav III Torg", "Karl XII Plats": the square without a genitive */
	if (i + 2 < nm->ntok && t[i + 1].allcaps && (t[i].flags & W_FIRST) &&
	    t[i + 1].gap == GAP_SPACE && roman_number(&t[i + 1]) && t[i + 2].gap == GAP_SPACE &&
	    (street_word(&t[i + 2]) || KEY_IS(&t[i + 2], "plats")))
		return true;
	return i + 3 < nm->ntok && t[i + 1].allcaps && (t[i].flags & W_FIRST) &&
	       t[i + 1].gap == GAP_SPACE && roman_number(&t[i + 1]) &&
	       t[i + 1].end < nm->textlen && nm->text[t[i + 1].end] == ':' &&
	       t[i + 2].klen == 1 && t[i + 2].k[0] == 's' && t[i + 2].start == t[i + 1].end + 1 &&
	       t[i + 3].gap == GAP_SPACE &&
	       (street_word(&t[i + 3]) || (t[i + 3].flags & W_PLACENOUN) || org_word(nm, &t[i + 3]));
}

/* "Nobels litteraturpris", "Almas kulturpris", "Zelmas minnesfond": a
 * name's genitive before a prize's or a fund's compound names the prize or
 * the fund (not "Annas pris", her price). */
static bool prize_compound_follows(const anon_names *nm, size_t i)
{
	static const char *const ends[] = { "pris", "priset", "fond", "fonden", "stipendium",
					    "stipendiet" };
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && nm->tok[i].genitive && n->gap == GAP_SPACE && !n->cap &&
	       ending_of(n->k, n->klen, ends, sizeof ends / sizeof *ends, 4) != 0;
}

/* "Vi på Salma Bygg", "från Elsa Design", "Zelmqvist Lantbruk": a given
 * name or a surname alone before a trade's word that is no surname, with
 * nothing capitalised after it, is a firm's name; not after a cue for a
 * person (ring Salma Bygg) nor another name (Per Salma Bygg). */
static bool firm_of_name(const anon_names *nm, size_t i, unsigned cue)
{
	/* a place's or a street's ending is no trade: "Tova Plan"; a guild
	 * takes a genitive (Knuts gille): "Ylva Gille" */
	static const char *const places[] = { "plan", "torp", "by", "hamn", "fors", "köping",
					      "bruk", "gård", "gille" };
	const token *t = nm->tok, *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && (t[i].flags & (W_FIRST | W_LAST)) && t[i].cap && !t[i].allcaps &&
	       !street_word(n) && !KEY_IS_ONE_OF(n, places) &&
	       !(cue & (W_TITLE | W_GREET | W_CALL | W_OBJVERB)) && t[i].gap != GAP_COMMA &&
	       !(i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap &&
		 (!t[i - 1].sent_start || (t[i - 1].flags & W_FIRST))) &&
	       org_name_ends_at(nm, i + 1) && wordtab_get(&nm->orgsuffix, n->k, n->klen) &&
	       !(n->flags & (W_FIRST | W_LAST)) && !name_listed_after(nm, i + 1);
}

/* After word I, a capitalised word or a list of names goes on (Salma
 * Bygg Ek, Linnea Band och Per Ek, Carin Hamn, Per Alm). */
static bool name_listed_after(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	if (i + 1 >= nm->ntok)
		return false;
	if ((t[i + 1].gap == GAP_SPACE || t[i + 1].gap == GAP_COMMA) && t[i + 1].cap)
		return true;
	return i + 2 < nm->ntok && (t[i + 1].flags & W_CONJ) && t[i + 2].cap;
}

/* A verb that takes an infinitive after it, or att (ska, ville, slutat):
 * the word in -a after it is the infinitive. */
static bool takes_infinitive(const token *t)
{
	static const char *const takers[] = {
		"ska", "skall", "kan", "vill", "måste", "får", "fick", "bör", "börja", "börjar",
		"börjat", "började", "brukar", "brukade", "slutat", "slutade", "orkar", "vågar",
		"hinner", "behöver", "tänker", "kunna", "kunde", "skulle", "borde", "ville", "att",
		"sluta",
	};

	return KEY_IS_ONE_OF(t, takers);
}

/* "Ville lämna personnummer", "Ville åka hem": a modal verb that is a
 * name too (Ville) before an ordinary word in small letters shaped like
 * an infinitive (-a), not what a person did (Ville sa): the verb of a
 * note without its subject. */
static bool modal_before_infinitive(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap && n->klen >= 2 && n->k[n->klen - 1] == 'a' &&
	       !(n->flags & (W_PVERB | W_FIRST | W_LAST)) && takes_infinitive(&nm->tok[i]) &&
	       dict_has(&nm->dict, n->k, n->klen);
}

/* " 16-årsdag", " 50-årskalas": a number and a word joined by a hyphen
 * after byte E. */
static bool number_compound_after(const char *s, size_t n, size_t e)
{
	size_t d = e + 1;

	if (e >= n || s[e] != ' ')
		return false;
	while (d < n && digit_byte(s[d]))
		d++;
	return d > e + 1 && d + 1 < n && s[d] == '-' && letter_len(s, n, d + 1) > 0;
}

/* "bullar hos Viktors, och", "vi åt på Annas.": a given name's genitive
 * after hos or på, with nothing of its own after it, is the café or the
 * shop named so; a family's (hos Svenssons) is their home, and a genitive
 * before a word (hos Annas mamma, på Julias 16-årsdag) is the person's. */
static bool elliptic_shop_genitive(const anon_names *nm, size_t i)
{
	static const char *const at[] = { "hos", "på" };
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return (!n || n->gap != GAP_SPACE || ((n->flags & W_CONJ) && !n->cap)) && i > 0 &&
	       !number_compound_after(nm->text, nm->textlen, t->end) &&
	       t->gap == GAP_SPACE && !nm->tok[i - 1].cap && t->cap && !t->allcaps &&
	       (t->flags & (W_FIRST | W_LAST | W_PLACE)) == W_FIRST &&
	       KEY_IS_ONE_OF(&nm->tok[i - 1], at) && may_be_genitive(nm, t);
}

/* Word J is a known place's genitive, capitalised: "Göteborgs". */
static bool town_genitive_at(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];
	unsigned f;

	if (!t->cap || t->allcaps || t->klen < 4 || t->k[t->klen - 1] != 's')
		return false;
	f = names_flags(nm, t->k, t->klen - 1);
	return (f & W_PLACE) && !(f & (W_FIRST | W_LAST));
}

/* "Umeå CA", "Kumlas CA", "SOL Zelmås": capitals beside a place the
 * lists know are a club's or a firm's letters, though a given name is
 * written so (Ca): two to four after the place or its genitive; three
 * or four before it, unless they are a given name only (ALI) or follow
 * a given name (ANNA SOL Zelmås is hers).  Not in a text in capitals. */
static bool letters_beside_town(const anon_names *nm, size_t i, bool town_before)
{
	const token *t = nm->tok;
	size_t j;

	if (town_before ? i == 0 : i + 1 >= nm->ntok)
		return false;
	j = town_before ? i - 1 : i + 1;
	if (!t[i].allcaps || t[i].klen < (town_before ? 2u : 3u) || t[i].klen > 4 ||
	    t[town_before ? i : j].gap != GAP_SPACE || t[i].script != SC_LATIN ||
	    t[i].end - t[i].start != t[i].klen)
		return false;
	if (town_before)
		return (listed_place(nm, j) && !t[j].allcaps) || town_genitive_at(nm, j);
	return (t[i].flags & (W_FIRST | W_COMMON)) != W_FIRST && listed_place(nm, j) &&
	       !t[j].allcaps &&
	       !(i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap && (t[i - 1].flags & W_FIRST));
}

/* "Bokens Dag", "Barnens Dag": a capitalised ordinary noun in the
 * genitive, no name of a list, before word I makes a title of it. */
static bool noun_genitive_before(const anon_names *nm, size_t i)
{
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	return p && nm->tok[i].gap == GAP_SPACE && p->cap && !p->allcaps && p->flags == 0 &&
	       p->klen > 4 && p->k[p->klen - 1] == 's' && dict_has(&nm->dict, p->k, p->klen - 1);
}

/* A capitalised word that could be part of a person's name: no cue's,
 * organisation's (Gård, Hockey), role's, function or place's word. */
static bool may_be_name_part(const anon_names *nm, const token *t)
{
	return t->cap && !t->allcaps && t->script == SC_LATIN && !t->initial &&
	       !(t->flags & (W_KEEP | W_ORGCUE | W_TITLE | W_STOP | W_PLACENOUN | W_CALL | W_GREET |
			     W_OBJVERB | W_PVERB | W_PREP | W_CONJ | W_PRON | W_POSS | W_CAPTION)) &&
	       (!(t->flags & W_PLACE) || (t->flags & (W_FIRST | W_LAST))) &&
	       !wordtab_get(&nm->orgsuffix, t->k, t->klen);
}

/* A role in small letters after a comma (", trygghetschef på"), or
 * after whose role it is (", kommunstyrelsens ordf", ", skolans rektor"). */
static bool comma_role_at(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	if (j >= nm->ntok || t->gap != GAP_COMMA || t->cap)
		return false;
	if (t->klen >= 5 && t->k[t->klen - 1] == 's' && !(t->flags & (W_STOP | W_TITLE)) &&
	    j + 1 < nm->ntok && t[1].gap == GAP_SPACE && !t[1].cap) {
		t++;
		j++;
	}
	/* not the role of the name after it (Vreta Kluster, ordförande Anna Berg) */
	return ((t->flags & W_TITLE) || role_word(nm, t)) &&
	       !(j + 1 < nm->ntok && t[1].gap == GAP_SPACE && t[1].cap);
}

/* "Inga Berg", "Dina Ek": a surname of the lists, capitalised, right
 * after word I, though it is a word or a place too. */
static bool listed_surname_after(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && n->cap && !n->allcaps && !n->initial &&
	       (n->flags & (W_LAST | W_KEEP | W_STOP)) == W_LAST;
}

/* "Inga Rangskog, sekreterare": a function word that is also a given
 * name, capitalised before word I, a capitalised word no dictionary has. */
static bool stop_name_before_unknown(const anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i - 1], *t = &nm->tok[i];

	/* a compound may be a surname (Rang|skog): only the word itself */
	return (p->flags & W_STOPNAME) && p->cap && !p->allcaps && p->klen >= 3 &&
	       (t->flags == 0 || t->flags == W_LAST) && !dict_has(&nm->dict, t->k, t->klen);
}

/* "säger Ekdahl, rektor", "Virena Lyckegård, trygghetschef på": a
 * capitalised word after a verb of saying, or two, and then a role after
 * a comma are a person's name, whatever their shape (a farm's, an
 * organisation's ending); not an ordinary word that starts a sentence
 * (Därefter Lyckegård, rektor).  Not inline: judge_capital, which asks it
 * of every capitalised word, stays small enough to inline what it asks
 * more often. */
static __attribute__((noinline)) bool name_before_role(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t first;

	/* most words: no comma one or two words on */
	if (!(i + 1 < nm->ntok && t[i + 1].gap == GAP_COMMA) &&
	    !(i + 2 < nm->ntok && t[i + 2].gap == GAP_COMMA && t[i + 1].gap == GAP_SPACE))
		return false;
	if (!may_be_name_part(nm, &t[i]))
		return false;
	if (comma_role_at(nm, i + 1)) {
		if (reported_speaker(nm, i))
			return true;
		if (i == 0 || t[i].gap != GAP_SPACE ||
		    !(may_be_name_part(nm, &t[i - 1]) || stop_name_before_unknown(nm, i)))
			return false;
		first = i - 1;
	} else if (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && may_be_name_part(nm, &t[i + 1]) &&
		   comma_role_at(nm, i + 2)) {
		first = i;
	} else {
		return false;
	}
	return !(t[first].sent_start && !(t[first].flags & (W_FIRST | W_LAST)) &&
		 is_dict_word(nm, first) && !stop_name_before_unknown(nm, first + 1)) &&
	       !placeprep_before(nm, first) && /* från Ekbacka Gård */
	       !(first > 0 && org_cue_at(nm, first - 1)) && /* Föreningen Ludvika Gymmix, ledamot */
	       (first == 0 || t[first].gap != GAP_SPACE || !may_be_name_part(nm, &t[first - 1]));
}

/* Is T a verb of riding? */
static bool riding_verb(const token *t)
{
	static const char *const riding[] = { "rida", "rider", "red", "ridit" };

	return KEY_IS_ONE_OF(t, riding);
}

/* Word J is på after a verb of riding ("Lena red på Maggie"). */
static bool on_after_riding(const anon_names *nm, size_t j)
{
	return j > 0 && nm->tok[j].gap == GAP_SPACE && KEY_IS(&nm->tok[j], "på") &&
	       riding_verb(&nm->tok[j - 1]);
}

/* "sälja Tea", "rida Kiss Me": what is sold, bought or ridden is a horse,
 * a car or a thing named like a person, never the person. */
static bool object_of_trade_or_riding(const anon_names *nm, size_t i)
{
	static const char *const verbs[] = { "sälja", "säljer", "sålde", "sålt", "köpa",
					     "köper", "köpte", "köpt", "rida", "rider", "red",
					     "ridit", "sadla", "sadlar", "sadlade", "avliva",
					     "avlivade", "avlivades", "avlivats", "avlivat" };
	/* an adverb opening a clause: "och därför sålde Erik huset" */
	static const char *const adverbs[] = { "sedan", "sen", "då", "därför", "nu", "igår",
					       "idag", "ibland", "snart", "så", "därefter",
					       "senare", "först", "sist", "dessutom" };
	static const char *const not_finite[] = { "sälja", "sålt", "köpa", "köpt", "rida",
						  "ridit", "sadla", "avliva", "avlivat",
						  "avlivats", "avlivades" };
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	if (!p || t->gap != GAP_SPACE || p->cap)
		return false;
	/* "Lena red på Maggie": what one rides on is the horse */
	if (!KEY_IS_ONE_OF(p, verbs) && !on_after_riding(nm, i - 1))
		return false;
	/* "Sedan köpte Anna en bil", "Köpte Anna den?": a finite verb second
	 * in its clause after no subject puts its subject after it */
	if (KEY_IS_ONE_OF(p, verbs) && !KEY_IS_ONE_OF(p, not_finite) &&
	    (p->sent_start || at_sentence_start(nm->text, p->start) ||
	     (i >= 2 && ((at_sentence_start(nm->text, nm->tok[i - 2].start) &&
			  !(nm->tok[i - 2].flags & (W_PRON | W_FIRST | W_LAST))) ||
			 KEY_IS_ONE_OF(&nm->tok[i - 2], adverbs)))))
		return false;
	/* not before a surname nor an owner: "köpte Anna Bergs bil", "rida
	 * Jojos häst", "rida Linus häst" (a name that takes no -s) are theirs */
	if (n && n->gap == GAP_SPACE &&
	    (n->cap ? n->flags == 0 || (n->flags & W_LAST) : sxz_byte(t->k[t->klen - 1])))
		return false;
	return !may_be_genitive(nm, t);
}

/* "rida Zelma och Zelmo", "sålde Zelma, Zelmo och Zelmira": word I is
 * a later item of a list of single capitalised words whose first is
 * what is sold or ridden. */
static bool later_object_of_trade_or_riding(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i;

	for (unsigned steps = 0; steps < 6 && j >= 2; steps++) {
		if (t[j].gap == GAP_COMMA && t[j - 1].cap)
			j--;
		else if (t[j].gap == GAP_SPACE && !t[j - 1].cap && (t[j - 1].flags & W_CONJ) &&
			 t[j - 1].gap == GAP_SPACE && t[j - 2].cap)
			j -= 2;
		else
			break;
		/* the list ends the clause: "rida Zelma och Anna ska titta"
		 * goes on with Anna doing something */
		if (object_of_trade_or_riding(nm, j))
			return !(t[i].flags & W_LAST) &&
			       (i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE ||
				(!t[i + 1].cap && (t[i + 1].flags & (W_PREP | W_PLACEPREP))));
	}
	return false;
}

/* "som red Penny Lane", "red på Madame Easter": up to three capitalised
 * words after a verb of riding, or after på that follows one, name the
 * horse; word I is one of them.
 * Not an owner's genitive at the end (red Anna Bergs häst). */
static bool ridden_name_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i, end = i;

	while (j > 0 && i - j < 2 && t[j].gap == GAP_SPACE && t[j - 1].cap && !t[j - 1].sent_start)
		j--;
	if (j == 0 || t[j].gap != GAP_SPACE || t[j - 1].cap || t[j - 1].klen > 5 ||
	    (t[j - 1].k[0] != 'r' && t[j - 1].k[0] != 'p'))
		return false;
	/* after the verb itself only where its subject stands before it
	 * (som red, hon red, Lisa red): "så red Jenny Zelmsson" is she */
	if (!(riding_verb(&t[j - 1]) && j > 1 && t[j - 1].gap == GAP_SPACE &&
	      (KEY_IS(&t[j - 2], "som") || (t[j - 2].flags & W_PRON) ||
	       (t[j - 2].cap && !t[j - 2].sent_start))) &&
	    !on_after_riding(nm, j - 1))
		return false;
	while (end + 1 < nm->ntok && end - j < 2 && t[end + 1].gap == GAP_SPACE && t[end + 1].cap)
		end++;
	return !(end + 1 < nm->ntok && t[end + 1].gap == GAP_SPACE && !t[end + 1].cap &&
		 may_be_genitive(nm, &t[end]) && sxz_byte(t[end].k[t[end].klen - 1]));
}

/* A given name's genitive at J joined by a comma or och to the word
 * before it (i Elisabeths, Ebbas och Martins sorg; i Monicas och
 * Margitas hyreshus). */
static bool given_genitive_joined(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	if (j < nm->ntok && t[j].gap == GAP_SPACE && (t[j].flags & W_CONJ) && !t[j].cap)
		j++;
	else if (!(j < nm->ntok && t[j].gap == GAP_COMMA))
		return false;
	return j < nm->ntok && t[j].genitive && (t[j].flags & W_FIRST) && t[j].cap;
}

/* "Casey Heynes från Sydney", "hon kommer ursprungligen från Jordan":
 * where a person is from, after her name, a personal pronoun or a word
 * for a person, is a place, though the lists have it as a given name
 * ("hoten kommer från Ali": from a thing, it is the person). */
static bool origin_after_person(const anon_names *nm, size_t i)
{
	static const char *const from[] = { "från", "ifrån" };
	static const char *const coming[] = { "kommer", "kom", "kommit", "är", "var",
					      "ursprungligen", "härstammar" };
	const token *t = nm->tok;
	size_t k = i - 1;

	if (i < 2 || t[i].gap != GAP_SPACE || !KEY_IS_ONE_OF(&t[k], from))
		return false;
	for (int steps = 0; steps < 2 && k > 1 && t[k].gap == GAP_SPACE &&
			    KEY_IS_ONE_OF(&t[k - 1], coming); steps++)
		k--;
	if (t[k].gap != GAP_SPACE)
		return false;
	k--;
	return (t[k].flags & W_PRON) || t[k].state == ST_NAME ||
	       ((t[k].flags & W_TITLE) && !t[k].cap) ||
	       /* a surname not judged yet after a first name */
	       (k > 0 && t[k].cap && t[k].gap == GAP_SPACE && t[k - 1].cap &&
		t[k - 1].state == ST_NAME);
}

/* "lärare på Elof", "rådgivare på Hansa Husdjur": what a role is på is
 * the workplace, never a person. */
static bool workplace_of_role(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i; /* "butikschef på Grön Ko": the firm's first word is a word */

	if (i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap && !t[i - 1].flags && is_dict_word(nm, i - 1))
		j--;
	return j >= 2 && t[j].gap == GAP_SPACE && t[j - 1].gap == GAP_SPACE && KEY_IS(&t[j - 1], "på") &&
	       !t[j - 2].cap && role_word(nm, &t[j - 2]) &&
	       /* "rådgivare på Hansa Husdjur": the firm's word after it */
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap &&
		 (t[i + 1].flags || !is_dict_word(nm, i + 1)));
}

/* What ensemble_word finds: no band's noun, one (Band, trio, orkester),
 * or one that is an English word of kin (Brothers, Sisters), which a list
 * may also have as a surname. */
enum ensemble { ENSEMBLE_NONE, ENSEMBLE_NOUN, ENSEMBLE_KIN };

/* Is T the noun of a band or an ensemble, or, capitalised, a compound of
 * band (Storband)?  Asked of most words after a capital: the nouns are
 * found by their first letter. */
static enum ensemble ensemble_word(const token *t)
{
	static const char *const b[] = { "band", "bandet" };
	static const char *const tr[] = { "trio", "trion" };
	static const char *const k[] = { "kvartett", "kvartetten", "kvintett", "kvintetten",
					 "kapell", "kapellet" };
	static const char *const o[] = { "orkester", "orkestern", "orkestra" };
	static const char *const e[] = { "ensemble", "ensemblen" };
	static const char *const sx[] = { "sextett" };
	bool noun;

	if (t->klen < 4 || t->klen > 12)
		return ENSEMBLE_NONE;
	if (t->cap && t->klen > 4 && memcmp(t->k + t->klen - 4, "band", 4) == 0)
		return ENSEMBLE_NOUN;
	switch (t->k[0]) {
	case 'b':
		if (KEY_IS(t, "brothers"))
			return ENSEMBLE_KIN;
		noun = KEY_IS_ONE_OF(t, b);
		break;
	case 't': noun = KEY_IS_ONE_OF(t, tr); break;
	case 'k': noun = KEY_IS_ONE_OF(t, k); break;
	case 'o': noun = KEY_IS_ONE_OF(t, o); break;
	case 'e': noun = KEY_IS_ONE_OF(t, e); break;
	case 's':
		if (KEY_IS(t, "sisters"))
			return ENSEMBLE_KIN;
		noun = KEY_IS_ONE_OF(t, sx);
		break;
	default: noun = false; break;
	}
	return noun ? ENSEMBLE_NOUN : ENSEMBLE_NONE;
}

/* "Björn Zelmer Blues Band", "Esbjörn Zelmsson trio", "Lasse Zelmers
 * orkester": word I is one of up to four capitalised words right before
 * the noun of a band or an ensemble, which the name names. */
static bool named_ensemble_at(const anon_names *nm, size_t i)
{
	static const char *const moves[] = { "till", "från" };
	const token *t = nm->tok;
	size_t b = i;

	while (b + 1 < nm->ntok && b - i < 3 && t[b + 1].gap == GAP_SPACE && t[b + 1].cap &&
	       !ensemble_word(&t[b + 1]))
		b++;
	if (b + 1 >= nm->ntok || t[b + 1].gap != GAP_SPACE || !ensemble_word(&t[b + 1]))
		return false;
	/* "Linnea Band och Per Ek": capitalised after one word it is her
	 * surname; Brothers and Sisters are no one's after a word no list has
	 * as a given name (spelar Zelmer Brothers) */
	if (t[b + 1].cap && b == i && !(i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap) &&
	    ((t[i].flags & W_FIRST) || ensemble_word(&t[b + 1]) != ENSEMBLE_KIN))
		return false;
	/* "bytte bandets trummis Conny Zelmqvist band till Junix": a band the
	 * person moves to or from */
	b += 2;
	return t[b - 1].cap || b >= nm->ntok || t[b].gap != GAP_SPACE || !KEY_IS_ONE_OF(&t[b], moves);
}

/* "Föreställningen heter ”Gretas mupedn ansn”", "romanen ”Annas resa”":
 * a quotation right after the noun of a work, or after the verb that names
 * it, is the work's title; word I is in it. */
static bool work_title_at(anon_names *nm, size_t i)
{
	static const char *const works[] = {
		"föreställningen", "föreställning", "filmen", "film", "boken", "bok", "romanen",
		"roman", "låten", "låt", "sången", "sång", "skivan", "albumet", "pjäsen", "pjäs",
		"revyn", "revy", "utställningen", "dikten", "visan", "operan", "musikalen",
		"titeln", "programmet", "serien", "tavlan", "verket", "novellen", "sagan",
		"föredraget", "konserten", "priset", "pris", "utmärkelsen", "stipendiet",
	};
	static const char *const naming[] = { "heter", "hette", "kallas", "kallad", "med" };
	const token *t = nm->tok;
	size_t a = i, w;

	/* back to the run's first word, the one a quotation mark may open */
	while (a > 0 && i - a < 8 && t[a].gap == GAP_SPACE)
		a--;
	if (quote_mark_before(nm->text, t[a].start) == 0)
		return false;
	if (a == 0 || t[a - 1].cap)
		return false;
	w = a - 1;
	if (KEY_IS_ONE_OF(&t[w], naming) && w > 0 && !(t[w - 1].cap && !t[w - 1].sent_start))
		w -= w > 1 && KEY_IS(&t[w - 1], "som") ? 2 : 1;
	return ending_of(t[w].k, t[w].klen, works, sizeof works / sizeof *works, 0) != 0;
}

/* sjöng "Hallelulja", spelade ”Anna”: one quoted word after singing,
 * playing or reading is the title of the work; after an indefinite
 * article (ett ”MiniKnat”) the name of a thing. */
static bool performed_title(const anon_names *nm, size_t i)
{
	static const char *const performing[] = { "sjöng", "sjunger", "sjunga", "spelade",
						  "spelar", "spela", "läste", "läser", "läsa" };

	static const char *const articles[] = { "en", "ett" };
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	/* anordnar ett ”MiniKnat”: no person takes an indefinite article */
	return p && (KEY_IS_ONE_OF(p, performing) ||
		     (!p->cap && KEY_IS_ONE_OF(p, articles) &&
		      only_quotes(nm->text, p->end, nm->tok[i].start)));
}

/* "Bellas matte", "Fidos husse", "Ikeas ägare": no person has an owner,
 * a dog's mistress or master; the genitive before one is an animal's or
 * a business's. */
static bool owner_of_genitive(const anon_names *nm, size_t i)
{
	static const char *const owners[] = { "matte", "husse", "ägare", "uppfödare" };
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap && !t->allcaps &&
	       (t->genitive || genitive_stem(t->k, t->klen)) && KEY_IS_ONE_OF(n, owners);
}

/* "med Buss 27", "i Sal 12": an ordinary word that is a name too, after
 * a preposition and before a number that is no age, is the thing the
 * number counts; after a first name it is the surname (Felicia Ros 6, a
 * list of goals), after a role the person (grannen Sten 45). */
static bool numbered_thing(const anon_names *nm, size_t i)
{
	static const char *const with[] = { "med" };
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t e = t->end + 1, d = e;

	if (!(t->flags & W_COMMON) || t->allcaps || e >= nm->textlen || s[t->end] != ' ' ||
	    i == 0 || t->gap != GAP_SPACE || nm->tok[i - 1].cap ||
	    !((nm->tok[i - 1].flags & W_PREP) || KEY_IS_ONE_OF(&nm->tok[i - 1], with)))
		return false;
	while (d < nm->textlen && d - e < 4 && digit_byte(s[d]))
		d++;
	return d > e && d - e <= 3 && !(d < nm->textlen && (isalpha_ascii(s[d]) || digit_byte(s[d]))) &&
	       !age_follows(nm, i);
}

/* "(Joh 3:16)", "(Mark 1:15)", "1 Kor 13:4": a book of the Bible, as
 * its short name is written before a chapter and a verse. */
static bool scripture_reference(const anon_names *nm, size_t i)
{
	static const char *const books[] = { "mos", "jos", "dom", "rut", "sam", "kung", "krön",
					     "esr", "neh", "est", "job", "ps", "ords", "pred",
					     "jes", "jer", "klag", "hes", "dan", "hos", "joel",
					     "am", "ob", "jon", "mika", "nah", "hab", "sef", "hag",
					     "sak", "mal", "matt", "mark", "luk", "joh", "apg",
					     "rom", "kor", "gal", "ef", "fil", "kol", "tess", "tim",
					     "tit", "filem", "hebr", "jak", "petr", "jud", "upp" };
	const char *s = nm->text;
	size_t d = nm->tok[i].end + 1, c;

	if (d >= nm->textlen || s[d - 1] != ' ' || !digit_byte(s[d]))
		return false;
	for (c = d; c < nm->textlen && c - d < 3 && digit_byte(s[c]); c++)
		;
	/* a book that is a given name too (Dan, Mark, Joel) only in brackets
	 * or after its number: "Dan 14:02:" may be a chat's line */
	return c + 1 < nm->textlen && s[c] == ':' && digit_byte(s[c + 1]) &&
	       KEY_IS_ONE_OF(&nm->tok[i], books) &&
	       (!(nm->tok[i].flags & W_FIRST) ||
		(nm->tok[i].start >= 1 && s[nm->tok[i].start - 1] == '(') ||
		(nm->tok[i].start >= 2 && s[nm->tok[i].start - 1] == ' ' &&
		 digit_byte(s[nm->tok[i].start - 2])));
}

static bool bare_surname(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->cap && !t->allcaps && (t->flags & (W_FIRST | W_LAST)) == W_LAST &&
	       !after_first_name(nm, i);
}

/* "hos Lindqvist & Johansson", "Lindqvist & Berg": two surnames alone,
 * joined by an ampersand, name a firm; people are named "Anna & Johan"
 * or with a given name. */
static bool firm_of_surnames(const anon_names *nm, size_t i)
{
	if (!bare_surname(nm, i))
		return false;
	if (i + 1 < nm->ntok && nm->tok[i + 1].amp && bare_surname(nm, i + 1))
		return true;
	return i > 0 && nm->tok[i].amp && bare_surname(nm, i - 1);
}

/* "Ring mig om du undrar, Kalle.": a given name that is a word too,
 * called by a comma at a sentence's end after a word in small letters,
 * is the one spoken to. */
static bool called_at_end(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	size_t e = t->end;

	if (!t->cap || t->allcaps || t->sent_start || t->gap != GAP_COMMA ||
	    (t->flags & (W_FIRST | W_PLACE | W_KEEP)) != W_FIRST || nm->tok[i - 1].cap)
		return false;
	while (e < nm->textlen && nm->text[e] == ' ')
		e++;
	return e == nm->textlen || nm->text[e] == '.' || nm->text[e] == '!' || nm->text[e] == '?';
}

/* A sport's name ends a club's or a team's (Lindqvist Hockey, Vånga Bandy). */
static bool sport_word(const token *t)
{
	static const char *const sports[] = { "hockey", "bandy", "innebandy", "fotboll",
					      "handboll", "basket", "volley" };

	return KEY_IS_ONE_OF(t, sports);
}

/* "Finlands yngsta Major Pehr Zelmu", "General Anna Zelm": a title that
 * is a name too (Major, General), capitalised before a given name and a
 * surname, is the title. */
static bool title_before_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return (t[i].flags & W_TITLE) && (t[i].flags & (W_FIRST | W_LAST)) && t[i].cap &&
	       !t[i].allcaps && i + 2 < nm->ntok && t[i + 1].gap == GAP_SPACE &&
	       t[i + 2].gap == GAP_SPACE && t[i + 1].cap && !t[i + 1].allcaps &&
	       (t[i + 1].flags & W_FIRST) && !(t[i + 1].flags & (W_STOP | W_TITLE)) && t[i + 2].cap &&
	       !t[i + 2].allcaps && !(t[i + 2].flags & (W_FIRST | W_TITLE | W_STOP | W_KEEP)) &&
	       (!(t[i + 2].flags & W_PLACE) || (t[i + 2].flags & W_LAST));
}

static bool hyphen_names_after_person(const anon_names *nm, const token *t);
static bool hyphen_stem_named(const anon_names *nm, size_t i);

/* "Nobel-parken", "Zelmberg-skolan", "Palme-torget": a name alone joined
 * by a hyphen to a place's, a street's or an organisation's noun names
 * the place after the person, as Carl Zelmsson-gården does; not where the
 * text has the name as a person's (Costa bor ... Costa-museum). */
static bool place_named_after_name(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	size_t dash = t->klen;

	if (!t->cap || t->allcaps || !memchr(t->k, '-', t->klen) ||
	    (i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].cap && (nm->tok[i - 1].flags & W_FIRST)))
		return false;
	while (dash > 0 && t->k[dash - 1] != '-')
		dash--;
	/* "IT-Berg", "HR-Anna": an acronym's, a person known by her work */
	if (dash < 2 || all_upper(nm->text, t->start, t->start + dash - 1))
		return false;
	return (hyphen_names_after_person(nm, t) ||
		(t->klen - dash > 2 && (names_flags(nm, t->k + dash, t->klen - dash) & W_PLACENOUN))) &&
	       !hyphen_stem_named(nm, i);
}

static bool alnum_ascii(unsigned char c);

/* "Zelmsaaristo r.y.", "Byföreningen Zelmojan kyläseura ry", "Zelmby
 * Marthaförening r.f.": a Finnish registered association's mark (ry,
 * r.y., rf, r.f.) after word I and at most two more words on its line
 * makes them the association's name, which no function word ends. */
static bool registered_association_after(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;

	for (size_t j = i + 1; j < nm->ntok && j <= i + 3 && t[j].gap == GAP_SPACE; j++) {
		size_t e = t[j].end;
		if (t[j].klen > 2 || t[j].k[0] != 'r')
			continue;
		/* "Anna från RF": no name ends in a preposition; that RF is
		 * the sports confederation */
		if (t[j - 1].flags & (W_PREP | W_PLACEPREP | W_PERSONPREP | W_STOP))
			return false;
		if (t[j].klen == 2)
			return t[j].k[1] == 'y' || t[j].k[1] == 'f';
		return e + 1 < nm->textlen && s[e] == '.' && (s[e + 1] == 'y' || s[e + 1] == 'f') &&
		       (e + 2 == nm->textlen || !alnum_ascii((unsigned char)s[e + 2]));
	}
	return false;
}

/* "m/s Aurora", "S/S Zelma", "M/Y Zelmina": a ship's prefix names the
 * ship after it (m/s motor ship, s/s steam ship, m/y motor yacht). */
static bool ship_prefix_before(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t a = nm->tok[i].start;
	char kind, ship;

	if (a < 4 || s[a - 1] != ' ' || s[a - 3] != '/' || (a > 4 && alnum_ascii((unsigned char)s[a - 5])))
		return false;
	kind = (char)(s[a - 4] | 0x20);
	ship = (char)(s[a - 2] | 0x20);
	return (kind == 'm' && (ship == 's' || ship == 'y' || ship == 'v' || ship == 'f')) ||
	       (kind == 's' && ship == 's');
}

/* "Göranssonska gravlunden", "Thielska Galleriet", "Hallwylska museet":
 * a surname made an adjective by -ska, before a noun, names a thing after
 * its family; a Polish surname in -ska is a person's after a given name
 * (Anna Kowalska) or before a verb (Kowalska berättade). */
static bool family_adjective_at(const anon_names *nm, size_t i)
{
	static const char *const ska[] = { "ska" };
	const token *t = nm->tok, *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!t[i].cap || t[i].allcaps || t[i].klen < 7 || (t[i].flags & W_FIRST) || !n ||
	    n->gap != GAP_SPACE || !ending_of(t[i].k, t[i].klen, ska, 1, 4) ||
	    (i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap && (t[i - 1].flags & W_FIRST)))
		return false;
	if (!n->cap)
		return !(n->flags & (W_STOP | W_PVERB | W_PREP | W_CONJ | W_PLACEPREP)) &&
		       swedish_noun(nm, n);
	return !n->allcaps && !(n->flags & (W_FIRST | W_LAST)) &&
	       (org_word(nm, n) || (n->flags & (W_PLACENOUN | W_ORGCUE)));
}

/* "Webb: www.riksarkivet.se", "Mobil: 070-…": a capitalised word the
 * dictionary has, right before a colon and a web address or a number, is
 * the label of a contact line, though a surname is spelt so (Webb); a
 * given name there is the person's (Sten: 070-…). */
static bool word_label_at(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t k = t->end + 1, n = nm->textlen;

	if (!t->cap || t->end >= n || s[t->end] != ':' || (t->flags & W_FIRST))
		return false;
	while (k < n && s[k] == ' ')
		k++;
	if (k >= n || !((s[k] >= '0' && s[k] <= '9') || s[k] == '+' ||
			(n - k >= 4 && (strncasecmp(s + k, "www.", 4) == 0 ||
					strncasecmp(s + k, "http", 4) == 0))))
		return false;
	return is_dict_word(nm, i);
}

/* "Erasmus+", "Disney+", "Canal+": a plus glued to the end of a word
 * names a programme or a service; not a sum of names (Anna+Kalle). */
static bool plus_product_at(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t e = nm->tok[i].end, n = nm->textlen;

	return e < n && s[e] == '+' &&
	       (e + 1 == n || !(letter_len(s, n, e + 1) > 0 || digit_byte(s[e + 1])));
}

/* "Kjell Berg (i mitten)", "Eva Ek (t.v.)": where the person stands in
 * the picture, in brackets right after word I, as a caption places the
 * people it names; no thing or place is placed so. */
static bool photo_place_after(const anon_names *nm, size_t i)
{
	static const char *const where[] = {
		"t.v.)", "t.h.)", "tv)", "th)", "t.v)", "t.h)", "i mitten)", "mitten)",
		"till vänster)", "till höger)", "längst till vänster)", "längst till höger)",
		"längst t.v.)", "längst t.h.)",
	};
	const char *s = nm->text;
	size_t e = nm->tok[i].end;

	if (e + 1 >= nm->textlen || s[e] != ' ' || s[e + 1] != '(')
		return false;
	for (size_t w = 0; w < sizeof where / sizeof where[0]; w++)
		if (text_has(s, nm->textlen, e + 2, where[w]))
			return true;
	return false;
}

/* Word I, a capitalised name, is the given name of a person pictured:
 * the place in the picture follows it or the capitalised word after it. */
static bool pictured_name_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (!t->cap || t->allcaps)
		return false;
	return (photo_place_after(nm, i) && !(t->flags & W_PLACE)) ||
	       ((t->flags & W_FIRST) && i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
		nm->tok[i + 1].cap && !nm->tok[i + 1].allcaps && photo_place_after(nm, i + 1));
}

enum { ITEM_SPACES = 1, ITEM_OCH = 2 };

/* Does a list's item end at byte E, or after the spaces there with
 * ITEM_SPACES: the text's or a line's end, one of MARKS, or och with
 * ITEM_OCH?  Minutes end an item at och and never at a full stop (10 kr
 * per N.); a person's home after a name ends at one. */
static bool item_ends_at(const anon_names *nm, size_t e, const char *marks, unsigned how)
{
	const char *s = nm->text;

	while ((how & ITEM_SPACES) && e < nm->textlen && s[e] == ' ')
		e++;
	return e >= nm->textlen || s[e] == '\n' || s[e] == '\r' || (s[e] && strchr(marks, s[e])) ||
	       ((how & ITEM_OCH) && text_has(s, nm->textlen, e, " och "));
}

/* "Sune Zelmrin ordförande, Dag sekreterare, justerare": inside a
 * sentence, a given name that is a word too right before a role in small
 * letters that ends the list's item is the person holding the role; not
 * a function word (200 kr Per barn). */
static bool given_then_role_item(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	size_t a = nm->tok[i].start;

	while (a > 0 && nm->text[a - 1] == ' ')
		a--;
	/* a sentence's first word only after a label's colon (Funktionärer: Dag) */
	return (!nm->tok[i].sent_start || (a > 0 && nm->text[a - 1] == ':')) &&
	       !(nm->tok[i].flags & (W_STOP | W_PREP)) && n && n->gap == GAP_SPACE && !n->cap &&
	       item_ends_at(nm, n->end, ",;", ITEM_OCH) && role_word(nm, n); /* the dearest last */
}

/* "Närvarande: Per N, Bo E, Tor S", "Åsa H., Zelmi och": a given name
 * that is a word or a place too, then a capital alone (and its full stop)
 * that ends a list's item (a comma, a semicolon, the line's end, och), is
 * a person as minutes write one: no word stands before a lone capital
 * there. */
static bool given_then_initial_item(const anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!n || n->initial != 1 || n->gap != GAP_SPACE || n->end - n->start != 1)
		return false;
	return item_ends_at(nm, n->end + (n->end < nm->textlen && nm->text[n->end] == '.'), ",;",
			    ITEM_OCH);
}

static unsigned char judge_capital(anon_names *nm, size_t i, unsigned cue)
{
	const token *t = &nm->tok[i];
	unsigned f = t->flags;
	bool named = f & (W_FIRST | W_LAST);
	size_t at;

	/* "Ville inte uppge namn", "Maila mig": a word that starts a sentence
	 * and is followed by a negation or an object pronoun is a verb (Swedish
	 * puts the verb second after a subject) */
	if (t->sent_start && !t->allcaps &&
	    (neighbour_has(nm, i, +1, W_AFTERVERB) || modal_before_infinitive(nm, i)))
		return ST_NO;
	if ((named && (elliptic_shop_genitive(nm, i) || word_label_at(nm, i))) ||
	    (t->quote && performed_title(nm, i)) ||
	    work_title_at(nm, i) || named_ensemble_at(nm, i) ||
	    (i > 0 && ensemble_word(t) && named_ensemble_at(nm, i - 1)) || family_adjective_at(nm, i) ||
	    ship_prefix_before(nm, i) || registered_association_after(nm, i) ||
	    title_before_full_name(nm, i) || place_named_after_name(nm, i) ||
	    owner_of_genitive(nm, i) || (!cue && plus_product_at(nm, i)))
		return ST_NO;
	if (named && i >= 2 && t->gap == GAP_SPACE && orgcue_opens_name(nm, i) &&
	    full_name_at(nm, i - 2))
		return ST_NO; /* "Hanna Zelm Villa Anneberg" */
	if (name_before_role(nm, i) || pair_before_role(nm, i) || called_at_end(nm, i) ||
	    (named && (f & W_FIRST) && !t->allcaps &&
	     (given_then_initial_item(nm, i) || given_then_role_item(nm, i))) ||
	    (named && pictured_name_at(nm, i)))
		return ST_NAME;
	/* "i Lunds Nya Tidning": a size's or a direction's word that is a
	 * given name too, inside a sentence before a capitalised word no list
	 * has as a name, is part of a proper name */
	if (named && (f & W_PREP) && !t->sent_start && i + 1 < nm->ntok &&
	    nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap && !nm->tok[i + 1].allcaps &&
	    !(nm->tok[i + 1].flags & (W_FIRST | W_LAST)))
		return ST_NO;
	if (coordinated_with_place(nm, i) || village_in_place_list(nm, i) ||
	    ((place_with_surroundings(nm, i) || compass_after(nm, i)) && !after_first_name(nm, i)) ||
	    acronym_compound(nm, t) || call_public_number(nm, t) || (!cue && numbered_thing(nm, i)) ||
	    scripture_reference(nm, i) ||
	    (named && (place_apposition(nm, i) || name_between_places(nm, i) ||
		       name_in_list_of_things(nm, i) ||
		       workplace_of_role(nm, i))) ||
	    firm_of_surnames(nm, i) || (t->allcaps && team_met(nm, i)) || slashed_to_place(nm, i) ||
	    club_acronym(nm, i) || letters_beside_town(nm, i, true) ||
	    letters_beside_town(nm, i, false) ||
	    venue_adjective_before(nm, i) ||
	    people_adjective_before(nm, i) ||
	    ridden_name_at(nm, i) ||
	    surname_street_at(nm, i) || homestead_at(nm, i) ||
	    department_at(nm, i) || defined_term_at(nm, i) || law_name_at(nm, i))
		return ST_NO;
	/* a verb's object is a list of places when every item is one the
	 * lists know (nämner Luleå, Kalmar och Visby) */
	if (cue == W_OBJVERB && (f & W_PLACE) && list_of_known_places(nm, i))
		return ST_NO;
	if (cue & (W_TITLE | W_GREET | W_OBJVERB) && !(f & (W_STOP | W_TITLE | W_PREP)))
		return cue_takes(nm, i, cue) ? ST_NAME : ST_NO;
	/* "läraren Dina", "mvh Mina": a function word capitalised in the
	 * middle of a sentence after a cue is a first name */
	if ((cue & (W_TITLE | W_GREET | W_OBJVERB)) && (f & W_STOPNAME) && !t->sent_start &&
	    !t->allcaps && !(f & (W_TITLE | W_PREP | W_CONJ | W_PRON | W_PVERB)))
		return ST_NAME;
	if (english_stop_name_acts(nm, i))
		return ST_NAME;
	if (f & W_KEEP)
		return judge_brand_name(nm, i);
	/* "Jämtkraft Arena", "Ullevi Arena", "Mora Arena": a place noun ends the
	 * name of a place after a capitalised word that is no person's name,
	 * or is a place's too */
	if ((f & W_PLACENOUN) && i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].cap &&
	    !nm->tok[i - 1].initial && !initials_shape(&nm->tok[i - 1]) && /* A-K Berg */
	    (!(nm->tok[i - 1].flags & (W_FIRST | W_LAST)) || (nm->tok[i - 1].flags & W_PLACE)))
		return ST_NO;
	if (before_place_noun(nm, i))
		return ST_NO;
	/* "Da Vinciskolan", "Holm Fritidsgård": part of a school's or an
	 * organisation's name; not the surname after a first name */
	if (!(f & W_FIRST) && i + 1 < nm->ntok && org_name_ends_at(nm, i + 1) &&
	    !((f & (W_LAST | W_COMMON)) && (after_first_name(nm, i) ||
			       (!(f & ~(unsigned)W_LAST) && !sport_word(&nm->tok[i + 1])))) &&
	    !unknown_surname_before_org(nm, i) && !signed_for_org(nm, i))
		return ST_NO; /* but "X. Danielsson Fältgruppen": only a surname;
			       * "mot Lindqvist Hockey": a club */
	if (f & W_PLACE)
		return judge_place(nm, i, cue);
	/* "bor i Ulrika": a place named like a person; but "i Marys liv": a
	 * given name's genitive before what is hers (also of one that takes
	 * no -s: i Linus öron), or before the next of a list of them (i
	 * Elisabeths, Ebbas och Martins sorg); a surname's names a business:
	 * i Hultgrens före detta fabrik */
	if (named && placeprep_before(nm, i) && !full_name_genitive_at(nm, i) &&
	    !(t->genitive && person_thing_follows(nm, i)) &&
	    (saint_before(nm->text, t->start, &at) || /* St Sigfrids plan */
	     !((t->genitive || sxz_byte(t->k[t->klen - 1])) && (f & W_FIRST) &&
	       !(f & W_PLACE) && i + 1 < nm->ntok &&
	      ((nm->tok[i + 1].gap == GAP_SPACE && !nm->tok[i + 1].cap && !(f & W_LAST)) ||
	       given_genitive_joined(nm, i + 1)))))
		return ST_NO;
	if (named && (origin_after_person(nm, i) || object_of_trade_or_riding(nm, i) ||
		      later_object_of_trade_or_riding(nm, i)) &&
	    !full_name_at(nm, i))
		return ST_NO;
	/* "Kerstins Blommor", "Brites Bageri": a name's genitive before a
	 * capitalised ordinary word names a shop; after a given name and
	 * before a word in small letters it is the surname's, and the shop the
	 * person's (Sari Zelmas ateljé; Gustav Adolfs Flickkör is the choir's
	 * name, the given name too: royal_genitive_before_noun) */
	if (named && ((t->genitive && shop_word_follows(nm, i)) ||
		      (may_be_genitive(nm, t) && small_shop_follows(nm, i)) ||
		      given_name_of_shop(nm, i)) &&
	    !(after_first_name(nm, i) && (nm->tok[i - 1].flags & W_FIRST) &&
	      !(nm->tok[i - 1].flags & (W_STOP | W_KEEP | W_PLACE)) && i + 1 < nm->ntok &&
	      !nm->tok[i + 1].cap))
		return ST_NO;
	/* "Hotel Eggers", "restaurang Harrys", "IK Frej": a business's or a
	 * club's noun, then its name; but "vid sjön Anna och jag": a person */
	if (named && i > 0 &&
	    ((((t->gap == GAP_SPACE && org_cue_at(nm, i - 1)) || second_word_after_org_cue(nm, i)) &&
	      !given_name_listed_after(nm, i) && !pron_joined(nm, i)) ||
	     named_in_plural_list(nm, i)) &&
	    !surname_follows(nm, i) && !place_surname_follows(nm, i) &&
	    !given_names_then_surname(nm, i))
		return ST_NO;
	/* "Åkerlunds Fastighetsservice AB"; but "Ayman Lundin kommunens plan",
	 * "Bashiir Farah Adan <line break> Kommunen arbetar" */
	if (named && company_follows(nm, i) &&
	    (t->genitive || !(nm->tok[i + 1].flags & (W_FIRST | W_LAST))) &&
	    !(after_first_name(nm, i) && (nm->tok[i - 1].flags & W_FIRST)))
		return ST_NO; /* not "Per Ek Konsult AB": his firm */
	if (named && club_letters_follow(nm, i))
		return ST_NO;
	if (named && (trophy_follows(nm, i) || model_of_brand(nm, i) || product_of_brand(nm, i) ||
		      played_thing_before(nm, i) ||
		      firm_of_name(nm, i, cue) ||
		      short_form_in_brackets(nm, i) || short_form_before_words(nm, i) ||
		      affiliation_in_brackets(nm, i) ||
		      king_names_street(nm, i) || prize_compound_follows(nm, i)))
		return ST_NO; /* "Inspektionen för vård och omsorg, Ivo," */
	/* "Adriatic Buss": a word that is also a surname ends a business's
	 * name; but "på Swish Stig Ek": a first name */
	if (named && (f & W_COMMON) && org_name_ends_at(nm, i) && !after_first_name(nm, i) &&
	    !surname_follows(nm, i))
		return ST_NO;
	/* "Eskilstuna Linden Hockey": a club's name begins with its town */
	if (named && !(f & W_FIRST) && i > 0 && t->gap == GAP_SPACE && listed_place(nm, i - 1) &&
	    i + 1 < nm->ntok && org_name_ends_at(nm, i + 1))
		return ST_NO;
	if (named && inside_venue_name(nm, i))
		return ST_NO;
	if (named && (f & W_COMMON) && noun_genitive_before(nm, i))
		return ST_NO;
	/* "Roslagens Dag", "Sveriges Dag": after a town's or a land's
	 * genitive a name that is a word too is the day's or the
	 * institution's word, not before a capitalised word, a surname
	 * (Göteborgs Kalle Berg) */
	if (named && (f & W_COMMON) && i > 0 && t->gap == GAP_SPACE && !t->allcaps &&
	    !(cue & (W_TITLE | W_GREET | W_OBJVERB)) && town_genitive_at(nm, i - 1) &&
	    !(i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap))
		return ST_NO;
	if (named)
		return judge_named(nm, i, neighbour_has(nm, i, -1, W_PREP));
	/* "Göteborgs Litteraturhus", "Stockholms Moske": after a town's
	 * genitive, a word no list has is its institution */
	if (!f && i > 0 && t->gap == GAP_SPACE && !t->allcaps && !(cue & (W_TITLE | W_GREET | W_OBJVERB)) &&
	    town_genitive_at(nm, i - 1))
		return ST_NO;
	if (word_surname_at(nm, i))
		return ST_MAYBE_WEAK;
	/* "Hälsningar Dina Arvidsson": a function word capitalised in the
	 * middle of a sentence, before a surname, or joined to a personal
	 * pronoun, is a first name */
	if ((f & W_STOPNAME) && !(f & (NOT_SURNAME & ~(unsigned)W_STOP)) && t->klen >= 3 &&
	    ((!t->sent_start && surname_follows(nm, i) && nm->tok[i + 1].initial == 0 &&
	      !is_dict_word(nm, i + 1)) ||
	     (!t->sent_start && !t->allcaps && listed_surname_after(nm, i)) || /* Inga Berg */
	     /* "Dina Markos, hälsokommunikatör": opening a sentence too,
	      * before a surname and the role after its comma */
	     (t->sent_start && !t->allcaps && i + 2 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
	      may_be_name_part(nm, &nm->tok[i + 1]) && (nm->tok[i + 1].flags & (W_FIRST | W_LAST)) &&
	      comma_role_at(nm, i + 2)) ||
	     (!t->sent_start && !t->allcaps && i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
	      nm->tok[i + 1].cap && party_follows(nm, i + 1)) || /* Inga Westlund (V) */
	     pron_joined(nm, i)))
		return ST_NAME; /* also "Mina och jag" */
	/* "Setareh och Mina", "Setareh,Mina,Durmuş": one of a list of names */
	if ((f & W_STOPNAME) && !(f & (NOT_SURNAME & ~(unsigned)W_STOP)) && t->klen >= 3 &&
	    !t->sent_start && !t->allcaps && beside_joiner(nm, i))
		return ST_MAYBE_WEAK;
	/* "Carl From", "Viktor Will": an English function word capitalised
	 * right after a first name, in a text that is not English, is the
	 * surname */
	if ((f & W_ENSTOP) && !nm->english && !t->sent_start && !t->allcaps && i > 0 &&
	    t->gap == GAP_SPACE && nm->tok[i - 1].cap && !nm->tok[i - 1].allcaps &&
	    (nm->tok[i - 1].flags & W_FIRST))
		return ST_MAYBE_WEAK;
	if (f & ~(unsigned)(W_PLACE | W_CUE_TAIL | W_COMMON))
		return ST_NO;
	/* "Svar till Bson": after a reply's phrase, which ends in a place's
	 * preposition, a word no list or dictionary has is the writer
	 * answered, not a place */
	if ((cue & W_GREET) && !f && !t->allcaps && !t->sent_start && !is_dict_word(nm, i) &&
	    !org_shape(nm, t) && !place_compound(nm, t))
		return ST_NAME;
	return judge_unknown(nm, i);
}

/* "Tor 2024-05-09 13:50", "Tor 12/5": a weekday's short form (Tor is a
 * given name too) before a date, digits joined by a dash, a slash or a
 * full stop to more digits. */
static bool weekday_before_date(const anon_names *nm, const token *t)
{
	const char *s = nm->text;
	size_t i = t->end, n = nm->textlen, digits = 0;

	if (!t->cap || t->klen < 3 || t->klen > 4 || i + 1 >= n || s[i] != ' ' || s[i + 1] < '0' ||
	    s[i + 1] > '9' || !KEY_IS_ONE_OF(t, weekdays_short))
		return false;
	for (i++; i < n && s[i] >= '0' && s[i] <= '9' && digits < 5; i++)
		digits++;
	return digits > 0 && digits <= 4 && i + 1 < n && (s[i] == '-' || s[i] == '/' || s[i] == '.') &&
	       s[i + 1] >= '0' && s[i + 1] <= '9';
}

/* "29 Mar", "3 Jan.", "06-jun": the number of a day (1 to 31) right before
 * a word. */
static bool day_before(const char *s, size_t start)
{
	size_t i = start, digits = 0;
	int day;

	if (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-'))
		i--; /* "29 Mar", "06-jun" */
	if (i > 0 && s[i - 1] == '.')
		i--;
	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && digits < 3) {
		i--;
		digits++;
	}
	if (digits == 0 || digits > 2 || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
		return false;
	day = s[i] - '0';
	if (digits == 2)
		day = day * 10 + (s[i + 1] - '0');
	return day >= 1 && day <= 31;
}

/* Most words: in small letters, no name, Latin, no cue before them. */
static inline bool plain_lower(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return !t->cap && !(t->flags & (W_FIRST | W_LAST)) && t->script == SC_LATIN &&
	       (i == 0 || !(nm->tok[i - 1].flags & (W_CALL | W_CUE_TAIL | W_TITLE | W_GREET |
						    W_OBJVERB)));
}

/* "vet ni vem zelmiyar är": a word no list or dictionary has between vem
 * and är or var is who is asked about.  Asked of most words: the word
 * before is looked at first, inline. */
static bool asked_who_at(anon_names *nm, size_t i)
{
	static const char *const is[] = { "är", "var" };
	const token *t = nm->tok;

	return t[i].flags == 0 && i + 1 < nm->ntok && t[i].gap == GAP_SPACE &&
	       t[i + 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i + 1], is) && !is_dict_word(nm, i);
}

static inline bool asked_who(anon_names *nm, size_t i)
{
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	return p && p->klen == 3 && memcmp(p->k, "vem", 3) == 0 && asked_who_at(nm, i);
}

/* judge_alone of a plain_lower word that nothing before that rule took.
 * Asked of most words: inline, which the compiler does not choose for a
 * function with two callers (the calls cost 1.6 % of all instructions). */
static inline __attribute__((always_inline)) unsigned char
judge_plain_lower(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (word_surname_at(nm, i))
		return ST_MAYBE_WEAK; /* HÄLSNINGAR JOSHUA SJÖ */
	if (pupil_before_class(nm, i) || asked_who(nm, i))
		return ST_NAME;
	/* "ali elr jonte"; but "maryam, ekskolan": an organisation,
	 * "Andreas Nyberg, lokalpolisområdeschef": a role */
	return t->flags == 0 && t->klen > 2 && beside_joiner(nm, i) && !org_shape(nm, t) &&
		       !role_word(nm, t)
		       ? ST_MAYBE_LOWER
		       : ST_NO;
}

/* A plain_lower word that none of judge_rest's rules before the one of
 * such words can take but to say ST_NO (no initial, not shouted, not
 * shaped like al-masri): its judgement is that rule's, or ST_NO. */
static inline bool plain_lower_only(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->initial == 0 && !t->allcaps && !(t->flags == 0 && prefixed_surname(t)) &&
	       plain_lower(nm, i);
}

/* Two capitals no list or dictionary has (MK, SP, JL), or two joined by
 * a hyphen (M-L): a person's initials or an acronym, which only where
 * they stand tells apart; a letter twice (AA, BB) is a document's
 * stand-in for a person, already no name. */
static bool two_capitals(const token *t)
{
	/* a letter of one byte or of two (SÅ, ÖL) */
	size_t first = (unsigned char)t->k[0] >= 0xC0 ? 2 : 1, second = t->klen - first;

	if (!t->allcaps || t->klen < 2 || t->klen > 4 || t->end - t->start != t->klen ||
	    second == 0 || second > 2 || (second == 2) != ((unsigned char)t->k[first] >= 0xC0))
		return false;
	return first != second || memcmp(t->k, t->k + first, first) != 0;
}

/* "vice ordförande KEA": three capitals of the Latin alphabet that no
 * dictionary has, as a person's initials are written after a role. */
static bool three_initials(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->allcaps && t->klen == 3 && t->end - t->start == 3 && t->script == SC_LATIN &&
	       !is_dict_word(nm, i);
}

static bool caps_pair_part(const token *t)
{
	return t->allcaps && t->script == SC_LATIN && t->flags == 0 &&
	       (initials_shape(t) || two_capitals(t));
}

/* One of them that no dictionary has either (GS is a word, JL none). */
static bool caps_initials(anon_names *nm, size_t i)
{
	return caps_pair_part(&nm->tok[i]) && (initials_shape(&nm->tok[i]) || !is_dict_word(nm, i));
}

/* The length of a dash starting at byte A of S[0..n): '-', or an en or
 * em dash; 0 for none. */
static size_t dash_at(const char *s, size_t n, size_t a)
{
	if (a < n && s[a] == '-')
		return 1;
	if (a + 2 < n && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
	    ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94))
		return 3;
	return 0;
}

/* The length of a dash ending at byte A-1, or 0. */
static size_t dash_before(const char *s, size_t a)
{
	if (a >= 1 && s[a - 1] == '-')
		return 1;
	return a >= 3 && (unsigned char)s[a - 3] == 0xE2 ? dash_at(s, a, a - 3) : 0;
}

/* Before byte A on its line: nothing, a slash or a dash standing apart,
 * or a date ("- 2020-12-28 MK", "Uppdaterad 2020-04-02 / SP", "– JL"). */
static bool signs_after(const char *s, size_t a)
{
	size_t d, b;

	while (a > 0 && blank_byte(s[a - 1]))
		a--;
	if (a == 0 || s[a - 1] == '\n')
		return true;
	if (s[a - 1] == '/') /* not "RS/FS": a pair of names */
		return a == 1 || blank_byte(s[a - 2]) || s[a - 2] == '\n';
	if ((d = dash_before(s, a)) != 0)
		return a == d || blank_byte(s[a - d - 1]) || s[a - d - 1] == '\n';
	for (b = a; b > 0 && strchr("0123456789-./", s[b - 1]); b--)
		;
	return a - b >= 5 && (b == 0 || blank_byte(s[b - 1]) || s[b - 1] == '\n') &&
	       strcspn(s + b, "-./") < a - b;
}

/* After byte B on its line: nothing, or a dash and nothing ("MK -"). */
static bool line_ends_after(const char *s, size_t n, size_t b)
{
	while (b < n && blank_byte(s[b]))
		b++;
	for (b += dash_at(s, n, b); b < n && blank_byte(s[b]); b++)
		;
	return b == n || s[b] == '\n';
}

/* The word joined to word I by och, o, samt or '&' on the side DIR, or
 * (size_t)-1. */
static size_t joined_partner(const anon_names *nm, size_t i, int dir)
{
	const token *t = nm->tok;

	if (dir < 0) {
		if (i >= 1 && t[i].amp)
			return i - 1;
		if (i >= 2 && (t[i - 1].flags & W_CONJ) && !t[i - 1].cap && t[i].gap == GAP_SPACE &&
		    t[i - 1].gap == GAP_SPACE)
			return i - 2;
		return (size_t)-1;
	}
	if (i + 1 < nm->ntok && t[i + 1].amp)
		return i + 1;
	if (i + 2 < nm->ntok && (t[i + 1].flags & W_CONJ) && !t[i + 1].cap &&
	    t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE)
		return i + 2;
	return (size_t)-1;
}

/* "när jag var zelmig med Oliver": after a personal pronoun and är, var
 * or blev, a word no list has in small letters is what the subject is,
 * not a person joined to a name. */
static bool predicate_of_pronoun(const anon_names *nm, size_t i)
{
	static const char *const subjects[] = { "jag", "du", "han", "hon", "vi", "ni", "de", "dom" };
	static const char *const be[] = { "är", "var", "blev", "blir" };
	const token *t = nm->tok;

	return i >= 2 && !t[i].cap && t[i].flags == 0 && t[i].gap == GAP_SPACE &&
	       t[i - 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i - 1], be) &&
	       KEY_IS_ONE_OF(&t[i - 2], subjects);
}

/* "vikte", "viker": a word in small letters that the dictionary lacks
 * but whose stem and -a it has is a verb's past or present (vika): the
 * word lists leave out some forms of strong verbs. */
static bool verb_form_of_dict(const anon_names *nm, const token *t)
{
	static const char *const ends[] = { "ade", "te", "de", "ar", "er" };
	char stem[KEY_MAX + 1];

	if (t->cap || t->flags || t->klen < 5 || t->klen > KEY_MAX)
		return false;
	for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
		size_t el = strlen(ends[e]), sl = t->klen - el;
		if (memcmp(t->k + sl, ends[e], el) != 0)
			continue;
		memcpy(stem, t->k, sl);
		stem[sl] = 'a';
		if (dict_has(&nm->dict, stem, sl + 1))
			return true;
	}
	return false;
}

/* "köpte jag & zelmuss biljetter", "jag och lisa", "kalle o jag": word I
 * is joined by och, o, eller or & to a personal pronoun; only a person
 * is (not med: "vi med allmis"). */
static bool person_pron_joined(const anon_names *nm, size_t i)
{
	static const char *const persons[] = { "jag", "du", "vi", "mig", "mej", "dig", "dej",
						"han", "hon", "honom", "henne" };
	static const char *const and_[] = { "och", "o", "eller", "elr" };

	for (int dir = -1; dir <= 1; dir += 2) {
		size_t j = joined_partner(nm, i, dir);
		/* before word I only inside a clause: not after a full stop,
		 * a quote or a bracket two words back */
		if (j == (size_t)-1 || (dir < 0 && (i < 2 || nm->tok[i - 2].gap == GAP_OTHER)) ||
		    ((j == i - 2 || j == i + 2) && !KEY_IS_ONE_OF(&nm->tok[(i + j) / 2], and_)))
			continue;
		if ((nm->tok[j].flags & W_PRON) && KEY_IS_ONE_OF(&nm->tok[j], persons))
			return true;
	}
	return false;
}

/* "(Löwing 2011:254f)", "(Lindqvist 1998)": a capitalised word opening
 * a bracket before a year and a page or the bracket's end is the author
 * a text cites; not a place with its date (Umeå, 2019-12-16). */
static bool cited_author_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t e = t->end;

	if (!t->cap || t->allcaps || t->start == 0 || s[t->start - 1] != '(' ||
	    (t->flags & (W_PLACE | W_KEEP | W_MONTH | W_TITLE)) || e + 6 > nm->textlen ||
	    s[e] != ' ' || !((s[e + 1] == '1' && s[e + 2] == '9') || (s[e + 1] == '2' && s[e + 2] == '0')))
		return false;
	for (size_t k = e + 3; k < e + 5; k++)
		if (s[k] < '0' || s[k] > '9')
			return false;
	return e + 5 == nm->textlen || strchr("):;,", s[e + 5]) != NULL;
}

/* Is word T a party's letters (S, KD, MP; any case)? */
static bool party_key(const token *t)
{
	static const char *const parties[] = { "s", "m", "c", "l", "v", "kd", "mp", "sd", "fp" };

	return KEY_IS_ONE_OF(t, parties);
}

/* "Läraren (MM) sa": two or three capitals alone in brackets right after
 * a role, before what a person does, are the person's initials, though a
 * list has them as an acronym (SL); not a party's letters (Ordförande
 * (KD) sa) nor an office's short form (ombudsmannen (DO).). */
static bool initials_after_role(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return i > 0 && t->allcaps && t->klen >= 2 && t->klen <= 3 && t->end - t->start == t->klen &&
	       !party_key(t) && bracketed_after(nm, i) &&
	       ((nm->tok[i - 1].flags & W_TITLE) || role_word(nm, &nm->tok[i - 1])) &&
	       pverb_at(nm, i + 1);
}

/* "... med 1–4. (ml)", "kyrkoherden predikar. (ka-f)": a reporter's
 * initials in small letters in brackets after the last sentence of the
 * text or the line; a party's letters stand after a name instead. */
static bool byline_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t a = t->start, b = t->end;

	if (t->cap || t->script != SC_LATIN || t->klen < 2 || t->klen > 5 || a < 2 ||
	    s[a - 1] != '(' || b >= nm->textlen || s[b] != ')' || party_key(t))
		return false;
	for (size_t k = a; k < b; k++)
		if (s[k] != '-' && !(s[k] >= 'a' && s[k] <= 'z'))
			return false;
	for (a--; a > 0 && blank_byte(s[a - 1]); a--)
		;
	if (a == 0 || !strchr(".!?\"", s[a - 1]))
		return false;
	return line_ends_after(s, nm->textlen, b + 1);
}

/* "- 2020-12-28 MK -", "Uppdaterad 2020-04-02 / SP", "JL & KN" on a line
 * of their own, "GS och JL föredrar", "Gerd och BP också har": two
 * capitals no list has are a person's initials where a line ends in them
 * after a date, a slash or a dash, or where they are joined to a given
 * name or to other such initials, not after a preposition; an acronym
 * stands elsewhere (EU länderna, VK och Folkbladet, på ÖB, UF/HF). */
/* Word I alone in brackets right after the word before it: "Läraren (LS)". */
static bool in_brackets_after(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	size_t a = nm->tok[i - 1].end;

	return t->end < nm->textlen && nm->text[t->end] == ')' && t->start > a &&
	       nm->text[t->start - 1] == '(' &&
	       (t->start - a == 1 || (t->start - a == 2 && nm->text[a] == ' '));
}

/* "Det var ES från klassen som", "det var JK som": the one a cleft
 * sentence points out, before som or where she comes from. */
static bool cleft_subject(const anon_names *nm, size_t a, size_t b)
{
	static const char *const it[] = { "det" }, *const was[] = { "var", "är" },
			  *const who[] = { "som", "från" };
	const token *t = nm->tok;

	return a >= 2 && b + 1 < nm->ntok && t[a].gap == GAP_SPACE && t[a - 1].gap == GAP_SPACE &&
	       t[b + 1].gap != GAP_OTHER && !t[b + 1].cap && KEY_IS_ONE_OF(&t[a - 2], it) &&
	       KEY_IS_ONE_OF(&t[a - 1], was) && KEY_IS_ONE_OF(&t[b + 1], who);
}

/* "från klassen", "i parallellklassen": a school class after word I. */
static bool of_a_class_after(const anon_names *nm, size_t i)
{
	static const char *const from[] = { "från", "i" };
	static const char *const classes[] = { "klassen", "klass" };
	const token *t = nm->tok;

	return i + 2 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE &&
	       KEY_IS_ONE_OF(&t[i + 1], from) &&
	       ending_of(t[i + 2].k, t[i + 2].klen, classes, 2, 0) != 0;
}

/* "... inte på marken. FG": two or three capitals no list or dictionary
 * has, alone after the last sentence of a text, sign it. */
static bool initials_sign_text(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t b = t->start, e = t->end;

	if (i + 1 != nm->ntok || i < 4 || !t->allcaps || t->klen < 2 || t->klen > 3 || t->flags ||
	    t->script != SC_LATIN || is_dict_word(nm, i))
		return false;
	while (e < nm->textlen && (s[e] == ' ' || s[e] == '\n' || s[e] == '\r'))
		e++;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	return e == nm->textlen && b < t->start && b > 0 &&
	       (s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?');
}

static bool initials_in_capitals(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t a = i, b = i, j;

	/* "Landshövdingen MN, enhetschefen IS": after a role not shouted, an
	 * English function word (is) too */
	if (i > 0 && (t[i].gap == GAP_SPACE || (in_brackets_after(nm, i) && pverb_at(nm, i + 1))) &&
	    !t[i - 1].allcaps && ((t[i - 1].flags & W_TITLE) || role_word(nm, &t[i - 1])) &&
	    (two_capitals(&t[i]) || three_initials(nm, i)) &&
	    !(t[i].flags & ~(unsigned)(W_STOP | W_ENSTOP | W_NOPLATE | W_CUE_TAIL)))
		return true; /* and "Läraren (LS) sa", not "ombudsmannen (DO)." */
	/* "Det var AJ som sa det", "det var ES från klassen": initials
	 * that are a word too, pointed out as the one who does a person's
	 * deed or comes from somewhere (not "det var EU som bestämde") */
	if (cleft_subject(nm, i, i) &&
	    (caps_initials(nm, i) || (two_capitals(&t[i]) && of_a_class_after(nm, i)) ||
	     (caps_pair_part(&t[i]) && (nm->tok[i + 1].k[0] == 'f' || pverb_at(nm, i + 2)))))
		return true; /* also "det var KD från klassen": a pupil, not the party */
	if (!caps_pair_part(&t[i]))
		return false;
	for (int dir = -1; dir <= 1; dir += 2) {
		j = joined_partner(nm, i, dir);
		if (j == (size_t)-1)
			continue;
		if ((t[j].flags & W_FIRST) && t[j].cap && !t[j].allcaps)
			return caps_initials(nm, i) && !(j < i ? neighbour_has(nm, j, -1, W_PREP | W_PLACEPREP)
				       : neighbour_has(nm, i, -1, W_PREP | W_PLACEPREP));
		if (!caps_pair_part(&t[j]) || !(caps_initials(nm, i) || caps_initials(nm, j)))
			continue;
		a = j < i ? j : a;
		b = j > i ? j : b;
	}
	if (a == b && !caps_initials(nm, i))
		return false;
	if (signs_after(s, t[a].start) && line_ends_after(s, nm->textlen, t[b].end))
		return true;
	return a != b && !neighbour_has(nm, a, -1, W_PREP | W_PLACEPREP) &&
	       b + 1 < nm->ntok && t[b + 1].gap == GAP_SPACE && !t[b + 1].cap;
}

/* Word I+1, after a space, is an organisation by its shape
 * (Zelmförbundet, Ekskolan). */
static bool org_shape_follows(const anon_names *nm, size_t i)
{
	return i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
	       org_shape(nm, &nm->tok[i + 1]);
}

/* "Kommunjurist H W", "Advokat T N": a role compound before a capital
 * letter standing alone, or a first such letter taken as a person's
 * before a second. */
static bool role_before_initial(const anon_names *nm, size_t i)
{
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	return p && nm->tok[i].gap == GAP_SPACE && !p->allcaps &&
	       ((p->initial == 1 && p->state == ST_NAME) || (!p->initial && role_word(nm, p)));
}

static unsigned char judge_rest(anon_names *nm, size_t i);
static bool passive_verb(anon_names *nm, size_t i);

/* "Sedan valdes rektorn", "Till presidium valdes kommunalrådet": a
 * passive verb after what opens its clause, no verb, preposition or
 * conjunction, which a name's genitive in small letters looks like
 * (antes pappa, jag såg antes pappa). */
static bool passive_verb_after_subject(anon_names *nm, size_t i)
{
	return i > 0 && nm->tok[i].gap == GAP_SPACE &&
	       !(nm->tok[i - 1].flags & (W_PVERB | W_OBJVERB | W_PREP | W_PERSONPREP | W_PLACEPREP |
					 W_CONJ)) &&
	       passive_verb(nm, i);
}

/* What the word alone allows.  Most words end in the first line, without
 * the questions of their shape that judge_rest asks first: those could
 * only make them ST_NO too.  (The only trace judge_plain_lower leaves, a
 * word's dictweak, is read of open words only, which these are not.) */
/* "Simlärare IV", "Klass III", "Division II": a number in Roman capitals
 * after a capitalised word that is no name is a grade, a part or a level
 * (after a given name it is a king's: Karl XII). */
static bool grade_number_at(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *p = i > 0 ? &nm->tok[i - 1] : NULL;

	return t->allcaps && p && t->gap == GAP_SPACE && roman_number(t) &&
	       !memchr(t->k, 'l', t->klen) && p->cap && !p->allcaps &&
	       !(p->flags & (W_FIRST | W_LAST)) && is_dict_word(nm, i - 1);
}

static inline unsigned char judge_alone(anon_names *nm, size_t i)
{
	if (nm->bracketed && nm->tok[i].start > 0 && nm->text[nm->tok[i].start - 1] == '(' &&
	    byline_at(nm, i))
		return ST_NAME;
	if (plain_lower_only(nm, i) && judge_plain_lower(nm, i) == ST_NO)
		return ST_NO;
	return judge_rest(nm, i);
}

/* "/Ledarna", "/Tränarna": a word's plural in its definite form, as a
 * group signs, never a person (no given name ends so). */
static bool group_plural(const anon_names *nm, const token *t)
{
	static const char *const plural[] = { "arna", "erna", "orna" };

	return !(t->flags & (W_FIRST | W_LAST)) && ending_of(t->k, t->klen, plural, 3, 2) &&
	       dict_has(&nm->dict, t->k, t->klen);
}

/* "Go kväll! /Burk", "Kram/Gilla": a capitalised word after a slash that
 * follows a finished sentence or a greeting, ending the text or its line,
 * is the writer's signature, though it is a word too; not a path (sidan
 * /Hem), a fraction (10/Berg) or a group's name (/Musikskolan). */
static bool slash_signature_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *s = nm->text;
	size_t a = t->start, b = t->end;

	/* in small letters only a given name that is no function word
	 * ("Tack! /lisa") */
	if (t->allcaps || (!t->cap && (!(t->flags & W_FIRST) || (t->flags & W_STOP))) ||
	    a == 0 || s[a - 1] != '/' || (t->flags & (W_KEEP | W_PLACE | W_TITLE)) ||
	    org_word(nm, t) || group_plural(nm, t))
		return false; /* "/Musikskolan", "/Styrelsen", "/Ledarna" */
	while (a > 0 && (s[a - 1] == '/' || s[a - 1] == ' '))
		a--;
	if (a > 0 && !strchr(".!?\n)", s[a - 1]) &&
	    !(i > 0 && nm->tok[i - 1].end == a && (nm->tok[i - 1].flags & W_GREET)))
		return false;
	while (b < nm->textlen && strchr(" .!\r", s[b]))
		b++;
	return b == nm->textlen || s[b] == '\n';
}

static bool dotted_abbreviation(const char *s, size_t n);
static bool role_before_bracketed(const anon_names *nm, size_t i, size_t j);

/* "U.O", "G. S.", "G S", "J.N": word I is the second of two capital
 * letters written as a person's initials. */
static bool second_of_initial_pair(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *p = i > 0 ? &nm->tok[i - 1] : NULL;
	size_t gap = p ? t->start - p->end : 0;

	return p && t->end - t->start == 1 && t->cap && p->cap && p->end - p->start == 1 &&
	       ((gap == 1 && (nm->text[p->end] == '.' || nm->text[p->end] == ' ')) ||
		(gap == 2 && nm->text[p->end] == '.' && nm->text[p->end + 1] == ' '));
}

/* A verb of reporting, as minutes write what a person told the meeting. */
static bool report_verb(const token *t)
{
	static const char *const reports[] = {
		"redogjorde", "redogör", "rapporterade", "rapporterar", "informerade",
		"informerar", "föredrog", "föredrar", "presenterade", "presenterar",
		"berättade", "berättar", "föreslog", "föreslår", "sammanfattade",
		"sammanfattar", "redovisade", "redovisar", "återkopplade", "lyfte",
		"ber", "bad", "meddelade", "meddelar", "kontaktar", "kontaktade",
		"undersöker", "undersökte", "ansvarar", "återkommer",
	};

	return KEY_IS_ONE_OF(t, reports);
}

/* "AJ redogjorde", "U.O rapporterade", "G. S. informerade": in minutes,
 * initials no list or dictionary has before what a person reports; not
 * an acronym a list has (SL informerade, KD föreslog), nor a letter twice
 * (BB, a stand-in), nor one capital alone (asked above).  Only verbs of
 * reporting: an acronym has, gets and does what a person does (IT har,
 * PR gjorde). */
static bool initials_before_report(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (t->end - t->start > 2 || !t->cap || t->script != SC_LATIN || i + 1 >= nm->ntok)
		return false;
	/* "det var J.N från klassen", "Det var F. K. som", "Läraren (O.B) sa" */
	if (i > 0 && second_of_initial_pair(nm, i) &&
	    (cleft_subject(nm, i - 1, i) || role_before_bracketed(nm, i - 1, i)))
		return !dotted_abbreviation(nm->text + nm->tok[i - 1].start,
					    t->end + (nm->text[t->end] == '.') - nm->tok[i - 1].start);
	if (nm->tok[i + 1].gap != GAP_SPACE || !report_verb(&nm->tok[i + 1]))
		return false;
	if (t->allcaps && t->klen == 2 && t->end - t->start == 2)
		return caps_initials(nm, i);
	return second_of_initial_pair(nm, i);
}

/* "som backup fanns P:s far på plats": a capital letter's genitive
 * before a relative is a person's (a party's letter has no mother: S:s
 * ordförande). */
static bool kin_of_initial(const anon_names *nm, size_t i)
{
	static const char *const kin[] = { "far", "mor", "man", "son", "barn", "föräldrar" };
	const token *t = nm->tok;
	size_t e = t[i].end;

	return t[i].cap && letter_len(nm->text, e, t[i].start) == e - t[i].start &&
	       i + 2 < nm->ntok && e + 2 < nm->textlen &&
	       nm->text[e] == ':' &&
	       t[i + 1].start == e + 1 && t[i + 1].end == e + 2 && nm->text[e + 1] == 's' &&
	       t[i + 2].gap == GAP_SPACE && !t[i + 2].cap &&
	       (KEY_IS_ONE_OF(&t[i + 2], kin) || relative_word(&t[i + 2]));
}

/* An ordinary word in small letters before another that is no function
 * word: the first of a noun phrase ("årets stipendiater"). */
static bool modifies_noun_after(anon_names *nm, size_t i)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap && n->script == SC_LATIN &&
	       !(n->flags & (W_STOP | W_CONJ | W_PREP | W_PLACEPREP | W_FIRST | W_LAST)) &&
	       is_dict_word(nm, i) && dict_has(&nm->dict, n->k, n->klen);
}

/* "vad som kallas zelmolog", "det som kallades Zelmgården": what a
 * thing, not a person, is called is a term. */
static bool term_is_named(const anon_names *nm, size_t i)
{
	static const char *const things[] = { "vad", "det", "något", "sådant", "allt" };
	const token *t = nm->tok;

	return i >= 3 && t[i - 1].gap == GAP_SPACE && t[i - 2].gap == GAP_SPACE &&
	       KEY_IS(&t[i - 2], "som") && KEY_IS_ONE_OF(&t[i - 3], things) && !t[i - 3].cap;
}

static size_t list_items(const anon_names *nm, size_t i, unsigned any, unsigned none);
static size_t list_item_before(const anon_names *nm, size_t j);
static size_t list_item_after(const anon_names *nm, size_t j);

/* "kontor i Umeå, Mora, Lund och Salo": a surname alone, an item of a
 * list beside three or more places the lists know, is a place too (and
 * marked one, so that the list goes on after it). */
static __attribute__((noinline)) bool surname_among_places(const anon_names *nm, size_t i)
{
	size_t k;

	if (!list_items(nm, i, 0, 0))
		return false;
	return ((k = list_item_before(nm, i)) < i && list_items(nm, k, W_PLACE, 0) >= 3) ||
	       ((k = list_item_after(nm, i)) > i && list_items(nm, k, W_PLACE, 0) >= 3);
}

/* "Han är Imam vid moskén", "som jourhavande Imam,": word I, a role
 * capitalised inside a sentence, with no name after it, after a copula,
 * an article or a participle that describes it, is what the person is,
 * though a given name too. */
static bool role_as_predicate(const anon_names *nm, size_t i)
{
	static const char *const before[] = { "är", "var", "blir", "blev", "bli", "vara",
					      "varit", "som", "en", "ett", "ny", "nya", "vår" };
	static const char *const participle[] = { "ande", "ende" };
	const token *t = &nm->tok[i], *p = i > 0 ? &nm->tok[i - 1] : NULL,
		    *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return p && !t->sent_start && !t->allcaps && t->gap == GAP_SPACE && !p->cap &&
	       (!n || n->gap != GAP_SPACE || !n->cap) &&
	       (KEY_IS_ONE_OF(p, before) || (p->klen >= 6 && ending_of(p->k, p->klen, participle, 2, 4)));
}

static size_t line_start_at(const anon_names *nm, size_t i);

/* Where a line starts at S[a]: one capitalised word, a colon and a
 * space, then a letter ("Björn: Faktiskt", "Kalle: ja")? */
static bool speaker_line_at(const char *s, size_t n, size_t a)
{
	size_t e = a;

	if (a >= n || !capital_at(s, n, a))
		return false;
	while (e < n && e - a < 24 && s[e] != ':' && s[e] != ' ' && s[e] != '\n')
		e++;
	if (e + 2 >= n || s[e] != ':' || s[e + 1] != ' ')
		return false;
	return letter_len(s, n, e + 2) > 0;
}

/* Word I labels its line as a speaker does, and another line of the text
 * is labelled so too: a dialogue or a forum's thread. */
static bool dialogue_speaker_at(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t n = nm->textlen, a = line_start_at(nm, i), lines = 0;

	if (a == (size_t)-1 || nm->tok[i].start != a || !speaker_line_at(s, n, a))
		return false;
	for (size_t b = 0; b < n && lines < 2; b++)
		if ((b == 0 || s[b - 1] == '\n') && speaker_line_at(s, n, b))
			lines++;
	return lines >= 2;
}

/* "Zelmförbundet Mora", "Räddningstjänsten Sala": word I, a place that is
 * a given name too, right after an organisation by its shape and before
 * no capitalised word, is the organisation's branch there. */
static bool branch_place_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].gap == GAP_SPACE && !t[i].allcaps && t[i - 1].cap &&
	       !t[i - 1].allcaps && org_shape(nm, &t[i - 1]) &&
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap);
}
/* "med sin Zelmbaker, 1929", "hans brittiska Zelmyr -66:a": a
 * capitalised word that is no given name, right after a possessive of
 * the third person (and an adjective's -a or -e form), is the owner's
 * thing: Swedish puts no possessive before a person's name.  Not after
 * min, vår: "vår Zelmberg gjorde mål" is the club's player. */
static bool owned_thing_at(const anon_names *nm, size_t i)
{
	static const char *const owners[] = { "sin", "sitt", "sina", "hans", "hennes", "deras" };
	const token *t = nm->tok, *p;

	if (i == 0 || t[i].gap != GAP_SPACE || t[i].sent_start)
		return false;
	p = &t[i - 1];
	if (!p->cap && p->klen >= 4 && !p->flags && i >= 2 && p->gap == GAP_SPACE &&
	    weak_adjective_ending(p))
		p = &t[i - 2]; /* hans brittiska */
	/* "Anna och hans Berg": the given name Hans in small letters */
	if (p == &t[i - 1] && (t[i].flags & W_LAST) && KEY_IS(p, "hans"))
		return false;
	return !p->cap && KEY_IS_ONE_OF(p, owners) &&
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap &&
		 (t[i + 1].flags & (W_FIRST | W_LAST)));
}

/* "Hedlundarna som alltid är här först": a surname the lists have, no
 * word, with a plural's -arna, is a family (the Hedlunds). */
static bool family_plural(const anon_names *nm, const token *t)
{
	static const char *const plural[] = { "arna" };

	return t->cap && !t->allcaps && t->klen >= 8 && ending_of(t->k, t->klen, plural, 1, 4) &&
	       (names_flags(nm, t->k, t->klen - 4) & (W_LAST | W_COMMON | W_PLACE)) == W_LAST &&
	       !dict_has(&nm->dict, t->k, t->klen) && !dict_has(&nm->dict, t->k, t->klen - 4);
}

/* "till Lilla Norrby", "i Övre Zelmarp": after a capitalised word of
 * size or direction, a capitalised word that is no given name is a
 * place's name, though a surname too. */
static bool place_prefix_before(const anon_names *nm, size_t i)
{
	static const char *const prefixes[] = { "lilla", "stora", "norra", "södra", "östra",
						"västra", "övre", "nedre", "mellersta" };
	const token *t = nm->tok;

	return i > 0 && t[i].cap && !t[i].allcaps && t[i].gap == GAP_SPACE &&
	       !(t[i].flags & W_FIRST) && t[i - 1].cap && !t[i - 1].allcaps &&
	       KEY_IS_ONE_OF(&t[i - 1], prefixes);
}

static unsigned char judge_rest(anon_names *nm, size_t i)
{
	static const char *const his[] = { "hans" };
	const token *t = &nm->tok[i];
	unsigned f = t->flags, cue;
	bool named = f & (W_FIRST | W_LAST);

	if (t->allcaps && grade_number_at(nm, i))
		return ST_NO;
	/* "#Zelmpatronur": a hashtag no list has names a topic */
	if (!named && t->start > 0 && nm->text[t->start - 1] == '#')
		return ST_NO;
	if (place_prefix_before(nm, i))
		return ST_NO;
	if (!f && family_plural(nm, t))
		return ST_NAME;
	/* "I Mora har det regnat": the preposition starting a sentence, not
	 * an initial (I. Berg keeps its full stop) */
	if (t->initial == 1 && t->sent_start && (f & (W_PREP | W_PLACEPREP)) &&
	    !(t->end < nm->textlen && nm->text[t->end] == '.'))
		nm->tok[i].initial = 2;
	/* "(Löwing 2011:250)": an author's year and page, no law's number */
	if (nm->bracketed && t->start > 0 && nm->text[t->start - 1] == '(' && cited_author_at(nm, i) &&
	    !is_dict_word(nm, i))
		return ST_NAME;
	if (t->end - t->start <= 2 && (initials_before_report(nm, i) || kin_of_initial(nm, i)))
		return ST_NAME; /* before the shapes: "U.O" looks like a web address */
	if (t->initial == 2 || ((f & W_MONTH) && day_before(nm->text, t->start)) ||
	    weekday_before_date(nm, t) ||
	    file_or_law_at(nm->text, nm->textlen, t->end) || suspended_compound(nm, i) ||
	    not_a_name_by_shape(nm, t) || ((f & W_PLACE) && named && branch_place_at(nm, i)))
		return ST_NO;
	/* "läraren K säger", "Morbror C kom", "E pratar ofta": a capital
	 * letter standing for a person, after a role or before what a person
	 * does (not the English I, nor the Swedish i, nor the letter of a
	 * brand: Circle K har) */
	if (t->initial == 1 && !(f & (W_PREP | W_PLACEPREP)) &&
	    ((cue_before(nm, i) & W_TITLE) || role_before_initial(nm, i) ||
	     (!(f & W_STOP) && (i == 0 || t->sent_start || !nm->tok[i - 1].cap) && /* Circle K */
	      !(t->end < nm->textlen && nm->text[t->end] == '.') && /* V. hade: a short form */
	      i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && pverb_at(nm, i + 1))))
		return ST_NAME;
	if ((t->allcaps && (initials_in_capitals(nm, i) || initials_sign_text(nm, i) ||
			    initials_after_role(nm, i))) ||
	    (i > 0 && ((nm->tok[i - 1].flags | (i > 1 ? nm->tok[i - 2].flags : 0)) & W_CAPTION) &&
	     in_credit_name(nm, i)))
		return ST_NAME;
	/* "K-J Zelmabo": initials joined by a hyphen before a capitalised
	 * word no list or dictionary has are a name with it */
	if (initials_shape(t) && t->klen == 3 && unlisted_surname_follows(nm, i) &&
	    !determiner_before(nm, i))
		return ST_NAME;
	if (t->initial == 1 || initials_shape(t))
		return ST_MAYBE_WEAK; /* Karin T Lund, P-O Lindh: beside a name only */
	/* "PG Forslund", "KG Svensson": two initials written together before
	 * a surname; an acronym a list has (KD, SL, AB) is no name */
	if (t->allcaps && t->klen == 2 && f == 0 && t->script == SC_LATIN &&
	    (surname_follows(nm, i) || shaped_surname_follows(nm, i)))
		return ST_MAYBE_WEAK; /* PO Henricsson: a surname by its ending */
	/* "AVIN ÇELIK HAR HOTAT MIG": in a shouted text an unknown word may
	 * still be a name beside one; "al-masri" is a surname's shape */
	if (!t->cap && !named && f == 0 && t->script == SC_LATIN &&
	    ((t->allcaps && t->klen > 2) || prefixed_surname(t))) {
		if (is_dict_word(nm, i) || org_name_before(nm, i))
			return ST_NO; /* "HSB BRF RINGSTEDT" */
		/* HAN SKREV "RING ATILGAN": a cue takes it as in lower case */
		return cue_before(nm, i) & (W_TITLE | W_CALL | W_GREET | W_OBJVERB) ? ST_NAME
										: ST_MAYBE;
	}
	/* most words: lower case, no name, no cue before them */
	if (plain_lower(nm, i))
		return judge_plain_lower(nm, i);
	if (t->cap && !t->allcaps && !(f & (W_FIRST | W_STOPNAME)) && owned_thing_at(nm, i))
		return ST_NO;
	/* a relative's word is a role (title); its genitive ends in s */
	if (t->cap && t->klen >= 4 && ((f & W_TITLE) || t->k[t->klen - 1] == 's') &&
	    kin_capitalised(t))
		return ST_NO;
	if ((f & (W_TITLE | W_FIRST)) == (W_TITLE | W_FIRST) && t->cap && role_as_predicate(nm, i))
		return ST_NO;
	if (t->after_taken && town_after_taken(nm, t))
		return ST_NO;
	if ((f & (W_FIRST | W_LAST | W_PLACE)) == W_LAST && surname_among_places(nm, i)) {
		nm->tok[i].flags |= W_PLACE;
		return ST_NO;
	}
	if (t->script == SC_MIXED)
		return ST_NAME; /* look-alike letters of two scripts */
	if (t->start > 0 && nm->text[t->start - 1] == '/' && slash_signature_at(nm, i))
		return ST_NAME;
	cue = cue_before(nm, i);
	/* "Björn: Faktiskt kul ...⏎Kalle: ja": a given name labelling its
	 * line in a dialogue is a speaker, though a word too */
	if ((f & W_FIRST) && t->cap && !t->allcaps && !(f & (W_KEEP | W_PLACE | W_STOP)) &&
	    dialogue_speaker_at(nm, i))
		return ST_NAME;
	/* "Linneas mamma", "ibbes storebror": a person's relative; "Hans
	 * dotter" starting a sentence is his */
	if ((t->genitive || (t->cap && t->klen > 2 && sxz_byte(t->k[t->klen - 1]))) &&
	    named && !(f & W_STOP) && (neighbour_has(nm, i, +1, W_TITLE) || kin_genitive_after(nm, i)) &&
	    !(t->sent_start && KEY_IS_ONE_OF(t, his)) &&
	    !passive_verb_after_subject(nm, i)) /* "Sedan valdes rektorn" */
		return ST_NAME; /* Max bror, Klas mamma: no -s of their own */
	/* "Oskis pappa", "Nillans mamma": a word no list or dictionary has;
	 * before a relative or a friend a word only read as a compound too
	 * (Zelmbäcks kompis), not a word the dictionary has whole; before a
	 * relative's genitive inside a sentence any capitalised genitive
	 * (Tinnes systers blogg: no thing has a sister's) */
	if (t->cap && !t->allcaps && genitive_stem(t->k, t->klen) && t->script == SC_LATIN &&
	    !f && (neighbour_has(nm, i, +1, W_TITLE) || kin_genitive_after(nm, i)) &&
	    !org_word(nm, t) &&
	    ((!is_dict_word(nm, i) && !place_compound(nm, t)) || compound_owner_of_friend(nm, i) ||
	     (!t->sent_start && kin_genitive_after(nm, i))))
		return ST_NAME;
	if (t->script == SC_OTHER)
		return judge_script(nm, i, cue);
	/* "Ring Brf-ordförande Anna Berg": after the cue comes a role */
	if (cue && !named && role_word(nm, t))
		return ST_NO;
	if (cue & W_CALL) {
		/* "”Daggan” som hon kallas verkar": the name came before the
		 * relative clause that ends with the naming verb */
		if (!t->cap && i >= 3 && (nm->tok[i - 2].flags & W_PRON) &&
		    KEY_IS(&nm->tok[i - 3], "som"))
			return ST_NO;
		if (it_is_named(nm, i) || term_is_named(nm, i))
			return ST_NO;
		/* "Täby kyrka hette Sven Åke Ekestorm": no thing is named by
		 * a first name and another name after it */
		if (((f & W_STOP) && !t->cap) ||
		    (!t->cap && possessive_before_title(nm, i) && !nm->tok[i + 1].cap) ||
		    (thing_named(nm, i) && !full_name_at(nm, i)) ||
		    defined_term_at(nm, i) ||
		    (!named && t->cap && !person_before_call(nm, i) &&
		     (org_shape(nm, t) || (f & W_KEEP) || org_shape_follows(nm, i))))
			return ST_NO; /* "skolan som heter Ekskolan", "namn är Svenska
				       * Zelmförbundet"; not "han heter Zelmgård" */
		/* "1970 kallades fritidsgårdar för", "Byn heter Ekeby": an
		 * ordinary word or a place, where no person comes before the
		 * verb ("min granne heter bullen", "jag heter Alaska") */
		if (!named &&
		    ((f & W_PLACE) ||
		     (is_dict_word(nm, i) && (!t->cap || (nm->tok[i - 1].flags & W_CALL)))) &&
		    !person_before_call(nm, i))
			return ST_NO; /* also a compound: "rummet som kallas rastzonen",
				       * capitalised right after the verb: "lokalen – kallad
				       * Flygeln" (not "kallar honom Moody") */
		/* "de som ibland kallas regionbibliotek": a compound noun in
		 * small letters names a kind of thing; "heter årets
		 * stipendiater": a word before a noun is its modifier */
		if (!named && !t->cap && (noun_compound(nm, t) || modifies_noun_after(nm, i)))
			return ST_NO;
		/* "Vad heter Disneyfiguren Zelmo": a capitalised compound noun
		 * right before a name is the role the name comes after */
		if (!named && t->cap && !t->allcaps && i + 1 < nm->ntok && nm->tok[i + 1].cap &&
		    nm->tok[i + 1].gap == GAP_SPACE && noun_compound(nm, t))
			return ST_NO;
		return ST_NAME;
	}
	if (!t->cap)
		return judge_lower(nm, i, cue);
	return judge_capital(nm, i, cue);
}

static bool is_name(const anon_names *nm, size_t j)
{
	return j < nm->ntok && nm->tok[j].state == ST_NAME;
}

/* "är klara med Johan": joined to a name only by "med" (with), which
 * joins a person to what is done as often as to another person. */
static bool joined_only_by_with(const anon_names *nm, size_t i)
{
	static const char *const with[] = { "med" };
	const token *t = nm->tok;

	if (t[i].gap == GAP_COMMA || t[i].amp ||
	    (i + 1 < nm->ntok && (t[i + 1].gap == GAP_COMMA || t[i + 1].amp)))
		return false;
	return (i >= 1 && KEY_IS_ONE_OF(&t[i - 1], with)) ||
	       (i + 1 < nm->ntok && KEY_IS_ONE_OF(&t[i + 1], with));
}

/* "kassör valdes, Ulrika Eriksson", "omvaldes", "utsågs": a verb's passive
 * in small letters (an ordinary word that ends in -des, -tes or -gs) is
 * what was done to the person, not a name joined to hers (Valdés). */
static bool passive_verb(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	const char *e = t->k + t->klen;

	return t->klen >= 5 && !t->cap &&
	       (memcmp(e - 3, "des", 3) == 0 || memcmp(e - 3, "tes", 3) == 0 ||
		memcmp(e - 2, "gs", 2) == 0) &&
	       is_dict_word(nm, i);
}

/* "har slutat rida och Emil", "ska vila, Ali": an ordinary word in
 * -a after a verb that takes an infinitive is the infinitive, not a
 * name joined to one (Rida, Vila). */
static bool infinitive_after_verb(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return i > 0 && t->gap == GAP_SPACE && !t->cap && t->klen >= 3 &&
	       t->k[t->klen - 1] == 'a' && is_dict_word(nm, i) && takes_infinitive(&nm->tok[i - 1]);
}

/* "tussan, vila i frid": an ordinary word after a comma, before a
 * preposition, opens a clause; it is not the next of a list of names. */
static bool clause_after_comma(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (t->gap != GAP_COMMA || !n)
		return false;
	if ((t->flags & W_COMMON) && n->gap == GAP_SPACE && !n->cap &&
	    (n->flags & (W_PREP | W_PLACEPREP | W_PERSONPREP)) && !(n->flags & W_CONJ))
		return true;
	/* "med hjälp av Ulf Zelmsson, firat 100-års jubileet": an ordinary
	 * word after the comma goes on into a clause, where a name of a list
	 * is followed by a comma, och or what the person does */
	if (t->amp || !is_dict_word(nm, i))
		return false; /* "Lisa & sanna också": joined by & */
	if (t->end + 1 < nm->textlen && nm->text[t->end] == ' ' && nm->text[t->end + 1] >= '0' &&
	    nm->text[t->end + 1] <= '9')
		return true;
	return n->gap == GAP_SPACE && !n->cap && !(n->flags & (W_CONJ | W_FIRST | W_LAST)) &&
	       !pverb_at(nm, i + 1);
}

/* Does a word in small letters follow word I, one that is no function
 * word (nor has a flag of MORE), as what I owns (hans fru, lindas mamma)? */
static bool owned_word_after(const anon_names *nm, size_t i, unsigned more)
{
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap &&
	       !(n->flags & (W_STOP | W_PREP | W_CONJ | W_PVERB | W_AFTERVERB | more));
}

/* "av Lövbergarna och dans kring": an ordinary word read as a name only
 * by its genitive (Dan + s), with nothing after it that it could own, is
 * the word; "ali och lindas mamma" is hers. */
static bool word_not_owner(anon_names *nm, size_t i)
{
	return nm->tok[i].genitive && is_dict_word(nm, i) &&
	       !owned_word_after(nm, i, W_PLACEPREP | W_PRON);
}

/* "Är du, Lennart, nöjd med", "Johan Stenmark, bas och", "ett ovanligt
 * liv, Hans Lundén visar": an ordinary word that is a name too, in small
 * letters next to a name a capital starts, with only a comma between, is
 * what the writer says of the person or another clause's; one who writes
 * names in small letters (anna, sten och kalle) writes the list. */
static bool word_beside_capitalised_name(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	bool before = i > 0 && t[i].gap == GAP_COMMA && !t[i].amp && t[i - 1].cap &&
		      !t[i - 1].allcaps && is_name(nm, i - 1);
	bool after = i + 1 < nm->ntok && t[i + 1].gap == GAP_COMMA && !t[i + 1].amp &&
		     t[i + 1].cap && !t[i + 1].allcaps && is_name(nm, i + 1);

	return (t[i].flags & W_COMMON) && (before || after) && is_dict_word(nm, i);
}

/* "säger Ola Zelmsson, koregraf.": a word in small letters that no list
 * has as a name, after a comma that follows a full name a capital starts,
 * is what the writer says of the person (a role misspelt); lists of names
 * in small letters are written so throughout. */
static bool unknown_word_after_full_name(anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 2 && !(t[i].flags & (W_FIRST | W_LAST)) && t[i].gap == GAP_COMMA && !t[i].amp &&
	       t[i - 1].gap == GAP_SPACE && t[i - 1].cap && t[i - 2].cap && !t[i - 1].allcaps &&
	       is_name(nm, i - 1) && is_name(nm, i - 2);
}

/* Joined to a name by "och", "eller", "o", a comma or '&'. */
static bool joined_to_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	if (i >= 1 && (t[i].gap == GAP_COMMA || t[i].amp) && is_name(nm, i - 1))
		return true;
	if (i + 1 < nm->ntok && (t[i + 1].gap == GAP_COMMA || t[i + 1].amp) &&
	    is_name(nm, i + 1))
		return true;
	if (i >= 2 && (t[i - 1].flags & W_CONJ) && t[i].gap == GAP_SPACE &&
	    t[i - 1].gap == GAP_SPACE && is_name(nm, i - 2))
		return true;
	return i + 2 < nm->ntok && (t[i + 1].flags & W_CONJ) &&
	       t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE &&
	       is_name(nm, i + 2);
}

/* A number or a colon after the word: it is a label (Telefon 0123...,
 * Mobil: 070...), not a surname. */
static bool label_follows(const char *s, size_t n, size_t end)
{
	while (end < n && s[end] == ' ')
		end++;
	return end < n && ((s[end] >= '0' && s[end] <= '9') || s[end] == ':' || s[end] == '+');
}

/* "Jessica Zelm:⏎– Det främsta är", "Anna Zelm: – Vi": a colon that
 * ends its line, or opens a quoted reply after a dash, follows a
 * speaker's name, not a label (Tele: 0701). */
static bool speaker_colon(const char *s, size_t n, size_t end)
{
	while (end < n && s[end] == ' ')
		end++;
	if (end >= n || s[end] != ':')
		return false;
	for (end++; end < n && (s[end] == ' ' || s[end] == '\r'); end++)
		;
	return end >= n || s[end] == '\n' || s[end] == '-' ||
	       (end + 2 < n && memcmp(s + end, "\xe2\x80\x93", 3) == 0); /* – */
}

/* "Kevin Rött kort: Anton": word I opens a label of two words, the second
 * in small letters, before a colon and a value that starts with a capital
 * or a digit; not where the second may be a verb of saying (Anna Ek
 * skriver: Hej, Anna Sjö hälsade: Hej). */
static bool two_word_label_at(const anon_names *nm, size_t i)
{
	static const char *const verb_ends[] = { "ar", "er", "ade", "de", "te" };
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	const char *s = nm->text;
	size_t end;

	if (!n || n->gap != GAP_SPACE || n->cap || n->klen < 3 ||
	    (n->flags & (W_PVERB | W_OBJVERB | W_CALL)) ||
	    ending_of(n->k, n->klen, verb_ends, sizeof verb_ends / sizeof *verb_ends, 2))
		return false;
	end = n->end;
	if (end >= nm->textlen || s[end] != ':')
		return false;
	for (end++; end < nm->textlen && s[end] == ' '; end++)
		;
	return end < nm->textlen &&
	       ((s[end] >= 'A' && s[end] <= 'Z') || (s[end] >= '0' && s[end] <= '9') ||
		(unsigned char)s[end] == 0xC3); /* Å, Ä, Ö (or å, ä, ö: rare after a label) */
}

/* Is the ordinary word I the label of what follows (Per Alm Telefon 0123,
 * Rum: 12)?  Before a number only a word that labels one is (not Ingrid
 * Tjäder 2019-06-28, Anna Sjö 12 år). */
static bool label_word_at(const anon_names *nm, size_t i)
{
	static const char *const labels[] = {
		"telefon", "tel", "tfn", "tlf", "tele", "mobil", "mob", "mobiltelefon", "fax",
		"telefax", "växel", "direkt", "direktnummer", "hem", "hemtelefon", "arbete",
		"arb", "kontor", "rum", "nr", "nummer", "sms", "phone", "mobile", "tfnr",
		"telnr", "mobilnr", "org", "orgnr", "box", "tfn.nr",
	};
	const token *t = &nm->tok[i];
	size_t end = t->end;

	if (two_word_label_at(nm, i))
		return true;
	if (!label_follows(nm->text, nm->textlen, end))
		return false;
	while (end < nm->textlen && nm->text[end] == ' ')
		end++;
	return nm->text[end] == ':' || nm->text[end] == '+' || KEY_IS_ONE_OF(t, labels);
}

/* Joined to a name by a word (och, o, eller), not by a comma. */
static bool joined_by_word(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return (i >= 2 && (t[i - 1].flags & W_CONJ) && t[i - 1].gap == GAP_SPACE &&
		is_name(nm, i - 2)) ||
	       (i + 2 < nm->ntok && (t[i + 1].flags & W_CONJ) &&
		t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE && is_name(nm, i + 2));
}

/* "är född", "var uppväxt": at J, what only a person is (not gift,
 * poison too, nor anställd, which a role is too). */
static bool person_state_at(const anon_names *nm, size_t j)
{
	static const char *const state[] = { "född", "uppväxt", "uppvuxen", "bosatt",
					     "pensionerad", "inflyttad", "barnfödd", "sjukskriven" };
	const token *t = nm->tok;

	/* asked of every verb: är and var are three bytes */
	return j + 1 < nm->ntok && t[j].klen == 3 && (KEY_IS(&t[j], "\xc3\xa4r") || KEY_IS(&t[j], "var")) &&
	       t[j + 1].gap == GAP_SPACE && !t[j + 1].cap && KEY_IS_ONE_OF(&t[j + 1], state);
}

/* "är stylist", "blev ordförande": a role or a trade in the indefinite,
 * without an article, after a copula at J, as a person's is told (not
 * trist: a word in -ist, -ör or -log of six bytes at least). */
static bool copula_role_at(const anon_names *nm, size_t j)
{
	static const char *const copula[] = { "\xc3\xa4r", "var", "blir", "blev" };
	static const char *const trades[] = { "ist", "\xc3\xb6r", "log", "erska", "\xc3\xb6rska" };
	const token *t = nm->tok, *r;

	/* asked of every verb: the length and the first byte first */
	if (j + 1 >= nm->ntok || t[j].klen < 3 || t[j].klen > 4 || !strchr("\xc3vb", t[j].k[0]) ||
	    !KEY_IS_ONE_OF(&t[j], copula))
		return false;
	r = &t[j + 1];
	return r->gap == GAP_SPACE && !r->cap && !(r->flags & (W_FIRST | W_LAST | W_STOP)) &&
	       ((r->flags & W_TITLE) || role_word(nm, r) ||
		(r->klen >= 6 && ending_of(r->k, r->klen, trades, sizeof trades / sizeof *trades, 3)));
}

/* A verb of what a person does at J, of one word or two (har sett). */
static bool pverb_at(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	if (j >= nm->ntok)
		return false;
	static const char *const have[] = { "har", "hade" };
	static const char *const modal[] = { "kan", "kunde", "ska", "skulle", "får", "måste" };
	static const char *const adverb[] = { "också", "även", "inte", "redan", "aldrig",
					      "själv", "ju", "nog", "alltid" };
	static const char *const tell[] = { "bekräfta", "berätta", "intyga", "vittna", "svara",
					    "förklara", "hjälpa" };
	static const char *const been[] = { "varit", "blivit", "haft", "fått" };
	size_t v = j + 1;
	bool aux = false; /* har or hade, not a modal */

	if (t[j].flags & W_PVERB)
		return true;
	if (person_state_at(nm, j) || copula_role_at(nm, j))
		return true;
	/* "har börjat", "hade också tagit": an auxiliary and a supine; "kan
	 * bekräfta": a modal and telling or helping (the length and the first
	 * letter first: most words are none of them) */
	if (t[j].klen <= 6 && strchr("hksfm", t[j].k[0]) &&
	    ((aux = KEY_IS_ONE_OF(&t[j], have)) || KEY_IS_ONE_OF(&t[j], modal))) {
		/* "ba har aldrig varit med": being says nothing of a person */
		if (v + 1 < nm->ntok && t[v].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[v], adverb) &&
		    !KEY_IS_ONE_OF(&t[v + 1], been))
			v++;
		if (v < nm->ntok && t[v].gap == GAP_SPACE && !t[v].cap &&
		    (aux ? t[v].klen >= 4 && t[v].k[t[v].klen - 1] == 't' : KEY_IS_ONE_OF(&t[v], tell)))
			return true;
	}
	return t[j].phrase && j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE &&
	       (pair_flags(nm, j) & W_PVERB);
}

/* Only digits, brackets, dashes and spaces between A and B: the same
 * clause ("OKQ8 har", "(på Statoil) har", "7-Eleven har"). */
static bool only_digits_between(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (!strchr(" 0123456789()-", s[i]) || s[i] == '\0')
			return false;
	return true;
}

/* After the preposition J: "i kassan (på OKQ8) har sett", "i kassan på
 * Circle K tog", a place of work, then the verb. */
static bool workplace_then_verb(const anon_names *nm, const char *s, size_t j)
{
	const token *t = nm->tok;

	for (size_t v = j + 2; v < nm->ntok && v < j + 6 &&
	     (t[v].gap != GAP_OTHER || only_digits_between(s, t[v - 1].end, t[v].start)); v++)
		if (pverb_at(nm, v))
			return true;
	return false;
}

/* What a person does starts at word J, or after where the person works
 * ("Karl Lund från KOF tar emot", "Maja Linas i Zelmnäs hörde"). */
static bool does_after(const anon_names *nm, size_t j)
{
	return pverb_at(nm, j) ||
	       ((nm->tok[j].flags & W_PERSONPREP) && !nm->tok[j].cap &&
		workplace_then_verb(nm, nm->text, j));
}

/* "Sen går han hem": a personal pronoun that is only ever a subject,
 * right after the verb at J, is its subject; the word before the verb is
 * then an adverb or an object put first, as Swedish puts the verb second
 * (not den, det: "Liv berättade det" is Liv's doing). */
static bool subject_after_verb(const anon_names *nm, size_t j)
{
	static const char *const subjects[] = { "jag", "du", "han", "hon", "vi", "ni", "de",
						"dom", "man" };
	/* "Sten sa han skulle komma": a clause without "att" after saying */
	static const char *const saying[] = { "sa", "sade", "säger", "tycker", "tyckte", "tror",
					      "trodde", "menar", "vet", "visste", "skrev",
					      "skriver", "hoppas", "tänkte", "lovade" };

	/* "Nyponbröd vet jag inte": an adverb after the pronoun keeps the
	 * main clause; no clause starts there */
	static const char *const adverbs[] = { "inte", "aldrig", "ju", "nog", "också", "väl",
					       "alltid", "redan", "bara", "faktiskt" };

	return j + 1 < nm->ntok && nm->tok[j + 1].gap == GAP_SPACE && !nm->tok[j + 1].cap &&
	       KEY_IS_ONE_OF(&nm->tok[j + 1], subjects) &&
	       (!KEY_IS_ONE_OF(&nm->tok[j], saying) ||
		(j + 2 < nm->ntok && nm->tok[j + 2].gap == GAP_SPACE &&
		 KEY_IS_ONE_OF(&nm->tok[j + 2], adverbs)));
}

/* "fyllde 90", "fyller 50 år": word J says whose birthday it is. */
static bool birthday_at(const anon_names *nm, const char *s, size_t n, size_t j)
{
	static const char *const turns[] = { "fyller", "fyllde", "fyllt", "fyllda" };
	size_t k = nm->tok[j].end;

	if (nm->tok[j].cap || !KEY_IS_ONE_OF(&nm->tok[j], turns))
		return false;
	while (k < n && s[k] == ' ')
		k++;
	return k < n && s[k] >= '1' && s[k] <= '9';
}

/* What a person does follows: "Sten kör moped", "Ros i kassan har sett
 * allt", "Klara i 8a", "Sten från Östby". */
static bool person_frame(const anon_names *nm, const char *s, size_t n, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1, k;

	if (j >= nm->ntok || t[j].gap != GAP_SPACE)
		return false;
	if (birthday_at(nm, s, n, j))
		return true;
	if (pverb_at(nm, j)) /* not a listed given name, that may be the object put first */
		return !((!(t[i].flags & W_FIRST) || (t[i].flags & W_COMMON)) &&
			 subject_after_verb(nm, j));
	/* "Lo Säll kör moped": a surname, then the verb; "Karl Lund från
	 * KOF tar emot": where the person works between them */
	if ((((t[j].cap || t[j].allcaps) && !(t[j].flags & W_KEEP)) ||
	     ((t[j].flags & (W_LAST | W_COMMON)) && !(t[j].flags & NOT_SURNAME))) &&
	    j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && does_after(nm, j + 1))
		return true;
	if (!(t[j].flags & W_PERSONPREP))
		return false;
	if (class_follows(nm, s, n, i))
		return true;
	k = t[j].end;
	while (k < n && s[k] == ' ')
		k++;
	if (j + 1 < nm->ntok && t[j + 1].start == k &&
	    (t[j + 1].cap || (t[j + 1].flags & W_PLACE)))
		return true;
	return workplace_then_verb(nm, s, j);
}


/* "Underbart, Sanna!", "Vet du, Vilda?": a given name capitalised between
 * a comma and the sentence's end, or opening a sentence before a comma
 * and du or ni ("Kalle, du skriver"), the one spoken to (one that is a
 * place too is left to the rules of places). */
static bool addressed_at(const anon_names *nm, size_t i)
{
	static const char *const you[] = { "du", "ni" };
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!t->cap || t->allcaps || !(t->flags & W_FIRST) || (t->flags & W_PLACE))
		return false;
	if (t->sent_start)
		return n && n->gap == GAP_COMMA && !n->cap && KEY_IS_ONE_OF(n, you);
	return t->gap == GAP_COMMA && t->end < nm->textlen &&
	       (nm->text[t->end] == '!' || nm->text[t->end] == '?');
}

/* "amir och olle slog mig", "jag och olle såg": two given names in small
 * letters that are words too, or one and a pronoun, joined at a
 * sentence's start before what a person does; word I is one of them. */
static bool pair_opens_frame(const anon_names *nm, const char *s, size_t n, size_t i)
{
	const token *t = nm->tok;
	size_t a = i >= 2 && (t[i - 1].flags & W_CONJ) ? i - 2 : i, b = a + 2;

	return b < nm->ntok && (t[a + 1].flags & W_CONJ) && !t[a + 1].cap &&
	       t[a + 1].gap == GAP_SPACE && t[b].gap == GAP_SPACE &&
	       (t[a].flags & (W_FIRST | W_PRON)) && (t[b].flags & (W_FIRST | W_PRON)) &&
	       !t[a].cap && !t[b].cap && at_sentence_start(s, t[a].start) &&
	       person_frame(nm, s, n, b);
}

/* A word of another script that may be a surname after a name: one the
 * gazetteer has, or an Arabic one with the article (al-). */
static bool surname_shape(const token *t)
{
	return (t->flags & W_LAST) ||
	       (t->klen > 4 && memcmp(t->k, "\xD8\xA7\xD9\x84", 4) == 0);
}

/* An initial belongs to the name beside it (Karin T Lund, E. Berg,
 * Maria F.) or before a capitalised surname. */
static bool initial_settles(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	bool next = i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE;
	/* not after a full name: "Ida Burlin X" marks her present */
	bool after_name = i > 0 && t[i].gap == GAP_SPACE && is_name(nm, i - 1) &&
			  !(i >= 2 && !t[i - 1].initial && !t[i - 2].initial &&
			    t[i - 1].gap == GAP_SPACE && is_name(nm, i - 2));

	/* "S Helena Johansson", "V Kjell Andersson": a party's letter (S, M,
	 * C, L, V) before a first name, not an initial (those stand before a
	 * surname or between the names: E. Berg, Karin T Lund, Klara G) */
	if (!after_name && next && t[i + 1].cap && (t[i + 1].flags & W_FIRST) &&
	    !(t[i + 1].flags & W_LAST) && strchr("SMCLV", nm->text[t[i].start]) &&
	    !(i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap && (t[i - 1].flags & W_FIRST)) &&
	    t[i].end < nm->textlen && nm->text[t[i].end] != '.')
		return false;
	if (after_name ||
	    (i + 1 < nm->ntok && (next || second_of_initial_pair(nm, i + 1)) && is_name(nm, i + 1)))
		return true; /* "(O.B) sa": the pair's first */
	/* "av B. Setterlind": with its full stop, before a capitalised word no
	 * list or dictionary has (not a letter of an index: B Bergsåker) */
	return next && (t[i + 1].cap || t[i + 1].allcaps) &&
	       ((t[i + 1].flags & W_LAST) ||
		(nm->text[t[i].end] == '.' && unlisted_surname_follows(nm, i)));
}

/* "rolf o hans kompisar", "Carl From och hans IBK": a lower-case word
 * that is also a name, before a lower-case word for a person (kompisar,
 * mamma) or a capitalised word no list has as a name, is the possessive or
 * the genitive that goes with it, not a name; hans before any word that
 * is not what a person does. */
static bool possessive_before_title(const anon_names *nm, size_t i)
{
	static const char *const his[] = { "hans" };
	const token *t = nm->tok;

	if (t[i].cap || !(t[i].flags & W_COMMON) || i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE)
		return false;
	/* "Zelmer Zelm och hans Sofia": his before a given name that is no
	 * surname (hans Berg may be Hans Berg) */
	if (t[i + 1].cap)
		return (!(t[i + 1].flags & (W_FIRST | W_LAST)) && t[i + 1].state != ST_NAME) ||
		       (KEY_IS_ONE_OF(&t[i], his) && (t[i + 1].flags & W_FIRST) &&
			!(t[i + 1].flags & W_LAST));
	/* "Daniel och hans familj": his, before any noun */
	if (KEY_IS_ONE_OF(&t[i], his))
		return !(t[i + 1].flags & (W_STOP | W_PREP | W_CONJ | W_AFTERVERB)) &&
		       !pverb_at(nm, i + 1);
	return t[i + 1].flags & W_TITLE;
}

/* "Polis har startat en utredning": an ordinary word that is a surname
 * only (no first name) says nothing by starting a sentence before a verb. */
static bool common_surname_only(const token *t)
{
	return (t->flags & W_COMMON) && !(t->flags & W_FIRST);
}

/* "Ström kan bekräfta det", "Strand sa att", "Berg bor uppe": a verb of
 * saying, witnessing, living or working, or a modal before one, after
 * word I: what a person does and no thing, place or headline's noun
 * (Polis hittade) does. */
static bool speaks_after(const anon_names *nm, size_t i)
{
	static const char *const say[] = { "sa", "sade", "säger", "berättade", "berättar",
					   "svarade", "ringde", "mejlade", "smsade", "ljög",
					   "vittnade", "intygade", "bekräftade", "skrek" };
	static const char *const living[] = { "bor", "bodde", "jobbar", "jobbade", "arbetar",
					      "arbetade", "pluggar", "pluggade" };
	const token *t = nm->tok;
	size_t j = i + 1;

	if (j + 1 < nm->ntok && t[j].klen <= 6 && strchr("hksfm", t[j].k[0]) && pverb_at(nm, j) &&
	    !(t[j].flags & W_PVERB))
		return true; /* kan bekräfta, har sett */
	if (j >= nm->ntok)
		return false;
	if (KEY_IS_ONE_OF(&t[j], say) || person_state_at(nm, j))
		return true; /* Strand sa, Berg är född */
	/* "Lund bor det många i": det right after living or working, which
	 * take no object, is the subject, the word before it a place */
	return KEY_IS_ONE_OF(&t[j], living) &&
	       !(j + 1 < nm->ntok && t[j + 1].klen == 3 && memcmp(t[j + 1].k, "det", 3) == 0);
}

/* An ordinary word after a name may be its surname: a short one ("Saga
 * Sjö", "Signe Ek"), or after a first name a longer one made of words
 * ("Tomas Törnros", "Oscar Järnhäll") that is no title, label, noun of a
 * long last part or organisation. */
static bool word_surname_fits(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (t->klen <= 6)
		return true;
	return t->klen <= 12 && t->cap && (nm->tok[i - 1].flags & W_FIRST) &&
	       !(t->flags & (W_TITLE | W_KEEP | W_PLACENOUN | W_PREP | W_STOP | W_PVERB)) &&
	       !noun_compound(nm, t) && !org_shape(nm, t);
}

/* "Inga Westlund (V)", "Hedman (KD)": a party's letters in brackets after
 * the word: a politician's name ends there. */
static bool party_follows(const anon_names *nm, size_t i)
{
	static const char *const parties[] = { "S", "M", "C", "L", "V", "KD", "MP", "SD" };
	const char *s = nm->text;
	size_t n = nm->textlen, e = nm->tok[i].end, close;

	while (e < n && s[e] == ' ')
		e++;
	if (e >= n || s[e] != '(')
		return false;
	for (close = e + 1; close < n && close - e <= 3 && s[close] != ')'; close++)
		;
	if (close >= n || s[close] != ')')
		return false;
	for (size_t p = 0; p < sizeof parties / sizeof parties[0]; p++)
		if (strlen(parties[p]) == close - e - 1 && memcmp(s + e + 1, parties[p], close - e - 1) == 0)
			return true;
	return false;
}

/* "Gustav VI Adolf": a king's number in Roman capitals between two
 * names is part of the name (VI is also "we"); "Karl XI:s väg" is a
 * street's name. */
static bool regnal_number_at(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (!t->allcaps || !roman_number(t) ||
	    !(i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].cap && !nm->tok[i - 1].allcaps &&
	      (nm->tok[i - 1].flags & W_FIRST)))
		return false;
	return i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && is_name(nm, i + 1);
}

/* "patriark Ignatius Zelmrem II, besökte": a number of two or more Roman
 * capitals up to XX after a full name, where the name ends, is part of
 * it; not VI ("we") or a size (XL), nor before :s (Karl XI:s väg) or a
 * capitalised word. */
static bool regnal_number_ends(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return t->allcaps && t->klen >= 2 && roman_number(t) && !memchr(t->k, 'l', t->klen) &&
	       !KEY_IS(t, "vi") && i >= 2 &&
	       t->gap == GAP_SPACE && nm->tok[i - 1].gap == GAP_SPACE && is_name(nm, i - 1) &&
	       is_name(nm, i - 2) && !nm->tok[i - 1].allcaps &&
	       (t->end >= nm->textlen || nm->text[t->end] != ':') &&
	       (!n || n->gap != GAP_SPACE || !n->cap);
}

/* "en julsång av Valborg Aulin", "utan Boy Westerhofs seger": after a
 * preposition or a conjunction, a capitalised ordinary word before a
 * surname no list has as anything else is the given name (a rare or
 * foreign one the lists lack), or after a verb whose object or subject
 * is a person (Vi träffar Nanny Zelmgöte).  So is one after a comma before a surname
 * only the lists have (nämnden, Sus Andersson), and one after a role
 * before a listed surname (Flyktingsamordnare Nian Ali).  Not a genitive
 * (Författarnas X; a word of three letters may end in s), a compound
 * with a hyphen (TV-kanalen X) or after an adverb (dock Phantasm X: a
 * horse). */
static bool word_before_surname(const anon_names *nm, size_t i)
{
	static const char *const before[] = { "av", "utan", "med", "till", "för", "hos", "från",
					      "enligt", "och", "eller", "samt", "mot", "vid" };
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL, *p;

	if (!n || i == 0 || !t->cap || t->allcaps || t->sent_start || t->klen < 3 ||
	    (t->k[t->klen - 1] == 's' && t->klen > 3) || memchr(t->k, '-', t->klen) ||
	    (t->flags & (W_TITLE | W_KEEP | W_STOP | W_PLACENOUN | W_PLACE | W_ORGCUE)) ||
	    n->gap != GAP_SPACE || n->state != ST_NAME || !n->cap || n->allcaps ||
	    (n->flags & ~(unsigned)(W_FIRST | W_LAST)))
		return false;
	p = &nm->tok[i - 1];
	if (t->gap == GAP_SPACE && !(n->flags & W_FIRST) && !p->cap &&
	    (KEY_IS_ONE_OF(p, before) || (p->flags & (W_STOP | W_PVERB | W_OBJVERB))))
		return true;
	if (!(n->flags & W_LAST) || dict_has(&nm->dict, n->k, n->klen))
		return false; /* the new cues want a listed surname */
	if (t->gap == GAP_COMMA)
		return !(n->flags & W_FIRST);
	return t->gap == GAP_SPACE && ((p->flags & W_TITLE) || role_word(nm, p)) && !p->allcaps;
}

/* "Årets talare 2020, Fotlime Hassan,": after a comma, a capitalised word
 * no list has that the dictionary reads only as a compound (fot + lime),
 * right before a surname found to be a name, is a given name the lists
 * lack. */
static bool compound_given_after_comma(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	size_t a = t->start;

	while (a > 0 && nm->text[a - 1] == ' ')
		a--;
	return n && a > 0 && nm->text[a - 1] == ',' && !t->flags && t->cap && !t->allcaps &&
	       t->script == SC_LATIN && n->gap == GAP_SPACE && n->state == ST_NAME && n->cap &&
	       !n->allcaps && (n->flags & W_LAST) &&
	       !(n->flags & (W_STOP | W_KEEP | W_PLACE | W_COMMON)) &&
	       !dict_has(&nm->dict, t->k, t->klen);
}

/* "öppnade", "startade": a verb in the past of the largest conjugation
 * (not its participle: uppdaterad). */
static bool past_tense_verb(const token *t)
{
	return t->klen >= 6 && memcmp(t->k + t->klen - 3, "ade", 3) == 0;
}

/* "Regina Silvander Sidan uppdaterad", "Peter Buchar Info och anmälan":
 * after a first name and a surname, an ordinary word that a word in small
 * letters follows is the page's label or the next sentence's first word,
 * not a third part of the name; but "Abdiwali Egal Shire, Kassör" and
 * "Maria Nilsson Träff kom" are whole names. */
static bool full_name_before(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 2 && t[i - 1].gap == GAP_SPACE && is_name(nm, i - 2) &&
	       (t[i - 2].flags & W_FIRST) && !(t[i - 1].flags & W_FIRST) &&
	       ((i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && !t[i + 1].cap &&
		 !(t[i + 1].flags & W_PVERB)) ||
		line_ends_after(nm->text, nm->textlen, t[i].end)); /* "Pia Olsson Omval" */
}

/* publicerad, uppdaterad, ändrad: a date's label, no surname */
static bool past_participle(const token *t)
{
	return t->klen >= 6 && t->k[t->klen - 1] == 'd' && t->k[t->klen - 2] == 'a';
}

static bool alone_on_line(const anon_names *nm, size_t a, size_t b);

/* "Chefredaktör <newline> Eva Zelmkin Sträng": word R, a role alone on its
 * line, then a name alone on the next that ends with word E (a masthead's
 * or a board's list). */
static bool role_line_above(const anon_names *nm, size_t r, size_t e)
{
	const token *t = nm->tok;

	return t[r].cap && t[r + 1].gap == GAP_OTHER &&
	       ((t[r].flags & W_TITLE) || role_word(nm, &t[r])) && alone_on_line(nm, r, r) &&
	       alone_on_line(nm, r + 1, e);
}

/* "Olov Nilsson Sträng öppnade mötet", "Ulla Zelmman Sund är toxikolog",
 * "Handläggare: Hanna Andersson Ljus": a capitalised ordinary word after a
 * first name and a surname, before what a person does, or ending the line
 * after a role's or a credit's label and its colon, is the third part of
 * the name; not a firm's trade (a noun's compound or a firm's ending), nor
 * a date's label (Publicerad), nor what a board list says of the person
 * after a dash (Ordförande - Pia Olsson Omval). */
static bool third_word_of_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const unsigned not_name = W_TITLE | W_KEEP | W_STOP | W_PLACE | W_MONTH | W_ORGCUE;

	if (!(i >= 2 && t[i].cap && !t[i].allcaps && !(t[i].flags & not_name) &&
	      t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE && is_name(nm, i - 1) &&
	      is_name(nm, i - 2) && (t[i - 2].flags & W_FIRST) && !(t[i - 1].flags & W_FIRST)))
		return false;
	if (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && !t[i + 1].cap &&
	    (pverb_at(nm, i + 1) || past_tense_verb(&t[i + 1])))
		return true;
	return i >= 3 &&
	       (((t[i - 3].flags & (W_TITLE | W_CAPTION)) && t[i - 2].start == t[i - 3].end + 2 &&
		 nm->text[t[i - 3].end] == ':' &&
		 line_ends_after(nm->text, nm->textlen, t[i].end)) ||
		role_line_above(nm, i - 3, i)) && !t[i].flags &&
	       !past_participle(&t[i]) &&
	       !org_shape(nm, &t[i]) && !role_word(nm, &t[i]) && !noun_compound(nm, &t[i]) &&
	       !wordtab_get(&nm->orgsuffix, t[i].k, t[i].klen);
}

/* A capital letter at AT, inside the word T (after one of its hyphens). */
static bool capital_in_word(const anon_names *nm, const token *t, size_t at)
{
	return at < t->end && upper_at(nm->text + at, letter_len(nm->text, t->end, at));
}

/* "Karls-Nygård", "Eklund-Pelto": capitals on both sides of a hyphen. */
static bool double_barrelled(const anon_names *nm, const token *t)
{
	const char *dash = memchr(nm->text + t->start, '-', t->end - t->start);

	return t->cap && dash && capital_in_word(nm, t, (size_t)(dash + 1 - nm->text));
}

/* "av B. Setterlind", "Målat av L. Brattström": a capitalised word no
 * list has, an ordinary word's compound too, after an initial taken as a
 * name is its surname. */
static bool surname_after_initial(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (!(i > 0 && t->gap == GAP_SPACE && t->cap && !t->allcaps && !t->flags &&
	      t->script == SC_LATIN && nm->tok[i - 1].initial == 1 && is_name(nm, i - 1)))
		return false;
	/* "Karin H Furu": after a given name and an initial, a word too; not
	 * after its full stop, where a sentence may start (Foto: Lena K.
	 * Branden i bilen) */
	return !dict_has(&nm->dict, t->k, t->klen) ||
	       (i >= 2 && nm->tok[i - 1].end + 1 == t->start && nm->tok[i - 1].gap == GAP_SPACE &&
		nm->tok[i - 2].cap &&
		(nm->tok[i - 2].flags & W_FIRST) && is_name(nm, i - 2) && !label_word_at(nm, i) &&
		!role_word(nm, t));
}

/* "Åsa Vinge X": the X that marks a member present in minutes, the last
 * word on its line. */
static bool presence_mark(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];
	size_t e = t->end;

	while (e < nm->textlen && (nm->text[e] == ' ' || nm->text[e] == '\r'))
		e++;
	return t->klen == 1 && t->k[0] == 'x' && (e == nm->textlen || nm->text[e] == '\n');
}

/* "Björn Goop hittas", "Sten Ek kör": a given name starting a sentence
 * before a capitalised ordinary word no list has as a name or a place
 * begins a full name (a capital inside a sentence is a name's); not a
 * function word (En Lund växte där) nor before a third capitalised word. */
static bool first_name_opens_name(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	const unsigned not_surname = W_FIRST | W_COMMON | W_PLACE | W_KEEP | W_TITLE | W_STOP;

	if (!t->sent_start || !(t->flags & W_FIRST) || (t->flags & (W_STOP | W_STOPNAME)) ||
	    t->allcaps || !n || n->gap != GAP_SPACE || !n->cap || n->allcaps || !n->dictweak ||
	    (n->flags & not_surname) || noun_compound(nm, n) || org_shape(nm, n))
		return false; /* "Ludvika Filmstudio startades": the place's studio */
	return i + 2 >= nm->ntok || nm->tok[i + 2].gap != GAP_SPACE || !nm->tok[i + 2].cap ||
	       presence_mark(nm, i + 2);
}

/* "Rita Södergård, ordförande": a first name, a capitalised word and a
 * role after a comma name a person, even where a sentence starts. */
static bool role_after_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return (t[i].flags & W_FIRST) && t[i].cap && !t[i].allcaps && i + 2 < nm->ntok &&
	       t[i + 1].gap == GAP_SPACE && t[i + 1].cap && !t[i + 1].allcaps &&
	       t[i + 2].gap == GAP_COMMA && !t[i + 2].cap &&
	       ((t[i + 2].flags & W_TITLE) || role_word(nm, &t[i + 2]));
}

static bool signed_above_role(const anon_names *nm, size_t i);

/* "hans fru", "hennes kompisar": word I is his or hers before what it
 * owns, a word in small letters that is no function word. */
static bool possessive_his_at(const anon_names *nm, size_t i)
{
	static const char *const his[] = { "hans", "hennes" };

	return KEY_IS_ONE_OF(&nm->tok[i], his) && !nm->tok[i].cap && owned_word_after(nm, i, 0);
}

/* "kalle o hans kompisar", "martin och hennes mamma": a given name in
 * small letters joined to a possessive and the noun it owns is the one
 * whose they are. */
static bool joined_to_his(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i + 3 < nm->ntok && (t[i + 1].flags & W_CONJ) && t[i + 1].gap == GAP_SPACE &&
	       t[i + 2].gap == GAP_SPACE && possessive_his_at(nm, i + 2);
}

/* "Ros på fritids ställer upp", "Sten på bygget kastade": a name that
 * is a word too, capitalised before where a person works (also "i": Ros
 * i kassan). */
static bool works_at_after(const anon_names *nm, size_t i)
{
	static const char *const in[] = { "i" };
	const token *t = nm->tok;

	/* a place named like a person only at work: "Mark på kontoret" */
	return t[i].cap && !t[i].allcaps && (t[i].flags & (W_FIRST | W_LAST)) &&
	       !(t[i].flags & (W_KEEP | W_STOP | W_TITLE)) && i + 2 < nm->ntok &&
	       t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE &&
	       (!(t[i].flags & W_PLACE) || ((t[i].flags & W_FIRST) && workplace_prep(&t[i + 1]))) &&
	       (workplace_prep(&t[i + 1]) || KEY_IS_ONE_OF(&t[i + 1], in)) &&
	       wordtab_get(&nm->workplaces, t[i + 2].k, t[i + 2].klen);
}

/* "KARLSSON I 9C MOBBAR", "att lindström gick hem", "att zelmsson slog
 * honom": a surname no dictionary has, listed or with an ending only
 * surnames have, in small letters or shouted, before what a person does. */
static bool lower_surname_acts(anon_names *nm, const char *s, size_t n, size_t i)
{
	const token *t = &nm->tok[i];

	return !t->cap && !is_dict_word(nm, i) &&
	       (((t->flags & W_LAST) && !(t->flags & NOT_SURNAME)) || surname_ending(nm, t)) &&
	       person_frame(nm, s, n, i);
}

/* "begravning för H-G som", "Största till P-A.": initials joined by a
 * hyphen, alone among words in small letters, stand for a double given
 * name (Hans-Gunnar); not a range of an index or of grades (A-Ö, A-Z, A-F). */
static bool lone_hyphen_initials(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	if (t[i].k[0] == 'a' && !(t[i].k[2] >= 'g' && t[i].k[2] <= 'y'))
		return false;
	return (i == 0 || t[i].sent_start || !t[i - 1].cap) && !(t[i].flags & W_KEEP) &&
	       (i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE || !t[i + 1].cap);
}

/* "Tack J-O!", "jag och B-M", "L-G ringde": initials joined by a hyphen
 * (the caller asked their shape), alone, where a person stands; a range
 * of letters (betyg A-F) stands in none of these places. */
static bool initials_stand_for_person(const anon_names *nm, const char *s, size_t n, size_t i)
{
	return greeting_before(nm, i) || pron_joined(nm, i) || addressed_at(nm, i) ||
	       person_frame(nm, s, n, i) || joined_to_name(nm, i) || lone_hyphen_initials(nm, i);
}

/* "Hans, vår ordförande, hälsade", "Bo, kassör, har": a given name that
 * is a word too, then a role (perhaps after a possessive) set between
 * commas, is the person the role is of. */
static bool given_name_in_apposition(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1;

	if (!t[i].cap || t[i].allcaps || !(t[i].flags & W_FIRST) || (t[i].flags & W_PLACE) ||
	    j + 1 >= nm->ntok || t[j].gap != GAP_COMMA || t[j].cap)
		return false;
	if ((t[j].flags & W_POSS) && t[j + 1].gap == GAP_SPACE && !t[j + 1].cap)
		j++;
	return ((t[j].flags & W_TITLE) || role_word(nm, &t[j])) && j + 1 < nm->ntok &&
	       t[j + 1].gap == GAP_COMMA;
}

static bool settled_as_name(anon_names *nm, const char *s, size_t n,
			    size_t i)
{
	const token *t = &nm->tok[i];
	bool prev = i > 0 && t->gap == GAP_SPACE && is_name(nm, i - 1);
	bool next = i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE &&
		    is_name(nm, i + 1);

	if (t->initial || initials_shape(t))
		return (t->initial != 2 && initial_settles(nm, i)) ||
		       (initials_shape(t) && initials_stand_for_person(nm, s, n, i));
	if ((regnal_number_at(nm, i) && is_name(nm, i - 1)) || works_at_after(nm, i))
		return true;
	/* "Westlund (V)"; not "Oppositionsråd (S)", "Vakant (M)" */
	if (t->cap && !t->allcaps && party_follows(nm, i) && !role_word(nm, t) &&
	    ((t->flags & (W_FIRST | W_LAST)) || !is_dict_word(nm, i)))
		return true;
	if (t->state == ST_MAYBE_LOWER && lower_surname_acts(nm, s, n, i))
		return true;
	if (t->state == ST_MAYBE_LOWER)
		/* "ali elr jonte", "ebba björk": joined to a name, or a
		 * surname after a first name; never an ordinary word joined,
		 * nor one after an article (en karta och Anna) */
		return (joined_to_name(nm, i) &&
			((t->flags & (W_FIRST | W_LAST)) || !is_dict_word(nm, i)) &&
			!predicate_of_pronoun(nm, i) &&
			!lower_compound(nm, t) &&
			!noun_phrase_before(nm, i) &&
			!possessive_before_title(nm, i) && !passive_verb(nm, i) &&
			!infinitive_after_verb(nm, i) && !clause_after_comma(nm, i) &&
			!(is_dict_word(nm, i) && joined_only_by_with(nm, i)) &&
			!word_not_owner(nm, i) && !word_beside_capitalised_name(nm, i) &&
			!unknown_word_after_full_name(nm, i) &&
			!modal_before_infinitive(nm, i)) || /* smörgåsa, ville hänga på */
		       (!(t->flags & W_STOP) && !t->genitive &&
			((t->flags & W_FIRST) || (!is_dict_word(nm, i) && !verb_form_of_dict(nm, t))) &&
			person_pron_joined(nm, i) && !noun_phrase_before(nm, i) &&
			!possessive_his_at(nm, i) && /* han och hans fru */
			!(i > 0 && takes_infinitive(&nm->tok[i - 1]))) || /* jag kan minnas och jag */
		       (prev && (t->flags & W_LAST) && !nm->tok[i - 1].cap) ||
		       /* "ANNA VIK": a given name that is a word, in capitals after a
			* given name in capitals (not BRA: no name) */
		       (prev && t->allcaps && t->klen >= 3 && (t->flags & W_FIRST) &&
			nm->tok[i - 1].allcaps && (nm->tok[i - 1].flags & W_FIRST)) ||
		       (prev && greeting_before(nm, i)) ||
		       ((t->flags & W_FIRST) &&
			(((at_sentence_start(s, t->start) || t->gap == GAP_COMMA) &&
			  person_frame(nm, s, n, i)) ||
			 pair_opens_frame(nm, s, n, i) || joined_to_his(nm, i)));
	if (t->state == ST_MAYBE)
		return (prev && (t->flags & W_LAST || t->script == SC_OTHER ||
				 prefixed_surname(t) || /* Yasin el-Masri */
				 shouted_surname_follows(nm, i - 1))) || /* MAX ZELMDAHL */
		       role_after_full_name(nm, i) || given_name_in_apposition(nm, i) ||
		       surname_after_initial(nm, i) ||
		       first_name_opens_name(nm, i) ||
		       (i + 1 < nm->ntok && regnal_number_at(nm, i + 1)) ||
		       (next && !(t->flags & (W_STOP | W_COMMON | W_PLACE))) ||
		       (next && (t->flags & W_FIRST)) || joined_to_name(nm, i) ||
		       (person_frame(nm, s, n, i) &&
			(!common_surname_only(t) || speaks_after(nm, i))) ||
		       greeting_before(nm, i) || signed_above_role(nm, i) ||
		       pron_joined(nm, i) || addressed_at(nm, i) || kin_in_brackets_after(nm, i) ||
		       ((t->flags & W_FIRST) && (joined_to_his(nm, i) || /* Kalle och hans kompisar */
						 age_follows(nm, i))); /* Kalle, 14, som */
	if (lower_surname_acts(nm, s, n, i))
		return true;
	/* "LEO kör moped", "ALI och jag": a short first name in capitals that
	 * no dictionary has, where a person stands (else an acronym: SL, KD) */
	if (t->allcaps && t->cap && (t->flags & W_FIRST) &&
	    !(t->flags & (W_COMMON | W_STOP | W_KEEP | W_PLACE)) && !is_dict_word(nm, i) &&
	    (person_frame(nm, s, n, i) || pron_joined(nm, i)))
		return true;
	/* weak: a surname beside a name, or one of a list of names */
	if (t->script == SC_OTHER)
		return prev && surname_shape(t) && (nm->tok[i - 1].flags & W_FIRST);
	if (t->dictweak)
		/* "Saga Sjö", "Sussie o Moody"; but "Sara Ek, Ordförande" and
		 * "Per Alm Telefon 0123" keep their titles and labels */
		return (prev && !nm->tok[i - 1].genitive && /* "Moa Catos Facebooksida" */
			word_surname_fits(nm, i) && !label_word_at(nm, i) &&
			!(t->cap && !nm->tok[i - 1].cap) && /* "ebba Tullen" */
			!full_name_before(nm, i)) ||
		       word_before_surname(nm, i) || compound_given_after_comma(nm, i) ||
		       third_word_of_name(nm, i) ||
		       surname_after_initial(nm, i) ||
		       joined_by_word(nm, i) ||
		       /* "kom Blomman och hans fru": a nickname alone, not the last
			* word of a title (Arga Snickaren och hans prov) */
		       (t->cap && !t->sent_start && !t->allcaps && joined_to_his(nm, i) &&
			!role_word(nm, t) && !(nm->tok[i - 1].cap && t->gap == GAP_SPACE)) ||
		       (t->amp && is_name(nm, i - 1)) ||
		       (i + 1 < nm->ntok && nm->tok[i + 1].amp && is_name(nm, i + 1));
	/* "Eva Carlbom Tele: 0701…", "Organisationsnr: 89…": a label; but
	 * "Nina Karls-Nygård 050…": no label is a double surname */
	/* "Carina Zelmbjörk Köpingebro": a place that is no name after a full
	 * name is where she lives */
	if (prev && (!t->allcaps || (t->flags & W_LAST)) &&
	    (t->cap || (t->flags & W_LAST)) &&
	    !(place_only(nm, i) && i >= 2 && nm->tok[i - 1].gap == GAP_SPACE &&
	      nm->tok[i - 2].state == ST_NAME) &&
	    ((t->flags & (W_FIRST | W_LAST)) || !label_follows(s, n, t->end) ||
	     double_barrelled(nm, t) || speaker_colon(s, n, t->end)))
		return true;
	/* "PO Zelmgren": two initials written together before a surname by
	 * its ending */
	if (next && ((nm->tok[i + 1].flags & W_LAST) ||
		     (t->allcaps && t->klen == 2 && shaped_surname_follows(nm, i))))
		return true;
	/* "ambassadören Mark F. Zelmski": a given name that is a place or a
	 * word too before an initial the name took */
	if (next && (t->flags & W_FIRST) && t->cap && nm->tok[i + 1].initial == 1)
		return true;
	return t->cap && joined_to_name(nm, i);
}

/* Is the text in a language of the dictionary: are most of its lower-case
 * words of four letters or more ordinary Swedish or English words?  Asked
 * once per text, only when a rule needs it. */
static bool text_known(anon_names *nm)
{
	size_t asked = 0, known = 0;

	if (nm->known >= 0)
		return nm->known;
	for (size_t i = 0; i < nm->ntok && asked < 24; i++) {
		const token *t = &nm->tok[i];
		if (t->cap || t->klen < 4 || t->script != SC_LATIN || (t->flags & (W_FIRST | W_LAST)))
			continue;
		asked++;
		known += t->flags || is_dict_word(nm, i);
	}
	nm->known = (signed char)(asked < 3 || 2 * known >= asked);
	return nm->known;
}

/* A score around the dash at byte M of S (2-1, 36-26: numbers of one or
 * two digits, not a phone's area code 08-, a date or a time's)? */
static bool score_at_dash(const char *s, size_t n, size_t m)
{
	size_t a = m, b = m + 1;

	while (a > 0 && m - a < 3 && digit_byte(s[a - 1]))
		a--;
	if (a == m || m - a > 2 || (m - a == 2 && s[a] == '0') ||
	    (a > 0 && (digit_byte(s[a - 1]) || s[a - 1] == '.' || s[a - 1] == ':')))
		return false;
	while (b < n && b - m < 4 && digit_byte(s[b]))
		b++;
	return b > m + 1 && b - m <= 3 &&
	       !(b < n && (digit_byte(s[b]) || s[b] == '-' || s[b] == '.' || s[b] == ':' ||
			   s[b] == '/'));
}

/* Does the text report a match: a score, or a word of a match or a
 * series?  Asked once a text, only where a rule needs it. */
static bool match_report(anon_names *nm)
{
	static const char *const words[] = { "match", "matchen", "matcher", "matchstart",
					     "hemmamatch", "bortamatch", "seriematch", "serien",
					     "tabellen", "division", "derbyt", "semifinalen",
					     "kvartsfinalen", "finalen", "poäng", "segern", "seger",
					     "vinst", "vinsten", "förlust", "vann", "förlorade",
					     "spelar", "spelade", "laget", "lagen", "säsongen",
					     "hemmaplan", "bortaplan", "ip" };

	if (nm->match >= 0)
		return nm->match;
	nm->match = 0;
	for (size_t i = 0; i < nm->ntok && !nm->match; i++)
		nm->match = (signed char)KEY_IS_ONE_OF(&nm->tok[i], words);
	for (size_t m = 0; m < nm->textlen && !nm->match; m++)
		nm->match = (signed char)(nm->text[m] == '-' && score_at_dash(nm->text, nm->textlen, m));
	return nm->match;
}

/* "mot Zelmix", "möta ZIK", "spelade Vorby mot", "anrika Vorby": in a
 * report of a match, a word no list has, or a short name in capitals (a
 * club's letters), met or meeting, or called old, is the other team. */
static bool team_met(anon_names *nm, size_t i)
{
	static const char *const meets[] = { "mot", "möter", "möta", "mötte", "gästade",
					     "gästar", "besegrade", "besegrar", "emot", "anrika" };
	static const char *const against[] = { "mot" };
	static const char *const me[] = { "jag" };
	const token *t = &nm->tok[i];
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	if (!t->cap || t->script != SC_LATIN ||
	    ((t->flags & (W_FIRST | W_LAST)) && !(t->allcaps && t->klen <= 4)) ||
	    (n && n->gap == GAP_SPACE && n->cap && (n->flags & (W_FIRST | W_LAST))))
		return false;
	/* "jag mötte Zelmar": one person meets another */
	if (i > 1 && KEY_IS_ONE_OF(&nm->tok[i - 2], me))
		return false;
	if (!((p && t->gap == GAP_SPACE && !p->cap && KEY_IS_ONE_OF(p, meets)) ||
	      (n && n->gap == GAP_SPACE && !n->cap && KEY_IS_ONE_OF(n, against) &&
	       i + 2 < nm->ntok && nm->tok[i + 2].cap)))
		return false;
	return match_report(nm);
}

/* Is the text, or at least the sentence of word I, in a language of the
 * dictionary?  "DET VAR ZAINAB. MA DAREEMO ..." is a Swedish sentence in
 * an answer mostly in Somali: an answer may change language between
 * sentences. */
static bool sentence_known(anon_names *nm, size_t i)
{
	size_t a = i, b = i + 1, asked = 0, known = 0;

	while (a > 0 && i - a < 24 && !at_sentence_start(nm->text, nm->tok[a].start))
		a--;
	while (b < nm->ntok && b - i < 24 && !at_sentence_start(nm->text, nm->tok[b].start))
		b++;
	for (size_t j = a; j < b; j++) {
		const token *t = &nm->tok[j];
		if (t->cap || t->klen < 3 || t->script != SC_LATIN || (t->flags & (W_FIRST | W_LAST)))
			continue;
		asked++;
		known += t->flags || is_dict_word(nm, j);
	}
	return text_known(nm) || (asked >= 3 && 2 * known >= asked);
}

/* A title that is no kin word: a kin word capitalised inside a sentence
 * is the given name it also is (Bror, Makan), a rank or an office is the
 * title (Major, General, Imam). */
static bool rank_title(const token *t)
{
	static const char *const kin[] = { "bror", "makan" };

	return (t->flags & W_TITLE) && !KEY_IS_ONE_OF(t, kin);
}

/* Word J, taken, is the surname of the given name before it: listed as
 * one, or no list or dictionary has it; capitalised. */
static bool surname_of_given_at(const anon_names *nm, size_t j)
{
	const token *s = &nm->tok[j];

	return s->state == ST_NAME && s->gap == GAP_SPACE && s->cap && !s->allcaps &&
	       !(s->flags & W_FIRST) &&
	       ((s->flags & W_LAST) || (s->flags == 0 && !dict_has(&nm->dict, s->k, s->klen)));
}

/* Is word I (not yet a name) the first name of the surname after it?
 * "lyan martinsson har hotat mig": an unknown lower-case word before a
 * lower-case surname; "Karinne Johansson": a capitalised word no list or
 * dictionary has before a capitalised one; "idé/kjell Sundström": a known
 * first name written in lower case before one. */
/* "tack till Hans Rynnel", "Byråchef My Hedström", "I Karl Sundbergs
 * fotspår": a given name that is also a word (hans, my, karl), capitalised
 * before a capitalised surname the lists have, which is no word or place
 * itself, is the name's first part; at a sentence's start only before a
 * surname that is no ordinary word itself ("En Lund" is a grove; a
 * compound such as Rangskog may be a surname). */
static bool word_name_before_surname(const anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i], *t = &nm->tok[i + 1];

	if (!p->cap || p->allcaps || !t->cap || t->allcaps || t->state != ST_NAME ||
	    !(p->flags & (W_FIRST | W_STOPNAME)))
		return false;
	/* "frågor till Hans Erik Zelmlund": inside a sentence, before a
	 * given name that opens a full name taken, the first of three; not
	 * a rank or an office that is a name too (yngsta Major Pehr Zelmu) */
	if (!p->sent_start && !(p->flags & W_KEEP) && !rank_title(p) && (t->flags & W_FIRST) &&
	    !(t->flags & (W_COMMON | W_PLACE | W_KEEP)) && i + 2 < nm->ntok)
		return surname_of_given_at(nm, i + 2);
	return (t->flags == 0 || (t->flags & W_LAST)) &&
	       !(t->flags & (W_FIRST | W_COMMON | W_PLACE | W_KEEP)) &&
	       (!p->sent_start || !dict_has(&nm->dict, t->k, t->klen));
}

/* Bytes A..B of the text hold only spaces and list bullets (•, -, *):
 * the rest of a line around a list's item. */
static bool only_bullets(const char *s, size_t a, size_t b)
{
	for (size_t q = a; q < b; q++) {
		unsigned char c = (unsigned char)s[q];
		if (c == 0xE2 && q + 2 < b && (unsigned char)s[q + 1] == 0x80 &&
		    (unsigned char)s[q + 2] == 0xA2) {
			q += 2;
			continue;
		}
		if (c != ' ' && c != '\t' && c != '\r' && c != '-' && c != '*')
			return false;
	}
	return true;
}

/* Words A..B are alone on their line, but for a list's bullet. */
static bool alone_on_line(const anon_names *nm, size_t a, size_t b)
{
	const char *s = nm->text;
	size_t from = nm->tok[a].start, to = nm->tok[b].end;

	while (from > 0 && s[from - 1] != '\n')
		from--;
	while (to < nm->textlen && s[to] != '\n')
		to++;
	return only_bullets(s, from, nm->tok[a].start) && only_bullets(s, nm->tok[b].end, to);
}

/* "Ledamöter\n • Kela Dahlén\n • Åsa Spolander": a capitalised word
 * before a listed surname, the two alone on a line of a list of names, is
 * the given name (a rare one, or one that is a word too). */
static bool given_name_of_listed_line(anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i], *t = &nm->tok[i + 1];

	return p->cap && !p->allcaps && !p->genitive && p->klen >= 3 && t->cap && !t->allcaps &&
	       t->flags == W_LAST && p->script == SC_LATIN &&
	       !(p->flags & (W_TITLE | W_KEEP | W_PLACE | W_STOP | W_PLACENOUN | W_ORGCUE |
			     W_CAPTION | W_GREET)) &&
	       !role_word(nm, p) && alone_on_line(nm, i, i + 1) &&
	       ((i > 0 && is_name(nm, i - 1)) || is_name(nm, i + 2));
}

static bool item_of_name_list(const anon_names *nm, size_t i);

/* "Kerstin Ek, Göta Antti och Berit Sund": a capitalised word before a
 * name, the two an item of a list of names, is the given name (one that
 * is a place or a word too). */
static bool given_name_of_list_item(anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i], *t = &nm->tok[i + 1];

	return p->cap && !p->allcaps && !p->genitive && p->klen >= 3 && t->cap && !t->allcaps &&
	       t->state == ST_NAME && p->script == SC_LATIN &&
	       !(p->flags & (W_TITLE | W_KEEP | W_STOP | W_PLACENOUN | W_ORGCUE | W_CAPTION |
			     W_GREET)) &&
	       !role_word(nm, p) && !org_word(nm, p) && item_of_name_list(nm, i + 1);
}

/* A name of the lists, no word of another kind (Boonmee, Guo). */
static bool listed_only(const token *t)
{
	return (t->flags & W_LAST) && !(t->flags & ~(unsigned)(W_FIRST | W_LAST));
}

/* "Kinna Skoglund är", "Vi såg Kinna Skoglund": a place's name no
 * dictionary has, capitalised before a surname taken as a name, is the
 * given name (places are named after people, people after places); not
 * after a place's preposition (bor i Mora Lindqvist?), nor before more
 * capitalised words (a firm or a team). */
static bool place_before_surname(anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i], *t = &nm->tok[i + 1];

	return p->cap && !p->allcaps && (p->flags & ~(unsigned)(W_FIRST | W_LAST)) == W_PLACE &&
	       t->state == ST_NAME && t->cap && !t->allcaps && (t->flags & W_LAST) &&
	       !(t->flags & (W_FIRST | W_COMMON | W_PLACE | W_KEEP)) && p->klen > 2 &&
	       !(i + 2 < nm->ntok && nm->tok[i + 2].cap && nm->tok[i + 2].gap == GAP_SPACE) &&
	       !placeprep_before(nm, i) && !neighbour_has(nm, i, -1, W_PREP) &&
	       !is_dict_word(nm, i);
}

/* A surname the lists have only as one (Malmsten), or one no list has
 * with an ending only surnames have (Lorensson). */
static bool surname_alone(const anon_names *nm, const token *t)
{
	return listed_only(t) || surname_shaped(nm, t);
}

/* "av en Fon Boonmee som", "Polisen; Ping Guo, Räddningstjänsten": a
 * capitalised ordinary word inside a sentence, starting a list's item, or
 * starting a sentence before a word in small letters, before a surname
 * only the lists of surnames have is the given name; so
 * is one after a greeting before a surname no list has (Hälsningar Lek
 * Phromma). */
static bool word_before_listed_surname(const anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i], *t = &nm->tok[i + 1], *b = i > 0 ? &nm->tok[i - 1] : NULL;
	size_t a = p->start;

	if (p->flags != 0 || p->klen < 3 || p->script != SC_LATIN)
		return false;
	/* "skrev Kommunpolisen Stefan Lund", "Kirunaproffset Hanna Zelm": a
	 * role's or a place's compound is no name */
	if (!p->cap || p->allcaps || !t->cap || t->allcaps || t->state != ST_NAME ||
	    role_word(nm, p) || place_compound(nm, p))
		return false;
	/* "Dine Malmsten ställer ut": Swedish puts the verb second, so no
	 * ordinary word starts a sentence right before its subject */
	if (p->sent_start && t->gap == GAP_SPACE && surname_alone(nm, t) &&
	    i + 2 < nm->ntok &&
	    nm->tok[i + 2].gap == GAP_SPACE && !nm->tok[i + 2].cap &&
	    nm->tok[i + 2].script == SC_LATIN && !(nm->tok[i + 2].flags & W_STOP))
		return true;
	if (!b)
		return false;
	if (p->gap == GAP_SPACE && (b->flags & W_GREET))
		return listed_only(t) || unlisted_word(nm, t);
	while (a > b->end && nm->text[a - 1] == ' ')
		a--;
	return surname_alone(nm, t) &&
	       ((p->gap == GAP_SPACE && !p->sent_start && !b->cap) ||
		(a > b->end && nm->text[a - 1] == ';'));
}

/* "presidenten Bil Zelmallah": between a person's role and a surname
 * found, a capitalised word is the given name, though a word too. */
static bool word_between_role_and_surname(const anon_names *nm, size_t i)
{
	const token *r = i > 0 ? &nm->tok[i - 1] : NULL, *p = &nm->tok[i], *t = &nm->tok[i + 1];

	return r && (r->flags & W_TITLE) && p->gap == GAP_SPACE && p->cap && !p->allcaps &&
	       !p->sent_start && t->cap && !t->allcaps && t->state == ST_NAME &&
	       !(t->flags & W_FIRST) && !(p->flags & (W_PLACE | W_KEEP | W_ORGCUE | W_STOP | W_TITLE));
}

static bool first_name_before(anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i], *t = &nm->tok[i + 1];

	if (p->state == ST_NAME || t->gap != GAP_SPACE || p->script != SC_LATIN || p->initial)
		return false;
	if (word_name_before_surname(nm, i) || given_name_of_listed_line(nm, i) ||
	    given_name_of_list_item(nm, i))
		return true;
	/* "Kjell Berlin", "Kjell Anders Dahlström": a given name that is a
	 * brand too, before a name; but "handlar på Jula Annikki,Newroz": the
	 * shop after a preposition */
	if (p->cap && !p->allcaps && (p->flags & W_FIRST) && (p->flags & W_KEEP) && !p->phrasekeep &&
	    t->cap && !t->allcaps && t->state == ST_NAME && !placeprep_before(nm, i) &&
	    !neighbour_has(nm, i, -1, W_PREP))
		return true;
	if (word_before_listed_surname(nm, i) || place_before_surname(nm, i) ||
	    word_between_role_and_surname(nm, i))
		return true;
	if (!(t->flags & W_LAST) || p->klen <= 2)
		return false;
	if (!t->cap)
		return !p->cap && p->flags == 0 && !is_dict_word(nm, i);
	if (t->state != ST_NAME || (t->flags & W_FIRST) || t->allcaps)
		return false;
	if (p->cap) /* not a role's compound: "Stallmästare Sundström" */
		return !p->allcaps && unlisted_word(nm, p) && !org_shape(nm, p) && !role_word(nm, p);
	/* "alba Ek"; not a role's short word (med fam Blixt) */
	return (p->flags & W_FIRST) && !(p->flags & (W_COMMON | W_STOP | W_TITLE)) &&
	       !is_dict_word(nm, i);
}

/* "Anton Tinnerholm, Mahamé Siby, Eric Larsson": two capitalised words
 * no list or dictionary has, an item between names of a list, are a
 * name. */
static bool unknown_item_of_name_list(anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i - 1], *t = &nm->tok[i];

	return t->gap == GAP_SPACE && p->cap && t->cap && !p->allcaps && !t->allcaps &&
	       p->flags == 0 && t->flags == 0 && p->script == SC_LATIN && t->script == SC_LATIN &&
	       item_of_name_list(nm, i) && !is_dict_word(nm, i - 1) && !is_dict_word(nm, i);
}

/* Word I stands alone as a list's item: a comma, och or the text's end
 * follows it. */
static bool single_item_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i < nm->ntok && (i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE ||
				KEY_IS(&t[i + 1], "och"));
}

/* "Dunströms, Liljefors, Frondell och Södergren": a capitalised word no
 * list has, one item of a list between surnames or given names that
 * stand alone as items too, is one of them. */
static bool unknown_single_item_of_names(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t next = i + 1;

	if (i < 1 || t[i].gap != GAP_COMMA || t[i].allcaps || t[i].script != SC_LATIN ||
	    t[i - 1].state != ST_NAME || (i >= 2 && t[i - 1].gap == GAP_SPACE && t[i - 2].cap) ||
	    !single_item_at(nm, i))
		return false;
	if (next < nm->ntok && t[next].gap == GAP_SPACE && KEY_IS(&t[next], "och"))
		next++;
	return next < nm->ntok && t[next].state == ST_NAME &&
	       (t[next].gap == GAP_COMMA || next == i + 2) && single_item_at(nm, next);
}

static AFTER_ROUNDS void take_first_names(anon_names *nm)
{
	for (size_t i = 1; i < nm->ntok; i++) {
		token *t = &nm->tok[i];
		if (((t->state == ST_NAME || (t->state == ST_MAYBE_WEAK && !t->cap && pverb_at(nm, i + 1))) &&
		     first_name_before(nm, i - 1)) ||
		    (t->state != ST_NAME && t->flags == 0 && t->cap && unknown_item_of_name_list(nm, i)))
			nm->tok[i - 1].state = t->state = ST_NAME;
		else if (t->state != ST_NAME && t->flags == 0 && t->cap &&
			 unknown_single_item_of_names(nm, i))
			t->state = ST_NAME;
	}
}

/* "Piteå IF", "Luleå HF": a place and the club's word or short form
 * after it, from word I on, name the town's club on their own. */
static bool club_of_town_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i + 1 < nm->ntok && t[i].cap && (t[i].flags & W_PLACE) &&
	       t[i + 1].gap == GAP_SPACE &&
	       (wordtab_get(&nm->orgsuffix, t[i + 1].k, t[i + 1].klen) ||
		(t[i + 1].allcaps && t[i + 1].klen <= 4 && (t[i + 1].flags & W_ORGCUE)));
}

/* An organisation's own word follows I (Lerums kommun, Ekskolan AB), not
 * one only shaped like one: "Lars Ylander Norconsult AB", "Gösta Gärdin
 * Kronsväg" are people with their company or street. */
static bool org_word_follows(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i + 1];

	/* not the next field's label: "Staffan Wikell Avdelning: Juridik";
	 * not a town's club: "John Zelman Piteå IF" */
	return i + 1 < nm->ntok && t->gap == GAP_SPACE &&
	       !(t->end < nm->textlen && nm->text[t->end] == ':') && !club_of_town_at(nm, i + 1) &&
	       ((t->flags & (W_KEEP | W_PLACENOUN)) || wordtab_get(&nm->orgsuffix, t->k, t->klen) ||
		(t->allcaps && t->klen <= 4 && (t->flags & W_ORGCUE))); /* Vorbys OK */
}

/* Words I-1 and I are an item of a list of names: a name before the
 * comma that opens it, and after it a comma or "och" and a name
 * ("Joakim Lindhé, Carin Hamn, Sophie Holgersson och Anne Rydén"). */
static bool item_of_name_list(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t after = i + 1;

	if (i < 2 || t[i - 1].gap != GAP_COMMA || !is_name(nm, i - 2))
		return false;
	if (after < nm->ntok && t[after].gap != GAP_COMMA && (t[after].flags & W_CONJ) &&
	    !t[after].cap)
		after++;
	return after < nm->ntok && is_name(nm, after) &&
	       (t[after].gap == GAP_COMMA || after > i + 1);
}

/* "Greta björkström": after a capitalised given name, a word in small
 * letters with a surname's ending (-ström, -qvist) that no dictionary
 * has whole is her surname; so is any word no list or dictionary has
 * before a relative som or what a person does (Keya zelmol som har). */
static bool lower_surname_after_given(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *p = &nm->tok[i - 1];
	const token *n = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;

	return p->cap && !p->allcaps && (p->flags & W_FIRST) && !t->cap && t->flags == 0 &&
	       t->script == SC_LATIN && !dict_has(&nm->dict, t->k, t->klen) &&
	       (surname_end_shape(nm, t) ||
		(t->klen >= 3 && n && n->gap == GAP_SPACE && !n->cap &&
		 (KEY_IS(n, "som") || pverb_at(nm, i + 1))));
}

/* "zackarias ask kör moped", "Armando Scc har börjat": between a given
 * name and what a person does, a word that is a name too, or a short one
 * no list or dictionary has, is the surname; a Swedish word no list
 * knows as a name is not (Anna själv har). */
static bool surname_before_verb(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if ((t->flags & ~(unsigned)(W_COMMON | W_FIRST | W_LAST)) || t->initial ||
	    i + 1 >= nm->ntok || nm->tok[i + 1].gap != GAP_SPACE || role_word(nm, t) ||
	    (!(t->flags & W_COMMON) && is_dict_word(nm, i)))
		return false;
	return does_after(nm, i + 1);
}

static bool given_name_of_place_genitive(const anon_names *nm, size_t i);

/* Word I opens a name: no name joined to it by a space before it. */
static bool opens_name(const anon_names *nm, size_t i)
{
	return i == 0 || nm->tok[i].gap != GAP_SPACE || nm->tok[i - 1].state != ST_NAME;
}

/* Nygård, Sandholm: a farm's or an islet's ending in its indefinite
 * form, as Swedish surnames were made from farms (a farm or venue itself
 * is most often definite: Ekgården); villages end in -torp and -fors
 * more often than surnames do (ägs av Anna Berg Zelmstorp). */
static bool farm_surname_shape(const token *t)
{
	static const char *const endings[] = { "gård", "holm" };

	return t->klen >= 7 &&
	       ending_of(t->k, t->klen, endings, sizeof endings / sizeof *endings, 3);
}

/* -fors, -torp, -by or a farm's ending: a village's, and a surname's. */
static bool village_ending(const token *t)
{
	static const char *const endings[] = { "fors", "torp", "by" };

	return farm_surname_shape(t) ||
	       ending_of(t->k, t->klen, endings, sizeof endings / sizeof *endings, 3);
}

/* "Foto Anne Zelmaja Finpångs Finsk-Förening": a genitive before a
 * capitalised organisation's word opens the organisation's name. */
static bool genitive_opens_org(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return genitive_stem(t[i].k, t[i].klen) && i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE &&
	       t[i + 1].cap && !t[i + 1].allcaps && org_shape(nm, &t[i + 1]);
}

/* Could word I be the surname after a first name?  One the gazetteer has
 * (also a place, brand or word: "Ester Lund", "Leoni Renault", shouted
 * "DYLAN ROSEN"), or one no list or dictionary has. */
static bool surname_after_first(anon_names *nm, size_t i)
{
	token *t = &nm->tok[i];
	const token *p = &nm->tok[i - 1];

	/* after any name: "Walaalkay Hawo Guleid" takes Hawo by its cue */
	if (t->state == ST_NAME || p->state != ST_NAME || t->gap != GAP_SPACE ||
	    t->script != SC_LATIN || p->script != SC_LATIN ||
	    (t->cap != p->cap && !lower_surname_after_given(nm, i)) ||
	    (t->allcaps != p->allcaps &&
	     !((p->klen == 2 || (p->initial == 1 && !t->genitive)) && !t->allcaps)) ||
	    /* PO Henricsson, Martha J Zelmgård; not K. Lindqvists affär */
	    t->initial || t->quoted != p->quoted || (t->flags & W_CAPTION) || /* Berit Foto Berit */
	    letter_compound(nm->text, nm->textlen, t->start, t->end) || /* Malin Zelmström B-finalen */
	    (t->flags == 0 && shop_word_itself(t)) || /* Georg Jensens Silversmedja */
	    (p->genitive && !(t->flags & W_FIRST))) /* Moa Catos Facebooksida: what is hers */
		return false;
	if (t->flags & W_LAST)
		return !(t->flags & (NOT_SURNAME & ~(unsigned)(W_KEEP | W_PLACE))) &&
		       !t->phrasekeep && !org_follows(nm, i) && !contact_label_at(nm, i) &&
		       !orgcue_opens_name(nm, i);
	/* "Jag är Ngoc Le och": a particle capitalised after a given name,
	 * with no surname after it, is the surname (Le, Di, Da) */
	if (t->flags == W_PARTICLE && t->cap && !t->allcaps && (p->flags & W_FIRST))
		return !(i + 1 < nm->ntok && nm->tok[i + 1].gap == GAP_SPACE && nm->tok[i + 1].cap);
	/* "Claes Björnberg", "winta asfaha": a word no list has, written
	 * like the name before it; "Lars Ylander Norconsult AB": the company
	 * is what follows */
	/* "Anna Sandvik", "Lars Stena", "Åsa Kjell": a company's name that is
	 * a surname or a given name too, right after a first name that is no
	 * brand itself */
	if ((t->flags & W_KEEP) && !(t->flags & ~(unsigned)(W_KEEP | W_FIRST)) &&
	    !t->phrasekeep &&
	    t->cap && !t->allcaps && (p->flags & W_FIRST) && !(p->flags & W_KEEP) &&
	    !org_word_follows(nm, i))
		return true;
	/* "Joakim Lindhé, Carin Hamn, Sophie Holgersson": an ordinary word
	 * after a first name, in a list of names, also a function word or a
	 * club's noun (Nicolina Främst, Lisbet Klubb) */
	if (t->cap && !t->allcaps &&
	    !(t->flags & ~(unsigned)(W_PLACENOUN | W_COMMON | W_STOP | W_ORGCUE)) &&
	    (p->flags & W_FIRST) && !role_word(nm, t) && item_of_name_list(nm, i))
		return true;
	if ((p->flags & W_FIRST) && surname_before_verb(nm, i))
		return true;
	/* "Lena Lerviks skulpturer", "Anna Zelmvik berättar": a place no list
	 * has as a surname, right after a given name opening the name, is
	 * one (Swedish surnames were made from places); a place's genitive
	 * before a capitalised word names its organisation (Victoria
	 * Västergötlands Hembygdsförbund) */
	if (t->flags == W_PLACE && t->cap && !t->allcaps && (p->flags & W_FIRST) &&
	    !(p->flags & W_PLACE) && opens_name(nm, i - 1) && !org_follows(nm, i) &&
	    !neighbour_has(nm, i, +1, W_PLACENOUN) &&
	    !(genitive_stem(t->k, t->klen) && i + 1 < nm->ntok && nm->tok[i + 1].cap &&
	      nm->tok[i + 1].gap == GAP_SPACE) && /* not Anna Zelmnäs (V) */
	    !(i + 1 < nm->ntok && given_name_of_place_genitive(nm, i + 1)))
		return true;
	/* "Anders Norell Zelmdahl Keolis": a surname's ending keeps the word
	 * in the name, whatever organisation follows */
	if (t->flags || t->klen <= 3 ||
	    (org_word_follows(nm, i) && !signed_for_org(nm, i) && !surname_ending(nm, t)))
		return false;
	/* "FOTO: LENNART ANGERMUND": shouted after a shouted first name;
	 * "ISABEL ZELMFORS": -fors, -torp, -by end villages and surnames */
	if (t->allcaps)
		return (p->flags & W_FIRST) && t->script == SC_LATIN &&
		       !dict_has(&nm->dict, t->k, t->klen) &&
		       (!org_shape(nm, t) || village_ending(t)) && text_known(nm);
	/* the endings of places make surnames too (Engerby, Lindhagen,
	 * Hultsfors), and so do long words (Nilsdotter, Goldhammer): right
	 * after a first name the shape says nothing; after a surname it does
	 * ("Gösta Gärdin Kronsväg Mullsjö", "Anders Nilsson Ungdomsrepresentant:") */
	/* "väninnan My Wrethagen": a function word that is a given name; a
	 * role's compound is no surname (Stina Frank Kvalitetsstrateg), a
	 * patronymic is (Anna Nilsdotter); "Severi Kähkönen": a listed
	 * surname opening the name stands for the given name no list has;
	 * "Anna Carlsson Fogdegård", "Klara Zelm Zelmtorp", "Helen Zelmkoski
	 * Zelmby": a farm's ending (-gård, -holm) makes a surname after a
	 * surname too, and a village's (-torp, -fors, -by) after one no
	 * list has, as double surnames are written; after a listed one it
	 * is the home (ägs av Anna Berg Zelmstorp) */
	if (t->cap)
		return unlisted_word(nm, t) && (!role_word(nm, t) || patronymic(t)) &&
		       ((p->flags & W_FIRST) || (p->cap && (p->flags & W_STOPNAME)) ||
			((p->flags & W_LAST) && opens_name(nm, i - 1)) ||
			((!org_shape(nm, t) || farm_surname_shape(t) ||
			  (village_ending(t) && !(p->flags & W_LAST))) &&
			 !noun_compound(nm, t) &&
			 !label_follows(nm->text, nm->textlen, t->end) && /* Carlbom Tele: */
			 !genitive_opens_org(nm, i)));
	if (org_shape(nm, t))
		return false;
	/* in lower case only after a known first name, in Swedish or English
	 * ("Iftiin badan ayaa X yahay": Somali words are no surnames); a
	 * compound is one with a surname's ending or after a role or a
	 * greeting and the first name (busschauffören otto kullberg); after a
	 * name a cue took, one no dictionary has */
	if (!(p->flags & W_FIRST)) /* "mormor tuk rungruang": a name the cue took */
		return (cue_before(nm, i - 1) & (W_TITLE | W_GREET)) && !is_dict_word(nm, i) &&
		       text_known(nm);
	if (!text_known(nm))
		return false;
	return !is_dict_word(nm, i) ||
	       (!dict_has(&nm->dict, t->k, t->klen) &&
		(surname_end_shape(nm, t) ||
		 (cue_before(nm, i - 1) & (W_TITLE | W_GREET))));
}

/* "Wilma van den Broek": a given name that is a brand or a word too is
 * a name's before particles and a surname no list or dictionary has;
 * after a place's preposition, one before particles and a word found to
 * be a name (i Carl von Lunds anda). */
static bool given_name_before_particles(anon_names *nm, size_t g, size_t i)
{
	const token *t = nm->tok;

	return t[g].cap && !t[g].allcaps && (t[g].flags & W_FIRST) && !(t[g].flags & W_PLACE) &&
	       (((t[i].flags & ~(unsigned)W_LAST) == 0 && !is_dict_word(nm, i)) ||
		t[i].state == ST_NAME);
}

/* Token K follows an initial and its full stop and one space (G. du). */
static bool dotted_initial_before(const anon_names *nm, size_t k)
{
	const token *a = k > 0 ? &nm->tok[k - 1] : NULL;

	return a && a->initial == 1 && nm->text[a->end] == '.' && nm->tok[k].start == a->end + 2 &&
	       nm->text[a->end + 1] == ' ';
}

/* "Gustaf von Essen", "Jan van der Berg", "Ahmed bin Salman": one or two
 * particles between a name and a capitalised word make that word the
 * surname, and the particles part of the name. */
static bool surname_after_particles(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	size_t j = i;

	if (t->gap != GAP_SPACE ||
	    (t->state != ST_NAME && (!t->cap || t->allcaps || t->script != SC_LATIN ||
				     (t->flags & (W_STOP | W_KEEP | W_TITLE | W_PREP)))))
		return false;
	while (j > 0 && i - j < 2 && (nm->tok[j - 1].flags & W_PARTICLE) &&
	       (nm->tok[j - 1].gap == GAP_SPACE || dotted_initial_before(nm, j - 1)))
		j--;
	if (j == i || j == 0)
		return false;
	/* "Carlos Rebelo Da Silva": after a full name too; "Anky van
	 * Zelmsvens": a capitalised word no list or dictionary has before
	 * the particles and a surname found to be one; "hr G. du Rietz",
	 * "K. de Luca": an initial, taken as a name or before a surname
	 * found to be one */
	if (!(nm->tok[j - 1].initial == 1 && nm->tok[j - 1].cap &&
	      (is_name(nm, j - 1) || t->state == ST_NAME)) &&
	    !((is_name(nm, j - 1) || given_name_before_particles(nm, j - 1, i)) &&
	      ((nm->tok[j - 1].flags & (W_FIRST | W_LAST)) || after_first_name(nm, j - 1))) &&
	    !(t->state == ST_NAME && nm->tok[j - 1].cap && !nm->tok[j - 1].sent_start &&
	      unlisted_word(nm, &nm->tok[j - 1]) && !is_dict_word(nm, j - 1)))
		return false;
	nm->tok[j - 1].state = ST_NAME;
	for (size_t k = j; k < i; k++)
		nm->tok[k].state = ST_NAME;
	return true;
}

/* Could word I, alone between commas (or before "och"), be a family's
 * or a person's surname in a list of names?  Shaped like one, and not a
 * place the lists have or shaped like one (Sandön, Småskär: "Anna Berg,
 * Sandön, Eva Ek" tells where each lives). */
static bool lone_list_word(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	/* "Anna Ek, My, Per Alm": a given name that is a word too, even a
	 * function word */
	bool given = (t->flags & (W_FIRST | W_STOPNAME)) != 0;

	return t->gap == GAP_COMMA && t->cap && !t->allcaps && t->state != ST_NAME &&
	       t->script == SC_LATIN && t->klen >= (given ? 2 : 3) &&
	       !(t->flags & (W_TITLE | W_KEEP | W_PLACE | W_CAPTION | W_GREET | W_MONTH)) &&
	       (!(t->flags & W_STOP) || (t->flags & W_STOPNAME)) && !role_word(nm, t) &&
	       !org_word(nm, t) && (given || surname_or_family(nm, t)) && i + 1 < nm->ntok &&
	       (nm->tok[i + 1].gap == GAP_COMMA ||
		(!nm->tok[i + 1].cap && (nm->tok[i + 1].flags & W_CONJ)));
}

/* "[NAME], Dunströms, Bergkvist och [NAME]": words alone between the
 * commas of a list, with a name before them and after them, are names. */
static void take_lone_list_words(anon_names *nm)
{
	for (size_t i = 1; i < nm->ntok; i++) {
		size_t j = i, next;

		if (!is_name(nm, i - 1))
			continue;
		while (j < nm->ntok && lone_list_word(nm, j))
			j++;
		if (j == i)
			continue;
		next = j < nm->ntok && (nm->tok[j].flags & W_CONJ) && !nm->tok[j].cap ? j + 1 : j;
		if (next < nm->ntok && is_name(nm, next) && nm->tok[next].gap != GAP_OTHER)
			for (size_t k = i; k < j; k++)
				nm->tok[k].state = ST_NAME;
		i = j;
	}
}

/* A short aside in brackets right after word I (Max (Mexico), Ida (8)):
 * the byte after its closing bracket, or 0. */
static size_t aside_after(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t a = nm->tok[i].end;

	if (a + 2 >= nm->textlen || s[a] != ' ' || s[a + 1] != '(')
		return 0;
	for (size_t b = a + 2; b < nm->textlen && b < a + 40; b++) {
		if (s[b] == ')')
			return b + 1;
		if (s[b] == '(' || s[b] == '\n')
			return 0;
	}
	return 0;
}

/* The word after byte E, when a comma or a conjunction joins it to what
 * came before E: the next item of a list.  NTOK when there is none. */
static size_t item_after(const anon_names *nm, size_t i, size_t e)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t k = i + 1, commas = 0;

	while (k < nm->ntok && t[k].start < e)
		k++;
	if (k >= nm->ntok)
		return nm->ntok;
	for (size_t b = e; b < t[k].start; b++) {
		if (s[b] == ',')
			commas++;
		else if (s[b] != ' ')
			return nm->ntok;
	}
	if (commas == 1)
		return k;
	if (commas == 0 && (t[k].flags & W_CONJ) && !t[k].cap && k + 1 < nm->ntok &&
	    t[k + 1].gap == GAP_SPACE)
		return k + 1;
	return nm->ntok;
}

/* The list's item before word I when an aside in brackets ends it
 * ("Anna (Tyskland), Max"): the word before the bracket, or NTOK. */
static size_t item_before_aside(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t b = t[i].start, q;

	if (i > 0 && (t[i - 1].flags & W_CONJ) && !t[i - 1].cap && t[i].gap == GAP_SPACE)
		b = t[--i].start;
	else if (b > 1 && s[b - 1] == ' ' && s[b - 2] == ',')
		b -= 2;
	else
		return nm->ntok;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b == 0 || s[b - 1] != ')')
		return nm->ntok;
	for (q = i; q > 0 && t[q - 1].end + 40 > b; q--)
		if (aside_after(nm, q - 1) == b)
			return q - 1;
	return nm->ntok;
}

/* "Barbara (Österrike), Max (Mexico) och Juan", "Anna (12), Max (10)":
 * a given name that is a brand or a word too, with an aside in brackets
 * after it, is an item of a list of names when an item next to it, past
 * the asides, is a name. */
static void take_aside_list_words(anon_names *nm)
{
	if (!memchr(nm->text, '(', nm->textlen))
		return; /* most texts have no bracket */
	for (size_t i = 0; i < nm->ntok; i++) {
		const token *t = &nm->tok[i];
		size_t e, k;

		if (t->state == ST_NAME || !t->cap || t->allcaps || !(t->flags & W_FIRST) ||
		    (t->flags & (W_TITLE | W_PLACE | W_MONTH | W_STOP)) || !(e = aside_after(nm, i)))
			continue;
		k = item_after(nm, i, e);
		if ((k < nm->ntok && nm->tok[k].cap && is_name(nm, k)) ||
		    ((k = item_before_aside(nm, i)) < nm->ntok && nm->tok[k].cap && is_name(nm, k)))
			nm->tok[i].state = ST_NAME;
	}
}

/* Only one line break, and spaces, between A and B. */
static bool one_line_break(const char *s, size_t a, size_t b)
{
	int breaks = 0;

	for (size_t i = a; i < b; i++) {
		if (s[i] == '\n')
			breaks++;
		else if (!blank_byte(s[i]))
			return false;
	}
	return breaks == 1;
}

/* After byte B: the line ends, and the next is a phone's or an e-mail's
 * (a digit, '+' or '(' first, or an '@' in it). */
static bool contact_line_follows(const char *s, size_t n, size_t b)
{
	while (b < n && blank_byte(s[b]))
		b++;
	if (b >= n || s[b] != '\n')
		return false;
	while (b < n && (blank_byte(s[b]) || s[b] == '\n'))
		b++;
	if (b < n && ((s[b] >= '0' && s[b] <= '9') || s[b] == '+' || s[b] == '('))
		return true;
	for (; b < n && s[b] != '\n'; b++)
		if (s[b] == '@')
			return true;
	return false;
}

/* "Egon<line break>ordförande<line break>Degerby SF": a given name alone on
 * its line above a line that starts with a role signs a letter. */
static bool signed_above_role(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return (t[i].flags & W_FIRST) && t[i].cap && i + 1 < nm->ntok &&
	       one_line_break(nm->text, t[i].end, t[i + 1].start) &&
	       ((t[i + 1].flags & W_TITLE) || role_word(nm, &t[i + 1])) && alone_on_line(nm, i, i);
}

/* "där Monica<line break>Wasbergs duktiga dirigerande", "träffa
 * statsministern, Stefan<line break>Löfven!": a paragraph wrapped at a
 * fixed width breaks its lines inside a sentence; words before the given
 * name on its line (a sentence's end too: "åk 1. Lena<line break>Zelm på
 * fritids"), or the given name opening the text, and after the
 * surname on its own, perhaps after a comma (Vincent<line break>Zelmto,
 * förklarar), or the sentence's end, make the break a space. */
static bool wrapped_prose(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t e = t[i].end;

	return (i == 1 || (i >= 2 && t[i - 1].gap != GAP_OTHER && !t[i - 1].sent_start) ||
		(i >= 2 && !memchr(nm->text + t[i - 2].end, '\n', t[i - 1].start - t[i - 2].end))) &&
	       ((i + 1 < nm->ntok && (t[i + 1].gap == GAP_SPACE ||
				      (t[i + 1].gap == GAP_COMMA && !t[i + 1].cap && i >= 2))) ||
		(e < nm->textlen && (nm->text[e] == '!' || nm->text[e] == '.' || nm->text[e] == '?')));
}

/* "Margareta<line break>Ohlson, skattmästare": a list of a board copied
 * from a page breaks a name between its lines; the surname on the next
 * line, before a comma and a role, is the name's. */
static bool surname_across_line(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *p = &nm->tok[i - 1];
	size_t r = i + 1;

	if (!t->cap || t->allcaps || t->initial || t->script != SC_LATIN || t->state == ST_NAME ||
	    p->state != ST_NAME || !((p->flags & W_FIRST) || after_first_name(nm, i - 1)) ||
	    !one_line_break(nm->text, p->end, t->start) ||
	    (t->flags & (W_STOP | W_KEEP | W_TITLE | W_PLACE | W_PREP | W_CAPTION | W_GREET)))
		return false;
	/* "Kontaktperson: Anna<line break>Bredenfeldt<line break>070-…": the
	 * surname alone on its line above a phone or an e-mail */
	if (contact_line_follows(nm->text, nm->textlen, t->end))
		return (t->flags & W_LAST) || (t->flags == 0 && !is_dict_word(nm, i));
	/* the break a space: the surname as right after a given name */
	if (wrapped_prose(nm, i) &&
	    ((t->flags & W_LAST) || ((p->flags & W_FIRST) && unlisted_word(nm, t) &&
				     !street_word(t) && !place_compound(nm, t) &&
				     (!org_shape(nm, t) || farm_surname_shape(t)))))
		return true;
	if (r >= nm->ntok || nm->tok[r].gap != GAP_COMMA)
		return false;
	if (!nm->tok[r].cap && nm->tok[r].k[nm->tok[r].klen - 1] == 's' && r + 1 < nm->ntok &&
	    nm->tok[r + 1].gap == GAP_SPACE)
		r++; /* "juryns ordförande" */
	return role_word(nm, &nm->tok[r]) &&
	       ((t->flags & W_LAST) || (t->flags == 0 && !is_dict_word(nm, i)));
}

/* "Björn J:son Lindh", "Anna P:sson": a capital, a colon and -son or
 * -sson abbreviate a surname (Jonsson, Persson) beside a name.  The colon
 * joins: the name goes whole. */
static bool abbreviated_patronym(anon_names *nm, size_t i)
{
	static const char *const son[] = { "son", "sson" };
	token *t = nm->tok;

	if (t[i].start != t[i - 1].end + 1 || nm->text[t[i - 1].end] != ':' ||
	    t[i - 1].end - t[i - 1].start != 1 || !t[i - 1].cap || !KEY_IS_ONE_OF(&t[i], son) ||
	    !((i >= 2 && t[i - 1].gap == GAP_SPACE && is_name(nm, i - 2)) ||
	      (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && is_name(nm, i + 1))))
		return false;
	t[i - 1].state = ST_NAME;
	t[i].gap = GAP_SPACE;
	if (i >= 2 && t[i - 1].gap == GAP_SPACE && t[i - 2].state >= ST_MAYBE && t[i - 2].cap &&
	    (t[i - 2].flags & W_FIRST))
		t[i - 2].state = ST_NAME; /* "till Björn J:son Lindhs": and the given name */
	return true;
}

/* "sigrid e bergqvist", "l-e samuelsson": in small letters, an initial
 * (a letter after a given name, or two joined by a hyphen) before a
 * surname the lists have, no ordinary word or place, is the name's; not
 * i, o (in, och) nor a letter before a word ("sigrid e glad"). */
static bool lower_initial_in_name(anon_names *nm, size_t i)
{
	token *t = nm->tok;
	const token *x = &t[i], *n = i + 1 < nm->ntok ? &t[i + 1] : NULL;
	bool one = x->klen == 1 && x->k[0] >= 'a' && x->k[0] <= 'z' && x->k[0] != 'i' &&
		   x->k[0] != 'o';
	bool pair = hyphen_pair(x) && x->k[0] >= 'a' && x->k[0] <= 'z' && x->k[2] >= 'a' &&
		    x->k[2] <= 'z';

	if (x->cap || x->state == ST_NAME || !(one || pair) || !n || n->gap != GAP_SPACE ||
	    n->cap || !(n->flags & W_LAST) || (n->flags & (W_COMMON | W_STOP | W_PLACE | W_KEEP)))
		return false;
	if (one && !(i > 0 && x->gap == GAP_SPACE && is_name(nm, i - 1) && !t[i - 1].cap &&
		     (t[i - 1].flags & W_FIRST)))
		return false;
	t[i].state = t[i + 1].state = ST_NAME;
	return true;
}

/* "Truong Ngoc Ha", "Do Huong Trang": a short function word capitalised
 * inside a sentence, right after or right before two capitalised names,
 * is the third part of the name, as Vietnamese names have three short
 * ones (not a conjunction, preposition, pronoun or a sentence's first
 * word: "Anna Berg Om hösten"). */
static bool short_part_of_long_name(const anon_names *nm, size_t i)
{
	/* words that start a sentence a stop was forgotten before */
	static const char *const openers[] = { "om", "men", "så", "nu", "då", "där", "när", "en",
					       "ett", "den", "det", "de", "var", "är", "har",
					       "kan", "ska", "vad", "hur", "ja", "nej", "ok", "vem" };
	const token *t = nm->tok;

	if (!t[i].cap || t[i].allcaps || t[i].sent_start || t[i].klen > 3 ||
	    t[i].script != SC_LATIN || t[i].state == ST_NAME || !(t[i].flags & W_STOP) ||
	    (t[i].flags & (W_CONJ | W_PREP | W_PRON | W_PLACEPREP)) || KEY_IS_ONE_OF(&t[i], openers) ||
	    contact_label_at(nm, i))
		return false;
	if (i >= 2 && t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE && is_name(nm, i - 1) &&
	    is_name(nm, i - 2) && t[i - 1].cap && t[i - 2].cap && !t[i - 1].allcaps)
		return true;
	return i + 2 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE &&
	       is_name(nm, i + 1) && is_name(nm, i + 2) && t[i + 1].cap && t[i + 2].cap &&
	       !t[i + 1].allcaps;
}

/* "av M Zelmfors", "av L Zelmby": a capitalised word no list or
 * dictionary has, kept for its place's shape, right after a capital
 * letter standing alone (no word, no brand's letter after a capitalised
 * word) is a surname after its initial: no place has an initial. */
static bool place_shaped_after_initial(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *p = &nm->tok[i - 1];

	return t->state == ST_NO && t->cap && !t->allcaps && !t->flags && t->script == SC_LATIN &&
	       t->gap == GAP_SPACE && p->initial == 1 && p->cap && !(p->flags & (W_STOP | W_PREP)) &&
	       p->end + 1 == t->start && !(i >= 2 && p->gap == GAP_SPACE && nm->tok[i - 2].cap) &&
	       !dict_has(&nm->dict, t->k, t->klen) && village_ending(t);
}

static AFTER_ROUNDS bool take_place_shaped_surnames(anon_names *nm)
{
	bool took = false;

	for (size_t i = 1; i < nm->ntok; i++)
		if (nm->tok[i - 1].klen == 1 && place_shaped_after_initial(nm, i)) {
			nm->tok[i].state = nm->tok[i - 1].state = ST_NAME;
			took = true;
		}
	return took;
}

/* "följa med. Björn<line break>Zelmlin kan": a given name that is a word
 * too, ending its line, before a surname taken on the next line that the
 * sentence goes on after, is the surname's: the break was a space. */
static bool given_across_line(const anon_names *nm, size_t i)
{
	const token *t = nm->tok, *p = &nm->tok[i - 1];

	return t[i].state == ST_NAME && (t[i].flags & W_LAST) && t[i].cap && !t[i].allcaps &&
	       p->state != ST_NAME && p->cap && !p->allcaps && (p->flags & W_FIRST) &&
	       !(p->flags & (W_STOP | W_KEEP | W_TITLE | W_PLACE | W_PREP | W_CAPTION | W_GREET)) &&
	       one_line_break(nm->text, p->end, t[i].start) && i + 1 < nm->ntok &&
	       t[i + 1].gap == GAP_SPACE && !t[i + 1].cap;
}

static AFTER_ROUNDS void take_surnames(anon_names *nm)
{
	for (size_t i = 1; i < nm->ntok; i++) {
		const token *p = &nm->tok[i - 1];
		/* each rule asked only where what it needs at least is there:
		 * most words have none of it */
		if (((p->klen == 1 || hyphen_pair(p)) &&
		     lower_initial_in_name(nm, i - 1)) ||
		    (p->state == ST_NAME && surname_after_first(nm, i)) ||
		    ((p->flags & W_PARTICLE) && surname_after_particles(nm, i)) ||
		    (nm->tok[i].gap == GAP_OTHER &&
		     (surname_across_line(nm, i) || abbreviated_patronym(nm, i))) ||
		    ((nm->tok[i].flags & W_STOP) && short_part_of_long_name(nm, i)))
			nm->tok[i].state = ST_NAME;
		else if (nm->tok[i].gap == GAP_OTHER && given_across_line(nm, i))
			nm->tok[i - 1].state = ST_NAME;
	}
	take_lone_list_words(nm);
	take_aside_list_words(nm);
}

/* Words I and I+1, capitalised, known to no list and not words of the
 * dictionary themselves (a compound's parts may be: Zelmsvärd), alone on
 * their line. */
static bool unknown_pair_line(anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i + 1 < nm->ntok && t[i].cap && t[i + 1].cap && !t[i].allcaps && !t[i + 1].allcaps &&
	       !t[i].flags && !t[i + 1].flags && t[i + 1].gap == GAP_SPACE &&
	       t[i].script == SC_LATIN && t[i + 1].script == SC_LATIN &&
	       !dict_has(&nm->dict, t[i].k, t[i].klen) &&
	       !dict_has(&nm->dict, t[i + 1].k, t[i + 1].klen) && alone_on_line(nm, i, i + 1);
}

/* Is word I joined to the next by one full stop and nothing else around
 * them, as a mailbox's first.last is written (not a host's or a file's
 * name: www.x.se, @x.se, /x.pdf)? */
static bool dotted_pair_at(const anon_names *nm, size_t i)
{
	const token *a = &nm->tok[i], *b = &nm->tok[i + 1];
	const char *s = nm->text;

	if (b->start != a->end + 1 || s[a->end] != '.')
		return false;
	if (a->start > 0 && strchr(".@/:", s[a->start - 1]))
		return false;
	return b->end >= nm->textlen || !(strchr("@/", s[b->end]) ||
					  (s[b->end] == '.' && b->end + 1 < nm->textlen &&
					   alnum_ascii(s[b->end + 1])));
}

/* A byte of a letter: an ASCII one, or any of a UTF-8 character. */
static bool letter_byte(char c)
{
	return isalpha_ascii(c) || (c & 0x80);
}

/* The word that ends at byte END of the text, by halving: the words are
 * in the text's order.  nm->ntok if none does. */
static size_t word_ending_at(const anon_names *nm, size_t end)
{
	size_t lo = 0, hi = nm->ntok;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (nm->tok[mid].end < end)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nm->ntok && nm->tok[lo].end == end ? lo : nm->ntok;
}

/* "olle.zelmqvist • maria.zelmstrom": a given name the lists have
 * joined by a full stop to a surname (listed, or no list or dictionary
 * has it, five letters or more: no file's ending), as in a mailbox's
 * name written without its host, is a person's name, both words.  Only
 * the text's full stops between letters are looked at. */
static bool take_dotted_names(anon_names *nm)
{
	const char *s = nm->text, *d = memchr(s, '.', nm->textlen);
	bool took = false;

	for (; d; d = memchr(d + 1, '.', nm->textlen - (size_t)(d + 1 - s))) {
		size_t at = (size_t)(d - s), i;
		token *a, *b;
		if (at == 0 || at + 1 >= nm->textlen || !letter_byte(s[at - 1]) ||
		    !letter_byte(s[at + 1]) || (i = word_ending_at(nm, at)) + 1 >= nm->ntok)
			continue;
		a = &nm->tok[i];
		b = &nm->tok[i + 1];
		if (b->start != at + 1 || !(a->flags & W_FIRST) || (a->flags & W_KEEP) ||
		    a->script != SC_LATIN || b->script != SC_LATIN || a->allcaps || b->allcaps ||
		    a->klen < 3 || (a->state == ST_NAME && b->state == ST_NAME) ||
		    !dotted_pair_at(nm, i))
			continue;
		if (((b->flags & W_LAST) && !(b->flags & (W_FIRST | W_KEEP))) ||
		    (b->flags == 0 && b->klen >= 5 && !dict_has(&nm->dict, b->k, b->klen))) {
			a->state = b->state = ST_NAME;
			took = true;
		}
	}
	return took;
}

/* "Moa Zelmén <newline> Trulle Zelmvärd <newline> Bjarki Zelmheim": in a
 * text that lists people a line at a time (two or more lines that are a
 * given name and a surname found), a line of two capitalised words no
 * list or dictionary has is a person too: a cast's or a board's list. */
static AFTER_ROUNDS void take_unknown_name_lines(anon_names *nm)
{
	size_t lines = 0;

	if (!memchr(nm->text, '\n', nm->textlen))
		return; /* most texts are one line */
	for (size_t i = 0; i + 1 < nm->ntok && lines < 2; i++)
		lines += nm->tok[i].state == ST_NAME && nm->tok[i + 1].state == ST_NAME &&
			 (nm->tok[i].flags & W_FIRST) && nm->tok[i + 1].gap == GAP_SPACE &&
			 alone_on_line(nm, i, i + 1);
	if (lines < 2)
		return;
	for (size_t i = 0; i + 1 < nm->ntok; i++)
		if (nm->tok[i].state != ST_NAME && unknown_pair_line(nm, i))
			nm->tok[i].state = nm->tok[i + 1].state = ST_NAME;
}

/* --strict: what could still be a name is taken too. */
static void take_strict(anon_names *nm)
{
	for (size_t i = 0; i < nm->ntok; i++) {
		token *t = &nm->tok[i];
		bool could = t->state == ST_MAYBE || t->state == ST_MAYBE_WEAK ||
			     (t->state == ST_MAYBE_LOWER && !is_dict_word(nm, i));
		if (t->state == ST_NO && t->cap && !t->initial &&
		    !(t->flags & (W_KEEP | W_PLACE | W_STOP | W_TITLE | W_CALL | W_GREET |
				  W_PREP | W_CONJ | W_PVERB | W_OBJVERB | W_PLACENOUN)))
			could = !is_dict_word(nm, i) && !(t->allcaps && t->klen <= 4) &&
				!org_shape(nm, t);
		if (t->state == ST_NO && t->script == SC_OTHER &&
		    !(t->flags & (W_STOP | W_KEEP)))
			could = true;
		if (could && !t->initial && t->klen > 1) {
			t->state = ST_NAME;
			nm->strict_taken++;
		}
	}
}

static void keep_words(anon_names *nm, size_t from, size_t to)
{
	for (size_t j = from; j < to; j++) {
		nm->tok[j].flags |= W_KEEP;
		nm->tok[j].phrasekeep = 1;
	}
}

/* Does a colon follow word I ("Dagens namn:", "Namnsdag:")? */
static bool colon_after(const anon_names *nm, size_t i)
{
	size_t e = nm->tok[i].end;

	while (e < nm->textlen && nm->text[e] == ' ')
		e++;
	return e < nm->textlen && nm->text[e] == ':';
}

/* "Dagens namn: Tobias, Tim", "Namnsdag: Eugen och Eugenia": a paper's
 * calendar of the day's names names nobody; the list after the label,
 * words joined by commas or och, is kept.  Words after the label ending
 * at word I. */
static size_t name_day_list(const anon_names *nm, size_t i)
{
	static const char *const label[] = { "namnsdag", "namnsdagar" };
	static const char *const day[] = { "dagens" };
	static const char *const names[] = { "namn" };
	const token *t = &nm->tok[i], *tok = nm->tok;
	size_t end = i + 1; /* one past the last name of the list */

	if (!((KEY_IS_ONE_OF(t, label) ||
	       (i > 0 && KEY_IS_ONE_OF(t, names) && KEY_IS_ONE_OF(&tok[i - 1], day) &&
		t->gap == GAP_SPACE)) &&
	      colon_after(nm, i)))
		return 0;
	for (size_t k = i + 1; k < nm->ntok && tok[k].cap;) {
		end = k + 1;
		if (k + 1 < nm->ntok && tok[k + 1].gap == GAP_COMMA)
			k++;
		else if (k + 2 < nm->ntok && (tok[k + 1].flags & W_CONJ) && !tok[k + 1].cap &&
			 tok[k + 1].gap == GAP_SPACE && tok[k + 2].gap == GAP_SPACE)
			k += 2; /* "Eugen och Eugenia" */
		else
			break;
	}
	return end - i - 1;
}

/* The words of a keep phrase (Burger King, Clas Ohlson) are all kept. */
static void mark_phrases(anon_names *nm)
{
	for (size_t i = 0; i < nm->ntok; i++) {
		size_t len;
		if (nm->tok[i].phrase && (phrase_at(nm, i, &len) & W_KEEP))
			keep_words(nm, i, i + len);
		else if (nm->tok[i].k[0] == 'n' && nm->tok[i].klen >= 4 &&
			 (len = name_day_list(nm, i)) > 0)
			keep_words(nm, i + 1, i + 1 + len);
	}
}

/* "Kajsa Vargs uttryck": a verb's particle before an organisation's word
 * makes an ordinary word of it (ut + tryck, in + tryck), no firm; a noun
 * before one makes an organisation (sam + skola, scout + kår). */
static bool word_ending_as_org(const anon_names *nm, const token *t)
{
	static const char *const particles[] = { "ut", "in", "av", "upp", "an", "på", "om",
						 "till", "fram", "under", "över", "bort", "ned",
						 "ner" };

	for (size_t p = 0; p < sizeof particles / sizeof *particles; p++) {
		size_t n = strlen(particles[p]);
		if (t->klen > n + 2 && memcmp(t->k, particles[p], n) == 0 &&
		    wordtab_get(&nm->orgsuffix, t->k + n, t->klen - n))
			return true;
	}
	return false;
}

static bool named_after_full_name(const anon_names *nm, size_t i);
static bool capitalised_name_ends(const anon_names *nm, size_t j);

/* The last word of a full name: 1 a surname no dictionary has, 2 one that
 * is an ordinary word too (Stark, Berg), 0 none. */
static int surname_of_full_name(anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	if (!(t->state == ST_NAME && !t->allcaps && t->script == SC_LATIN &&
	      i > 0 && t->gap == GAP_SPACE && nm->tok[i - 1].state == ST_NAME &&
	      !(i + 1 < nm->ntok && nm->tok[i + 1].state == ST_NAME &&
		nm->tok[i + 1].gap == GAP_SPACE) &&
	      !(t->flags & (W_STOP | W_KEEP | W_PLACE))) ||
	    named_after_full_name(nm, i)) /* Oscar Fredriksskolan */
		return 0;
	/* "Anna zelmif ... Anna zelmif sa": one in small letters only where
	 * no dictionary reads it, found again as written */
	if ((t->flags & W_COMMON) || is_dict_word(nm, i))
		return t->cap ? 2 : 0;
	return 1;
}

/* Is token J the word A, or (with GENITIVE) A's genitive before a word
 * in small letters (Ehrstrand, Ehrstrands framträdande; not a business
 * named after its owner: Dahlgrens Bil), or A without its genitive's s
 * where no dictionary has that word? */
static bool same_word(const anon_names *nm, const token *a, size_t j, bool genitive)
{
	const token *b = &nm->tok[j];

	if (b->klen == a->klen + 1 && genitive && b->k[a->klen] == 's')
		return memcmp(a->k, b->k, a->klen) == 0 && j + 1 < nm->ntok &&
		       !nm->tok[j + 1].cap;
	/* "Ann Zelmebos jävighet ... på förslag av Zelmebo" */
	if (b->klen + 1 == a->klen)
		return genitive && a->klen >= 5 && a->k[b->klen] == 's' &&
		       memcmp(a->k, b->k, b->klen) == 0 && !dict_has(&nm->dict, b->k, b->klen);
	return b->klen == a->klen && memcmp(a->k, b->k, a->klen) == 0;
}

/* A name is looked for again this many words either side of where it was
 * found: an answer's names are near each other, and a field of megabytes
 * must not cost the square of its words. */
#define AGAIN_REACH 512

static size_t again_from(size_t i)
{
	return i > AGAIN_REACH ? i - AGAIN_REACH : 0;
}

static size_t again_to(const anon_names *nm, size_t i)
{
	return nm->ntok - i > AGAIN_REACH ? i + AGAIN_REACH : nm->ntok;
}

/* Word J stands capitalised inside a clause, between words in small
 * letters ("Senast har Biskop varit"), where an ordinary word would not. */
static bool mid_clause(const anon_names *nm, size_t j)
{
	return j > 0 && !nm->tok[j].sent_start && nm->tok[j].gap == GAP_SPACE &&
	       !nm->tok[j - 1].cap && !nm->tok[j].quoted;
}

/* Keep word A in the record's list V of *N words for its later cells:
 * the new entry, or NULL where A is there already or no room is left. */
static row_name *row_keep(const anon_names *nm, row_name *v, size_t *n, const token *a)
{
	row_name *rn;

	if (!nm->row_open || *n == ROW_NAMES || a->klen >= ROW_KEY_MAX)
		return NULL;
	for (size_t r = 0; r < *n; r++)
		if (v[r].klen == a->klen && memcmp(v[r].k, a->k, a->klen) == 0)
			return NULL;
	rn = &v[(*n)++];
	memcpy(rn->k, a->k, a->klen);
	rn->klen = (unsigned char)a->klen;
	return rn;
}

/* Keep word A, a part of a full name, for the record's later cells. */
static void remember_in_row(anon_names *nm, const token *a, bool only_subject)
{
	row_name *rn = row_keep(nm, nm->row, &nm->nrow, a);

	if (rn) {
		rn->only_subject = only_subject;
		rn->cap = a->cap;
		rn->flags = a->flags;
	}
}

/* "säger Michael Hesselgård ... säger Hesselgård": the surname of a full
 * name found in the text is a name again where it stands alone, also in
 * the genitive when it is no ordinary word (Ehrstrands framträdande); with
 * ONLY_SUBJECT (an ordinary word too: "Magnus J Stark ... Stark är 53 år",
 * "Kim Biskop ... har Biskop varit") only before a word in small letters
 * where it starts a sentence, as a subject does, or stands inside a
 * clause: elsewhere it may be the word. */
/* The cheap half of again_takes, inline for every word in reach: B is
 * capitalised, not taken, and as long as A or its genitive, with A's
 * first letter. */
static inline bool may_be_again(const token *a, const token *b)
{
	return (b->cap || !a->cap) && b->state != ST_NAME &&
	       (b->klen == a->klen || b->klen == a->klen + 1 || b->klen + 1 == a->klen) &&
	       b->k[0] == a->k[0];
}

/* "Mina är 19 år", "Inga fyllde 80 år": an age after the verb that
 * follows word J. */
static bool age_after_verb(const anon_names *nm, size_t j)
{
	static const char *const verbs[] = { "är", "var", "fyller", "fyllde", "blir", "blev" };
	const char *s = nm->text;
	size_t e, d;

	if (j + 1 >= nm->ntok || nm->tok[j + 1].gap != GAP_SPACE ||
	    !KEY_IS_ONE_OF(&nm->tok[j + 1], verbs))
		return false;
	e = nm->tok[j + 1].end + 1;
	for (d = e; d < nm->textlen && d - e < 3 && digit_byte(s[d]); d++)
		;
	return d > e && d - e <= 2 && text_has(s, nm->textlen, d, " år") &&
	       !(d + 4 < nm->textlen && isalpha_ascii(s[d + 4]));
}

/* Is word J, which may_be_again let through, the name A again? */
/* "Biskop Afrem Zelmodi ... S:t Afrem": after S:t or Sankt the word is
 * the saint's, a church's name, though the text names a person so too. */
static bool after_saint(const anon_names *nm, size_t j)
{
	size_t at;

	return saint_before(nm->text, nm->tok[j].start, &at);
}

/* "Else skänkte pengar", "Bo skänkte": a word in small letters after J
 * that a dictionary has and that ends as a verb's past does (-de, -te),
 * or what a person does: J is the subject of a finite verb. */
static bool past_or_person_verb_after(anon_names *nm, size_t j)
{
	static const char *const past[] = { "de", "te" };
	const token *v = j + 1 < nm->ntok ? &nm->tok[j + 1] : NULL;

	if (!v || v->gap != GAP_SPACE || v->cap)
		return false;
	if (ending_of(v->k, v->klen, past, sizeof past / sizeof *past, 2) && is_dict_word(nm, j + 1))
		return true;
	return pverb_at(nm, j + 1);
}

/* "Adamsson/Granlöv": word J joined by a slash alone to a name taken, as
 * a doubles pair or a couple is written. */
static bool slashed_to_name(const anon_names *nm, size_t j)
{
	return (slash_joined(nm, j, -1) && is_name(nm, j - 1)) ||
	       (slash_joined(nm, j, +1) && is_name(nm, j + 1));
}

static bool again_takes(anon_names *nm, const token *a, size_t j, bool only_subject)
{
	token *t = nm->tok;

	return !t[j].allcaps && same_word(nm, a, j, !only_subject) && !org_follows(nm, j) &&
	       !after_saint(nm, j) &&
	       !(j > 0 && org_cue_at(nm, j - 1)) && /* "IK Eos", "kammarkören Vox" */
	       /* "Inga av oss": a function word starts a sentence as the
		* word, unless what a person does follows (Else berättar) */
	       !((a->flags & W_STOP) && t[j].sent_start && !past_or_person_verb_after(nm, j) &&
		 !age_after_verb(nm, j)) &&
	       /* "My Olsson ... var My endast": two letters only inside a
		* clause, signing after a greeting, or starting a sentence
		* before its verb (Bo Zelmander ... Bo skänkte), not a pronoun */
	       (a->klen > 2 || mid_clause(nm, j) || signed_after_greeting(nm, j) ||
		(t[j].sent_start && !(a->flags & W_PRON) && past_or_person_verb_after(nm, j))) &&
	       /* "Freja Claesson ... Freja rapporterade", not "kabel på Kjell" */
	       (!(a->flags & W_KEEP) || brand_as_person(nm, j, true)) &&
	       (!only_subject || reported_speaker(nm, j) || /* ", säger Lång." */
		slashed_to_name(nm, j) || /* "Zelmsson/Granlöv 6-1" */
		(j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && !t[j + 1].cap &&
		 (t[j].sent_start || mid_clause(nm, j))));
}

static void take_word_again(anon_names *nm, size_t i, bool only_subject)
{
	size_t to = again_to(nm, i);

	remember_in_row(nm, &nm->tok[i], only_subject);
	for (size_t j = again_from(i); j < to; j++)
		if (may_be_again(&nm->tok[i], &nm->tok[j]) && again_takes(nm, &nm->tok[i], j, only_subject))
			nm->tok[j].state = ST_NAME; /* not "Hellvi Sportklubb" */
}

/* "Axel Gunnesson flyttade" in one answer, "Gunnessons hus" in the next:
 * the parts of full names found in the record's earlier cells are names
 * again alone in this one, as they would be in the same cell. */
static AFTER_ROUNDS bool take_row_names(anon_names *nm)
{
	bool took = false;

	for (size_t r = 0; r < nm->nrow; r++) {
		const row_name *rn = &nm->row[r];
		token a = { .k = rn->k, .klen = rn->klen, .flags = rn->flags, .cap = rn->cap };
		for (size_t j = 0; j < nm->ntok; j++)
			if (may_be_again(&a, &nm->tok[j]) && again_takes(nm, &a, j, rn->only_subject)) {
				nm->tok[j].state = ST_NAME;
				took = true;
			}
	}
	return took;
}

/* "Nyamko Sabuni föddes ... Nyamko läste": a word no list or dictionary
 * has, found as a name before a surname or another such word, is a given
 * name the lists lack; where it stands alone it is the person again; so
 * is an ordinary word found so before a surname the lists have (Sus
 * Andersson ... Sus ville).  Not before an ordinary word: "Vreta
 * Kluster" may be anything. */
static bool unknown_before_surname(const anon_names *nm, size_t i)
{
	const token *s = &nm->tok[i + 1];

	return nm->tok[i].flags == 0 && !(s->flags & ~(unsigned)W_LAST) &&
	       !dict_has(&nm->dict, s->k, s->klen) &&
	       ((s->flags & W_LAST) || !dict_has(&nm->dict, nm->tok[i].k, nm->tok[i].klen));
}

/* "Nu har vi knutit Per Hermansson till oss. Per presenteras...",
 * "anmälan görs till Hans": the given name of a full name found in the
 * text is a name again where it stands alone, though it is a word too;
 * not a brand's ("Kjell Hedwallsson ... köpte kabel på Kjell").  So is a
 * function word that is a given name (Else Olsson ... Else berättar); not
 * a word no list has, which may be a pair of anything capitalised. */
static bool first_of_full_name(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return i + 1 < nm->ntok && t->state == ST_NAME && t->cap && !t->allcaps &&
	       ((t->flags & (W_FIRST | W_STOPNAME)) || unknown_before_surname(nm, i)) &&
	       t->script == SC_LATIN && t->klen >= 2 &&
	       nm->tok[i + 1].state == ST_NAME && nm->tok[i + 1].gap == GAP_SPACE &&
	       nm->tok[i + 1].cap && !(nm->tok[i + 1].flags & W_FIRST);
}

/* Could word J, capitalised, be a given name found elsewhere in the text?
 * A word that is a name too inside a sentence, or at its start before a
 * word in small letters ("Gun Frank avtackades ... Gun finns kvar"); a
 * function word only inside a sentence, where it would be in small
 * letters ("Inga Tidholm ... Vi tackar Inga"). */
static inline bool word_that_names_again(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	bool word = (t->flags & W_COMMON) || (t->flags & (W_PLACE | W_FIRST)) == (W_PLACE | W_FIRST);

	if (!t->sent_start)
		return word || (t->flags & W_STOPNAME);
	return word && !(t->flags & W_STOP) && j + 1 < nm->ntok && nm->tok[j + 1].gap == GAP_SPACE &&
	       !nm->tok[j + 1].cap;
}

/* "i Toves kompis Sannas lägenhet ... Stort tack till Sanna som": a
 * given name found as a name, alone or in the genitive, is a name again
 * where it stands capitalised inside a sentence as a word or a place too
 * (sanna, Jordan);
 * not after a place's preposition (bor i Sanna) nor a club's or a
 * business's noun (IBK Svala). */
static void take_given_name_again(anon_names *nm, size_t i)
{
	token *t = nm->tok;
	size_t stem = t[i].genitive ? t[i].klen - 1 : t[i].klen, to = again_to(nm, i);

	if (!t[i].cap || t[i].allcaps || (t[i].flags & W_KEEP) || t[i].script != SC_LATIN ||
	    stem < 3)
		return; /* the caller asked for a first name found as a name */
	for (size_t j = again_from(i); j < to; j++)
		if (t[j].state != ST_NAME && word_that_names_again(nm, j) && t[j].cap &&
		    !t[j].allcaps && t[j].klen == stem && memcmp(t[j].k, t[i].k, stem) == 0 &&
		    !placeprep_before(nm, j) && !org_follows(nm, j) && j > 0 && !org_cue_at(nm, j - 1) &&
		    !after_saint(nm, j) &&
		    !((t[j].flags & W_PLACE) && neighbour_has(nm, j, -1, W_PREP)))
			t[j].state = ST_NAME; /* not "åkte till Jordan" */
}

static bool any_open_common_word(const anon_names *nm)
{
	for (size_t i = 0; i < nm->ntok; i++)
		if (nm->tok[i].state != ST_NAME && nm->tok[i].cap && word_that_names_again(nm, i))
			return true;
	return false;
}

/* "Ledamoten Zelmås gick bort ... ingen har ersatt Zelmås": a capitalised word no
 * list has, taken as a name right after a person's role and with no name
 * after it, is a surname; where it stands alone it is the person again. */
static bool unlisted_after_role(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].state == ST_NAME && t[i].flags == 0 && t[i].cap && !t[i].allcaps &&
	       t[i].script == SC_LATIN && t[i].klen >= 3 && t[i].gap == GAP_SPACE &&
	       (t[i - 1].flags & W_TITLE) && !(t[i - 1].flags & (W_FIRST | W_LAST)) &&
	       !(i + 1 < nm->ntok && t[i + 1].state == ST_NAME && t[i + 1].gap == GAP_SPACE);
}

/* Do words J and J + 1, both names, read A[0..an) and B[0..bn) as
 * written? */
static bool name_pair_reads(const anon_names *nm, size_t j, const char *a, size_t an,
			    const char *b, size_t bn)
{
	const token *t = nm->tok;

	return t[j].end - t[j].start == an && t[j + 1].end - t[j + 1].start == bn &&
	       memcmp(nm->text + t[j].start, a, an) == 0 &&
	       memcmp(nm->text + t[j + 1].start, b, bn) == 0;
}

/* "LundBodil ... Lund Bodil, lektor", "ZelmholmPehr ... Pehr Zelmholm": a
 * page's heading glues a name's two words, the name written apart in the
 * same text; the glued word is the name again. */
static AFTER_ROUNDS void take_glued_names_again(anon_names *nm)
{
	token *t = nm->tok;
	const char *s = nm->text;

	for (size_t i = 0; i < nm->ntok; i++) {
		size_t cut = t[i].start + 1;
		if (t[i].state == ST_NAME || t[i].flags || !t[i].cap || t[i].allcaps ||
		    t[i].script != SC_LATIN || t[i].end - t[i].start < 6)
			continue;
		while (cut + 1 < t[i].end && !capital_at(s, t[i].end, cut))
			cut++;
		if (cut + 1 >= t[i].end || cut < t[i].start + 2)
			continue;
		for (size_t j = 0; j + 1 < nm->ntok; j++) {
			const char *a = s + t[i].start, *b = s + cut;
			size_t an = cut - t[i].start, bn = t[i].end - cut;
			if (t[j].state == ST_NAME && t[j + 1].state == ST_NAME &&
			    t[j + 1].gap == GAP_SPACE &&
			    (name_pair_reads(nm, j, a, an, b, bn) || name_pair_reads(nm, j, b, bn, a, an))) {
				t[i].state = ST_NAME;
				break;
			}
		}
	}
}

/* Do words A and B, and the words after each, say the same (a full
 * name written twice)? */
static bool same_pair(const anon_names *nm, size_t a, size_t b)
{
	const token *t = nm->tok;

	return t[a].cap == t[b].cap && t[a].klen == t[b].klen &&
	       memcmp(t[a].k, t[b].k, t[a].klen) == 0 && t[a + 1].klen == t[b + 1].klen &&
	       memcmp(t[a + 1].k, t[b + 1].k, t[a + 1].klen) == 0;
}

/* "Mons Hovde. Hallå där Mons Hovde, ledamot": a full name found once,
 * ending at word I, is the name wherever its two words stand together
 * again, though the word before the surname is a word too where the text
 * does not say so there. */
static void take_full_name_again(anon_names *nm, size_t i)
{
	token *t = nm->tok;

	for (size_t j = 1; j < nm->ntok; j++)
		if (t[j].state == ST_NAME && t[j - 1].state != ST_NAME && t[j - 1].cap &&
		    t[j].gap == GAP_SPACE && same_pair(nm, i - 1, j - 1))
			t[j - 1].state = ST_NAME;
}

/* "Med det Zelmh påstår ... Zelmh är erfaren", "Olles kärlek ... var
 * Olles barn": a capitalised word taken as a name in the text, where it
 * starts a sentence before a word in small letters and nothing decided
 * it, is the name again: a subject.  Not a function word (Inga av oss),
 * nor before a role or a relative, where the rules of roles decide (Hans
 * bror kom och Hans dotter ärvde). */
static bool open_subject_at(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	return (t[j].state == ST_MAYBE || t[j].state == ST_MAYBE_WEAK) && t[j].sent_start &&
	       t[j].cap && !t[j].allcaps && !(t[j].flags & (W_STOP | W_STOPNAME)) &&
	       j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && !t[j + 1].cap &&
	       !(t[j + 1].flags & W_TITLE);
}

static void take_open_subject_again(anon_names *nm, size_t i)
{
	token *t = nm->tok;
	size_t to = again_to(nm, i);

	if (!t[i].cap || t[i].allcaps || t[i].script != SC_LATIN || t[i].klen < 3 ||
	    (t[i].flags & (W_STOP | W_STOPNAME | W_KEEP | W_PLACE)))
		return;
	for (size_t j = again_from(i); j < to; j++)
		if (may_be_again(&t[i], &t[j]) && open_subject_at(nm, j) &&
		    same_word(nm, &t[i], j, true))
			t[j].state = ST_NAME;
}

static bool any_open_subject(const anon_names *nm)
{
	for (size_t j = 0; j < nm->ntok; j++)
		if (open_subject_at(nm, j))
			return true;
	return false;
}

static AFTER_ROUNDS void take_repeated_surnames(anon_names *nm)
{
	int open_word = -1; /* a capitalised word that is a name too, not taken? */
	int open_subject = -1; /* an open word starting a sentence? */

	for (size_t i = 0; i < nm->ntok; i++) {
		int surname = i > 0 ? surname_of_full_name(nm, i) : 0;
		if (surname || first_of_full_name(nm, i) || unlisted_after_role(nm, i)) {
			take_word_again(nm, i, surname == 2);
			if (surname)
				take_full_name_again(nm, i);
		} else if (nm->tok[i].state == ST_NAME && (nm->tok[i].flags & (W_FIRST | W_STOPNAME))) {
			if (open_word < 0)
				open_word = any_open_common_word(nm);
			if (open_word)
				take_given_name_again(nm, i);
		}
		if (nm->tok[i].state == ST_NAME) {
			if (open_subject < 0)
				open_subject = any_open_subject(nm);
			if (open_subject)
				take_open_subject_again(nm, i);
		}
	}
}

/* Spaces and one quotation mark or bracket between A and B. */
static bool one_quote_between(const char *s, size_t a, size_t b)
{
	int q = 0;

	for (; a < b; a++) {
		size_t len;
		if (s[a] == ' ')
			continue;
		len = s[a] == '(' || s[a] == ')' ? 1 : quote_mark_len(s, a, b);
		if (len == 0)
			return false;
		q++;
		a += len - 1;
	}
	return q == 1;
}

/* Could S[0..n) hold a mark of one_quote_between at all?  Each begins
 * with one of these bytes; most texts have none. */
static bool may_hold_quotes(const char *s, size_t n)
{
	return memchr(s, '"', n) || memchr(s, '\'', n) || memchr(s, 0xE2, n) ||
	       memchr(s, 0xC2, n) || memchr(s, '(', n);
}

/* "... nyttja resegarantin. Björn, också Järfällabo", "... det hela.
 * Björn": a given name that is a word too, opening the text's last
 * sentence after another one, alone or before a comma and a few words
 * that tell where the writer lives or what the writer is, signs the
 * text; not a list of words (Sten, grus och sand). */
static AFTER_ROUNDS bool take_signature(anon_names *nm)
{
	token *t = nm->tok;
	size_t f = nm->ntok, e = nm->ntok - 1;
	bool tells = false;

	if (nm->ntok < 3)
		return false;
	for (size_t i = e + 1; i-- > 0 && e - i < 5;)
		if (t[i].sent_start) {
			f = i;
			break;
		}
	if (f == nm->ntok || f == 0 || t[f].state == ST_NAME || !t[f].cap || t[f].allcaps ||
	    (t[f].flags & (W_FIRST | W_KEEP | W_PLACE | W_STOP)) != W_FIRST ||
	    t[f].script != SC_LATIN || !at_sentence_start(nm->text, t[f].start))
		return false;
	for (size_t i = t[e].end; i < nm->textlen; i++)
		if ((unsigned char)nm->text[i] >= 0x80 || alnum_ascii((unsigned char)nm->text[i]) ||
		    nm->text[i] == '!' || nm->text[i] == '?') /* "Sol!": a cry */
			return false;
	if (f < e && t[f + 1].gap != GAP_COMMA)
		return false;
	for (size_t i = f + 1; i <= e; i++) {
		if (pverb_at(nm, i) || (t[i].gap != GAP_SPACE && i > f + 1))
			return false;
		tells |= (t[i].flags & (W_PLACE | W_TITLE)) || inhabitant_of_place(nm, &t[i]);
	}
	if (f < e && !tells)
		return false;
	t[f].state = ST_NAME;
	return true;
}

/* Where the line holding word I starts if it starts with it (only blanks
 * before it): that offset, else (size_t)-1. */
static size_t line_start_at(const anon_names *nm, size_t i)
{
	size_t a = nm->tok[i].start;

	while (a > 0 && (nm->text[a - 1] == ' ' || nm->text[a - 1] == '\t'))
		a--;
	return a == 0 || nm->text[a - 1] == '\n' ? a : (size_t)-1;
}

/* Does word I start its line? */
static bool starts_line(const anon_names *nm, size_t i)
{
	return line_start_at(nm, i) != (size_t)-1;
}

/* Does the line holding token F start with it, after a finished sentence
 * or a greeting on the line before (Hälsningar)? */
static bool line_signs(const anon_names *nm, size_t f)
{
	const char *s = nm->text;
	size_t a = line_start_at(nm, f);

	if (a == 0 || a == (size_t)-1)
		return false;
	while (a > 0 && strchr(" \t\r\n", s[a - 1]))
		a--;
	return a > 0 && (strchr(".!?", s[a - 1]) ||
			 (f > 0 && nm->tok[f - 1].end == a && (nm->tok[f - 1].flags & W_GREET)));
}

/* A capitalised word no list but the surnames' has, and no dictionary;
 * ALONE: nor one shaped like an organisation's name or a compound (after
 * a given name, Nordenfors is a surname however it is shaped). */
static bool unlisted_surname(anon_names *nm, size_t i, bool alone)
{
	const token *t = &nm->tok[i];

	return t->cap && !t->allcaps && t->script == SC_LATIN && t->klen >= 4 &&
	       (t->flags & ~(unsigned)W_LAST) == 0 && !noun_compound(nm, t) &&
	       (alone ? !is_dict_word(nm, i) && !org_shape(nm, t) : !dict_has(&nm->dict, t->k, t->klen));
}

/* "... det börjar bli olidligt!\n\nZelmsson": a capitalised word that no
 * list or dictionary has, with an ending only surnames have, alone on the
 * text's last line after a finished sentence, is the writer's signature;
 * any other word there may be a pseudonym (Mzelmo), no one's name.
 * "Hälsningar\nBo Zelmfors": so is a given name, a word too, and such a
 * word of any ending after it; a known place after it is the writer's
 * home (Per Sundsvall). */
static AFTER_ROUNDS bool take_signature_line(anon_names *nm)
{
	size_t e = nm->ntok - 1;
	token *t = nm->tok;

	if (nm->ntok < 3 || t[e].state == ST_NAME)
		return false;
	for (size_t b = t[e].end; b < nm->textlen; b++)
		if (!strchr(" .\r\n", nm->text[b]))
			return false;
	if (t[e].flags == 0 && surname_ending(nm, &t[e]) && !place_compound(nm, &t[e]) &&
	    unlisted_surname(nm, e, true) && line_signs(nm, e)) {
		t[e].state = ST_NAME;
		return true;
	}
	if (t[e].gap != GAP_SPACE || !t[e - 1].cap || t[e - 1].allcaps || !t[e].cap ||
	    (t[e - 1].flags & (W_FIRST | W_KEEP | W_PLACE)) != W_FIRST || !line_signs(nm, e - 1))
		return false;
	if ((t[e].flags & (W_PLACE | W_KEEP)) == W_PLACE)
		t[e - 1].state = ST_NAME; /* Per Sundsvall: a name and where the writer lives */
	else if (unlisted_surname(nm, e, false))
		t[e - 1].state = t[e].state = ST_NAME;
	else
		return false;
	return true;
}

/* "Erik Ljung ”Kusen”, Delsbo": one word quoted whole right after a full
 * name, not its genitive (Anna Bergs ”Resan”, Jan Troells ”Utvandrarna”:
 * a work), is the person's nickname. */
static bool nickname_after_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t q = t[i].end;

	return i >= 2 && t[i].quote && t[i].script == SC_LATIN && !(t[i].flags & (W_STOP | W_KEEP)) &&
	       t[i - 1].state == ST_NAME && t[i - 2].state == ST_NAME && t[i - 1].gap == GAP_SPACE &&
	       !t[i - 1].genitive && !(t[i - 1].k[t[i - 1].klen - 1] == 's' && !(t[i - 1].flags & W_LAST)) &&
	       q < nm->textlen && quote_mark_len(s, q, nm->textlen) &&
	       (i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE);
}

/* "Per "Pelle" von Zelm": the particles after a nickname, and the
 * capitalised surname after them; else word J itself. */
static size_t surname_after_nickname(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;
	size_t k = j;

	while (k + 1 < nm->ntok && k - j < 2 && !t[k].cap && (t[k].flags & W_PARTICLE) &&
	       t[k + 1].gap == GAP_SPACE)
		k++;
	return k > j && t[k].cap ? k : j;
}

/* "Karl Gunnar (KG)": word I, in capitals, is the initials of the
 * capitalised words right before it. */
static bool initials_of_names_before(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t k = t[i].klen;

	if (!t[i].allcaps || k < 2 || k > 3 || i < k)
		return false;
	for (size_t m = 0; m < k; m++) {
		const token *w = &t[i - k + m];
		if (!w->cap || w->allcaps || w->k[0] != t[i].k[m] || (m > 0 && w->gap != GAP_SPACE))
			return false;
	}
	return true;
}

/* "Lisbeth ”Malle” Lärka", "Per "Pelle" Svensson", "Ulf ”Den glada
 * bonden” Andersson", "Anna (Nisse) Berg", "Kalle "Egget" Nord": a
 * nickname in quotation marks or brackets between a first name and a
 * capitalised word (a surname that is a word too among them); all of it
 * is the name.  Asked again after the rules that keep things, which may
 * read the nickname as a title (”The Wiz”). */
static AFTER_ROUNDS bool take_nicknamed(anon_names *nm, bool quotes)
{
	token *t = nm->tok;
	const char *s = nm->text;
	bool took = false;

	if (!quotes)
		return false;
	for (size_t i = 1; i < nm->ntok; i++) {
		size_t j = i + 1;
		if (t[i].state != ST_NAME && nickname_after_full_name(nm, i)) {
			t[i].state = ST_NAME;
			took = true;
			continue;
		}
		if (!t[i - 1].cap || !(t[i - 1].flags & W_FIRST) || t[i - 1].script != SC_LATIN ||
		    !one_quote_between(s, t[i - 1].end, t[i].start))
			continue;
		while (j < nm->ntok && j - i < 4 && t[j].gap == GAP_SPACE)
			j++; /* the nickname's words */
		if (j >= nm->ntok || !one_quote_between(s, t[j - 1].end, t[j].start) ||
		    s[t[j - 1].end] == ' ' ||
		    /* Per (S) Ek, Eva Ek (s) Fränsta: a party's letter */
		    (s[t[j - 1].end] == ')' && (t[i].allcaps || !t[i].cap || t[i].klen <= 2) &&
		     !initials_of_names_before(nm, i)))
			continue;
		j = surname_after_nickname(nm, j);
		if (!t[j].cap || t[j].allcaps ||
		    t[j].script != SC_LATIN || (t[j].flags & (W_STOP | W_TITLE)) ||
		    ((t[j].flags & (W_KEEP | W_LAST)) == W_KEEP))
			continue;
		for (size_t k = i - 1; k <= j; k++)
			t[k].state = ST_NAME;
		took = true;
		i = j;
	}
	return took;
}

/* A street's or a park's own word, written apart (the joined ones,
 * Palmegatan, are one word and no name).  Not plats: "tog Anna Lindhs
 * plats" is her seat. */
static bool street_word(const token *t)
{
	static const char *const words[] = { "väg", "vägen", "gata", "gatan", "gränd",
					     "gränden", "torg", "torget", "allé", "allén",
					     "park", "parken", "promenad", "promenaden", "stig",
					     "stigen", "backe", "backen", "kaj", "kajen" };

	/* kaj is the one word of three bytes */
	return (t->klen >= 4 || t->k[0] == 'k') && t->klen >= 3 && strchr("vgtapsbk", t->k[0]) &&
	       KEY_IS_ONE_OF(t, words);
}

/* "Anders Walls stipendium", "Eva Ekebergs minnesfond": a prize or a
 * fund a person's genitive names, also a compound of a prize's word. */
static bool prize_word(const token *t)
{
	static const char *const words[] = { "stipendium", "stipendiet", "pris", "priset",
					     "fond", "fonden", "minnesfond", "minnesfonden",
					     "medalj", "medaljen", "pokal", "pokalen",
					     "vandringspris", "minnespris", "stiftelse" };

	/* "Gerhard Bonniers lyrikpris", "Eva Ekebergs kulturstipendium" */
	static const char *const kinds[] = { "pris", "priset", "stipendium", "stipendiet" };

	return KEY_IS_ONE_OF(t, words) || ending_of(t->k, t->klen, kinds, 4, 4);
}

/* "Fredrika Bremer gymnasiet", "Paul Eriksson museet": what is named
 * after a person by the full name alone. */
static bool named_after_person(const token *t)
{
	static const char *const words[] = { "gymnasiet", "gymnasium", "museet", "museum",
					     "priset", "sällskapet", "stiftelsen", "institutet" };

	return t->klen >= 6 && strchr("gmpsi", t->k[0]) && KEY_IS_ONE_OF(t, words);
}

/* "Tomas Zelmström Cup", "Ove Zelmsson Memorial", "Pedro Zelmara Förening":
 * a tournament, a race, a memorial's event or a society capitalised
 * after a full name is named after the person, where no capitalised word
 * goes on (the caller asks that the surname be no ordinary word: Maja
 * Sommar Cup is Maja's summer cup). */
static bool named_thing_after_person(const anon_names *nm, size_t j)
{
	static const char *const words[] = { "cup", "cupen", "memorial", "trophy", "loppet",
					     "pokalen", "förening", "föreningen", "sällskap",
					     "sällskapet", "stiftelse", "stiftelsen", "fond",
					     "fonden", "akademi", "akademien" };

	return KEY_IS_ONE_OF(&nm->tok[j], words) &&
	       !(j + 1 < nm->ntok && nm->tok[j + 1].gap == GAP_SPACE && nm->tok[j + 1].cap);
}

/* After a hyphen a society, a day, a week, a show or an exhibition is
 * named after the person or the work too (Pär Zelmkvist-samfundet, Ernst
 * Zelmlund-dagen, Peter Pan-föreställningen); written apart the day is a
 * time (Anna Berg dagen efter). */
static bool hyphen_event_word(const token *t)
{
	static const char *const words[] = { "samfundet", "dagen", "dagarna", "veckan",
					     "akademien", "föreställningen", "föreställning",
					     "musikalen", "pjäsen", "konserten", "showen",
					     "utställningen" };

	return KEY_IS_ONE_OF(t, words);
}

/* "Engström-skolans", "Whitlock-gymnasiet", "Palme-priset": the last
 * part, after a hyphen, is a place or an organisation named after the
 * person the word starts with.  Written with a capital it is the second
 * surname of a double one (Nina Karls-Nygård). */
static bool hyphen_names_after_person(const anon_names *nm, const token *t)
{
	size_t dash = t->klen, at = t->end;
	token tail;

	while (dash > 0 && t->k[dash - 1] != '-')
		dash--;
	while (at > t->start && nm->text[at - 1] != '-')
		at--;
	if (dash < 2 || capital_in_word(nm, t, at))
		return false;
	tail = *t;
	tail.k = t->k + dash;
	tail.klen = t->klen - dash;
	return tail.klen > 2 && (org_word(nm, &tail) || street_word(&tail) ||
				 named_after_person(&tail) || hyphen_event_word(&tail) ||
				 prize_word(&tail));
}

/* "Oscar Fredriksskolan", "Per Brahegymnasiet", "Frans Henriksonssalen":
 * a school, a museum, a prize or a hall named after a person, written as
 * one word with the surname. */
static bool compound_named_after_person(const token *t)
{
#define TAIL(s) { (s), sizeof(s) - 1 }
	static const struct {
		const char *s;
		size_t len;
	} tails[] = { TAIL("skolan"), TAIL("skolans"), TAIL("gymnasiet"), TAIL("gymnasiets"),
		      TAIL("museet"), TAIL("museets"), TAIL("priset"), TAIL("prisets"),
		      TAIL("salen"), TAIL("salens"), TAIL("hallen"), TAIL("hallens"),
		      TAIL("teatern"), TAIL("teaterns"), TAIL("biblioteket"),
		      TAIL("bibliotekets") };
#undef TAIL

	for (size_t w = 0; w < sizeof tails / sizeof *tails; w++) {
		size_t len = tails[w].len;
		if (t->klen >= len + 3 && memcmp(t->k + t->klen - len, tails[w].s, len) == 0)
			return true;
	}
	return false;
}

/* "Erik Dahlbergsgatan", "Anders Personsvägen", "Maria Prästgårdsgata":
 * a street named after a person, written as one word with the genitive
 * of a surname the lists have or of a word no list has; not before a
 * house number (Anna Berg, where the street is hers, is asked
 * elsewhere). */
static bool street_compound_of_surname(const anon_names *nm, size_t i)
{
	static const char *const tails[] = { "gatan", "vägen", "gränden", "gränd", "torget",
					     "allén", "parken", "stigen", "backen", "platsen",
					     "gata", "väg", "torg" };
	const token *t = &nm->tok[i];
	size_t e = t->end, len;

	if (t->klen < 9 || !strchr("ndtag", t->k[t->klen - 1])) /* most words, at once */
		return false;
	while (e < nm->textlen && nm->text[e] == ' ')
		e++;
	if (!t->cap || t->allcaps || (e < nm->textlen && nm->text[e] >= '0' && nm->text[e] <= '9'))
		return false;
	len = ending_of(t->k, t->klen, tails, sizeof tails / sizeof *tails, 5);
	/* "Maria Prästgårdsgata": a street's word no list has is no surname */
	return len && t->k[t->klen - len - 1] == 's' &&
	       ((names_flags(nm, t->k, t->klen - len - 1) & W_LAST) || !(t->flags & (W_FIRST | W_LAST)));
}

/* The part of word I before its last hyphen stands alone elsewhere in the
 * text as a name: "Costa bor i Kiel ... ett Franco Costa-museum" is about
 * the person, who stays unnamed in both. */
static bool hyphen_stem_named(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t stem = t[i].klen;

	while (stem > 0 && t[i].k[stem - 1] != '-')
		stem--;
	for (size_t j = 0; stem > 1 && j < nm->ntok; j++)
		if (j != i && t[j].state == ST_NAME && t[j].klen == stem - 1 &&
		    memcmp(t[j].k, t[i].k, stem - 1) == 0)
			return true;
	return false;
}

/* "Oscar Fredriks församling", "Gustav Adolfs kyrka": two given names
 * and no surname, in the genitive before a church's, a school's or a
 * place's noun, are a king's or a saint's, whose name the parish bears;
 * so before a capitalised word where the second alone was found to name
 * the thing (Oscar Fredriks Gosskör, as Kerstins Blommor). */
static bool royal_genitive_before_noun(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	unsigned given = t[i].genitive ? t[i].flags : names_flags(nm, t[i].k, t[i].klen - 1);

	return t[i].cap && (t[i - 1].flags & W_FIRST) && !(t[i - 1].flags & W_LAST) &&
	       (given & W_FIRST) && !(given & W_LAST) &&
	       ((!t[i + 1].cap && (t[i + 1].flags & W_PLACENOUN)) ||
		(t[i + 1].cap && !t[i + 1].allcaps && t[i].genitive && t[i].state == ST_NO &&
		 t[i + 1].state != ST_NAME));
}

static size_t double_quote_len(const char *s, size_t i, size_t b);

/* "Juryn gav Anna Berg priset", "tilldelades Anna Berg priset ”Guldpennan”":
 * after a verb of giving or getting, or before the prize's own name in
 * quotes, the full name ending at word I is who got the prize, not the
 * prize's name. */
static bool prize_handed_to(const anon_names *nm, size_t i)
{
	static const char *const verbs[] = { "gav", "ger", "fick", "får", "erhöll", "tilldelades",
					     "tilldelas", "tilldelade", "överlämnade", "räckte" };
	const token *t = nm->tok;
	size_t q = t[i + 1].end;

	if (!KEY_IS(&t[i + 1], "priset"))
		return false;
	if (i >= 2 && t[i - 1].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i - 2], verbs))
		return true;
	while (q < nm->textlen && nm->text[q] == ' ')
		q++;
	return double_quote_len(nm->text, q, nm->textlen) > 0;
}

/* "från Julia Fredrikssons plats", "vid Raoul Wallenbergs plats": after a
 * place's preposition a full name's genitive before plats names the
 * square; "tog Anna Bergs plats" is hers. */
static bool square_after_place_prep(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 2 && KEY_IS(&t[i + 1], "plats") && t[i - 1].gap == GAP_SPACE &&
	       !t[i - 2].cap && (t[i - 2].flags & (W_PREP | W_PLACEPREP));
}

/* trädgård, bondgård, torp: in small letters a garden, a farm or a croft
 * a person owns (Anna Carlssons trädgård), no organisation. */
static bool farm_word(const token *t)
{
	static const char *const ends[] = { "gård", "torp" };

	return ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 0) != 0;
}

/* "vandringsled", "cykelvägen", "vandringsleden": a word in small letters that
 * is a way's noun after a stem the dictionary has (its linking s too). */
static bool way_compound(const anon_names *nm, const token *t)
{
	static const char *const ways[] = { "väg", "vägen", "led", "leden", "stig", "stigen",
					    "promenad", "promenaden", "slinga", "slingan" };
	size_t el = t->cap ? 0 : ending_of(t->k, t->klen, ways, sizeof ways / sizeof *ways, 3);
	size_t stem = t->klen - el;

	if (!el)
		return false;
	return dict_has(&nm->dict, t->k, stem) ||
	       (t->k[stem - 1] == 's' && dict_has(&nm->dict, t->k, stem - 1));
}

/* "Olof Palmes gata", "Erik Dahlbergs Väg", "Drottning Kristinas väg",
 * "Henry Allards park", "Arvid rödings väg" (the surname in small letters
 * as people write it), "Viktor Rydbergs samskola": a person's name in the
 * genitive before a street's word or an organisation's names the street
 * or the school.  Only a full name (or a title and a name) does: "Kalles
 * väg" may be his. */
static bool named_after_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	/* most words are in lower case: the first name's capital first */
	if (!t[i - 1].cap || t[i].gap != GAP_SPACE || !(t[i - 1].flags & (W_FIRST | W_TITLE)))
		return false;
	/* "Långström-StrandbergFörskolan": a name glued to what follows */
	if (glued_word_start(nm->text, t[i].start, t[i].end) < t[i].end)
		return false;
	if (hyphen_names_after_person(nm, &t[i]))
		return !hyphen_stem_named(nm, i); /* Carl Engström-skolans tak */
	if (t[i].cap && (compound_named_after_person(&t[i]) || street_compound_of_surname(nm, i)))
		return true;
	if (i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE)
		return false;
	if (t[i].genitive || (t[i].klen > 2 && t[i].k[t[i].klen - 1] == 's'))
		return street_word(&t[i + 1]) || way_compound(nm, &t[i + 1]) ||
		       square_after_place_prep(nm, i) ||
		       (!t[i + 1].cap && ((org_shape(nm, &t[i + 1]) && !farm_word(&t[i + 1]) &&
					   !word_ending_as_org(nm, &t[i + 1]) &&
					   !own_work_word(&t[i + 1])) ||
					  prize_word(&t[i + 1]))) ||
		       capitalised_name_ends(nm, i + 1) || royal_genitive_before_noun(nm, i);
	return t[i].cap &&
	       ((!t[i + 1].cap && named_after_person(&t[i + 1]) && !prize_handed_to(nm, i)) ||
		(t[i + 1].cap && named_thing_after_person(nm, i + 1) && !(t[i].flags & W_COMMON) &&
		 ((t[i].flags & W_LAST) || !dict_has(&nm->dict, t[i].k, t[i].klen))));
}

/* "Julia Lundgrens Cafe", "Prins Carl Philips Pris", "Bror Hjorths Hus",
 * "Gustav Adolfs Bygdegård", "Astrid Lindgrens Näs": capitalised word J,
 * a prize's, a small shop's, a house's or a place's word (or a compound
 * ending in one) and no name, ends a name given after a person, where
 * no capitalised word goes on (not an organisation's word:
 * "Kronprinsessan Victoria Västergötlands Hembygdsförbunds" is hers). */
static bool capitalised_name_ends(const anon_names *nm, size_t j)
{
	static const char *const homes[] = { "hus", "gård", "hem" }; /* Bygdegård too */
	const token *t = &nm->tok[j];

	return t->cap && !t->allcaps && !(t->flags & (W_FIRST | W_LAST | W_CAPTION)) &&
	       (prize_word(t) || small_shop_word(t) || (t->flags & W_PLACENOUN) ||
		ending_of(t->k, t->klen, homes, sizeof homes / sizeof *homes, 0)) &&
	       !(j + 1 < nm->ntok && nm->tok[j + 1].gap == GAP_SPACE && nm->tok[j + 1].cap);
}

/* "längs Isaks gränd", "vid Ylvas gata", "på Karolinas väg": a given
 * name's genitive before a street's noun names the street; before väg
 * only after a place's preposition and not on the way somewhere (på
 * Annas väg hem, Kalles väg till skolan are theirs). */
static bool given_name_street_at(anon_names *nm, size_t i)
{
	static const char *const way[] = { "väg", "vägen" };
	static const char *const going[] = { "hem", "till", "tillbaka", "mot", "ut", "in",
					     "genom", "framåt", "härifrån", "dit" };
	const token *t = nm->tok;

	if (!t[i].cap || t[i].allcaps || !(t[i].flags & (W_FIRST | W_LAST)) ||
	    !(t[i].genitive || t[i].k[t[i].klen - 1] == 's') ||
	    i + 1 >= nm->ntok || t[i + 1].gap != GAP_SPACE || t[i + 1].cap ||
	    !street_word(&t[i + 1]))
		return false;
	if (!KEY_IS_ONE_OF(&t[i + 1], way))
		return true;
	return i > 0 && t[i].gap == GAP_SPACE && (t[i - 1].flags & (W_PREP | W_PLACEPREP)) &&
	       (!t[i - 1].cap || t[i - 1].sent_start) &&
	       !(i + 2 < nm->ntok && t[i + 2].gap == GAP_SPACE && KEY_IS_ONE_OF(&t[i + 2], going));
}

/* "Da Silva byttes in", "Van Persie gjorde mål": a capitalised particle
 * right before a name is part of it; not "De" and "Du", Swedish words
 * that start sentences (De Berg-bröderna is rare, "Du Anna" is not), but
 * "De" inside one (det var De Jong som). */
static bool particle_before_name(const anon_names *nm, size_t i)
{
	const token *p = &nm->tok[i - 1];

	return nm->tok[i].state == ST_NAME && nm->tok[i].gap == GAP_SPACE &&
	       (p->flags & W_PARTICLE) && !p->allcaps && p->state != ST_NAME &&
	       !(p->klen == 2 && p->k[0] == 'd' && (p->k[1] == 'u' || (p->k[1] == 'e' && p->sent_start)));
}

/* "medan van Zelmtern var": a particle in small letters no Swedish word
 * is spelt as, right before a surname, is part of it (de, den, la, du
 * are Swedish words; after a given name it is inside the name already). */
static bool small_particle_before_name(const anon_names *nm, size_t i)
{
	static const char *const foreign[] = { "von", "van", "van't", "af", "der", "del",
					       "della", "di", "dos", "ibn", "bint", "abu", "zu",
					       "ter", "ten" };
	const token *p = &nm->tok[i - 1];

	return nm->tok[i].state == ST_NAME && nm->tok[i].gap == GAP_SPACE && nm->tok[i].cap &&
	       !(nm->tok[i].flags & W_FIRST) && p->state != ST_NAME && KEY_IS_ONE_OF(p, foreign) &&
	       !(i >= 2 && p->gap == GAP_SPACE && nm->tok[i - 2].state == ST_NAME);
}

/* What the word after a capitalised word makes of it, once the names
 * are known: a particle before a name is the name's, a given name's
 * genitive before a street's noun and a full name before a street's or
 * a school's word name the street or the school. */
static AFTER_ROUNDS void settle_by_the_word_after(anon_names *nm)
{
	token *t = nm->tok;

	for (size_t i = 1; i < nm->ntok; i++) {
		/* most words follow no capitalised word: asked inline */
		if (!t[i - 1].cap) {
			if ((t[i - 1].flags & W_PARTICLE) && small_particle_before_name(nm, i))
				t[i - 1].state = ST_NAME;
			continue;
		}
		/* "Erik Wiklund Jr": the generation's mark is the name's */
		if (t[i - 1].state == ST_NAME && t[i].gap == GAP_SPACE && t[i].cap && !t[i].allcaps &&
		    (KEY_IS(&t[i], "jr") || KEY_IS(&t[i], "sr"))) {
			t[i].state = ST_NAME;
			continue;
		}
		if ((t[i - 1].flags & W_PARTICLE) && particle_before_name(nm, i)) {
			t[i - 1].state = ST_NAME;
			continue;
		}
		if (t[i - 1].state == ST_NAME && (t[i - 1].flags & (W_FIRST | W_LAST)) &&
		    given_name_street_at(nm, i - 1)) {
			t[i - 1].state = ST_NO;
			continue;
		}
		if (!(t[i - 1].flags & (W_FIRST | W_TITLE)) || !named_after_full_name(nm, i))
			continue;
		t[i].state = t[i - 1].state = ST_NO;
		if (i + 1 < nm->ntok && t[i + 1].cap && named_thing_after_person(nm, i + 1))
			t[i + 1].state = ST_NO; /* Anna Zelmberg Fonden */
		if (i >= 2 && t[i - 1].gap == GAP_SPACE && t[i - 2].cap && (t[i - 2].flags & W_FIRST) &&
		    !t[i - 2].sent_start)
			t[i - 2].state = ST_NO; /* Karl Johan Ekmans väg */
	}
}

/* Settles the words judge_alone left open by their neighbours, all of
 * them in words FIRST to LAST (none: FIRST > LAST; a word only ever
 * leaves the open states); true if one became a name. */
static bool settle_open(anon_names *nm, const char *s, size_t n, size_t first,
			size_t last)
{
	bool changed = true, any = false;

	for (int round = 0; first <= last && changed && round < 4; round++) {
		changed = false;
		for (size_t i = first; i <= last; i++) {
			token *t = &nm->tok[i];
			if (t->state >= ST_MAYBE && settled_as_name(nm, s, n, i)) {
				t->state = ST_NAME;
				changed = true;
			}
		}
		any |= changed;
	}
	return any;
}

/* "i Löfberg Arena": a surname alone, not after a given name, before a
 * capitalised place's noun (word I) names the venue after its sponsor,
 * though the noun may be a name too. */
static void keep_venue_of_surname(anon_names *nm, size_t i)
{
	token *t = nm->tok;
	const token *p = &t[i - 1];

	if (!t[i].cap || t[i].allcaps || t[i].gap != GAP_SPACE || !p->cap || p->allcaps ||
	    (p->flags & (W_LAST | W_FIRST)) != W_LAST ||
	    (i > 1 && p->gap == GAP_SPACE && t[i - 2].state == ST_NAME && t[i - 2].cap))
		return;
	t[i].state = t[i - 1].state = ST_NO;
}

/* "Körkonsert Elias av Mendelssohn", "Cantate Domino av M Hayes":
 * capitalised words taken as a name, right before av (word I) and a
 * person, are the title of the person's work; not after a role or a
 * greeting, where they are the person (läraren Elias av ..., also a
 * role's compound: bygdeambassadören Anita Andersson av). */
static void keep_work_by_author(anon_names *nm, size_t i)
{
	static const char *const by[] = { "av" };
	token *t = nm->tok;
	size_t a = i;

	if (t[i].cap || !KEY_IS_ONE_OF(&t[i], by) || t[i].gap != GAP_SPACE || !t[i - 1].cap ||
	    t[i + 1].gap != GAP_SPACE || !t[i + 1].cap)
		return;
	while (a > 0 && t[a - 1].state == ST_NAME && t[a - 1].cap &&
	       (a == i || t[a].gap == GAP_SPACE))
		a--;
	if (a > 0 && (t[a].gap == GAP_SPACE || t[a].gap == GAP_COMMA) &&
	    ((t[a - 1].flags & (W_TITLE | W_GREET | W_CALL | W_OBJVERB | W_PVERB)) ||
	     (!t[a - 1].cap && role_word(nm, &t[a - 1]))))
		return;
	/* "byter Anita Andersson av Ingemar": a given name and a surname the
	 * lists have, neither a word, are a person, no work's title */
	if (i - a == 2 && (t[a].flags & (W_FIRST | W_COMMON | W_STOP)) == W_FIRST &&
	    (t[a + 1].flags & (W_LAST | W_COMMON | W_STOP)) == W_LAST)
		return;
	/* "instrueras Erik Berg och Conny Zelmdijk av": joined to a person
	 * before, one of the people the agent acts on */
	if (a > 1 && t[a].gap == GAP_SPACE && !t[a - 1].cap && (t[a - 1].flags & W_CONJ) &&
	    t[a - 1].gap == GAP_SPACE && t[a - 2].state == ST_NAME)
		return;
	for (size_t j = a; j < i; j++)
		t[j].state = ST_NO;
}

/* Is word J, in a list beside a word no list has, a sign of a thing
 * (2: a brand's or an organisation's name; 1: a place's, a capitalised
 * ordinary word) or of a person (-1: a name a list has, a pronoun, a
 * role, a greeting: "Hej Zelmira, hur mår du?"), or neither (0)? */
static int list_neighbour_kind(anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	if ((t->state == ST_NAME && (t->flags & (W_FIRST | W_LAST)) && !(t->flags & (W_KEEP | W_PLACE))) ||
	    (t->flags & (W_PRON | W_TITLE | W_GREET)) || role_word(nm, t))
		return -1;
	if (!t->cap || t->state == ST_NAME)
		return 0;
	if ((t->flags & W_KEEP) || org_shape(nm, t))
		return 2; /* an organisation's, a brand's name */
	return !t->allcaps && ((t->flags & W_PLACE) || (t->flags == 0 && is_dict_word(nm, j)));
}

/* Is word J an item of a list: a comma or a conjunction right before or
 * after it? */
static bool list_item_at(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	return t[j].gap == GAP_COMMA || (j > 0 && (t[j - 1].flags & W_CONJ) && !t[j - 1].cap) ||
	       (j + 1 < nm->ntok &&
		(t[j + 1].gap == GAP_COMMA || ((t[j + 1].flags & W_CONJ) && !t[j + 1].cap)));
}

/* "Uppsalahem, Stena, Kvarnhem, Heimstaden och Lillhem", "Gospelglädje,
 * Sensus Music Meet up, Snackarna och projektet FokusTjejer": a
 * capitalised word no list has, alone as an item of a list of three or
 * more in its clause whose other items name things and no person, is a
 * thing too. */
static bool thing_of_list(anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t lo = i > 6 ? i - 6 : 0, hi = i + 7 < nm->ntok ? i + 7 : nm->ntok;
	int things = 0, seps = 0;

	if (t[i].flags || !t[i].cap || t[i].allcaps ||
	    (i > 0 && t[i].gap == GAP_SPACE && t[i - 1].state == ST_NAME) ||
	    (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].state == ST_NAME))
		return false;
	/* who says or writes is a person (skrev Zelmrup och andra) */
	if (!list_item_at(nm, i) || (t[i].gap == GAP_SPACE && saying_verb(&t[i - 1])))
		return false;
	for (size_t j = i; j > lo; j--)
		if (t[j].gap == GAP_OTHER) { /* the clause starts there */
			lo = j;
			break;
		}
	for (size_t j = lo; j < hi && !(j > i && t[j].gap == GAP_OTHER); j++) {
		seps += j > lo && (t[j].gap == GAP_COMMA || ((t[j].flags & W_CONJ) && !t[j].cap));
		if (j == i)
			continue;
		int kind = list_neighbour_kind(nm, j);
		/* a pronoun only as an item (Anna, jag och X), not as the
		 * clause's subject (Vi har X, Sjöfåglar och Spejare) */
		if (kind < 0 && ((t[j].flags & (W_PRON | W_TITLE)) != W_PRON || list_item_at(nm, j)))
			return false;
		things += kind > 0 ? kind : 0;
	}
	/* two items are enough beside an organisation (Friskis & Svettkuls) */
	return things > 0 && (seps >= 2 || (seps == 1 && things >= 2));
}

/* "LIN står för Lag om informationsnämnder": what an acronym stands
 * for (word I starts it) is the words its letters begin, and neither it
 * nor the acronym is a name; a person's initials are (KB står för Kalle
 * Berg). */
static bool acronym_expansion_at(const anon_names *nm, size_t i)
{
	static const char *const stands[] = { "står" };
	static const char *const for_[] = { "för" };
	const token *t = nm->tok;

	/* asked of every word: the rare capitals first */
	return i >= 3 && t[i - 3].allcaps && t[i - 3].klen >= 2 && t[i].k[0] == t[i - 3].k[0] &&
	       t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE && t[i - 2].gap == GAP_SPACE &&
	       KEY_IS_ONE_OF(&t[i - 1], for_) && KEY_IS_ONE_OF(&t[i - 2], stands) &&
	       !(t[i].flags & (W_FIRST | W_LAST)); /* KB: Kalle Berg */
}

/* "Bella är en svart skogskatt", "Rotebro är en kommundel": word I is
 * said to be an animal or a place (after är or var, an article and up to
 * three words in small letters). */
static bool said_to_be_animal_or_place(const anon_names *nm, size_t i)
{
	static const char *const be[] = { "är", "var" }, *const article[] = { "en", "ett" };
	static const char *const animals[] = { "katt", "hund", "häst", "kanin", "valp", "ponny",
					       "hingst", "valack", "marsvin", "hamster", "kattunge",
					       "katthona", "papegoja", "undulat", "hanne", "tupp",
					       "höna", "kossa", "tjur" };
	/* "Rotebro är en kommundel": a place, said so */
	static const char *const alone[] = { "tik", "sto", "hane", "hona", "kommundel", "stadsdel",
					     "tätort", "ort", "by", "stad", "småstad", "förort",
					     "socken", "ö", "halvö" };
	const token *t = nm->tok;
	size_t j = i + 1, words = 0;

	if (j + 1 >= nm->ntok || !KEY_IS_ONE_OF(&t[j], be) || t[j].gap != GAP_SPACE)
		return false;
	j++;
	if (KEY_IS_ONE_OF(&t[j], article))
		j++;
	for (; j < nm->ntok && words < 4 && t[j].gap == GAP_SPACE && !t[j].cap; j++, words++)
		if (ending_of(t[j].k, t[j].klen, animals, sizeof animals / sizeof *animals, 0) ||
		    KEY_IS_ONE_OF(&t[j], alone))
			/* not "Anna är en hund på att laga mat": skilled */
			return !(j + 1 < nm->ntok && KEY_IS(&t[j + 1], "på"));
	return false;
}

/* Does the text speak of a play, a film or a book (farsen, boken,
 * teaterföreställningen, Handling:)?  The names of its characters are
 * nobody's. */
static bool work_in_text(const anon_names *nm)
{
	static const char *const works[] = {
		"fars", "farsen", "pjäs", "pjäsen", "film", "filmen", "bok", "boken", "roman",
		"romanen", "föreställning", "föreställningen", "komedi", "komedin", "musikal",
		"musikalen", "berättelse", "berättelsen", "drama", "dramat", "opera", "operan",
		"revy", "revyn", "handling", "handlingen", "premiär", "premiären", "rollen",
		"rollerna", "regi", "manus",
	};

	for (size_t i = 0; i < nm->ntok; i++)
		if (!nm->tok[i].cap || i == 0 || nm->tok[i].sent_start)
			if (ending_of(nm->tok[i].k, nm->tok[i].klen, works,
				      sizeof works / sizeof *works, 0))
				return true;
	return false;
}

/* Only spaces and one of the marks MARKS (an opening bracket, a comma)
 * between bytes A and B. */
static bool mark_opens_between(const char *s, size_t a, size_t b, const char *marks)
{
	size_t opened = 0;

	for (size_t i = a; i < b; i++) {
		if (s[i] && strchr(marks, s[i]))
			opened++;
		else if (s[i] != ' ')
			return false;
	}
	return opened == 1;
}

/* Word I ends a run of names right before a full name in brackets and
 * nothing else (husan Berta (Jeanette Capocci)): the part and its actor. */
static bool actor_in_brackets_after(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t a = i + 1, b = a;

	if (a >= nm->ntok || t[a].gap != GAP_OTHER ||
	    !mark_opens_between(nm->text, t[i].end, t[a].start, "("))
		return false;
	while (b + 1 < nm->ntok && b - a < 2 && t[b + 1].gap == GAP_SPACE && t[b + 1].state == ST_NAME)
		b++;
	return b > a && t[a].state == ST_NAME && (t[a].flags & W_FIRST) &&
	       t[b].end < nm->textlen && nm->text[t[b].end] == ')';
}

/* The run of names from word I (one or two words) is a character of the
 * play, film or book the text speaks of: before the actor's full name in
 * brackets, after "handlar om", or after the label Handling: before the
 * credits.  Returns the run's last word, or I - 1 when it is none. */
static size_t character_run(const anon_names *nm, size_t i, int *work, bool labelled)
{
	static const char *const about[] = { "handlar", "handlade" };
	static const char *const credits[] = { "medverkande", "regi", "manus", "roller" };
	const token *t = nm->tok;
	size_t b = i, h;
	bool found;

	if (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].state == ST_NAME)
		b = i + 1;
	/* after "handlar om" a given name alone: a full name there is a
	 * real person's as often (a documentary: handlade om Mario Zelmez) */
	found = actor_in_brackets_after(nm, b) ||
		(b == i && i >= 2 && t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE &&
		 KEY_IS(&t[i - 1], "om") && KEY_IS_ONE_OF(&t[i - 2], about));
	if (!found && labelled)
		for (h = i; h-- > 0;) {
			if (KEY_IS_ONE_OF(&t[h], credits))
				break;
			if (KEY_IS(&t[h], "handling") && t[h].cap && nm->text[t[h].end] == ':') {
				found = true;
				break;
			}
		}
	if (!found)
		return i - 1;
	if (*work < 0)
		*work = work_in_text(nm);
	return *work ? b : i - 1;
}

/* Does the label Handling: (a play's plot) stand in S[0..n)?  Looked for
 * by its colon, which most texts lack. */
static bool plot_label_in(const char *s, size_t n)
{
	for (const char *c = memchr(s, ':', n); c; c = memchr(c + 1, ':', n - (size_t)(c + 1 - s)))
		if (c - s >= 8 && strncasecmp(c - 8, "handling", 8) == 0)
			return true;
	return false;
}

/* Do the LEN bytes of W stand in S[0..n)? */
static bool bytes_in(const char *s, size_t n, const char *w, size_t len)
{
	for (const char *c = memchr(s, w[0], n); c && (size_t)(c - s) + len <= n;
	     c = memchr(c + 1, w[0], n - (size_t)(c + 1 - s)))
		if (memcmp(c, w, len) == 0)
			return true;
	return false;
}

/* Does S[0..n) speak of horses and their races (a trotting report, a
 * stud's page)?  Its horses' names are no persons'. */
static bool horse_text(const char *s, size_t n)
{
	static const char *const words[] = { "häst", "Häst", "travbana", "sulky", "kusk", "Kusk",
					     "hingst", "Hingst", "valack", "stoet", "Stoet",
					     "galopp", "V75", "V86", "V64" };

	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (bytes_in(s, n, words[i], strlen(words[i])))
			return true;
	return false;
}

/* The length of the start of S[0..n) that holds no byte of STOP. */
static size_t strcspn_n(const char *s, size_t n, const char *stop)
{
	size_t i = 0;

	while (i < n && !strchr(stop, s[i]))
		i++;
	return i;
}

/* In a text of horses, what follows S[e] makes the words before it a
 * horse: its sire in brackets (e. Moe Odin), its place in the race
 * (tvåa), its driver (med Jimmy Ek i sulkyn, som kördes av), its race
 * (i P21-loppet). */
static bool horse_cue_after(const char *s, size_t n, size_t e)
{
	static const char *const places[] = { "etta)", "tvåa)", "trea)", "fyra)", "femma)",
					      "sexa)", "sjua)", "åtta)", "vinnare)" };
	const char *dot;
	size_t word;

	/* every cue opens with " (", " i" or ", ": most words have none */
	if (e + 2 >= n || !((s[e] == ' ' && (s[e + 1] == '(' || s[e + 1] == 'i')) ||
			     (s[e] == ',' && s[e + 1] == ' ')))
		return false;
	if (text_has(s, n, e, " (e. ") || text_has(s, n, e, " (e ") ||
	    text_has(s, n, e, ", som kördes av ") || text_has(s, n, e, ", körd av "))
		return true;
	for (size_t i = 0; i < sizeof places / sizeof *places; i++)
		if (text_has(s, n, e, " (") && text_has(s, n, e + 2, places[i]))
			return true;
	if (text_has(s, n, e, ", med ")) {
		dot = memchr(s + e, '.', n - e);
		return bytes_in(s + e, (dot ? (size_t)(dot - s) : n) - e, " i sulkyn", 9);
	}
	if (!text_has(s, n, e, " i "))
		return false;
	word = e + 3; /* the word after i: P21-loppet, loppet */
	return bytes_in(s + word, strcspn_n(s + word, n - word, " ,."), "lopp", 4);
}

/* In a text of horses, after word E its driver's full name: after a
 * slash (Norheim Borka/Örjan Zelm) or med (Sanrevo Exclusive med Thomas
 * Zelm). */
static bool driver_after(const anon_names *nm, size_t e)
{
	const token *t = nm->tok;
	size_t d = e + 1;

	if (d < nm->ntok && t[d].gap == GAP_SPACE && KEY_IS(&t[d], "med"))
		d++;
	else if (!(d < nm->ntok && t[d].start == t[e].end + 1 && nm->text[t[e].end] == '/'))
		return false;
	return d + 1 < nm->ntok && t[d].cap && (t[d].flags & W_FIRST) &&
	       (d == e + 1 || t[d].gap == GAP_SPACE) && t[d + 1].cap && t[d + 1].gap == GAP_SPACE;
}

/* In a text of horses, the capitalised words from word I on (up to four,
 * after an owner's genitive: Öystein Zelms Grude Trygve) name a horse
 * where a horse's cue follows them or its sire's bracket opens before
 * them: the index of the horse's last word, or 0; its first in *H. */
static size_t horse_run(const anon_names *nm, size_t i, size_t *h)
{
	const token *t = nm->tok;
	size_t e = i;

	*h = i;
	while (e + 1 < nm->ntok && e + 1 - i < 4 && t[e + 1].gap == GAP_SPACE && t[e + 1].cap) {
		/* an owner's full name in the genitive, not a stable's
		 * word (Olsims Ragnar) */
		if (e > i && (t[e].genitive || (t[e].klen > 0 && t[e].k[t[e].klen - 1] == 's')))
			*h = e + 1;
		e++;
	}
	if (t[e].genitive || (i > 0 && t[i].gap == GAP_SPACE && (t[i - 1].flags & W_TITLE)))
		return 0; /* "kusken Anna Berg (tvåa)" */
	if (horse_cue_after(nm->text, nm->textlen, t[e].end) ||
	    (driver_after(nm, e) && !(t[*h].flags & W_FIRST)) || /* not Anna Ek med Per Ek */
	    (t[i].start >= 4 && memcmp(nm->text + t[i].start - 4, "(e. ", 4) == 0))
		return e;
	return 0;
}

/* The word K[0..KLEN), or its genitive, is no name where it stands alone
 * (no name joined to it by a space). */
static void forget_word(anon_names *nm, const char *k, size_t klen)
{
	token *t = nm->tok;

	for (size_t j = 0; j < nm->ntok; j++)
		if (t[j].state == ST_NAME &&
		    (t[j].klen == klen || (t[j].genitive && t[j].klen == klen + 1)) &&
		    memcmp(t[j].k, k, klen) == 0 &&
		    !(j > 0 && t[j].gap == GAP_SPACE && t[j - 1].state == ST_NAME) &&
		    !(j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && t[j + 1].state == ST_NAME))
			t[j].state = ST_NO;
}

/* Word I, a name, and every word alone elsewhere in the text with its
 * key or its genitive, are no person's. */
static void forget_name(anon_names *nm, size_t i)
{
	nm->tok[i].state = ST_NO;
	forget_word(nm, nm->tok[i].k, nm->tok[i].klen);
}

/* Word I names an animal: so it does in the record's later cells too
 * ("spanieln Ebbe" in one answer, "Ebbe skäller" in the next). */
static void remember_pet(anon_names *nm, size_t i)
{
	row_keep(nm, nm->pets, &nm->npets, &nm->tok[i]);
}

/* Is T a pet's noun (hund, kattungen), also as a compound's end
 * (vakthunden) after a stem of three letters or more: not skatt? */
static bool pet_noun(const token *t)
{
	static const char *const pets[] = { "hund", "hunden", "katt", "katten", "häst", "hästen",
					    "kanin", "kaninen", "valp", "valpen", "ponny", "ponnyn",
					    "tupp", "tuppen", "höna", "hönan", "kossa", "kossan",
					    "hingst", "hingsten", "valack", "valacken",
					    /* a dog's breed (cockerspanieln, blandrasterriern) */
					    "spaniel", "spanieln", "terrier", "terriern", "retriever",
					    "retrievern", "pudel", "pudeln", "collie", "collien",
					    "beagle", "beaglen", "schäfer", "schäfern" };
	static const char *const alone[] = { "kattunge", "kattungen", "marsvin", "marsvinet",
					     "hamster", "hamstern", "tik", "tiken", "sto", "stoet",
					     "föl", "fölet" };

	return KEY_IS_ONE_OF(t, pets) || KEY_IS_ONE_OF(t, alone) ||
	       ending_of(t->k, t->klen, pets, sizeof pets / sizeof *pets, 3) != 0;
}

/* A pet's noun, or a plant's a gardener names (pelargon, tomat; not ros:
 * "Anna, en ros bland törnen"; whole, not champion). */
static bool pet_or_plant_noun(const token *t)
{
	static const char *const plants[] = { "pelargon", "tomat", "dahlia", "pion", "tulpan",
					      "clematis", "planta", "växt", "tomatsort" };

	return pet_noun(t) || KEY_IS_ONE_OF(t, plants);
}

/* "Hunden Noah hoppar ... Noah sprang", "deras hund Ronja ... Ronjas
 * öde": word I, capitalised right after a pet's noun, is the pet's name,
 * and so is the same word alone elsewhere in the text. */
static bool pet_named_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].cap && !t[i].allcaps && t[i].state != ST_NAME && t[i].gap == GAP_SPACE &&
	       !t[i].genitive && (t[i].flags & W_FIRST) && pet_noun(&t[i - 1]);
}

/* "Zelma heter katten", "Zelma, varghunden på 9 månader": word I, a given
 * name, is given to the pet's noun after the naming verb, or set off by a
 * comma as what she is (not in a list: "Anna, katten och jag"). */
static bool pet_described_at(const anon_names *nm, size_t i)
{
	static const char *const articles[] = { "en", "ett" };
	const token *t = nm->tok;

	if (i + 2 >= nm->ntok || !t[i].cap || t[i].allcaps || t[i].genitive ||
	    !(t[i].flags & W_FIRST) || t[i + 1].cap || t[i + 2].gap != GAP_SPACE)
		return false;
	if ((t[i + 1].flags & W_CALL) && t[i + 1].gap == GAP_SPACE)
		return pet_noun(&t[i + 2]);
	/* "Zelma, en pelargon från", "Zelmo, en ung valack": what she is, after
	 * an indefinite article (and a word describing it) */
	if (t[i + 1].gap == GAP_COMMA && !t[i + 1].amp && KEY_IS_ONE_OF(&t[i + 1], articles))
		return pet_or_plant_noun(&t[i + 2]) ||
		       (i + 3 < nm->ntok && t[i + 3].gap == GAP_SPACE && !t[i + 2].cap &&
			pet_or_plant_noun(&t[i + 3]));
	return t[i + 1].gap == GAP_COMMA && !t[i + 1].amp && pet_noun(&t[i + 1]) &&
	       !(t[i + 2].flags & W_CONJ);
}

/* "Vår tupp, Zelmo, var", "en katt, Zelma Zelmira, men": word I opens a
 * name set off by commas right after a pet's noun, the pet's own; the
 * number of its words (one or two), or 0. */
static size_t pet_apposition_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t n = 1;

	if (i == 0 || !t[i].cap || t[i].allcaps || t[i].gap != GAP_COMMA || t[i].amp ||
	    t[i - 1].cap || !pet_noun(&t[i - 1]))
		return 0;
	if (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap && !t[i + 1].allcaps)
		n = 2;
	return i + n >= nm->ntok || t[i + n].gap == GAP_COMMA || t[i + n].gap == GAP_OTHER ? n : 0;
}

/* "Hembygdsgården Gammelträde ... Gammelträde var en gåva": word I, a
 * capitalised word no list has kept right after the noun of a business,
 * a building or a group, is that thing's name, and so is the same word
 * alone elsewhere in the text. */
static bool thing_named_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i > 0 && t[i].flags == 0 && t[i].cap && !t[i].allcaps && t[i].state != ST_NAME &&
	       t[i].gap == GAP_SPACE && !t[i].genitive && t[i].script == SC_LATIN &&
	       ((t[i - 1].flags & W_ORGCUE) || compound_ending(nm, &t[i - 1], W_ORGCUE, 5));
}

/* The words from word J on make a verb of a match between two sides
 * (gästade, tog emot, spelade mot, vann över): the index of its last
 * word, or 0. */
static size_t match_verb_at(const anon_names *nm, size_t j)
{
	static const char *const alone[] = { "gästade", "gästar", "besegrade", "besegrar",
					     "mötte", "möter", "bortabesegrade" };
	static const char *const before_mot[] = { "spelade", "spelar", "föll", "faller",
						  "förlorade", "förlorar", "vann", "vinner",
						  "kryssade", "kryssar" };
	static const char *const before_emot[] = { "tog", "tar", "tagit" };
	const token *t = nm->tok;

	/* every verb of a match starts with one of these letters */
	if (j == 0 || j >= nm->ntok || t[j].cap || t[j].gap != GAP_SPACE || t[j].klen < 3 ||
	    !strchr("gbmsfvkt", t[j].k[0]))
		return 0;
	if (KEY_IS_ONE_OF(&t[j], alone))
		return j;
	if (j + 1 >= nm->ntok || t[j + 1].gap != GAP_SPACE)
		return 0;
	if ((KEY_IS(&t[j + 1], "mot") && KEY_IS_ONE_OF(&t[j], before_mot)) ||
	    (KEY_IS(&t[j + 1], "emot") && KEY_IS_ONE_OF(&t[j], before_emot)) ||
	    (KEY_IS(&t[j + 1], "över") && KEY_IS(&t[j], "vann")))
		return j + 1;
	return 0;
}

/* Word J names a team by what it is: a club's or a sport's word (Falu
 * BK, Kalix Bandy), a town no name is taken for, or a club's letters
 * after it. */
static bool team_word_at(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	if (!t->cap || t->state == ST_NAME)
		return false;
	return wordtab_get(&nm->orgsuffix, t->k, t->klen) || (t->flags & W_PLACE) ||
	       club_letters_follow(nm, j) ||
	       (t->allcaps && t->klen <= 4 && j > 0 && nm->tok[j - 1].cap);
}

/* "Kalix Bandy gästade Tellus", "Troja tog emot Skånela": word I, a name
 * alone, on one side of a match whose other side is a team, is a team. */
static bool team_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t end;

	if (!t[i].cap || (i > 0 && t[i].gap == GAP_SPACE && t[i - 1].state == ST_NAME) ||
	    (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].state == ST_NAME))
		return false;
	if ((end = match_verb_at(nm, i + 1)) && end + 1 < nm->ntok &&
	    t[end + 1].gap == GAP_SPACE && team_word_at(nm, end + 1))
		return true;
	for (size_t from = i >= 3 ? i - 2 : 1; from < i; from++)
		if (match_verb_at(nm, from) + 1 == i && team_word_at(nm, from - 1))
			return true;
	return false;
}

/* Do words J-1 and J end a full name found (two names, a space between)? */
static bool full_name_ends(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	return j >= 1 && j < nm->ntok && t[j].state == ST_NAME && t[j - 1].state == ST_NAME &&
	       t[j].gap == GAP_SPACE;
}

/* Word I is one capitalised word between commas after a full name and
 * before the next full name of a list (Mikael Zelm, Bomhus, Ulla Zelm). */
static bool between_full_names(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = i + 1;

	if (!t[i].cap || t[i].allcaps || t[i].gap != GAP_COMMA || t[i].amp ||
	    !full_name_ends(nm, i - 1) || j >= nm->ntok)
		return false;
	if (t[j].gap == GAP_SPACE && KEY_IS(&t[j], "och"))
		j++;
	else if (t[j].gap != GAP_COMMA || t[j].amp)
		return false;
	return j + 1 < nm->ntok && t[j].state == ST_NAME && full_name_ends(nm, j + 1) &&
	       (j == i + 1 || t[j].gap == GAP_SPACE);
}

/* Between full names, a word that is no given name nor shaped like a
 * surname may be where the person before it lives. */
static bool home_word(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->gap == GAP_COMMA && !(t->flags & W_FIRST) &&
	       !((t->flags & W_LAST) && !(t->flags & W_PLACE)) && between_full_names(nm, i) &&
	       !surname_shaped(nm, t);
}

/* "Lars Zelm, Valbo, Mikael Zelm, Bomhus, Ulla Zelm, Sätra och Per Zelm":
 * a list that gives the place each person lives in, by a known place at
 * least twice or a word no list has: those words are the places, not
 * surnames alone ("Anna Berg, Lindqvist, Per Ek"). */
static void keep_homes_in_list(anon_names *nm)
{
	size_t homes = 0;

	for (size_t i = 2; i < nm->ntok && homes < 2; i++)
		homes += nm->tok[i].gap == GAP_COMMA && home_word(nm, i);
	if (homes < 2)
		return;
	for (size_t i = 2; i < nm->ntok; i++)
		if (nm->tok[i].state == ST_NAME && home_word(nm, i))
			nm->tok[i].state = ST_NO;
}

/* A name said to be an animal's or a place is the animal's or the place
 * wherever it stands alone in the text (Bella är en skogskatt ... vi
 * letar efter Bella; Rotebro är en kommundel); a
 * character's is the character's (Farsen handlar om Olle ... Olle har
 * skulder). */
static void keep_non_persons_named(anon_names *nm)
{
	token *t = nm->tok;
	int work = -1; /* work_in_text, asked once when needed */
	/* most texts have no label Handling: to look back for */
	bool labelled = plot_label_in(nm->text, nm->textlen);
	int horses = -1; /* horse_text, asked once a horse's cue is found */

	for (size_t p = 0; p < nm->npets; p++)
		forget_word(nm, nm->pets[p].k, nm->pets[p].klen);
	for (size_t i = 0; i < nm->ntok; i++) {
		size_t last, h;
		/* also where the word itself was kept: "Zelmbro är en kommundel
		 * ... och Zelmbro får" */
		for (size_t n = pet_apposition_at(nm, i); n > 0; n--)
			forget_name(nm, i + n - 1);
		if (pet_named_at(nm, i) || pet_described_at(nm, i)) {
			forget_name(nm, i);
			remember_pet(nm, i);
		} else if (thing_named_at(nm, i) ||
			   (t[i].state != ST_NAME && t[i].cap && !t[i].allcaps && i + 1 < nm->ntok &&
			    (t[i + 1].k[0] == 'v' || (unsigned char)t[i + 1].k[0] == 0xC3) && /* är, var */
			    said_to_be_animal_or_place(nm, i))) {
			forget_name(nm, i);
		}
		if (t[i].state != ST_NAME || !t[i].cap ||
		    (i > 0 && t[i].gap == GAP_SPACE && t[i - 1].state == ST_NAME))
			continue;
		if ((last = horse_run(nm, i, &h)) != 0 &&
		    (horses >= 0 ? horses : (horses = horse_text(nm->text, nm->textlen)))) {
			for (size_t k = h; k <= last; k++)
				forget_name(nm, k);
			i = last;
			continue;
		}
		last = said_to_be_animal_or_place(nm, i) || team_at(nm, i)
			       ? i
			       : character_run(nm, i, &work, labelled);
		if (last + 1 == i)
			continue;
		for (size_t k = last + 1; k-- > i;)
			forget_name(nm, k);
		i = last;
	}
}

/* A dog's breed by its noun (Jack Russell terrier, Gordon setter, Kerry
 * Blue Terrier): the names before it are the breed's, no person's. */
static bool breed_word(const token *t)
{
	static const char *const ends[] = { "terrier", "terriern", "setter",  "settern",
					    "spaniel", "spanieln", "retriever", "retrievern",
					    "pinscher", "schnauzer" };

	return t->klen >= 6 && strchr("rnl", t->k[t->klen - 1]) &&
	       ending_of(t->k, t->klen, ends, sizeof ends / sizeof *ends, 0) != 0;
}

/* Word P is a grant's or a memorial's word, capitalised after a run of
 * names (Henke Stipendiet, Sven O Perssons Minne), or minne after
 * till and the run's genitive (till Johan Berlins minne): the run names
 * it.  Not a person's own memory or price (Annas minne är dåligt, Anna
 * Bergs pris var högt, gav Anna Berg pris). */
static bool prize_named_before(const anon_names *nm, size_t p)
{
	/* not Pris: a label of a price too (Anna Berg Pris per person) */
	static const char *const prizes[] = { "stipendium", "stipendiet", "minne", "minnespris",
					      "minnesfond" };
	const token *t = nm->tok, *last = &t[p - 1];
	size_t a = p - 1;

	if (t[p].gap != GAP_SPACE || last->state != ST_NAME || t[p].allcaps ||
	    !KEY_IS_ONE_OF(&t[p], prizes))
		return false;
	if (t[p].cap) /* not a label: "Anna Berg Pris: 200 kr" */
		return !label_follows(nm->text, nm->textlen, t[p].end) &&
		       !(t[p].end + 1 < nm->textlen && digit_byte(nm->text[t[p].end + 1]));
	while (a > 0 && t[a].gap == GAP_SPACE && t[a - 1].state == ST_NAME)
		a--;
	return KEY_IS(&t[p], "minne") && last->k[last->klen - 1] == 's' && a > 0 &&
	       t[a].gap == GAP_SPACE && KEY_IS(&t[a - 1], "till");
}

/* The length of a double quotation mark (" “ ” „ « ») at S[i], before
 * B, or 0: single ones are apostrophes as often. */
static size_t double_quote_len(const char *s, size_t i, size_t b)
{
	size_t len = quote_mark_len(s, i, b);

	return s[i] == '\'' || (len == 3 && ((unsigned char)s[i + 2] == 0x98 ||
					     (unsigned char)s[i + 2] == 0x99))
		       ? 0
		       : len;
}

/* Does only a comma, och, and, samt, eller or & with spaces stand in
 * S[a..b)? */
static bool list_join_only(const char *s, size_t a, size_t b)
{
	static const char *const joins[] = { "och", "and", "samt", "eller", "&" };

	while (a < b && (s[a] == ' ' || s[a] == ','))
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (a == b)
		return true;
	for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
		if (b - a == strlen(joins[k]) && memcmp(s + a, joins[k], b - a) == 0)
			return true;
	return false;
}

/* A quoted stretch: the opening mark at MARK, the words from FROM, the
 * closing mark at TO, which ends at END. */
typedef struct {
	size_t mark, from, to, end;
} quoted;

/* The quoted stretches of a line after another, up to MAX, the marks
 * paired in the order they come; their count. */
static size_t quoted_stretches(const char *s, size_t n, quoted *q, size_t max)
{
	size_t m = 0;
	bool open = false;

	for (size_t i = 0; i < n && m < max; i++) {
		size_t len;
		if (s[i] == '\n')
			open = false;
		if ((len = double_quote_len(s, i, n)) == 0)
			continue;
		if (open) {
			q[m].to = i;
			q[m++].end = i + len;
		} else {
			q[m].mark = i;
			q[m].from = i + len;
		}
		open = !open;
		i += len - 1;
	}
	return m;
}

/* "Nidälven", "Mor Lenas stuga" och "Drömmen om Elin": quoted phrases
 * listed one after another are titles, of songs, works or events, and
 * a name inside one of two words or more with a word in small letters
 * is the title's; a quoted name alone is not (”Lisa” och ”Kalle”). */
static AFTER_ROUNDS void keep_quoted_list_titles(anon_names *nm)
{
	static const char *const saying[] = { "sa", "sade", "säger", "ropade", "ropar", "skrek",
					      "skriker", "svarade", "svarar", "frågade", "frågar",
					      "skrev", "skriver", "sms:ade", "viskade" };
	quoted q[32];
	size_t m = quoted_stretches(nm->text, nm->textlen, q, sizeof q / sizeof *q), j = 0;
	bool said = false, joined_before = false;

	for (size_t k = 0; k < m; k++) {
		size_t first, words = 0;
		bool lower = false, joined_after = k + 1 < m && list_join_only(nm->text, q[k].end, q[k + 1].mark),
		     listed = joined_before || joined_after;
		while (j < nm->ntok && nm->tok[j].start < q[k].from)
			j++;
		/* sa ”Hej Anna” och ”Kom nu Kalle”: what someone said */
		if (!joined_before)
			said = j > 0 && KEY_IS_ONE_OF(&nm->tok[j - 1], saying);
		joined_before = joined_after;
		if (said || !listed)
			continue;
		for (first = j; j < nm->ntok && nm->tok[j].end <= q[k].to; j++, words++)
			lower |= !nm->tok[j].cap;
		if (words >= 2 && words <= 6 && lower && nm->tok[first].cap)
			for (size_t i = first; i < j; i++)
				nm->tok[i].state = ST_NO;
	}
}

/* The length of a single quotation mark (' ‘ ’) at S[i], or 0: a mark
 * that is no double one. */
static size_t single_quote_len(const char *s, size_t i, size_t n)
{
	size_t len = quote_mark_len(s, i, n);

	return len != double_quote_len(s, i, n) ? len : 0;
}

/* Does the text speak of plants: a rose, a variety, a bed, a garden? */
static bool speaks_of_plants(const anon_names *nm)
{
	static const char *const words[] = { "ros", "rosen", "rosor", "rosorna", "sort", "sorten",
					     "sorter", "sorterna" };
	static const char *const stems[] = { "rabatt", "trädgård", "kultivar", "äpple", "äppel",
					     "tulpan", "pion", "dahlia", "dahlior", "clematis",
					     "pelargon", "rhododendron", "perenn", "odl" };

	for (size_t i = 0; i < nm->ntok; i++) {
		const token *t = &nm->tok[i];
		if (KEY_IS_ONE_OF(t, words))
			return true;
		/* a stem of four letters or more as a compound's part too
		 * (luktpionerna), a shorter one first (odla, not blodlös) */
		for (size_t k = 0; k < sizeof stems / sizeof *stems; k++) {
			size_t len = strlen(stems[k]);
			for (size_t at = 0; at + len <= t->klen && (at == 0 || len >= 4); at++)
				if (memcmp(t->k + at, stems[k], len) == 0)
					return true;
		}
	}
	return false;
}

/* Is word I a person's home written after the person: alone in brackets
 * after a name ("Torbjörn Näs (Mora)"), or between commas after a full
 * name, a role or an age ("Tomas Lindberg, Vendel, till", "42 år,
 * kommunalråd, Norberg")? */
static bool home_after_person(anon_names *nm, size_t i)
{
	static const char *const years[] = { "år", "åring" };
	const token *t = nm->tok;
	const char *s = nm->text;

	if (i < 2 || !(t[i].flags & W_PLACE) || !t[i].cap || t[i].allcaps)
		return false;
	if (s[t[i].start - 1] == '(')
		return t[i].end < nm->textlen && s[t[i].end] == ')' && t[i - 1].state == ST_NAME;
	if (t[i].gap != GAP_COMMA || !item_ends_at(nm, nm->tok[i].end, ",.", ITEM_SPACES))
		return false;
	return (t[i - 1].state == ST_NAME && t[i - 2].state == ST_NAME && t[i - 1].gap == GAP_SPACE &&
		t[i - 1].cap) ||
	       (!t[i - 1].cap && ((t[i - 1].flags & W_TITLE) || role_word(nm, &t[i - 1]) ||
				  KEY_IS_ONE_OF(&t[i - 1], years)));
}

/* Is some word of the text other than I, with the first N bytes of I's
 * key as its own, a place after a preposition of place (i Salem)? */
static bool placed_elsewhere(const anon_names *nm, size_t i, size_t n)
{
	const token *t = nm->tok;

	for (size_t j = 1; j < nm->ntok; j++)
		if (j != i && t[j].klen == n && t[j].state == ST_NO && t[j].cap && !t[j].genitive &&
		    memcmp(t[j].k, t[i].k, n) == 0 && placeprep_before(nm, j))
			return true;
	return false;
}

/* Word I, or its stem before a genitive's s, is a place the lists know
 * that is found a place after a preposition elsewhere in the text. */
static bool place_found_elsewhere(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];
	size_t n = t->klen - 1;

	if (n >= 3 && t->k[n] == 's' && (names_flags(nm, t->k, n) & W_PLACE) &&
	    placed_elsewhere(nm, i, n))
		return true;
	return (t->flags & W_PLACE) && !t->genitive && placed_elsewhere(nm, i, t->klen);
}

/* Is word J a country's name? */
static bool country_at(const anon_names *nm, size_t j)
{
	static const char *const countries[] = {
		"usa", "amerika", "kanada", "mexiko", "brasilien", "argentina", "grekland",
		"spanien", "italien", "frankrike", "tyskland", "england", "skottland", "irland",
		"storbritannien", "norge", "danmark", "finland", "island", "polen", "ryssland",
		"ukraina", "estland", "lettland", "litauen", "österrike", "schweiz", "holland",
		"nederländerna", "belgien", "portugal", "kroatien", "turkiet", "cypern", "egypten",
		"thailand", "kina", "japan", "indien", "australien", "iran", "irak", "syrien",
	};
	const token *t = &nm->tok[j];

	return t->cap && t->klen >= 3 && KEY_IS_ONE_OF(t, countries);
}

/* "taget på Zelmos i Grekland", "N.P. Zelmsson, Bradford i USA": name I,
 * as the home after a person, or after på or i unless it is a given name
 * only (tänker på Anna i USA), before i and a country, is a place abroad. */
static bool place_abroad(const anon_names *nm, size_t i)
{
	static const char *const at[] = { "på", "i" };
	const token *t = nm->tok;

	return i > 0 && i + 2 < nm->ntok && !t[i + 1].cap && KEY_IS(&t[i + 1], "i") &&
	       t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE && country_at(nm, i + 2) &&
	       !cue_before(nm, i) &&
	       ((t[i].gap == GAP_SPACE && !t[i - 1].cap && KEY_IS_ONE_OF(&t[i - 1], at) &&
		 (t[i].flags & (W_FIRST | W_PLACE)) != W_FIRST) ||
		(t[i].gap == GAP_COMMA && t[i - 1].state == ST_NAME));
}

/* "... lista i Salem inför valet. ... påverka Salems framtid": name I, a
 * place that is a name too, found a place after a preposition, is the
 * place again elsewhere in the text, where no cue for a person stands
 * before it nor a person's verb or relative after it (Salas mamma). */
static bool place_again(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return t[i].klen >= 3 && !(i > 0 && t[i].gap == GAP_SPACE && t[i - 1].cap) &&
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap) &&
	       !cue_before(nm, i) && !person_frame(nm, nm->text, nm->textlen, i) &&
	       !(i + 1 < nm->ntok && (relative_word(&t[i + 1]) || (t[i + 1].flags & W_TITLE))) &&
	       place_found_elsewhere(nm, i);
}

/* "vid Katarina Norra", "Maria Södra": a given name alone before a
 * capitalised point of the compass names a parish, a district or its
 * school; no surname is one. */
static bool name_with_compass(const anon_names *nm, size_t i)
{
	static const char *const parts[] = { "norra", "södra", "östra", "västra" };
	const token *t = nm->tok;

	return (t[i].flags & W_FIRST) && i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE &&
	       t[i + 1].cap && !t[i + 1].allcaps && KEY_IS_ONE_OF(&t[i + 1], parts) &&
	       !(i > 0 && t[i].gap == GAP_SPACE && t[i - 1].state == ST_NAME) &&
	       !(i + 2 < nm->ntok && t[i + 2].gap == GAP_SPACE && t[i + 2].cap);
}

/* "Kortet", "Torget", "Villan": word T is an ordinary noun in its
 * definite form (its stem a word too), which no list has as a surname;
 * not -en, as surnames end (Rosen, Lunden). */
static bool definite_noun(const anon_names *nm, const token *t)
{
	const char *k = t->k;
	size_t n = t->klen;

	if ((t->flags & W_LAST) || n < 5 || !dict_has(&nm->dict, k, n))
		return false;
	if (k[n - 1] == 't' && k[n - 2] == 'e' && dict_has(&nm->dict, k, n - 2))
		return true;
	return k[n - 1] == 'n' && k[n - 2] == 'a' && n >= 6 && dict_has(&nm->dict, k, n - 1);
}

/* "det regionala fiskekortet Gula Kortet", "Lilla Torget", "Röda Villan":
 * a given name that is an ordinary word too, before an ordinary noun in
 * its definite form, names a thing or a place, not a person; the given
 * name alone before one stays (a person's surname may be no list's). */
static AFTER_ROUNDS void keep_definite_names(anon_names *nm)
{
	token *t = nm->tok;

	for (size_t i = 1; i < nm->ntok; i++)
		if (t[i].state == ST_NAME && t[i].cap && !t[i].allcaps && t[i].gap == GAP_SPACE &&
		    t[i - 1].state == ST_NAME && t[i - 1].cap && !t[i - 1].allcaps &&
		    (t[i - 1].flags & W_FIRST) && !(t[i - 1].flags & W_LAST) &&
		    is_dict_word(nm, i - 1) && definite_noun(nm, &t[i]) &&
		    !(i >= 2 && t[i - 1].gap == GAP_SPACE && t[i - 2].state == ST_NAME))
			t[i - 1].state = t[i].state = ST_NO;
}

/* "Valdes Lena Zelmonius till ordförande", "Omvaldes Per Zelm": a
 * sentence's first word, an ordinary word in a verb's passive (-des, -tes)
 * that a list has as a name too, before a given name and a surname taken,
 * is the sentence's verb, not a third name. */
static AFTER_ROUNDS void keep_passive_before_full_name(anon_names *nm)
{
	static const char *const passive[] = { "des", "tes" };
	token *t = nm->tok;

	for (size_t i = 0; i + 2 < nm->ntok; i++)
		if (t[i].state == ST_NAME && t[i].sent_start && !t[i].allcaps &&
		    (t[i].flags & W_COMMON) && ending_of(t[i].k, t[i].klen, passive, 2, 2) &&
		    t[i + 1].gap == GAP_SPACE && t[i + 2].gap == GAP_SPACE &&
		    (t[i + 1].flags & W_FIRST) && t[i + 1].state == ST_NAME && t[i + 1].cap &&
		    t[i + 2].state == ST_NAME && t[i + 2].cap && !(t[i + 2].flags & W_FIRST))
			t[i].state = ST_NO;
}

/* Names taken that the rest of the text shows to be places. */
static AFTER_ROUNDS void keep_places_shown(anon_names *nm)
{
	token *t = nm->tok;

	for (size_t i = 0; i < nm->ntok; i++)
		if (t[i].state == ST_NAME && t[i].cap && !t[i].allcaps &&
		    (place_abroad(nm, i) || place_again(nm, i) || name_with_compass(nm, i)))
			t[i].state = ST_NO;
}

/* "Ordförande MCMCC": four capitals or more with no vowel among them
 * are an acronym or a numeral; no name is written without one. */
static bool vowelless_capitals(const token *t)
{
	if (!t->allcaps || t->klen < 4)
		return false;
	for (size_t k = 0; k < t->klen; k++)
		if ((unsigned char)t->k[k] >= 0x80 || strchr("aeiouy", t->k[k]))
			return false;
	return true;
}

/* "Göran Zelmsson SvStK", "SvKK": a short word of ASCII letters, its
 * second small, with two capitals or more after its first, is a club's
 * or an authority's short form; a name has one at most (McKay, JanErik),
 * a name in capitals its genitive's s (ANNs) or a small letter the
 * encoding broke (BöRJE). */
static bool mixed_case_acronym(const anon_names *nm, const token *t)
{
	const char *s = nm->text + t->start;
	size_t n = t->end - t->start, inner = 0;

	if (t->allcaps || n > 6 || n < 2 || !(s[1] >= 'a' && s[1] <= 'z')) /* ANNs */
		return false;
	for (size_t k = 1; k < n; k++) {
		if ((unsigned char)s[k] >= 0x80)
			return false;
		inner += s[k] >= 'A' && s[k] <= 'Z';
	}
	return inner >= 2;
}

static AFTER_ROUNDS void keep_acronyms(anon_names *nm)
{
	for (size_t i = 0; i < nm->ntok; i++)
		if (nm->tok[i].state == ST_NAME &&
		    ((nm->capitals && vowelless_capitals(&nm->tok[i])) ||
		     mixed_case_acronym(nm, &nm->tok[i])))
			nm->tok[i].state = ST_NO;
}

/* "sammanställd av Ylva Zelmström på SABO": one word taken for a name
 * after a full name and på is where the person works, not a person. */
static bool workplace_after_person(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 3 && t[i].cap && t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE &&
	       !t[i - 1].cap && KEY_IS(&t[i - 1], "på") && t[i - 2].state == ST_NAME &&
	       t[i - 3].state == ST_NAME && t[i - 2].cap && t[i - 3].cap && t[i - 2].gap == GAP_SPACE &&
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap);
}

/* A place taken for a name where it is a person's home, and a workplace
 * after a person, kept. */
static AFTER_ROUNDS void keep_homes(anon_names *nm)
{
	for (size_t i = 0; i < nm->ntok; i++)
		if (nm->tok[i].state == ST_NAME &&
		    (home_after_person(nm, i) || workplace_after_person(nm, i)))
			nm->tok[i].state = ST_NO;
}

/* "Nando van de Zelmberg (KWPN)": up to four capitalised words, a
 * particle in small letters among them, ending at word I and joined by
 * spaces alone are a registered animal's name, kept (the run after a
 * title is keep_capitalised_run's). */
static void keep_registered_name_before(anon_names *nm, size_t i)
{
	static const char *const particles[] = { "van", "von", "de", "der", "av", "of", "du" };
	token *t = nm->tok;

	for (size_t k = 0; k < 4; k++, i--) {
		if (!(t[i].cap && !t[i].allcaps) && !(k > 0 && KEY_IS_ONE_OF(&t[i], particles)))
			return;
		t[i].state = ST_NO;
		if (i == 0 || t[i].gap != GAP_SPACE)
			return;
	}
}

static void keep_capitalised_run(anon_names *nm, size_t i, size_t max);

/* Word I is a horse's studbook in brackets: (SWB), (KWPN). */
static bool studbook_at(const anon_names *nm, size_t i)
{
	static const char *const books[] = { "swb", "kwpn", "hann", "holst", "oldb", "westf",
					     "trak", "bwp", "sbs", "dwb", "dsp", "ish", "conn" };
	const token *t = &nm->tok[i];

	return t->start > 0 && nm->text[t->start - 1] == '(' && t->end < nm->textlen &&
	       nm->text[t->end] == ')' && KEY_IS_ONE_OF(t, books);
}

/* A dog's title in capitals: SE UCH, NUCH, NORD JCH, SE VCH. */
static bool dog_title(const token *t)
{
	static const char *const titles[] = { "uch", "jch", "vch" };

	return t->klen >= 3 && t->klen <= 7 && ending_of(t->k, t->klen, titles, 3, 0) != 0;
}

/* A dog show's award in capitals: BIR, BIM, CK, CERT, CACIB. */
static bool show_award(const token *t)
{
	static const char *const awards[] = { "bir", "bim", "bis", "cacib", "cert", "ck" };

	return KEY_IS_ONE_OF(t, awards);
}

/* "Zelm Prinz (SWB)", "SE UCH Zelmgårdens Bella", "Zelmas Tilda CK BIR",
 * "BIM: Zelmas Ludde": a horse's or a dog's registered name is written
 * so, before its studbook or award and after its titles or an award's
 * label; kept, though the words are given names (the owner after äg. or
 * a comma is a person still). */
static AFTER_ROUNDS void keep_show_animals(anon_names *nm)
{
	const token *t = nm->tok;

	for (size_t i = 0; i < nm->ntok; i++) {
		if (!t[i].allcaps || t[i].klen < 2)
			continue;
		if (i > 0 && (studbook_at(nm, i) || (show_award(&t[i]) && t[i].gap == GAP_SPACE)))
			keep_registered_name_before(nm, i - 1);
		if (i + 1 < nm->ntok && ((t[i + 1].gap == GAP_SPACE && dog_title(&t[i])) ||
					 (show_award(&t[i]) && t[i].end < nm->textlen &&
					  nm->text[t[i].end] == ':')))
			keep_capitalised_run(nm, i + 1, 4);
	}
}

/* "Zelmvari frá Zelmholti": an Icelandic horse is named so, with frá (no
 * Swedish word is spelt so) and the farm that bred it; the horse's name
 * and the farm's are kept. */
static AFTER_ROUNDS void keep_bred_at_farm(anon_names *nm)
{
	token *t = nm->tok;

	if (!memchr(nm->text, 0xA1, nm->textlen)) /* á is C3 A1; å, ä, ö are not */
		return;
	for (size_t i = 1; i + 1 < nm->ntok; i++)
		if (t[i].klen == 4 && KEY_IS(&t[i], "frá") && t[i - 1].cap && t[i + 1].cap &&
		    t[i].gap == GAP_SPACE && t[i + 1].gap == GAP_SPACE)
			t[i - 1].state = t[i + 1].state = ST_NO;
}

/* "’Greta Zelm’ och ’Ingrid Marie’ i rabatten": in a text on plants, a
 * name in single quotation marks, as gardeners write a variety's, is the
 * rose's or the apple's. */
static AFTER_ROUNDS void keep_cultivars(anon_names *nm)
{
	const char *s = nm->text;
	size_t n = nm->textlen, j = 0;
	int plants = -1; /* not asked yet */

	if (!memchr(s, '\'', n) && !memchr(s, 0xE2, n)) /* ’ starts so */
		return;
	for (size_t i = 0; i < n; i++) {
		size_t open = single_quote_len(s, i, n), from = i + open, to = from;
		if (!open || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '('))
			continue;
		while (to < n && s[to] != '\n' && to - from < 60 && !single_quote_len(s, to, n))
			to++;
		if (to >= n || !single_quote_len(s, to, n) || to == from)
			continue;
		while (j < nm->ntok && nm->tok[j].start < from)
			j++;
		if (j < nm->ntok && nm->tok[j].cap && nm->tok[j].start == from) {
			if (plants < 0)
				plants = speaks_of_plants(nm);
			if (!plants)
				return;
			for (size_t k = j; k < nm->ntok && nm->tok[k].end <= to; k++)
				nm->tok[k].state = ST_NO;
		}
		i = to;
	}
}

/* "SE*Zelmos Bure", "S*Zelmgårdens Zelma": word I follows a country's
 * letters and an asterisk, the prefix of an animal's registered name (a
 * cat's, a dog's); the capitalised words from it on are that name. */
static bool registered_animal_at(const anon_names *nm, size_t i)
{
	const char *s = nm->text;
	size_t a = nm->tok[i].start, k;

	if (a < 2 || s[a - 1] != '*' || !nm->tok[i].cap)
		return false;
	for (k = a - 1; k > 0 && a - 1 - k < 3 && s[k - 1] >= 'A' && s[k - 1] <= 'Z'; k--)
		;
	return k < a - 1 && (k == 0 || !((s[k - 1] | 0x20) >= 'a' && (s[k - 1] | 0x20) <= 'z'));
}

/* A title or registered name: up to MAX capitalised words from word I
 * on, kept while spaces alone join them. */
static void keep_capitalised_run(anon_names *nm, size_t i, size_t max)
{
	token *t = nm->tok;

	for (size_t j = i; j < nm->ntok && j - i < max && t[j].cap && (j == i || t[j].gap == GAP_SPACE);
	     j++)
		t[j].state = ST_NO;
}

/* The, Your, Our (not My, a given name): an English determiner,
 * capitalised, opens a title. */
static bool english_determiner(const token *t)
{
	static const char *const determiners[] = { "the", "your", "our", "their" };

	return !t->allcaps && KEY_IS_ONE_OF(t, determiners);
}

/* "driver The Barber Shop", "på The Rolling Stones", "sjöng han Your
 * Song": capitalised words after a capitalised The or Your, from word I
 * on, name a business, a band or a work, never a person. */
static void keep_the_run(anon_names *nm, size_t i)
{
	keep_capitalised_run(nm, i, 5);
	nm->tok[i - 1].state = ST_NO;
}

/* "Robert Zelmes Eftr": the successor of a firm follows its name. */
static bool successor_word(const token *t)
{
	return KEY_IS(t, "eftr") || KEY_IS(t, "efterträdare") || KEY_IS(t, "efterträdares");
}

/* "Karl Andersson & Söner", "Per Zelm & Co", "Olssons och Söner",
 * "Robert Zelmes Eftr": capitalised word I, a firm's word for its heirs
 * or partners after & or och, or its successor's: the names before it
 * name the firm. */
static bool firm_heirs_at(const anon_names *nm, size_t i)
{
	static const char *const heirs[] = { "söner", "söners", "son", "sons", "co",
					     "dotter", "döttrar", "bröder", "partners" };
	const token *t = nm->tok;

	if (!t[i].cap || t[i].allcaps)
		return false;
	if (t[i].k[0] == 'e' && successor_word(&t[i]))
		return t[i].gap == GAP_SPACE && t[i - 1].state == ST_NAME;
	if (!KEY_IS_ONE_OF(&t[i], heirs))
		return false;
	if (t[i].amp)
		return t[i - 1].state == ST_NAME;
	return i >= 2 && t[i].gap == GAP_SPACE && KEY_IS(&t[i - 1], "och") && !KEY_IS(&t[i], "co") &&
	       t[i - 1].gap == GAP_SPACE && t[i - 2].state == ST_NAME;
}

/* "Robban Zelm och Co lyckades": Co after a name and och is the person's
 * company of friends, no one's name; a firm writes & Co. */
static bool friends_after_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 2 && KEY_IS(&t[i], "co") && t[i].gap == GAP_SPACE && KEY_IS(&t[i - 1], "och") &&
	       t[i - 1].gap == GAP_SPACE && t[i - 2].state == ST_NAME;
}

/* "K. E. Zelms skomakeri", "K. Halvarssons affär": word J, the last of a
 * person's initials, before a surname's genitive kept as a shop's name:
 * the initials are the shop's too. */
static bool initials_of_shop(anon_names *nm, size_t j)
{
	const token *n = j + 1 < nm->ntok ? &nm->tok[j + 1] : NULL;

	return n && n->cap && !n->allcaps && n->state != ST_NAME &&
	       (n->genitive || may_be_genitive(nm, n) || genitive_stem(n->k, n->klen)) &&
	       (shop_word_follows(nm, j + 1) || small_shop_follows(nm, j + 1));
}

/* The initials ending at word I are the shop's, unless a given name
 * opens them (Sven O Perssons Minne: the person's run). */
static void keep_initials_of_shop(anon_names *nm, size_t i)
{
	size_t a = i;

	while (a > 0 && nm->tok[a - 1].initial == 1 && nm->tok[a - 1].state == ST_NAME)
		a--;
	if (a > 0 && nm->tok[a - 1].state == ST_NAME && nm->tok[a].gap == GAP_SPACE)
		return;
	for (size_t k = a; k <= i; k++)
		nm->tok[k].state = ST_NO;
}

/* Word I and the run of names before its & or och are a firm's name. */
static void keep_firm_before(anon_names *nm, size_t i)
{
	token *t = nm->tok;

	t[i].state = ST_NO;
	for (size_t k = t[i].amp || successor_word(&t[i]) ? i - 1 : i - 2; t[k].state == ST_NAME; k--) {
		t[k].state = ST_NO;
		if (k == 0 || t[k].gap != GAP_SPACE)
			break;
	}
}

/* Names that name a thing after a person: a venue, a work or a prize. */
/* "på Den Zelmrike Freden": den or det capitalised inside a sentence,
 * before capitalised words, opens the name of a place or a work; not
 * after a name's particle taken (Lotta Van Den Zelm). */
static void keep_article_titles(anon_names *nm, size_t i)
{
	static const char *const articles[] = { "den", "det" };
	token *t = nm->tok;

	if (!t[i].cap || t[i].allcaps || t[i].sent_start || t[i].gap != GAP_SPACE ||
	    i + 1 >= nm->ntok || !t[i + 1].cap || t[i + 1].gap != GAP_SPACE ||
	    !KEY_IS_ONE_OF(&t[i], articles) ||
	    ((t[i - 1].flags & W_PARTICLE) && t[i - 1].state == ST_NAME && t[i].state == ST_NAME))
		return;
	t[i].state = ST_NO;
	for (size_t j = i + 1; j < nm->ntok && t[j].cap && (j == i + 1 || t[j].gap == GAP_SPACE); j++)
		t[j].state = ST_NO;
}

/* Can word T be one half of a firm's name of two surnames: a surname,
 * or a word no list has, kept or not? */
static bool firm_part(const anon_names *nm, const token *t)
{
	return t->flags == 0 ||
	       (t->state == ST_NAME && (t->flags & ~(unsigned)(W_COMMON | W_PLACE)) == W_LAST) ||
	       surname_shaped(nm, t);
}

/* Is word T a surname by the lists or its shape, or a word no list has
 * that was kept? */
static bool firm_evidence(const anon_names *nm, const token *t)
{
	return t->state != ST_NAME || (t->flags & W_LAST) || surname_shaped(nm, t);
}

/* "Zelmblom & Zelmén", "Zelmbrenner & Nybergs": two surnames joined by &
 * with no given name are a firm's name; not after a person's cue, nor
 * full names (Anna Berg & Per Ek). */
static bool surnames_firm_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok, *a = &t[i - 1], *b = &t[i];

	return b->amp && (a->state == ST_NAME || b->state == ST_NAME) && a->cap && b->cap &&
	       !a->allcaps && !b->allcaps && !a->sent_start && firm_part(nm, a) &&
	       firm_part(nm, b) && (firm_evidence(nm, a) || firm_evidence(nm, b)) &&
	       !(i + 1 < nm->ntok && (t[i + 1].flags & W_PVERB) && !t[i + 1].cap) &&
	       !(i >= 2 && a->gap == GAP_SPACE && t[i - 2].state == ST_NAME) &&
	       !(i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].state == ST_NAME) &&
	       !(i >= 2 && a->gap == GAP_SPACE &&
		 (t[i - 2].flags & (W_TITLE | W_GREET | W_OBJVERB | W_CALL | W_PVERB)));
}

/* "en skola som heter Zelmo Zelmvia": the capitalised words after the
 * first of a thing's name, kept after the naming verb, are its name too,
 * unless a list has them as names. */
static void keep_rest_of_thing_named(anon_names *nm, size_t i)
{
	token *t = nm->tok;

	if (!thing_named(nm, i))
		return;
	for (size_t j = i + 1; j < nm->ntok && t[j].gap == GAP_SPACE && t[j].cap && !t[j].allcaps &&
			       t[j].state == ST_NAME && !(t[j].flags & (W_FIRST | W_LAST));
	     j++)
		t[j].state = ST_NO;
}

/* Is T a word that ends the name of a thing named after a person: an
 * organisation's, a place's, a shop's or a contest's word, or a compound
 * ending in one (Flickkör, Strand, Tebod, Juniorskål), not a thing she
 * owns (Facebooksida)? */
static bool named_thing_word(const anon_names *nm, const token *t)
{
	static const char *const contests[] = { "cup", "cupen", "skål", "skålen", "pokal",
						"pokalen", "pris", "priset", "trophy", "race",
						"dag", "dagen" };

	return org_word(nm, t) || (t->flags & W_PLACENOUN) || small_shop_word(t) ||
	       compound_ending(nm, t, W_ORGCUE | W_PLACENOUN, 3) ||
	       ending_of(t->k, t->klen, contests, sizeof contests / sizeof *contests, 0) != 0;
}

/* "kallad Zelmas Cup", "om Zelma Zelmbergs Juniorskål", "på Zelma Zelms
 * Strand": word I, capitalised inside a sentence after a name's genitive
 * and with nothing capitalised after it, ends the name of a thing: the
 * cup, the shop or the beach named after the person (not her relative or
 * role: Annas Mamma; nor a surname: Annas Ek). */
static bool thing_after_genitive_name(anon_names *nm, size_t i)
{
	const token *t = nm->tok, *g = &t[i - 1];
	size_t a = i - 1; /* the first word of the names */

	if (!t[i].cap || t[i].allcaps || t[i].sent_start || t[i].gap != GAP_SPACE ||
	    !(g->state == ST_NAME ||
	      (i >= 2 && g->gap == GAP_SPACE && (g->flags & (W_FIRST | W_LAST)) &&
	       t[i - 2].state == ST_NAME)) ||
	    !g->cap || g->allcaps || !genitive_stem(g->k, g->klen) ||
	    /* Mattias, Lars: a name of its own, no genitive */
	    (names_flags(nm, g->k, g->klen) & (W_FIRST | W_LAST)) || surname_shaped(nm, &t[i]) ||
	    (t[i].flags & (W_FIRST | W_TITLE | W_STOP | W_GREET | W_CALL)) ||
	    ((t[i].flags & W_LAST) && !(t[i].flags & W_PLACENOUN)) ||
	    (i + 1 < nm->ntok && t[i + 1].gap == GAP_SPACE && t[i + 1].cap))
		return false;
	while (a > 0 && t[a].gap == GAP_SPACE && t[a - 1].state == ST_NAME)
		a--;
	/* "Ring Anna Bergs Kontor": after a cue for a person, hers */
	if (cue_before(nm, a) & (W_TITLE | W_GREET | W_OBJVERB))
		return false;
	return named_thing_word(nm, &t[i]);
}

/* Is word J a capitalised word kept that no list has as a name (a place,
 * a street)? */
static bool kept_unnamed(const anon_names *nm, size_t j)
{
	const token *t = &nm->tok[j];

	/* not an ordinary word itself: "Zelmsson/Ekonomi" is the person at
	 * the department */
	return t->cap && !t->allcaps && t->state != ST_NAME && !(t->flags & (W_FIRST | W_LAST)) &&
	       t->script == SC_LATIN && t->klen > 3 &&
	       (!dict_has(&nm->dict, t->k, t->klen) || org_word(nm, t) ||
		compound_ending(nm, t, W_PLACENOUN, 3));
}

/* "området Hasselbacken/Zelmhem", "Ulriksdal/Zelmsberg": word I, taken as
 * a name but no given name, joined by a slash alone to a capitalised word
 * kept that no list has as a name, is of its kind: a place; not the
 * surname after a given name (Foto: Linda Holmqvist/Sjöfartsverket), nor
 * a surname the lists have and no place (a doubles pair: Zelmsson/Granlöv;
 * its genitive names a farm: Zelmvägen/Zelmmans gård). */
static bool joined_by_slash_to_place(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	if (t[i].state != ST_NAME || (t[i].flags & W_FIRST) || !t[i].cap || t[i].allcaps ||
	    surname_shaped(nm, &t[i]) ||
	    ((t[i].flags & (W_LAST | W_PLACE)) == W_LAST && !t[i].genitive) ||
	    (t[i].gap == GAP_SPACE && t[i - 1].state == ST_NAME && t[i - 1].cap &&
	     (t[i - 1].flags & W_FIRST)))
		return false;
	return (slash_joined(nm, i, -1) && kept_unnamed(nm, i - 1)) ||
	       (slash_joined(nm, i, +1) && kept_unnamed(nm, i + 1));
}

/* "Målen, Zelmby: Viktor Berg 2, Felix Ek", "Zelmsberg: Robin Ek.": word
 * I, no given name, opens a line or follows a comma and labels with a
 * colon a list of full names: a team and its players. */
static bool team_label_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t e = t[i].end;

	if (t[i].state != ST_NAME || (t[i].flags & (W_FIRST | W_LAST)) || !t[i].cap ||
	    t[i].allcaps || surname_shaped(nm, &t[i]) || i + 2 >= nm->ntok ||
	    e + 1 >= nm->textlen || s[e] != ':' || s[e + 1] != ' ' ||
	    (i > 0 && t[i].gap == GAP_SPACE))
		return false;
	if (i > 0 && t[i].gap == GAP_OTHER &&
	    !memchr(s + t[i - 1].end, '\n', t[i].start - t[i - 1].end))
		return false;
	if (t[i + 1].state != ST_NAME || !(t[i + 1].flags & W_FIRST) || !t[i + 1].cap ||
	    t[i + 2].gap != GAP_SPACE || t[i + 2].state != ST_NAME || !t[i + 2].cap)
		return false;
	/* a list goes on after the name: its goals, a comma, the line's end
	 * ("Zelmsson: Erik Berg har rätt" answers someone) */
	e = t[i + 2].end;
	return e >= nm->textlen || s[e] == '\n' || s[e] == '.' || s[e] == ',' ||
	       (s[e] == ' ' && e + 1 < nm->textlen && s[e + 1] >= '1' && s[e + 1] <= '9');
}

/* "i Martin Zelmers kyrka": a given name before the genitive kept before
 * a place's noun in small letters (word I) names the place with it. */
/* kyrka, kyrkas: a place's noun or its genitive. */
static bool place_noun_or_genitive(const anon_names *nm, const token *t)
{
	return (t->flags & W_PLACENOUN) ||
	       (t->klen > 3 && t->k[t->klen - 1] == 's' &&
		(names_flags(nm, t->k, t->klen - 1) & W_PLACENOUN));
}

static bool given_name_of_place_genitive(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	/* "Hedvig Eleonora kyrkas kupol": the second given name kept before
	 * the place's noun or its genitive, as a genitive is (asked of every
	 * word: the look-up last) */
	return i >= 2 && !t[i].cap && t[i - 2].state == ST_NAME && t[i - 1].cap &&
	       t[i].gap == GAP_SPACE && t[i - 1].state != ST_NAME && !t[i - 1].allcaps &&
	       (genitive_stem(t[i - 1].k, t[i - 1].klen) || (t[i - 1].flags & W_FIRST)) &&
	       t[i - 1].gap == GAP_SPACE && t[i - 2].cap && (t[i - 2].flags & W_FIRST) &&
	       !(i >= 3 && t[i - 2].gap == GAP_SPACE && t[i - 3].state == ST_NAME) &&
	       place_noun_or_genitive(nm, &t[i]);
}

/* Word I names a thing after the names before it: none of them is one. */
static void keep_genitive_thing(anon_names *nm, size_t i)
{
	size_t k = i;

	nm->tok[i].state = ST_NO;
	while (k-- > 0 && (k == i - 1 || nm->tok[k].state == ST_NAME)) {
		nm->tok[k].state = ST_NO;
		if (nm->tok[k].gap != GAP_SPACE)
			break;
	}
}

static AFTER_ROUNDS void keep_things_named(anon_names *nm)
{
	const token *t = nm->tok;

	for (size_t i = 1; i < nm->ntok; i++) {
		if (t[i].k[0] == 'd' && t[i].cap)
			keep_article_titles(nm, i);
		if (t[i].amp && surnames_firm_at(nm, i))
			nm->tok[i].state = nm->tok[i - 1].state = ST_NO;
		if (t[i].cap && t[i].state != ST_NAME && (t[i - 1].flags & W_CALL))
			keep_rest_of_thing_named(nm, i);
		if (firm_heirs_at(nm, i))
			keep_firm_before(nm, i);
		else if (t[i].state == ST_NAME && friends_after_name(nm, i))
			nm->tok[i].state = ST_NO;
		if (t[i].initial == 1 && t[i].state == ST_NAME && initials_of_shop(nm, i))
			keep_initials_of_shop(nm, i);
		if (t[i].state == ST_NAME && thing_of_list(nm, i))
			nm->tok[i].state = ST_NO;
		if (t[i - 1].state == ST_NAME && (t[i].state != ST_NAME || t[i].cap) &&
		    (prize_named_before(nm, i) || (t[i].gap == GAP_SPACE && breed_word(&t[i]))))
			for (size_t k = i + 1; k-- > 0 && (k == i || t[k].state == ST_NAME);) {
				nm->tok[k].state = ST_NO;
				if (t[k].gap != GAP_SPACE)
					break;
			}
		if (acronym_expansion_at(nm, i))
			nm->tok[i].state = nm->tok[i - 3].state = ST_NO;
		if (t[i].cap && t[i - 1].cap && t[i].gap == GAP_SPACE && english_determiner(&t[i - 1]))
			keep_the_run(nm, i);
		if (registered_animal_at(nm, i))
			keep_capitalised_run(nm, i, 4);
		if (thing_after_genitive_name(nm, i))
			keep_genitive_thing(nm, i);
		else if (given_name_of_place_genitive(nm, i))
			nm->tok[i - 2].state = ST_NO;
		if (joined_by_slash_to_place(nm, i))
			nm->tok[i].state = ST_NO;
		if (team_label_at(nm, i))
			nm->tok[i].state = ST_NO;
		if (t[i].flags & W_PLACENOUN)
			keep_venue_of_surname(nm, i);
		else if (i + 1 < nm->ntok && t[i - 1].state == ST_NAME &&
			 t[i + 1].state == ST_NAME)
			keep_work_by_author(nm, i);
	}
	keep_non_persons_named(nm);
	keep_homes_in_list(nm);
}

/* Can capitalised word I be a person's name by its context alone: no
 * organisation, brand or place that is not a name too? */
static bool may_name_person(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i];

	return t->cap && !t->allcaps && t->script == SC_LATIN &&
	       !(t->flags & (W_KEEP | W_STOP | W_TITLE | W_ORGCUE)) &&
	       !((t->flags & W_PLACE) && !(t->flags & (W_FIRST | W_LAST))) && !org_shape(nm, t);
}

/* "Hinni och Beta med familj", "Zelma & Bo med barnen": two capitalised
 * words joined before med and a family's noun are two people, nicknames
 * and words that are names too among them. */
static AFTER_ROUNDS bool take_family_pair(anon_names *nm)
{
	static const char *const family[] = { "familj", "familjen", "familjer", "familjerna",
					      "barn", "barnen" };
	token *t = nm->tok;
	bool took = false;

	for (size_t m = 3; m + 1 < nm->ntok; m++) {
		size_t a = m - 3;
		if (!KEY_IS(&t[m], "med") || t[m].gap != GAP_SPACE || t[m + 1].gap != GAP_SPACE ||
		    !KEY_IS_ONE_OF(&t[m + 1], family) || t[m - 1].gap == GAP_OTHER)
			continue;
		if (t[m - 1].amp)
			a = m - 2;
		else if (!KEY_IS(&t[m - 2], "och") || t[m - 2].gap != GAP_SPACE)
			continue;
		if (!may_name_person(nm, a) || !may_name_person(nm, m - 1) ||
		    (a > 0 && t[a].gap == GAP_SPACE && t[a - 1].cap))
			continue; /* "Anna Berg och Per med familj": the rounds' */
		t[a].state = t[m - 1].state = ST_NAME;
		took = true;
	}
	return took;
}

/* "Familjerna Zelmer, Lund, Zelmling med flera": after the plural of a
 * family's noun, every capitalised word of the list is a family's
 * surname, though it is a word too. */
static AFTER_ROUNDS bool take_family_list(anon_names *nm)
{
	static const char *const families[] = { "familjerna", "släkterna" };
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 0; i + 1 < nm->ntok; i++) {
		size_t j = i + 1;
		if (t[i].klen != 10 || !KEY_IS_ONE_OF(&t[i], families) ||
		    t[j].gap != GAP_SPACE)
			continue;
		while (j < nm->ntok && may_name_person(nm, j)) {
			if (t[j].state != ST_NAME) {
				t[j].state = ST_NAME;
				took = true;
			}
			if (j + 1 < nm->ntok && t[j + 1].gap == GAP_COMMA)
				j++;
			else if (j + 2 < nm->ntok && t[j + 1].gap == GAP_SPACE && KEY_IS(&t[j + 1], "och") &&
				 t[j + 2].gap == GAP_SPACE)
				j += 2;
			else
				break;
		}
	}
	return took;
}

/* The list item after the one ending at word I, when it is one person
 * named short: a name alone, or a given name and an initial (Linus P).
 * Returns the item's last word, I when there is none. */
static size_t short_name_after(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = list_item_after(nm, i), e;

	if (j == i || t[j].state != ST_NAME || !t[j].cap)
		return i;
	e = j + 1 < nm->ntok && t[j + 1].gap == GAP_SPACE && t[j + 1].initial == 1 ? j + 1 : j;
	return e + 1 < nm->ntok && t[e + 1].gap == GAP_SPACE && t[e + 1].cap ? i : e;
}

/* The same before the item starting at word I: returns its first word. */
static size_t short_name_before(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	size_t j = list_item_before(nm, i), a;

	if (j == i || t[j].state != ST_NAME || !t[j].cap)
		return i;
	a = j > 0 && t[j].initial == 1 && t[j].gap == GAP_SPACE && t[j - 1].state == ST_NAME ? j - 1 : j;
	return a > 0 && t[a].gap == GAP_SPACE && t[a - 1].cap ? i : a;
}

/* A list's item starting at word J is a given name that is no word, or
 * has an initial after it: a person, not a tree (Gran, Björk och Ek). */
static bool given_name_item(const anon_names *nm, size_t j)
{
	const token *t = nm->tok;

	return ((t[j].flags & (W_FIRST | W_COMMON)) == W_FIRST && !dict_has(&nm->dict, t[j].k, t[j].klen)) ||
	       (j + 1 < nm->ntok && t[j + 1].initial == 1 && t[j + 1].gap == GAP_SPACE);
}

/* "Lönn, Zelmhammar, Linus P, Jim A", "fick heta Zelmina, Serafia och
 * Elliot": a capitalised word alone as an item of a list whose items
 * beside it are people named short, two of them, is one more, though
 * no list has it or it is a word too; not a place, a brand or a role,
 * and not where the list names people in full, each with a home after
 * (Gudrun Zelmström, Linghem, Stig Beijer, Järfälla). */
static AFTER_ROUNDS bool take_names_among_names(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = nm->ntok; i-- > 0;) {
		size_t b, a, before = 0, after = 0;
		if (t[i].state == ST_NAME || !lone_list_item(nm, i, 0, 0) || t[i].genitive ||
		    t[i].script != SC_LATIN || t[i].klen < 3 || !may_name_person(nm, i) ||
		    (t[i].flags & (W_PLACE | W_MONTH | W_CALL | W_GREET | W_PREP)) ||
		    (!(t[i].flags & (W_FIRST | W_LAST)) && dict_has(&nm->dict, t[i].k, t[i].klen)) ||
		    placeprep_before(nm, i)) /* bor i Zelmholm, Ali, Leo */
			continue;
		if ((a = short_name_after(nm, i)) > i)
			after = short_name_after(nm, a) > a ? 2 : 1;
		if ((b = short_name_before(nm, i)) < i)
			before = short_name_before(nm, b) < b ? 2 : 1;
		if (before + after >= 2 &&
		    ((after && given_name_item(nm, list_item_after(nm, i))) ||
		     (after == 2 && given_name_item(nm, list_item_after(nm, a))) ||
		     (before && given_name_item(nm, b)) ||
		     (before == 2 && given_name_item(nm, short_name_before(nm, b))))) {
			t[i].state = ST_NAME;
			took = true;
		}
	}
	return took;
}

/* Words A and A + 1 are a person's name in full, both taken. */
static bool full_name_pair(const anon_names *nm, size_t a)
{
	const token *t = nm->tok;

	return a + 1 < nm->ntok && t[a].state == ST_NAME && t[a + 1].state == ST_NAME &&
	       t[a + 1].gap == GAP_SPACE && t[a].cap && t[a + 1].cap;
}

/* Word I opens a list's item after a comma or och whose item before it
 * (SIDE -1), or the item after the word I + 1 (SIDE +1), is a person
 * named in full. */
static bool full_name_item_beside(const anon_names *nm, size_t i, int side)
{
	const token *t = nm->tok;
	size_t j = i + 1;

	if (side < 0)
		return (i >= 2 && t[i].gap == GAP_COMMA && full_name_pair(nm, i - 2)) ||
		       (i >= 3 && t[i].gap == GAP_SPACE && t[i - 1].gap == GAP_SPACE &&
			KEY_IS(&t[i - 1], "och") && full_name_pair(nm, i - 3));
	return (j + 1 < nm->ntok && t[j + 1].gap == GAP_COMMA && full_name_pair(nm, j + 1)) ||
	       (j + 2 < nm->ntok && t[j + 1].gap == GAP_SPACE && t[j + 2].gap == GAP_SPACE &&
		KEY_IS(&t[j + 1], "och") && full_name_pair(nm, j + 2));
}

/* "Närvarande: Åke Zelmman, Nils Korpral, Sverker Zelmsson": between two
 * people named in full, a given name taken and a capitalised word after
 * it are one more, though the word is a word too or a role (a soldier's
 * name) or a surname no list has; not a place or a month. */
static AFTER_ROUNDS bool take_surnames_among_full_names(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 2; i + 2 < nm->ntok; i++) {
		token *x = &t[i + 1];
		if (t[i].state != ST_NAME || !t[i].cap || x->state == ST_NAME ||
		    x->gap != GAP_SPACE || !x->cap || x->allcaps || x->genitive ||
		    x->script != SC_LATIN || (x->flags & (W_STOP | W_PLACE | W_MONTH)) ||
		    !full_name_item_beside(nm, i, -1) || !full_name_item_beside(nm, i, +1))
			continue;
		x->state = ST_NAME;
		took = true;
	}
	return took;
}

/* "Gudrun Zelmström, Linghem, Stig Beijer, Järfälla": in a list of people
 * each named in full with a home after, a given name and a capitalised
 * word between the homes are one more person, though the word is a
 * brand's or an ordinary word too. */
static AFTER_ROUNDS bool take_people_with_homes(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 3; i + 2 < nm->ntok; i++) {
		const token *g = &t[i], *f = &t[i + 1], *home = &t[i + 2];
		if (!(g->flags & W_FIRST) || !g->cap || g->allcaps || !f->cap || f->allcaps ||
		    (g->state == ST_NAME && f->state == ST_NAME) || f->gap != GAP_SPACE ||
		    g->gap != GAP_COMMA || home->gap != GAP_COMMA || !home->cap ||
		    home->state == ST_NAME || (f->flags & (W_STOP | W_TITLE | W_PLACE)) ||
		    t[i - 1].state == ST_NAME || !t[i - 1].cap || t[i - 1].gap != GAP_COMMA ||
		    t[i - 2].state != ST_NAME || t[i - 3].state != ST_NAME || t[i - 2].gap != GAP_SPACE)
			continue;
		t[i].state = t[i + 1].state = ST_NAME;
		took = true;
	}
	return took;
}

/* Does word I start an item of a list of people: its line, or after a
 * comma (perhaps closing a bracket), a colon, the minutes' heading of the
 * list (Närvarande, Beslutande) or the role that ended the item before
 * ("medlem Kullberg Bengt medlem")? */
static bool list_item_starts(const anon_names *nm, size_t i)
{
	static const char *const heading[] = { "närvarande", "frånvarande", "beslutande",
					       "deltagare", "ledamöter", "ersättare",
					       "tjänstemän", "justerare" };
	const char *s = nm->text;
	size_t a = nm->tok[i].start;
	const token *p = i > 0 ? &nm->tok[i - 1] : NULL;

	if (starts_line(nm, i))
		return true;
	if (!p)
		return false;
	if (nm->tok[i].gap == GAP_SPACE && (KEY_IS_ONE_OF(p, heading) || (!p->cap && role_word(nm, p))))
		return true;
	while (a > 0 && s[a - 1] == ' ')
		a--;
	return a > 0 && (s[a - 1] == ',' || s[a - 1] == ':');
}

/* Does the item of a directory end after word I, the given name: a comma
 * and a role or a word in small letters, a role in small letters, or a
 * bracket ("Sjöskog Lena (ers. för ...)")? */
static bool list_item_ends(const anon_names *nm, size_t i)
{
	const token *c = i + 1 < nm->ntok ? &nm->tok[i + 1] : NULL;
	size_t e = nm->tok[i].end;

	if (c && c->gap == GAP_COMMA)
		return !c->cap || role_word(nm, c);
	if (c && c->gap == GAP_SPACE)
		return !c->cap && role_word(nm, c);
	while (e < nm->textlen && nm->text[e] == ' ')
		e++;
	return e < nm->textlen && nm->text[e] == '(';
}

/* "Ulla Zelm (f. Baudin)", "Jenny Ek (gift Tidvall)", "Anna Ek, född
 * Zelm,": the capitalised word after född, f. or gift opened right after
 * a name is the surname she was born with or married into; not a town
 * (född Stockholm) nor a month. */
static bool birth_name_at(const anon_names *nm, size_t i)
{
	static const char *const cues[] = { "född", "gift", "omgift", "ogift" };
	const token *t = nm->tok, *c = &t[i - 1];

	if (i < 2 || !t[i].cap || t[i].allcaps || t[i].script != SC_LATIN || t[i].state == ST_NAME ||
	    t[i - 2].state != ST_NAME ||
	    !mark_opens_between(nm->text, t[i - 2].end, c->start, "(,") ||
	    (t[i].flags & (W_MONTH | W_STOP)) || ((t[i].flags & W_PLACE) && !(t[i].flags & W_LAST)))
		return false;
	if (KEY_IS(c, "f"))
		return !c->cap && nm->text[c->end] == '.' && t[i].start == c->end + 2;
	return !c->cap && t[i].gap == GAP_SPACE && KEY_IS_ONE_OF(c, cues);
}

/* "Elgita Zelm (Byman)" is an affiliation in a list of players, but where
 * a list's brackets after full names hold a known surname (Björkqvist
 * (Lindholm)), the others' unknown words are surnames too. */
static bool bracketed_after_full_name(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return i >= 2 && t[i].cap && !t[i].allcaps && t[i].script == SC_LATIN &&
	       t[i].end < nm->textlen && nm->text[t[i].end] == ')' && t[i - 1].state == ST_NAME &&
	       t[i - 2].state == ST_NAME && t[i - 1].gap == GAP_SPACE &&
	       mark_opens_between(nm->text, t[i - 1].end, t[i].start, "(");
}

/* "Karl- Erik Johansson", "Eva Lindh- Waterworth": a name's parts joined
 * by a hyphen that a line's break or a slip left a space after; a listed
 * name or a word no list or dictionary has beside a name is its part. */
static bool broken_hyphen_part(const anon_names *nm, size_t part, size_t name)
{
	const token *t = nm->tok;

	return t[name].state == ST_NAME && t[part].state != ST_NAME && t[part].cap &&
	       !t[part].allcaps && t[part].script == SC_LATIN &&
	       !(t[part].flags & (W_STOP | W_KEEP | W_TITLE | W_ORGCUE | W_MONTH)) &&
	       ((t[part].flags & (W_FIRST | W_LAST)) ||
		(t[part].flags == 0 && !dict_has(&nm->dict, t[part].k, t[part].klen)));
}

/* "kassören Ove Gustavs- son": the end of a surname a line's break
 * split with a hyphen, in small letters after a name, where the two
 * parts together are a surname the lists have. */
static bool hyphenated_surname_tail(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	char key[KEY_MAX];

	if (t[i - 1].state != ST_NAME || t[i].cap || t[i].script != SC_LATIN ||
	    t[i - 1].klen + t[i].klen > sizeof key)
		return false;
	memcpy(key, t[i - 1].k, t[i - 1].klen);
	memcpy(key + t[i - 1].klen, t[i].k, t[i].klen);
	return (names_flags(nm, key, t[i - 1].klen + t[i].klen) & W_LAST) != 0;
}

/* "By Holger.Ellgaard", "Anna.Zelmberg": a user's name written as a
 * given name, a full stop and a surname or a capitalised word no list or
 * dictionary has, no web address's part, is the person's (not a sentence
 * begun without a space: Anna.Bilen). */
static bool dotted_surname_at(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;
	const char *s = nm->text;
	size_t a = t[i - 1].start, e = t[i].end;

	return t[i].start == t[i - 1].end + 1 && s[t[i - 1].end] == '.' && t[i].cap &&
	       t[i - 1].state == ST_NAME && (t[i - 1].flags & W_FIRST) && t[i].state != ST_NAME &&
	       !t[i].allcaps && t[i].script == SC_LATIN &&
	       !(t[i].flags & (W_STOP | W_KEEP | W_PLACE | W_TITLE | W_ORGCUE | W_MONTH)) &&
	       ((t[i].flags & W_LAST) || (!t[i].flags && !dict_has(&nm->dict, t[i].k, t[i].klen))) &&
	       (a == 0 || s[a - 1] == ' ' || s[a - 1] == '\n') &&
	       !(e + 1 < nm->textlen && s[e] == '.' && (s[e + 1] | 0x20) >= 'a' &&
		 (s[e + 1] | 0x20) <= 'z');
}

/* Parts of a name joined by a hyphen and a space (Karl- Erik) or by a
 * full stop (Holger.Ellgaard). */
static AFTER_ROUNDS bool take_joined_name_parts(anon_names *nm)
{
	bool took = false;

	for (size_t i = 1; i < nm->ntok; i++) {
		size_t a = nm->tok[i - 1].end;
		if (nm->tok[i].start == a + 1 && nm->text[a] == '.') {
			if (dotted_surname_at(nm, i))
				nm->tok[i].state = ST_NAME, took = true;
			continue;
		}
		if (nm->tok[i].start != a + 2 || nm->text[a] != '-' ||
		    (nm->text[a + 1] != ' ' && nm->text[a + 1] != '\n'))
			continue;
		if (broken_hyphen_part(nm, i, i - 1) || hyphenated_surname_tail(nm, i))
			nm->tok[i].state = ST_NAME, took = true;
		else if (broken_hyphen_part(nm, i - 1, i))
			nm->tok[i - 1].state = ST_NAME, took = true;
	}
	return took;
}

/* Birth and married names after a name: after född, f. or gift, and in
 * a list's brackets beside a known surname. */
static AFTER_ROUNDS bool take_birth_names(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false, surnames = false;

	for (size_t i = 2; i < nm->ntok; i++) {
		if (!t[i].cap)
			continue;
		if (birth_name_at(nm, i)) {
			t[i].state = ST_NAME;
			took = true;
		}
		surnames |= t[i].state == ST_NAME && (t[i].flags & W_LAST) &&
			    bracketed_after_full_name(nm, i);
	}
	for (size_t i = 2; surnames && i < nm->ntok; i++)
		if (t[i].state != ST_NAME && t[i].flags == 0 && !is_dict_word(nm, i) &&
		    bracketed_after_full_name(nm, i)) {
			t[i].state = ST_NAME;
			took = true;
		}
	return took;
}

/* "Lund Bodil, fil. mag / lektor", "Zelmvik Berndt, vicehäradshövding",
 * "Svenfors, Stefan, kommundirektör", "medlem Kullberg Bengt medlem": a
 * directory writes the surname first: a capitalised word starting its
 * item before a given name found, the item ending after them, is the
 * surname, though a place too; an ordinary word only where a rule
 * already wavered. */
static AFTER_ROUNDS bool take_surname_first(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 0; i + 1 < nm->ntok; i++) {
		const token *a = &t[i], *b = &t[i + 1];
		if (b->state != ST_NAME || !(b->flags & W_FIRST) || a->state == ST_NAME || !a->cap ||
		    a->allcaps || b->allcaps || a->script != SC_LATIN || a->klen < 3 ||
		    (a->flags & ~(unsigned)(W_PLACE | W_LAST | W_COMMON | W_PLACENOUN)) ||
		    role_word(nm, a) ||
		    (!(a->flags & (W_PLACE | W_LAST)) && a->state == ST_NO && is_dict_word(nm, i)) ||
		    !list_item_starts(nm, i))
			continue;
		if (b->gap == GAP_COMMA ? !(i + 2 < nm->ntok && t[i + 2].gap == GAP_COMMA &&
					    !t[i + 2].cap && role_word(nm, &t[i + 2]))
					: b->gap != GAP_SPACE || !list_item_ends(nm, i + 1))
			continue;
		t[i].state = ST_NAME;
		took = true;
	}
	return took;
}

/* "Knuts och Ebbas mormor": a given name's genitive that is a word too
 * (knuts), capitalised and joined by och to a person's genitive, is the
 * person's too. */
static AFTER_ROUNDS bool take_genitive_pairs(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 0; i + 2 < nm->ntok; i++) {
		const token *o = &t[i + 1], *n = &t[i + 2];
		if (t[i].state == ST_NAME || !t[i].genitive || !(t[i].flags & W_FIRST) ||
		    !may_name_person(nm, i) || !KEY_IS(o, "och") || o->gap != GAP_SPACE ||
		    n->gap != GAP_SPACE || n->state != ST_NAME || !may_be_genitive(nm, n) || !n->cap)
			continue;
		t[i].state = ST_NAME;
		took = true;
	}
	return took;
}

/* "tränaren Börje Mars om matchen": a month's name capitalised right
 * after a given name found is the surname; a month is written in small
 * letters. */
static AFTER_ROUNDS bool take_month_surnames(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 1; i < nm->ntok; i++) {
		if (!(t[i].flags & W_MONTH) || !t[i].cap || t[i].allcaps || t[i].state == ST_NAME ||
		    t[i].gap != GAP_SPACE || t[i - 1].state != ST_NAME || !t[i - 1].cap ||
		    !(t[i - 1].flags & W_FIRST) || t[i - 1].genitive)
			continue;
		t[i].state = ST_NAME;
		took = true;
	}
	return took;
}

/* "Kalle, jag tycker att du", "Sten, du har fel": a given name opening a
 * sentence, then a comma and I, you or we, is the one the writer speaks
 * to. */
static AFTER_ROUNDS bool take_addressed(anon_names *nm)
{
	static const char *const pronouns[] = { "jag", "du", "vi", "ni" };
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 0; i + 1 < nm->ntok; i++) {
		if (!(t[i].flags & W_FIRST) || !t[i].cap || t[i].allcaps || t[i].state == ST_NAME ||
		    !(i == 0 || t[i].sent_start) || t[i + 1].gap != GAP_COMMA || t[i + 1].cap ||
		    (t[i].flags & (W_STOP | W_KEEP | W_PLACE | W_TITLE | W_GREET)) ||
		    !KEY_IS_ONE_OF(&t[i + 1], pronouns))
			continue;
		t[i].state = ST_NAME;
		took = true;
	}
	return took;
}

/* A given name that is a brand's too (Freja, Max, Wilma). */
static bool brand_given_name(const token *t)
{
	return (t->flags & (W_FIRST | W_KEEP | W_STOP | W_TITLE | W_ORGCUE)) == (W_FIRST | W_KEEP) &&
	       t->cap && !t->allcaps && t->script == SC_LATIN;
}

/* "kompisen Catrins lilla Zelmira": after a person's genitive, lilla or
 * lille and a capitalised word is the person's child, not a place (Lilla
 * Torget); so is a given name there in any sentence, a brand's too, not
 * before another capitalised word (sedan lilla Freja kom till världen). */
static AFTER_ROUNDS bool take_little_ones(anon_names *nm)
{
	static const char *const little[] = { "lilla", "lille" };
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 1; i < nm->ntok; i++) {
		if (!t[i].cap || t[i].state == ST_NAME || t[i].gap != GAP_SPACE || t[i - 1].cap ||
		    t[i - 1].klen != 5 || !KEY_IS_ONE_OF(&t[i - 1], little) || t[i - 1].gap != GAP_SPACE ||
		    !(may_name_person(nm, i) || brand_given_name(&t[i])) || (t[i].flags & W_PLACE))
			continue;
		if (!(i >= 2 && t[i - 2].state == ST_NAME && may_be_genitive(nm, &t[i - 2]) &&
		      t[i - 2].cap && ((t[i].flags & W_FIRST) || !is_dict_word(nm, i))) &&
		    !((t[i].flags & W_FIRST) && !(i + 1 < nm->ntok && nm->tok[i + 1].cap)))
			continue;
		t[i].state = ST_NAME;
		took = true;
	}
	return took;
}

/* "Skicka till Per Berg", "Anmälan till Åsa Holm": a given name and a
 * surname of the lists, both capitalised inside a sentence, are a
 * person, though each is a place or a word too.  Not a place, or a name
 * after where something is, before a place's noun (vid Zelmby Arena, i
 * Maria Park); not before a capitalised word, a place's noun or a
 * street's word (Maria Berg kyrka, Per Bergs väg); not where a keep word
 * or phrase is. */
static AFTER_ROUNDS bool take_listed_full_names(anon_names *nm)
{
	static const char *const at[] = { "i", "på", "vid", "från", "utanför", "nära", "mot" };
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 0; i + 1 < nm->ntok; i++) {
		/* most words are no capitalised given name: asked first, alone */
		if ((t[i].flags & W_FIRST) == 0 || !t[i].cap)
			continue;
		const token *n = &t[i + 1], *after = i + 2 < nm->ntok ? &t[i + 2] : NULL;
		if (t[i].allcaps || t[i].sent_start ||
		    t[i].state == ST_NAME || !(n->flags & W_LAST) || !n->cap || n->allcaps ||
		    n->gap != GAP_SPACE || ((t[i].flags | n->flags) & (W_KEEP | W_STOP | W_TITLE)) ||
		    t[i].phrasekeep || n->phrasekeep || t[i].genitive ||
		    ((n->flags & W_PLACENOUN) &&
		     ((t[i].flags & W_PLACE) || (i > 0 && KEY_IS_ONE_OF(&t[i - 1], at)))))
			continue; /* vid Zelmby Arena, i Zelma Park */
		/* a word kept by its context (a horse ridden, a firm) stays
		 * kept; one kept only as a place or left open is settled here */
		if ((t[i].state == ST_NO && !(t[i].flags & W_PLACE)) ||
		    (n->state == ST_NO && !(n->flags & W_PLACE)))
			continue;
		if (after && after->gap == GAP_SPACE &&
		    (after->cap || (after->flags & (W_PLACENOUN | W_ORGCUE)) || street_word(after) ||
		     wordtab_get(&nm->orgsuffix, after->k, after->klen)))
			continue;
		t[i].state = t[i + 1].state = ST_NAME;
		took = true;
	}
	return took;
}

/* Decides every word; false when none can be a name (nothing to emit). */
/* "under Karl XI:s tid": a king's number in the genitive after a given
 * name found is the rest of the king's name, unless the two name a
 * street or a place (Karl XII:s torg). */
static bool regnal_genitive(const anon_names *nm, size_t i)
{
	const token *t = &nm->tok[i], *p = &nm->tok[i - 1];

	return roman_number(t) && t->gap == GAP_SPACE && p->state == ST_NAME && !p->allcaps &&
	       (p->flags & W_FIRST) && t->end < nm->textlen && nm->text[t->end] == ':' &&
	       i + 1 < nm->ntok && nm->tok[i + 1].klen == 1 && nm->tok[i + 1].k[0] == 's' &&
	       nm->tok[i + 1].start == t->end + 1 && !king_names_street(nm, i - 1);
}

/* "Karl XI beslöt", "Erik XIV:s": a given name and a king's number of
 * two or more Roman capitals are a king, though the name is a word too
 * (karl); not VI ("we"), nor a street or a square named after him. */
static AFTER_ROUNDS bool take_kings(anon_names *nm)
{
	token *t = nm->tok;
	bool took = false;

	for (size_t i = 0; i + 1 < nm->ntok; i++) {
		const token *n = &t[i + 1];
		if (!t[i].cap || t[i].allcaps || !(t[i].flags & W_FIRST) || !n->allcaps ||
		    n->gap != GAP_SPACE || n->klen < 2 || !roman_number(n) ||
		    memchr(n->k, 'l', n->klen) || KEY_IS(n, "vi") ||
		    (i + 2 < nm->ntok && t[i + 2].gap == GAP_SPACE && t[i + 2].cap) ||
		    king_names_street(nm, i))
			continue;
		t[i].state = t[i + 1].state = ST_NAME;
		took = true;
	}
	return took;
}

/* Numbers in Roman capitals that end a full name found (Ignatius
 * Zelmrem II) join it, once the names are known. */
static AFTER_ROUNDS void take_regnal_numbers(anon_names *nm)
{
	for (size_t i = 1; i < nm->ntok; i++)
		if (nm->tok[i].allcaps && nm->tok[i].state != ST_NAME &&
		    ((i >= 2 && regnal_number_ends(nm, i)) || regnal_genitive(nm, i)))
			nm->tok[i].state = ST_NAME;
}

/* "MAJA ZELMÉN HANS LINDQVIST": in capitals, a given name that is a word
 * too (hans) between a name taken and a surname taken is the second
 * person's given name. */
static bool caps_given_between_names(const anon_names *nm, size_t i)
{
	const token *t = nm->tok;

	return t[i].state != ST_NAME && t[i].allcaps && (t[i].flags & W_FIRST) &&
	       t[i].gap == GAP_SPACE && t[i + 1].gap == GAP_SPACE && t[i - 1].allcaps &&
	       t[i + 1].allcaps && t[i - 1].state == ST_NAME && t[i + 1].state == ST_NAME &&
	       (t[i + 1].flags & W_LAST) && !(t[i + 1].flags & W_FIRST);
}

/* "Karin Mamma Zelmsson": a capitalised word between a given name and a
 * surname, both found, is a middle name or a byname, though a word too;
 * not a caption's or an organisation's word; and a given name between
 * names in capitals (caps_given_between_names). */
static AFTER_ROUNDS void take_middle_words(anon_names *nm)
{
	const token *t = nm->tok;

	for (size_t i = 1; i + 1 < nm->ntok; i++)
		if ((t[i].state != ST_NAME && t[i].cap && !t[i].allcaps && !t[i].sent_start &&
		     t[i].gap == GAP_SPACE && t[i + 1].gap == GAP_SPACE && is_name(nm, i - 1) &&
		     is_name(nm, i + 1) && (t[i - 1].flags & W_FIRST) && !t[i - 1].allcaps &&
		     !(t[i + 1].flags & W_FIRST) && !t[i + 1].allcaps &&
		     !(t[i].flags & (W_KEEP | W_ORGCUE | W_CAPTION | W_PLACE))) ||
		    caps_given_between_names(nm, i))
			nm->tok[i].state = ST_NAME;
}

/* "på Zelmtech i Hovby … har Zelmtech fått kunder": a capitalised word
 * no list or dictionary knows, which the text itself shows elsewhere as
 * a place or a firm, is that where nothing but its capital speaks for a
 * person: a name then only if a neighbour says so (Biskop Zelmrem Abodi
 * after S:t Zelmrem); a text seldom names a person and a firm alike. */
static inline bool unknown_kept(const token *t)
{
	return t->state == ST_NO && t->cap && !t->allcaps && !t->flags && t->dictw != 1;
}

static bool unknown_kept_elsewhere(const anon_names *nm, size_t i)
{
	const token *t = nm->tok, *w = &nm->tok[i];

	if (w->flags || !w->cap || w->allcaps)
		return false;
	for (size_t j = 0; j < nm->ntok; j++)
		if (j != i && unknown_kept(&t[j]) && t[j].klen == w->klen &&
		    memcmp(t[j].k, w->k, w->klen) == 0)
			return true;
	return false;
}

static bool decide(anon_names *nm, const char *s, size_t n)
{
	size_t first = SIZE_MAX, last = 0; /* the open words */
	/* the rules after the rounds only add to names there are (or to a
	 * weak word in small letters before a verb), or take them back:
	 * without one, most texts, they have nothing to do */
	bool named = false, quotes, kept = false;

	mark_phrases(nm);
	for (size_t i = 0; i < nm->ntok; i++) {
		nm->tok[i].state = judge_alone(nm, i);
		kept |= unknown_kept(&nm->tok[i]);
	}
	for (size_t i = 0; i < nm->ntok; i++) {
		token *t = &nm->tok[i];
		if (t->state == ST_IF_KNOWN)
			t->state = sentence_known(nm, i) && !(kept && unknown_kept_elsewhere(nm, i))
					   ? ST_NAME : ST_MAYBE;
		if (t->state >= ST_MAYBE) {
			first = first < i ? first : i;
			last = i;
		}
		named |= t->state == ST_NAME || (t->state == ST_MAYBE_WEAK && !t->cap);
	}
	named |= settle_open(nm, s, n, first, last);
	if (named || first <= last) /* a name or an open word to pair */
		named |= take_listed_full_names(nm);
	if (nm->initials)
		named |= take_place_shaped_surnames(nm);
	if (named) {
		take_first_names(nm);
		take_surnames(nm);
	}
	quotes = may_hold_quotes(nm->text, nm->textlen);
	named |= take_nicknamed(nm, quotes);
	named |= take_signature(nm);
	if (nm->tok[nm->ntok - 1].cap)
		named |= take_signature_line(nm);
	named |= take_family_pair(nm);
	if (named) {
		named |= take_family_list(nm);
		if (nm->commas) {
			named |= take_names_among_names(nm);
			named |= take_people_with_homes(nm);
			named |= take_surnames_among_full_names(nm);
		}
		named |= take_surname_first(nm);
		if (nm->bracketed || nm->commas)
			named |= take_birth_names(nm);
		named |= take_joined_name_parts(nm);
		named |= take_genitive_pairs(nm);
		named |= take_month_surnames(nm);
	}
	named |= take_little_ones(nm);
	if (nm->commas)
		named |= take_addressed(nm);
	if (nm->capitals)
		named |= take_kings(nm);
	if (nm->nrow)
		named |= take_row_names(nm);
	named |= take_dotted_names(nm);
	if (named || nm->strict) {
		take_repeated_surnames(nm);
		take_glued_names_again(nm);
		take_regnal_numbers(nm);
		take_middle_words(nm);
		settle_by_the_word_after(nm);
		keep_things_named(nm);
		if (quotes)
			keep_quoted_list_titles(nm);
		keep_cultivars(nm);
		keep_bred_at_farm(nm);
		if (nm->capitals)
			keep_show_animals(nm);
		keep_homes(nm);
		keep_places_shown(nm);
		keep_passive_before_full_name(nm);
		keep_definite_names(nm);
		keep_acronyms(nm);
		take_nicknamed(nm, quotes);
		take_unknown_name_lines(nm);
	}
	if (nm->strict)
		take_strict(nm);
	return named || nm->strict;
}

static bool alnum_ascii(unsigned char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

/* One part of initials written with full stops: a capital, perhaps a
 * small letter after it (E.Sö.) or a hyphen and a capital (A-J), and
 * nothing more, before a full stop. */
static bool initial_part(const char *s, size_t n, const token *t)
{
	size_t i = t->start, end = t->end;

	if (end >= n || s[end] != '.' || !capital_at(s, n, i))
		return false;
	i += (unsigned char)s[i] < 0x80 ? 1 : 2;
	if (i < end && ((s[i] >= 'a' && s[i] <= 'z') ||
			(i + 1 < end && (unsigned char)s[i] == 0xC3 && strchr("\xA4\xA5\xB6", s[i + 1]))))
		i += (unsigned char)s[i] < 0x80 ? 1 : 2;
	if (i + 1 < end && s[i] == '-' && capital_at(s, n, i + 1))
		i += (unsigned char)s[i + 1] < 0x80 ? 2 : 3;
	return i == end;
}

/* "P.S.", "O.S.A.", "H.M.", "P.O. Box": capitals with full stops that
 * abbreviate words, not a person's initials; compared without case. */
static bool dotted_abbreviation(const char *s, size_t n)
{
	static const char *const abbreviations[] = {
		"p.s.", "o.s.a.", "u.s.", "u.s.a.", "e.u.", "u.k.", "u.n.", "n.b.", "a.d.",
		"b.c.", "d.c.", "p.m.", "a.m.", "i.e.", "e.g.", "ph.d.", "m.sc.", "b.sc.",
		"m.a.", "b.a.", "l.a.", "n.y.", "o.k.", "t.v.", "m.m.", "s.k.", "h.m.",
		"h.k.h.", "k.h.", "p.o.", "s.m.", "v.d.", "t.f.", "f.d.", "a.b.", "e.kr.",
		"f.kr.", "d.s.",
	};

	for (size_t i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++)
		if (strlen(abbreviations[i]) == n && strncasecmp(s, abbreviations[i], n) == 0)
			return true;
	return false;
}

/* "F.R:s erkännande": a capital in the genitive with a colon ends a run
 * of initials. */
static bool initial_genitive(const char *s, size_t n, const token *t)
{
	size_t e = t->end;

	return t->end - t->start == 1 && s[t->start] >= 'A' && s[t->start] <= 'Z' && e + 1 < n &&
	       s[e] == ':' && s[e + 1] == 's' &&
	       (e + 2 >= n || !(alnum_ascii((unsigned char)s[e + 2]) || (unsigned char)s[e + 2] >= 0x80));
}

/* Bytes A..B hold a closing bracket, perhaps after a full stop, and a
 * space. */
static bool bracket_closes(const char *s, size_t a, size_t b)
{
	a += a < b && s[a] == '.';
	return b == a + 2 && s[a] == ')' && s[a + 1] == ' ';
}

/* "A.M. har kört", "M.A. underkastade sig": letters that also abbreviate
 * words (a.m., M.A.) are a person's initials before what a person does. */
static bool person_verb_after(const anon_names *nm, size_t j)
{
	static const char *const aux[] = { "har", "hade", "är", "var", "ska", "skulle", "kan",
					   "kunde", "underkastade", "erkände", "förnekade" };
	const token *n = j + 1 < nm->ntok ? &nm->tok[j + 1] : NULL;

	return n && n->gap == GAP_SPACE && !n->cap && (pverb_at(nm, j + 1) || KEY_IS_ONE_OF(n, aux));
}

/* "Läraren (A.B.) sa": initials I..J in brackets after a role, before
 * what a person does. */
static bool role_before_bracketed(const anon_names *nm, size_t i, size_t j)
{
	const token *t = nm->tok;

	return j + 1 < nm->ntok && role_opens_bracket(nm, i) &&
	       bracket_closes(nm->text, t[j].end, t[j + 1].start) && !t[j + 1].cap &&
	       pverb_at(nm, j + 1);
}

/* "A.M. har kört ... då AM varit påverkad": the initials once found are
 * the person again written without their full stops, in capitals. */
static void take_initials_again(anon_names *nm, size_t i, size_t j)
{
	char letters[8] = { 0 };
	size_t len = 0;

	for (size_t k = i; k <= j; k++) {
		if (nm->tok[k].klen != 1 || len == sizeof letters)
			return; /* only runs of single letters: "E.Sö." has no short form */
		letters[len++] = nm->tok[k].k[0];
	}
	for (size_t k = 0; k < nm->ntok; k++) {
		token *t = &nm->tok[k];
		if (t->allcaps && t->klen == len && memcmp(t->k, letters, len) == 0 && !t->dotrun &&
		    (k < i || k > j) && !(t->end < nm->textlen && nm->text[t->end] == '.'))
			t->state = ST_NAME;
	}
}

/* Initials' parts follow each other right after the full stop, or after
 * a hyphen there (K.-G.). */
static bool initials_joined(const char *s, size_t end, size_t next)
{
	return next == end + 1 || (next == end + 2 && s[end + 1] == '-');
}

/* "K.G Lindberg": the last of dotted initials written without its full
 * stop, right after the one before it and before a name (S.O.S Alarm is
 * no person). */
static bool undotted_last_initial(const anon_names *nm, size_t k)
{
	const token *t = nm->tok;

	return t[k].end == t[k].start + 1 && capital_at(nm->text, nm->textlen, t[k].start) &&
	       t[k].start == t[k - 1].end + 1 && k + 1 < nm->ntok &&
	       t[k + 1].start == t[k].end + 1 && nm->text[t[k].end] == ' ' &&
	       t[k + 1].state == ST_NAME;
}

/* "G.S. åtalades", "vittnen E.Sö. och Y.A-J.", a letter signed "M.O.":
 * two or three initials, each with its full stop and nothing between
 * them, name a person even alone, as a court's ruling or a signature
 * does.  Marks each run in DOTRUN; true if there is one. */
static bool dotted_initials(anon_names *nm, const char *s, size_t n)
{
	bool any = false;

	for (size_t i = 0; i < nm->ntok; i++) {
		token *t = nm->tok;
		size_t j = i, after;
		bool genitive, undotted;
		unsigned char before = t[i].start > 0 ? (unsigned char)s[t[i].start - 1] : ' ';
		if (!initial_part(s, n, &t[i]) || before == '.' || before >= 0x80 || alnum_ascii(before))
			continue;
		if (i > 0 && t[i].gap == GAP_SPACE &&
		    (org_cue_at(nm, i - 1) || ((t[i - 1].flags & W_KEEP) && t[i - 1].cap)))
			continue; /* "Restaurang N.E.O.", "Casall T.O.D.": the venue's, the product's letters */
		while (j + 1 < nm->ntok && j - i < 2 &&
		       initials_joined(s, t[j].end, t[j + 1].start) &&
		       initial_part(s, n, &t[j + 1]))
			j++;
		genitive = j + 1 < nm->ntok && j - i < 2 && t[j + 1].start == t[j].end + 1 &&
			   initial_genitive(s, n, &t[j + 1]);
		undotted = !genitive && j + 1 < nm->ntok && j - i < 2 &&
			   undotted_last_initial(nm, j + 1);
		j += genitive || undotted;
		after = t[j].end + (genitive ? 2 : !undotted);
		if (j > i && (after >= n || !(alnum_ascii((unsigned char)s[after]) ||
					      (unsigned char)s[after] >= 0x80)) &&
		    !(!genitive && initials_of_shop(nm, j)) &&
		    (genitive || !dotted_abbreviation(s + t[i].start, after - t[i].start) ||
		     person_verb_after(nm, j) || role_before_bracketed(nm, i, j) ||
		     (cleft_subject(nm, i, j) && of_a_class_after(nm, j)))) { /* det var S.M. från klassen */
			t[i].dotrun = (unsigned char)(j - i + 1);
			take_initials_again(nm, i, j);
			/* "B.W. Zelmren": a capitalised word no list or
			 * dictionary has after them is the surname */
			if (!genitive && unlisted_surname_follows(nm, j))
				t[j + 1].state = ST_NAME;
			any = true;
		}
		i = j;
	}
	return any;
}

/* Where the name in token T ends: before a hyphen and an ordinary word in
 * small letters (Gunnar Harding-antologi, Wollter-mötet: the thing named
 * after the person stays). */
static size_t name_end(const anon_names *nm, const token *t)
{
	const char *s = nm->text;
	size_t dash = t->end;

	while (dash > t->start && s[dash - 1] != '-')
		dash--;
	/* the key's bytes stand where the text's do, unless folding
	 * changed a character's length */
	if (dash <= t->start + 1 || dash >= t->end || !(s[dash] >= 'a' && s[dash] <= 'z') ||
	    t->klen != t->end - t->start)
		return t->end;
	return dict_has(&nm->dict, t->k + (dash - t->start), t->end - dash) ? dash - 1 : t->end;
}

/* Does the word after the space at byte I of S hold an @: an e-mail
 * address? */
static bool email_word_follows(const char *s, size_t n, size_t i)
{
	for (size_t j = i + 1; j < n && s[j] != ' ' && s[j] != '\n'; j++)
		if (s[j] == '@')
			return true;
	return false;
}

/* Byte I of S ends a contact's item: the text's or the line's end, a
 * stop, a bracket or a slash, a capitalised word (the next name), eller
 * (Marianne Nilsson 370639 eller Ingrid Svahn) or the person's e-mail
 * address (Sten Berg 580 127 40 sten.berg@telia.com). */
static bool contact_item_ends(const char *s, size_t n, size_t i)
{
	if (i >= n || s[i] == '\n' || s[i] == ',' || s[i] == ';' || s[i] == ')' || s[i] == '/')
		return true;
	if (s[i] == '.')
		return !(i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9');
	return s[i] == ' ' && i + 1 < n &&
	       (s[i + 1] == '(' || s[i + 1] == '/' || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
		text_has(s, n, i, " eller ") || email_word_follows(s, n, i));
}

/* Are the two digits at M a month and the two at D a day of one? */
static bool month_and_day(const char *m, const char *d)
{
	int month = (m[0] - '0') * 10 + (m[1] - '0'), day = (d[0] - '0') * 10 + (d[1] - '0');

	return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* "22-05-30": two digits each of a year, a month and a day joined by
 * dashes, as a signature dates a text; a phone is written with spaces. */
static bool date_shaped(const char *d, size_t n)
{
	return n == 8 && d[2] == '-' && d[5] == '-' && month_and_day(d + 3, d + 6);
}

/* "20231105": a date of this or the last century written without
 * marks, as a file or a record is dated; no phone number. */
static bool compact_date(const char *d, size_t n)
{
	return n == 8 && ((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0')) &&
	       month_and_day(d + 4, d + 6);
}

/* "Anna Berg 12 34 56", "Per Ek, 123 456", "Marianne Nilsson 370639": a
 * local number without its area code right after a name, in groups of two
 * or three digits (five to eight in all), or of five to eight digits in one
 * group after a full name (FULL; Anne Ek, 54024234), ending the contact's item, is that
 * person's phone in a contact list; not a sum or a count, which a word in
 * small letters follows (12 345 kr), nor a public service's number (114
 * 14).  The end of the number, or 0. */
static size_t local_phone_after(const char *s, size_t n, size_t at, bool full, size_t *from)
{
	size_t i = at, digits = 0, groups = 0, first = 0;

	if (i < n && (s[i] == ',' || s[i] == ':'))
		i++;
	if (i >= n || s[i] != ' ')
		return 0;
	i++;
	*from = i;
	while (i < n && s[i] >= '0' && s[i] <= '9') {
		size_t g = 0;
		if (groups == 0 && s[i] == '0')
			return 0; /* an area code: the patterns' */
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, g++;
		if (groups++ == 0)
			first = g;
		else if (g < 2 || g > 3)
			return 0;
		digits += g;
		if (i + 1 < n && (s[i] == ' ' || s[i] == '-') && s[i + 1] >= '0' && s[i + 1] <= '9')
			i++;
		else
			break;
	}
	if (digits < 5 || digits > 8 || date_shaped(s + *from, i - *from) ||
	    compact_date(s + *from, i - *from))
		return 0;
	/* "Polis 114 14", "116 111": 11 opens a public service's number,
	 * no subscriber's of six digits or fewer */
	if (digits <= 6 && s[*from] == '1' && s[*from + 1] == '1')
		return 0;
	if (first > 3 && !(groups == 1 && full))
		return 0;
	if (groups == 1 && first <= 3)
		return 0;
	return contact_item_ends(s, n, i) ? i : 0;
}

static void emit(const anon_names *nm, const span_list *taken, span_list *out)
{
	for (size_t i = 0; i < nm->ntok; i++) {
		size_t j = i;
		if (nm->tok[i].dotrun) { /* the initials and their last full stop */
			size_t end;
			j = i + nm->tok[i].dotrun - 1;
			end = nm->tok[j].end + (nm->text[nm->tok[j].end] == '.');
			/* and the name they begin (B.W. Andersson) */
			while (j + 1 < nm->ntok && nm->tok[j + 1].state == ST_NAME &&
			       nm->tok[j + 1].gap == GAP_SPACE && !nm->tok[j + 1].dotrun)
				end = nm->tok[++j].end;
			spans_push(out, nm->tok[i].start, end, KIND_NAME);
			out->v[out->n - 1].genitive =
				j >= i + nm->tok[i].dotrun && nm->tok[j].genitive;
			i = j;
			continue;
		}
		if (nm->tok[i].state != ST_NAME)
			continue;
		while (j + 1 < nm->ntok && nm->tok[j + 1].state == ST_NAME &&
		       nm->tok[j + 1].gap == GAP_SPACE)
			j++;
		size_t end = name_end(nm, &nm->tok[j]), from, phone_end;
		spans_push(out, nm->tok[i].start, end, KIND_NAME);
		out->v[out->n - 1].genitive = nm->tok[j].genitive;
		if (end == nm->tok[j].end && !nm->tok[j].genitive &&
		    (phone_end = local_phone_after(nm->text, nm->textlen, end, j > i, &from)) &&
		    !spans_overlap(taken, from, phone_end))
			spans_push(out, from, phone_end, KIND_PHONE);
		i = j;
	}
}

/* Is word T the e-mail address's part PART, accents dropped as the
 * address drops them (Åsa as asa)? */
static bool key_spelt_in_email(const token *t, const strbuf *part, strbuf *scratch)
{
	/* most words: not even the first letter */
	if ((unsigned char)t->k[0] < 0x80 && t->k[0] != part->s[0])
		return false;
	sb_clear(scratch);
	fold_key(scratch, t->k, t->klen, true);
	return scratch->len == part->len && memcmp(scratch->s, part->s, part->len) == 0;
}

/* The two words from word I on are the e-mail part's given name and
 * surname, one of them a person's name already, or the first a given
 * name. */
static bool pair_spelt_in_email(const anon_names *nm, size_t i, const strbuf *given,
				const strbuf *surname, strbuf *scratch)
{
	const token *t = nm->tok;

	return t[i + 1].gap == GAP_SPACE && t[i].script == SC_LATIN &&
	       t[i + 1].script == SC_LATIN && !(t[i].state == ST_NAME && t[i + 1].state == ST_NAME) &&
	       (t[i].state == ST_NAME || t[i + 1].state == ST_NAME || (t[i].flags & W_FIRST)) &&
	       key_spelt_in_email(&t[i], given, scratch) &&
	       key_spelt_in_email(&t[i + 1], surname, scratch);
}

/* "Rebecca Miss: rebecca.miss@…", "NINA SMEDS / nina.smeds@…": a word
 * beside a name, the two of them the given name and the surname of an
 * e-mail address in the same text, is the surname, whatever else it
 * could be (a title, a genitive). */
static bool named_by_email(anon_names *nm, const char *s, const span_list *taken)
{
	strbuf *given = &nm->mail_given, *surname = &nm->mail_surname;
	bool any = false;

	for (size_t e = 0; e < taken->n; e++) {
		const anon_span *sp = &taken->v[e];
		size_t dot = sp->start, at;
		if (sp->kind != KIND_EMAIL)
			continue;
		for (at = sp->start; at < sp->end && (isalnum((unsigned char)s[at]) ||
						      s[at] == '.' || s[at] == '_' || s[at] == '-');
		     at++)
			if (s[at] == '.' && dot == sp->start)
				dot = at;
		if (dot == sp->start || dot + 1 >= at || memchr(s + dot + 1, '.', at - dot - 1))
			continue; /* one given name, one surname */
		sb_clear(given);
		sb_clear(surname);
		fold_key(given, s + sp->start, dot - sp->start, true); /* appends */
		fold_key(surname, s + dot + 1, at - dot - 1, true);
		for (size_t i = 0; i + 1 < nm->ntok; i++)
			if (pair_spelt_in_email(nm, i, given, surname, &nm->mail_word)) {
				nm->tok[i].state = nm->tok[i + 1].state = ST_NAME;
				any = true;
			}
	}
	return any;
}

void names_scan(anon_names *nm, const char *s, size_t n,
		const span_list *taken, span_list *out)
{
	nm->text = s;
	nm->textlen = n;
	if (!nm->row_open)
		nm->nrow = nm->npets = 0;
	cut_words(nm, s, n, taken);
	if (nm->ntok == 0)
		return;
	bool named = decide(nm, s, n);

	if (nm->dotted)
		named |= dotted_initials(nm, s, n);
	if (taken->n)
		named |= named_by_email(nm, s, taken);
	if (named)
		emit(nm, taken, out);
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
		{ "names/common-words-en.txt", W_ENWORD },
		{ "names/stop-names.txt", W_STOPNAME },
		{ "names/stopwords.txt", W_STOP },
		{ "names/localities.txt", W_PLACE },
		{ "names/place-phrases.txt", W_KEEP },
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
	path = trygg_data_path("anon-keep.csv");
	names_load_roles(nm, path);
	free(path);
	path = trygg_data_path("names/dict.txt");
	names_load_dict(nm, path);
	free(path);
	cb = profile_codebook(false);
	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	names_load_codebook(nm, cb);
	codebook_free(cb);
	learn_arabic_spellings(nm);
	return nm;
}

void names_row_begin(anon_names *nm)
{
	nm->row_open = true;
	nm->nrow = nm->npets = 0;
}

void names_row_end(anon_names *nm)
{
	nm->row_open = false;
	nm->nrow = nm->npets = 0;
}
