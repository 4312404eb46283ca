/* places.c - place patterns from the codebook's place labels. */
#include "themes/places.h"

#include <stdlib.h>
#include <string.h>

#include "codebook.h"
#include "text.h"

#define PLACES_COLUMN "unsafe_places"
#define OTHER_CODE "other"

/* Endings a place noun takes in running text: Swedish definite and plural
 * forms and the genitive ("hållplatsen", "parkeringarna", "torgets"),
 * English plural and possessive. */
#define INFLECTION "(?:en|et|n|t|na|er|erna|ar|arna|or|orna|s|'s)?s?"

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_ascii_punct(unsigned char c)
{
	return c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
	       !(c >= 'A' && c <= 'Z') && !is_space((char)c);
}

void places_label_pattern(strbuf *out, const char *label, size_t len)
{
	label = trim_span(label, &len);
	/* Not inside another word: "centrum" must not match "stadscentrum". */
	sb_puts(out, "(?<!\\w)");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)label[i];

		if (is_space((char)c)) {
			/* The text's white space is made single before matching
			 * (placeholder.h), so a space is literal and the whole
			 * label can be screened as one string. */
			while (i + 1 < len && is_space(label[i + 1]))
				i++;
			sb_putc(out, ' ');
		} else {
			if (is_ascii_punct(c))
				sb_putc(out, '\\');
			sb_putc(out, (char)c);
		}
	}
	sb_puts(out, INFLECTION "(?!\\w)");
}

static void add_label(lexicon *lx, size_t fam, strbuf *pat, const char *code,
		      const char *label, const char *path, long line)
{
	if (!*code || strcmp(code, OTHER_CODE) == 0 || !*label)
		return;
	sb_clear(pat);
	places_label_pattern(pat, label, strlen(label));
	lexicon_add(lx, fam, code, pat->s, path, line);
}

void places_add_codebook(lexicon *lx, size_t fam, const codebook *cb)
{
	strbuf pat = {0};

	/* The code list first: it fixes the output order. */
	for (size_t i = 0; i < codebook_ncodes(cb, PLACES_COLUMN); i++) {
		const char *code = codebook_code(cb, PLACES_COLUMN, i);

		add_label(lx, fam, &pat, code,
			  codebook_display(cb, PLACES_COLUMN, code, "sv"), codebook_path(cb), 0);
		add_label(lx, fam, &pat, code,
			  codebook_display(cb, PLACES_COLUMN, code, "en"), codebook_path(cb), 0);
	}
	for (size_t i = 0; i < codebook_nlabels(cb); i++) {
		const cb_entry *e = codebook_label_at(cb, i);

		if (strcmp(e->column, PLACES_COLUMN) == 0)
			add_label(lx, fam, &pat, e->code, e->text, e->file, e->line);
	}
	sb_free(&pat);
}
