/* acscan.h - find many literal strings in a text in one pass.
 *
 * An Aho-Corasick automaton over bytes, turned into a full transition
 * table (one lookup per byte of text, whatever the number of strings).
 * Bytes that occur in no string share one column of the table, so it stays
 * small.  Each string carries an id; a scan reports the id and the offset
 * of every string found (the same id may be reported more than once). */
#ifndef TRYGG_THEMES_ACSCAN_H
#define TRYGG_THEMES_ACSCAN_H

#include <stddef.h>
#include <stdint.h>

typedef struct acscan acscan;

acscan *acscan_new(void);

/* Add the string S[0..n) (n > 0) with ID.  Before acscan_build only. */
void acscan_add(acscan *ac, const char *s, size_t n, uint32_t id);

/* Make the transition table.  Call once, after the last acscan_add.
 * With ALIAS, a byte b of a text is read as ALIAS(b) (case folding done
 * in the table, at no cost per byte); NULL reads bytes as they are. */
void acscan_build(acscan *ac, unsigned char (*alias)(unsigned char));

/* Called with the id of each string found in the text and where it
 * starts and ends (byte offsets, END exclusive). */
typedef void acscan_found(uint32_t id, size_t start, size_t end, void *ctx);

/* Scan TEXT[0..len) and call FOUND for each string found, in the order
 * of the strings' ends. */
void acscan_run(const acscan *ac, const char *text, size_t len,
		acscan_found *found, void *ctx);

void acscan_free(acscan *ac);

#endif
