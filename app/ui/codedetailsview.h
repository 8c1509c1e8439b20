#pragma once

#include <QTextBrowser>

namespace BounceLens {

class CodeTable;
struct CodeEntry;

// The details pane: one entry in the interface language beside the original English, what its
// codes mean, the advice, older wordings, re-coding links and the sibling entries sharing the
// code pair. Data is always HTML-escaped; links open only when clicked (help links in the
// system browser, "entry:" links inside the app).
class CodeDetailsView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeDetailsView)

public:
    explicit CodeDetailsView(const CodeTable *table, QWidget *parent = nullptr);

    // -1 shows the "nothing selected" text.
    void showEntry(int index);
    int entryIndex() const { return m_index; }
    void setLanguage(const QString &language);

signals:
    void entryLinkActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    // The parts of an entry's page, in order (HTML).
    QString titleHtml(const CodeEntry &e) const;
    QString textsHtml(const CodeEntry &e) const;
    QString adviceHtml(const CodeEntry &e) const;
    QString recodingHtml(const CodeEntry &e) const;
    QString variantsHtml(const CodeEntry &e) const;
    QString meaningHtml(const CodeEntry &e) const;
    QString siblingsHtml(const CodeEntry &e) const;
    QString sourceHtml(const CodeEntry &e) const;
    // Two sentences (or a label and its text) in a row: a space between them in English,
    // nothing in Chinese.
    static QString inARow(const QString &first, const QString &second);
    void onAnchorClicked(const QUrl &url);

    const CodeTable *m_table;
    int m_index = -1;
    QString m_language = QStringLiteral("en");
};

} // namespace BounceLens
