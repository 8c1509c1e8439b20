#include "decoder/mimeprescan.h"

#include <QByteArrayView>

#include <algorithm>
#include <utility>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxBoundaries = 32; // kMaxDepth levels of multipart and a few more
constexpr qsizetype kMaxBoundaryLength = 200;

QByteArrayView trimmedRight(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.chop(1);
    return line;
}

// The value of a "boundary=" parameter in a header line, else empty.
QByteArray boundaryIn(QByteArrayView line, QByteArrayView lower)
{
    const qsizetype at = lower.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArrayView value = line.sliced(at + 9);
    if (value.startsWith('"')) {
        value = value.sliced(1);
        const qsizetype end = value.indexOf('"');
        value = end < 0 ? value : value.first(end);
    } else {
        qsizetype end = 0;
        while (end < value.size() && value.at(end) != ';' && value.at(end) != ' '
               && value.at(end) != '\t')
            ++end;
        value = value.first(end);
    }
    return value.size() <= kMaxBoundaryLength ? value.toByteArray() : QByteArray();
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &input)
        : m_in(input)
    {}

    void run()
    {
        qsizetype pos = 0;
        if (m_in.startsWith("From ")) { // an mbox separator line comes before the headers
            const qsizetype eol = m_in.indexOf('\n');
            pos = eol < 0 ? m_in.size() : eol + 1;
        }
        while (pos < m_in.size()) {
            qsizetype eol = m_in.indexOf('\n', pos);
            if (eol < 0)
                eol = m_in.size();
            if (!line(pos, QByteArrayView(m_in.constData() + pos, eol - pos)))
                return;
            pos = eol + 1;
        }
        endBlock(m_in.size());
    }

    MimePrescan::Result result() const
    {
        MimePrescan::Result r;
        if (m_drops.isEmpty() && m_cutAt < 0) {
            r.input = m_in;
            return r;
        }
        const qsizetype end = m_cutAt < 0 ? m_in.size() : m_cutAt;
        qsizetype from = 0;
        for (const auto &[start, stop] : m_drops) {
            r.input.append(QByteArrayView(m_in.constData() + from, start - from));
            from = stop;
        }
        r.input.append(QByteArrayView(m_in.constData() + from, std::max<qsizetype>(end - from, 0)));
        if (m_droppedHeaderBytes > 0) {
            r.notes.append({u"header-lines-cut"_s,
                            {QString::number(MimePrescan::kMaxHeaderBlock / 1024),
                             QString::number(MimePrescan::kMaxHeaderBytes / 1024),
                             QString::number(kilobytes(m_droppedHeaderBytes)),
                             QString::number(m_droppedBlocks)}});
        }
        if (m_cutAt >= 0) {
            r.notes.append({u"mime-boundaries-cut"_s,
                            {QString::number(MimePrescan::kMaxBoundaryLines),
                             QString::number(kilobytes(m_in.size() - m_cutAt))}});
        }
        return r;
    }

private:
    static qsizetype kilobytes(qsizetype bytes) { return (bytes + 1023) / 1024; }

    // False when the scan stops (the message is cut here).
    bool line(qsizetype start, QByteArrayView text)
    {
        if (isBoundary(text)) {
            if (++m_boundaryLines > MimePrescan::kMaxBoundaryLines) {
                endBlock(start);
                m_cutAt = start;
                return false;
            }
            endBlock(start);
            m_header = true; // a part's headers follow
            return true;
        }
        if (!m_header)
            return true;
        if (trimmedRight(text).isEmpty()) {
            endBlock(start);
            m_header = std::exchange(m_nextBlockIsHeader, false);
            return true;
        }
        const qsizetype size = text.size() + 1;
        m_blockBytes += size;
        if (!m_dropping
            && (m_blockBytes > MimePrescan::kMaxHeaderBlock
                || m_headerBytes + size > MimePrescan::kMaxHeaderBytes)) {
            m_dropping = true;
            m_dropFrom = start;
            ++m_droppedBlocks;
        }
        if (m_dropping) {
            m_droppedHeaderBytes += size;
            return true;
        }
        m_headerBytes += size;
        readHeaderLine(text);
        return true;
    }

    void readHeaderLine(QByteArrayView text)
    {
        if (!text.contains('=') && !text.contains('/'))
            return;
        // Lower case into a buffer kept for the whole scan (no allocation per header line).
        m_lower.resize(text.size());
        std::transform(text.begin(), text.end(), m_lower.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
        const QByteArrayView lower(m_lower);
        if (lower.contains("message/rfc822") || lower.contains("message/global")
            || lower.contains("rfc822-headers"))
            m_nextBlockIsHeader = true; // an included message's headers follow this block
        const QByteArray boundary = boundaryIn(text, lower);
        if (!boundary.isEmpty() && m_boundaries.size() < kMaxBoundaries
            && !m_boundaries.contains(boundary))
            m_boundaries.append(boundary);
    }

    bool isBoundary(QByteArrayView text) const
    {
        if (m_boundaries.isEmpty() || !text.startsWith("--"))
            return false;
        QByteArrayView rest = trimmedRight(text.sliced(2));
        for (const QByteArray &b : m_boundaries) {
            if (rest.size() == b.size() + 2 ? rest.startsWith(b) && rest.endsWith("--") : rest == b)
                return true;
        }
        return false;
    }

    void endBlock(qsizetype at)
    {
        if (m_dropping)
            m_drops.append({m_dropFrom, at});
        m_dropping = false;
        m_blockBytes = 0;
    }

    const QByteArray &m_in;
    QByteArray m_lower; // the header line being read, in lower case
    QList<QByteArray> m_boundaries;
    QList<std::pair<qsizetype, qsizetype>> m_drops;
    bool m_header = true;
    bool m_nextBlockIsHeader = false;
    bool m_dropping = false;
    qsizetype m_dropFrom = 0;
    qsizetype m_blockBytes = 0;
    qsizetype m_headerBytes = 0;
    qsizetype m_droppedHeaderBytes = 0;
    int m_droppedBlocks = 0;
    int m_boundaryLines = 0;
    qsizetype m_cutAt = -1;
};

} // namespace

MimePrescan::Result MimePrescan::limit(const QByteArray &input)
{
    Scanner scanner(input);
    scanner.run();
    return scanner.result();
}

} // namespace BounceLens
