#pragma once

#include "mailbox/mailboxmessage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>

namespace BounceLens {

class CodeTable;

// The recipients of a decoded mailbox as a table: one row per recipient of every bounce (a
// message in which no recipient was found is one row too, so that nothing is left out), or,
// grouped, one row per address with its count and its latest outcome. Messages are appended
// in batches while the decode runs (MailboxJob). Holds the decoded results and where each
// message is in its file, not the messages' text.
class MailboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxModel)

public:
    enum Column {
        OutcomeColumn,
        AddressActionColumn, // what to do with the address (Verdict::addressAction)
        RecipientColumn,
        DomainColumn,
        ReplyCodeColumn,
        StatusColumn,
        ReasonColumn,
        EntryColumn,
        OriginColumn,
        DateColumn,
        SourceColumn,
        CountColumn, // grouped by recipient: how many bounces
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole, // int(Outcome)
        AddressRole,                // lower case
        DomainRole,
        ReplyCodeRole, // int, 0 = none
        StatusRole,    // "5.1.1"
        ReasonRole,    // the reason's key ("hasmoved")
        EntryIdRole,   // the matched entry's id
        OriginRole,    // "gsmtp", "gcdp", "other" or empty
        SortRole,
        SearchTextRole,    // lower-case text the filter field searches
        RowRole,           // index into rows() (grouped: the group's latest bounce)
        AddressActionRole, // "suppress", "retry", "fix-sending", "review"; empty: none
    };

    // One recipient of one message.
    struct Row
    {
        int message = -1;
        int recipient = -1; // -1: the message has no recipient (it says why in its error)
        Outcome outcome = Outcome::Unknown;
        QString address; // lower case
        qint64 date = 0; // ms since the epoch, 0 = unknown
        QString search;  // lower case, for the filter field
    };

    // Counts kept up to date as rows come in (the summary reads them; never a pass over rows).
    struct Counts
    {
        std::array<int, 4> outcomes{}; // indexed by Outcome
        int recipients = 0, withoutRecipient = 0;
        QHash<QString, int> reasons, entries, domains, codes;
    };

    explicit MailboxModel(const CodeTable *table, QObject *parent = nullptr);

    // Texts in the interface language (reasons, entries): call on every language switch.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void clear();
    // Also notes each file's size and modification time, for fileChanged().
    void setFiles(const QStringList &files);
    void append(const QList<BounceLens::MailboxMessage> &messages);
    void setGroupByRecipient(bool group);
    bool groupByRecipient() const { return m_grouped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The column's English key (CSV headers, JSON): "outcome", "recipient", ...
    static QString columnKey(int column);

    const CodeTable &table() const { return *m_table; }
    const QStringList &files() const { return m_files; }
    const QList<MailboxMessage> &messages() const { return m_messages; }
    const QList<Row> &rows() const { return m_rows; }
    const Counts &counts() const { return m_counts; }
    // The row of rows() behind a model row (grouped: the group's latest bounce), and the
    // number of bounces it stands for.
    int rowIndex(int modelRow) const;
    int count(int modelRow) const;
    const MailboxMessage &messageOf(int rowIndex) const;
    const RecipientResult *recipientOf(int rowIndex) const; // nullptr: a message without one
    QString fileOf(int rowIndex) const;
    // True when a file (an index of files()) is no longer as it was when listed: its size or
    // modification time changed, or it is gone. A message is then not read back at its offset
    // (another message may be there now).
    bool fileChanged(int file) const;
    // "name.mbox #12" or "name.eml".
    QString sourceText(int rowIndex) const;

private:
    struct Group
    {
        int latest = -1;
        int count = 0;
    };
    struct Batch; // the rows and groups of one append()
    Row makeRow(int message, int recipient) const;
    void addRow(Batch &batch, const Row &row);
    void countRow(const Row &row);
    void addToGroup(Batch &batch, const QString &address, int index);
    bool later(const Batch &batch, int a, int b) const;
    void commit(Batch &batch);
    QString searchText(const Row &row) const;
    QVariant display(int rowIndex, int column, int count) const;
    QString entryText(const MailboxMessage &m, const RecipientResult *r) const;
    QString originText(const RecipientResult *r) const;
    QString dateText(const Row &row, const MailboxMessage &m, const RecipientResult *r) const;
    QVariant toolTip(int rowIndex, int column, int count) const;
    QVariant sortKey(int rowIndex, int column, int count) const;

    const CodeTable *m_table;
    QString m_language = QStringLiteral("en");
    QStringList m_files;
    struct FileStamp
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        bool operator==(const FileStamp &o) const { return size == o.size && mtimeNs == o.mtimeNs; }
    };
    static FileStamp stampOf(const QString &path);
    QList<FileStamp> m_stamps;
    QList<MailboxMessage> m_messages;
    QList<Row> m_rows;
    bool m_grouped = false;
    QList<Group> m_groups;
    QHash<QString, int> m_groupIndex; // address -> group
    Counts m_counts;
};

} // namespace BounceLens
