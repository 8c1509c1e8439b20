#include "senderreportview.h"

#include "mailboxmessage.h"
#include "verdict.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

SenderReportView::SenderReportView(const CodeTable *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_title(new QLabel(this))
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
    m_summary->setWordWrap(true);
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

    auto *top = new QHBoxLayout;
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
}

void SenderReportView::setMessages(const QList<MailboxMessage> &messages)
{
    SenderReport report;
    for (const MailboxMessage &m : messages)
        report.add(*m_table, m.result);
    m_report = report;
    render();
}

void SenderReportView::setLanguage(const QString &language)
{
    m_language = language;
    render();
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
    m_text->setPlainText(text());
}

void SenderReportView::retranslateUi()
{
    m_title->setText(tr("What to fix"));
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
    }
    QWidget::changeEvent(event);
}

} // namespace BounceLens
