/* gates.h - where a pattern row can match as far as its needs tell: a
 * string every match holds from its start on (a digit, '@', " at "...),
 * with at most so many runs of white space before it (its gaps).  Rows
 * with the same needs and gaps share a gate. */
#ifndef ANON_GATES_H
#define ANON_GATES_H

#include <stddef.h>
#include <stdint.h>

/* A set of rows by their numbers; more rows than bits: no gates. */
#define MAX_FAST_ROWS 64
typedef uint64_t row_set;

typedef struct row_gates row_gates;

row_gates *gates_new(void);
/* Row ROW needs one of the strings of SPEC ("\\d|@", '|' between them;
 * "\\d" is any digit) with at most GAPS runs of white space before it
 * (-1: any).  An empty SPEC, or a row past MAX_FAST_ROWS, is not gated. */
void gates_add_row(row_gates *g, size_t row, const char *spec, long gaps);
/* Call once after the last row: STARTS_WITH[b] are the rows that can
 * begin with byte b. */
void gates_finish(row_gates *g, const row_set starts_with[256]);
/* The rows that have needs. */
row_set gates_with_needs(const row_gates *g);
/* Per text S[0..n), before the first gates_open. */
void gates_prepare(row_gates *g, const char *s, size_t n);
/* The rows of MAY (rows that can begin with the byte at Q) whose needs
 * allow a match at Q.  Q never goes back within one text; rows whose needs
 * do not occur again leave *ALIVE. */
row_set gates_open(row_gates *g, row_set may, const char *s, size_t n,
		   size_t q, row_set *alive);
/* After gates_prepare of a text: bit i of word i / 64 says that no ASCII
 * letter or digit precedes byte i (every row starts at a word boundary),
 * that byte i begins a character (no row begins with a byte that
 * continues one) and, when every row has needs, that some need is within
 * its gaps from there (elsewhere gates_open opens no row); *NWORDS words
 * cover the text. */
const uint64_t *gates_unblocked(const row_gates *g, size_t *nwords);
void gates_free(row_gates *g);

#endif
