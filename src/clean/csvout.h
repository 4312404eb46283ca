/* csvout.h - CSV fields appended to a buffer, so that a whole canonical row
 * (or reject line) is built in memory and written with one fwrite.  The
 * quoting is the library writer's (csv_put_field): RFC 4180, minimal, for
 * the delimiter ',' (';' with --excel: out_set_excel). */
#ifndef CLEAN_CSVOUT_H
#define CLEAN_CSVOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "util.h"

/* The strings given below must be followed, at S[n] or later, by a NUL
 * byte (csv_field data, strbufs and C strings are): the scan for the
 * bytes that need quotes is strcspn. */

/* Excel mode (--excel): ';' between fields, formulas guarded in text. */
void out_set_excel(bool excel);
/* The delimiter written: ',' or, in Excel mode, ';'. */
char out_delimiter(void);

/* Does S[0..n) hold the delimiter, '"', CR or LF? */
bool out_needs_quotes(const char *s, size_t n);
/* S[0..n), in quotes only if it holds the delimiter, '"', CR or LF. */
void out_field(strbuf *b, const char *s, size_t n);
/* S[0..n) as it is (known to need no quotes). */
static inline void out_plain(strbuf *b, const char *s, size_t n)
{
	sb_reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}
static inline void out_char(strbuf *b, char c)
{
	sb_reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}
/* Text from the export (free text, ids): in Unicode NFC (decomposed text
 * from macOS tools is composed), line breaks (CRLF, a lone CR,
 * vertical tab, form feed) become LF, every other control character (C0
 * but TAB and LF, DEL, C1: escape sequences lose their ESC) becomes
 * U+FFFD; then as out_field, and in Excel mode a cell that would start a
 * formula (csv_formula_risk) gets a "'" in front. */
void out_text(strbuf *b, const char *s, size_t n);
/* The same for the rejects file: always ',', formulas always guarded. */
void out_cell(strbuf *b, const char *s, size_t n);
/* A decimal number, without printf. */
void out_long(strbuf *b, long v);
/* Two digits, zero-padded (0-99). */
void out_2digits(strbuf *b, int v);

#endif
