#include "ui/decodeview.h"

#include "codes/codetable.h"
#include "common/safefile.h"
#include "decoder/charsetdecoder.h"
#include "mailbox/mailboxjob.h"
#include "report/decodereport.h"
#include "report/notetext.h"
#include "report/verdict.h"
#include "ui/recipientcard.h"
#include "ui/sourcehighlight.h"
#include "ui/theme.h"

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
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QtConcurrent>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
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
    , m_fileLabel(new QLabel(this))
    , m_sourceButton(new QToolButton(this))
    , m_readableButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_input(new QPlainTextEdit(this))
    , m_readable(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
    , m_cardsHost(new QWidget(m_scroll))
    , m_cards(new QVBoxLayout(m_cardsHost))
    , m_copyButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"decodeView"_s);

    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setMinimumWidth(1);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->hide();
    for (QToolButton *button : {m_sourceButton, m_readableButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_sourceButton->setObjectName(u"sourceButton"_s);
    m_readableButton->setObjectName(u"readableButton"_s);
    connect(m_sourceButton, &QToolButton::clicked, this, [this] { setMode(Mode::Source); });
    connect(m_readableButton, &QToolButton::clicked, this, [this] { setMode(Mode::Readable); });
    auto *boxBar = new QHBoxLayout;
    boxBar->setContentsMargins(0, 0, 0, 0);
    m_backButton->setObjectName(u"backToMailbox"_s);
    m_backButton->hide();
    connect(m_backButton, &QPushButton::clicked, this, &DecodeView::backRequested);
    boxBar->addWidget(m_backButton);
    boxBar->addWidget(m_fileLabel, 1);
    boxBar->addStretch(0);
    boxBar->addWidget(m_sourceButton);
    boxBar->addWidget(m_readableButton);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setObjectName(u"pasteBox"_s);
    m_input->setFont(fixed);
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Tab moves on to the cards (a tab in a bounce means nothing, and re-decoded the box).
    m_input->setTabChangesFocus(true);
    m_input->viewport()->installEventFilter(this);
    m_input->installEventFilter(this);
    m_readable->setObjectName(u"readableBox"_s);
    m_readable->setFont(fixed);
    m_readable->setReadOnly(true);
    m_readable->setTabChangesFocus(true);
    m_readable->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_readable->viewport()->installEventFilter(this);
    m_readable->installEventFilter(this);
    m_stack->addWidget(m_input);
    m_stack->addWidget(m_readable);

    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addLayout(boxBar);
    boxLayout->addWidget(m_stack, 1);

    m_summary->setObjectName(u"decodeSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(1);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();

    // Cards take the height their wrapped text needs; the scroll area scrolls the rest.
    m_cardsHost->setObjectName(u"decodeResults"_s);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->addStretch(1);
    m_scroll->setObjectName(u"decodeScroll"_s);
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

    m_splitter->setObjectName(u"decodeSplitter"_s);
    m_splitter->addWidget(box);
    m_splitter->addWidget(results);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1, 1}); // half each until the user moves it (MainWindow remembers)
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DecodeView::startDecode);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        // Edited: decode what the box shows from now on.
        m_boxMatchesResults = false;
        m_input->setExtraSelections({});
        setFileName(QString());
        scheduleDecode();
    });
    // Text typed or pasted by any means (context menu, middle click): a very long line turns
    // wrapping off before the box lays it out.
    connect(m_input->document(), &QTextDocument::contentsChange, this,
            [this](int position, int, int added) {
                if (m_settingText || m_input->lineWrapMode() == QPlainTextEdit::NoWrap
                    || added < DecodeJob::kWrapLimit)
                    return;
                const QTextDocument *doc = m_input->document();
                for (QTextBlock b = doc->findBlock(position);
                     b.isValid() && b.position() <= position + added; b = b.next()) {
                    if (b.length() > DecodeJob::kWrapLimit) {
                        m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
                        break;
                    }
                }
            });
    connect(&m_watcher, &QFutureWatcher<DecodeJob::Result>::finished, this,
            &DecodeView::onDecodeFinished);

    QSettings settings;
    m_mode = settings.value(u"decode/view"_s).toString() == u"readable"_s ? Mode::Readable
                                                                          : Mode::Source;
    m_stack->setCurrentWidget(m_mode == Mode::Readable ? m_readable : m_input);
    (m_mode == Mode::Readable ? m_readableButton : m_sourceButton)->setChecked(true);

    retranslateUi();
    showResults();
}

const BounceDecoder &DecodeView::decoder()
{
    if (!m_decoder)
        m_decoder = std::make_unique<BounceDecoder>(*m_table);
    return *m_decoder;
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
    if (m_language != language && !m_results.isEmpty() && !isBusy()) {
        // The Readable text's headings are the decoder's, in the language it ran in: decode
        // the same input again (cheap, on the worker). The cards follow at once.
        if (!m_filePath.isEmpty()) {
            const BounceDecoder *decoder = &this->decoder();
            const QString path = m_filePath;
            m_redecoding = true;
            startJob([decoder, path](const std::atomic<bool> *cancel) {
                return DecodeJob::openFile(*decoder, path, cancel);
            });
            m_pendingPath = path;
        } else if (m_boxMatchesResults) {
            m_redecoding = true;
            startDecode();
        }
    }
    m_language = language;
    showResults();
}

void DecodeView::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Readable ? m_readable : m_input);
    (mode == Mode::Readable ? m_readableButton : m_sourceButton)->setChecked(true);
    updateTabOrder();
    QSettings().setValue(u"decode/view"_s, mode == Mode::Readable ? u"readable"_s : u"source"_s);
}

void DecodeView::focusInput()
{
    (m_mode == Mode::Readable ? m_readable : m_input)->setFocus(Qt::OtherFocusReason);
}

QString DecodeView::inputText() const
{
    return m_input->toPlainText();
}

void DecodeView::chooseWrap(QPlainTextEdit *box, qsizetype longestLine)
{
    // Callers set the box's text next. The old text goes first: switching wrapping on while the
    // box still holds a 1 MB line would wrap it (the 30 s freeze).
    const auto mode = longestLine > DecodeJob::kWrapLimit ? QPlainTextEdit::NoWrap
                                                          : QPlainTextEdit::WidgetWidth;
    if (box->lineWrapMode() == mode)
        return;
    const bool setting = std::exchange(m_settingText, true);
    box->clear();
    m_settingText = setting;
    box->setLineWrapMode(mode);
}

void DecodeView::setInputText(const QString &text)
{
    m_settingText = true;
    // Wrapping is decided before the box lays the text out.
    chooseWrap(m_input, DecodeJob::longestLine(text));
    m_input->setPlainText(text);
    m_settingText = false;
    m_boxMatchesResults = false;
    setFileName(QString());
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
    QString problem;
    if (DecodeJob::check(path, &problem) != DecodeJob::FileProblem::None) {
        if (error)
            *error = problem;
        showMessage(tr("Could not open the file"), problem);
        return false;
    }
    const BounceDecoder *decoder = &this->decoder();
    startJob([decoder, path](const std::atomic<bool> *cancel) {
        DecodeJob::Result r = DecodeJob::openFile(*decoder, path, cancel);
        r.fileName = QFileInfo(path).fileName();
        return r;
    });
    m_pendingPath = path;
    return true;
}

void DecodeView::openMessage(const QString &path, qint64 offset, qint64 length, const QString &name)
{
    const BounceDecoder *decoder = &this->decoder();
    startJob([decoder, path, offset, length, name](const std::atomic<bool> *cancel) {
        DecodeJob::Result r;
        r.fromFile = true;
        r.fileName = name;
        QString error;
        const QByteArray bytes
            = MailboxJob::readMessage(path, offset, length, DecodeJob::kBoxLimit, &error);
        if (bytes.isEmpty()) {
            r.problem = DecodeJob::FileProblem::Unreadable;
            r.problemText = tr("%1 cannot be read: %2").arg(name, error);
            return r;
        }
        const CharsetDecoder::Result shown = CharsetDecoder::decode(bytes);
        r.boxText = shown.text;
        r.fileSize = bytes.size();
        r.longestLine = DecodeJob::longestLine(r.boxText);
        r.results = {decoder->decode(bytes, cancel)};
        r.cancelled = cancel && cancel->load();
        for (const DecodeResult &d : std::as_const(r.results)) {
            QList<QList<DecodeJob::Range>> perRecipient;
            for (const RecipientResult &x : d.recipients) {
                perRecipient << SourceHighlight::withReplyRanges(
                    DecodeJob::boxRanges(bytes, shown.charset, x.spans),
                    QString(r.boxText).replace(u"\r\n"_s, u"\n"_s), x);
            }
            r.sourceRanges << perRecipient;
        }
        return r;
    });
    // Not a file of its own: the results are not decoded again from the path.
    m_pendingPath.clear();
}

void DecodeView::setBackVisible(bool visible)
{
    m_backButton->setVisible(visible);
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
    const QString text = m_input->toPlainText();
    m_pendingPath.clear();
    if (text.trimmed().isEmpty()) {
        if (m_cancel)
            *m_cancel = true; // the older decode stops at its next check
        m_results.clear();
        m_sourceRanges.clear();
        m_busy->hide();
        if (text.size() < DecodeJob::kWrapLimit)
            m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        showResults();
        return;
    }
    const BounceDecoder *decoder = &this->decoder();
    startJob([decoder, text](const std::atomic<bool> *cancel) {
        return DecodeJob::decodeText(*decoder, text, cancel);
    });
}

void DecodeView::startJob(std::function<DecodeJob::Result(const std::atomic<bool> *)> job)
{
    if (m_cancel)
        *m_cancel = true; // the older decode stops at its next check
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_watcher.setFuture(QtConcurrent::run(
        &decodePool(), [job = std::move(job), cancel] { return job(cancel.get()); }));
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
    const DecodeJob::Result r = m_watcher.result();
    m_busy->hide();
    const bool redecoded = std::exchange(m_redecoding, false);
    if (r.fromFile && !takeFile(r, redecoded))
        return;
    m_results = r.results;
    m_sourceRanges = r.sourceRanges;
    addSoftBreakRanges();
    m_boxMatchesResults = !r.boxTruncated;
    m_readableMessage = -1;
    showResults();
    emit decoded();
}

bool DecodeView::takeFile(const DecodeJob::Result &r, bool redecoded)
{
    const QString path = std::exchange(m_pendingPath, QString());
    if (redecoded && r.problem != DecodeJob::FileProblem::None)
        return false; // the file went away meanwhile: the results shown stay
    if (r.problem != DecodeJob::FileProblem::None) {
        // The box keeps what it showed; the message says what the file is.
        showMessage(r.problem == DecodeJob::FileProblem::Empty ? tr("The file is empty")
                    : r.problem == DecodeJob::FileProblem::Binary
                        ? tr("This file is not a mail message")
                        : tr("Could not open the file"),
                    r.problemText);
        emit decoded();
        return false;
    }
    if (!redecoded || r.boxText != m_shownFileText) {
        m_settingText = true;
        chooseWrap(m_input, r.longestLine);
        m_input->setPlainText(r.boxText);
        m_settingText = false;
    }
    m_shownFileText = r.boxText;
    m_boxTruncated = r.boxTruncated;
    m_fileSize = r.fileSize;
    setFileName(r.fileName);
    m_filePath = path;
    if (!redecoded)
        emit fileOpened(path);
    return true;
}

void DecodeView::addSoftBreakRanges()
{
    // Replies cut by quoted-printable soft line breaks, which byte ranges do not cover.
    if (m_results.size() != 1 || m_sourceRanges.size() != 1)
        return;
    const QString box = m_input->toPlainText();
    auto &perRecipient = m_sourceRanges.first();
    const QList<RecipientResult> &recipients = m_results.first().recipients;
    for (qsizetype i = 0; i < perRecipient.size() && i < recipients.size(); ++i)
        perRecipient[i]
            = SourceHighlight::withReplyRanges(perRecipient.at(i), box, recipients.at(i));
}

void DecodeView::setFileName(const QString &name)
{
    if (name.isEmpty()) {
        m_boxTruncated = false;
        m_filePath.clear();
        m_shownFileText.clear();
    }
    if (m_fileName == name)
        return;
    m_fileName = name;
    updateFileLabel();
    emit fileNameChanged(name);
}

void DecodeView::updateFileLabel()
{
    QStringList parts;
    if (!m_fileName.isEmpty())
        parts << m_fileName;
    if (m_results.size() > 1 && m_readableMessage >= 0) {
        //: Above the box: which message of an mbox the Readable view shows
        parts << tr("message %1 of %2").arg(m_readableMessage + 1).arg(m_results.size());
    }
    if (m_boxTruncated && !m_fileName.isEmpty()) {
        //: Above the box for a very big file: %1 and %2 are sizes ("2.0 MiB")
        parts << tr("showing the first %1 of %2")
                     .arg(QLocale().formattedDataSize(DecodeJob::kBoxLimit),
                          QLocale().formattedDataSize(m_fileSize));
    }
    //: Separator between the file name and "message n of N" above the box
    m_fileLabel->setText(parts.join(tr(" - ")));
    m_fileLabel->setVisible(!parts.isEmpty());
}

void DecodeView::clearCards()
{
    m_cardWidgets.clear();
    // Everything but the final stretch.
    while (m_cards->count() > 1) {
        QLayoutItem *item = m_cards->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_input->setExtraSelections({});
    m_readable->setExtraSelections({});
}

void DecodeView::showMessage(const QString &title, const QString &detail)
{
    clearCards();
    m_summary->setText(title);
    auto *label = new QLabel(m_cardsHost);
    label->setObjectName(u"decodeMessage"_s);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setMinimumWidth(1);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(detail);
    m_cards->insertWidget(m_cards->count() - 1, label);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
}

void DecodeView::showReadable(int message)
{
    if (message == m_readableMessage && message >= 0)
        return;
    m_readableMessage = message;
    const QString text
        = message >= 0 && message < m_results.size() ? m_results.at(message).readable : QString();
    chooseWrap(m_readable, DecodeJob::longestLine(text));
    m_readable->setPlainText(text);
    updateFileLabel();
}

namespace {

struct OutcomeCounts
{
    int permanent = 0;
    int temporary = 0;
    int delivered = 0;
    int unknown = 0; // counted as the table and the charts count it
    int total = 0;

    void add(Outcome outcome)
    {
        ++total;
        switch (outcome) {
        case Outcome::Delivered:
            ++delivered;
            break;
        case Outcome::Temporary:
            ++temporary;
            break;
        case Outcome::Permanent:
            ++permanent;
            break;
        case Outcome::Unknown:
            ++unknown;
            break;
        }
    }
};

OutcomeCounts countOutcomes(const QList<DecodeResult> &results)
{
    OutcomeCounts counts;
    for (const DecodeResult &r : results) {
        for (const RecipientResult &rec : r.recipients)
            counts.add(Verdict::outcome(rec));
    }
    return counts;
}

} // namespace

void DecodeView::showResults()
{
    updateFileLabel();
    if (m_results.isEmpty()) {
        showReadable(-1);
        showMessage(tr("Paste a bounce to decode it"),
                    tr("BounceLens reads the whole bounce - the message source (\"Show "
                       "original\") or the text you see - in English or Chinese, and says per "
                       "recipient what failed, the exact Gmail reply it matches and what to "
                       "do. You can also drop an .eml, .txt or mbox file here."));
        return;
    }
    showReadable(m_readableMessage >= 0 ? m_readableMessage : 0);
    const OutcomeCounts counts = countOutcomes(m_results);
    if (counts.total == 0) {
        showNothingFound();
        return;
    }

    clearCards();
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    QStringList parts;
    if (counts.permanent)
        parts << tr("%1 permanent").arg(counts.permanent);
    if (counts.temporary)
        parts << tr("%1 temporary").arg(counts.temporary);
    if (counts.delivered)
        parts << tr("%1 delivered").arg(counts.delivered);
    if (counts.unknown)
        //: Recipients whose bounce does not say whether the failure is permanent
        parts << tr("%1 unknown").arg(counts.unknown);
    m_summary->setText(tr("Recipients: %1 (%2)").arg(counts.total).arg(parts.join(tr(", "))));

    for (int m = 0; m < m_results.size(); ++m)
        addMessageCards(m);
    updateTabOrder();
    highlight(-1, -1, false);
}

void DecodeView::showNothingFound()
{
    // Nothing found: say so plainly, and what was recognised.
    const DecodeResult &r = m_results.first();
    if (r.errorCode != ErrorCode::None && m_results.size() == 1) {
        showMessage(tr("This input could not be read"), NoteText::error(r));
        return;
    }
    QStringList lines;
    if (!r.charset.isEmpty())
        lines << tr("Charset: %1").arg(r.charset);
    if (!r.languages.isEmpty())
        lines << tr("Language: %1").arg(DecodeReport::languageNames(r.languages));
    if (!r.provider.isEmpty())
        lines << tr("Bounce from %1").arg(r.provider);
    if (!r.originalSubject.isEmpty())
        lines << tr("Original subject: %1").arg(r.originalSubject);
    for (const QString &note : NoteText::messages(r.recognised))
        lines << note;
    for (const LimitNote &note : r.notes)
        lines << tr("Left out: %1").arg(NoteText::message(note));
    lines << tr("No SMTP reply code found.");
    showMessage(tr("Nothing found: this does not look like a bounce with an SMTP error"),
                lines.join(u'\n'));
}

QStringList DecodeView::messageHeader(int m) const
{
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
    if (r.errorCode != ErrorCode::None)
        header << NoteText::error(r);
    // What a limit left out (issue 25: nothing dropped in silence).
    for (const LimitNote &note : r.notes)
        header << tr("Left out: %1").arg(NoteText::message(note));
    return header;
}

void DecodeView::addMessageCards(int m)
{
    const DecodeResult &r = m_results.at(m);
    if (const QStringList header = messageHeader(m); !header.isEmpty()) {
        auto *label = new QLabel(m_cardsHost);
        label->setObjectName(u"messageHeader"_s);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setMinimumWidth(1);
        label->setText(header.join(u'\n'));
        label->setStyleSheet(
            u"color: %1;"_s.arg(Theme::secondaryText(palette()).name(QColor::HexRgb)));
        m_cards->insertWidget(m_cards->count() - 1, label);
    }
    for (int i = 0; i < r.recipients.size(); ++i) {
        auto *card
            = new RecipientCard(m_table, r.recipients.at(i), m_language, m_cardsHost, r.sender);
        card->setResultIndex(int(m_cardWidgets.size()));
        card->setProperty("message", m);
        card->setProperty("recipient", i);
        connect(card, &RecipientCard::clicked, this, [this, card] { selectCard(card); });
        connect(card, &RecipientCard::entryRequested, this, &DecodeView::entryRequested);
        m_cards->insertWidget(m_cards->count() - 1, card);
        m_cardWidgets << card;
    }
}

void DecodeView::updateTabOrder()
{
    // Box -> each card (then its buttons) -> Copy Report -> Save Report: new cards are
    // appended to the window's focus chain, after everything else, unless put in their place.
    QWidget *previous = m_mode == Mode::Readable ? m_readable : m_input;
    for (RecipientCard *card : std::as_const(m_cardWidgets)) {
        setTabOrder(previous, card);
        previous = card;
        for (QWidget *child : card->focusableChildren()) {
            setTabOrder(previous, child);
            previous = child;
        }
    }
    setTabOrder(previous, m_copyButton);
    setTabOrder(m_copyButton, m_saveButton);
}

void DecodeView::selectCard(RecipientCard *card)
{
    for (RecipientCard *c : std::as_const(m_cardWidgets))
        c->setSelected(c == card);
    highlight(card->property("message").toInt(), card->property("recipient").toInt(), true);
}

void DecodeView::highlight(int message, int recipient, bool scroll)
{
    // message -1: every reply of every message (Source) and of the first message (Readable).
    SourceHighlight::show(m_input, sourceRanges(message, recipient), scroll);

    // Readable: always, in the message the card belongs to.
    const int shown = message >= 0 ? message : std::max(0, m_readableMessage);
    if (shown >= m_results.size())
        return;
    showReadable(shown);
    QList<DecodeJob::Range> readable;
    const QList<RecipientResult> &recipients = m_results.at(shown).recipients;
    for (int i = 0; i < recipients.size(); ++i) {
        if (recipient < 0 || i == recipient)
            readable += recipients.at(i).readableSpans;
    }
    SourceHighlight::show(m_readable, readable, scroll);
}

QList<DecodeJob::Range> DecodeView::sourceRanges(int message, int recipient) const
{
    // The byte ranges, where the box shows those bytes.
    QList<DecodeJob::Range> source;
    if (!m_boxMatchesResults)
        return source;
    for (int m = 0; m < m_sourceRanges.size(); ++m) {
        if (message >= 0 && m != message)
            continue;
        const auto &perRecipient = m_sourceRanges.at(m);
        for (int i = 0; i < perRecipient.size(); ++i) {
            if (recipient < 0 || i == recipient)
                source += perRecipient.at(i);
        }
    }
    return source;
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
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), startIn(base + u".txt"_s),
                                                textFilter + u";;"_s + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    const bool json
        = selected == jsonFilter || path.endsWith(u".json"_s) || path.endsWith(u".jsonl"_s);
    if (json && path.endsWith(u".txt"_s))
        path = path.left(path.size() - 4) + u".jsonl"_s;
    // Atomic, only over a regular file, the cause of a failure said (issue 25).
    if (const QString problem = SafeFile::write(path, json ? reportJson() : reportText().toUtf8());
        !problem.isEmpty()) {
        // Plain text: a file name is not markup.
        QMessageBox box(QMessageBox::Warning, tr("Save Report"),
                        tr("The report could not be saved to %1: %2")
                            .arg(QDir::toNativeSeparators(path), problem),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

bool DecodeView::handleDrop(QEvent *event)
{
    // Files dropped on the boxes are opened, not pasted as their path.
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
    return false;
}

bool DecodeView::eventFilter(QObject *watched, QEvent *event)
{
    const bool input = watched == m_input->viewport() || watched == m_input;
    const bool readable = watched == m_readable->viewport() || watched == m_readable;
    if ((input || readable) && handleDrop(event))
        return true;
    if ((input || readable) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            const QString text = QApplication::clipboard()->text();
            if (readable) {
                // The Readable view cannot be edited: a paste there replaces the input, as an
                // edit of the Source box that Undo there brings back.
                if (!text.isEmpty()) {
                    if (DecodeJob::longestLine(text) > DecodeJob::kWrapLimit)
                        m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
                    QTextCursor all(m_input->document());
                    all.select(QTextCursor::Document);
                    all.insertText(text);
                }
                return true;
            }
            // A very long line: no wrapping, decided before the box lays it out.
            if (DecodeJob::longestLine(text) > DecodeJob::kWrapLimit)
                m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
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
    m_readable->setPlaceholderText(
        tr("The decoded message appears here: headers, text in its own language, the delivery "
           "status and the original message's headers."));
    m_sourceButton->setText(tr("Source"));
    m_sourceButton->setToolTip(tr("The bounce as pasted or as the file holds it"));
    m_readableButton->setText(tr("Readable"));
    m_readableButton->setToolTip(
        tr("The bounce as a person reads it: encoded text and headers decoded, HTML as text"));
    m_copyButton->setText(tr("&Copy Report"));
    m_copyButton->setToolTip(tr("Copy a plain-text summary of the results"));
    m_saveButton->setText(tr("&Save Report..."));
    m_saveButton->setToolTip(tr("Save the results as text or as JSON"));
    m_backButton->setText(tr("Back to Mailbox"));
    m_backButton->setToolTip(tr("The mailbox, as you left it"));
    m_input->setAccessibleName(tr("Bounce source"));
    m_input->setAccessibleDescription(m_input->placeholderText());
    m_readable->setAccessibleName(tr("Readable bounce"));
    m_readable->setAccessibleDescription(m_readable->placeholderText());
    m_scroll->setAccessibleName(tr("Decoded recipients"));
}

} // namespace BounceLens
