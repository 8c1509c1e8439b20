#include "ui/recipientcard.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "common/languages.h"
#include "decoder/decoderesult.h"
#include "report/explanation.h"
#include "report/verdict.h"
#include "ui/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// Confidence below which the other candidates are listed.
constexpr double kSureEnough = 0.8;
// Unbroken runs longer than kLongToken (URLs, session ids) get break opportunities, at least
// every kChunk characters.
constexpr int kLongToken = 30;
constexpr int kChunk = 24;
// "Also possible" candidates are shown this long at most.
constexpr qsizetype kCandidateLength = 70;

// A word-wrapped label breaks lines only at spaces: a long URL would be cut off at the card's
// edge. Zero-width spaces after its punctuation (and every kLongToken characters) let it wrap.
QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView token = QStringView(text).mid(i, end - i);
        if (token.size() <= kLongToken) {
            out += token;
        } else {
            int run = 0;
            for (const QChar c : token) {
                out += c;
                ++run;
                const bool punct = c == u'/' || c == u'.' || c == u'?' || c == u'&' || c == u'='
                                   || c == u'-' || c == u'_' || c == u',';
                if (run >= kChunk || (punct && run >= 4)) {
                    out += QChar(0x200B);
                    run = 0;
                }
            }
        }
        while (end < text.size() && text.at(end).isSpace())
            out += text.at(end++);
        i = end;
    }
    return out;
}

// At most kCandidateLength characters, cut at a word's end where there are words, and an
// ellipsis to say so.
QString shortened(QString text)
{
    // A placeholder this reply does not fill ({domain-name} of another wording) reads as a gap.
    static const QRegularExpression placeholder(u"\\{[a-z][a-z-]*\\}"_s);
    text.replace(placeholder, QString(QChar(0x2026)));
    if (text.size() <= kCandidateLength)
        return text;
    qsizetype cut = kCandidateLength;
    const qsizetype space = text.lastIndexOf(u' ', kCandidateLength);
    if (space > kCandidateLength / 2)
        cut = space;
    return text.left(cut).trimmed() + QChar(0x2026);
}

} // namespace

QLabel *RecipientCard::plainLabel(const QString &text)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setText(breakable(text));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long tokens (URLs, session ids) must not widen the card past the results column.
    label->setMinimumWidth(1);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // A click anywhere on the card selects it, selectable labels included.
    label->installEventFilter(this);
    return label;
}

RecipientCard::RecipientCard(const CodeTable *table, const RecipientResult &r,
                             const QString &language, QWidget *parent,
                             const SendingIdentity &sender)
    : QFrame(parent)
    , m_table(table)
    , m_language(language)
    , m_result(std::make_unique<RecipientResult>(r))
{
    setObjectName(u"recipientCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    // Reachable with Tab: a screen reader reads the card's verdict, address and code.
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);

    const Outcome result = Verdict::outcome(r);
    auto *verdictLabel = plainLabel(Verdict::text(*table, r));
    verdictLabel->setObjectName(u"verdict"_s);
    verdictLabel->setStyleSheet(u"font-weight: bold; font-size: 110%; color: %1;"_s.arg(
        Theme::outcomeColor(result, palette()).name(QColor::HexRgb)));
    m_copyExplanation = new QPushButton(this);
    m_copyExplanation->setObjectName(u"copyExplanationButton"_s);
    m_copyExplanation->setCursor(Qt::ArrowCursor);
    connect(m_copyExplanation, &QPushButton::clicked, this, [this] {
        emit clicked();
        copyExplanation();
    });
    layout->addWidget(verdictLabel);
    // What to do with the address, plainly (issue 20): Verdict decides it with the verdict.
    if (const QString advice = Verdict::plainAdvice(*table, r, sender); !advice.isEmpty()) {
        auto *action = plainLabel(advice);
        action->setObjectName(u"addressAction"_s);
        action->setProperty("addressAction", toWord(Verdict::addressAction(*table, r).action));
        action->setStyleSheet(u"font-weight: bold;"_s);
        layout->addWidget(action);
    }

    if (!r.recipient.isEmpty()) {
        auto *recipient = plainLabel(r.recipient);
        recipient->setObjectName(u"recipient"_s);
        layout->addWidget(recipient);
    }
    layout->addWidget(createCodeLabel());
    if (r.entryIndex >= 0)
        addEntry(layout, table->at(r.entryIndex));
    addFacts(layout);
    // Below the details: the verdict keeps the card's whole width at any size.
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_copyExplanation);
    layout->addLayout(bottom);
    setSpokenText();
    retranslateUi();
    setSelected(false);
}

QString RecipientCard::secondaryStyle() const
{
    return u"color: %1;"_s.arg(Theme::secondaryText(palette()).name(QColor::HexRgb));
}

// The reply code and enhanced status ("550", "5.1.1"), as far as known.
QStringList RecipientCard::codeParts() const
{
    const RecipientResult &r = *m_result;
    QStringList parts;
    if (r.replyCode)
        parts << QString::number(r.replyCode);
    if (r.status.isValid())
        parts << r.status.toString();
    return parts;
}

// The codes: a link into the Browse view when an entry matched. Only digits, dots and our own
// entry id go into this rich-text label; they are escaped anyway.
QLabel *RecipientCard::createCodeLabel()
{
    const RecipientResult &r = *m_result;
    QString codes = codeParts().join(u' ').toHtmlEscaped();
    if (codes.isEmpty())
        codes = tr("No SMTP reply code").toHtmlEscaped();
    else if (r.entryIndex >= 0)
        codes = u"<a href=\"entry:%1\">%2</a>"_s.arg(m_table->at(r.entryIndex).id.toHtmlEscaped(),
                                                     codes);
    QStringList extras;
    if (!r.origin.isEmpty())
        extras << r.origin.toHtmlEscaped();
    if (r.command != SmtpStage::None)
        extras << tr("at %1").arg(CodeMeaning::stage(toWord(r.command))).toHtmlEscaped();
    auto *codeLabel = new QLabel(this);
    codeLabel->setObjectName(u"codes"_s);
    codeLabel->setTextFormat(Qt::RichText);
    codeLabel->setWordWrap(true);
    codeLabel->setMinimumWidth(1);
    codeLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    codeLabel->installEventFilter(this);
    codeLabel->setText(
        u"<b>"_s + codes + u"</b>"_s
        + (extras.isEmpty() ? QString() : u" &middot; "_s + extras.join(u" &middot; "_s)));
    codeLabel->setToolTip(tr("Open this code in the Browse view"));
    connect(codeLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { emit entryRequested(link.mid(int(qstrlen("entry:")))); });
    return codeLabel;
}

// The matched entry: its text (and the English beside a translation), what to do, and how
// sure the match is.
void RecipientCard::addEntry(QVBoxLayout *layout, const CodeEntry &e)
{
    const RecipientResult &r = *m_result;
    const QString &language = m_language;
    // The reply's own values ({domain-name}, {ip-address}, ...) filled in.
    auto *text = plainLabel(Explanation::entryText(e, r, language));
    text->setObjectName(u"entryText"_s);
    layout->addWidget(text);
    if (language != Languages::sourceLanguage() && e.text.has(language)) {
        auto *english = plainLabel(Explanation::entryText(e, r, Languages::sourceLanguage()));
        english->setObjectName(u"englishText"_s);
        english->setStyleSheet(secondaryStyle());
        layout->addWidget(english);
    }
    if (!e.advice.isEmpty()) {
        auto *advice
            = plainLabel(tr("What to do: %1").arg(Explanation::entryAdvice(e, r, language)));
        advice->setObjectName(u"advice"_s);
        layout->addWidget(advice);
    } else if (!e.description.isEmpty()) {
        layout->addWidget(plainLabel(e.description.value(language)));
    }
    auto *confidenceLabel = plainLabel(confidenceText());
    confidenceLabel->setObjectName(u"confidence"_s);
    confidenceLabel->setStyleSheet(secondaryStyle());
    layout->addWidget(confidenceLabel);
}

// "Match: 90%", the other likely entries when the match is not sure, and the provider.
QString RecipientCard::confidenceText() const
{
    const RecipientResult &r = *m_result;
    QString confidence = tr("Match: %1%").arg(qRound(r.confidence * 100));
    if (r.confidence < kSureEnough && !r.candidates.isEmpty()) {
        QStringList others;
        for (const MatchCandidate &c : r.candidates) {
            if (c.entryIndex >= 0 && c.entryIndex != r.entryIndex && others.size() < 3)
                others << m_table->at(c.entryIndex).codeLabel() + u' '
                              + shortened(
                                  Explanation::entryText(m_table->at(c.entryIndex), r, m_language));
        }
        if (!others.isEmpty())
            confidence += u'\n' + tr("Also possible: %1").arg(others.join(u"\n"_s));
    }
    if (const QString p = Explanation::provider(*m_table, r, m_language); !p.isEmpty())
        confidence += u'\n' + tr("Provider: %1").arg(p);
    return confidence;
}

// The servers, dates and the reply as the server wrote it.
void RecipientCard::addFacts(QVBoxLayout *layout)
{
    const RecipientResult &r = *m_result;
    QStringList facts;
    if (!r.remoteMta.isEmpty())
        facts << tr("Remote server: %1").arg(r.remoteMta);
    if (!r.reportingMta.isEmpty())
        facts << tr("Reported by: %1").arg(r.reportingMta);
    if (!r.lastAttemptDate.isEmpty())
        facts << tr("Last attempt: %1").arg(r.lastAttemptDate);
    if (!r.willRetryUntil.isEmpty())
        facts << tr("Retries until: %1").arg(r.willRetryUntil);
    if (!facts.isEmpty()) {
        auto *factsLabel = plainLabel(facts.join(u'\n'));
        factsLabel->setStyleSheet(secondaryStyle());
        layout->addWidget(factsLabel);
    }
    if (!r.diagnostic.isEmpty()) {
        auto *diagnostic = plainLabel(r.diagnostic);
        diagnostic->setObjectName(u"diagnostic"_s);
        diagnostic->setStyleSheet(
            u"font-family: monospace; background: palette(alternate-base);"_s);
        layout->addWidget(diagnostic);
    }
}

// What assistive technology says on reaching the card, as plain text.
void RecipientCard::setSpokenText()
{
    const RecipientResult &r = *m_result;
    QStringList spoken{Verdict::text(*m_table, r)};
    if (!r.recipient.isEmpty())
        spoken << r.recipient;
    if (const QStringList codes = codeParts(); !codes.isEmpty())
        spoken << codes.join(u' ');
    //: Separator of the verdict, address and code a screen reader reads for a card
    setAccessibleName(spoken.join(tr(", ")));
    if (r.entryIndex >= 0)
        setAccessibleDescription(Explanation::entryText(m_table->at(r.entryIndex), r, m_language));
}

QList<QWidget *> RecipientCard::focusableChildren() const
{
    QList<QWidget *> widgets;
    for (QWidget *w : findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->isHidden())
            widgets << w;
    }
    // In the card's order, top to bottom (creation order is not the layout's).
    std::stable_sort(widgets.begin(), widgets.end(), [this](QWidget *a, QWidget *b) {
        return a->mapTo(this, QPoint()).y() < b->mapTo(this, QPoint()).y();
    });
    return widgets;
}

void RecipientCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        emit clicked(); // as a click: the card is selected, its reply lines highlighted
}

void RecipientCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

RecipientCard::~RecipientCard() = default;

QString RecipientCard::explanation() const
{
    return Explanation::forRecipient(*m_table, *m_result, m_language);
}

void RecipientCard::copyExplanation() const
{
    QApplication::clipboard()->setText(explanation());
}

void RecipientCard::retranslateUi()
{
    m_copyExplanation->setText(tr("Copy Explanation"));
    m_copyExplanation->setToolTip(
        tr("Copy a few plain sentences about this recipient, to paste into a ticket or a chat"));
}

void RecipientCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

bool RecipientCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
        emit clicked(); // and the label still starts its text selection
    return QFrame::eventFilter(watched, event);
}

void RecipientCard::setSelected(bool selected)
{
    m_selected = selected;
    const QColor color = selected ? Theme::selectedBorder(palette()) : Theme::border(palette());
    setStyleSheet(u"QFrame#recipientCard { border: %1px solid %2; border-radius: 4px; }"_s
                      .arg(selected ? 2 : 1)
                      .arg(color.name(QColor::HexRgb)));
}

void RecipientCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QFrame::mousePressEvent(event);
}

} // namespace BounceLens
