#include "ui/summarychart.h"

#include "common/plaintext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include "ui/theme.h"

#include <algorithm>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kLabelWidth = 120; // pixels at most: the bars keep most of the chart
// Qt Charts gives the category labels about a third of the chart's width.
constexpr double kLabelShare = 0.38;

} // namespace

SummaryChart::SummaryChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(150, 120);
    applyPalette();
}

void SummaryChart::applyPalette()
{
    // The chart draws itself: it follows the window's palette only when told.
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(p.color(QPalette::Text));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setGridLineColor(Theme::border(p));
        axis->setLinePenColor(Theme::border(p));
    }
}

void SummaryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QChartView::changeEvent(event);
}

bool SummaryChart::viewportEvent(QEvent *event)
{
    // A hover anywhere on a bar's row (its label included) names the bar in full, with its count.
    if (event->type() == QEvent::ToolTip) {
        const int bar = barAt(static_cast<QHelpEvent *>(event)->pos());
        if (bar >= 0) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tooltip(bar), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QChartView::viewportEvent(event);
}

int SummaryChart::barAt(const QPoint &viewportPos) const
{
    if (m_bars.isEmpty() || !m_axisY)
        return -1;
    const QPointF scene = mapToScene(viewportPos);
    const QRectF plot = chart()->plotArea();
    if (scene.y() < plot.top() || scene.y() > plot.bottom())
        return -1;
    const qsizetype n = m_bars.size();
    // Categories run bottom-up, each an equal band of the plot's height.
    const int fromBottom = int((plot.bottom() - scene.y()) / plot.height() * double(n));
    const int bar = int(n) - 1 - std::clamp(fromBottom, 0, int(n) - 1);
    return bar;
}

QString SummaryChart::tooltip(int bar) const
{
    //: Tooltip of a chart bar: its full label and its count
    return PlainText::toolTip(tr("%1: %2").arg(m_bars.at(bar).label).arg(m_bars.at(bar).count));
}

void SummaryChart::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

namespace {

bool sameBars(const QList<SummaryChart::Bar> &a, const QList<SummaryChart::Bar> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const SummaryChart::Bar &x, const SummaryChart::Bar &y) {
                          return x.key == y.key && x.count == y.count && x.label == y.label;
                      });
}

} // namespace

void SummaryChart::setBars(const QList<Bar> &newBars)
{
    if (sameBars(newBars, m_bars))
        return;
    m_bars = newBars;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    m_axisY = nullptr;
    if (m_bars.isEmpty())
        return;
    auto *series = createSeries();
    c->addSeries(series);
    addAxes(series);
    c->setTitle(m_title);
    applyPalette();
}

// One set for the whole chart, coloured as its first bar; a chart whose bars have their own
// colours (the outcomes) gets one set per bar, stacked. Few sets keep painting cheap.
QHorizontalStackedBarSeries *SummaryChart::createSeries()
{
    const bool oneColour = std::all_of(m_bars.begin(), m_bars.end(), [&](const Bar &bar) {
        return bar.color == m_bars.first().color;
    });
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    const int sets = oneColour ? 1 : int(m_bars.size());
    for (int b = 0; b < sets; ++b)
        series->append(createSet(b, oneColour));
    return series;
}

// The set of bar b (of all bars, oneColour), clickable and with a tooltip per bar.
QBarSet *SummaryChart::createSet(int b, bool oneColour)
{
    const int n = int(m_bars.size());
    // Qt Charts lays legend and axis labels out as HTML: bounce text is escaped.
    auto *set = new QBarSet(PlainText::forHtml(m_bars.at(b).label));
    for (int i = n - 1; i >= 0; --i)
        *set << (oneColour || i == b ? m_bars.at(i).count : 0);
    set->setColor(m_bars.at(b).color.isValid()
                      ? m_bars.at(b).color
                      : Theme::seriesColor(Theme::Series::Reason, palette()));
    set->setBorderColor(Qt::transparent);
    // Categories run bottom-up: category c is bar n - 1 - c.
    connect(set, &QBarSet::clicked, this, [this, n](int category) {
        if (category >= 0 && category < n)
            emit barClicked(m_bars.at(n - 1 - category).key);
    });
    connect(set, &QBarSet::hovered, this, [this, n](bool over, int category) {
        if (over && category >= 0 && category < n)
            QToolTip::showText(QCursor::pos(), tooltip(n - 1 - category), this);
        else
            QToolTip::hideText();
    });
    return set;
}

void SummaryChart::addAxes(QHorizontalStackedBarSeries *series)
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    int maximum = 1;
    for (const Bar &bar : std::as_const(m_bars))
        maximum = std::max(maximum, bar.count);
    QChart *c = chart();
    auto *axisY = new QBarCategoryAxis;
    m_axisY = axisY;
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maximum);
    axisX->setLabelFormat(u"%d"_s);
    axisX->setTickCount(std::min(3, maximum + 1)); // no "0 0 1" for a count of 1
    axisY->setTruncateLabels(false); // relabel() elides them to the room the chart leaves
    axisY->setLabelsFont(small);
    relabel();
    axisX->setLabelsFont(small);
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
}

void SummaryChart::relabel()
{
    if (!m_axisY)
        return;
    const QFontMetrics metrics(m_axisY->labelsFont());
    const int room = std::clamp(int(width() * kLabelShare), 24, kLabelWidth);
    // Horizontal bars list their categories bottom-up: the biggest goes last, to be on top.
    QStringList categories;
    m_shown.clear();
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        // The count stays whole; the name is elided to the room left beside it.
        const QString count = QLocale().toString(m_bars.at(i).count);
        const int nameRoom = std::max(12, room - metrics.horizontalAdvance(u' ' + count));
        QString label
            = metrics.elidedText(m_bars.at(i).label, Qt::ElideRight, nameRoom) + u' ' + count;
        while (m_shown.contains(label)) // the axis needs distinct names
            label += u' ';
        m_shown.prepend(label);
        // The axis lays its labels out as HTML (QGraphicsTextItem::setHtml).
        categories << PlainText::forHtml(label);
    }
    if (categories != m_axisY->categories())
        m_axisY->setCategories(categories);
}

QStringList SummaryChart::shownLabels() const
{
    return m_axisY ? m_shown : QStringList();
}

QStringList SummaryChart::axisLabels() const
{
    return m_axisY ? m_axisY->categories() : QStringList();
}

void SummaryChart::showEvent(QShowEvent *event)
{
    // A platform theme (GTK's dark one) may set the palette after the chart was made.
    applyPalette();
    QChartView::showEvent(event);
}

void SummaryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel();
}

} // namespace BounceLens
