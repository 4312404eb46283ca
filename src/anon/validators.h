/* validators.h - what a match of a pattern row must also pass before it
 * counts: a checksum, a plausible date, a length, or not being a word or a
 * place.  A row names its validator in the pattern file. */
#ifndef ANON_VALIDATORS_H
#define ANON_VALIDATORS_H

#include <stdbool.h>
#include <stddef.h>

enum validator {
	VAL_NONE,
	VAL_LUHN,    /* Luhn checksum over the digits */
	VAL_PNR,     /* a plausible birth date (day + 60 for samordningsnummer) */
	VAL_PNR10,   /* as PNR; a leading 0 (a phone shape) also needs Luhn */
	VAL_IP,      /* four octets <= 255 */
	VAL_IBAN,    /* ISO 13616 mod-97 */
	VAL_NOTDATE, /* not a date or a span of years */
	VAL_PLATE,   /* letters that are not an ordinary word */
	VAL_PHONE,   /* 8-10 digits (0...) or 9-13 (+46...), cut back to fit */
	VAL_IPV6,    /* at most 8 groups, not a time typed with "::" */
	VAL_STREET,  /* "X torg 5": X is not a known place (Östby torg 12) */
	VAL_PHONEX,  /* a foreign number: 9-15 digits, no date or time */
	VAL_GIRO,    /* not a date, a time or a span of years */
	VAL_NOTWORD, /* one short ordinary word and a number is no street (steg 2) */
	VAL_TOWN,    /* its last word is a known place or in capitals (Box 118, LUND) */
	VAL_NAMETOWN, /* a name no dictionary has, a number, a known town (Märbäck 12, Älvdalen) */
	VAL_SOCIAL,  /* the text speaks of social media (snap, insta, adda, användarnamn) */
	VAL_PLACE,   /* the first word is a place the lists know or no ordinary word (Zelmby 12, not Buss 403) */
	VAL_SHORTSTREET, /* a street cut to -g or -v: with its dot, or no ordinary word (Kungsg 5, not Tisdag 5) */
	/* a postcode's town is no noun made from a verb (-ing, -tion) but a
	 * known place (792 30 Mora, not 146 12 Medling) */
	VAL_POSTTOWN,
	VAL_NOTNAMEPHONE /* no surname before a local phone (Arne Zelmzig 583 502 32) */
};

/* Says whether S[0..n) is an ordinary word, a place or a plate cue. */
typedef bool (*word_check)(const void *ctx, const char *s, size_t n);

/* The word lists the plate and street validators ask (NULL: not asked). */
typedef struct {
	word_check is_word;       /* an ordinary word ("KUL 123" is text) */
	const void *word_ctx;
	word_check is_place;      /* a known place ("Östby torg 12") */
	const void *place_ctx;
	word_check is_plate_cue;  /* a plate may follow (reg, bilen) */
	const void *cue_ctx;
} word_checks;

/* The validator called NAME ("" for none) into *V; false if unknown. */
bool validator_named(const char *name, enum validator *v);
/* Does the match TEXT[start..start + *len) pass V?  The phone validators
 * may cut *LEN back to the number that fits. */
bool validate(enum validator v, const word_checks *w, const char *text,
	      size_t textlen, size_t start, size_t *len);
/* The end of an address match TEXT[start..end) without a last word that
 * is an ordinary word, not a place, after the town ("… Pargas Tjänstledig"). */
size_t address_end(const word_checks *w, const char *text, size_t start, size_t end);

#endif
