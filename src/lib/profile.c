/* profile.c - find the municipality profile folder and its files
 * (profile.h). */
#include "profile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

/* The Makefile's DEFAULT_PROFILE: nothing of a municipality in the code. */
#ifndef TRYGG_DEFAULT_PROFILE
#error "the Makefile sets TRYGG_DEFAULT_PROFILE (the shipped example profile)"
#endif

static char *dir;          /* the resolved folder, NULL: none */
static bool resolved;

static void resolve(void)
{
	const char *env = getenv("TRYGG_PROFILE");
	bool named = (cli.profile && *cli.profile) || (env && *env);
	struct stat st;

	resolved = true;
	if (cli.profile && *cli.profile)
		dir = xstrdup(cli.profile);
	else if (env && *env)
		dir = xstrdup(env);
	else
		dir = trygg_data_path("profiles/" TRYGG_DEFAULT_PROFILE);
	errno = 0;
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && access(dir, R_OK | X_OK) == 0)
		return;
	if (named)
		die(EXIT_DATA, "%s: %s", dir, errno ? strerror(errno) : _("not a directory"));
	free(dir);
	dir = NULL;
}

const char *profile_dir(void)
{
	if (!resolved)
		resolve();
	return dir;
}

char *profile_file(const char *name)
{
	strbuf path = {0};

	if (!profile_dir())
		return NULL;
	sb_printf(&path, "%s/%s", dir, name);
	if (access(path.s, F_OK) == 0)
		return path.s;
	sb_free(&path);
	return NULL;
}

codebook *profile_codebook(bool need_generic)
{
	char *generic = trygg_data_path("codebook.csv");
	char *local = profile_file("codebook.csv");
	const char *paths[3];
	size_t n = 0;
	codebook *cb;

	/* The profile's codebook adds to the generic one: without that (a
	 * bare data directory) only -k's file is read. */
	if (need_generic || access(generic, F_OK) == 0) {
		paths[n++] = generic;
		if (local)
			paths[n++] = local;
	}
	if (cli.codebook)
		paths[n++] = cli.codebook;
	cb = codebook_load_layers(paths, n);
	free(generic);
	free(local);
	return cb;
}
