#include "ui/mailboxview.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "common/safefile.h"
#include "decoder/bouncedecoder.h"
#include "decoder/charsetdecoder.h"
#include "input/decodejob.h"
#include "mailbox/mailboxexport.h"
#include "mailbox/mailboxfilterproxy.h"
#include "mailbox/mailboxjob.h"
#include "mailbox/mailboxmodel.h"
#include "mailbox/mailboxsummary.h"
#include "mailbox/suppressionlist.h"
#include "report/notetext.h"
#include "ui/flowlayout.h"
#include "ui/recipientcard.h"
#include "ui/senderreportview.h"
#include "ui/sourcehighlight.h"
#include "ui/summarychart.h"
#include "ui/theme.h"

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
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// A save dialog starts in the folder of the last file opened (MainWindow remembers it).
QString startIn(const QString &name)
{
    const QString dir = QSettings().value(u"recent/directory"_s).toString();
    return dir.isEmpty() ? name : QDir(dir).filePath(name);
}

// A selected message is shown up to this size (the notice and the reply lines come first;
// what follows is the returned original, often with attachments).
constexpr qint64 kShowBytes = 512 * 1024;
constexpr int kSummaryRefreshMs = 1000;
constexpr int kFacetItems = 40;
constexpr int kLongBars = 8;

// Cells cut short by their column show their whole text as a tooltip (as plain text).
class ElidedTipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip || index.data(Qt::ToolTipRole).isValid())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString text = index.data(Qt::DisplayRole).toString();
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int room = option.rect.width() - 8; // the cell's margins
        if (text.isEmpty() || QFontMetrics(opt.font).horizontalAdvance(text) <= room) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(text), view);
        return true;
    }
};

// The outcome column in the cards' colours.
class OutcomeDelegate final : public ElidedTipDelegate
{
public:
    using ElidedTipDelegate::ElidedTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        ElidedTipDelegate::initStyleOption(option, index);
        const QColor color = Theme::outcomeColor(
            Outcome(index.data(MailboxModel::OutcomeRole).toInt()), option->palette);
        option->palette.setColor(QPalette::Text, color);
        option->font.setBold(true);
    }
};

using ShownText = MailboxShownMessage;

// The recipient of a decode that the row shows: same address, else the first.
const RecipientResult *sameRecipient(const DecodeResult &decoded, const QString &address)
{
    for (const RecipientResult &r : decoded.recipients) {
        if (r.recipient.compare(address, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return decoded.recipients.isEmpty() ? nullptr : &decoded.recipients.first();
}

ShownText readShown(const std::shared_ptr<const BounceDecoder> &decoder, const QString &path,
                    qint64 offset, qint64 length, const QString &address)
{
    QString error;
    const QByteArray bytes = MailboxJob::readMessage(path, offset, length, kShowBytes, &error);
    if (bytes.isEmpty() && !error.isEmpty()) {
        const QString text = MailboxView::tr("The message could not be read again from %1: %2")
                                 .arg(QDir::toNativeSeparators(path), error);
        return {text, {}, text, {}};
    }
    ShownText shown;
    const CharsetDecoder::Result source = CharsetDecoder::decode(bytes);
    shown.source = source.text;
    // Decoded again (the message alone, fast): the readable text, and where the reply lines
    // are in both texts, in any charset and transfer encoding.
    const DecodeResult decoded = decoder->decode(bytes);
    shown.readable = decoded.readable;
    if (const RecipientResult *r = sameRecipient(decoded, address)) {
        // The box shows "\n" line ends (a CRLF is one line break in it).
        shown.sourceRanges = SourceHighlight::withReplyRanges(
            DecodeJob::boxRanges(bytes, source.charset, r->spans),
            QString(shown.source).replace(u"\r\n"_s, u"\n"_s), *r);
        shown.readableRanges = r->readableSpans;
    }
    if (length > kShowBytes) {
        const QString more = u"\n\n"_s
                             + MailboxView::tr("[The first %1 KB of %2 KB are shown.]")
                                   .arg(kShowBytes / 1024)
                                   .arg(length / 1024);
        shown.source += more;
        shown.readable += more;
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
    , m_chartsToggle(new QToolButton(this))
    , m_tableToggle(new QToolButton(this))
    , m_summaryStack(new QStackedWidget(this))
    , m_summaryTable(new QTableWidget(this))
    , m_sourceButton(new QToolButton(this))
    , m_readableButton(new QToolButton(this))
    , m_openInDecode(new QPushButton(this))
    , m_textStack(new QStackedWidget(this))
    , m_readable(new QPlainTextEdit(this))
    , m_decoder(std::make_shared<const BounceDecoder>(*table))
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
    m_view->setObjectName(u"mailboxTable"_s);
    m_view->setModel(m_proxy);
    setUpTable();

    // One scroll level: the page fits the window (the table, the card and the message scroll
    // on their own); the summary folds away for small windows.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(u"mailboxSplitter"_s);
    vertical->addWidget(buildSummary());
    vertical->addWidget(buildLower());
    vertical->addWidget(m_senderReport); // "What to fix" (issue 20)
    connect(m_senderReport, &SenderReportView::expandedChanged, this,
            [this] { fitSenderReport(false); });
    m_senderReport->setVisible(false); // until a recipient needs it
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 1); // the table keeps most of the height
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({130, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buildTopBar());
    layout->addWidget(vertical, 1);

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

    // A click on a bar (or Enter on a row of the summary table) filters by what it counts.
    const QList<SummaryChart *> charts{m_outcomeChart, m_reasonChart, m_entryChart, m_domainChart};
    for (int c = 0; c < charts.size(); ++c) {
        connect(charts.at(c), &SummaryChart::barClicked, this,
                [this, c](const QString &key) { applySummaryKey(c, key); });
    }
    // A row that the filter or the grouping takes away takes its card and message along.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MailboxView::clearShownRow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MailboxView::clearShownRow);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MailboxView::clearShownRow);
    connect(&m_reader, &QFutureWatcher<ShownText>::finished, this, &MailboxView::onMessageRead);

    // Tab: the filter and facets, the table, then the selected row's card and message.
    const QList<QWidget *> chain{m_filter,       m_outcomeFacet,   m_reasonFacet,  m_domainFacet,
                                 m_codeFacet,    m_clearButton,    m_view,         m_cardArea,
                                 m_sourceButton, m_readableButton, m_openInDecode, m_text,
                                 m_readable};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    retranslateUi();
    updateStatus();
}

QLayout *MailboxView::buildTopBar()
{
    // Row 1: what the mailbox holds (or how far the decode is), the summary toggles.
    auto *first = new QHBoxLayout;
    first->addWidget(m_title, 1);
    first->addWidget(m_progress);
    first->addWidget(m_cancelButton);
    first->addWidget(m_chartsToggle);
    first->addWidget(m_tableToggle);
    // Row 2: what to do with the rows; wraps in a narrow window.
    auto *actions = new QWidget(this);
    auto *second = new FlowLayout(actions);
    second->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_group, m_csvButton, m_jsonButton, m_suppressionButton,
                                          buildRetryOption(), m_singleButton})
        second->addWidget(w);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(first);
    top->addWidget(actions);
    return top;
}

QWidget *MailboxView::buildRetryOption()
{
    // `--suppression-retry-days N` of the console, in a menu beside the export button (the
    // action row keeps its width): off by default, remembered.
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(u"suppressionRetry"_s);
    m_retryButton->setPopupMode(QToolButton::InstantPopup);
    m_retryButton->setArrowType(Qt::DownArrow);
    auto *menu = new QMenu(m_retryButton);
    m_retryAction = menu->addAction(QString());
    m_retryAction->setObjectName(u"suppressionRetryAction"_s);
    m_retryAction->setCheckable(true);
    m_retryButton->setMenu(menu);
    connect(m_retryAction, &QAction::triggered, this, [this](bool on) {
        if (!on) {
            setSuppressionRetryDays(-1);
            return;
        }
        bool ok = false;
        const int days = QInputDialog::getInt(
            this, tr("Export Suppression List"),
            tr("Also list the retry addresses whose failures kept coming for at least this many "
               "days:"),
            QSettings().value(u"mailbox/suppressionRetryLastDays"_s, 7).toInt(), 0, 3650, 1, &ok);
        setSuppressionRetryDays(ok ? days : -1);
    });
    const QVariant stored = QSettings().value(u"mailbox/suppressionRetryDays"_s, -1);
    bool number = false;
    const int days = stored.toInt(&number); // a corrupt value reads as off
    m_retryDays = number ? std::clamp(days, -1, 3650) : -1;
    m_retryAction->setChecked(m_retryDays >= 0);
    return m_retryButton;
}

void MailboxView::setSuppressionRetryDays(int days)
{
    m_retryDays = std::clamp(days, -1, 3650);
    QSettings settings;
    settings.setValue(u"mailbox/suppressionRetryDays"_s, m_retryDays);
    if (m_retryDays >= 0)
        settings.setValue(u"mailbox/suppressionRetryLastDays"_s, m_retryDays);
    m_retryAction->setChecked(m_retryDays >= 0);
    retranslateRetry();
}

void MailboxView::retranslateRetry()
{
    m_retryAction->setText(
        m_retryDays < 0
            ? tr("Also List Retry Addresses...")
            //: %n: days; the suppression list's retry option is on
            : tr("Also Listing Retry Addresses Failing for %n Day(s)", "", m_retryDays));
    m_retryButton->setToolTip(tr("The suppression list also takes the addresses whose temporary "
                                 "failures (retry) kept coming for at least a number of days, as "
                                 "bouncelens decode --suppression-retry-days does"));
    m_retryButton->setAccessibleName(tr("Suppression list options"));
}

QWidget *MailboxView::buildSummary()
{
    auto *charts = new QWidget(this);
    charts->setObjectName(u"mailboxCharts"_s);
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

    // The charts' numbers as a table: what a screen reader or a keyboard user reads.
    m_summaryTable->setObjectName(u"summaryTable"_s);
    m_summaryTable->setColumnCount(3);
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->horizontalHeader()->setStretchLastSection(false);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_summaryTable->setWordWrap(false);

    m_summaryStack->setObjectName(u"mailboxSummary"_s);
    m_summaryStack->addWidget(charts);
    m_summaryStack->addWidget(m_summaryTable);

    m_chartsToggle->setObjectName(u"summaryToggle"_s);
    m_chartsToggle->setCheckable(true);
    m_chartsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tableToggle->setObjectName(u"summaryAsTable"_s);
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QSettings settings;
    m_chartsToggle->setChecked(settings.value(u"mailbox/summaryShown"_s, true).toBool());
    m_tableToggle->setChecked(settings.value(u"mailbox/summaryAsTable"_s, false).toBool());
    showSummary();
    connect(m_chartsToggle, &QToolButton::toggled, this, [this](bool shown) {
        QSettings().setValue(u"mailbox/summaryShown"_s, shown);
        showSummary();
    });
    connect(m_tableToggle, &QToolButton::toggled, this, [this](bool table) {
        QSettings().setValue(u"mailbox/summaryAsTable"_s, table);
        if (table && !m_chartsToggle->isChecked())
            m_chartsToggle->setChecked(true);
        showSummary();
    });
    connect(m_summaryTable, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const QTableWidgetItem *item = m_summaryTable->item(index.row(), 0);
        if (item)
            applySummaryKey(item->data(Qt::UserRole).toInt(),
                            item->data(Qt::UserRole + 1).toString());
    });
    return m_summaryStack;
}

void MailboxView::applySummaryKey(int chart, const QString &key)
{
    auto selectIn = [](QComboBox *facet, const QVariant &data) {
        int i = facet->findData(data);
        if (i < 0) { // beyond the listed ones: list it
            facet->addItem(data.toString(), data);
            i = facet->count() - 1;
        }
        facet->setCurrentIndex(i);
    };
    switch (chart) {
    case 0:
        m_outcomeFacet->setCurrentIndex(std::max(0, m_outcomeFacet->findData(key.toInt())));
        break;
    case 1:
        selectIn(m_reasonFacet, key);
        break;
    case 2:
        m_proxy->setEntry(key);
        updateStatus();
        break;
    default:
        selectIn(m_domainFacet, key);
        break;
    }
}

void MailboxView::fillSummaryTable()
{
    // The charts' bars, chart by chart: the same numbers for who does not see the charts.
    const QList<SummaryChart *> charts{m_outcomeChart, m_reasonChart, m_entryChart, m_domainChart};
    int rows = 0;
    for (const SummaryChart *chart : charts)
        rows += int(chart->bars().size());
    m_summaryTable->setRowCount(rows);
    int row = 0;
    const QLocale locale;
    for (int c = 0; c < charts.size(); ++c) {
        for (const SummaryChart::Bar &bar : charts.at(c)->bars()) {
            auto *title = new QTableWidgetItem(charts.at(c)->title());
            title->setData(Qt::UserRole, c);
            title->setData(Qt::UserRole + 1, bar.key);
            m_summaryTable->setItem(row, 0, title);
            m_summaryTable->setItem(row, 1, new QTableWidgetItem(bar.label));
            auto *count = new QTableWidgetItem(locale.toString(bar.count));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summaryTable->setItem(row, 2, count);
            ++row;
        }
    }
}

void MailboxView::clearShownRow()
{
    if (m_shownRow < 0 || m_view->currentIndex().isValid())
        return;
    m_shownRow = -1;
    if (QWidget *old = m_cardArea->takeWidget())
        old->deleteLater();
    m_reader.cancel();
    m_text->clear();
    m_readable->clear();
    m_openInDecode->setEnabled(false);
}

void MailboxView::showSummary()
{
    const bool shown = m_chartsToggle->isChecked();
    m_summaryStack->setVisible(shown);
    m_summaryStack->setCurrentIndex(m_tableToggle->isChecked() ? 1 : 0);
    m_chartsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_tableToggle->setEnabled(shown);
}

void MailboxView::setUpTable()
{
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // mailbox order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegate(new ElidedTipDelegate(m_view));
    m_view->setItemDelegateForColumn(MailboxModel::OutcomeColumn, new OutcomeDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    const QList<int> widths{90, 230, 130, 50, 70, 200, 260, 60, 120, 160, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));
    m_view->setColumnHidden(MailboxModel::CountColumn, true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumSize(200, 90);
}

QWidget *MailboxView::buildFilterBar()
{
    m_filter->setObjectName(u"mailboxFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_outcomeFacet->setObjectName(u"outcomeFacet"_s);
    m_reasonFacet->setObjectName(u"reasonFacet"_s);
    m_domainFacet->setObjectName(u"domainFacet"_s);
    m_codeFacet->setObjectName(u"codeFacet"_s);
    // A fixed width: the row does not re-wrap (and the table jump) when the facets fill.
    for (QComboBox *facet : {m_reasonFacet, m_domainFacet, m_codeFacet}) {
        facet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        facet->setMinimumContentsLength(16);
    }
    m_clearButton->setObjectName(u"clearFilters"_s);
    m_rowsLabel->setObjectName(u"mailboxRows"_s);
    auto *filterBar = new QWidget(this);
    filterBar->setObjectName(u"mailboxFilters"_s);
    auto *filters = new FlowLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter);
    // Each label stays on the line of its combo box.
    const std::initializer_list<std::pair<QLabel *, QComboBox *>> pairs{
        {m_outcomeLabel, m_outcomeFacet},
        {m_reasonLabel, m_reasonFacet},
        {m_domainLabel, m_domainFacet},
        {m_codeLabel, m_codeFacet}};
    for (const auto &[label, facet] : pairs) {
        auto *pair = new QWidget(filterBar);
        pair->setObjectName(facet->objectName() + u"Pair"_s);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(label);
        row->addWidget(facet);
        label->setBuddy(facet);
        filters->addWidget(pair);
    }
    filters->addWidget(m_clearButton);
    filters->addWidget(m_rowsLabel);
    return filterBar;
}

QWidget *MailboxView::buildMessagePane()
{
    m_text->setObjectName(u"mailboxMessage"_s);
    m_readable->setObjectName(u"mailboxReadable"_s);
    for (QPlainTextEdit *box : {m_text, m_readable}) {
        box->setReadOnly(true);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        box->setMinimumHeight(3 * box->fontMetrics().lineSpacing() + 8);
        m_textStack->addWidget(box);
    }
    m_textStack->setObjectName(u"mailboxMessageStack"_s);
    for (QToolButton *button : {m_sourceButton, m_readableButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_sourceButton->setObjectName(u"mailboxSourceButton"_s);
    m_readableButton->setObjectName(u"mailboxReadableButton"_s);
    m_openInDecode->setObjectName(u"openInDecode"_s);
    m_openInDecode->setEnabled(false);
    // The same choice as the Decode view's, remembered under the same key.
    setReadable(QSettings().value(u"decode/view"_s).toString() == u"readable"_s);
    connect(m_sourceButton, &QToolButton::clicked, this, [this] { setReadable(false); });
    connect(m_readableButton, &QToolButton::clicked, this, [this] { setReadable(true); });
    connect(m_openInDecode, &QPushButton::clicked, this, [this] {
        if (m_shownRow < 0)
            return;
        const MailboxMessage &m = m_model->messageOf(m_shownRow);
        emit messageRequested(m_model->fileOf(m_shownRow), m.offset, m.length);
    });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_sourceButton);
    bar->addWidget(m_readableButton);
    bar->addStretch(1);
    bar->addWidget(m_openInDecode);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(buildStaleBar(pane));
    layout->addWidget(m_textStack, 1);
    layout->addStretch(); // keeps the bar on top while the text is hidden
    return pane;
}

// A bar above the message that says when its file changed since it was opened (issue 25).
QWidget *MailboxView::buildStaleBar(QWidget *parent)
{
    m_staleBar = new QWidget(parent);
    m_staleBar->setObjectName(u"mailboxStale"_s);
    auto *staleLayout = new QHBoxLayout(m_staleBar);
    staleLayout->setContentsMargins(0, 0, 0, 0);
    m_staleLabel = new QLabel(m_staleBar);
    m_staleLabel->setTextFormat(Qt::PlainText);
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setMinimumWidth(1);
    m_reloadButton = new QPushButton(m_staleBar);
    m_reloadButton->setObjectName(u"mailboxReload"_s);
    staleLayout->addWidget(m_staleLabel, 1);
    staleLayout->addWidget(m_reloadButton);
    m_staleBar->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, [this] { open(m_paths); });
    return m_staleBar;
}

void MailboxView::setReadable(bool readable)
{
    m_textStack->setCurrentWidget(readable ? m_readable : m_text);
    (readable ? m_readableButton : m_sourceButton)->setChecked(true);
    QSettings().setValue(u"decode/view"_s, readable ? u"readable"_s : u"source"_s);
}

bool MailboxView::isReadable() const
{
    return m_textStack->currentWidget() == m_readable;
}

QWidget *MailboxView::buildLower()
{
    m_cardArea->setObjectName(u"mailboxCard"_s);
    m_cardArea->setWidgetResizable(true);
    m_cardArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardArea->setFrameShape(QFrame::NoFrame);
    m_cardArea->setMinimumHeight(60);

    auto *details = new QSplitter(Qt::Vertical, this);
    details->setObjectName(u"mailboxDetails"_s);
    details->addWidget(m_cardArea);
    details->addWidget(buildMessagePane());
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setChildrenCollapsible(false);
    // The filters above the table only: the card and the message keep the column's height.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(m_view, 1);
    auto *tableAndDetails = new QSplitter(Qt::Horizontal, this);
    tableAndDetails->setObjectName(u"mailboxTableAndDetails"_s);
    tableAndDetails->addWidget(left);
    tableAndDetails->addWidget(details);
    tableAndDetails->setStretchFactor(0, 3);
    tableAndDetails->setStretchFactor(1, 2);
    tableAndDetails->setChildrenCollapsible(false);
    return tableAndDetails;
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
    m_textStack->show();
    m_staleBar->hide();
    m_readable->clear();
    m_openInDecode->setEnabled(false);
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
    } else if (!m_model->messages().isEmpty()
               && std::all_of(m_model->messages().cbegin(), m_model->messages().cend(),
                              [](const MailboxMessage &m) { return m.length <= 0; })) {
        // Only folders without a message (or unreadable inputs): nothing was decoded, as the
        // console says it.
        m_title->setText(
            tr("No messages found in %1").arg(QDir::toNativeSeparators(m_paths.join(u", "_s))));
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

void MailboxView::showSenderReport(bool shown)
{
    if (shown == m_senderReport->isVisibleTo(this))
        return;
    m_senderReport->setVisible(shown);
    // Its folded height as drawn (polished: the style's metrics), before it is given room.
    m_senderReport->ensurePolished();
    m_senderReport->setExpanded(m_senderReport->isExpanded());
    if (shown)
        fitSenderReport(true);
}

void MailboxView::fitSenderReport(bool shownNow)
{
    auto *splitter = qobject_cast<QSplitter *>(m_senderReport->parentWidget());
    if (!splitter || !m_senderReport->isVisibleTo(this) || splitter->sizes().value(1) <= 0)
        return;
    splitter->refresh(); // its handle shown now, not at the next layout (the sizes would shift)
    // Folded: its summary row; unfolded: two fifths of the table's and its height. What it
    // needs more comes from the summary above (down to the summary's least), then from the
    // table: the table and the card keep what they had where the window has room.
    QList<int> sizes = splitter->sizes();
    if (shownNow) { // what the splitter gave it on showing is the table's again
        sizes[1] += sizes[2];
        sizes[2] = 0;
    }
    const int want = m_senderReport->isExpanded() ? (sizes[1] + sizes[2]) * 2 / 5
                                                  : std::min(m_senderReport->maximumHeight(),
                                                             m_senderReport->sizeHint().height());
    const int more = want - sizes[2];
    const int fromSummary
        = more > 0 && m_summaryStack->isVisible()
              ? std::clamp(sizes[0] - m_summaryStack->minimumSizeHint().height(), 0, more)
              : 0;
    sizes[0] -= fromSummary;
    sizes[1] -= more - fromSummary;
    sizes[2] = want;
    splitter->setSizes(sizes);
}

void MailboxView::refreshSummary()
{
    m_senderReport->setMessages(m_model->messages());
    showSenderReport(!m_senderReport->report().isEmpty());
    const MailboxSummary s = MailboxSummary::of(*m_model, 10);
    const MailboxSummary facets = MailboxSummary::of(*m_model, kFacetItems);
    QList<SummaryChart::Bar> outcomes;
    for (Outcome o :
         {Outcome::Permanent, Outcome::Temporary, Outcome::Delivered, Outcome::Unknown}) {
        if (s.outcomes[size_t(o)] > 0)
            outcomes.append({MailboxFacts::outcomeName(o), QString::number(int(o)),
                             s.outcomes[size_t(o)], Theme::outcomeColor(o, palette())});
    }
    m_outcomeChart->setBars(outcomes);
    QList<SummaryChart::Bar> reasons;
    // Reasons and replies have long names: eight bars keep every label legible (in Chinese too).
    for (const MailboxSummary::Count &c : s.reasons.mid(0, kLongBars))
        reasons.append({MailboxFacts::reasonText(c.key), c.key, c.count,
                        Theme::seriesColor(Theme::Series::Reason, palette())});
    m_reasonChart->setBars(reasons);
    QList<SummaryChart::Bar> entries;
    for (const MailboxSummary::Count &c : s.entries.mid(0, kLongBars)) {
        const int index = m_table->indexOf(c.key);
        const QString label = index < 0 ? c.key
                                        : m_table->at(index).codeLabel() + u' '
                                              + m_table->at(index).text.value(m_language);
        entries.append(
            {label, c.key, c.count, Theme::seriesColor(Theme::Series::Reply, palette())});
    }
    m_entryChart->setBars(entries);
    QList<SummaryChart::Bar> domains;
    for (const MailboxSummary::Count &c : s.domains)
        domains.append(
            {c.key, c.key, c.count, Theme::seriesColor(Theme::Series::Domain, palette())});
    m_domainChart->setBars(domains);
    fillSummaryTable();
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
        label->setText(m.result.errorCode == ErrorCode::None
                           ? tr("No failed recipient was found in this message.") + u"\n\n"_s
                                 + NoteText::messages(m.result.recognised).join(u'\n')
                           : NoteText::error(m.result));
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
    if (!m.result.notes.isEmpty()) {
        // What a limit left out of this message (issue 25: nothing dropped in silence).
        QStringList lines;
        for (const LimitNote &note : m.result.notes)
            lines << tr("Left out: %1").arg(NoteText::message(note));
        auto *notes = new QLabel(host);
        notes->setObjectName(u"mailboxNotes"_s);
        notes->setTextFormat(Qt::PlainText);
        notes->setWordWrap(true);
        notes->setMinimumWidth(1);
        notes->setText(lines.join(u'\n'));
        hostLayout->addWidget(notes);
    }
    if (QWidget *old = m_cardArea->takeWidget())
        old->deleteLater();
    m_cardArea->setWidget(host);
    host->show(); // a widget set into a visible scroll area is not shown by it

    // The message is read again from its file, off the GUI thread, unless the file changed
    // since it was opened: its offset may hold another message now.
    if (m_model->fileChanged(m.file)) {
        m_reader.cancel();
        m_text->setPlainText(QString());
        m_text->setExtraSelections({});
        m_staleLabel->setText(
            tr("%1 has changed since it was opened: its messages are not where they were. "
               "Reload it to see this message.")
                .arg(QDir::toNativeSeparators(m_model->fileOf(row))));
        m_staleBar->show();
        m_textStack->hide(); // nothing to show: the bar says why
        return;
    }
    m_staleBar->hide();
    m_textStack->show();
    if (m.length <= 0) {
        // Not a message of a file (a folder without messages): nothing to read again.
        m_text->setPlainText(NoteText::error(m.result));
        m_readable->setPlainText(NoteText::error(m.result));
        m_openInDecode->setEnabled(false);
        return;
    }
    // The message is read again from its file, off the GUI thread.
    m_text->setPlainText(tr("Reading the message..."));
    m_readable->setPlainText(m_text->toPlainText());
    m_openInDecode->setEnabled(true);
    m_reader.setFuture(QtConcurrent::run(readShown, m_decoder, m_model->fileOf(row), m.offset,
                                         m.length, r ? r->recipient : QString()));
}

void MailboxView::onMessageRead()
{
    if (m_reader.future().resultCount() == 0 || m_shownRow < 0)
        return;
    if (m_shownRow >= 0 && m_model->fileChanged(m_model->messageOf(m_shownRow).file)) {
        // Changed while it was read: what was read may be another message.
        m_shownRow = -1;
        showRow(m_view->currentIndex());
        return;
    }
    const ShownText shown = m_reader.result();
    m_text->setPlainText(shown.source);
    m_readable->setPlainText(shown.readable);
    SourceHighlight::show(m_text, shown.sourceRanges, true);
    SourceHighlight::show(m_readable, shown.readableRanges, true);
}

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // Atomic, only over a regular file, the cause of a failure said (issue 25).
    const QString problem = SafeFile::write(path, bytes);
    if (error)
        *error = problem;
    return problem.isEmpty();
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
    const int retryDays = suppressionRetryDays();
    const QByteArray bytes
        = path.endsWith(u".csv"_s, Qt::CaseInsensitive)
              ? QByteArray(MailboxExport::ByteOrderMark) + list.csv(retryDays).toUtf8()
              : list.text(retryDays).toUtf8();
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
    const QString path = QFileDialog::getSaveFileName(this, title, startIn(name), filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = kind == Export::Csv         ? exportCsv(path, &error)
                    : kind == Export::JsonLines ? exportJsonLines(path, &error)
                                                : exportSuppressionList(path, &error);
    if (!ok) {
        // Plain text: a file name is not markup.
        QMessageBox box(
            QMessageBox::Warning, title,
            tr("The file could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error),
            QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
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
    m_reloadButton->setText(tr("Reload"));
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
    retranslateRetry();
    m_filter->setPlaceholderText(tr("Filter: address, domain, code, reason or words of the "
                                    "reply"));
    m_outcomeLabel->setText(tr("Outcome:"));
    m_reasonLabel->setText(tr("Reason:"));
    m_domainLabel->setText(tr("Domain:"));
    m_codeLabel->setText(tr("Code:"));
    m_clearButton->setText(tr("Reset Filters"));
    m_clearButton->setToolTip(tr("Show every row again: clear the filter field and the facets"));
    m_outcomeChart->setTitle(tr("Outcome"));
    m_reasonChart->setTitle(tr("Reason"));
    m_entryChart->setTitle(tr("Gmail reply"));
    m_domainChart->setTitle(tr("Recipient domain (top 10)"));
    m_text->setPlaceholderText(tr("Select a row to see its message, with the reply lines "
                                  "highlighted."));
    m_readable->setPlaceholderText(m_text->placeholderText());
    m_chartsToggle->setText(tr("Summary"));
    m_chartsToggle->setToolTip(tr("Show or hide the summary of the mailbox"));
    m_tableToggle->setText(tr("As Table"));
    m_tableToggle->setToolTip(tr("Show the summary as a table instead of charts"));
    m_summaryTable->setHorizontalHeaderLabels({tr("Chart"), tr("Item"), tr("Count")});
    m_sourceButton->setText(tr("Source"));
    m_sourceButton->setToolTip(tr("The message as the file holds it"));
    m_readableButton->setText(tr("Readable"));
    m_readableButton->setToolTip(
        tr("The message as a person reads it: encoded text and headers decoded, HTML as text"));
    m_openInDecode->setText(tr("Open in Decode View"));
    m_openInDecode->setToolTip(tr("Decode this message alone in the Decode view; the mailbox "
                                  "stays loaded"));
    retranslateAccessibility();
    fillSummaryTable();
    refreshFacets(MailboxSummary::of(*m_model, kFacetItems));
    updateStatus();
}

void MailboxView::retranslateAccessibility()
{
    // Names for what has no visible label of its own (buttons are named by their text, the
    // facets by their labels); descriptions say what each does.
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setAccessibleDescription(m_filter->placeholderText());
    m_view->setAccessibleName(tr("Recipients"));
    m_view->setAccessibleDescription(tr("One row per failed recipient; select a row to see its "
                                        "card and message"));
    m_cardArea->setAccessibleName(tr("Selected recipient"));
    m_text->setAccessibleName(tr("Message source"));
    m_text->setAccessibleDescription(m_text->placeholderText());
    m_readable->setAccessibleName(tr("Readable message"));
    m_readable->setAccessibleDescription(m_text->placeholderText());
    m_progress->setAccessibleName(tr("Decoding progress"));
    m_summaryTable->setAccessibleName(tr("Summary"));
    m_summaryTable->setAccessibleDescription(
        tr("The numbers the charts draw; Enter filters the rows by the selected item"));
    for (QComboBox *facet : {m_outcomeFacet, m_reasonFacet, m_domainFacet, m_codeFacet})
        facet->setAccessibleDescription(tr("Show only the rows with this value"));
    for (SummaryChart *chart : {m_outcomeChart, m_reasonChart, m_entryChart, m_domainChart}) {
        chart->setAccessibleName(chart->title());
        chart->setAccessibleDescription(
            tr("Bar chart; click a bar to filter the rows. The same numbers are in the summary "
               "table (As Table)."));
    }
}

} // namespace BounceLens
