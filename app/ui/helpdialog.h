#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

namespace BounceLens {

// The small Help dialogs: "Keyboard Shortcuts" and "Search Syntax". Their text is built from
// tr() phrases (and key names in the platform's words) each time the language changes.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum class Topic { Shortcuts, SearchSyntax };

    explicit HelpDialog(Topic topic, QWidget *parent = nullptr);

    // The dialog's text as HTML (for tests and the dialog itself).
    static QString html(Topic topic);
    static QString title(Topic topic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Topic m_topic;
    QTextBrowser *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace BounceLens
