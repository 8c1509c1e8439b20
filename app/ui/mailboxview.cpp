#include "mailboxview.h"

#include "charsetdecoder.h"
#include "codemeaning.h"
#include "codetable.h"
#include "flowlayout.h"
#include "mailboxexport.h"
#include "mailboxfilterproxy.h"
#include "mailboxjob.h"
#include "mailboxmodel.h"
#include "mailboxsummary.h"
#include "recipientcard.h"
#include "senderreportview.h"
#include "summarychart.h"
#include "suppressionlist.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QtConcurrent>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// A selected message is shown up to this size (the notice and the reply lines come first;
// what follows is the returned original, often with attachments).
constexpr qint64 kShowBytes = 512 * 1024;
constexpr int kSummaryRefreshMs = 1000;
constexpr int kFacetItems = 40;
constexpr int kLongBars = 8;

QColor outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Permanent:
        return QColor(0xc5, 0x22, 0x1f);
    case Outcome::Temporary:
        return QColor(0xb0, 0x60, 0x00);
    case Outcome::Delivered:
        return QColor(0x18, 0x80, 0x38);
    case Outcome::Unknown:
        break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

// The outcome column in the cards' colours.
class OutcomeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor color = outcomeColor(Outcome(index.data(MailboxModel::OutcomeRole).toInt()));
        option->palette.setColor(QPalette::Text, color);
        option->font.setBold(true);
    }
};

// The text of a message read back from its file, and where its reply lines are in it.
using ShownText = QPair<QString, QList<QPair<int, int>>>;

ShownText readShown(const QString &path, qint64 offset, qint64 length,
                    QList<QPair<qsizetype, qsizetype>> spans)
{
    QString error;
    const QByteArray bytes = MailboxJob::readMessage(path, offset, length, kShowBytes, &error);
    if (bytes.isEmpty() && !error.isEmpty())
        return {MailboxView::tr("The message could not be read again from %1: %2")
                    .arg(QDir::toNativeSeparators(path), error),
                {}};
    ShownText shown;
    shown.first = CharsetDecoder::decode(bytes).text;
    if (length > kShowBytes)
        shown.first += u"\n\n"_s
                       + MailboxView::tr("[The first %1 KB of %2 KB are shown.]")
                             .arg(kShowBytes / 1024)
                             .arg(length / 1024);
    // Spans are byte ranges of the file; they map onto the text when it is UTF-8 as it is.
    if (!CharsetDecoder::isValidUtf8(bytes))
        return shown;
    for (const auto &[start, size] : spans) {
        const qsizetype from = start - offset;
        if (from < 0 || size <= 0 || from + size > bytes.size())
            continue;
        const QByteArray before = QByteArray::fromRawData(bytes.constData(), from);
        const QByteArray span = QByteArray::fromRawData(bytes.constData() + from, size);
        // The text holds each CRLF as one line break.
        const qsizetype a = QString::fromUtf8(before).size() - before.count("\r\n");
        const qsizetype b = a + QString::fromUtf8(span).size() - span.count("\r\n");
        shown.second.append({int(a), int(b)});
    }
    return shown;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

MailboxView::MailboxView(const CodeTable *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(new MailboxModel(table, this))
    , m_proxy(new MailboxFilterProxy(this))
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_singleButton(new QPushButton(this))
    , m_group(new QCheckBox(this))
    , m_csvButton(new QPushButton(this))
    , m_jsonButton(new QPushButton(this))
    , m_suppressionButton(new QPushButton(this))
    , m_outcomeChart(new SummaryChart(this))
    , m_reasonChart(new SummaryChart(this))
    , m_entryChart(new SummaryChart(this))
    , m_domainChart(new SummaryChart(this))
    , m_filter(new QLineEdit(this))
    , m_outcomeLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_domainLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_outcomeFacet(new QComboBox(this))
    , m_reasonFacet(new QComboBox(this))
    , m_domainFacet(new QComboBox(this))
    , m_codeFacet(new QComboBox(this))
    , m_clearButton(new QPushButton(this))
    , m_rowsLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_cardArea(new QScrollArea(this))
    , m_text(new QPlainTextEdit(this))
    , m_summaryTimer(new QTimer(this))
    , m_senderReport(new SenderReportView(table, this))
{
    setObjectName(u"mailboxView"_s);
    m_proxy->setSourceModel(m_model);

    m_title->setObjectName(u"mailboxTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_progress->setObjectName(u"mailboxProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_cancelButton->setObjectName(u"mailboxCancel"_s);
    m_singleButton->setObjectName(u"mailboxSingle"_s);
    m_group->setObjectName(u"groupByRecipient"_s);
    m_csvButton->setObjectName(u"exportCsv"_s);
    m_jsonButton->setObjectName(u"exportJsonLines"_s);
    m_suppressionButton->setObjectName(u"exportSuppression"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addSpacing(12);
    top->addWidget(m_group);
    top->addWidget(m_csvButton);
    top->addWidget(m_jsonButton);
    top->addWidget(m_suppressionButton);
    top->addWidget(m_singleButton);

    auto *charts = new QWidget(this);
    charts->setObjectName(u"mailboxSummary"_s);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_outcomeChart->setObjectName(u"outcomeChart"_s);
    m_reasonChart->setObjectName(u"reasonChart"_s);
    m_entryChart->setObjectName(u"entryChart"_s);
    m_domainChart->setObjectName(u"domainChart"_s);
    chartsLayout->addWidget(m_outcomeChart, 2);
    chartsLayout->addWidget(m_reasonChart, 3);
    chartsLayout->addWidget(m_entryChart, 3);
    chartsLayout->addWidget(m_domainChart, 3);

    m_filter->setObjectName(u"mailboxFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(340);
    m_outcomeFacet->setObjectName(u"outcomeFacet"_s);
    m_reasonFacet->setObjectName(u"reasonFacet"_s);
    m_domainFacet->setObjectName(u"domainFacet"_s);
    m_codeFacet->setObjectName(u"codeFacet"_s);
    for (QComboBox *facet : {m_reasonFacet, m_domainFacet, m_codeFacet}) {
        facet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        facet->setMaximumWidth(220);
    }
    m_clearButton->setObjectName(u"clearFilters"_s);
    m_rowsLabel->setObjectName(u"mailboxRows"_s);
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter);
    filters->addWidget(m_outcomeLabel);
    filters->addWidget(m_outcomeFacet);
    filters->addWidget(m_reasonLabel);
    filters->addWidget(m_reasonFacet);
    filters->addWidget(m_domainLabel);
    filters->addWidget(m_domainFacet);
    filters->addWidget(m_codeLabel);
    filters->addWidget(m_codeFacet);
    filters->addWidget(m_clearButton);
    filters->addWidget(m_rowsLabel);

    m_view->setObjectName(u"mailboxTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // mailbox order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(MailboxModel::OutcomeColumn, new OutcomeDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    const QList<int> widths{90, 110, 230, 130, 50, 70, 200, 260, 60, 120, 160, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));
    m_view->setColumnHidden(MailboxModel::CountColumn, true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_cardArea->setObjectName(u"mailboxCard"_s);
    m_cardArea->setWidgetResizable(true);
    m_cardArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardArea->setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(u"mailboxMessage"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *details = new QSplitter(Qt::Vertical, this);
    details->setObjectName(u"mailboxDetails"_s);
    details->addWidget(m_cardArea);
    details->addWidget(m_text);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setChildrenCollapsible(false);
    auto *tableAndDetails = new QSplitter(Qt::Horizontal, this);
    tableAndDetails->addWidget(m_view);
    tableAndDetails->addWidget(details);
    tableAndDetails->setStretchFactor(0, 3);
    tableAndDetails->setStretchFactor(1, 2);
    tableAndDetails->setChildrenCollapsible(false);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(filterBar);
    lowerLayout->addWidget(tableAndDetails, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(u"mailboxSplitter"_s);
    vertical->addWidget(charts);
    vertical->addWidget(lower);
    vertical->addWidget(m_senderReport); // "What to fix" (issue 20)
    m_senderReport->setVisible(false);   // until a recipient needs it
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 1); // the table keeps most of the height
    vertical->setChildrenCollapsible(false);

    // In a scroll area: a small window scrolls the page instead of squashing it (and the page
    // never makes the window wider or taller than the screen allows).
    auto *content = new QWidget(this);
    content->setObjectName(u"mailboxContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->addLayout(top);
    contentLayout->addWidget(vertical, 1);
    content->setMinimumSize(760, 560);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Esc stops a running decode (only then: elsewhere it clears the filter field).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (isBusy())
            cancel();
        else if (m_filter->hasFocus())
            m_filter->clear();
    });
    escape->setContext(Qt::WidgetWithChildrenShortcut);

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(kSummaryRefreshMs);
    connect(m_summaryTimer, &QTimer::timeout, this, &MailboxView::refreshSummary);
    connect(m_cancelButton, &QPushButton::clicked, this, &MailboxView::cancel);
    connect(m_singleButton, &QPushButton::clicked, this, &MailboxView::singleRequested);
    connect(m_group, &QCheckBox::toggled, this, [this](bool group) {
        m_model->setGroupByRecipient(group);
        m_view->setColumnHidden(MailboxModel::CountColumn, !group);
        updateStatus();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MailboxFilterProxy::setText);
    for (QComboBox *facet : {m_outcomeFacet, m_reasonFacet, m_domainFacet, m_codeFacet})
        connect(facet, &QComboBox::currentIndexChanged, this, &MailboxView::applyFacets);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        for (QComboBox *facet : {m_outcomeFacet, m_reasonFacet, m_domainFacet, m_codeFacet})
            facet->setCurrentIndex(0);
        m_proxy->clearFilters();
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MailboxView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MailboxView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MailboxView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MailboxView::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { saveExport(Export::Csv); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { saveExport(Export::JsonLines); });
    connect(m_suppressionButton, &QPushButton::clicked, this,
            [this] { saveExport(Export::SuppressionList); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        const QModelIndex index = m_view->indexAt(at);
        const QString address = index.data(MailboxModel::AddressRole).toString();
        if (!address.isEmpty()) {
            menu.addAction(tr("Copy Address"), this,
                           [address] { QApplication::clipboard()->setText(address); });
            menu.addSeparator();
        }
        menu.addAction(m_csvButton->text(), this, [this] { saveExport(Export::Csv); });
        menu.addAction(m_jsonButton->text(), this, [this] { saveExport(Export::JsonLines); });
        menu.addAction(m_suppressionButton->text(), this,
                       [this] { saveExport(Export::SuppressionList); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    // A click on a bar filters the table by what the bar counts.
    connect(m_outcomeChart, &SummaryChart::barClicked, this, [this](const QString &key) {
        m_outcomeFacet->setCurrentIndex(std::max(0, m_outcomeFacet->findData(key.toInt())));
    });
    auto selectIn = [this](QComboBox *facet, const QString &key) {
        int i = facet->findData(key);
        if (i < 0) { // beyond the listed ones: list it
            facet->addItem(key, key);
            i = facet->count() - 1;
        }
        facet->setCurrentIndex(i);
    };
    connect(m_reasonChart, &SummaryChart::barClicked, this,
            [this, selectIn](const QString &key) { selectIn(m_reasonFacet, key); });
    connect(m_domainChart, &SummaryChart::barClicked, this,
            [this, selectIn](const QString &key) { selectIn(m_domainFacet, key); });
    connect(m_entryChart, &SummaryChart::barClicked, this, [this](const QString &id) {
        m_proxy->setEntry(id);
        updateStatus();
    });
    connect(&m_reader, &QFutureWatcher<ShownText>::finished, this, &MailboxView::onMessageRead);

    retranslateUi();
    updateStatus();
}

MailboxView::~MailboxView()
{
    delete m_job; // cancels and waits for its worker
    m_reader.waitForFinished();
}

void MailboxView::open(const QStringList &paths)
{
    delete m_job;
    m_job = nullptr;
    m_paths = paths;
    m_cancelled = false;
    m_done = m_total = m_bytesDone = m_bytesTotal = 0;
    m_shownRow = -1;
    m_model->clear();
    m_filter->clear();
    m_proxy->clearFilters();
    m_text->clear();
    if (QWidget *old = m_cardArea->takeWidget())
        old->deleteLater();

    m_job = new MailboxJob(*m_table, this);
    connect(m_job, &MailboxJob::filesListed, m_model, &MailboxModel::setFiles);
    connect(m_job, &MailboxJob::messagesReady, this, [this](const QList<MailboxMessage> &batch) {
        m_model->append(batch);
        if (!m_summaryTimer->isActive())
            m_summaryTimer->start();
        // The first row shows its card at once.
        if (m_shownRow < 0 && m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_job, &MailboxJob::progress, this,
            [this](qint64 done, qint64 total, qint64 bytesDone, qint64 bytesTotal) {
                m_done = done;
                m_total = total;
                m_bytesDone = bytesDone;
                m_bytesTotal = bytesTotal;
                updateStatus();
            });
    connect(m_job, &MailboxJob::finished, this, [this](bool cancelled) {
        m_cancelled = cancelled;
        m_summaryTimer->stop();
        refreshSummary();
        updateStatus();
        emit finished(cancelled);
    });
    m_job->start(paths);
    updateStatus();
    m_view->setFocus(Qt::OtherFocusReason);
}

void MailboxView::cancel()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_cancelButton->setEnabled(false);
    }
}

bool MailboxView::isBusy() const
{
    return m_job && m_job->isRunning();
}

void MailboxView::setLanguage(const QString &language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_senderReport->setLanguage(language);
    refreshSummary();
    updateStatus();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        const int shown = m_shownRow;
        m_shownRow = -1;
        showRow(current);
        Q_UNUSED(shown);
    }
}

void MailboxView::updateStatus()
{
    const QLocale locale;
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy && !m_job->isCancelled());
    if (busy) {
        m_progress->setRange(0, int(std::min<qint64>(m_total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(m_done, INT_MAX)));
        m_title->setText(tr("Decoding: %1 of %2 messages (%3 of %4 MB)")
                             .arg(locale.toString(m_done), locale.toString(m_total),
                                  megabytes(m_bytesDone), megabytes(m_bytesTotal)));
    } else if (!m_job) {
        m_title->setText(tr("Open a mailbox (mbox, Maildir or a folder of bounces) to list "
                            "its recipients."));
    } else {
        const MailboxSummary s = MailboxSummary::of(*m_model, 1);
        QString text = tr("Messages: %1, recipients: %2")
                           .arg(locale.toString(s.messages), locale.toString(s.recipients));
        QStringList parts;
        for (Outcome o :
             {Outcome::Permanent, Outcome::Temporary, Outcome::Delivered, Outcome::Unknown}) {
            if (s.outcomes[size_t(o)] > 0) {
                parts << tr("%1: %2").arg(MailboxFacts::outcomeName(o),
                                          locale.toString(s.outcomes[size_t(o)]));
            }
        }
        if (!parts.isEmpty())
            text = tr("%1 (%2)").arg(text, parts.join(tr(", ")));
        if (s.withoutRecipient > 0) {
            //: Two parts of the mailbox's totals
            text = tr("%1; %2").arg(
                text, tr("without a recipient: %1").arg(locale.toString(s.withoutRecipient)));
        }
        if (m_cancelled) {
            //: "Cancelled after 500 of 9,262 messages - Messages: 500, ..."
            text = tr("%1 - %2").arg(tr("Cancelled after %1 of %2 messages")
                                         .arg(locale.toString(m_done), locale.toString(m_total)),
                                     text);
        }
        m_title->setText(text);
    }
    const bool any = m_model->rowCount() > 0;
    for (QPushButton *b : {m_csvButton, m_jsonButton, m_suppressionButton})
        b->setEnabled(any);
    m_clearButton->setEnabled(m_proxy->isFiltering());
    m_rowsLabel->setText(
        tr("%1 of %2 rows")
            .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

void MailboxView::refreshSummary()
{
    m_senderReport->setMessages(m_model->messages());
    m_senderReport->setVisible(!m_senderReport->report().isEmpty());
    const MailboxSummary s = MailboxSummary::of(*m_model, 10);
    const MailboxSummary facets = MailboxSummary::of(*m_model, kFacetItems);
    QList<SummaryChart::Bar> outcomes;
    for (Outcome o :
         {Outcome::Permanent, Outcome::Temporary, Outcome::Delivered, Outcome::Unknown}) {
        if (s.outcomes[size_t(o)] > 0)
            outcomes.append({MailboxFacts::outcomeName(o), QString::number(int(o)),
                             s.outcomes[size_t(o)], outcomeColor(o)});
    }
    m_outcomeChart->setBars(outcomes);
    QList<SummaryChart::Bar> reasons;
    // Reasons and replies have long names: eight bars keep every label legible (in Chinese too).
    for (const MailboxSummary::Count &c : s.reasons.mid(0, kLongBars))
        reasons.append({MailboxFacts::reasonText(c.key), c.key, c.count, {}});
    m_reasonChart->setBars(reasons);
    QList<SummaryChart::Bar> entries;
    for (const MailboxSummary::Count &c : s.entries.mid(0, kLongBars)) {
        const int index = m_table->indexOf(c.key);
        const QString label = index < 0 ? c.key
                                        : m_table->at(index).codeLabel() + u' '
                                              + m_table->at(index).text.value(m_language);
        entries.append({label, c.key, c.count, QColor(0x7b, 0x1f, 0xa2)});
    }
    m_entryChart->setBars(entries);
    QList<SummaryChart::Bar> domains;
    for (const MailboxSummary::Count &c : s.domains)
        domains.append({c.key, c.key, c.count, QColor(0x00, 0x79, 0x6b)});
    m_domainChart->setBars(domains);
    refreshFacets(facets);
}

void MailboxView::refreshFacets(const MailboxSummary &s)
{
    // The facets list what the mailbox holds, most frequent first; the choice stays.
    auto fill = [](QComboBox *facet, const QList<QPair<QString, QString>> &items) {
        const QSignalBlocker block(facet);
        const QVariant current = facet->currentData();
        facet->clear();
        facet->addItem(tr("Any"), QVariant());
        for (const auto &[label, key] : items)
            facet->addItem(label, key);
        const int i = current.isValid() ? facet->findData(current) : 0;
        if (i < 0 && current.isValid())
            facet->addItem(current.toString(), current);
        facet->setCurrentIndex(i < 0 ? facet->count() - 1 : i);
    };
    const QLocale locale;
    QList<QPair<QString, QString>> reasons, domains, codes;
    for (const auto &c : s.reasons)
        reasons.append(
            {tr("%1 (%2)").arg(MailboxFacts::reasonText(c.key), locale.toString(c.count)), c.key});
    for (const auto &c : s.domains)
        domains.append({tr("%1 (%2)").arg(c.key, locale.toString(c.count)), c.key});
    for (const auto &c : s.codes)
        codes.append({tr("%1 (%2)").arg(c.key, locale.toString(c.count)), c.key});
    fill(m_reasonFacet, reasons);
    fill(m_domainFacet, domains);
    fill(m_codeFacet, codes);

    const QSignalBlocker block(m_outcomeFacet);
    const QVariant current = m_outcomeFacet->currentData();
    m_outcomeFacet->clear();
    m_outcomeFacet->addItem(tr("Any"), QVariant());
    for (Outcome o : {Outcome::Permanent, Outcome::Temporary, Outcome::Delivered, Outcome::Unknown})
        m_outcomeFacet->addItem(MailboxFacts::outcomeName(o), int(o));
    m_outcomeFacet->setCurrentIndex(
        current.isValid() ? std::max(0, m_outcomeFacet->findData(current)) : 0);
}

void MailboxView::applyFacets()
{
    const QVariant outcome = m_outcomeFacet->currentData();
    m_proxy->setOutcome(outcome.isValid() ? std::optional<Outcome>(Outcome(outcome.toInt()))
                                          : std::nullopt);
    m_proxy->setReason(m_reasonFacet->currentData().toString());
    m_proxy->setDomain(m_domainFacet->currentData().toString());
    m_proxy->setCode(m_codeFacet->currentData().toString());
    updateStatus();
}

void MailboxView::showRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int row = proxyIndex.data(MailboxModel::RowRole).toInt();
    if (row == m_shownRow)
        return;
    m_shownRow = row;
    const MailboxMessage &m = m_model->messageOf(row);
    const RecipientResult *r = m_model->recipientOf(row);

    QWidget *card;
    if (r) {
        auto *recipientCard = new RecipientCard(m_table, *r, m_language, nullptr, m.result.sender);
        connect(recipientCard, &RecipientCard::entryRequested, this, &MailboxView::entryRequested);
        card = recipientCard;
    } else {
        auto *label = new QLabel;
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setText(m.result.error.isEmpty()
                           ? tr("No failed recipient was found in this message.") + u"\n\n"_s
                                 + m.result.recognised.join(u'\n')
                           : m.result.error);
        card = label;
    }
    card->setObjectName(card->objectName().isEmpty() ? u"mailboxCardContent"_s
                                                     : card->objectName());
    // The card in a host with a top-aligned layout, as the Decode view holds its cards: the
    // card's height comes from its wrapped text.
    auto *host = new QWidget;
    host->setObjectName(u"mailboxCardHost"_s);
    auto *hostLayout = new QVBoxLayout(host);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->setAlignment(Qt::AlignTop);
    hostLayout->addWidget(card);
    if (QWidget *old = m_cardArea->takeWidget())
        old->deleteLater();
    m_cardArea->setWidget(host);
    host->show(); // a widget set into a visible scroll area is not shown by it

    // The message is read again from its file, off the GUI thread.
    m_text->setPlainText(tr("Reading the message..."));
    QList<QPair<qsizetype, qsizetype>> spans;
    if (r)
        spans = r->spans;
    m_reader.setFuture(
        QtConcurrent::run(readShown, m_model->fileOf(row), m.offset, m.length, spans));
}

void MailboxView::onMessageRead()
{
    if (m_reader.future().resultCount() == 0)
        return;
    const ShownText shown = m_reader.result();
    m_text->setPlainText(shown.first);
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(0xfd, 0xe2, 0x93));
    const int length = m_text->document()->characterCount();
    for (const auto &[from, to] : shown.second) {
        if (from < 0 || to > length || from >= to)
            continue;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    m_text->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        QTextCursor at = selections.first().cursor;
        at.clearSelection();
        m_text->setTextCursor(at);
        m_text->centerCursor();
    }
}

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace

bool MailboxView::exportCsv(const QString &path, QString *error) const
{
    const QString csv = MailboxExport::csv(*m_table, m_language, m_proxy->visibleRecords(),
                                           m_model->groupByRecipient());
    return writeFile(path, QByteArray(MailboxExport::ByteOrderMark) + csv.toUtf8(), error);
}

bool MailboxView::exportJsonLines(const QString &path, QString *error) const
{
    return writeFile(path, MailboxExport::jsonLines(*m_table, m_proxy->visibleRecords()).toUtf8(),
                     error);
}

bool MailboxView::exportSuppressionList(const QString &path, QString *error) const
{
    // The same bytes as `bouncelens decode --suppression-list [--format csv]`.
    SuppressionList list;
    list.add(*m_table, m_proxy->visibleRecords());
    const QByteArray bytes = path.endsWith(u".csv"_s, Qt::CaseInsensitive)
                                 ? QByteArray(MailboxExport::ByteOrderMark) + list.csv().toUtf8()
                                 : list.text().toUtf8();
    return writeFile(path, bytes, error);
}

void MailboxView::saveExport(Export kind)
{
    const QString base
        = m_paths.size() == 1 ? QFileInfo(m_paths.first()).completeBaseName() : u"bounces"_s;
    QString title, name, filter;
    switch (kind) {
    case Export::Csv:
        title = tr("Export CSV");
        name = base + u".csv"_s;
        filter = tr("CSV, UTF-8 (*.csv)");
        break;
    case Export::JsonLines:
        title = tr("Export JSON Lines");
        name = base + u".jsonl"_s;
        filter = tr("JSON Lines, as bouncelens decode --json (*.jsonl *.json)");
        break;
    case Export::SuppressionList:
        title = tr("Export Suppression List");
        name = base + u"-suppression.txt"_s;
        filter = tr("Text, one address a line (*.txt);;CSV: address, reason, entry, date, file "
                    "(*.csv)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, title, name, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = kind == Export::Csv         ? exportCsv(path, &error)
                    : kind == Export::JsonLines ? exportJsonLines(path, &error)
                                                : exportSuppressionList(path, &error);
    if (!ok) {
        QMessageBox::warning(
            this, title,
            tr("The file could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

bool MailboxView::hasRows() const
{
    return m_proxy->rowCount() > 0;
}

void MailboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MailboxView::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop decoding (Esc); the rows so far stay"));
    m_singleButton->setText(tr("Decode One Bounce"));
    m_singleButton->setToolTip(tr("Back to the paste box"));
    m_group->setText(tr("Group by recipient"));
    m_group->setToolTip(tr("One row per address, with its number of bounces and its latest "
                           "outcome"));
    m_csvButton->setText(tr("Export CSV..."));
    m_csvButton->setToolTip(tr("The visible rows as CSV (UTF-8, opens in Excel)"));
    m_jsonButton->setText(tr("Export JSON Lines..."));
    m_jsonButton->setToolTip(tr("The visible rows' messages as bouncelens decode --json "
                                "prints them"));
    m_suppressionButton->setText(tr("Export Suppression List..."));
    m_suppressionButton->setToolTip(tr("The distinct addresses that failed permanently among "
                                       "the visible rows, one a line"));
    m_filter->setPlaceholderText(tr("Filter: address, domain, code, reason or words of the "
                                    "reply"));
    m_outcomeLabel->setText(tr("Outcome:"));
    m_reasonLabel->setText(tr("Reason:"));
    m_domainLabel->setText(tr("Domain:"));
    m_codeLabel->setText(tr("Code:"));
    m_clearButton->setText(tr("Clear Filters"));
    m_outcomeChart->setTitle(tr("Outcome"));
    m_reasonChart->setTitle(tr("Reason"));
    m_entryChart->setTitle(tr("Gmail reply"));
    m_domainChart->setTitle(tr("Recipient domain (top 10)"));
    m_text->setPlaceholderText(tr("Select a row to see its message, with the reply lines "
                                  "highlighted."));
    refreshFacets(MailboxSummary::of(*m_model, kFacetItems));
    updateStatus();
}

} // namespace BounceLens
