#pragma once

#include <QFrame>

class QLabel;

namespace BounceLens {

class CodeTable;
struct RecipientResult;

// One recipient of a decoded bounce: the verdict in plain words first, then the codes, the
// matched entry beside the original English, the advice, the confidence and the details.
// Everything taken from the bounce is shown as plain text, never as HTML.
class RecipientCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientCard)

public:
    RecipientCard(const CodeTable *table, const RecipientResult &result, const QString &language,
                  QWidget *parent = nullptr);

    int resultIndex() const { return m_resultIndex; }
    void setResultIndex(int index) { m_resultIndex = index; }
    void setSelected(bool selected);

signals:
    void clicked();
    void entryRequested(const QString &id);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    static QLabel *plainLabel(const QString &text, QWidget *parent);

    int m_resultIndex = -1;
};

} // namespace BounceLens
