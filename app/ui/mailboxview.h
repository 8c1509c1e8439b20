#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QToolButton;
class QLayout;
class QTimer;

namespace BounceLens {

class BounceDecoder;
class CodeTable;
class SenderReportView;
class MailboxFilterProxy;
class MailboxJob;
class MailboxModel;
struct MailboxSummary;
class SummaryChart;

// A message read back from its file: its source text and its readable text, each with the
// reply lines of the shown recipient ([start, length) ranges of the text).
struct MailboxShownMessage
{
    QString source;
    QList<QPair<qsizetype, qsizetype>> sourceRanges;
    QString readable;
    QList<QPair<qsizetype, qsizetype>> readableRanges;
};

// The Decode view's mailbox page: a whole mailbox (mbox, Maildir, folders, several files)
// decoded into a recipients table that fills while the decode runs (MailboxJob, off the GUI
// thread), a summary as bar charts (a click filters the table), filter field and facets, the
// selected recipient's card and its message read again from the file, and the exports.
// Wiring only: the model, filter, summary, job and exports live in core.
class MailboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxView)

public:
    explicit MailboxView(const CodeTable *table, QWidget *parent = nullptr);
    ~MailboxView() override;

    void open(const QStringList &paths);
    void cancel();
    bool isBusy() const;
    void setLanguage(const QString &language);

    MailboxModel *model() const { return m_model; }
    MailboxFilterProxy *proxy() const { return m_proxy; }
    QStringList paths() const { return m_paths; }

    // The exports of the visible rows, to a file; false with a message on error.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportJsonLines(const QString &path, QString *error = nullptr) const;
    bool exportSuppressionList(const QString &path, QString *error = nullptr) const;
    // The suppression list's `--suppression-retry-days N`: N when "also retry addresses" is on
    // (off by default; both remembered), else -1.
    int suppressionRetryDays() const { return m_retryDays; }
    // Sets it (days < 0: off) and remembers it; the export button's menu asks for N.
    void setSuppressionRetryDays(int days);
    enum class Export { Csv, JsonLines, SuppressionList };
    // Asks where to save an export of the visible rows and saves it (File > Export, buttons).
    void saveExport(Export kind);
    // True when rows are listed (so there is something to export).
    bool hasRows() const;
    // The message pane shows the Readable text (else the Source); remembered with the Decode
    // view's choice.
    bool isReadable() const;
    void setReadable(bool readable);

signals:
    void finished(bool cancelled);
    void entryRequested(const QString &id);
    // "Decode One Bounce": back to the paste box.
    void singleRequested();
    // "Open in Decode View": the selected row's message (bytes [offset, offset + length)).
    void messageRequested(const QString &path, qint64 offset, qint64 length);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildTopBar();
    QWidget *buildSummary();
    QWidget *buildFilterBar();
    QWidget *buildLower();
    QWidget *buildMessagePane();
    QWidget *buildStaleBar(QWidget *parent);
    void setUpTable();
    void showSummary();
    void showSenderReport(bool shown);
    void fitSenderReport(bool shownNow);
    QWidget *buildRetryOption();
    void retranslateRetry();
    void fillSummaryTable();
    void applySummaryKey(int chart, const QString &key);
    void clearShownRow();
    void retranslateUi();
    void retranslateAccessibility();
    void refreshSummary();
    void refreshFacets(const MailboxSummary &summary);
    void updateStatus();
    void applyFacets();
    void showRow(const QModelIndex &proxyIndex);
    void onMessageRead();

    const CodeTable *m_table;
    QString m_language = QStringLiteral("en");
    QStringList m_paths;
    MailboxModel *m_model;
    MailboxFilterProxy *m_proxy;
    MailboxJob *m_job = nullptr;
    bool m_cancelled = false;
    qint64 m_done = 0, m_total = 0, m_bytesDone = 0, m_bytesTotal = 0;

    QLabel *m_title;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_singleButton;
    QCheckBox *m_group;
    QPushButton *m_csvButton;
    QPushButton *m_jsonButton;
    QPushButton *m_suppressionButton;
    QToolButton *m_retryButton = nullptr;
    QAction *m_retryAction = nullptr;
    int m_retryDays = -1;
    SummaryChart *m_outcomeChart;
    SummaryChart *m_reasonChart;
    SummaryChart *m_entryChart;
    SummaryChart *m_domainChart;
    QLineEdit *m_filter;
    QLabel *m_outcomeLabel, *m_reasonLabel, *m_domainLabel, *m_codeLabel;
    QComboBox *m_outcomeFacet;
    QComboBox *m_reasonFacet;
    QComboBox *m_domainFacet;
    QComboBox *m_codeFacet;
    QPushButton *m_clearButton;
    QLabel *m_rowsLabel;
    QTableView *m_view;
    QScrollArea *m_cardArea;
    QPlainTextEdit *m_text;
    QTimer *m_summaryTimer;
    SenderReportView *m_senderReport;
    // Shown above the message text when its file changed since it was opened (issue 25).
    QWidget *m_staleBar = nullptr;
    QLabel *m_staleLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QToolButton *m_chartsToggle;
    QToolButton *m_tableToggle;
    QStackedWidget *m_summaryStack;
    QTableWidget *m_summaryTable;
    QToolButton *m_sourceButton;
    QToolButton *m_readableButton;
    QPushButton *m_openInDecode;
    QStackedWidget *m_textStack;
    QPlainTextEdit *m_readable;
    // Reads the shown message again; shared with the reads still running (a newer selection
    // does not wait for an older read, and the view may go before it ends).
    std::shared_ptr<const BounceDecoder> m_decoder;

    int m_shownRow = -1; // rows() index whose message is shown
    QFutureWatcher<MailboxShownMessage> m_reader;
};

} // namespace BounceLens
