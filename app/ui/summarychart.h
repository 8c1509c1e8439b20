#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>

namespace BounceLens {

// One bar chart of the mailbox summary (Qt Charts): horizontal bars, the biggest on top, a
// colour per bar when given. Clicking a bar emits its key, which the view turns into a filter.
class SummaryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryChart)

public:
    struct Bar
    {
        QString label;
        QString key;
        int count = 0;
        QColor color;
    };

    explicit SummaryChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Rebuilt only when the bars changed.
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

signals:
    void barClicked(const QString &key);

private:
    QString m_title;
    QList<Bar> m_bars;
};

} // namespace BounceLens
