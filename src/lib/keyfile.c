/* keyfile.c - reading a secret key file safely. */
#include "keyfile.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define KEYFILE_MIN 16
#define KEYFILE_MAX 4096

static void check_key_file(int fd, const char *path)
{
	struct stat st;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		die(EXIT_DATA, _("key file %s is not a regular file"), path);
	if (st.st_uid != geteuid())
		die(EXIT_DATA, _("key file %s is not owned by you"), path);
	if (st.st_mode & 077)
		die(EXIT_DATA, _("key file %s may be read or changed by others; "
				 "run: chmod 600 %s"), path, path);
}

static size_t read_secret(int fd, const char *path, unsigned char *buf)
{
	size_t len = 0;
	ssize_t r;

	while (len < KEYFILE_MAX && (r = read(fd, buf + len, KEYFILE_MAX - len)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			die(EXIT_DATA, _("cannot read key file %s: %s"), path,
			    strerror(errno));
		}
		len += (size_t)r;
	}
	return len;
}

void keyfile_read(const char *path, unsigned char key[KEYFILE_BYTES])
{
	unsigned char buf[KEYFILE_MAX];
	size_t len;
	int fd;

	protect_process();
	if (sodium_init() < 0)
		die(EXIT_DATA, "%s", _("cannot initialise the crypto library"));
	/* O_NONBLOCK: opening a FIFO with no writer returns at once (and is
	 * then refused as not a regular file) instead of hanging;
	 * O_NOFOLLOW: a symbolic link could point anywhere. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 && errno == ELOOP)
		die(EXIT_DATA, _("key file %s is a symbolic link; give the file itself"),
		    path);
	if (fd < 0)
		die(EXIT_DATA, _("cannot open key file %s: %s"), path, strerror(errno));
	check_key_file(fd, path);
	len = read_secret(fd, path, buf);
	close(fd);
	if (len < KEYFILE_MIN) {
		sodium_memzero(buf, sizeof buf);
		die(EXIT_DATA, _("key file %s is too short (at least %d bytes)"), path,
		    KEYFILE_MIN);
	}
	crypto_generichash(key, KEYFILE_BYTES, buf, len, NULL, 0);
	sodium_memzero(buf, sizeof buf);
}
