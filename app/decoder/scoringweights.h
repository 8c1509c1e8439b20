#pragma once

#include <QtGlobal>

namespace BounceLens {

// Every weight the decoder scores with, in one place: which of a recipient's replies wins
// (RecipientAssembler) and how well a reply matches a code table entry (EntryMatcher). Changing
// one changes the decoder's answers: run tst_bouncedecoder (the shared sets) after.
struct ScoringWeights
{
    // How a recipient's replies are weighed against each other (the report's Diagnostic-Code
    // and the replies quoted in the text): the one with the highest sum wins.
    struct Reply
    {
        double basicCode = 4;          // has a basic reply code (550)
        double enhancedStatus = 2;     // has an enhanced status (5.1.1)
        double failureClass = 3;       // says 4xx/5xx (a failure), not 2xx
        double origin = 1;             // ends with a known origin ("- gsmtp")
        double leadIn = 0.5;           // introduced by a lead-in ("said:")
        double agreesWithReport = 1.5; // its status is the report's own (non-generic) Status
        double fromReport = 0.25;      // the report's Diagnostic-Code, on a tie
        // A quoted reply with the basic code of the report's Diagnostic-Code: of a transcript's
        // several replies, the one the report names as the failure.
        double agreesWithReportCode = 2;
        // The remote server's own reply (a transcript's "<<<" line, a reply nested in a local
        // summary) over the local MTA's summary of it ("554 5.0.0 Service unavailable"), which must
        // not win however complete its codes are.
        double remote = 6;
        double localSummary = -8;
        double lengthPerChar = 1.0 / 1200; // a longer quote says more, up to maxLengthChars
        qsizetype maxLengthChars = 600;
    } reply;

    // Matching a reply to an entry of the code table.
    struct Match
    {
        // How well the reply's codes fit a Gmail entry: the exact pair, a pair the entry says
        // servers send instead, the same enhanced code only.
        double fitExact = 1.0;
        double fitAlternative = 0.9;
        double fitStatusOnly = 0.6;
        // Similarity of the words: unigram and bigram Dice coefficients.
        double unigrams = 0.4;
        double bigrams = 0.6;
        // A reply with a "?p=Slug" help link: the slug, the words and the codes.
        double slugWithSlug = 0.3;
        double textWithSlug = 0.5;
        double fitWithSlug = 0.2;
        double slugOfEntryWithoutSlug = 0.4; // the entry has no slug (neither agrees nor not)
        // A reply without a link: the words and the codes.
        double textWithoutSlug = 0.75;
        double fitWithoutSlug = 0.25;
        // A Gmail entry is taken for a Google reply scoring at least googleFloor; for another
        // server's reply only when its words and score are both at least otherFloor.
        double googleFloor = 0.25;
        double otherFloor = 0.6;
        // Confidence: the best score, less when the runner-up is within marginSpan of it (at
        // most marginShare of the confidence depends on the margin).
        double marginSpan = 0.15;
        double marginShare = 0.25;
        // Generic meanings (RFC 3463 / RFC 5321 entries) when no Gmail entry fits.
        double genericDetail = 0.9;    // rfc3463-x.y.z
        double genericSubject = 0.6;   // rfc3463-x.y.x
        double genericReply = 0.5;     // rfc5321-NNN beside an enhanced code
        double genericClass = 0.3;     // rfc3463-N.x.x
        double genericReplyOnly = 0.6; // rfc5321-NNN without an enhanced code
        // Another provider's entry (resources/codes/<provider>.json): its code token or help
        // link in the reply, the words, the codes. Taken at providerFloor; the provider named
        // by the remote host or link adds providerKnown; a token alone (the host says nothing,
        // and NetEase's tokens are reused elsewhere) keeps tokenOnlyShare of the score.
        double providerHit = 0.45;
        double providerText = 0.35;
        double providerFit = 0.2;
        double providerFloor = 0.55;
        double providerKnown = 0.25;
        double tokenOnlyShare = 0.8;
        // Without its token, an entry of the known provider needs this much of its words.
        double providerTextFloor = 0.45;
    } match;
};
inline constexpr ScoringWeights kWeights{};

} // namespace BounceLens
