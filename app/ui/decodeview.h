#pragma once

#include "decoder/bouncedecoder.h"
#include "input/decodejob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace BounceLens {

class CodeTable;
class RecipientCard;

// The Decode view: the input box (the Source as pasted or read, or the Readable message as a
// person reads it) and, beside it, one card per recipient. Reading files, decoding and
// preparing the box's text run on a worker thread (DecodeJob); a newer input cancels the
// older one. The pasted text is shown as plain text only and never leaves the box because of
// an error.
class DecodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecodeView)

public:
    explicit DecodeView(const CodeTable *table, QWidget *parent = nullptr);
    ~DecodeView() override;

    enum class Mode { Source, Readable };

    void setLanguage(const QString &language);
    // Reads a file on a worker and decodes its bytes (not the text shown, so 8-bit charsets
    // decode right). Returns false with a message when the file is missing or too big; an
    // empty or binary file is reported when it has been read, and the box keeps its text.
    bool openFile(const QString &path, QString *error = nullptr);
    // Decodes one message of a mailbox (bytes [offset, offset + length) of the file), read on
    // the worker; `name` is shown above the box.
    void openMessage(const QString &path, qint64 offset, qint64 length, const QString &name);
    // The "Back to Mailbox" button, while a mailbox stays loaded behind this view.
    void setBackVisible(bool visible);
    void pasteAndDecode();
    void setInputText(const QString &text);
    QString inputText() const;
    void focusInput();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The name of the file shown in the box; empty for pasted text.
    QString fileName() const { return m_fileName; }

    const QList<DecodeResult> &results() const { return m_results; }
    bool isBusy() const;
    QString reportText() const;
    QByteArray reportJson() const;
    void copyReport();
    void saveReport();
    QSplitter *splitter() const { return m_splitter; }

signals:
    void entryRequested(const QString &id);
    void decoded();
    void fileOpened(const QString &path);
    // The file the box shows changed (empty: pasted or typed text).
    void fileNameChanged(const QString &fileName);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void scheduleDecode();
    void startDecode();
    void startJob(std::function<DecodeJob::Result(const std::atomic<bool> *)> job);
    void onDecodeFinished();
    // A decoded file into the box; false when there is nothing to show (a problem, said).
    bool takeFile(const DecodeJob::Result &r, bool redecoded);
    // Replies cut by quoted-printable soft line breaks, added to the source ranges.
    void addSoftBreakRanges();
    void showResults();
    void showNothingFound();
    QStringList messageHeader(int message) const;
    void addMessageCards(int message);
    // The source box's ranges of one recipient (or all, -1) of one message (or all, -1).
    QList<DecodeJob::Range> sourceRanges(int message, int recipient) const;
    void showMessage(const QString &title, const QString &detail);
    void updateTabOrder();
    void clearCards();
    void selectCard(RecipientCard *card);
    void showReadable(int message);
    void highlight(int message, int recipient, bool scroll);
    void updateFileLabel();
    void setFileName(const QString &name);
    void chooseWrap(QPlainTextEdit *box, qsizetype longestLine);
    bool handleDrop(QEvent *event);

    // The decoder, with its patterns and tables, made at the first decode (GUI thread), not
    // before the window's first paint.
    const BounceDecoder &decoder();

    const CodeTable *m_table;
    std::unique_ptr<BounceDecoder> m_decoder;
    QString m_language = QStringLiteral("en");
    Mode m_mode = Mode::Source;

    QLabel *m_fileLabel;
    QToolButton *m_sourceButton;
    QToolButton *m_readableButton;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_readable;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QVBoxLayout *m_cards;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_backButton;
    QSplitter *m_splitter;
    QTimer *m_debounce;

    QString m_fileName;          // the file the box shows, while unchanged
    QString m_pendingPath;       // the file being read
    QString m_filePath;          // the file the box shows, while unchanged
    QString m_shownFileText;     // the text it was shown with
    bool m_redecoding = false;   // decoding the same input again after a language switch
    bool m_boxTruncated = false; // the box shows only the file's beginning
    qint64 m_fileSize = 0;
    bool m_settingText = false;
    bool m_boxMatchesResults = false; // the box shows what the results were decoded from

    QFutureWatcher<DecodeJob::Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<DecodeResult> m_results;
    QList<QList<QList<DecodeJob::Range>>> m_sourceRanges;
    int m_readableMessage = -1; // the message whose readable text the Readable box shows
    QList<RecipientCard *> m_cardWidgets;
};

} // namespace BounceLens
