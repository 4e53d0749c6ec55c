#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cd {

// The span a supervision figure covers (§19): a month "2026-10", a quarter "2026Q3", a year "2026"
// or a date range "2026-01-01..2026-06-30", both ends included.
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind { Month, Quarter, Year, Range };

    Kind kind = Kind::Range;
    QDate from;
    QDate to;

    // Throws CoreError(InvalidInput) naming the accepted forms.
    static ReportPeriod parse(const QString& text);
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod year(int year);

    // The form parse() reads back.
    QString key() const;
    // For documents and charts: "2026 Q3", translated.
    QString label() const;
    // The same kind of period just before this one; a range steps back by its own length.
    ReportPeriod previous() const;
    // `count` periods ending with this one, oldest first: the trend line's x axis.
    QList<ReportPeriod> trailing(int count) const;
    // The day the figures are taken on: the period's last day, or `today` while it is still running,
    // so that a notice on a closed period reads the same whenever it is printed again.
    QDate evaluatedOn(const QDate& today) const { return qMin(to, today); }

    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

} // namespace cd
