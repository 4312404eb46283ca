/* prefix.h - a screen in front of the pattern rows: "no text that starts
 * at Q can be a match of this row", told by walking a DFA of the row's
 * regex over the text from Q.  Most PCRE2 attempts fail within a few
 * characters ("bussen 403 kommer", "21:53", "200 kr" for the number rows;
 * "bor på" for the plate row) and cost a thousand instructions or more
 * each; the walk costs a few per character.
 *
 * The DFA is made from the row's own regex, with every lookaround, \b and
 * \K read as matching the empty string and every character outside ASCII
 * as one symbol: its language holds every match PCRE2 can make (and
 * more), so the screen only says no where PCRE2 would.  A row whose regex
 * holds anything the reader does not know (a verb, an anchor, an option
 * setting other than (?i:...), \x{...}, a back reference to an unknown
 * group...) is not screened. */
#ifndef ANON_PREFIX_H
#define ANON_PREFIX_H

#include <stddef.h>

#include "anon/gates.h"

typedef struct prefix_screen prefix_screen;

prefix_screen *prefix_new(void);
/* Row ROW, its regex RE as PCRE2 compiles it (UTF, no UCP; DEFINEs
 * expanded): screened when the reader knows every part of it. */
void prefix_add_row(prefix_screen *ps, size_t row, const char *re);
/* Call once after the last row. */
void prefix_finish(prefix_screen *ps);
/* The rows it screens. */
row_set prefix_screened(const prefix_screen *ps);
/* The rows of MAY the screen leaves at Q of S[0..n) (valid UTF-8): every
 * row it does not screen, and every screened row some text from Q may
 * match. */
row_set prefix_allow(prefix_screen *ps, row_set may, const char *s, size_t n,
		     size_t q);
void prefix_free(prefix_screen *ps);

#endif
