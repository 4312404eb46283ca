/* checksums.h - checks on the digits of a match S[0..n): each says
 * whether the match can be the number of a person (or account, card...). */
#ifndef ANON_CHECKSUMS_H
#define ANON_CHECKSUMS_H

#include <stdbool.h>
#include <stddef.h>

/* The Luhn check digit of every digit of S is right (cards, personnummer). */
bool luhn_ok(const char *s, size_t n);
/* 10 or 12 digits whose month and day can be a birth date (the day plus 60
 * for a samordningsnummer). */
bool pnr_date_ok(const char *s, size_t n);
/* Every group of digits is at most 255. */
bool octets_ok(const char *s, size_t n);
/* A compressed IPv6 address, not a time typed with "::". */
bool ipv6_ok(const char *s, size_t n);
/* ISO 13616 mod-97 over the letters and digits. */
bool iban_ok(const char *s, size_t n);
/* A date or a span of years, not a number of anyone. */
bool looks_like_dates(const char *s, size_t n);
/* Hours and minutes ("08.00-12.00"), not a number of anyone. */
bool looks_like_times(const char *s, size_t n);
/* A foreign phone number: 9-15 digits, no date or time. */
bool foreign_phone_ok(const char *s, size_t n);
/* A Swedish or international phone number: 8-10 digits (0...) or 9-13
 * (+46...); *N is cut back to the last group that fits. */
bool phone_fits(const char *s, size_t *n);

#endif
