#include <QtTest>
class tst_Charsetdecoder : public QObject { Q_OBJECT
private slots:
 void placeholder() {}
};
QTEST_GUILESS_MAIN(tst_Charsetdecoder)
#include "tst_charsetdecoder.moc"
