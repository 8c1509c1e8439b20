#include "common/languages.h"
#include "ui/languagemanager.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_LanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartFollowsSystemLocale();
    void switchingInstallsTranslatorsAndAnnounces();
    void choiceIsRememberedAcrossStarts();
    void unknownChoiceFallsBackToSystem();
    void corruptSettingsFileFallsBack();
    void wrongTypeInSettingsFallsBack();
    void qtsOwnStringsFollow();
};

void tst_LanguageManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BounceLensTest"_s);
    QCoreApplication::setApplicationName(u"tst_languagemanager"_s);
}

void tst_LanguageManager::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void tst_LanguageManager::firstStartFollowsSystemLocale()
{
    LanguageManager manager;
    manager.restore();
    QCOMPARE(manager.choice(), u"system"_s);
    QCOMPARE(manager.language(), Languages::forLocale(QLocale::system()));
}

void tst_LanguageManager::switchingInstallsTranslatorsAndAnnounces()
{
    LanguageManager manager;
    manager.setChoice(u"en"_s);
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    manager.setChoice(u"zh_TW"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), u"zh_TW"_s);
    QCOMPARE(manager.language(), u"zh_TW"_s);
    QCOMPARE(QLocale().name(), u"zh_TW"_s);
    QVERIFY(QCoreApplication::translate("CodeMeaning", "Permanent failure")
            != u"Permanent failure"_s);
    manager.setChoice(u"zh_TW"_s); // no change, no signal
    QCOMPARE(changed.size(), 1);
    manager.setChoice(u"en"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(QCoreApplication::translate("CodeMeaning", "Permanent failure"),
             u"Permanent failure"_s);
}

void tst_LanguageManager::choiceIsRememberedAcrossStarts()
{
    {
        LanguageManager manager;
        manager.setChoice(u"zh_CN"_s);
    }
    LanguageManager next;
    next.restore();
    QCOMPARE(next.choice(), u"zh_CN"_s);
    QCOMPARE(next.language(), u"zh_CN"_s);
    next.setChoice(u"system"_s);
    LanguageManager third;
    third.restore();
    QCOMPARE(third.choice(), u"system"_s);
}

void tst_LanguageManager::unknownChoiceFallsBackToSystem()
{
    QSettings().setValue(u"ui/language"_s, u"klingon"_s);
    LanguageManager manager;
    manager.restore();
    QCOMPARE(manager.choice(), u"system"_s);
    QCOMPARE(manager.language(), Languages::forLocale(QLocale::system()));
}

void tst_LanguageManager::corruptSettingsFileFallsBack()
{
    const QString path = QSettings().fileName();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x00\xff[ui\nlanguage=\x01\x02\xfe\n[[[=\n", 24));
    file.close();
    LanguageManager manager;
    manager.restore();
    QCOMPARE(manager.choice(), u"system"_s);
    QVERIFY(Languages::isSupported(manager.language()));
}

void tst_LanguageManager::wrongTypeInSettingsFallsBack()
{
    QSettings().setValue(u"ui/language"_s, QStringList{u"zh_CN"_s, u"zh_TW"_s});
    LanguageManager manager;
    manager.restore();
    QCOMPARE(manager.choice(), u"system"_s);
}

void tst_LanguageManager::qtsOwnStringsFollow()
{
    const QString catalogue
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s;
    if (!QFile::exists(catalogue))
        QSKIP("qt6-translations-l10n is not installed: Qt's strings stay English");
    LanguageManager manager;
    manager.setChoice(u"zh_CN"_s);
    // The standard dialog buttons (QMessageBox, QFileDialog) come from Qt's catalogue.
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s);
    manager.setChoice(u"en"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

QTEST_GUILESS_MAIN(tst_LanguageManager)
#include "tst_languagemanager.moc"
