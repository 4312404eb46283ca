/* scratch.h - the one temporary file a fuzz target writes each input to
 * (for code that reads a path, not a buffer), removed at exit. */
#ifndef FUZZ_SCRATCH_H
#define FUZZ_SCRATCH_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char scratch_path[64];

static void scratch_remove(void)
{
	unlink(scratch_path);
}

/* Create /tmp/NAME.XXXXXX once; abort if the fuzzer cannot. */
static void scratch_init(const char *name)
{
	int fd;

	snprintf(scratch_path, sizeof scratch_path, "/tmp/%s.XXXXXX", name);
	fd = mkstemp(scratch_path);
	if (fd < 0)
		abort();
	close(fd);
	atexit(scratch_remove);
}

#endif
