#include "cli/decodecommand.h"

#include "cli/consoleoutput.h"
#include "codes/codetable.h"
#include "common/parallel.h"
#include "decoder/bouncedecoder.h"
#include "input/decodebatch.h"
#include "input/messagefiles.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/suppressionlist.h"
#include "report/decodereport.h"
#include "report/notetext.h"
#include "report/senderreport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <mutex>
#include <optional>
#include <unistd.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// Raw command-line arguments: a file name that is not valid UTF-8 reaches arguments() with
// U+FFFD in place of its bytes; the kernel still has them.
QByteArray nativeArgument(const QString &argument)
{
    if (argument == u"-"_s)
        return "-";
    if (argument.contains(QChar::ReplacementCharacter)) {
        QFile cmdline(u"/proc/self/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> raw = cmdline.readAll().split('\0');
            for (const QByteArray &r : raw) {
                if (QFile::decodeName(r) == argument)
                    return r;
            }
        }
    }
    return QFile::encodeName(argument);
}

constexpr int kMaxJobs = 256;
constexpr qint64 kParallelBytes = 1024 * 1024; // less input is decoded on one thread
constexpr int kWindow = 512;

// --suppression-list: the addresses are collected while the messages are decoded (on any
// thread) and printed once, distinct and sorted, at the end of the run.
// --suppression-list and --sender-report: what every message adds is collected while the
// messages are decoded (on any thread) and printed once, at the end of the run. The window's
// exports print the same (SuppressionList, SenderReport).
class Collector
{
public:
    enum class Kind { Suppression, SenderReport };
    struct Settings
    {
        Kind kind = Kind::Suppression;
        bool csv = false, json = false;
        int retryDays = -1;
    };
    Collector(const CodeTable &table, const QString &language, Settings settings)
        : m_table(table)
        , m_language(language)
        , m_settings(settings)
    {}
    void add(const DecodeResult &r)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_settings.kind == Kind::SenderReport)
            m_report.add(m_table, r);
        else
            m_list.add(m_table, MailboxExport::records(r));
    }
    void print(QTextStream &out, QTextStream &err) const
    {
        if (m_settings.kind == Kind::SenderReport) {
            out << (m_settings.json
                        ? QString::fromUtf8(
                              ConsoleOutput::jsonSafe(QJsonDocument(m_report.toJson(m_table))
                                                          .toJson(QJsonDocument::Compact)))
                              + u'\n'
                        : ConsoleOutput::terminalSafe(m_report.toText(m_table, m_language)));
            return;
        }
        // Only mailboxes enter the list, but the CSV's reason and file columns come from the
        // bounce: no control sequence reaches the terminal (issue 25).
        if (m_settings.csv) {
            out << QChar(0xFEFF);
            const QStringList lines = m_list.csv(m_settings.retryDays).split(u"\r\n"_s);
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                out << ConsoleOutput::terminalSafe(lines.at(i)) << u"\r\n"_s;
        } else {
            out << ConsoleOutput::terminalSafe(m_list.text(m_settings.retryDays));
        }
        if (m_list.notMailboxes() > 0)
            err << DecodeCommand::tr("bouncelens decode: %n failed recipient(s) left out of "
                                     "the suppression list: not a mailbox address",
                                     "", m_list.notMailboxes())
                << u'\n';
    }
    Q_DISABLE_COPY_MOVE(Collector)

private:
    const CodeTable &m_table;
    QString m_language;
    Settings m_settings;
    mutable std::mutex m_mutex;
    SuppressionList m_list;
    SenderReport m_report;
};

struct DecodeOptions
{
    QStringList inputs;
    int threads = 0;
    bool jobsSet = false;
    bool json = false;
    bool csv = false;
    std::optional<Collector::Settings> collect; // --suppression-list, --sender-report
};

// --suppression-list, --suppression-retry-days and --sender-report: what to collect. Returns an
// exit code on a usage error, else nothing.
template<typename UsageError>
std::optional<int> collectSettings(const QCommandLineParser &parser, const QString &format,
                                   DecodeOptions *options, const UsageError &usageError)
{
    const bool suppression = parser.isSet(u"suppression-list"_s);
    const bool sender = parser.isSet(u"sender-report"_s);
    const bool retry = parser.isSet(u"suppression-retry-days"_s);
    if ((suppression && sender) || (retry && !suppression) || (sender && options->csv)
        || (suppression && options->json))
        return usageError(DecodeCommand::tr("bouncelens decode: --suppression-list (with "
                                            "--suppression-retry-days, --format csv) and "
                                            "--sender-report (with --json) go alone"),
                          false);
    if (!suppression && !sender)
        return std::nullopt;
    Collector::Settings s;
    s.kind = sender ? Collector::Kind::SenderReport : Collector::Kind::Suppression;
    s.csv = format == u"csv"_s;
    s.json = options->json;
    if (retry) {
        bool ok = false;
        s.retryDays = parser.value(u"suppression-retry-days"_s).toInt(&ok);
        if (!ok || s.retryDays < 0 || s.retryDays > 3650)
            return usageError(DecodeCommand::tr("bouncelens decode: --suppression-retry-days "
                                                "takes a number of days from 0 to 3650"),
                              false);
    }
    options->collect = s;
    return std::nullopt;
}

// Reads the command line into options. Returns an exit code when the run ends here (--help,
// a usage error), else nothing.
std::optional<int> parseOptions(const QStringList &arguments, QTextStream &out, QTextStream &err,
                                DecodeOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DecodeCommand::tr("Read bounce messages and say per recipient what failed and why."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s,
                                  DecodeCommand::tr("Print JSON Lines: one object per message."));
    const QCommandLineOption lang(u"lang"_s,
                                  DecodeCommand::tr("Language of the output: en, zh_CN or zh_TW."),
                                  DecodeCommand::tr("language"));
    const QCommandLineOption jobs(QStringList{u"j"_s, u"jobs"_s},
                                  DecodeCommand::tr("Decode on N threads (default: one per "
                                                    "processor core, here %1).")
                                      .arg(defaultThreadCount()),
                                  u"N"_s);
    const QCommandLineOption formatOption(
        u"format"_s,
        DecodeCommand::tr("Output format: text (default), jsonl (as --json) or csv (one row per "
                          "recipient, after a UTF-8 byte-order mark)."),
        DecodeCommand::tr("format"));
    const QCommandLineOption suppressionOption(
        u"suppression-list"_s, DecodeCommand::tr("Print only the addresses to stop mailing "
                                                 "(every bounce of theirs says the mailbox or "
                                                 "domain is gone), one a line."));
    const QCommandLineOption retryDaysOption(
        u"suppression-retry-days"_s,
        DecodeCommand::tr("With --suppression-list: also list the addresses whose temporary "
                          "failures (retry) kept coming for at least N days. Off by default."),
        u"N"_s);
    const QCommandLineOption senderReportOption(
        u"sender-report"_s,
        DecodeCommand::tr("Print what to fix on the sending side: the recipients that failed "
                          "because of the sender (DMARC, SPF, DKIM, PTR, reputation, ...), "
                          "grouped by cause and by the sending domains and IP found in the "
                          "bounces, with the DNS records to check. With --json, one JSON "
                          "object."));
    parser.addOptions(
        {json, lang, jobs, formatOption, suppressionOption, retryDaysOption, senderReportOption});
    parser.addPositionalArgument(u"input"_s,
                                 DecodeCommand::tr("Files (.eml, text, mbox), directories "
                                                   "(searched recursively) or - for standard "
                                                   "input."),
                                 DecodeCommand::tr("[FILE|DIR|-]..."));
    const auto usageError = [&](const QString &message, bool withHelp) {
        err << message << u'\n';
        if (withHelp)
            err << parser.helpText();
        return std::optional<int>(ConsoleOutput::UsageError);
    };
    if (!parser.parse(arguments))
        return usageError(
            u"bouncelens decode: "_s + ConsoleOutput::terminalSafe(parser.errorText()), true);
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText() << DecodeCommand::exitCodesHelp();
        return ConsoleOutput::Success;
    }
    options->inputs = parser.positionalArguments();
    if (options->inputs.isEmpty()) {
        if (isatty(STDIN_FILENO))
            return usageError(DecodeCommand::tr("bouncelens decode: no input given (name files "
                                                "or directories, or - for standard input)"),
                              true);
        options->inputs << u"-"_s;
    }
    options->threads = defaultThreadCount();
    options->jobsSet = parser.isSet(jobs);
    if (options->jobsSet) {
        bool ok = false;
        options->threads = parser.value(jobs).toInt(&ok);
        if (!ok || options->threads < 1 || options->threads > kMaxJobs)
            return usageError(
                DecodeCommand::tr("bouncelens decode: --jobs takes a number from 1 to %1")
                    .arg(kMaxJobs),
                false);
    }
    const QString formatName = parser.value(formatOption);
    if (parser.isSet(formatOption)
        && (!QStringList{u"text"_s, u"jsonl"_s, u"csv"_s}.contains(formatName)
            || (parser.isSet(json) && formatName != u"jsonl"_s)))
        return usageError(DecodeCommand::tr("bouncelens decode: --format takes text, jsonl or "
                                            "csv (--json is jsonl)"),
                          false);
    options->csv = formatName == u"csv"_s;
    options->json = parser.isSet(json) || formatName == u"jsonl"_s;
    return collectSettings(parser, formatName, options, usageError);
}

// What a record becomes on the output, made on the worker thread that decoded it.
DecodeBatch::Formatter makeFormatter(const CodeTable &table, const QString &language,
                                     const DecodeOptions &options, Collector *collector)
{
    if (collector)
        return [collector](BatchRecord &r) {
            collector->add(r.result);
        };
    if (options.csv)
        return [&table, language](BatchRecord &r) {
            for (const MailboxExport::Record &record : MailboxExport::records(r.result)) {
                // To a terminal: no control sequence in a cell (issue 25).
                QStringList cells = MailboxExport::csvFields(table, language, record);
                for (QString &cell : cells)
                    cell = ConsoleOutput::terminalSafe(cell);
                r.text += MailboxExport::csvLine(cells);
            }
        };
    if (options.json)
        return [&table](BatchRecord &r) {
            r.text = QString::fromUtf8(
                         ConsoleOutput::jsonSafe(DecodeReport::toJsonBytes(r.result, table)))
                     + u'\n';
        };
    // Text from the bounce goes to a terminal: no control sequences in it.
    return [&table, language](BatchRecord &r) {
        r.text = ConsoleOutput::terminalSafe(decodeResultToText(r.result, table, language)) + u'\n';
    };
}

// The exit code a run's records ask for: unreadable input first, then undecodable data.
class ExitStatus
{
public:
    void add(ErrorCode code)
    {
        switch (code) {
        case ErrorCode::None:
        case ErrorCode::Cancelled:
            return;
        case ErrorCode::NotFound:
        case ErrorCode::NotRegularFile:
        case ErrorCode::DanglingLink:
        case ErrorCode::TooDeep:
        case ErrorCode::OpenFailed:
        case ErrorCode::ReadFailed:
            m_unreadable = true;
            return;
        default:
            m_undecodable = true;
        }
    }
    int code() const
    {
        if (m_unreadable)
            return ConsoleOutput::InputError;
        return m_undecodable ? ConsoleOutput::DataError : ConsoleOutput::Success;
    }

private:
    bool m_unreadable = false;
    bool m_undecodable = false;
};

} // namespace

QString DecodeCommand::exitCodesHelp()
{
    return tr("\nExit codes:\n"
              "  0   every input was read and decoded\n"
              "  64  usage error (unknown option, bad value)\n"
              "  65  an input held nothing decodable (empty, binary, no messages, too big)\n"
              "  66  an input could not be read (missing, not a regular file, no permission)\n"
              "  74  the output could not be written\n");
}

int DecodeCommand::run(const CodeTable &table, const QStringList &arguments,
                       const QString &language, QTextStream &out, QTextStream &err)
{
    DecodeOptions options;
    if (const std::optional<int> exit = parseOptions(arguments, out, err, &options))
        return *exit;

    BounceDecoder decoder(table);
    decoder.setReadableText(false); // no report shows it
    std::optional<Collector> collector;
    if (options.collect)
        collector.emplace(table, language, *options.collect);
    else if (options.csv)
        out << QChar(0xFEFF) << MailboxExport::csvHeader(); // the mark: Excel reads UTF-8

    QList<QByteArray> natives;
    for (const QString &input : std::as_const(options.inputs))
        natives << nativeArgument(input);
    MessageWalk walk(natives, options.inputs);
    DecodeBatch batch(decoder);
    batch.setThreads(options.threads);
    batch.setWindow(kWindow);
    batch.setParallelBytes(options.jobsSet ? 0 : kParallelBytes);
    batch.setFormatter(makeFormatter(table, language, options, collector ? &*collector : nullptr));

    ExitStatus status;
    ConsoleOutput::Output written = ConsoleOutput::Output::Written;
    batch.run([&](InputFile *file) { return walk.next(file); },
              [&](QList<BatchRecord> &records) {
                  for (const BatchRecord &r : std::as_const(records)) {
                      status.add(r.result.errorCode);
                      if (r.result.errorCode == ErrorCode::NotFound
                          || r.result.errorCode == ErrorCode::NoMessages)
                          err << u"bouncelens decode: "_s
                              << ConsoleOutput::terminalSafe(r.result.source) << u": "_s
                              << NoteText::error(r.result) << u'\n';
                      out << r.text;
                  }
                  // Checked once a window: a full disk or a closed pipe stops the run here.
                  written = ConsoleOutput::flush(out);
                  return written == ConsoleOutput::Output::Written;
              });
    if (written == ConsoleOutput::Output::Written && collector)
        collector->print(out, err);
    if (written == ConsoleOutput::Output::Written)
        written = ConsoleOutput::flush(out);
    if (written != ConsoleOutput::Output::Written)
        return ConsoleOutput::writeFailed(written, out, err);
    return status.code();
}

} // namespace BounceLens
