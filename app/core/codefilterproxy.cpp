#include "codefilterproxy.h"

#include "codetable.h"
#include "codetablemodel.h"

namespace BounceLens {

CodeFilterProxy::CodeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CodeTableModel::SortRole);
    setDynamicSortFilter(true);
}

const CodeTable *CodeFilterProxy::table() const
{
    const auto *model = qobject_cast<const CodeTableModel *>(sourceModel());
    return model ? model->table() : nullptr;
}

void CodeFilterProxy::refilter()
{
    // The ranking in lessThan() depends on the query too: re-filter and re-sort. (sort() with
    // the current column and order would return early without sorting.)
    invalidate();
}

void CodeFilterProxy::setQueryText(const QString &text)
{
    m_query = SearchQuery::parse(text);
    refilter();
}

void CodeFilterProxy::setSeverity(Severity severity)
{
    m_severity = severity;
    refilter();
}

void CodeFilterProxy::setSubjects(const QSet<int> &subjects)
{
    m_subjects = subjects;
    refilter();
}

void CodeFilterProxy::setSourceFilter(SourceFilter source)
{
    m_source = source;
    refilter();
}

void CodeFilterProxy::setPageFilter(PageFilter page)
{
    m_page = page;
    refilter();
}

void CodeFilterProxy::setStage(const QString &stage)
{
    m_stage = stage;
    refilter();
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const CodeTable *t = table();
    if (!t || sourceParent.isValid() || sourceRow >= t->size())
        return false;
    const CodeEntry &e = t->at(sourceRow);

    switch (m_severity) {
    case Severity::Any:
        break;
    case Severity::Temporary:
        if (e.codeClass() != 4)
            return false;
        break;
    case Severity::Permanent:
        if (e.codeClass() != 5)
            return false;
        break;
    }
    if (!m_subjects.isEmpty() && !m_subjects.contains(e.statusSubject()))
        return false;
    if (m_source == SourceFilter::Gmail && !e.isGmail())
        return false;
    if (m_source == SourceFilter::Generic && e.isGmail())
        return false;
    if (m_page == PageFilter::Current && e.isGmail() && !e.onPage)
        return false;
    if (m_page == PageFilter::Historical && (!e.isGmail() || e.onPage))
        return false;
    if (!m_stage.isEmpty() && e.stage != m_stage)
        return false;
    return m_query.matches(e);
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const CodeTable *t = table();
    if (t) {
        const CodeEntry &a = t->at(left.row());
        const CodeEntry &b = t->at(right.row());
        const int rankA = m_query.rank(a);
        const int rankB = m_query.rank(b);
        if (rankA != rankB) {
            // Exact hits first in either sort order (Qt inverts lessThan for descending).
            return sortOrder() == Qt::AscendingOrder ? rankA > rankB : rankA < rankB;
        }
        // Then Gmail's own replies before the generic meanings.
        if (a.isGmail() != b.isGmail())
            return sortOrder() == Qt::AscendingOrder ? a.isGmail() : b.isGmail();
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    // Stable tie-break on the reply code, then the status, then table order.
    const auto *model = sourceModel();
    for (int column : {CodeTableModel::ReplyCodeColumn, CodeTableModel::StatusColumn}) {
        const QVariant lv = model->index(left.row(), column).data(sortRole());
        const QVariant rv = model->index(right.row(), column).data(sortRole());
        if (lv != rv)
            return lv.toLongLong() < rv.toLongLong();
    }
    return left.row() < right.row();
}

} // namespace BounceLens
