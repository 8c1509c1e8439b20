#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace BounceLens {

// A note on one message (issue 19: the engine returns codes, not words). The code is a stable
// machine word (JSON "notes" and "recognised", CSV), the arguments are the values the note names
// (a charset, a count, a heading), never translated. NoteText (report layer) turns a note into a
// sentence in the interface language.
//
// Limit notes say what a limit left out of a message (issue 25: nothing is dropped in silence);
// the other notes say what was recognised, for the "nothing found" view.
struct DecodeNote
{
    QString code;
    QStringList args;
    int count = -1; // for the plural forms of the sentence (%n); -1 when it has none

    bool operator==(const DecodeNote &other) const
    {
        return code == other.code && args == other.args && count == other.count;
    }
};

using LimitNote = DecodeNote;
using LimitNotes = QList<DecodeNote>;
using DecodeNotes = QList<DecodeNote>;

} // namespace BounceLens
