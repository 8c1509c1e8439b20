#pragma once

#include "decoder/senderidentity.h"

#include <QFrame>

#include <memory>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace BounceLens {

class CodeTable;
struct RecipientResult;
struct CodeEntry;

// One recipient of a decoded bounce: the verdict in plain words first, then the codes, the
// matched entry beside the original English, the advice, the confidence and the details.
// Everything taken from the bounce is shown as plain text, never as HTML.
class RecipientCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientCard)

public:
    // sender: who sent the message, from its bounce (DecodeResult::sender), for the address
    // action's line ("Fix your sending first (DMARC for example.com), then resend").
    RecipientCard(const CodeTable *table, const RecipientResult &result, const QString &language,
                  QWidget *parent = nullptr, const SendingIdentity &sender = {});
    ~RecipientCard() override;

    // The card's explanation in plain sentences (Explanation), as "Copy explanation" copies it.
    QString explanation() const;
    void copyExplanation() const;

    int resultIndex() const { return m_resultIndex; }
    void setResultIndex(int index) { m_resultIndex = index; }
    void setSelected(bool selected);
    // The card's own focusable widgets (its buttons), in their order on the card.
    QList<QWidget *> focusableChildren() const;
    bool isSelected() const { return m_selected; }

signals:
    void clicked();
    void entryRequested(const QString &id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *plainLabel(const QString &text);
    // The parts of the card below the verdict and the address, in order.
    QLabel *createCodeLabel();
    void addEntry(QVBoxLayout *layout, const CodeEntry &entry);
    void addFacts(QVBoxLayout *layout);
    void setSpokenText();
    QString confidenceText() const;
    QStringList codeParts() const;
    QString secondaryStyle() const;
    void retranslateUi();

    const CodeTable *m_table;
    QString m_language;
    std::unique_ptr<RecipientResult> m_result;
    QPushButton *m_copyExplanation = nullptr;
    int m_resultIndex = -1;
    bool m_selected = false;
};

} // namespace BounceLens
