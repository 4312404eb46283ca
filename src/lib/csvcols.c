/* csvcols.c - columns by name and coded values (csvcols.h). */
#include "csvcols.h"

#include <string.h>

#include "util.h"

const char *const csv_yes_no[4] = { "no", "nej", "yes", "ja" };

long csv_code_index(const char *value, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(value, names[2 * i]) == 0 ||
		    strcmp(value, names[2 * i + 1]) == 0)
			return (long)i;
	return -1;
}

long csv_code_or_die(const char *value, const char *const *names, size_t n,
		     const char *column, const char *path, long line)
{
	long i = csv_code_index(value, names, n);

	if (i < 0)
		die_at(EXIT_DATA, path, line,
		       _("column '%s' has a value it does not allow"), column);
	return i;
}
