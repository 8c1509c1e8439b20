// libFuzzer entry point: any bytes through the whole decoder (mbox splitting, GMime, charsets,
// HTML, reply grammar, matching), both reports and what the console makes of them (control
// characters escaped), and the RFC 2047 word decoder on its own; then the window's data paths
// (issue 25): the recipients model (every cell and role, grouped and not), the summary, the
// CSV, JSON Lines and suppression-list exports. Finds crashes, hangs and sanitizer errors, and
// aborts on a broken invariant: a raw control in console text or JSON, a CSV cell a
// spreadsheet would run, a tooltip Qt would read as markup, a suppression-list entry that is
// not a mailbox. Inputs up to 1 MB (-max_len=1048576), with bounce.dict (README, Limits and
// robustness).
#include "cli/console.h"
#include "codes/codetable.h"
#include "decoder/addresses.h"
#include "decoder/bouncedecoder.h"
#include "decoder/messagereader.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/mailboxmessage.h"
#include "mailbox/mailboxmodel.h"
#include "mailbox/mailboxsummary.h"
#include "mailbox/suppressionlist.h"
#include "report/decodereport.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace BounceLens;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// A tooltip is shown by QToolTip, which reads rich text: bounce markup must come escaped.
void checkToolTip(const QVariant &tip)
{
    const QString text = tip.toString();
    if (!text.contains(u'<'))
        return;
    const QString prefix = QStringLiteral("<p style=\"white-space:pre-wrap\">");
    const QString suffix = QStringLiteral("</p>");
    check(text.startsWith(prefix) && text.endsWith(suffix));
    check(!text.mid(prefix.size(), text.size() - prefix.size() - suffix.size()).contains(u'<'));
}

// The window's data paths over the decoded messages.
void windowPaths(const CodeTable &table, const QList<DecodeResult> &results)
{
    QList<MailboxMessage> messages;
    QList<MailboxExport::Record> records;
    for (qsizetype i = 0; i < results.size(); ++i) {
        MailboxMessage m;
        m.result = results.at(i);
        m.file = 0;
        m.number = int(i + 1);
        messages << m;
    }
    MailboxModel model(&table);
    model.setFiles({QStringLiteral("fuzz.mbox")});
    model.append(messages);
    for (const bool grouped : {false, true}) {
        model.setGroupByRecipient(grouped);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (int role : {int(Qt::DisplayRole), int(MailboxModel::SortRole),
                                 int(MailboxModel::SearchTextRole), int(MailboxModel::DomainRole)})
                    (void)model.data(index, role);
                checkToolTip(model.data(index, Qt::ToolTipRole));
            }
        }
        (void)MailboxSummary::of(model);
    }
    for (const MailboxMessage &m : model.messages())
        records << MailboxExport::records(m.result);
    const QString csv = MailboxExport::csv(table, QStringLiteral("en"), records, false);
    (void)csv;
    for (const MailboxExport::Record &record : std::as_const(records)) {
        for (const QString &field : MailboxExport::csvFields(table, QStringLiteral("en"), record)) {
            const QString cell = MailboxExport::csvCell(field);
            const QString body = cell.startsWith(u'"') ? cell.mid(1) : cell;
            check(body.isEmpty() || !QStringLiteral("=+-@\t\r").contains(body.front()));
        }
    }
    (void)MailboxExport::jsonLines(table, records);
    const QStringList addresses
        = SuppressionList::text(table, records).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &address : addresses)
        check(isMailbox(address));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CodeTable *table = [] {
        QString error;
        static std::optional<CodeTable> loaded = CodeTable::loadBuiltIn(&error);
        if (!loaded)
            std::abort();
        return &*loaded;
    }();
    static const BounceDecoder decoder(*table);
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<DecodeResult> results = decoder.decodeAll(input);
    for (const DecodeResult &r : results) {
        const QByteArray json = Console::jsonSafe(
            QJsonDocument(decodeResultToJson(r, *table)).toJson(QJsonDocument::Compact));
        const QString text
            = Console::terminalSafe(decodeResultToText(r, *table, QStringLiteral("en")));
        for (const QChar c : text) {
            if (c.unicode() == 0x1b || c.unicode() == 0x9b)
                std::abort(); // a control character reached the terminal text
        }
        for (const char c : json) {
            if (uchar(c) < 0x20 || c == 0x7f)
                std::abort(); // JSON Lines: one line, no raw controls
        }
    }
    windowPaths(*table, results);
    // Header values: the first line, as a Subject would be.
    const qsizetype eol = input.indexOf('\n');
    (void)MessageReader::decodeHeaderValue(eol < 0 ? input.left(4096)
                                                   : input.left(std::min<qsizetype>(eol, 4096)));
    return 0;
}
