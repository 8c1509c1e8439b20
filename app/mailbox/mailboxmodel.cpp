#include "mailbox/mailboxmodel.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "common/chinesevariants.h"
#include "common/languages.h"
#include "common/plaintext.h"
#include "common/textfolding.h"
#include "report/notetext.h"

#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <utility>

#include <sys/stat.h>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// "5.1.10" sorts after "5.1.9".
QString statusSortKey(const QString &status)
{
    QString key;
    for (const QString &part : status.split(u'.'))
        key += part.rightJustified(4, u'0');
    return key;
}

// "550 5.1.1", "550", "5.1.1": a recipient's codes as the summary counts them.
QString codeKey(const RecipientResult &rec)
{
    QStringList code;
    if (rec.replyCode > 0)
        code << QString::number(rec.replyCode);
    if (!rec.status.isEmpty())
        code << rec.status.toString();
    return code.join(u' ');
}

} // namespace

MailboxModel::MailboxModel(const CodeTable *table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{}

void MailboxModel::setLanguage(const QString &language)
{
    m_language = language;
    for (Row &row : m_rows)
        row.search = searchText(row);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MailboxModel::clear()
{
    beginResetModel();
    // Freeing the results of a big mailbox (tens of thousands of strings) takes longer than a
    // GUI thread may stall: they are freed on a task of the global pool (which is waited for
    // when the application exits; no detached thread).
    struct Old
    {
        QList<MailboxMessage> messages;
        QList<Row> rows;
        QHash<QString, int> groupIndex;
    };
    auto old = std::make_shared<Old>(Old{std::exchange(m_messages, {}), std::exchange(m_rows, {}),
                                         std::exchange(m_groupIndex, {})});
    if (old->messages.size() > 1000)
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.reset(); });
    m_files.clear();
    m_stamps.clear();
    m_groups.clear();
    m_counts = {};
    endResetModel();
}

void MailboxModel::setFiles(const QStringList &files)
{
    m_files = files;
    m_stamps.clear();
    for (const QString &file : files)
        m_stamps << stampOf(file);
}

MailboxModel::FileStamp MailboxModel::stampOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

bool MailboxModel::fileChanged(int file) const
{
    if (file < 0 || file >= m_files.size() || file >= m_stamps.size())
        return false;
    return !(stampOf(m_files.at(file)) == m_stamps.at(file));
}

// The rows and groups of one append(), prepared aside and committed between beginInsertRows
// and endInsertRows; existing groups only change their count and latest bounce.
struct MailboxModel::Batch
{
    int firstRow = 0;
    int firstGroup = 0;
    QList<Row> rows;
    QList<Group> groups;
    QList<int> changedGroups;
};

void MailboxModel::append(const QList<MailboxMessage> &messages)
{
    if (messages.isEmpty())
        return;
    Batch batch{int(m_rows.size()), int(m_groups.size()), {}, {}, {}};
    for (const MailboxMessage &message : messages) {
        const int m = int(m_messages.size());
        m_messages.append(message);
        const int recipients = int(m_messages.last().result.recipients.size());
        if (recipients == 0)
            addRow(batch, makeRow(m, -1));
        for (int i = 0; i < recipients; ++i)
            addRow(batch, makeRow(m, i));
    }
    commit(batch);
}

// recipient: -1 for a message without one.
MailboxModel::Row MailboxModel::makeRow(int message, int recipient) const
{
    Row row;
    row.message = message;
    row.recipient = recipient;
    if (recipient >= 0) {
        const MailboxMessage &m = m_messages.at(message);
        const RecipientResult &rec = m.result.recipients.at(recipient);
        row.outcome = outcomeOf(rec);
        row.address = rec.recipient.trimmed().toLower();
        const QDateTime date
            = MailboxFacts::parseDate(MailboxFacts::dateText(m.result, rec, m.date));
        row.date = date.isValid() ? date.toMSecsSinceEpoch() : 0;
    }
    row.search = searchText(row);
    return row;
}

void MailboxModel::addRow(Batch &batch, const Row &row)
{
    countRow(row);
    const int index = batch.firstRow + int(batch.rows.size());
    batch.rows.append(row);
    addToGroup(batch, row.address, index);
}

void MailboxModel::countRow(const Row &row)
{
    if (row.recipient < 0) {
        ++m_counts.withoutRecipient;
        return;
    }
    const RecipientResult &rec = m_messages.at(row.message).result.recipients.at(row.recipient);
    ++m_counts.recipients;
    ++m_counts.outcomes[size_t(row.outcome)];
    const QString reason = MailboxFacts::reasonKey(*m_table, rec);
    if (!reason.isEmpty())
        ++m_counts.reasons[reason];
    if (rec.entryIndex >= 0)
        ++m_counts.entries[m_table->at(rec.entryIndex).id];
    const QString domain = MailboxFacts::domainOf(row.address);
    if (!domain.isEmpty())
        ++m_counts.domains[domain];
    const QString code = codeKey(rec);
    if (!code.isEmpty())
        ++m_counts.codes[code];
}

void MailboxModel::addToGroup(Batch &batch, const QString &address, int index)
{
    // Messages without a recipient are not grouped with anything.
    const QString key = address.isEmpty() ? u"#"_s + QString::number(index) : address;
    const auto found = m_groupIndex.constFind(key);
    if (found == m_groupIndex.constEnd()) {
        m_groupIndex.insert(key, batch.firstGroup + int(batch.groups.size()));
        batch.groups.append({index, 1});
        return;
    }
    const int group = *found;
    const bool existing = group < batch.firstGroup;
    Group &g = existing ? m_groups[group] : batch.groups[group - batch.firstGroup];
    ++g.count;
    if (later(batch, index, g.latest))
        g.latest = index;
    if (existing)
        batch.changedGroups << group;
}

// Row a bounced later than row b: by date, else (same or unknown dates) the later in the
// mailbox.
bool MailboxModel::later(const Batch &batch, int a, int b) const
{
    auto dateOf = [&](int index) {
        return index < batch.firstRow ? m_rows.at(index).date
                                      : batch.rows.at(index - batch.firstRow).date;
    };
    const qint64 da = dateOf(a), db = dateOf(b);
    if (da != 0 && db != 0 && da != db)
        return da > db;
    return a > b;
}

void MailboxModel::commit(Batch &batch)
{
    const int added = int(m_grouped ? batch.groups.size() : batch.rows.size());
    const int first = m_grouped ? batch.firstGroup : batch.firstRow;
    if (added > 0)
        beginInsertRows({}, first, first + added - 1);
    m_rows += batch.rows;
    m_groups += batch.groups;
    if (added > 0)
        endInsertRows();
    if (!m_grouped)
        return;
    QList<int> &changed = batch.changedGroups;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (int g : std::as_const(changed))
        emit dataChanged(index(g, 0), index(g, ColumnCount - 1));
}

void MailboxModel::setGroupByRecipient(bool group)
{
    if (group == m_grouped)
        return;
    beginResetModel();
    m_grouped = group;
    endResetModel();
}

int MailboxModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_grouped ? m_groups.size() : m_rows.size());
}

int MailboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MailboxModel::rowIndex(int modelRow) const
{
    if (modelRow < 0 || modelRow >= rowCount())
        return -1;
    return m_grouped ? m_groups.at(modelRow).latest : modelRow;
}

int MailboxModel::count(int modelRow) const
{
    if (modelRow < 0 || modelRow >= rowCount())
        return 0;
    return m_grouped ? m_groups.at(modelRow).count : 1;
}

const MailboxMessage &MailboxModel::messageOf(int rowIndex) const
{
    return m_messages.at(m_rows.at(rowIndex).message);
}

const RecipientResult *MailboxModel::recipientOf(int rowIndex) const
{
    const Row &row = m_rows.at(rowIndex);
    return row.recipient < 0 ? nullptr
                             : &m_messages.at(row.message).result.recipients.at(row.recipient);
}

QString MailboxModel::fileOf(int rowIndex) const
{
    const int file = messageOf(rowIndex).file;
    return file >= 0 && file < m_files.size() ? m_files.at(file)
                                              : messageOf(rowIndex).result.source;
}

QString MailboxModel::sourceText(int rowIndex) const
{
    const MailboxMessage &m = messageOf(rowIndex);
    const QString name = QFileInfo(fileOf(rowIndex)).fileName();
    //: Source column: a message of an mbox file, "bounces.mbox #12"
    return m.number > 0 ? tr("%1 #%2").arg(name).arg(m.number) : name;
}

QString MailboxModel::searchText(const Row &row) const
{
    const MailboxMessage &m = m_messages.at(row.message);
    QStringList parts{row.address, QFileInfo(m_files.value(m.file)).fileName()};
    if (row.recipient >= 0) {
        const RecipientResult &r = m.result.recipients.at(row.recipient);
        const QString reason = MailboxFacts::reasonKey(*m_table, r);
        parts << QString::number(r.replyCode) << r.status.toString() << reason
              << MailboxFacts::reasonText(reason) << MailboxFacts::outcomeName(row.outcome)
              << r.origin << r.diagnostic;
        if (r.entryIndex >= 0) {
            const CodeEntry &e = m_table->at(r.entryIndex);
            parts << e.id;
            // Every language's text: a Traditional query finds a row of the Simplified
            // interface too (folded below, as the filter folds the query).
            for (const QString &language : Languages::codes())
                parts << e.text.value(language);
        }
    } else {
        parts << NoteText::error(m.result);
    }
    QString text = parts.join(u'\n').toLower();
    // Traditional to Simplified only where there is Chinese: the search folds its query alike.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return TextFolding::isWide(c); }))
        text = ChineseVariants::builtIn().toSimplified(text);
    return text;
}

// The entry's text in the interface language; for a message without a failed recipient, why.
QString MailboxModel::entryText(const MailboxMessage &m, const RecipientResult *r) const
{
    if (!r) {
        return m.result.errorCode == ErrorCode::None
                   ? tr("No failed recipient was found in this message")
                   : NoteText::error(m.result);
    }
    return r->entryIndex >= 0 ? m_table->at(r->entryIndex).text.value(m_language) : QString();
}

QString MailboxModel::originText(const RecipientResult *r) const
{
    const QString origin = r ? MailboxFacts::originKey(r->origin) : QString();
    // Another provider's reply: its name ("NetEase?" when only its code said so).
    if (const ProviderInfo *p = r ? m_table->providerInfo(r->provider) : nullptr)
        return p->name.value(m_language) + (r->providerConfirmed ? QString() : u"?"_s);
    //: Origin column: a reply from neither gsmtp nor gcdp
    return origin == u"other"_s ? tr("other") : origin;
}

QString MailboxModel::dateText(const Row &row, const MailboxMessage &m,
                               const RecipientResult *r) const
{
    if (row.date)
        return QDateTime::fromMSecsSinceEpoch(row.date).toString(u"yyyy-MM-dd HH:mm"_s);
    return r ? MailboxFacts::dateText(m.result, *r, m.date) : QString();
}

QVariant MailboxModel::display(int rowIndex, int column, int count) const
{
    const Row &row = m_rows.at(rowIndex);
    const MailboxMessage &m = m_messages.at(row.message);
    const RecipientResult *r = recipientOf(rowIndex);
    switch (Column(column)) {
    case OutcomeColumn:
        return MailboxFacts::outcomeName(row.outcome);
    case AddressActionColumn:
        return r ? Verdict::addressActionName(Verdict::addressAction(*m_table, *r).action)
                 : QString();
    case RecipientColumn:
        return r ? r->recipient : QString();
    case DomainColumn:
        return MailboxFacts::domainOf(row.address);
    case ReplyCodeColumn:
        return r && r->replyCode > 0 ? QString::number(r->replyCode) : QString();
    case StatusColumn:
        return r ? r->status.toString() : QString();
    case ReasonColumn:
        return r ? MailboxFacts::reasonText(MailboxFacts::reasonKey(*m_table, *r)) : QString();
    case EntryColumn:
        return entryText(m, r);
    case OriginColumn:
        return originText(r);
    case DateColumn:
        return dateText(row, m, r);
    case SourceColumn:
        return sourceText(rowIndex);
    case CountColumn:
        return count;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MailboxModel::sortKey(int rowIndex, int column, int count) const
{
    const Row &row = m_rows.at(rowIndex);
    const RecipientResult *r = recipientOf(rowIndex);
    switch (Column(column)) {
    case OutcomeColumn:
        return int(row.outcome);
    case ReplyCodeColumn:
        return r ? r->replyCode : 0;
    case StatusColumn:
        return r ? statusSortKey(r->status.toString()) : QString();
    case DateColumn:
        return row.date;
    case SourceColumn: {
        const MailboxMessage &m = messageOf(rowIndex);
        return qint64(m.file) * (qint64(1) << 32) + m.number;
    }
    case CountColumn:
        return count;
    default:
        return display(rowIndex, column, count).toString().toLower();
    }
}

QVariant MailboxModel::toolTip(int rowIdx, int column, int count) const
{
    const RecipientResult *r = recipientOf(rowIdx);
    // QToolTip reads rich text: bounce text is escaped (PlainText::toolTip).
    if (column == DateColumn && r)
        return PlainText::toolTip(
            MailboxFacts::dateText(messageOf(rowIdx).result, *r, messageOf(rowIdx).date));
    if (column == SourceColumn)
        return PlainText::toolTip(fileOf(rowIdx));
    if (column == EntryColumn || column == RecipientColumn)
        return PlainText::toolTip(display(rowIdx, column, count).toString());
    if (column == AddressActionColumn && r)
        return PlainText::toolTip(
            Verdict::plainAdvice(*m_table, *r, messageOf(rowIdx).result.sender));
    return {};
}

QVariant MailboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int rowIdx = rowIndex(index.row());
    const int n = count(index.row());
    const Row &row = m_rows.at(rowIdx);
    const RecipientResult *r = recipientOf(rowIdx);
    switch (role) {
    case Qt::DisplayRole:
        return display(rowIdx, index.column(), n);
    case Qt::ToolTipRole:
        return toolTip(rowIdx, index.column(), n);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == ReplyCodeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OutcomeRole:
        return int(row.outcome);
    case AddressRole:
        return row.address;
    case DomainRole:
        return MailboxFacts::domainOf(row.address);
    case ReplyCodeRole:
        return r ? r->replyCode : 0;
    case StatusRole:
        return r ? r->status.toString() : QString();
    case ReasonRole:
        return r ? MailboxFacts::reasonKey(*m_table, *r) : QString();
    case EntryIdRole:
        return r && r->entryIndex >= 0 ? m_table->at(r->entryIndex).id : QString();
    case OriginRole:
        return r ? MailboxFacts::originKey(r->origin) : QString();
    case SortRole:
        return sortKey(rowIdx, index.column(), n);
    case SearchTextRole:
        return row.search;
    case RowRole:
        return rowIdx;
    case AddressActionRole:
        return r ? toWord(Verdict::addressAction(*m_table, *r).action) : QString();
    default:
        return {};
    }
}

QString MailboxModel::columnKey(int column)
{
    static const char *const keys[]
        = {"outcome", "address_action", "recipient", "domain", "reply_code", "status",
           "reason",  "entry",          "origin",    "date",   "source",     "count"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant MailboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case OutcomeColumn:
        return tr("Outcome");
    case AddressActionColumn:
        //: Column header: what to do with the address (stop mailing it, retry, fix sending)
        return tr("Action");
    case RecipientColumn:
        return tr("Recipient");
    case DomainColumn:
        return tr("Domain");
    case ReplyCodeColumn:
        //: Column header: the basic SMTP reply code (550)
        return tr("Code");
    case StatusColumn:
        //: Column header: the enhanced status code (5.1.1)
        return tr("Enhanced");
    case ReasonColumn:
        return tr("Reason");
    case EntryColumn:
        //: Column header: the matched Gmail reply's text
        return tr("Reply");
    case OriginColumn:
        //: Column header: gsmtp, gcdp or another server
        return tr("Origin");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        //: Column header: the file (and message number) the bounce came from
        return tr("Source");
    case CountColumn:
        //: Column header: how many bounces an address had
        return tr("Bounces");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace BounceLens
