#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/limitnote.h"

namespace BounceLens {

// A cheap pass over a message before GMime builds its tree (issue 25): GMime keeps every part,
// header and parameter in memory, 90 to 290 times the input's size for empty parts, header
// lines, parameters or address groups, so the limits are applied to the bytes first.
// - MIME boundary lines (of a boundary declared in a header block) past kMaxBoundaryLines: the
//   message is cut there;
// - a header block (the message's, a part's, an included message's) past kMaxHeaderBlock bytes,
//   and header lines past kMaxHeaderBytes in all: the rest of that block is left out.
// Each cut says what and how much (Result::notes).
class MimePrescan
{

public:
    static constexpr int kMaxBoundaryLines = 4100; // 2,000 parts and their closing lines
    static constexpr qsizetype kMaxHeaderBlock = 256 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 1024 * 1024;

    struct Result
    {
        QByteArray input; // the message as GMime is given it (LF line ends)
        LimitNotes notes; // "mime-parts-cut", "header-lines-cut"
    };

    // input: one message with LF line ends and no NUL.
    static Result limit(const QByteArray &input);
};

} // namespace BounceLens
