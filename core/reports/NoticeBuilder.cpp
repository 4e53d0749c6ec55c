#include "reports/NoticeBuilder.h"

#include "reports/NoticeTemplate.h"

namespace cd {

namespace {

NoticeCell text(const QString& s)
{
    return {NoticeCell::Kind::Text, s};
}

NoticeCell count(int n)
{
    return {NoticeCell::Kind::Count, n};
}

NoticeCell share(const std::optional<double>& s)
{
    return {NoticeCell::Kind::Share, s ? QVariant(*s) : QVariant()};
}

NoticeCell days(const std::optional<double>& d)
{
    return {NoticeCell::Kind::Days, d ? QVariant(*d) : QVariant()};
}

QList<DepartmentMetrics> withTotals(const SupervisionReport& report)
{
    QList<DepartmentMetrics> rows = report.departments;
    rows.append(report.totals);
    return rows;
}

} // namespace

QString NoticeBuilder::dateText(const QDate& date)
{
    return tr("%1-%2-%3", "a document's date: year, month, day")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day());
}

NoticeTable NoticeBuilder::feedbackTable(const SupervisionReport& report)
{
    NoticeTable t;
    t.title = tr("Table 1  Feedback on measure tasks, %1").arg(report.period.label());
    t.sheetName = tr("Feedback");
    t.header = QStringList {tr("Rank"), tr("Department"), tr("Received"), tr("Acknowledged"), tr("On time"),
        tr("Late"), tr("Overdue"), tr("Pending"), tr("On-time share"), tr("Median working days")};
    t.widths = {7, 18, 9, 11, 8, 7, 9, 8, 11, 12};
    t.lastRowIsTotal = true;
    for (const DepartmentMetrics& m : withTotals(report))
        t.rows.append({m.rank ? count(m.rank) : text(QString()), text(m.name), count(m.received),
            count(m.acknowledged), count(m.onTime), count(m.late), count(m.overdue), count(m.pending),
            share(m.onTimeShare()), days(m.medianWorkingDays)});
    return t;
}

NoticeTable NoticeBuilder::performanceTable(const SupervisionReport& report)
{
    NoticeTable t;
    t.title = tr("Table 2  Measures applied, records published and objections verified, %1")
                  .arg(report.period.label());
    t.sheetName = tr("Application and publication");
    t.header = QStringList {tr("Department"), tr("Answered"), tr("Applied"), tr("Applied share"),
        tr("Records due"), tr("Published on time"), tr("Publication share"), tr("Verifications due"),
        tr("Verified on time"), tr("Verification share")};
    t.widths = {19, 9, 8, 9, 9, 9, 9, 9, 9, 10};
    t.lastRowIsTotal = true;
    for (const DepartmentMetrics& m : withTotals(report)) {
        QList<NoticeCell> row {text(m.name), count(m.answered), count(m.applied), share(m.appliedShare()),
            count(m.recordsDue), count(m.recordsOnTime), share(m.publicationShare())};
        if (m.objectionsAvailable)
            row << count(m.verificationsDue) << count(m.verificationsOnTime) << share(m.verificationShare());
        else
            row << text(tr("n/a")) << text(tr("n/a")) << share(std::nullopt);
        t.rows.append(row);
    }
    return t;
}

NoticeTable NoticeBuilder::laggingTable(const SupervisionReport& report)
{
    NoticeTable t;
    t.title = tr("Departments lagging behind, %1").arg(report.period.label());
    t.sheetName = tr("Lagging behind");
    t.header = QStringList {tr("Rank"), tr("Department"), tr("Overdue"), tr("On-time share"), tr("Findings")};
    t.widths = {7, 20, 9, 10, 54};
    for (const DepartmentMetrics& m : report.lagging())
        t.rows.append({count(m.rank), text(m.name), count(m.overdue), share(m.onTimeShare()),
            text(m.laggingReasons.join(tr("; ")))});
    return t;
}

NoticeDocument NoticeBuilder::build(
    const SupervisionReport& report, const QString& number, const QDate& issuedOn, const QDate& rectifyBy)
{
    NoticeDocument d;
    d.issuingOffice = NoticeTemplate::issuingOffice();
    d.number = number;
    d.issuedOn = issuedOn;
    d.issuedOnText = dateText(issuedOn);
    d.title = tr("Notification on how the departments carried out the joint incentive and sanction "
                 "measures in %1")
                  .arg(report.period.label());
    d.addressee = tr("To the member units of the city's social credit system leading group:");
    auto heading = [&](const QString& s) { d.body.append({NoticeDocument::Block::Kind::Heading, s, -1}); };
    auto paragraph = [&](const QString& s) {
        d.body.append({NoticeDocument::Block::Kind::Paragraph, s, -1});
    };
    auto table = [&](const NoticeTable& t) {
        d.tables.append(t);
        d.body.append({NoticeDocument::Block::Kind::Table, t.title, int(d.tables.size() - 1)});
    };

    const DepartmentMetrics& all = report.totals;
    paragraph(tr("Under item 19 of the city's implementation plan for joint incentives for trustworthiness "
                 "and joint sanctions for dishonesty, the office tracks how each department carries out the "
                 "joint measures. The figures for %1 (%2 to %3), taken on %4, are hereby notified.")
                  .arg(report.period.label(), dateText(report.period.from), dateText(report.period.to),
                      dateText(report.evaluatedOn)));

    heading(tr("1. Overall figures"));
    paragraph(tr("In this period %1 departments received %2 measure tasks and acknowledged %3. %4 were fed "
                 "back on time and %5 late; %6 are still without feedback after the deadline, and %7 are not "
                 "yet due. Feedback on time: %8; measures applied: %9 of the tasks answered; median time "
                 "to feedback: %10 working days.")
                  .arg(report.departments.size())
                  .arg(all.received)
                  .arg(all.acknowledged)
                  .arg(all.onTime)
                  .arg(all.late)
                  .arg(all.overdue)
                  .arg(all.pending)
                  .arg(SupervisionFormat::percent(all.onTimeShare()),
                      SupervisionFormat::percent(all.appliedShare()),
                      SupervisionFormat::days(all.medianWorkingDays)));
    paragraph(tr("Of %1 credit records due for publication, %2 (%3) were published within the deadline of "
                 "item 13.")
                  .arg(all.recordsDue)
                  .arg(all.recordsOnTime)
                  .arg(SupervisionFormat::percent(all.publicationShare())));
    if (all.objectionsAvailable)
        paragraph(tr("Of %1 objection verifications due, %2 (%3) were completed on time.")
                      .arg(all.verificationsDue)
                      .arg(all.verificationsOnTime)
                      .arg(SupervisionFormat::percent(all.verificationShare())));

    heading(tr("2. Figures by department"));
    paragraph(tr("Departments are ranked by the share of tasks fed back on time, then by fewer tasks still "
                 "overdue, then by the share of records published on time."));
    table(feedbackTable(report));
    table(performanceTable(report));

    heading(tr("3. Departments lagging behind"));
    const QList<DepartmentMetrics> lagging = report.lagging();
    if (lagging.isEmpty()) {
        paragraph(tr("No department lags behind in this period."));
    } else {
        QStringList names;
        for (const DepartmentMetrics& m : lagging)
            names << m.name;
        paragraph(tr(
            "The following %n department(s) lag behind and are hereby notified: %1.", "", int(lagging.size()))
                      .arg(names.join(tr(", "))));
        for (const DepartmentMetrics& m : lagging)
            paragraph(tr("%1 (rank %2): %3.").arg(m.name).arg(m.rank).arg(m.laggingReasons.join(tr("; "))));
    }

    heading(tr("4. Rectification"));
    if (lagging.isEmpty())
        paragraph(tr("Every department shall keep feeding back on time and publishing records within the "
                     "deadline."));
    else
        paragraph(
            tr("The departments named above shall feed back every overdue measure task, publish every "
               "outstanding credit record, find the causes and report in writing to the office on their "
               "rectification by %1. The office will check the rectification in the next period's "
               "notification.")
                .arg(dateText(rectifyBy)));
    return d;
}

} // namespace cd
