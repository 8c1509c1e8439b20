#include "ui/browseview.h"

#include "codes/codetable.h"
#include "search/codefilterproxy.h"
#include "search/codetablemodel.h"
#include "ui/codedetailsview.h"
#include "ui/facetbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

BrowseView::BrowseView(const CodeTable *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(new CodeTableModel(table, this))
    , m_proxy(new CodeFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_facets(new FacetBar(m_proxy, this))
    , m_view(new QTableView(this))
    , m_results(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyHint(new QLabel(m_empty))
    , m_hidden(new QLabel(m_empty))
    , m_clearFilters(new QPushButton(m_empty))
    , m_dataError(new QLabel(this))
    , m_details(new CodeDetailsView(table, this))
    , m_copyRow(new QAction(this))
    , m_copyEnglish(new QAction(this))
    , m_copySimplified(new QAction(this))
    , m_copyTraditional(new QAction(this))
{
    setObjectName(u"browseView"_s);
    m_proxy->setSourceModel(m_model);
    if (table)
        m_facets->setProviders(table->providers());

    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    // A file dropped on the search field goes to the window (which opens it), not into the text.
    m_search->setAcceptDrops(false);

    m_view->setObjectName(u"codeTable"_s);
    m_view->setModel(m_proxy);
    // The indicator first: enabling sorting then sorts once, by it (sortByColumn after
    // setSortingEnabled sorted the whole table a second time).
    m_view->horizontalHeader()->setSortIndicator(CodeTableModel::ReplyCodeColumn,
                                                 Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The code columns start at their contents' width; the user may resize them (the window
    // remembers the widths), and the message column takes the rest.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->resizeColumnToContents(CodeTableModel::ReplyCodeColumn);
    m_view->resizeColumnToContents(CodeTableModel::StatusColumn);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_copyRow->setShortcut(QKeySequence::Copy);
    m_copyRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyRow);
    connect(m_copyRow, &QAction::triggered, this, &BrowseView::copyRow);
    connect(m_copyEnglish, &QAction::triggered, this, [this] { copyText(u"en"_s); });
    connect(m_copySimplified, &QAction::triggered, this, [this] { copyText(u"zh_CN"_s); });
    connect(m_copyTraditional, &QAction::triggered, this, [this] { copyText(u"zh_TW"_s); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &BrowseView::showContextMenu);

    // What the user typed is shown as plain text, never as HTML.
    m_empty->setObjectName(u"emptyState"_s);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_hidden->setObjectName(u"hiddenByFilters"_s);
    m_clearFilters->setObjectName(u"clearFiltersButton"_s);
    for (QLabel *label : {m_emptyTitle, m_emptyHint, m_hidden}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }
    QFont titleFont = m_emptyTitle->font();
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addWidget(m_hidden);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    connect(m_clearFilters, &QPushButton::clicked, m_facets, &FacetBar::reset);
    m_results->setObjectName(u"results"_s);
    m_results->addWidget(m_view);
    m_results->addWidget(m_empty);

    m_dataError->setObjectName(u"searchDataError"_s);
    m_dataError->setTextFormat(Qt::PlainText);
    m_dataError->setWordWrap(true);
    m_dataError->setVisible(!m_proxy->searchDataError().isEmpty());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"browseSplitter"_s);
    splitter->addWidget(m_results);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    // Plain text on a button: what was typed is never read as markup (a '&' is doubled so that
    // it is not taken for a shortcut).
    m_didYouMean = new QPushButton(this);
    m_didYouMean->setObjectName(u"didYouMean"_s);
    m_didYouMean->setFlat(true);
    m_didYouMean->setCursor(Qt::PointingHandCursor);
    QFont linkFont = m_didYouMean->font(); // reads as a link in any theme, no colour of its own
    linkFont.setUnderline(true);
    m_didYouMean->setFont(linkFont);
    m_didYouMean->hide();
    connect(m_didYouMean, &QPushButton::clicked, this,
            [this] { m_search->setText(m_proxy->suggestion()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_didYouMean, 0, Qt::AlignLeft);
    layout->addWidget(m_dataError);
    layout->addWidget(m_facets);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &BrowseView::onQueryChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BrowseView::onFilterChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BrowseView::onFilterChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BrowseView::onFilterChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BrowseView::onFilterChanged);
    connect(m_proxy, &CodeFilterProxy::facetsChanged, this, &BrowseView::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowseView::onCurrentChanged);
    connect(m_details, &CodeDetailsView::entryLinkActivated, this, &BrowseView::showEntry);

    retranslateUi();
    onFilterChanged();
}

void BrowseView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowseView::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
    m_proxy->setLanguage(language);
    m_details->setLanguage(language);
    updateSuggestion();
}

void BrowseView::onQueryChanged(const QString &text)
{
    m_proxy->setQueryText(text);
    updateSuggestion();
    selectTopHit();
}

void BrowseView::updateSuggestion()
{
    QString suggestion = m_proxy->suggestion();
    if (suggestion.size() > 80)
        suggestion = suggestion.left(80) + QChar(0x2026);
    suggestion.replace(u'&', u"&&"_s);
    m_didYouMean->setText(tr("Did you mean: %1?").arg(suggestion));
    m_didYouMean->setToolTip(tr("Search for the corrected words"));
    m_didYouMean->setVisible(!suggestion.isEmpty());
}

void BrowseView::selectTopHit()
{
    // After every query the best match is selected and shown, even when the row selected before
    // is still in the list further down.
    if (m_proxy->rowCount() == 0) {
        m_view->setCurrentIndex({});
        m_details->showEntry(-1);
        return;
    }
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_view->scrollToTop();
}

int BrowseView::visibleCount() const
{
    return m_proxy->rowCount();
}

int BrowseView::totalCount() const
{
    return m_model->rowCount();
}

int BrowseView::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CodeTableModel::EntryIndexRole).toInt() : -1;
}

void BrowseView::showEntry(const QString &id)
{
    const int index = m_table->indexOf(id);
    if (index < 0)
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
    if (!proxyIndex.isValid()) {
        m_search->clear();
        m_facets->reset();
        proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
}

void BrowseView::onCurrentChanged()
{
    m_details->showEntry(currentEntry());
}

void BrowseView::onFilterChanged()
{
    // Keep the selection when it is still visible, else select the best match.
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else if (m_proxy->rowCount() == 0)
        m_details->showEntry(-1);
    updateEmptyState();
    emit countChanged();
}

void BrowseView::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_results->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_view));
    if (!empty)
        return;
    QString query = m_search->text().simplified();
    if (query.size() > 80) // a whole pasted bounce is not repeated back
        query = query.left(80) + QChar(0x2026);
    const int hidden = m_proxy->queryMatchCount() - m_proxy->rowCount();
    if (query.isEmpty())
        m_emptyTitle->setText(tr("No codes match the filters."));
    else
        m_emptyTitle->setText(tr("No codes match \"%1\".").arg(query));
    // After a code, suggesting a code is no help: its class or words are.
    static const QRegularExpression codeLike(u"^[0-9xX. ]+$"_s);
    m_emptyHint->setText(
        codeLike.match(query).hasMatch()
            ? tr("Try a shorter code or a class, such as 5.1 or 5xx, or words for the cause, "
                 "such as mailbox full, password or spam.")
            : tr("Try a code such as 550 or 5.7.1, fewer words, or other words for the cause, "
                 "such as mailbox full, password or spam."));
    m_emptyHint->setVisible(!query.isEmpty());
    m_hidden->setText(tr("Matches hidden by the filters: %n", nullptr, hidden));
    m_hidden->setVisible(hidden > 0);
    m_clearFilters->setVisible(m_proxy->hasFacets());
}

void BrowseView::copyRow()
{
    const int index = currentEntry();
    if (index < 0)
        return;
    const CodeEntry &e = m_table->at(index);
    QApplication::clipboard()->setText(e.codeLabel() + u' ' + e.text.value(m_model->language()));
}

void BrowseView::copyText(const QString &language)
{
    const int index = currentEntry();
    if (index >= 0)
        QApplication::clipboard()->setText(m_table->at(index).text.value(language));
}

void BrowseView::showContextMenu(const QPoint &pos)
{
    if (currentEntry() < 0)
        return;
    QMenu menu(this);
    menu.addAction(m_copyRow);
    menu.addSeparator();
    menu.addAction(m_copyEnglish);
    menu.addAction(m_copySimplified);
    menu.addAction(m_copyTraditional);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool BrowseView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        // Down arrow moves from the search field into the results.
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BrowseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BrowseView::retranslateUi()
{
    m_search->setPlaceholderText(
        tr("Search: 550, 5.7.1, 5.7, \"550 5.7.1\", 4xx, or words such as quota"));
    m_search->setToolTip(tr("Reply code, enhanced code or prefix, class (4xx, 5xx), a pasted reply "
                            "or log line, and any words in English or Chinese, including everyday "
                            "ones such as mailbox full or user unknown (Ctrl+F)"));
    //: The same words as the facet bar's button
    m_clearFilters->setText(tr("Reset Filters"));
    m_search->setAccessibleName(tr("Search codes"));
    m_search->setAccessibleDescription(m_search->toolTip());
    m_view->setAccessibleName(tr("Codes"));
    m_view->setAccessibleDescription(
        tr("The codes the search and filters show; the selected code's details follow"));
    m_dataError->setText(tr("Search works without synonyms: %1").arg(m_proxy->searchDataError()));
    updateSuggestion();
    m_copyRow->setText(tr("&Copy Code and Text"));
    m_copyEnglish->setText(tr("Copy &English Text"));
    m_copySimplified->setText(tr("Copy &Simplified Chinese Text"));
    m_copyTraditional->setText(tr("Copy &Traditional Chinese Text"));
    m_model->retranslate();
    updateEmptyState();
}

} // namespace BounceLens
