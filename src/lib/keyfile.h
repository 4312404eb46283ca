/* keyfile.h - a secret key kept in a file (trygg-tally --key; the same
 * rules as trygg-anon's pseudonym key). */
#ifndef TRYGG_KEYFILE_H
#define TRYGG_KEYFILE_H

#define KEYFILE_BYTES 32

/* Read the secret in PATH and derive a KEYFILE_BYTES key from it (keyed
 * hashing wants a full-size key; any secret of 16 bytes or more will do).
 * The file must be a regular file owned by the user running the program,
 * that neither group nor others may read or write; it is opened without
 * blocking, so a FIFO is refused rather than waited on.  Core dumps are
 * turned off first, since the key is then in memory.  Dies with a message
 * that never shows the key otherwise. */
void keyfile_read(const char *path, unsigned char key[KEYFILE_BYTES]);

#endif
