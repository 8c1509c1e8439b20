#include "ui/helpdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeySequence>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString row(const QString &left, const QString &right)
{
    return u"<tr><td style=\"padding: 2px 16px 2px 0; white-space: nowrap;\"><b>%1</b></td>"
           u"<td style=\"padding: 2px 0;\">%2</td></tr>"_s.arg(left, right.toHtmlEscaped());
}

} // namespace

HelpDialog::HelpDialog(Topic topic, QWidget *parent)
    : QDialog(parent)
    , m_topic(topic)
    , m_text(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(topic == Topic::Shortcuts ? u"shortcutsDialog"_s : u"searchSyntaxDialog"_s);
    m_text->setObjectName(u"helpText"_s);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(520, 420);
}

QString HelpDialog::title(Topic topic)
{
    return topic == Topic::Shortcuts ? tr("Keyboard Shortcuts") : tr("Search Syntax");
}

QString HelpDialog::html(Topic topic)
{
    QString rows;
    if (topic == Topic::Shortcuts) {
        rows += row(keys(QKeySequence::Find) + u", "_s + keys(QKeySequence(Qt::CTRL | Qt::Key_L)),
                    tr("Go to the search field"));
        rows += row(tr("Esc"), tr("In the search field: clear it. In the table: back to the "
                                  "search field."));
        rows += row(tr("Down arrow"), tr("From the search field into the results"));
        rows += row(keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Browse the codes"));
        rows += row(keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Decode a bounce"));
        rows += row(keys(QKeySequence::Open), tr("Open a bounce file"));
        rows += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
                    tr("Open a mailbox folder (Maildir or a folder of bounces)"));
        rows += row(tr("Esc"), tr("In the mailbox view: stop decoding (the rows so far stay)"));
        rows += row(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)),
                    tr("Paste a bounce and decode it"));
        rows += row(keys(QKeySequence::Copy), tr("Copy the selection (in the table: the row)"));
        rows += row(keys(QKeySequence::SelectAll), tr("Select all"));
        rows += row(keys(QKeySequence::Quit), tr("Quit"));
        return u"<table>"_s + rows + u"</table>"_s;
    }
    // Codes are shown as typed; the keyword example is a Chinese word (quota).
    rows += row(u"550"_s, tr("A basic reply code"));
    rows += row(u"5.7.1"_s, tr("An enhanced status code (and its generic meaning)"));
    rows += row(u"5.7"_s, tr("Every enhanced code that starts so (5.7.*)"));
    rows += row(u"550 5.7.1"_s, tr("Both codes; also as pasted from a reply: 550-5.7.1"));
    rows += row(u"4xx"_s, tr("Every temporary code (5xx: every permanent one)"));
    rows += row(u"quota"_s, tr("Keywords in English or Chinese: entries with more of the words "
                               "rank first"));
    rows += row(u"mailbox full"_s, tr("Everyday words for a cause find its codes too"));
    rows += row(u"#5.1.1"_s, tr("A code inside pasted text: a reply or log line is enough"));
    rows += row(u"\u914D\u989D"_s, tr("Chinese keywords need no spaces"));
    return u"<table>"_s + rows + u"</table><p>"_s
           + tr("Exact code matches are listed first. The filters below the search field "
                "narrow the list further.")
                 .toHtmlEscaped()
           + u"</p>"_s;
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(title(m_topic));
    m_text->setHtml(html(m_topic));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace BounceLens
