#pragma once

#include <QLayout>
#include <QList>

namespace BounceLens {

// Lays its items out left to right and starts a new row when the next one does not fit, so
// that a row of filters keeps every label whole in a narrow window (Qt's Flow Layout example).
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacingOrDefault() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace BounceLens
