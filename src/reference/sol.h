/* sol.h - read the "Databasfil.txt" export of Brå's database of reported
 * offences (SOL, statistik.bra.se) into reference figures.
 *
 * The export is long format, ';'-separated, ISO-8859-1 as SOL sends it:
 *   Region;Brott;År;Period;Antal;/100 000 inv
 *   Hela landet;Befogenhetsbedrägeri;År;2025;14278;135;
 * The per-100 000 column is there when the user asked for it.  A cell
 * ".." has no figure (SOL repeats the parents of the chosen offences
 * that way).  See trygg-reference(1) for what is known of the format and
 * how sure it is. */
#ifndef TRYGG_REFERENCE_SOL_H
#define TRYGG_REFERENCE_SOL_H

#include "csvio.h"
#include "reference.h"

/* What one file gave, for the summary. */
typedef struct {
	size_t figures;  /* added */
	size_t empty;    /* cells with no figure ("..", "-") left out */
	size_t repeated; /* rows that repeat an earlier row exactly, dropped */
} sol_stats;

/* Read PATH and add its figures to RS.  Bad rows are reported as
 * "prog: FILE:LINE: ..."; returns their number, or -1 when the file
 * cannot be read or is not a SOL export. */
long sol_import(refset *rs, const char *path, unsigned char delimiter,
		sol_stats *st);

#endif
