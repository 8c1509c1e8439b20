#pragma once

#include "codes/codeentry.h"
#include "search/codefilterproxy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace BounceLens {

// The facet filters above the code table: severity, enhanced-code class, source, page status
// and SMTP stage. Each change is forwarded to the proxy as is; "Reset Filters" sets them all back.
class FacetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetBar)

public:
    explicit FacetBar(CodeFilterProxy *proxy, QWidget *parent = nullptr);

    void reset();
    // The providers offered by the source facet (between Gmail and the generic meanings).
    void setProviders(const QList<ProviderInfo> &providers);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply();

    CodeFilterProxy *m_proxy;
    QComboBox *m_severity;
    QComboBox *m_subject;
    QComboBox *m_source;
    QComboBox *m_page;
    QComboBox *m_stage;
    QPushButton *m_reset;
    QList<ProviderInfo> m_providers;
};

} // namespace BounceLens
