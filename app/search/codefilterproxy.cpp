#include "search/codefilterproxy.h"

#include "codes/codetable.h"
#include "search/codetablemodel.h"

#include <QRegularExpression>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

CodeFilterProxy::CodeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CodeTableModel::SortRole);
    setDynamicSortFilter(true);
}

CodeFilterProxy::~CodeFilterProxy() = default;

const CodeTable *CodeFilterProxy::table() const
{
    const auto *model = qobject_cast<const CodeTableModel *>(sourceModel());
    return model ? model->table() : nullptr;
}

void CodeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_index.reset();
    m_scores.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (const CodeTable *t = table())
        m_index = std::make_unique<SearchIndex>(*t);
    rescore();
    refilter();
}

void CodeFilterProxy::rescore()
{
    m_scores = m_index ? m_index->score(m_query, m_language) : QList<SearchIndex::Score>();
    m_suggestion.clear();
    if (!m_index)
        return;
    const auto typos = m_index->corrections(m_query);
    if (typos.isEmpty())
        return;
    // "Did you mean": a word is corrected only when no text has it, so the typed word finds
    // nothing where the corrected one finds entries; shown when these are among the matches.
    const bool found
        = std::any_of(m_scores.cbegin(), m_scores.cend(),
                      [](const SearchIndex::Score &s) { return s.matched && s.typos > 0; });
    if (!found)
        return;
    m_suggestion = m_queryText;
    for (const auto &[word, correction] : typos) {
        const QRegularExpression typed(u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(word)
                                           + u"(?![\\p{L}\\p{N}])"_s,
                                       QRegularExpression::CaseInsensitiveOption);
        m_suggestion.replace(typed, correction);
    }
    m_suggestion = m_suggestion.simplified();
    if (m_suggestion == m_queryText.simplified()) { // typed in full-width letters, say
        QStringList words = m_query.keywords();
        for (const auto &[word, correction] : typos)
            words.replace(words.indexOf(word), correction);
        m_suggestion = words.join(u' ');
    }
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
    m_queryText = text;
    rescore();
    refilter();
}

void CodeFilterProxy::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rescore();
    refilter();
}

void CodeFilterProxy::setSeverity(Severity severity)
{
    m_severity = severity;
    refilter();
    emit facetsChanged();
}

void CodeFilterProxy::setSubjects(const QSet<int> &subjects)
{
    m_subjects = subjects;
    refilter();
    emit facetsChanged();
}

void CodeFilterProxy::setSourceFilter(SourceFilter source)
{
    m_source = source;
    refilter();
    emit facetsChanged();
}

void CodeFilterProxy::setPageFilter(PageFilter page)
{
    m_page = page;
    refilter();
    emit facetsChanged();
}

void CodeFilterProxy::setStage(const QString &stage)
{
    m_stage = stage;
    refilter();
    emit facetsChanged();
}

void CodeFilterProxy::setProviderFilter(const QString &provider)
{
    if (m_provider == provider)
        return;
    m_provider = provider;
    refilter();
    emit facetsChanged();
}

void CodeFilterProxy::clearFacets()
{
    m_provider.clear();
    m_severity = Severity::Any;
    m_subjects.clear();
    m_source = SourceFilter::Any;
    m_page = PageFilter::Any;
    m_stage.clear();
    refilter();
    emit facetsChanged();
}

bool CodeFilterProxy::hasFacets() const
{
    return m_severity != Severity::Any || !m_subjects.isEmpty() || m_source != SourceFilter::Any
           || m_page != PageFilter::Any || !m_stage.isEmpty() || !m_provider.isEmpty();
}

int CodeFilterProxy::queryMatchCount() const
{
    int count = 0;
    for (const SearchIndex::Score &s : m_scores)
        count += s.matched ? 1 : 0;
    return count;
}

QString CodeFilterProxy::searchDataError() const
{
    return m_index ? m_index->error() : QString();
}

bool CodeFilterProxy::acceptedByFacets(int sourceRow) const
{
    const CodeEntry &e = table()->at(sourceRow);
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
    if (m_source == SourceFilter::Generic && e.isProviderReply())
        return false;
    if (!m_provider.isEmpty()) {
        const bool generic = !e.isProviderReply();
        if (m_provider == QLatin1String("generic") ? !generic : e.sourceKey != m_provider)
            return false;
    }
    if (m_page == PageFilter::Current && e.isGmail() && !e.onPage)
        return false;
    if (m_page == PageFilter::Historical && (!e.isGmail() || e.onPage))
        return false;
    if (!m_stage.isEmpty() && e.stage != m_stage)
        return false;
    return true;
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const CodeTable *t = table();
    if (!t || sourceParent.isValid() || sourceRow >= t->size() || sourceRow >= m_scores.size())
        return false;
    return m_scores.at(sourceRow).matched && acceptedByFacets(sourceRow);
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.row() < m_scores.size() && right.row() < m_scores.size()) {
        const int relevance
            = SearchIndex::compare(m_scores.at(left.row()), m_scores.at(right.row()));
        if (relevance != 0) {
            // More relevant first in either sort order (Qt inverts lessThan for descending).
            return sortOrder() == Qt::AscendingOrder ? relevance < 0 : relevance > 0;
        }
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
