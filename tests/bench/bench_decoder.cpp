// Decoder benchmark (not a ctest test). Usage:
//   bench_decoder [--generate DIR] [--repeat N]
// Times BounceDecoder on the 68 real bounces of ../shared/bounces (when present), a generated
// 25 MB bounce that carries the original message with a big base64 attachment, and a generated
// 50 MB mbox; with --generate it also writes those two files to DIR, for whole-process
// comparisons (hyperfine: bouncelens decode vs Sisimai, see /work/scratch/decoder/BENCH.md).
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace BounceLens;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A Postfix bounce with the original message (text + base64 attachment of `attachment` bytes).
QByteArray bigBounce(qsizetype attachment, int serial)
{
    QByteArray m;
    m += "Return-Path: <>\nFrom: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n"
         "To: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n"
         "Date: Sat, 28 Nov 2026 15:00:00 +0000\nMIME-Version: 1.0\n"
         "Content-Type: multipart/report; report-type=delivery-status; boundary=\"BB\"\n\n"
         "--BB\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mail.example.org.\n\n"
         "<user";
    m += QByteArray::number(serial);
    m += "@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n"
         "    552-5.2.2 The recipient's inbox is out of storage space and inactive.\n"
         "    Please direct the recipient to 552 5.2.2\n"
         "    https://support.google.com/mail/?p=OverQuotaPerm a1si2.3 - gsmtp (in reply to\n"
         "    end of DATA command)\n\n"
         "--BB\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; user";
    m += QByteArray::number(serial);
    m += "@gmail.com\nAction: failed\nStatus: 5.2.2\n"
         "Remote-MTA: dns; gmail-smtp-in.l.google.com\n"
         "Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and\n"
         "    inactive. Please direct the recipient to 552 5.2.2\n"
         "    https://support.google.com/mail/?p=OverQuotaPerm a1si2.3 - gsmtp\n\n"
         "--BB\nContent-Type: message/rfc822\n\n"
         "From: sender@example.org\nTo: user@gmail.com\nSubject: Quarterly report\n"
         "Date: Sat, 28 Nov 2026 14:59:00 +0000\nMessage-ID: <big@example.org>\nMIME-Version: 1.0\n"
         "Content-Type: multipart/mixed; boundary=\"OO\"\n\n"
         "--OO\nContent-Type: text/plain\n\nPlease find the report attached.\n\n"
         "--OO\nContent-Type: application/pdf; name=\"report.pdf\"\n"
         "Content-Transfer-Encoding: base64\n\n";
    QByteArray raw(attachment * 3 / 4, Qt::Uninitialized);
    QRandomGenerator rng(serial);
    for (qsizetype i = 0; i < raw.size(); ++i)
        raw[i] = char(rng.generate() & 0xff);
    const QByteArray b64 = raw.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        m += b64.mid(i, 76);
        m += '\n';
    }
    m += "--OO--\n\n--BB--\n";
    return m;
}

QList<QByteArray> sharedMessages()
{
    QList<QByteArray> messages;
    const QDir dir(QStringLiteral(BOUNCELENS_SHARED_DIR) + QStringLiteral("/bounces/emails"));
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            messages << f.readAll();
    }
    return messages;
}

QByteArray mbox(qsizetype size, const QList<QByteArray> &samples)
{
    QByteArray m;
    m.reserve(size + 1024 * 1024);
    int serial = 0;
    while (m.size() < size) {
        m += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n";
        QByteArray message = samples.isEmpty() || serial % 4 == 3
                                 ? bigBounce(8 * 1024, serial)
                                 : samples.at(serial % samples.size());
        message.replace("\r\n", "\n");
        message.replace("\nFrom ", "\n>From ");
        m += message;
        if (!m.endsWith('\n'))
            m += '\n';
        m += '\n';
        ++serial;
    }
    return m;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString generate;
    int repeat = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--generate") && i + 1 < args.size())
            generate = args.at(++i);
        else if (args.at(i) == QStringLiteral("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args.at(++i).toInt());
    }
    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        out() << "code table: " << error << Qt::endl;
        return 1;
    }
    BounceDecoder decoder(*table);
    decoder.setReadableText(false); // as the console decodes
    const QList<QByteArray> samples = sharedMessages();

    if (!samples.isEmpty()) {
        qsizetype bytes = 0;
        for (const QByteArray &m : samples)
            bytes += m.size();
        QElapsedTimer t;
        t.start();
        int recipients = 0;
        for (int r = 0; r < repeat; ++r) {
            for (const QByteArray &m : samples)
                recipients += int(decoder.decode(m).recipients.size());
        }
        const double s = seconds(t) / repeat;
        out() << QStringLiteral("68 real bounces (%1 KB): %2 ms per pass, %3 ms per message, "
                                "%4 recipients\n")
                     .arg(bytes / 1024)
                     .arg(s * 1000, 0, 'f', 2)
                     .arg(s * 1000 / samples.size(), 0, 'f', 3)
                     .arg(recipients / repeat);
    }

    for (const qsizetype size : {qsizetype(12.5 * 1024 * 1024), qsizetype(25 * 1024 * 1024)}) {
        const QByteArray big = bigBounce(size, 1);
        QElapsedTimer t;
        t.start();
        const DecodeResult r = decoder.decode(big);
        const double s = seconds(t);
        out() << QStringLiteral("bounce with attachment, %1 MB: %2 ms (%3 MB/s), %4 recipient(s), "
                                "status %5\n")
                     .arg(double(big.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(s * 1000, 0, 'f', 1)
                     .arg(double(big.size()) / (1024 * 1024) / s, 0, 'f', 0)
                     .arg(r.recipients.size())
                     .arg(r.recipients.isEmpty() ? QString()
                                                 : r.recipients.first().status.toString());
        if (!generate.isEmpty() && size == 25 * 1024 * 1024) {
            QFile f(QDir(generate).filePath(QStringLiteral("bounce-25mb.eml")));
            if (f.open(QIODevice::WriteOnly))
                f.write(big);
        }
    }

    for (const qsizetype size : {qsizetype(25 * 1024 * 1024), qsizetype(50 * 1024 * 1024)}) {
        const QByteArray box = mbox(size, samples);
        QElapsedTimer t;
        t.start();
        const QList<DecodeResult> results = decoder.decodeAll(box);
        const double s = seconds(t);
        out() << QStringLiteral("mbox, %1 MB: %2 ms (%3 MB/s), %4 messages\n")
                     .arg(double(box.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(s * 1000, 0, 'f', 1)
                     .arg(double(box.size()) / (1024 * 1024) / s, 0, 'f', 0)
                     .arg(results.size());
        if (!generate.isEmpty() && size == 50 * 1024 * 1024) {
            QFile f(QDir(generate).filePath(QStringLiteral("bounces-50mb.mbox")));
            if (f.open(QIODevice::WriteOnly))
                f.write(box);
        }
    }
    out().flush();
    return 0;
}
