#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QWidget;

namespace BounceLens {

class BrowseView;
class CodeTable;
class DecodeView;
class LanguageManager;
class MailboxView;

// The main window: Browse view (and the Decode view), menus, the Language menu and the status
// bar. Wiring only; the logic lives in core.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const CodeTable *table, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    BrowseView *browseView() const { return m_browse; }
    DecodeView *decodeView() const { return m_decode; }
    // Opens a bounce file in the Decode view (File > Open, drops, the command line).
    bool openFile(const QString &path);
    // Remembered between runs (QSettings): geometry, splitters, current view, column widths.
    void saveSettings() const;
    void restoreSettings();
    // The first window's size: the usual size, never larger than the screen's available area.
    static QRect initialGeometry(const QRect &available);
    // Several files, a folder or an mbox open in the mailbox view; one bounce in the Decode view.
    bool openFiles(const QStringList &paths);
    // The mailbox view, built when first needed (a mailbox opened, an export asked for): its
    // table, models and Qt Charts are not built before the window's first paint.
    MailboxView *mailboxView();
    void showBrowse();
    void showDecode();
    // File > Open Recent: files and folders opened, newest first (QSettings).
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateExportActions();
    void updateCount();
    void applyLanguage(const QString &language);
    void showAbout();
    void openDialog();
    void updateTitle();
    void copySelection();
    void selectAll();
    void showHelp(int topic);
    void updateRecentMenu();
    // Where the file dialogs start: the folder of the last file or folder opened.
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);

    const CodeTable *m_table;
    LanguageManager *m_languages;
    QTabWidget *m_tabs;
    BrowseView *m_browse;
    DecodeView *m_decode;
    MailboxView *m_mailbox = nullptr; // built by mailboxView()
    QStackedWidget *m_decodePage;     // the Decode tab: one bounce, or a mailbox
    QLabel *m_count;
    QPointer<QWidget> m_lastFocus; // in this window, for Edit > Copy / Select All

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openFolder = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_exportSuppression = nullptr;
    QAction *m_pasteDecode = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_searchSyntax = nullptr;
    QAction *m_showBrowse = nullptr;
    QAction *m_showDecode = nullptr;
    QAction *m_systemLanguage = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace BounceLens
