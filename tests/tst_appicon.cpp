#include "codes/codetable.h"
#include "ui/appicon.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

// The icon must show in the window, its dialogs and the desktop without the Qt SVG plugin
// (issue 15): it is built from PNGs rendered at build time.
class tst_AppIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySizeFrom16To256_data();
    void everySizeFrom16To256();
    void mainWindowAndAboutBoxShowIt();

private:
    std::optional<CodeTable> m_table;
};

void tst_AppIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_AppIcon::everySizeFrom16To256_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%d", size) << size;
}

void tst_AppIcon::everySizeFrom16To256()
{
    QFETCH(int, size);
    const QIcon icon = appIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(size, size)));
    // Drawn at that size, not scaled from another one, and not blank.
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0;
    QVERIFY2(opaque > size * size / 4, qPrintable(u"%1 opaque pixels"_s.arg(opaque)));
}

void tst_AppIcon::mainWindowAndAboutBoxShowIt()
{
    LanguageManager languages;
    languages.setChoice(u"en"_s);
    MainWindow window(&*m_table, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.windowIcon().pixmap(QSize(32, 32)).isNull());

    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().contains(u"About"_s))
            about = action;
    }
    QVERIFY(about);
    // QMessageBox::about() runs a modal loop: look at the box from inside it, then close it.
    QPixmap aboutIcon;
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            seen = true;
            aboutIcon = box->iconPixmap();
            box->accept();
        }
    });
    about->trigger();
    QVERIFY(seen);
    QVERIFY(!aboutIcon.isNull());
    QVERIFY(aboutIcon.width() >= 32);
}

QTEST_MAIN(tst_AppIcon)
#include "tst_appicon.moc"
