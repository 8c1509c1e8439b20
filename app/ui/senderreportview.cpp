#include "ui/senderreportview.h"

#include "mailbox/mailboxmessage.h"
#include "report/verdict.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

SenderReportView::SenderReportView(const CodeTable *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_title(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copyCommands(new QPushButton(this))
    , m_copyReport(new QPushButton(this))
{
    setObjectName(u"senderReport"_s);
    m_title->setObjectName(u"senderReportTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setObjectName(u"senderReportSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    // One line: the panel folds to one row; the whole summary is in its tooltip and the report.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setObjectName(u"senderReportText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_copyCommands->setObjectName(u"copySenderCommands"_s);
    m_copyReport->setObjectName(u"copySenderReport"_s);
    connect(m_copyCommands, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(commands()); });
    connect(m_copyReport, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });

    m_toggle->setObjectName(u"senderReportDetails"_s);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        QSettings().setValue(u"mailbox/senderReportShown"_s, shown);
        setExpanded(shown);
        emit expandedChanged(shown);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_toggle);
    top->addWidget(m_title);
    top->addWidget(m_summary, 1);
    top->addWidget(m_copyCommands);
    top->addWidget(m_copyReport);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    retranslateUi();
    render();
    setExpanded(QSettings().value(u"mailbox/senderReportShown"_s, false).toBool());
}

bool SenderReportView::isExpanded() const
{
    return m_toggle->isChecked();
}

void SenderReportView::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
    fitHeight();
}

void SenderReportView::fitHeight()
{
    // Folded: no taller than its summary row (a splitter would otherwise give it empty space).
    if (m_text->isVisibleTo(this)) {
        setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    layout()->activate();
    setMaximumHeight(layout()->totalSizeHint().height());
}

void SenderReportView::setMessages(const QList<MailboxMessage> &messages)
{
    SenderReport report;
    for (const MailboxMessage &m : messages)
        report.add(*m_table, m.result);
    m_report = report;
    render();
    fitHeight();
}

void SenderReportView::setLanguage(const QString &language)
{
    m_language = language;
    render();
    fitHeight();
}

QString SenderReportView::text() const
{
    return m_report.toText(*m_table, m_language);
}

QString SenderReportView::commands() const
{
    QStringList lines;
    for (const SenderReport::Group &g : m_report.groups()) {
        for (const SenderReport::Command &c : SenderReport::commands(g)) {
            if (!lines.contains(c.command))
                lines << c.command;
        }
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void SenderReportView::render()
{
    m_copyCommands->setEnabled(!commands().isEmpty());
    m_copyReport->setEnabled(!m_report.isEmpty());
    if (m_report.isEmpty()) {
        m_summary->setText(tr("No recipient failed because of the sending side."));
        m_text->setPlainText(QString());
        return;
    }
    //: %n: how many recipients, %1: the causes with their counts ("DMARC 60, SPF 12")
    m_summary->setText(
        tr("%n recipient(s) to resend to once the sending is fixed: %1", "", m_report.total())
            .arg(m_report.causesSummary()));
    m_summary->setToolTip(m_summary->text().toHtmlEscaped());
    m_text->setPlainText(text());
}

void SenderReportView::retranslateUi()
{
    m_title->setText(tr("What to fix"));
    m_toggle->setText(tr("Details"));
    m_toggle->setToolTip(tr("Show or hide the report under its summary"));
    m_copyCommands->setText(tr("Copy Commands"));
    m_copyCommands->setToolTip(
        tr("Copy the DNS look-ups to run (dig), one a line: nothing is looked up here"));
    m_copyReport->setText(tr("Copy Report"));
}

void SenderReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
        fitHeight();
    }
    QWidget::changeEvent(event);
}

} // namespace BounceLens
