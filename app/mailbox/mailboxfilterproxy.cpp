#include "mailbox/mailboxfilterproxy.h"
#include "common/textfolding.h"

#include "mailbox/mailboxmodel.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

MailboxFilterProxy::MailboxFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MailboxModel::SortRole);
    setDynamicSortFilter(true);
}

void MailboxFilterProxy::refilter()
{
    invalidateRowsFilter();
}

void MailboxFilterProxy::setText(const QString &text)
{
    // Folded as the rows' search text is: case, full-width forms, Traditional to Simplified.
    const QStringList words
        = TextFolding::fold(text, TextFolding::Spacing::Words).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void MailboxFilterProxy::setOutcome(std::optional<Outcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    refilter();
}

void MailboxFilterProxy::setReason(const QString &reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    refilter();
}

void MailboxFilterProxy::setDomain(const QString &domain)
{
    if (domain.toLower() == m_domain)
        return;
    m_domain = domain.toLower();
    refilter();
}

void MailboxFilterProxy::setCode(const QString &code)
{
    if (code.simplified() == m_code)
        return;
    m_code = code.simplified();
    refilter();
}

void MailboxFilterProxy::setEntry(const QString &entryId)
{
    if (entryId == m_entry)
        return;
    m_entry = entryId;
    refilter();
}

void MailboxFilterProxy::clearFilters()
{
    m_words.clear();
    m_outcome.reset();
    m_reason.clear();
    m_domain.clear();
    m_code.clear();
    m_entry.clear();
    refilter();
}

bool MailboxFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || m_outcome || !m_reason.isEmpty() || !m_domain.isEmpty()
           || !m_code.isEmpty() || !m_entry.isEmpty();
}

QList<int> MailboxFilterProxy::visibleRowIndexes() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i)
        rows << data(index(i, 0), MailboxModel::RowRole).toInt();
    return rows;
}

QList<MailboxExport::Record> MailboxFilterProxy::visibleRecords() const
{
    const auto *model = qobject_cast<const MailboxModel *>(sourceModel());
    QList<MailboxExport::Record> records;
    if (!model)
        return records;
    records.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i) {
        const int modelRow = mapToSource(index(i, 0)).row();
        const int row = model->rowIndex(modelRow);
        const MailboxMessage &m = model->messageOf(row);
        records.append({&m.result, model->rows().at(row).recipient, model->fileOf(row), m.number,
                        model->count(modelRow), m.date});
    }
    return records;
}

void MailboxFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    const auto forget = [this] {
        m_keys.clear();
        m_keyColumn = -1;
    };
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, forget);
}

bool MailboxFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *model = sourceModel();
    const int column = left.column();
    if (m_keyColumn != column || m_keys.size() != model->rowCount()) {
        m_keys.resize(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            m_keys[row] = model->index(row, column).data(sortRole());
        m_keyColumn = column;
    }
    const QVariant &a = m_keys.at(left.row());
    const QVariant &b = m_keys.at(right.row());
    int order = 0;
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        order = QString::compare(*static_cast<const QString *>(a.constData()),
                                 *static_cast<const QString *>(b.constData()));
    } else {
        const QPartialOrdering o = QVariant::compare(a, b);
        order = o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
    }
    // Equal keys keep the model's order, whichever way the column is sorted.
    if (order == 0)
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    return order < 0;
}

bool MailboxFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex i = model->index(sourceRow, 0, sourceParent);
    if (m_outcome && model->data(i, MailboxModel::OutcomeRole).toInt() != int(*m_outcome))
        return false;
    if (!m_reason.isEmpty() && model->data(i, MailboxModel::ReasonRole).toString() != m_reason)
        return false;
    if (!m_domain.isEmpty() && model->data(i, MailboxModel::DomainRole).toString() != m_domain)
        return false;
    if (!m_entry.isEmpty() && model->data(i, MailboxModel::EntryIdRole).toString() != m_entry)
        return false;
    if (!m_code.isEmpty()) {
        // Each part of the facet must be one of the row's codes: "550", "5.1.1", both.
        const QString reply = QString::number(model->data(i, MailboxModel::ReplyCodeRole).toInt());
        const QString status = model->data(i, MailboxModel::StatusRole).toString();
        for (const QString &part : m_code.split(u' ')) {
            if (part != reply && part != status)
                return false;
        }
    }
    if (!m_words.isEmpty()) {
        const QString text = model->data(i, MailboxModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace BounceLens
