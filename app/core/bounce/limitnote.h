#pragma once

#include <QList>
#include <QString>

namespace BounceLens {

// What a limit left out of a message (issue 25: nothing is dropped in silence). The code is
// stable (JSON "notes"), the text is in the interface language and says what and how much.
struct LimitNote
{
    QString code;
    QString text;

    bool operator==(const LimitNote &other) const
    {
        return code == other.code && text == other.text;
    }
};

using LimitNotes = QList<LimitNote>;

} // namespace BounceLens
