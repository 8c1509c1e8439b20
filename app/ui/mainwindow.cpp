#include "ui/mainwindow.h"

#include "codes/codetable.h"
#include "common/languages.h"
#include "mailbox/mailboxjob.h"
#include "ui/appicon.h"
#include "ui/browseview.h"
#include "ui/decodeview.h"
#include "ui/helpdialog.h"
#include "ui/languagemanager.h"
#include "ui/mailboxview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const CodeTable *table, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_table(table)
    , m_languages(languages)
    , m_tabs(new QTabWidget(this))
    , m_browse(new BrowseView(table, this))
    , m_decode(new DecodeView(table, this))
    , m_decodePage(new QStackedWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    // The window shows the application's icon (guimain.cpp sets it) when it has none of its own;
    // Qt 6.4 decodes every size of an icon when it is made, so it is not made twice at start.
    if (QApplication::windowIcon().isNull())
        setWindowIcon(appIcon());
    m_tabs->setObjectName(u"viewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, QString());
    m_decodePage->setObjectName(u"decodePage"_s);
    m_decodePage->addWidget(m_decode);
    m_tabs->addTab(m_decodePage, QString());
    setCentralWidget(m_tabs);
    setAcceptDrops(true);
    m_count->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_count);

    createActions();
    connect(m_browse, &BrowseView::countChanged, this, &MainWindow::updateCount);
    // The code count belongs to the Browse view.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_count->setVisible(m_tabs->currentWidget() == m_browse); });
    connect(m_decode, &DecodeView::entryRequested, this, [this](const QString &id) {
        showBrowse();
        m_browse->showEntry(id);
    });
    connect(m_decode, &DecodeView::fileOpened, this, [this](const QString &path) {
        setWindowFilePath(path);
        showDecode();
    });
    connect(m_decode, &DecodeView::fileNameChanged, this, &MainWindow::updateTitle);
    // Esc in the table goes back to the search field.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_browse->tableView(), nullptr,
                                 nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_browse, &BrowseView::focusSearch);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && now->window() == this)
            m_lastFocus = now;
    });
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    connect(m_decode, &DecodeView::backRequested, this, [this] {
        m_decode->setBackVisible(false);
        m_decodePage->setCurrentWidget(mailboxView());
        showDecode();
    });
    // Several files dropped on the paste box go to the mailbox view.
    if (auto *box = m_decode->findChild<QPlainTextEdit *>(u"pasteBox"_s)) {
        box->installEventFilter(this);
        box->viewport()->installEventFilter(this);
    }

    applyLanguage(m_languages->language());
    retranslateUi();
    restoreSettings();
    if (m_tabs->currentWidget() == m_browse)
        m_browse->focusSearch();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

QRect MainWindow::initialGeometry(const QRect &available)
{
    QSize size(1180, 720);
    size = size.boundedTo(available.size() * 0.95).boundedTo(available.size());
    QRect rect(QPoint(), size);
    rect.moveCenter(available.center());
    return rect;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QRect available
        = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        setGeometry(initialGeometry(available));
    // A saved size from a bigger screen (or another scale) never exceeds this one.
    if (width() > available.width() || height() > available.height()) {
        const QRect fitted = initialGeometry(available);
        resize(fitted.size());
        move(fitted.topLeft());
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray state
            = settings.value(u"splitters/"_s + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    const QByteArray columns = settings.value(u"browse/columns"_s).toByteArray();
    if (!columns.isEmpty())
        m_browse->tableView()->horizontalHeader()->restoreState(columns);
    if (settings.value(u"window/view"_s).toString() == u"decode"_s)
        m_tabs->setCurrentWidget(m_decodePage);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(u"splitters/"_s + splitter->objectName(), splitter->saveState());
    }
    settings.setValue(u"browse/columns"_s, m_browse->tableView()->horizontalHeader()->saveState());
    settings.setValue(u"window/view"_s,
                      m_tabs->currentWidget() == m_decodePage ? u"decode"_s : u"browse"_s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    // The platform adds " - BounceLens" (the application's display name) after a file name;
    // with no file the title is the name alone.
    const QString file = m_decode->fileName();
    setWindowTitle(file.isEmpty() ? u"BounceLens"_s : file);
    if (file.isEmpty())
        setWindowFilePath(QString());
}

void MainWindow::copySelection()
{
    QWidget *w = m_lastFocus ? m_lastFocus.data() : QApplication::focusWidget();
    if (!w)
        return;
    // A widget's own Copy action (the code table copies its row), else its copy() slot.
    for (QAction *action : w->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Copy) && action->isEnabled()) {
            action->trigger();
            return;
        }
    }
    if (auto *label = qobject_cast<QLabel *>(w)) {
        if (label->hasSelectedText())
            QApplication::clipboard()->setText(label->selectedText());
        return;
    }
    if (w->metaObject()->indexOfMethod("copy()") >= 0)
        QMetaObject::invokeMethod(w, "copy");
}

void MainWindow::selectAll()
{
    QWidget *w = m_lastFocus ? m_lastFocus.data() : QApplication::focusWidget();
    if (w && w->metaObject()->indexOfMethod("selectAll()") >= 0)
        QMetaObject::invokeMethod(w, "selectAll");
}

void MainWindow::showHelp(int topic)
{
    const auto t = static_cast<HelpDialog::Topic>(topic);
    const QString name
        = t == HelpDialog::Topic::Shortcuts ? u"shortcutsDialog"_s : u"searchSyntaxDialog"_s;
    auto *dialog = findChild<HelpDialog *>(name);
    if (!dialog) {
        dialog = new HelpDialog(t, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_open = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDialog);
    m_openFolder = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                         this, [this] {
                                             const QString dir = QFileDialog::getExistingDirectory(
                                                 this, tr("Open Mailbox Folder"), lastDirectory());
                                             if (!dir.isEmpty())
                                                 openFiles({dir});
                                         });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    m_pasteDecode = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                          this, [this] {
                                              m_decodePage->setCurrentWidget(m_decode);
                                              showDecode();
                                              m_decode->pasteAndDecode();
                                          });
    // The mailbox's exports, also on its own buttons; enabled while it lists rows.
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(u"exportMenu"_s);
    m_exportCsv = m_exportMenu->addAction(
        QString(), this, [this] { mailboxView()->saveExport(MailboxView::Export::Csv); });
    m_exportJson = m_exportMenu->addAction(
        QString(), this, [this] { mailboxView()->saveExport(MailboxView::Export::JsonLines); });
    m_exportSuppression = m_exportMenu->addAction(QString(), this, [this] {
        mailboxView()->saveExport(MailboxView::Export::SuppressionList);
    });
    connect(m_fileMenu, &QMenu::aboutToShow, this, &MainWindow::updateExportActions);
    updateExportActions();
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_find = m_editMenu->addAction(QString(), this, [this] {
        showBrowse();
        m_browse->focusSearch();
    });
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_editMenu->addSeparator();
    // Copy and Select All act on the focused widget. Their keys are the widgets' own (a
    // window-wide Ctrl+C would be ambiguous with the table's), so the menu only shows them.
    m_copy = m_editMenu->addAction(QString(), this, &MainWindow::copySelection);
    m_copy->setObjectName(u"copyAction"_s);
    m_selectAll = m_editMenu->addAction(QString(), this, &MainWindow::selectAll);
    m_selectAll->setObjectName(u"selectAllAction"_s);

    m_viewMenu = menuBar()->addMenu(QString());
    m_showBrowse = m_viewMenu->addAction(QString(), this, &MainWindow::showBrowse);
    m_showBrowse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showDecode = m_viewMenu->addAction(QString(), this, &MainWindow::showDecode);
    m_showDecode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageGroup = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_systemLanguage->setData(QString::fromLatin1(LanguageManager::SystemChoice));
    m_languageMenu->addSeparator();
    for (const Languages::Language &l : Languages::all()) {
        // Each language is named in its own language, whatever the current one is.
        QAction *action = m_languageMenu->addAction(l.name);
        action->setData(l.code);
    }
    for (QAction *action : m_languageMenu->actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_languages->choice());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages->setChoice(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this,
                                        [this] { showHelp(int(HelpDialog::Topic::Shortcuts)); });
    m_shortcuts->setObjectName(u"shortcutsAction"_s);
    m_searchSyntax = m_helpMenu->addAction(
        QString(), this, [this] { showHelp(int(HelpDialog::Topic::SearchSyntax)); });
    m_searchSyntax->setObjectName(u"searchSyntaxAction"_s);
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
}

MailboxView *MainWindow::mailboxView()
{
    if (m_mailbox)
        return m_mailbox;
    m_mailbox = new MailboxView(m_table, this);
    m_decodePage->addWidget(m_mailbox);
    m_mailbox->setLanguage(m_languages->language());
    connect(m_mailbox, &MailboxView::entryRequested, this, [this](const QString &id) {
        showBrowse();
        m_browse->showEntry(id);
    });
    // The mailbox stays loaded behind the Decode view: "Back to Mailbox" returns to it.
    connect(m_mailbox, &MailboxView::singleRequested, this, [this] {
        m_decode->setBackVisible(true);
        m_decodePage->setCurrentWidget(m_decode);
        showDecode();
    });
    connect(m_mailbox, &MailboxView::messageRequested, this,
            [this](const QString &path, qint64 offset, qint64 length) {
                m_decode->setBackVisible(true);
                m_decodePage->setCurrentWidget(m_decode);
                showDecode();
                //: Above the paste box: a message of a mailbox ("inbox.mbox, message at 1,234")
                m_decode->openMessage(
                    path, offset, length,
                    tr("%1, message at byte %2")
                        .arg(QFileInfo(path).fileName(), QLocale().toString(offset)));
            });
    return m_mailbox;
}

void MainWindow::updateExportActions()
{
    // The mailbox stays loaded while one of its messages is in the Decode view.
    const bool rows = m_mailbox && m_mailbox->hasRows();
    m_exportMenu->setEnabled(rows);
    for (QAction *action : m_exportMenu->actions())
        action->setEnabled(rows);
}

void MainWindow::applyLanguage(const QString &language)
{
    m_browse->setLanguage(language);
    m_decode->setLanguage(language);
    if (m_mailbox)
        m_mailbox->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->choice());
}

void MainWindow::showBrowse()
{
    m_tabs->setCurrentWidget(m_browse);
}

void MainWindow::showDecode()
{
    m_tabs->setCurrentWidget(m_decodePage);
    if (m_decodePage->currentWidget() == m_decode)
        m_decode->focusInput();
}

bool MainWindow::openFile(const QString &path)
{
    return openFiles({path});
}

bool MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    for (const QString &path : paths)
        addRecentFile(path);
    rememberDirectory(paths.first());
    m_decode->setBackVisible(false);
    if (MailboxJob::holdsSeveralMessages(paths)) {
        m_decodePage->setCurrentWidget(mailboxView());
        showDecode();
        m_mailbox->open(paths);
        setWindowFilePath(paths.size() == 1 ? paths.first() : QString());
        return true;
    }
    m_decodePage->setCurrentWidget(m_decode);
    showDecode();
    return m_decode->openFile(paths.first());
}

namespace {

constexpr int kRecentFiles = 10;

} // namespace

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(u"recent/files"_s).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(u"recent/files"_s, files.mid(0, kRecentFiles));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QFileInfo info(path);
        //: File > Open Recent: "&1 name  (folder)"; the number is the menu's access key
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(info.isDir() ? info.fileName() + u'/' : info.fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(info.exists());
        connect(action, &QAction::triggered, this, [this, path] { openFiles({path}); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(u"recent/files"_s);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::lastDirectory() const
{
    const QString dir = QSettings().value(u"recent/directory"_s).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QString();
}

void MainWindow::rememberDirectory(const QString &path)
{
    const QFileInfo info(path);
    QSettings().setValue(u"recent/directory"_s,
                         info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void MainWindow::openDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Bounce"), lastDirectory(),
        //: File types the Open dialog lists: only those BounceLens reads
        tr("Bounces and mailboxes (*.eml *.mbox *.mbx *.txt *.log mbox);;Mail messages (*.eml);;"
           "Mailboxes (*.mbox *.mbx mbox);;Text (*.txt *.log)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (MailboxJob::holdsSeveralMessages(paths)) {
            drop->acceptProposedAction();
            openFiles(paths);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_tabs->setTabText(m_tabs->indexOf(m_browse), tr("&Browse Codes"));
    m_tabs->setTabText(m_tabs->indexOf(m_decodePage), tr("&Decode Bounce"));
    m_fileMenu->setTitle(tr("&File"));
    m_open->setText(tr("&Open Bounce..."));
    m_recentMenu->setTitle(tr("Open &Recent"));
    updateRecentMenu();
    m_openFolder->setText(tr("Open Mailbox &Folder..."));
    m_exportMenu->setTitle(tr("&Export Mailbox"));
    m_exportCsv->setText(tr("&CSV..."));
    m_exportJson->setText(tr("&JSON Lines..."));
    m_exportSuppression->setText(tr("&Suppression List..."));
    m_pasteDecode->setText(tr("&Paste and Decode"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_find->setText(tr("&Find Code..."));
    //: Edit menu; the key after the tab is shown, the focused widget handles it
    m_copy->setText(tr("&Copy") + u'\t'
                    + QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
    m_selectAll->setText(
        tr("Select &All") + u'\t'
        + QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText));
    m_viewMenu->setTitle(tr("&View"));
    m_showBrowse->setText(tr("&Browse Codes"));
    m_showDecode->setText(tr("&Decode Bounce"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System Default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_searchSyntax->setText(tr("&Search Syntax"));
    m_about->setText(tr("&About BounceLens"));
    updateCount();
}

void MainWindow::updateCount()
{
    //: Status bar: how many codes the search and filters show, of all codes
    m_count->setText(
        tr("%1 of %2 codes").arg(m_browse->visibleCount()).arg(m_browse->totalCount()));
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About BounceLens"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>BounceLens %1</h3>"
                   "<p>The offline reference for the SMTP error codes of Gmail and other "
                   "providers, and a bounce decoder.</p>"
                   "<p>%2 entries: Gmail's replies (current and historical), other providers' "
                   "replies (Microsoft, Yahoo, NetEase, Tencent, Alibaba, Apple and more) and the "
                   "generic meanings of RFC 3463 and RFC 5321. Nothing is sent over the "
                   "network.</p>")
                    .arg(QCoreApplication::applicationVersion())
                    .arg(m_table->size()));
    // The application's icon (the window's), as QMessageBox::about() would show it.
    const QIcon icon = windowIcon().isNull() ? QApplication::windowIcon() : windowIcon();
    if (!icon.isNull())
        box.setIconPixmap(icon.pixmap(QSize(64, 64), devicePixelRatio()));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace BounceLens
