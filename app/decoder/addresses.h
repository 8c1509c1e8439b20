#pragma once

#include <QString>

namespace BounceLens {

// Whether a recipient, as decoded (RFC 2047 words undone, an IDN in Unicode or in ACE), is a
// mailbox: local-part "@" domain (RFC 5321/5322 with RFC 6531's UTF-8). The local part is a
// dot-atom or a quoted string; the domain is dot-separated labels of letters, digits and
// hyphens (Unicode letters for an IDN) or an address literal "[...]". No spaces, markup or
// control characters outside quotes; at most 254 characters, a local part of at most 64.
// Anything else is kept as a recipient with a note ("not an address") and never enters a
// suppression list (issue 25).
bool isMailbox(const QString &address);

} // namespace BounceLens
