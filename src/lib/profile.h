/* profile.h - the municipality profile: one folder holding everything that
 * is one municipality's own (trygg(7), MUNICIPALITY PROFILE): its areas and
 * places (codebook.csv, places.csv), organisation, population, measures,
 * reference figures and report template.  Nothing of a municipality is in
 * the code; a second municipality is a second folder.
 *
 * The folder is -P DIR (cli.profile), else $TRYGG_PROFILE, else the shipped
 * example <datadir>/profiles/<TRYGG_DEFAULT_PROFILE> (set by the Makefile).
 * A folder the user named must exist; the shipped example may be absent (a
 * bare data directory), and then the profile is empty. */
#ifndef TRYGG_PROFILE_H
#define TRYGG_PROFILE_H

#include <stdbool.h>

#include "codebook.h"

/* The profile folder, or NULL when the shipped example is absent.  Exits
 * with status 1 ("prog: DIR: No such file or directory") when the folder
 * named by -P or $TRYGG_PROFILE is not a readable directory. */
const char *profile_dir(void);

/* Malloc'd path of NAME ("codebook.csv", "reference/crime.csv") in the
 * profile folder when that file exists, else NULL. */
char *profile_file(const char *name);

/* The suite's codebook: the generic <datadir>/codebook.csv, then the
 * profile's codebook.csv (its areas, places and local spellings), then the
 * file given with -k (cli.codebook), each adding to and overriding the
 * ones before (codebook_load_layers).  A missing generic or profile
 * codebook is left out, unless NEED_GENERIC (trygg-clean cannot work
 * without the survey tools' headers); the profile's is read only with the
 * generic one it adds to; a -k file must exist.  NULL after
 * the error message when a file cannot be read or is wrong. */
codebook *profile_codebook(bool need_generic);

#endif
