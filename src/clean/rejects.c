/* rejects.c - the rejects file (rejects.h). */
#include "clean/rejects.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clean/csvout.h"
#include "util.h"

static const char *const reason_names[R_NREASONS] = {
	"unknown_column", "empty_row", "ragged_row", "duplicate", "resubmission",
	"invalid_value"
};

const char *reject_reason_name(enum reject_reason r)
{
	return reason_names[r];
}

int rejects_open(rejects *rj, const char *path)
{
	int fd;

	memset(rj, 0, sizeof *rj);
	if (!path)
		return 0;
	rj->path = xstrdup(path);
	rj->tmp = xmalloc(strlen(path) + 16);
	sprintf(rj->tmp, "%s.tmpXXXXXX", path);
	fd = mkstemp(rj->tmp); /* mode 0600 */
	if (fd < 0 || fchmod(fd, S_IRUSR | S_IWUSR) != 0 || !(rj->fp = fdopen(fd, "w"))) {
		warn("%s: %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(rj->tmp);
		}
		free(rj->tmp);
		free(rj->path);
		rj->tmp = rj->path = NULL;
		return -1;
	}
	fputs("file,line,reason,field,value\n", rj->fp);
	return 0;
}

void rejects_format(strbuf *b, const char *file, long line, enum reject_reason r,
		    const char *field, const char *value, size_t vlen)
{
	/* Comma-separated whatever --excel says, but every cell as a
	 * spreadsheet may safely open it: raw cells are here. */
	out_cell(b, file, strlen(file));
	sb_putc(b, ',');
	out_long(b, line);
	sb_putc(b, ',');
	sb_puts(b, reason_names[r]);
	sb_putc(b, ',');
	if (field)
		out_cell(b, field, strlen(field));
	sb_putc(b, ',');
	if (value)
		out_cell(b, value, vlen);
	sb_putc(b, '\n');
}

void rejects_put(rejects *rj, const char *text, size_t n)
{
	if (rj->fp)
		fwrite_unlocked(text, 1, n, rj->fp);
}

int rejects_commit(rejects *rj)
{
	int rc = 0;

	if (!rj->fp)
		return 0;
	if (fflush(rj->fp) != 0 || ferror(rj->fp) || fsync(fileno(rj->fp)) != 0) {
		warn("%s: %s", rj->path, strerror(errno));
		rc = -1;
	}
	if (fclose(rj->fp) != 0 && rc == 0) {
		warn("%s: %s", rj->path, strerror(errno));
		rc = -1;
	}
	rj->fp = NULL;
	if (rc == 0 && rename(rj->tmp, rj->path) != 0) {
		warn("%s: %s", rj->path, strerror(errno));
		rc = -1;
	}
	if (rc != 0)
		unlink(rj->tmp);
	free(rj->tmp);
	free(rj->path);
	rj->tmp = rj->path = NULL;
	return rc;
}

void rejects_abort(rejects *rj)
{
	if (rj->fp) {
		fclose(rj->fp);
		unlink(rj->tmp);
	}
	rj->fp = NULL;
	free(rj->tmp);
	free(rj->path);
	rj->tmp = rj->path = NULL;
}
