/* accounts.h - an organisation's own account numbers, given where it asks
 * to be paid, are not personal data. */
#ifndef ANON_ACCOUNTS_H
#define ANON_ACCOUNTS_H

#include <stddef.h>

#include "anon/span.h"

/* Drops from FOUND the CARD spans of S[0..n) that are a bankgiro, plusgiro
 * or bank account of an organisation: the text names itself as one (an
 * organisation number, a business Swish number, "vårt bankgiro",
 * "föreningens plusgiro", "till förbundet på bg", a BIC).  Returns how
 * many it dropped. */
size_t drop_org_accounts(span_list *found, const char *s, size_t n);

#endif
