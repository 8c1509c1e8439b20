#include "decodeview.h"

#include "charsetdecoder.h"
#include "codetable.h"
#include "recipientcard.h"
#include "verdict.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QtConcurrent>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDebounceMs = 300;
constexpr int kBusyDelayMs = 150;

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

QThreadPool &decodePool()
{
    // Own pool: the view waits for its workers on exit without waiting for the global pool.
    static QThreadPool pool;
    pool.setMaxThreadCount(2);
    return pool;
}

} // namespace

DecodeView::DecodeView(const CodeTable *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_decoder(*table)
    , m_input(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
    , m_cardsHost(new QWidget(m_scroll))
    , m_cards(new QVBoxLayout(m_cardsHost))
    , m_copyButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"decodeView"_s);

    m_input->setObjectName(u"pasteBox"_s);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->viewport()->installEventFilter(this);
    m_input->installEventFilter(this);

    m_summary->setObjectName(u"decodeSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_cardsHost->setObjectName(u"decodeResults"_s);
    m_cards->setAlignment(Qt::AlignTop);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_cardsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_copyButton->setObjectName(u"copyReportButton"_s);
    m_saveButton->setObjectName(u"saveReportButton"_s);
    connect(m_copyButton, &QPushButton::clicked, this, &DecodeView::copyReport);
    connect(m_saveButton, &QPushButton::clicked, this, &DecodeView::saveReport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_busy);
    resultsLayout->addWidget(m_scroll, 1);
    resultsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"decodeSplitter"_s);
    splitter->addWidget(m_input);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DecodeView::startDecode);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        m_fileBytes.clear(); // edited: decode what the box shows from now on
        m_fileName.clear();
        scheduleDecode();
    });
    connect(&m_watcher, &QFutureWatcher<QList<DecodeResult>>::finished, this,
            &DecodeView::onDecodeFinished);

    retranslateUi();
    showResults();
}

DecodeView::~DecodeView()
{
    if (m_cancel)
        *m_cancel = true;
    // Workers hold a reference to m_decoder: let them finish before it goes.
    m_watcher.waitForFinished();
    decodePool().waitForDone();
}

void DecodeView::setLanguage(const QString &language)
{
    m_language = language;
    showResults();
}

void DecodeView::focusInput()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

QString DecodeView::inputText() const
{
    return m_input->toPlainText();
}

void DecodeView::setInputText(const QString &text)
{
    m_fileBytes.clear();
    m_fileName.clear();
    m_settingText = true;
    m_input->setPlainText(text);
    m_settingText = false;
    startDecode();
}

void DecodeView::pasteAndDecode()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.isEmpty())
        setInputText(text);
    focusInput();
}

bool DecodeView::openFile(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        showMessage(tr("Could not open the file"), message);
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > BounceDecoder::MaxInputSize) {
        return fail(tr("%1 is %2 MB; BounceLens reads bounces up to %3 MB.")
                        .arg(info.fileName())
                        .arg(info.size() / (1024 * 1024))
                        .arg(BounceDecoder::MaxInputSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();

    // Show the file as text in its own charset; decode its bytes as they are.
    m_settingText = true;
    m_input->setPlainText(CharsetDecoder::decode(bytes).text);
    m_settingText = false;
    m_fileBytes = bytes;
    m_fileName = info.fileName();
    startDecode();
    emit fileOpened(path);
    return true;
}

void DecodeView::scheduleDecode()
{
    m_debounce->start();
}

bool DecodeView::isBusy() const
{
    return m_watcher.isRunning();
}

void DecodeView::startDecode()
{
    m_debounce->stop();
    const QByteArray input = m_fileBytes.isEmpty() ? m_input->toPlainText().toUtf8() : m_fileBytes;
    m_inputIsText = m_fileBytes.isEmpty() || CharsetDecoder::isValidUtf8(m_fileBytes);

    if (m_cancel)
        *m_cancel = true; // the older decode stops at its next check
    m_pendingInput = input;
    if (input.trimmed().isEmpty()) {
        m_decodedInput.clear();
        m_results.clear();
        m_busy->hide();
        showResults();
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const BounceDecoder *decoder = &m_decoder;
    m_watcher.setFuture(QtConcurrent::run(&decodePool(), [decoder, input, cancel] {
        return decoder->decodeAll(input, cancel.get());
    }));
    QTimer::singleShot(kBusyDelayMs, this, [this] {
        if (isBusy() && m_cancel && !*m_cancel)
            m_busy->show();
    });
}

void DecodeView::onDecodeFinished()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    if (m_cancel && *m_cancel) {
        // Superseded: a newer decode is on its way (or the box was emptied).
        if (!isBusy())
            m_busy->hide();
        return;
    }
    m_results = m_watcher.result();
    m_decodedInput = m_pendingInput;
    m_busy->hide();
    showResults();
    emit decoded();
}

void DecodeView::clearCards()
{
    m_cardWidgets.clear();
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_input->setExtraSelections({});
}

void DecodeView::showMessage(const QString &title, const QString &detail)
{
    clearCards();
    m_summary->setText(title);
    auto *label = new QLabel(m_cardsHost);
    label->setObjectName(u"decodeMessage"_s);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(detail);
    m_cards->addWidget(label);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
}

void DecodeView::showResults()
{
    if (m_results.isEmpty()) {
        showMessage(tr("Paste a bounce to decode it"),
                    tr("BounceLens reads the whole bounce - the message source (\"Show "
                       "original\") or the text you see - in English or Chinese, and says per "
                       "recipient what failed, the exact Gmail reply it matches and what to "
                       "do. You can also drop an .eml, .txt or mbox file here."));
        return;
    }
    int permanent = 0, temporary = 0, delivered = 0, total = 0;
    for (const DecodeResult &r : std::as_const(m_results)) {
        for (const RecipientResult &rec : r.recipients) {
            ++total;
            switch (Verdict::outcome(rec)) {
            case Outcome::Delivered:
                ++delivered;
                break;
            case Outcome::Temporary:
                ++temporary;
                break;
            case Outcome::Permanent:
            case Outcome::Unknown: // a failure of unknown class is not retried
                ++permanent;
                break;
            }
        }
    }
    if (total == 0) {
        // Nothing found: say so plainly, and what was recognised.
        const DecodeResult &r = m_results.first();
        if (!r.error.isEmpty() && m_results.size() == 1) {
            showMessage(tr("This input could not be read"), r.error);
            return;
        }
        QStringList lines;
        if (!r.charset.isEmpty())
            lines << tr("Charset: %1").arg(r.charset);
        if (!r.languages.isEmpty())
            lines << tr("Language: %1").arg(r.languages.join(u", "_s));
        if (!r.provider.isEmpty())
            lines << tr("Bounce from %1").arg(r.provider);
        if (!r.originalSubject.isEmpty())
            lines << tr("Original subject: %1").arg(r.originalSubject);
        for (const QString &note : r.recognised)
            lines << note;
        lines << tr("No SMTP reply code found.");
        showMessage(tr("Nothing found: this does not look like a bounce with an SMTP error"),
                    lines.join(u'\n'));
        return;
    }

    clearCards();
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    QStringList parts;
    if (permanent)
        parts << tr("%1 permanent").arg(permanent);
    if (temporary)
        parts << tr("%1 temporary").arg(temporary);
    if (delivered)
        parts << tr("%1 delivered").arg(delivered);
    m_summary->setText(tr("Recipients: %1 (%2)").arg(total).arg(parts.join(tr(", "))));

    QList<QPair<qsizetype, qsizetype>> allSpans;
    for (int m = 0; m < m_results.size(); ++m) {
        const DecodeResult &r = m_results.at(m);
        QStringList header;
        if (m_results.size() > 1)
            header << tr("Message %1 of %2").arg(m + 1).arg(m_results.size());
        if (!r.provider.isEmpty())
            header << tr("Bounce from %1").arg(r.provider);
        if (!r.originalSubject.isEmpty())
            header << tr("Original subject: %1").arg(r.originalSubject);
        if (!r.originalDate.isEmpty())
            header << tr("Sent: %1").arg(r.originalDate);
        if (!r.error.isEmpty())
            header << r.error;
        if (!header.isEmpty()) {
            auto *label = new QLabel(m_cardsHost);
            label->setObjectName(u"messageHeader"_s);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setText(header.join(u'\n'));
            label->setStyleSheet(u"color: #5f6368;"_s);
            m_cards->addWidget(label);
        }
        for (const RecipientResult &rec : r.recipients) {
            auto *card = new RecipientCard(m_table, rec, m_language, m_cardsHost);
            card->setResultIndex(int(m_cardWidgets.size()));
            card->setProperty("message", m);
            connect(card, &RecipientCard::clicked, this, [this, card] { selectCard(card); });
            connect(card, &RecipientCard::entryRequested, this, &DecodeView::entryRequested);
            m_cards->addWidget(card);
            m_cardWidgets << card;
            allSpans += rec.spans;
        }
    }
    highlightSpans(allSpans, false);
}

void DecodeView::selectCard(RecipientCard *card)
{
    for (RecipientCard *c : std::as_const(m_cardWidgets))
        c->setSelected(c == card);
    // Find the recipient behind the card.
    int index = card->resultIndex();
    for (const DecodeResult &r : std::as_const(m_results)) {
        if (index < r.recipients.size()) {
            highlightSpans(r.recipients.at(index).spans, true);
            return;
        }
        index -= int(r.recipients.size());
    }
}

void DecodeView::highlightSpans(const QList<QPair<qsizetype, qsizetype>> &spans, bool scroll)
{
    // Spans are byte ranges of the decoded input; they map onto the box only when the box
    // shows that input as it is (UTF-8 text, unchanged since).
    if (!m_inputIsText || m_decodedInput.isEmpty() || m_decodedInput != m_pendingInput)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(0xfd, 0xe2, 0x93));
    QTextCursor first;
    for (const auto &[start, length] : spans) {
        if (start < 0 || length <= 0 || start + length > m_decodedInput.size())
            continue;
        // The box holds the text with each CRLF as one line break (a file's bytes keep both).
        const QByteArray before = QByteArray::fromRawData(m_decodedInput.constData(), start);
        const QByteArray span = QByteArray::fromRawData(m_decodedInput.constData() + start, length);
        const qsizetype from = QString::fromUtf8(before).size() - before.count("\r\n");
        const qsizetype to = from + QString::fromUtf8(span).size() - span.count("\r\n");
        QTextCursor cursor(m_input->document());
        cursor.setPosition(int(from));
        cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
        if (first.isNull())
            first = cursor;
    }
    m_input->setExtraSelections(selections);
    if (scroll && !first.isNull()) {
        QTextCursor at = first;
        at.clearSelection();
        m_input->setTextCursor(at);
        m_input->centerCursor();
    }
}

QString DecodeView::reportText() const
{
    QStringList reports;
    for (const DecodeResult &r : m_results)
        reports << decodeResultToText(r, *m_table, m_language);
    return reports.join(u"\n"_s);
}

QByteArray DecodeView::reportJson() const
{
    QByteArray lines;
    for (const DecodeResult &r : m_results) {
        lines += QJsonDocument(decodeResultToJson(r, *m_table)).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    return lines;
}

void DecodeView::copyReport()
{
    if (!m_results.isEmpty())
        QApplication::clipboard()->setText(reportText());
}

void DecodeView::saveReport()
{
    if (m_results.isEmpty())
        return;
    const QString textFilter = tr("Text report (*.txt)");
    const QString jsonFilter = tr("JSON Lines, as bouncelens decode --json (*.jsonl *.json)");
    QString selected = textFilter;
    const QString base = m_fileName.isEmpty()
                             ? u"bounce-report"_s
                             : QFileInfo(m_fileName).completeBaseName() + u"-report"_s;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), base + u".txt"_s,
                                                textFilter + u";;"_s + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    const bool json
        = selected == jsonFilter || path.endsWith(u".json"_s) || path.endsWith(u".jsonl"_s);
    if (json && path.endsWith(u".txt"_s))
        path = path.left(path.size() - 4) + u".jsonl"_s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(json ? reportJson() : reportText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Report"),
                             tr("The report could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

bool DecodeView::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the paste box are opened, not pasted as their path.
    if (watched == m_input->viewport() || watched == m_input) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!localFile(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = localFile(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                openFile(path);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DecodeView::changeEvent(QEvent *event)
{
    // The cards are rebuilt by setLanguage(), which the window calls on every switch.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DecodeView::retranslateUi()
{
    m_input->setPlaceholderText(
        tr("Paste the whole bounce here: the message source (\"Show original\" in Gmail) or "
           "the text you see in your mail program, English or Chinese.\n\nOr drop an .eml, "
           ".txt or mbox file on this window."));
    m_input->setToolTip(
        tr("Decoding starts as soon as you paste (Ctrl+Shift+V pastes and decodes)"));
    m_copyButton->setText(tr("&Copy Report"));
    m_copyButton->setToolTip(tr("Copy a plain-text summary of the results"));
    m_saveButton->setText(tr("&Save Report..."));
    m_saveButton->setToolTip(tr("Save the results as text or as JSON"));
}

} // namespace BounceLens
