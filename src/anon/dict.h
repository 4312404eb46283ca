/* dict.h - the dictionary of ordinary words (share/trygg/names/dict.txt:
 * every inflected form of the Swedish hunspell and wswedish word lists and
 * the English wamerican list, lower case, one a line, sorted by bytes).  It
 * is mapped, not loaded: a look-up is a binary search that touches a few
 * pages, so start-up costs nothing and memory stays small. */
#ifndef ANON_DICT_H
#define ANON_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The last answers, by hash of the word: real text asks for the same
 * few words again and again. */
#define DICT_CACHE_SLOTS 4096
#define DICT_CACHE_KEY 23
typedef struct {
	uint32_t hash;
	unsigned char len; /* 0: empty */
	bool found;
	char key[DICT_CACHE_KEY];
} dict_cached;

typedef struct {
	const char *map;
	size_t size;
	dict_cached *cache; /* DICT_CACHE_SLOTS, allocated by dict_open */
} anon_dict;

/* Map PATH; a missing file is an error only when REQUIRED. */
void dict_open(anon_dict *d, const char *path, bool required);
/* Is the lower-case word K[0..n) in the dictionary? */
bool dict_has(const anon_dict *d, const char *k, size_t n);
/* K[0..n) or, for a compound (busschauffören, kvällspersonalen), its last
 * part of at least 4 bytes after a first part that is a word, with or
 * without a linking -s-. */
bool dict_has_compound(const anon_dict *d, const char *k, size_t n);
void dict_close(anon_dict *d);

#endif
