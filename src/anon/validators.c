/* validators.c - the validators a pattern row may name: the digit checks
 * of checksums.c, and the checks that need the word lists (plates that
 * spell a word, streets named after a place). */
#include "anon/validators.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "anon/checksums.h"
#include "text.h"

static const struct {
	const char *name;
	enum validator v;
} validators[] = {
	{ "", VAL_NONE },        { "luhn", VAL_LUHN },
	{ "pnr", VAL_PNR },      { "pnr10", VAL_PNR10 },
	{ "ip", VAL_IP },        { "iban", VAL_IBAN },
	{ "notdate", VAL_NOTDATE }, { "plate", VAL_PLATE },
	{ "phone", VAL_PHONE },  { "ipv6", VAL_IPV6 },
	{ "street", VAL_STREET }, { "phonex", VAL_PHONEX },
	{ "giro", VAL_GIRO },     { "notword", VAL_NOTWORD },
	{ "town", VAL_TOWN },     { "nametown", VAL_NAMETOWN }, { "social", VAL_SOCIAL },
	{ "place", VAL_PLACE },   { "shortstreet", VAL_SHORTSTREET },
	{ "posttown", VAL_POSTTOWN }, { "notnamephone", VAL_NOTNAMEPHONE },
};

bool validator_named(const char *name, enum validator *v)
{
	for (size_t i = 0; i < sizeof validators / sizeof validators[0]; i++)
		if (strcmp(validators[i].name, name) == 0) {
			*v = validators[i].v;
			return true;
		}
	return false;
}

/* A byte of a letter: ASCII letters and every byte of a multi-byte
 * character (the text is the normalised shadow). */
static bool letter_byte(char c)
{
	return (unsigned char)c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The first word of S[0..n), for the place check of a street match. */
static size_t first_word_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] != ' ' && s[i] != '\t')
		i++;
	return i;
}

/* The letters and hyphens S[0..n) starts with: a place's or a farm's
 * name before its number. */
static size_t name_word_len(const char *s, size_t n)
{
	size_t a = 0;

	while (a < n && (letter_byte(s[a]) || s[a] == '-'))
		a++;
	return a;
}

/* Does S[0..n) hold a Swedish postcode (123 45 or 12345) followed by a
 * word? */
static bool has_postcode(const char *s, size_t n)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		size_t j = i;
		if (i > 0 && isdigit((unsigned char)s[i - 1]))
			continue;
		if (!isdigit((unsigned char)s[j]) || !isdigit((unsigned char)s[j + 1]) ||
		    !isdigit((unsigned char)s[j + 2]))
			continue;
		j += 3 + (s[i + 3] == ' ');
		if (j + 4 <= n && isdigit((unsigned char)s[j]) &&
		    isdigit((unsigned char)s[j + 1]) && s[j + 2] == ' ' &&
		    letter_byte(s[j + 3]))
			return true;
	}
	return false;
}

/* The number of digits of the first number in S[0..n). */
static size_t first_number_len(const char *s, size_t n)
{
	size_t i = 0, start;

	while (i < n && !isdigit((unsigned char)s[i]))
		i++;
	for (start = i; i < n && isdigit((unsigned char)s[i]); i++)
		;
	return i - start;
}

/* "Östby torg 2025" is a place and a year, "Kista Torg 7" an address;
 * "längs väg 40" a road.  With a postcode and town after it, it is an
 * address whatever its first word (Bonäs Gård 4, 605 60 Svärtinge). */
static bool street_ok(const word_checks *w, const char *s, size_t n)
{
	size_t first = first_word_len(s, n);

	if (has_postcode(s, n))
		return true;
	if (w->is_place && w->is_place(w->place_ctx, s, first) && first_number_len(s, n) > 3)
		return false;
	return !(islower((unsigned char)s[0]) && w->is_word && w->is_word(w->word_ctx, s, first));
}

/* "steg 2", "säng 3": a street of one short ordinary word in small
 * letters (five letters at most), then its number, is the word and a
 * number; "kyrkogatan 3" and "Storg 5" are streets. */
static bool word_ieq(const char *s, size_t n, const char *w);

/* "första gången 1892", "andra vägen": an ordinal before a street's noun
 * alone, an ordinary word in small letters, counts times or ways; "Första
 * Långgatan" is a street. */
static bool ordinal_before_word(const word_checks *w, const char *s, size_t n)
{
	static const char *const ordinals[] = { "första", "andra", "tredje", "fjärde" };
	size_t first = first_word_len(s, n), second;
	bool ordinal = false;

	for (size_t i = 0; i < sizeof ordinals / sizeof ordinals[0]; i++)
		ordinal = ordinal || word_ieq(s, first, ordinals[i]);
	if (!ordinal || first + 1 >= n || !islower((unsigned char)s[first + 1]))
		return false;
	second = first_word_len(s + first + 1, n - first - 1);
	return w->is_word && w->is_word(w->word_ctx, s + first + 1, second);
}

/* Does S[0..n) start with a year from 1500 to 1899, four digits alone? */
static bool year_before_1900(const char *s, size_t n)
{
	return n >= 4 && s[0] == '1' && s[1] >= '5' && s[1] <= '8' && isdigit((unsigned char)s[2]) &&
	       isdigit((unsigned char)s[3]) && (n == 4 || !isdigit((unsigned char)s[4]));
}

/* Does the word S[0..n) end in a noun that names a kind of place more
 * often than a street (plats, park, gård, hage, äng, plan)? */
static bool common_place_noun_end(const char *s, size_t n)
{
	static const char *const nouns[] = { "platsen", "plats", "parken", "park", "gården",
					     "gård", "hagen", "hage", "ängen", "äng", "planen",
					     "plan" };

	return ending_of(s, n, nouns, sizeof nouns / sizeof nouns[0], 0) != 0;
}

/* "Sundsvall 12, Örnsköldsvik 8": a known town and a bare number after
 * it, as a list of seats or results has them, is no street; a street
 * named so has its street's noun (Sundsvallsgatan 12). */
static bool town_and_count(const word_checks *w, const char *s, size_t n, size_t first)
{
	size_t i = first + 1;

	if (!w->is_place || first + 1 >= n || islower((unsigned char)s[0]) || s[first] != ' ')
		return false;
	while (i < n && isdigit((unsigned char)s[i]))
		i++;
	return i == n && w->is_place(w->place_ctx, s, first);
}

static bool not_short_word(const word_checks *w, const char *s, size_t n)
{
	size_t first = first_word_len(s, n), letters = 0;
	const char *stop = memchr(s, '.', n);

	if (ordinal_before_word(w, s, n) || town_and_count(w, s, n, first))
		return false;

	/* "på lekplatsen. 5. Brickor": a whole street noun (gatan, torget)
	 * and a full stop end a sentence; only a short form has one (Storg. 5) */
	if (stop && stop > s && (size_t)(stop - s) + 1 < n && isspace((unsigned char)stop[1]) &&
	    strchr("nt", stop[-1]))
		return false;

	if (!islower((unsigned char)s[0]) || first + 1 >= n || !isdigit((unsigned char)s[first + 1]) ||
	    !w->is_word)
		return true;
	for (size_t i = 0; i < first; i++)
		letters += ((unsigned char)s[i] & 0xC0) != 0x80;
	/* "byggdes 1740 och prästgården 1820": an ordinary word in small
	 * letters before a year of four digits is the word and its year */
	if (year_before_1900(s + first + 1, n - first - 1) && w->is_word(w->word_ctx, s, first))
		return false;
	/* "lekplatsen 512", "parkeringsplatsen 3": an ordinary word in small
	 * letters that ends in a place's common noun, with a bare number and
	 * nothing after it, is the noun and a count or a site's number; a
	 * street's noun (gatan, vägen) stays a street */
	if (common_place_noun_end(s, first) && n > first + 1 &&
	    first_number_len(s + first + 1, n - first - 1) == n - first - 1 &&
	    w->is_word(w->word_ctx, s, first))
		return false;
	return letters > 5 || !w->is_word(w->word_ctx, s, first);
}

/* Is one of the two words before START a plate cue (reg, bilen)? */
static bool plate_cue_before(const word_checks *w, const char *s, size_t start)
{
	size_t end = start;

	for (int word = 0; word < 2 && w->is_plate_cue; word++) {
		size_t b;
		while (end > 0 && !isalnum((unsigned char)s[end - 1]) &&
		       (unsigned char)s[end - 1] < 0x80)
			end--;
		b = end;
		while (b > 0 && (isalnum((unsigned char)s[b - 1]) ||
				 (unsigned char)s[b - 1] >= 0x80))
			b--;
		if (b == end)
			return false;
		if (w->is_plate_cue(w->cue_ctx, s + b, end - b))
			return true;
		end = b;
	}
	return false;
}

/* "en skylt med 112", "ring med 114 14", "Ring SOS 112": a word before
 * the digits of an emergency or a police number is no plate; after a
 * plate's cue only in capitals (reg ABC 112). */
static bool word_before_service(const char *s, size_t n)
{
	static const char *const services[] = { "112", "113", "114" };
	size_t d = 0;

	while (d < n && !isdigit((unsigned char)s[d]))
		d++;
	if (n - d != 3)
		return false;
	for (size_t i = 0; i < sizeof services / sizeof *services; i++)
		if (memcmp(s + d, services[i], 3) == 0)
			return true;
	return false;
}

/* Three letters and three digits (or two and a letter).  Letters that make
 * a word (BUS, KAT, OKT) are a plate when written in capitals or after a
 * cue ("reg bus 123"); in lower case without one they are the word ("har
 * 100"). */
static bool plate_ok(const word_checks *w, const char *text, size_t start,
		     size_t n)
{
	const char *s = text + start;
	char letters[4];
	size_t k = 0, upper = 0;

	for (size_t i = 0; i < n && k < 3; i++)
		if (isalpha((unsigned char)s[i])) {
			upper += isupper((unsigned char)s[i]) != 0;
			letters[k++] = (char)tolower((unsigned char)s[i]);
		}
	if (k < 3)
		return false;
	/* Swedish plates never use I, Q or V. */
	for (size_t i = 0; i < 3; i++)
		if (letters[i] == 'i' || letters[i] == 'q' || letters[i] == 'v')
			return false;
	if (!(w->is_word && w->is_word(w->word_ctx, letters, 3)))
		return true;
	if (plate_cue_before(w, text, start))
		return upper == 3 || !word_before_service(s, n);
	return upper == 3 && !word_before_service(s, n);
}

/* The length of the word S[0..n) ends in. */
static size_t town_len(const char *s, size_t n)
{
	size_t a = n;

	while (a > 0 && (letter_byte(s[a - 1]) || s[a - 1] == '-'))
		a--;
	return n - a;
}

/* "Box 118, LUND", "Box 10117, Stockholm": the word the match ends with
 * is a place the lists know, or written in capitals; not "box 3, Anna". */
static bool ends_in_town(const word_checks *w, const char *s, size_t n)
{
	size_t a = n;
	bool lower = false;

	while (a > 0 && (letter_byte(s[a - 1]) || s[a - 1] == '-'))
		a--;
	for (size_t i = a; i < n; i++)
		lower |= s[i] >= 'a' && s[i] <= 'z';
	return a < n && (!lower || (w->is_place && w->is_place(w->place_ctx, s + a, n - a)));
}

/* "Hos Anna Ek, Gammalstorp 1, Vikingstad": a village the lists know
 * names its rural addresses too, where a comma or a colon opens the
 * address and no count follows its town (not "Resultat: Mora 3, Sala 2"). */
static bool village_opens_address(const word_checks *w, const char *text, size_t textlen,
				  size_t start, size_t n)
{
	size_t b = start, e = start + n;

	if (!w->is_place(w->place_ctx, text + start, name_word_len(text + start, n)))
		return false;
	while (b > 0 && text[b - 1] == ' ')
		b--;
	while (e < textlen && text[e] == ' ')
		e++;
	return b > 0 && (text[b - 1] == ',' || text[b - 1] == ':') &&
	       !(e < textlen && text[e] >= '1' && text[e] <= '9'); /* a phone's 0 may */
}

/* "Märbäck 12, Älvdalen", "Avenyn 1, Göteborg": a street or a farm no
 * ending tells, a number and a town the lists know; not an ordinary
 * word and its number (Vecka 12, Göteborg; Sida 5, Malmö), nor a town
 * in capitals (the word there may be a shouted anything). */
static bool named_place_before_town(const word_checks *w, const char *text, size_t textlen,
				    size_t start, size_t n)
{
	const char *s = text + start;
	size_t a = name_word_len(s, n);

	return a > 0 && w->is_word && w->is_place &&
	       (!w->is_word(w->word_ctx, s, a) || village_opens_address(w, text, textlen, start, n)) &&
	       ends_in_town(w, s, n) && w->is_place(w->place_ctx, s + n - town_len(s, n), town_len(s, n));
}

/* Does the word S[0..n) end as a noun made from a verb or an adjective
 * does (medling, information, ansökan is not), no town's ending? */
static bool abstract_noun_end(const char *s, size_t n)
{
	static const char *const ends[] = { "ing", "tion", "sion", "het", "else", "ande",
					    "ende", "skap", "ment" };
	char tail[4]; /* the longest ending, in small letters (MEDLING too) */
	size_t m = n < sizeof tail ? n : sizeof tail, el;

	for (size_t i = 0; i < m; i++)
		tail[i] = (char)tolower((unsigned char)s[n - m + i]);
	el = ending_of(tail, m, ends, sizeof ends / sizeof ends[0], 0);
	return el != 0 && n >= el + 3;
}

/* "792 30 Mora", "SE-155 80 Zelmvik", not "§ 146 12 Medling" (a
 * paragraph's and a page's numbers before an agenda item): a postcode's
 * town, the first word after the digits, is no ordinary noun made from a
 * verb (-ing, -tion, -het...) unless a list has it as a place. */
static bool post_town_ok(const word_checks *w, const char *s, size_t n)
{
	size_t a = 0, len;

	while (a < n && !(s[a] >= '0' && s[a] <= '9'))
		a++;
	while (a < n && !letter_byte(s[a]))
		a++;
	if (a >= n || !w->is_word || !w->is_place)
		return true;
	len = name_word_len(s + a, n - a);
	return !abstract_noun_end(s + a, len) || !w->is_word(w->word_ctx, s + a, len) ||
	       w->is_place(w->place_ctx, s + a, len);
}

/* Is the first word of S[0..n) a place the lists know, or no ordinary
 * word (Hökmark 322, Zelmby 12), and not a noun that counts (Buss 403)? */
static bool place_word_first(const word_checks *w, const char *s, size_t n)
{
	size_t a = name_word_len(s, n);

	return a > 0 && w->is_word && w->is_place &&
	       (!w->is_word(w->word_ctx, s, a) || w->is_place(w->place_ctx, s, a));
}

/* Does S[0..end) end in one of VOWELS or in å, ä, ö or é? */
static bool is_vowel_end(const char *s, size_t end, const char *vowels)
{
	unsigned char c = (unsigned char)s[end - 1];

	return c >= 0x80 || strchr(vowels, c) != NULL;
}

/* A street cut to its first letter (Kungsg 5, Bruksv 14, Hamng 7) has
 * no dictionary's word and no place before its number.  Given names and
 * brands end so: -ig, -ug, -åg and a vowel and -ng are not cut streets
 * (Ludvig 3, Boeing 747, Samsung 4); -ag, -og and -eg are (Vasag, Kyrkog).
 * With its dot it is written as a street is (Storg. 12), whatever its
 * ending, but a whole word or place before a full stop ends a sentence
 * the number begins (i Helsingborg. 12 av oss). */
static bool short_street(const word_checks *w, const char *s, size_t n)
{
	size_t b = 0, a;
	bool dot;

	while (b < n && !isdigit((unsigned char)s[b]))
		b++;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '.'))
		b--;
	dot = b < n && s[b] == '.';
	for (a = b; a > 0 && (letter_byte(s[a - 1]) || s[a - 1] == '-');)
		a--;
	if (b - a < 3 || !w->is_word || !w->is_place)
		return dot;
	if (!dot && s[b - 1] == 'g' && (is_vowel_end(s, b - 1, "iuy") ||
					(s[b - 2] == 'n' && is_vowel_end(s, b - 2, "aeiouy"))))
		return false;
	return !w->is_word(w->word_ctx, s + a, b - a) && !w->is_place(w->place_ctx, s + a, b - a);
}

size_t address_end(const word_checks *w, const char *text, size_t start, size_t end)
{
	size_t b = end, a;

	while (b > start && (letter_byte(text[b - 1]) || text[b - 1] == '-'))
		b--;
	a = b;
	if (a == end || a <= start + 1 || text[a - 1] != ' ' || !w->is_word || !w->is_place)
		return end;
	/* the word before it is a town's first word: letters, not a digit */
	if (!letter_byte(text[a - 2]))
		return end;
	if (w->is_word(w->word_ctx, text + a, end - a) && !w->is_place(w->place_ctx, text + a, end - a))
		return a - 1;
	return end;
}

/* S[0..n) is the lower-case word W in any case: ASCII letters and the
 * two-byte Latin-1 ones (Ä, Å, Ö) folded. */
static bool word_ieq(const char *s, size_t n, const char *w)
{
	if (strlen(w) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		bool second = i > 0 && (unsigned char)s[i - 1] == 0xC3;
		if (second ? (c | 0x20) != (unsigned char)w[i] : tolower(c) != (unsigned char)w[i])
			return false;
	}
	return true;
}

/* "Ärende 2024-0314", "Dnr: 2023-118", "ärendenummer 2025-0642": a
 * case's number in the municipality's register names a case, not
 * anyone's account; the label stands right before it, perhaps with a
 * colon or nr. */
static bool case_label_before(const char *text, size_t start)
{
	static const char *const labels[] = {
		"ärende", "ärendet", "ärendenr", "ärendenummer", "dnr", "diarienr",
		"diarienummer", "diarie", "referens", "ref", "beslut", "protokoll",
	};
	size_t b = start, a;

	for (int round = 0; round < 2; round++) {
		while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == ':' || text[b - 1] == '.'))
			b--;
		for (a = b; a > 0 && letter_byte(text[a - 1]); a--)
			;
		if (word_ieq(text + a, b - a, "nr") && round == 0) {
			b = a; /* "Ärende nr 2024-0314" */
			continue;
		}
		for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
			if (word_ieq(text + a, b - a, labels[i]))
				return true;
		return false;
	}
	return false;
}

/* Does TEXT speak of social media: a platform, adding someone or a user
 * name?  A word starting with one of these (snapen, instagram, addade),
 * or one of the short ones alone (ig, fb, kik, följ; not följande). */
static bool speaks_of_social_media(const char *text, size_t n)
{
	static const char *const starts[] = { "snap", "insta", "tiktok", "discord", "telegram",
					      "twitter", "twitch", "steam", "xbox", "facebook",
					      "messenger", "whatsapp", "adda", "adde", "användarnamn",
					      "username" };
	static const char *const alone[] = { "ig", "fb", "kik", "psn", "sc", "följ" };

	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && (letter_byte(text[b]) || (unsigned char)text[b] >= 0x80))
			b++;
		for (size_t k = 0; b > a && k < sizeof starts / sizeof *starts; k++) {
			size_t len = strlen(starts[k]);
			if (b - a >= len && strncasecmp(text + a, starts[k], len) == 0)
				return true;
		}
		for (size_t k = 0; b > a && k < sizeof alone / sizeof *alone; k++)
			if (word_ieq(text + a, b - a, alone[k]))
				return true;
		a = b + 1;
	}
	return false;
}

/* Digits in groups of three, three and two at S[0..n), nothing more
 * after them: an old local phone number, no house number and postcode. */
static bool local_phone_shape(const char *s, size_t n)
{
	static const char shape[] = "ddd ddd dd";

	if (n < sizeof shape - 1)
		return false;
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != ' ')
			return false;
	return n == sizeof shape - 1 || !isdigit((unsigned char)s[sizeof shape - 1]);
}

/* "Hamnfogde Arne Zelmzig 583 502 32 Kassör": the match's first word
 * after a capitalised word, before three, three and two digits, is a
 * person's surname and the number her phone, not a street, a house
 * number and a postcode. */
static bool not_name_before_phone(const char *text, size_t start, size_t n)
{
	size_t word = first_word_len(text + start, n), b = start;

	if (word >= n || !local_phone_shape(text + start + word + 1, n - word - 1))
		return true;
	while (b > 0 && text[b - 1] == ' ')
		b--;
	if (b == start || b == 0)
		return true;
	while (b > 0 && letter_byte(text[b - 1]))
		b--;
	return !(isupper((unsigned char)text[b]) && (b == 0 || !letter_byte(text[b - 1])));
}

bool validate(enum validator v, const word_checks *w, const char *text,
	      size_t textlen, size_t start, size_t *len)
{
	const char *s = text + start;
	size_t n = *len;

	switch (v) {
	case VAL_PHONE:
		return phone_fits(s, len);
	case VAL_NONE:
		return true;
	case VAL_LUHN:
		return luhn_ok(s, n);
	case VAL_PNR:
		return pnr_date_ok(s, n);
	case VAL_PNR10:
		return pnr_date_ok(s, n) && (s[0] != '0' || luhn_ok(s, n));
	case VAL_IP:
		return octets_ok(s, n);
	case VAL_IBAN:
		return iban_ok(s, n);
	case VAL_NOTDATE:
		return !looks_like_dates(s, n) && !case_label_before(text, start);
	case VAL_PLATE:
		return plate_ok(w, text, start, n);
	case VAL_IPV6:
		return ipv6_ok(s, n);
	case VAL_STREET:
		return street_ok(w, s, n);
	case VAL_PHONEX:
		return foreign_phone_ok(s, n);
	case VAL_GIRO:
		return !looks_like_dates(s, n) && !looks_like_times(s, n) &&
		       !case_label_before(text, start);
	case VAL_TOWN:
		return ends_in_town(w, s, n);
	case VAL_NAMETOWN:
		return named_place_before_town(w, text, textlen, start, n);
	case VAL_SOCIAL:
		return speaks_of_social_media(text, textlen);
	case VAL_NOTWORD:
		return not_short_word(w, s, n);
	case VAL_PLACE:
		return place_word_first(w, s, n);
	case VAL_SHORTSTREET:
		return short_street(w, s, n);
	case VAL_POSTTOWN:
		return post_town_ok(w, s, n);
	case VAL_NOTNAMEPHONE:
		return not_name_before_phone(text, start, n);
	}
	return false;
}
