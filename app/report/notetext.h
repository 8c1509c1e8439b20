#pragma once

#include "common/limitnote.h"
#include "decoder/decoderesult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace BounceLens {

// The words of the decoder's notes and errors, in the interface language at the time of the
// call (issue 19: the engine returns codes; the console and the window call this). A result
// decoded before the language changed reads in the new language.
class NoteText
{
    Q_DECLARE_TR_FUNCTIONS(NoteText)

public:
    // One sentence for a note; its code itself for a code this build has no words for.
    static QString message(const DecodeNote &note);
    static QStringList messages(const DecodeNotes &notes);
    // Every code NoteText has words for (a test checks each renders).
    static QStringList codes();
    // The result's error in words (ErrorText::message with its detail); empty when it has none.
    // An undecodable message names what could not be read, from its notes.
    static QString error(const DecodeResult &result);
};

} // namespace BounceLens
