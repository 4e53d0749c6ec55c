#pragma once

#include "services/CheckService.h"

#include <QWidget>

class QLabel;

namespace cd {

class SimpleTable;

// One subject's credit check: who, on which date, the green channel, and every measure with its
// status word and the chain of reasons behind it.
class CheckResultView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckResultView(QWidget* parent = nullptr);
    void setResult(const CreditCheckResult& result);
    SimpleTable* measures() const { return m_measures; }
    // The same as a printable document: the printed report is what the screen shows.
    // `issued`: who printed it and when, at the foot of the report.
    static QString toHtml(const QList<CreditCheckResult>& results, const QString& issued = {});

signals:
    void openCase(qint64 id);

private:
    QLabel* m_summary;
    SimpleTable* m_measures;
};

} // namespace cd
