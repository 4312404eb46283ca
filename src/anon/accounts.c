/* accounts.c - an organisation's own account numbers (see accounts.h).
 *
 * The rule of the corpus trygg-anon is measured on: bankgiro and plusgiro
 * of private people are CARD, an association's or a shop's are not.  What
 * tells them apart is the text: an organisation gives its organisation
 * number, a Swish number of a business (they all start with 123) or says
 * whose account it is (vårt, föreningens).  A text without such a sign
 * keeps its numbers as CARD: a missed account costs more than a kept one. */
#include "anon/accounts.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

/* Owners that make an account an organisation's ("vårt bankgiro",
 * "Föreningens plusgiro"); compared in lower case. */
static const char *const owners[] = {
	"vårt", "vår", "föreningens", "klubbens", "förbundets", "församlingens",
	"kyrkans", "skolans", "bolagets", "företagets", "butikens", "brf:ens",
	"stiftelsens", "avdelningens", "lagets", "kårens",
};

/* Words that name an account. */
static const char *const accounts[] = {
	"bankgiro", "bankgironummer", "bg", "plusgiro", "plusgironummer", "pg",
	"postgiro", "konto", "kontonummer", "kontonr", "bankkonto", "iban",
};

/* Words that name the payee as an organisation when they stand at most
 * PAYEE_REACH words before the account's word, also as the last part of
 * a compound ("till förbundet på bg", "Minnesfonden: Bg").  Further away
 * they do not: the corpora trygg-anon is measured on keep "Föreningen
 * träffas på tisdagar. Medlemsavgiften betalas till bankgiro" a private
 * account.  A bank's code for payments from abroad (BIC, SWIFT), an OCR
 * reference or a reference number to give (a bank gives one to a business
 * that bills many) or a payee named as such (Betalningsmottagare:
 * Stockholms Spelmansgille) anywhere is an organisation's. */
static const char *const payee_tails[] = {
	"förening", "föreningen", "förbund", "förbundet", "klubb", "klubben",
	"församling", "församlingen", "stiftelse", "stiftelsen", "fond", "fonden",
	"sällskap", "sällskapet", "gille", "gillet", "samfällighet", "samfälligheten",
	"kåren", "kören", "laget", "jaktlag", "byalag",
};
enum { PAYEE_REACH = 3 };

static const char *const bank_codes[] = { "bic", "swift", "ocr", "betalningsmottagare",
					  "betalningsmottagaren", "referensnummer", "referensnr" };

/* Gifts and collections go to an organisation ("tar emot gåvor till
 * renoveringen på BG"), unless the words of a private person's own money
 * are there too. */
static const char *const gift_words[] = {
	"gåva", "gåvan", "gåvor", "gåvorna", "insamling", "insamlingen", "kollekt", "kollekten",
};

/* Words that show a private person writes of their own money; they
 * outweigh the payee's words, not an organisation number. */
static const char *const private_words[] = {
	"jag", "mig", "mitt", "mina", "privat", "privata",
};

/* Labels of an organisation number. */
static const char *const orgnr_labels[] = {
	"orgnr", "org.nr", "organisationsnummer", "org.nummer", "organisationsnr",
};

static bool word_byte(unsigned char c)
{
	return c >= 0x80 || isalnum(c) || c == '.' || c == ':';
}

static bool word_is(const char *w, size_t len, const char *const *list, size_t n)
{
	char low[32];

	if (len == 0 || len >= sizeof low)
		return false;
	for (size_t i = 0; i < len; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	while (len > 0 && (low[len - 1] == '.' || low[len - 1] == ':'))
		len--; /* "Orgnr:", "Bg." */
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(low, list[i], len) == 0)
			return true;
	return false;
}

#define IS(w, len, list) word_is((w), (len), (list), sizeof(list) / sizeof((list)[0]))

/* W ends in one of the n TAILS (a whole word or the last part of a
 * compound); compared in lower case. */
static bool word_ends_in(const char *w, size_t len, const char *const *tails, size_t n)
{
	while (len > 0 && (w[len - 1] == '.' || w[len - 1] == ':'))
		len--;
	for (size_t i = 0; i < n; i++) {
		size_t tl = strlen(tails[i]);
		if (len >= tl && strncasecmp(w + len - tl, tails[i], tl) == 0)
			return true;
	}
	return false;
}

/* An organisation number: six digits, a dash and four, whose third digit
 * is 2 or more (a personnummer's month starts with 0 or 1).  Without the
 * dash ten digits may be a mobile number (0734567890). */
static bool orgnr_at(const char *s, size_t n, size_t i)
{
	size_t j = i;

	if (i > 0 && isdigit((unsigned char)s[i - 1]))
		return false;
	for (size_t k = 0; k < 6; k++, j++)
		if (j >= n || !isdigit((unsigned char)s[j]))
			return false;
	if (j >= n || s[j] != '-')
		return false;
	j++;
	for (size_t k = 0; k < 4; k++, j++)
		if (j >= n || !isdigit((unsigned char)s[j]))
			return false;
	return (j == n || !isdigit((unsigned char)s[j])) && s[i + 2] >= '2';
}

/* A business Swish number: 123, then seven more digits, in groups. */
static bool swish_business_at(const char *s, size_t n, size_t i)
{
	size_t digits = 0, j = i;

	if (i > 0 && isdigit((unsigned char)s[i - 1]))
		return false;
	if (i + 3 > n || memcmp(s + i, "123", 3) != 0)
		return false;
	while (j < n && (isdigit((unsigned char)s[j]) || s[j] == ' ' || s[j] == '-') && digits < 11) {
		digits += isdigit((unsigned char)s[j]) != 0;
		j++;
	}
	while (j > i && !isdigit((unsigned char)s[j - 1]))
		j--;
	return digits == 10 && (j == n || !isdigit((unsigned char)s[j]));
}

/* Bytes of the capital letter at W (A-Z, or À-Þ in UTF-8: Å, Ä, Ö), or 0. */
static size_t capital_at(const char *w, size_t len)
{
	unsigned char c = (unsigned char)w[0];

	if (isupper(c) && c < 0x80)
		return 1;
	if (c == 0xC3 && len > 1 && (unsigned char)w[1] >= 0x80 && (unsigned char)w[1] <= 0x9E &&
	    (unsigned char)w[1] != 0x97) /* not × */
		return 2;
	return 0;
}

/* "SUVs", "PRO:s", "STÄFs": an acronym's genitive names an organisation. */
static bool acronym_genitive(const char *w, size_t len)
{
	size_t at = 0, caps = 0, step;

	if (len < 3 || w[len - 1] != 's')
		return false;
	len -= 1 + (w[len - 2] == ':');
	while (at < len && (step = capital_at(w + at, len - at)) != 0) {
		at += step;
		caps++;
	}
	return caps >= 2 && at == len;
}

/* "konto", "resekonto", "föreningskontot": an account's word. */
static bool account_word(const char *w, size_t len)
{
	return IS(w, len, accounts) || (len > 5 && strncasecmp(w + len - 5, "konto", 5) == 0) ||
	       (len > 6 && strncasecmp(w + len - 6, "kontot", 6) == 0);
}

/* "Gatugårdens", "Idrottssällskapets": the genitive of a noun's definite
 * form is a place's or a body's, not a person's (Annas, Svens). */
static bool definite_genitive(const char *w, size_t len)
{
	return len >= 8 && (strncasecmp(w + len - 3, "ens", 3) == 0 ||
			    strncasecmp(w + len - 3, "ets", 3) == 0);
}

static bool owner_word(const char *w, size_t len)
{
	return IS(w, len, owners) || acronym_genitive(w, len) || definite_genitive(w, len);
}

struct account_signs {
	bool org;      /* an organisation number, a business Swish, an owner */
	bool payee;    /* an organisation's noun or web address beside the account */
	bool personal; /* jag, mitt: a person's own account */
};

/* "svenskakyrkan.se", "www.bjorklott.se": a web address's host, letters
 * before its last full stop and two to four letters after it. */
static bool web_address(const char *w, size_t len)
{
	const char *dot = NULL;

	for (size_t i = 1; i < len; i++)
		if (w[i] == '.')
			dot = w + i;
	if (dot == NULL || !isalpha((unsigned char)*w))
		return false;
	for (const char *p = dot + 1; p < w + len; p++)
		if (!islower((unsigned char)*p))
			return false;
	return w + len - dot - 1 >= 2 && w + len - dot - 1 <= 4;
}

static void read_signs(const char *s, size_t n, struct account_signs *signs)
{
	size_t i = 0, prev = 0, prevlen = 0, words = 0, payee_at = 0, account_at = 0;
	bool payee_seen = false;

	while (i < n) {
		size_t start = i;
		if (!word_byte((unsigned char)s[i])) {
			i++;
			continue;
		}
		if (isdigit((unsigned char)s[i]) &&
		    (orgnr_at(s, n, i) || swish_business_at(s, n, i)))
			signs->org = true;
		while (i < n && word_byte((unsigned char)s[i]))
			i++;
		const char *w = s + start;
		size_t len = i - start;
		bool account = account_word(w, len),
		     payee = word_ends_in(w, len, payee_tails, sizeof payee_tails / sizeof *payee_tails);
		words += !isdigit((unsigned char)*w); /* an account's digits are no words */
		if (IS(w, len, orgnr_labels) || IS(w, len, bank_codes) ||
		    (prevlen && account && owner_word(s + prev, prevlen)))
			signs->org = true;
		if ((payee_seen && words - payee_at <= PAYEE_REACH && account) ||
		    (account_at && words - account_at <= PAYEE_REACH && (payee || web_address(w, len))))
			signs->payee = true; /* also after it: "PG 90 01 22-3 svenskakyrkan.se" */
		if (IS(w, len, gift_words))
			signs->payee = true;
		if (payee) {
			payee_seen = true;
			payee_at = words;
		}
		if (account)
			account_at = words;
		if (IS(w, len, private_words))
			signs->personal = true;
		prev = start;
		prevlen = len;
	}
}

/* A bankgiro, plusgiro or Swedish bank account: digits, spaces, dashes
 * and commas only, at most 16 digits (not an IBAN, not a card of 16
 * digits and more). */
static bool account_shaped(const char *s, size_t start, size_t end)
{
	size_t digits = 0;

	for (size_t i = start; i < end; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isdigit(c))
			digits++;
		else if (c != ' ' && c != '-' && c != ',')
			return false;
	}
	return digits >= 5 && digits < 16;
}

/* An IBAN: two capitals, then digits and spaces only (SE45 5000 ...). */
static bool iban_shaped(const char *s, size_t start, size_t end)
{
	if (end - start < 17 || !isupper((unsigned char)s[start]) ||
	    !isupper((unsigned char)s[start + 1]))
		return false;
	for (size_t i = start + 2; i < end; i++)
		if (!isdigit((unsigned char)s[i]) && s[i] != ' ')
			return false;
	return true;
}

static bool org_account(const char *s, const anon_span *sp)
{
	return sp->kind == KIND_CARD &&
	       (account_shaped(s, sp->start, sp->end) || iban_shaped(s, sp->start, sp->end));
}

/* Labels before an organisation's own number, also of two words
 * ("Business ID 0145076-7", "Y-tunnus", "ISSN 1654-0085"), and of its
 * case and article numbers ("Dnr 1405-2017"); compared in lower case. */
static const char *const number_labels[] = {
	"orgnr", "org.nr", "org nr", "org. nr", "organisationsnummer", "organisationsnr",
	"org.nummer", "business id", "y-tunnus", "fo-nummer", "fo-nr", "issn", "isbn",
	"dnr", "diarienr", "diarienummer", "ärendenr", "ärendenummer", "artikelnr",
};

/* Can a label of NUMBER_LABELS end in byte C?  Most numbers follow a
 * byte no label ends in: one look spares the compares with every label.
 * The table is made at the first ask, after the locale is set, and with
 * tolower as strncasecmp compares. */
static bool may_end_label(unsigned char c)
{
	static bool made, ends[256];

	if (!made) {
		made = true;
		for (size_t i = 0; i < sizeof number_labels / sizeof *number_labels; i++) {
			int last = tolower((unsigned char)number_labels[i][strlen(number_labels[i]) - 1]);
			for (unsigned b = 0; b < 256; b++)
				if (tolower((int)b) == last)
					ends[b] = true;
		}
	}
	return ends[c];
}

/* Does a label of NUMBER_LABELS end just before S[at] (a colon and
 * spaces between them)? */
static bool labelled_number(const char *s, size_t at)
{
	size_t end = at;

	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == ':'))
		end--;
	if (end == 0 || !may_end_label((unsigned char)s[end - 1]))
		return false;
	for (size_t i = 0; i < sizeof number_labels / sizeof *number_labels; i++) {
		size_t len = strlen(number_labels[i]);
		if (end >= len && strncasecmp(s + end - len, number_labels[i], len) == 0 &&
		    (end == len || !word_byte((unsigned char)s[end - len - 1])))
			return true;
	}
	return false;
}

/* Is the number SP an organisation's own?  Any number after an
 * organisation number's label, and an account of a text that names its
 * owner as one.  A business Swish number is a phone like an office's
 * switchboard: only a sign of whose the account beside it is.  The text's
 * signs are read into *SIGNS at the first account that needs them (*READ). */
static bool org_number(const char *s, size_t n, const anon_span *sp,
		       struct account_signs *signs, bool *read)
{
	if (sp->kind != KIND_PHONE && sp->kind != KIND_CARD)
		return false;
	if (labelled_number(s, sp->start))
		return true;
	if (sp->kind != KIND_CARD || !org_account(s, sp))
		return false;
	if (!*read) {
		read_signs(s, n, signs);
		*read = true;
	}
	return signs->org || (signs->payee && !signs->personal);
}

size_t drop_org_accounts(span_list *found, const char *s, size_t n)
{
	struct account_signs signs = { false, false, false };
	size_t kept = 0, dropped;
	bool read = false;

	for (size_t i = 0; i < found->n; i++)
		if (!org_number(s, n, &found->v[i], &signs, &read))
			found->v[kept++] = found->v[i];
	dropped = found->n - kept;
	found->n = kept;
	return dropped;
}
