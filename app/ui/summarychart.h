#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;

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
    QString title() const { return m_title; }
    // Rebuilt only when the bars changed.
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    // The category labels as shown (elided to fit the chart's width), top bar first.
    QStringList shownLabels() const;
    // What the axis is given (HTML: the labels escaped), bottom bar first.
    QStringList axisLabels() const;

    // The bar under a point of the viewport (its row, label included); -1 when none.
    int barAt(const QPoint &viewportPos) const;
    // The tooltip of a bar: its full label and its count, as plain text.
    QString tooltip(int bar) const;

signals:
    void barClicked(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Elides the labels to what the chart's width leaves them: Qt Charts clips labels wider
    // than its label column on the left, which cut words in half at scale 1.5 or in a narrow
    // window.
    void relabel();
    void applyPalette();
    // The bars as Qt Charts draws them, and their axes.
    QHorizontalStackedBarSeries *createSeries();
    QBarSet *createSet(int bar, bool oneColour);
    void addAxes(QHorizontalStackedBarSeries *series);

    QString m_title;
    QList<Bar> m_bars;
    QStringList m_shown; // top bar first, as shownLabels()
    QBarCategoryAxis *m_axisY = nullptr;
};

} // namespace BounceLens
