#pragma once

#include "searchquery.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace BounceLens {

class CodeTable;

// Filters and ranks the code table: the search query, then the facets. Rows that match a
// code in the query exactly come first whatever column is sorted.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxy)

public:
    enum class Severity { Any, Temporary, Permanent };
    enum class SourceFilter { Any, Gmail, Generic };
    enum class PageFilter { Any, Current, Historical };

    explicit CodeFilterProxy(QObject *parent = nullptr);

    void setQueryText(const QString &text);
    const SearchQuery &query() const { return m_query; }
    void setSeverity(Severity severity);
    // Enhanced-code subjects to show (1 = X.1 addressing ... 7 = X.7 security); empty: all.
    void setSubjects(const QSet<int> &subjects);
    void setSourceFilter(SourceFilter source);
    void setPageFilter(PageFilter page);
    // SMTP stage ("RCPT", "DATA", ...); empty: any.
    void setStage(const QString &stage);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const CodeTable *table() const;
    void refilter();

    SearchQuery m_query;
    Severity m_severity = Severity::Any;
    QSet<int> m_subjects;
    SourceFilter m_source = SourceFilter::Any;
    PageFilter m_page = PageFilter::Any;
    QString m_stage;
};

} // namespace BounceLens
