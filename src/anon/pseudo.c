/* pseudo.c - keyed pseudonyms with libsodium's BLAKE2b. */
#include "anon/pseudo.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define KEY_FILE_MIN 16
#define KEY_FILE_MAX 4096

static void read_secret(int fd, const char *path, unsigned char *buf,
			size_t *len)
{
	ssize_t r;

	*len = 0;
	while (*len < KEY_FILE_MAX &&
	       (r = read(fd, buf + *len, KEY_FILE_MAX - *len)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			die(EXIT_DATA, _("cannot read key file %s: %s"), path,
			    strerror(errno));
		}
		*len += (size_t)r;
	}
}

/* The key file must be the user's own regular file that nobody else may
 * read or change.  O_NONBLOCK: a FIFO put in its place must not hang the
 * run; O_NOFOLLOW: a symbolic link could point anywhere. */
static int open_key_file(const char *path)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0 && errno == ELOOP)
		die(EXIT_DATA, _("key file %s is a symbolic link; give the file itself"),
		    path);
	if (fd < 0)
		die(EXIT_DATA, _("cannot open key file %s: %s"), path, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		die(EXIT_DATA, _("key file %s is not a regular file"), path);
	if (st.st_uid != geteuid())
		die(EXIT_DATA, _("key file %s is not owned by you"), path);
	if (st.st_mode & 077)
		die(EXIT_DATA, _("key file %s may be read or changed by others; "
				 "run: chmod 600 %s"), path, path);
	return fd;
}

void pseudo_load_key(anon_key *k, const char *path)
{
	unsigned char buf[KEY_FILE_MAX];
	size_t len;
	int fd;

	if (sodium_init() < 0)
		die(EXIT_DATA, _("cannot initialise the crypto library"));
	fd = open_key_file(path);
	read_secret(fd, path, buf, &len);
	close(fd);
	if (len < KEY_FILE_MIN)
		die(EXIT_DATA, _("key file %s is too short (at least %d bytes)"),
		    path, KEY_FILE_MIN);
	/* Any length of secret becomes a full-size key. */
	crypto_generichash(k->key, sizeof k->key, buf, len, NULL, 0);
	sodium_memzero(buf, sizeof buf);
}

void pseudo_token(const anon_key *k, enum anon_kind kind, const char *norm,
		  size_t n, char hex[PSEUDO_HEX + 1])
{
	crypto_generichash_state st;
	unsigned char out[16];
	const char *label = kind_label(kind);

	crypto_generichash_init(&st, k->key, sizeof k->key, sizeof out);
	/* the kind keeps a phone and a card with the same digits apart */
	crypto_generichash_update(&st, (const unsigned char *)label, strlen(label) + 1);
	crypto_generichash_update(&st, (const unsigned char *)norm, n);
	crypto_generichash_final(&st, out, sizeof out);
	sodium_bin2hex(hex, PSEUDO_HEX + 1, out, PSEUDO_HEX / 2);
}
