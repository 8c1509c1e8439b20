#pragma once

#include "report/senderreport.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace BounceLens {

class CodeTable;
struct MailboxMessage;

// The Mailbox view's "What to fix" panel (issue 20): the recipients that failed because of the
// sending side, grouped by cause and sending identity, with the records to check as commands to
// copy. The text is SenderReport's, as `bouncelens decode --sender-report` prints it, shown as
// plain text (nothing from a bounce is ever rendered as markup).
class SenderReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderReportView)

public:
    explicit SenderReportView(const CodeTable *table, QWidget *parent = nullptr);

    // The report of these messages (all of a mailbox).
    void setMessages(const QList<MailboxMessage> &messages);
    void setLanguage(const QString &language);
    const SenderReport &report() const { return m_report; }
    // The shown text and the commands, one a line (what the buttons copy).
    QString text() const;
    QString commands() const;
    // The report's text shown under its one-line summary (folded by default, remembered): folded,
    // the panel takes one row, so the table and the card keep the height of a small window.
    bool isExpanded() const;
    void setExpanded(bool expanded);

signals:
    void expandedChanged(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fitHeight();
    void retranslateUi();

    const CodeTable *m_table;
    QString m_language = QStringLiteral("en");
    SenderReport m_report;
    QLabel *m_title;
    QToolButton *m_toggle;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QPushButton *m_copyCommands;
    QPushButton *m_copyReport;
};

} // namespace BounceLens
