#include "mainwindow.h"

#include "appicon.h"
#include "browseview.h"
#include "codetable.h"
#include "decodeview.h"
#include "languagemanager.h"
#include "languages.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
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
    , m_count(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    m_tabs->setObjectName(u"viewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, QString());
    m_tabs->addTab(m_decode, QString());
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
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);

    applyLanguage(m_languages->language());
    retranslateUi();
    resize(1180, 720);
    m_browse->focusSearch();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_open = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDialog);
    m_pasteDecode = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                          this, [this] {
                                              showDecode();
                                              m_decode->pasteAndDecode();
                                          });
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_find = m_editMenu->addAction(QString(), this, [this] {
        showBrowse();
        m_browse->focusSearch();
    });
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});

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
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::applyLanguage(const QString &language)
{
    m_browse->setLanguage(language);
    m_decode->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->choice());
}

void MainWindow::showBrowse()
{
    m_tabs->setCurrentWidget(m_browse);
}

void MainWindow::showDecode()
{
    m_tabs->setCurrentWidget(m_decode);
    m_decode->focusInput();
}

bool MainWindow::openFile(const QString &path)
{
    showDecode();
    return m_decode->openFile(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Bounce"), QString(),
        tr("Bounce messages (*.eml *.txt *.msg *.mbox *.mbx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("BounceLens - Gmail SMTP Error Codes"));
    m_tabs->setTabText(m_tabs->indexOf(m_browse), tr("&Browse Codes"));
    m_tabs->setTabText(m_tabs->indexOf(m_decode), tr("&Decode Bounce"));
    m_fileMenu->setTitle(tr("&File"));
    m_open->setText(tr("&Open Bounce..."));
    m_pasteDecode->setText(tr("&Paste and Decode"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_find->setText(tr("&Find Code..."));
    m_viewMenu->setTitle(tr("&View"));
    m_showBrowse->setText(tr("&Browse Codes"));
    m_showDecode->setText(tr("&Decode Bounce"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System Default"));
    m_helpMenu->setTitle(tr("&Help"));
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
    QMessageBox::about(
        this, tr("About BounceLens"),
        tr("<h3>BounceLens %1</h3>"
           "<p>The offline reference for Gmail's SMTP error codes and a bounce decoder.</p>"
           "<p>%2 entries: Gmail's replies (current and historical) and the generic meanings "
           "of RFC 3463 and RFC 5321. Nothing is sent over the network.</p>")
            .arg(QCoreApplication::applicationVersion())
            .arg(m_table->size()));
}

} // namespace BounceLens
