#pragma once

#include "search/searchindex.h"
#include "search/searchquery.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>

namespace BounceLens {

class CodeTable;

// Filters and ranks the code table: the search query, then the facets. Rows are ordered by
// relevance (SearchIndex::compare: code hits, then the words) whatever column is sorted; the
// sort column only orders rows of equal relevance.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxy)

public:
    enum class Severity { Any, Temporary, Permanent };
    enum class SourceFilter { Any, Gmail, Generic };
    enum class PageFilter { Any, Current, Historical };

    explicit CodeFilterProxy(QObject *parent = nullptr);
    ~CodeFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setQueryText(const QString &text);
    const SearchQuery &query() const { return m_query; }
    // The interface language: words found in its text (or in English) count most.
    void setLanguage(const QString &language);
    void setSeverity(Severity severity);
    // Enhanced-code subjects to show (1 = X.1 addressing ... 7 = X.7 security); empty: all.
    void setSubjects(const QSet<int> &subjects);
    void setSourceFilter(SourceFilter source);
    // Whose replies to show: a provider key ("netease"), "gmail", "generic" (the RFC meanings
    // only) or empty for all. Combines with setSourceFilter().
    void setProviderFilter(const QString &provider);
    QString providerFilter() const { return m_provider; }
    void setPageFilter(PageFilter page);
    // SMTP stage ("RCPT", "DATA", ...); empty: any.
    void setStage(const QString &stage);
    void clearFacets();
    bool hasFacets() const;

    // Entries the query matches, facets aside: rowCount() less than this means the facets hide
    // some.
    int queryMatchCount() const;
    const SearchIndex *searchIndex() const { return m_index.get(); }
    // What went wrong loading the synonyms (search then works without them); empty when nothing.
    QString searchDataError() const;
    // "Did you mean": the query with its typos corrected (SearchIndex::corrections), when
    // entries match through a corrected word, which as typed found nothing; empty otherwise.
    QString suggestion() const { return m_suggestion; }

signals:
    void facetsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const CodeTable *table() const;
    bool acceptedByFacets(int sourceRow) const;
    void rescore();
    void refilter();

    std::unique_ptr<SearchIndex> m_index;
    QList<SearchIndex::Score> m_scores;
    QString m_language = QStringLiteral("en");
    SearchQuery m_query;
    QString m_queryText;
    QString m_suggestion;
    Severity m_severity = Severity::Any;
    QSet<int> m_subjects;
    SourceFilter m_source = SourceFilter::Any;
    PageFilter m_page = PageFilter::Any;
    QString m_stage;
    QString m_provider;
};

} // namespace BounceLens
