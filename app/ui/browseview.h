#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QAction;

namespace BounceLens {

class CodeTable;
class CodeTableModel;
class CodeFilterProxy;
class CodeDetailsView;
class FacetBar;

// The Browse view: search field, facets, the code table and the details pane.
class BrowseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseView)

public:
    explicit BrowseView(const CodeTable *table, QWidget *parent = nullptr);

    void focusSearch();
    void setLanguage(const QString &language);
    // Selects the entry (clearing search and facets when they hide it).
    void showEntry(const QString &id);
    int visibleCount() const;
    int totalCount() const;
    QTableView *tableView() const { return m_view; }
    CodeDetailsView *detailsView() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *suggestionButton() const { return m_didYouMean; }

signals:
    void countChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void onQueryChanged(const QString &text);
    void selectTopHit();
    void updateEmptyState();
    void onCurrentChanged();
    void onFilterChanged();
    void copyRow();
    void copyText(const QString &language);
    void showContextMenu(const QPoint &pos);
    int currentEntry() const;

    const CodeTable *m_table;
    CodeTableModel *m_model;
    CodeFilterProxy *m_proxy;
    QLineEdit *m_search;
    FacetBar *m_facets;
    QTableView *m_view;
    QStackedWidget *m_results;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    QLabel *m_hidden;
    QPushButton *m_clearFilters;
    QLabel *m_dataError;
    CodeDetailsView *m_details;
    QAction *m_copyRow;
    QAction *m_copyEnglish;
    QAction *m_copySimplified;
    QAction *m_copyTraditional;
    // "Did you mean: mailbox full?" under the search field when a word was a typo.
    QPushButton *m_didYouMean = nullptr;
    void updateSuggestion();
};

} // namespace BounceLens
