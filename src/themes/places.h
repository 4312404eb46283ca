/* places.h - place patterns from the codebook's place labels.
 *
 * The codebook (share/trygg/codebook.csv; columns type, profile, column,
 * code, text, english) lists every label the survey tools use for a place
 * in the unsafe_places question.  The same words show up in free text, so
 * each label becomes a pattern: the label's words in order, any run of
 * spaces between them, and an optional Swedish or English ending (so that
 * "busshållplatsen" is found from "busshållplats").  Inflections the
 * labels do not cover ("vid busshållplatsen", "torget i <area>") are in
 * share/trygg/places.csv and the profile's places.csv. */
#ifndef TRYGG_THEMES_PLACES_H
#define TRYGG_THEMES_PLACES_H

#include "codebook.h"
#include "util.h"
#include "themes/lexicon.h"

/* Add a pattern to FAMILY of LX for each unsafe_places label and display
 * name in the codebook CB ("other" and empty codes are skipped). */
void places_add_codebook(lexicon *lx, size_t family, const codebook *cb);

/* Append to OUT a pattern matching LABEL as a whole phrase (exposed for
 * tests of the escaping). */
void places_label_pattern(strbuf *out, const char *label, size_t len);

#endif
