#pragma once

#include "bouncedecoder.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace BounceLens {

class CodeTable;
class RecipientCard;

// The Decode view: a paste box and, beside it, one card per recipient. Decoding runs on a
// worker thread (QtConcurrent); a newer input cancels the older decode. The pasted text is
// shown as plain text only and never leaves the box because of an error.
class DecodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecodeView)

public:
    explicit DecodeView(const CodeTable *table, QWidget *parent = nullptr);
    ~DecodeView() override;

    void setLanguage(const QString &language);
    // Loads a file's bytes into the box and decodes them (the file's own bytes, not the text
    // shown, so 8-bit charsets decode right). Returns false with a message on error.
    bool openFile(const QString &path, QString *error = nullptr);
    void pasteAndDecode();
    void setInputText(const QString &text);
    QString inputText() const;
    void focusInput();

    const QList<DecodeResult> &results() const { return m_results; }
    bool isBusy() const;
    QString reportText() const;
    QByteArray reportJson() const;
    void copyReport();
    void saveReport();

signals:
    void entryRequested(const QString &id);
    void decoded();
    void fileOpened(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void scheduleDecode();
    void startDecode();
    void onDecodeFinished();
    void showResults();
    void showMessage(const QString &title, const QString &detail);
    void clearCards();
    void selectCard(RecipientCard *card);
    void highlightSpans(const QList<QPair<qsizetype, qsizetype>> &spans, bool scroll);

    const CodeTable *m_table;
    BounceDecoder m_decoder;
    QString m_language = QStringLiteral("en");

    QPlainTextEdit *m_input;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QVBoxLayout *m_cards;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QTimer *m_debounce;

    // Bytes of an opened file, decoded as they are while the box is unchanged.
    QByteArray m_fileBytes;
    QString m_fileName;
    bool m_settingText = false;

    QFutureWatcher<QList<DecodeResult>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QByteArray m_decodedInput; // what the current results were computed from
    QByteArray m_pendingInput;
    bool m_inputIsText = true;
    QList<DecodeResult> m_results;
    QList<RecipientCard *> m_cardWidgets;
};

} // namespace BounceLens
