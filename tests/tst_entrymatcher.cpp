#include <QtTest>
class tst_Entrymatcher : public QObject { Q_OBJECT
private slots:
 void placeholder() {}
};
QTEST_GUILESS_MAIN(tst_Entrymatcher)
#include "tst_entrymatcher.moc"
