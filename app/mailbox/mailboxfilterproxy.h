#pragma once

#include "mailbox/mailboxexport.h"
#include "mailbox/mailboxmessage.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace BounceLens {

// Filters and sorts the recipients table (MailboxModel): the filter field's words (all must
// occur in the row's address, codes, reason, matched reply, diagnostic or file name) and the
// facets outcome, reason, domain and code. Filters on the model's raw roles, never on what is
// displayed; sorts on MailboxModel::SortRole.
class MailboxFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxFilterProxy)

public:
    explicit MailboxFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setOutcome(std::optional<Outcome> outcome);
    void setReason(const QString &reason); // a reason key; empty: any
    void setDomain(const QString &domain); // empty: any
    // "550", "5.1.1" or "550 5.1.1"; empty: any.
    void setCode(const QString &code);
    void setEntry(const QString &entryId); // the matched entry's id; empty: any
    void clearFilters();

    std::optional<Outcome> outcome() const { return m_outcome; }
    QString reason() const { return m_reason; }
    QString domain() const { return m_domain; }
    QString code() const { return m_code; }
    QString entry() const { return m_entry; }
    bool isFiltering() const;

    // The rows of the model's rows() that pass, in the proxy's order.
    QList<int> visibleRowIndexes() const;
    // The visible rows as export records, in the proxy's order (grouped: each address's
    // latest bounce, with its count).
    QList<MailboxExport::Record> visibleRecords() const;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // On the sort keys of the column, computed once per sort (not twice per comparison); ties
    // in the model's order, so that the screen and the exports list equal rows alike.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QStringList m_words;
    std::optional<Outcome> m_outcome;
    QString m_reason, m_domain, m_code, m_entry;
    // The sort keys of m_keyColumn per source row; emptied when the model changes.
    mutable QList<QVariant> m_keys;
    mutable int m_keyColumn = -1;
};

} // namespace BounceLens
