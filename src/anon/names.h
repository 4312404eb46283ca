/* names.h - finding people's names in free text: a gazetteer of first
 * names and surnames, lists of ordinary words, places and cue words, and
 * rules that decide with the sentence rather than the word alone. */
#ifndef ANON_NAMES_H
#define ANON_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "anon/span.h"
#include "codebook.h"

/* What a word can be; one word may be several. */
enum {
	W_FIRST = 1u << 0,     /* a first name or nickname */
	W_LAST = 1u << 1,      /* a surname */
	W_COMMON = 1u << 2,    /* an ordinary word that is also a name (sten) */
	W_STOP = 1u << 3,      /* a function word (och, min, the) */
	W_PLACE = 1u << 4,     /* a locality or a place of the codebook */
	W_TITLE = 1u << 5,     /* a role before a name (rektorn, min granne) */
	W_CALL = 1u << 6,      /* naming verb (heter, kallas, called) */
	W_PREP = 1u << 7,      /* preposition of place (vid, från, near) */
	W_CONJ = 1u << 8,      /* joins names (och, eller, and) */
	W_KEEP = 1u << 9,      /* never a name (brands, institutions) */
	W_PLACENOUN = 1u << 10, /* makes the word before a place (torg, älv) */
	W_NOPLATE = 1u << 11,  /* a word that looks like plate letters (bus) */
	W_PERSONPREP = 1u << 12, /* "from/in" after a person (från, i, på) */
	W_CUE_TAIL = 1u << 13, /* last word of a two-word cue (min granne) */
	W_PLATECUE = 1u << 14, /* a number plate may follow (reg, bilen) */
	W_GREET = 1u << 15,    /* a greeting or sign-off before a name (hälsningar) */
	W_PVERB = 1u << 16,    /* what a person does, after the subject (ringde, sa) */
	W_OBJVERB = 1u << 17,  /* a person is its object (ringde, fråga, mejlade) */
	W_LANG = 1u << 18,     /* a language (arabiska): text in it is quoted */
	W_PHRASE = 1u << 19,   /* first word of a phrase of the table (burger king) */
	W_PLACEPREP = 1u << 20, /* a place follows, never a person (i, bor i) */
	W_PRON = 1u << 21,     /* a personal pronoun: a word joined to it is a person (Maria och jag) */
	W_AFTERVERB = 1u << 22, /* follows a verb, never a subject that starts a sentence (Ville inte, Maila mig) */
	W_ORGCUE = 1u << 23,   /* a business, service or group: the name after it is its own (butiken Boligheter) */
	W_ENWORD = 1u << 24,   /* an ordinary word in English only (maria, hope): Swedish text uses it as the name */
	W_ENSTOP = 1u << 25,   /* an English function word (the, and, was): counted to tell English text */
	W_MONTH = 1u << 26,    /* a month or its abbreviation: after a day's number a date (29 Mar, 3 Jan) */
	W_POSS = 1u << 27,     /* a possessive (din, min, vår): the word after it is a thing (på Din Dag) */
	W_ORGPREP = 1u << 28,  /* after a role, an organisation follows (ordförande för X, ledamot i X) */
	W_PARTICLE = 1u << 29, /* a particle inside a name (von, af, van der, bin): the capitalised word after it is the surname */
	W_STOPNAME = 1u << 30, /* a function word that is also a given name (Mina, Dina, Else) */
	W_CAPTION = 1u << 31   /* a credit line's label (Foto:, Text:): two capitalised words after it are a name */
};

typedef struct anon_names anon_names;

anon_names *names_new(void);
/* names_new() filled from the shipped data files (trygg_data_path) and
 * the codebooks' areas and places (profile_codebook). */
anon_names *names_load_default(void);
/* One word or phrase per line ('#' comments); each gets FLAGS.  A missing
 * file is an error only when REQUIRED. */
void names_load_list(anon_names *nm, const char *path, unsigned flags,
		     bool required);
/* A CSV with the columns role and word (roles: title call prep conj keep
 * placenoun noplate personprep common stop place first last platecue greet
 * pverb objverb lang placeprep pron afterverb orgsuffix orgcue); other columns (a
 * source) are ignored. */
void names_load_roles(anon_names *nm, const char *path);
/* The dictionary of ordinary words (dict.h); optional. */
void names_load_dict(anon_names *nm, const char *path);
/* Areas and places of the codebook: the names and labels of the codes of
 * area and unsafe_places. */
void names_load_codebook(anon_names *nm, const codebook *cb);
/* Flags of the lower-cased word S[0..n) (0 if unknown). */
unsigned names_flags(const anon_names *nm, const char *s, size_t n);
/* word_check for the plate validator: S is a known ordinary word. */
bool names_is_word(const void *nm, const char *s, size_t n);
/* word_check: S[0..n) (any case) is a cue for a number plate. */
bool names_is_plate_cue(const void *ctx, const char *s, size_t n);
/* Whether S[0..n) (any case) is a locality or a codebook place. */
bool names_is_place(const void *ctx, const char *s, size_t n);
/* Append the names in S[0..n) to OUT, skipping bytes inside TAKEN. */
void names_scan(anon_names *nm, const char *s, size_t n,
		const span_list *taken, span_list *out);
/* Between these, the cells scanned are one record's: a part of a full
 * name found in one is a name again alone in the later ones. */
void names_row_begin(anon_names *nm);
void names_row_end(anon_names *nm);
void names_free(anon_names *nm);
/* --strict: also take every word that could be a name and is not known
 * to be safe; names_strict_count() says how many it took beyond the
 * ordinary rules. */
void names_set_strict(anon_names *nm, bool strict);
unsigned long names_strict_count(const anon_names *nm);

/* Lower-case UTF-8 S[0..n) into OUT (at most CAP bytes); returns the
 * length, or 0 when it does not fit. */
size_t fold_word(const char *s, size_t n, char *out, size_t cap);

#endif
