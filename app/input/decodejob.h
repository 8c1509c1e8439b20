#pragma once

#include "decoder/bouncedecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>

namespace BounceLens {

// One input of the Decode view, prepared on a worker thread so that the window never waits:
// the file read, its text for the Source box (in the file's own charset), the decode results,
// and where each recipient's reply lines lie in the box's text. GUI-free.
class DecodeJob
{
    Q_DECLARE_TR_FUNCTIONS(DecodeJob)

public:
    using Range = QPair<qsizetype, qsizetype>; // [start, length) of the box's text

    // Files above this size are shown as their first kBoxLimit bytes (the whole file is
    // decoded): a 60 MB file in a text box costs ten times its size in memory.
    static constexpr qsizetype kBoxLimit = 2 * 1024 * 1024;
    // Lines longer than this are not wrapped in the boxes: wrapping a 1 MB line blocks the
    // window for seconds.
    static constexpr qsizetype kWrapLimit = 4096;

    enum class FileProblem { None, Missing, TooBig, Unreadable, Empty, Binary };

    struct Result
    {
        QList<DecodeResult> results;
        // From a file: the text the Source box shows, and whether it is the file's beginning only.
        bool fromFile = false;
        QString boxText;
        bool boxTruncated = false;
        QString fileName; // without the directory
        qint64 fileSize = 0;
        FileProblem problem = FileProblem::None;
        QString problemText; // what is wrong, for the user (file name included)
        // Per message, per recipient: the reply lines in the box's text (empty when the box
        // does not show those bytes).
        QList<QList<QList<Range>>> sourceRanges;
        qsizetype longestLine = 0; // of the box's text
        bool cancelled = false;
    };

    // Reads and decodes a file. Never touches the box when the file is missing, too big,
    // unreadable, empty or binary: problem says which.
    static Result openFile(const BounceDecoder &decoder, const QString &path,
                           const std::atomic<bool> *cancel = nullptr);
    // Decodes text from the box (pasted or typed).
    static Result decodeText(const BounceDecoder &decoder, const QString &text,
                             const std::atomic<bool> *cancel = nullptr);
    // Checks a file before it is read (existence, size): FileProblem::None when it may be read.
    static FileProblem check(const QString &path, QString *problemText);

    // The longest line of text (in characters).
    static qsizetype longestLine(QStringView text);
    // Byte ranges of `bytes` as ranges of the box's text made from them (bytes decoded in
    // charset, CRLF shown as one line break). Ranges past `shown` characters are dropped.
    static QList<Range> boxRanges(const QByteArray &bytes, const QString &charset,
                                  const QList<Range> &byteRanges, qsizetype shown = -1);
    // What kind of file this is ("PNG image"), for the "not a mail message" message.
    static QString describe(const QString &path, const QByteArray &head);
};

} // namespace BounceLens
