#include "input/decodejob.h"

#include "decoder/bouncedecoder.h"
#include "decoder/charsetdecoder.h"
#include "decoder/readabletext.h"
#include "input/messagefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// Characters of the box for bytes [0, n): decoded in charset, one line break per CRLF.
qsizetype boxLength(QByteArrayView bytes, const QString &charset)
{
    const QByteArray chunk = bytes.toByteArray();
    const QString text = charset.isEmpty() || charset == u"utf-8"_s || charset == u"us-ascii"_s
                             ? QString::fromUtf8(chunk)
                             : CharsetDecoder::decode(chunk, charset.toLatin1()).text;
    return text.size() - text.count(u"\r\n"_s);
}

// The recipient's Diagnostic-Code field where the box shows it, when the reply was found
// elsewhere (a quoted-printable text part): the field's bytes are in the source all the same.
void addDiagnosticFields(DecodeJob::Result &r, const QString &boxText)
{
    if (r.results.size() != 1 || r.sourceRanges.size() != 1)
        return;
    const QString box = QString(boxText).replace(u"\r\n"_s, u"\n"_s);
    const QList<RecipientResult> &recipients = r.results.first().recipients;
    for (qsizetype i = 0; i < recipients.size() && i < r.sourceRanges.first().size(); ++i) {
        auto &ranges = r.sourceRanges.first()[i];
        const auto field = ReadableText::findDiagnosticField(box, recipients.at(i).recipient);
        if (field.first < 0)
            continue;
        const bool covered = std::any_of(ranges.begin(), ranges.end(), [&](const auto &x) {
            return x.first < field.first + field.second && field.first < x.first + x.second;
        });
        if (!covered) {
            ranges.append(field);
            std::sort(ranges.begin(), ranges.end());
        }
    }
}

} // namespace

qsizetype DecodeJob::longestLine(QStringView text)
{
    qsizetype longest = 0, start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return longest;
}

QString DecodeJob::describe(const QString &path, const QByteArray &head)
{
    // The content first: a PNG named .eml is a PNG. The name helps only when the bytes say
    // nothing more than "binary" or "text".
    const QMimeDatabase db;
    QMimeType type = db.mimeTypeForData(head);
    if (!type.isValid() || type.isDefault() || type.name() == u"text/plain"_s)
        type = db.mimeTypeForFileNameAndData(path, head);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : type.name();
}

namespace {

DecodeJob::FileProblem problemOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return DecodeJob::FileProblem::None;
    case ErrorCode::NotFound:
    case ErrorCode::DanglingLink:
        return DecodeJob::FileProblem::Missing;
    case ErrorCode::TooBig:
        return DecodeJob::FileProblem::TooBig;
    default:
        return DecodeJob::FileProblem::Unreadable;
    }
}

} // namespace

DecodeJob::FileProblem DecodeJob::check(const QString &path, QString *problemText)
{
    // The console's policy and words (MessageFiles), with the file's name in front.
    const MessageFiles::Status status = MessageFiles::check(QFile::encodeName(path));
    if (problemText && !status.ok())
        *problemText = tr("%1: %2").arg(QDir::toNativeSeparators(path), status.message());
    return problemOf(status.code);
}

QList<DecodeJob::Range> DecodeJob::boxRanges(const QByteArray &bytes, const QString &charset,
                                             const QList<Range> &byteRanges, qsizetype shown)
{
    // Every range end becomes a box position; the bytes between two ends are decoded once.
    QList<qsizetype> points;
    for (const auto &[start, length] : byteRanges) {
        if (start < 0 || length <= 0 || start + length > bytes.size())
            continue;
        points << start << start + length;
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    QHash<qsizetype, qsizetype> position;
    qsizetype previous = 0, chars = 0;
    for (const qsizetype p : std::as_const(points)) {
        chars += boxLength(QByteArrayView(bytes.constData() + previous, p - previous), charset);
        position.insert(p, chars);
        previous = p;
    }
    QList<Range> out;
    for (const auto &[start, length] : byteRanges) {
        if (!position.contains(start) || !position.contains(start + length))
            continue;
        const qsizetype from = position.value(start);
        const qsizetype to = position.value(start + length);
        if (to <= from || (shown >= 0 && to > shown))
            continue;
        out.append({from, to - from});
    }
    return out;
}

DecodeJob::Result DecodeJob::openFile(const BounceDecoder &decoder, const QString &path,
                                      const std::atomic<bool> *cancel)
{
    Result r;
    r.fromFile = true;
    const QFileInfo info(path);
    r.fileName = info.fileName();
    r.problem = check(path, &r.problemText);
    if (r.problem != FileProblem::None)
        return r;
    // Read as the console reads (MessageFiles::read): at most the size limit, the file as it is
    // when read, even if another program changes it meanwhile.
    QByteArray bytes;
    if (const MessageFiles::Status status = MessageFiles::read(QFile::encodeName(path), &bytes);
        !status.ok()) {
        r.problem = problemOf(status.code);
        r.problemText = tr("%1: %2").arg(r.fileName, status.message());
        return r;
    }
    r.fileSize = bytes.size();
    if (bytes.trimmed().isEmpty()) {
        r.problem = FileProblem::Empty;
        r.problemText = bytes.isEmpty() ? tr("%1 is empty.").arg(r.fileName)
                                        : tr("%1 holds only blank lines.").arg(r.fileName);
        return r;
    }
    if (BounceDecoder::looksBinary(bytes)) {
        r.problem = FileProblem::Binary;
        //: %1: file name, %2: kind of file ("PNG image"), %3: its size
        r.problemText = tr("%1 is not a mail message or text: it is %2 (%3).")
                            .arg(r.fileName, describe(path, bytes.left(4096)),
                                 QLocale().formattedDataSize(bytes.size()));
        return r;
    }
    // The box shows the file in its own charset; the decoder reads its bytes as they are.
    const QByteArray shownBytes = bytes.size() > kBoxLimit ? bytes.left(kBoxLimit) : QByteArray();
    const CharsetDecoder::Result shown
        = CharsetDecoder::decode(shownBytes.isEmpty() ? bytes : shownBytes);
    r.boxText = shown.text;
    r.boxTruncated = !shownBytes.isEmpty();
    r.longestLine = longestLine(r.boxText);
    r.results = decoder.decodeAll(bytes, cancel);
    r.cancelled = cancel && cancel->load();
    if (!r.boxTruncated) {
        for (const DecodeResult &d : std::as_const(r.results)) {
            QList<QList<Range>> perRecipient;
            for (const RecipientResult &x : d.recipients)
                perRecipient << boxRanges(bytes, shown.charset, x.spans);
            r.sourceRanges << perRecipient;
        }
        addDiagnosticFields(r, r.boxText);
    }
    return r;
}

DecodeJob::Result DecodeJob::decodeText(const BounceDecoder &decoder, const QString &text,
                                        const std::atomic<bool> *cancel)
{
    Result r;
    const QByteArray bytes = text.toUtf8();
    r.longestLine = longestLine(text);
    r.results = decoder.decodeAll(bytes, cancel);
    r.cancelled = cancel && cancel->load();
    for (const DecodeResult &d : std::as_const(r.results)) {
        QList<QList<Range>> perRecipient;
        for (const RecipientResult &x : d.recipients)
            perRecipient << boxRanges(bytes, u"utf-8"_s, x.spans);
        r.sourceRanges << perRecipient;
    }
    addDiagnosticFields(r, text);
    return r;
}

} // namespace BounceLens
