// Scaling benchmark (not a ctest test): every decoder stage is linear in the input's size.
// Usage: bench_scaling [--base N] [--repeat R]
// For each hostile shape of input (issue 16: one long line of addresses took 7-11 s for 40,000
// addresses), times BounceDecoder::decode on an input of size N and on one of size 4N (best of
// R runs, CPU time of the decoding thread) and prints the ratio. A linear decoder takes about
// 4x as long; the benchmark fails (exit 1) when a ratio is above 5.
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <time.h>

using namespace BounceLens;

namespace {

const QByteArray kHead = "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.org\n"
                         "Subject: Undelivered Mail Returned to Sender\n";

QByteArray address(int i)
{
    return "user" + QByteArray::number(i) + "@host" + QByteArray::number(i % 97) + ".example.com";
}

// One line naming n recipients, then a reply.
QByteArray addressLine(int n)
{
    QByteArray m = kHead + "\nDelivery to the following recipients failed: ";
    for (int i = 0; i < n; ++i)
        m += address(i) + ' ';
    m += "\n\n550 5.1.1 The email account that you tried to reach does not exist.\n";
    return m;
}

// One line of n reply codes.
QByteArray codeLine(int n)
{
    QByteArray m = kHead + "\n<a@example.com>: host mx.example.com[192.0.2.1] said: ";
    for (int i = 0; i < n; ++i)
        m += "550 5.1.1 550-5.7.1 ";
    return m + "\n";
}

// A delivery status report with n recipient groups.
QByteArray report(int n)
{
    QByteArray m
        = kHead
          + "MIME-Version: 1.0\nContent-Type: multipart/report; "
            "report-type=delivery-status; boundary=\"B\"\n\n--B\n"
            "Content-Type: text/plain\n\nDelivery failed.\n\n--B\n"
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n";
    for (int i = 0; i < n; ++i) {
        m += "\nFinal-Recipient: rfc822; " + address(i)
             + "\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <" + address(i)
             + ">: Recipient address rejected\n";
    }
    return m + "\n--B--\n";
}

// Many lines, each a recipient and its reply: the ordinary shape, scaled.
QByteArray replyLines(int n)
{
    QByteArray m = kHead + "\n";
    for (int i = 0; i < n; ++i)
        m += "<" + address(i) + ">: host mx.example.com[192.0.2.1] said: 550 5.1.1 <" + address(i)
             + ">: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n";
    return m;
}

// A subject of n encoded words.
QByteArray encodedWords(int n)
{
    QByteArray m = "From: MAILER-DAEMON@mx.example.org\nSubject:";
    for (int i = 0; i < n; ++i)
        m += " =?UTF-8?B?5YWz5LqO?=";
    return m + "\n\n550 5.1.1 <a@example.com> User unknown\n";
}

// An HTML-only bounce with n table cells on one line.
QByteArray htmlLine(int n)
{
    QByteArray m = kHead + "MIME-Version: 1.0\nContent-Type: text/html\n\n<html><body><table><tr>";
    for (int i = 0; i < n; ++i)
        m += "<td>" + address(i) + " 550 5.1.1</td>";
    return m + "</tr></table></body></html>\n";
}

// CPU time of this thread: on a shared machine, wall-clock time counts other programs' turns.
// (BounceDecoder::decode runs on the calling thread.)
qint64 threadNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Shape
{
    const char *name;
    std::function<QByteArray(int)> make;
    int unit; // n for the base size
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int base = 10000;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--base"))
            base = std::max(100, args.at(++i).toInt());
        else if (args.at(i) == QStringLiteral("--repeat"))
            repeat = std::max(1, args.at(++i).toInt());
    }
    QString error;
    const auto table = CodeTable::loadBuiltIn(&error);
    if (!table) {
        out << "code table: " << error << Qt::endl;
        return 1;
    }
    const BounceDecoder decoder(*table);
    const Shape shapes[] = {
        {"one line, many addresses", addressLine, base},
        {"one line, many reply codes", codeLine, base},
        {"report, many recipient groups", report, base / 4},
        {"many reply lines", replyLines, base / 4},
        {"subject of many encoded words", encodedWords, base},
        {"HTML, one line of many cells", htmlLine, base / 2},
    };
    auto best = [&](const QByteArray &input) {
        qint64 fastest = -1;
        for (int r = 0; r < repeat; ++r) {
            const qint64 start = threadNanoseconds();
            const DecodeResult result = decoder.decode(input);
            const qint64 ns = threadNanoseconds() - start;
            if (fastest < 0 || ns < fastest)
                fastest = ns;
            (void)result;
        }
        return double(fastest) / 1e6;
    };
    bool linear = true;
    out << "shape | input | time | 4x input | time | ratio\n";
    for (const Shape &s : shapes) {
        const QByteArray small = s.make(s.unit);
        const QByteArray big = s.make(s.unit * 4);
        best(small); // warm up
        const double a = best(small);
        const double b = best(big);
        const double ratio = b / std::max(a, 0.001);
        linear = linear && ratio <= 5.0;
        out << s.name << " | " << small.size() / 1024 << " KB | " << QString::number(a, 'f', 1)
            << " ms | " << big.size() / 1024 << " KB | " << QString::number(b, 'f', 1) << " ms | "
            << QString::number(ratio, 'f', 2) << (ratio <= 5.0 ? "" : "  ** above 5 **") << '\n';
        out.flush();
    }
    out << (linear ? "linear: every ratio at most 5\n" : "NOT linear: a ratio is above 5\n");
    return linear ? 0 : 1;
}
