#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;

namespace BounceLens {

class BrowseView;
class CodeTable;
class DecodeView;
class LanguageManager;

// The main window: Browse view (and the Decode view), menus, the Language menu and the status
// bar. Wiring only; the logic lives in core.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const CodeTable *table, LanguageManager *languages, QWidget *parent = nullptr);

    BrowseView *browseView() const { return m_browse; }
    DecodeView *decodeView() const { return m_decode; }
    // Opens a bounce file in the Decode view (File > Open, drops, the command line).
    bool openFile(const QString &path);
    void showBrowse();
    void showDecode();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateCount();
    void applyLanguage(const QString &language);
    void showAbout();
    void openDialog();

    const CodeTable *m_table;
    LanguageManager *m_languages;
    QTabWidget *m_tabs;
    BrowseView *m_browse;
    DecodeView *m_decode;
    QLabel *m_count;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_pasteDecode = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showBrowse = nullptr;
    QAction *m_showDecode = nullptr;
    QAction *m_systemLanguage = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace BounceLens
