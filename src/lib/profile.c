/* profile.c - find the municipality profile folder and its files
 * (profile.h). */
#include "profile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "csvio.h"
#include "text.h"
#include "util.h"

#ifndef TRYGG_DEFAULT_PROFILE
#error "the Makefile sets TRYGG_DEFAULT_PROFILE (the shipped example profile)"
#endif

static char *dir;          /* the resolved folder, NULL: none */
static bool resolved, named;
static strmap *values;     /* profile.csv: key -> malloc'd value */

static void resolve(void)
{
	const char *env = getenv("TRYGG_PROFILE");
	struct stat st;

	resolved = true;
	if (cli.profile && *cli.profile)
		dir = xstrdup(cli.profile);
	else if (env && *env)
		dir = xstrdup(env);
	else
		dir = trygg_data_path("profiles/" TRYGG_DEFAULT_PROFILE);
	named = (cli.profile && *cli.profile) || (env && *env);
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

bool profile_named(void)
{
	profile_dir();
	return named;
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

static void load_values(const char *path)
{
	csv_options opt = { .delimiter = ',', .encoding = CSV_ENC_UTF8 };
	csv_reader *r = csv_open_or_die(path, &opt);
	const csv_record *rec;
	long key = -1, value = -1;

	if (csv_next_or_die(r, &rec)) {
		key = csv_header_index(rec, "key");
		value = csv_header_index(rec, "value");
	}
	if (key < 0 || value < 0)
		die_at(EXIT_DATA, path, 1, "%s", _("the header must name the columns key and value"));
	while (csv_next_or_die(r, &rec)) {
		bool created;
		void **slot;

		if (rec->nfields == 0 || rec->fields[0].data[0] == '#')
			continue;
		if ((size_t)key >= rec->nfields || (size_t)value >= rec->nfields)
			die_at(EXIT_DATA, path, rec->line, "%s", _("a row needs a key and a value"));
		slot = strmap_slot(values, rec->fields[key].data, rec->fields[key].len,
				   true, &created);
		if (!created)
			die_at(EXIT_DATA, path, rec->line, "%s", _("this key is given twice"));
		*slot = xmemdup(rec->fields[value].data, rec->fields[value].len);
	}
	csv_close_or_die(r);
}

const char *profile_value(const char *key)
{
	if (!values) {
		char *path = profile_file("profile.csv");

		values = strmap_new();
		if (path)
			load_values(path);
		free(path);
	}
	return strmap_get(values, key, strlen(key));
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
