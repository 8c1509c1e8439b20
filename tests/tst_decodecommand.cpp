#include <QtTest>
class tst_Decodecommand : public QObject { Q_OBJECT
private slots:
 void placeholder() {}
};
QTEST_GUILESS_MAIN(tst_Decodecommand)
#include "tst_decodecommand.moc"
