#include "records/NewRecordDialog.h"

#include "CoreError.h"
#include "domain/CreditRecord.h"
#include "services/DepartmentService.h"
#include "services/RecordService.h"
#include "widgets/SubjectPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cd {

NewRecordDialog::NewRecordDialog(Session& session, qint64 subjectId, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_subject(new SubjectPicker(session, this))
    , m_polarity(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_specificSerious(new QCheckBox(tr("specific serious (not repairable)"), this))
    , m_decisionNo(new QLineEdit(this))
    , m_decisionDate(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_legalBasis(new QLineEdit(this))
    , m_publishedOn(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newRecordDialog"));
    setWindowTitle(tr("New credit record"));
    setMinimumWidth(640);
    m_polarity->setObjectName(QStringLiteral("polarity"));
    m_category->setObjectName(QStringLiteral("category"));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_specificSerious->setObjectName(QStringLiteral("specificSerious"));
    m_decisionNo->setObjectName(QStringLiteral("decisionNo"));
    m_decisionDate->setObjectName(QStringLiteral("decisionDate"));
    m_department->setObjectName(QStringLiteral("department"));
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    m_publishedOn->setObjectName(QStringLiteral("publishedOn"));

    for (Polarity p : {Polarity::Negative, Polarity::Positive})
        m_polarity->addItem(CreditRecords::displayName(p), int(p));
    m_category->setEditable(true);
    // The categories the office meets most; any other may be typed.
    m_category->addItems(
        {QStringLiteral("行政处罚"), QStringLiteral("失信被执行人"), QStringLiteral("重大税收违法"),
            QStringLiteral("纳税信用A级"), QStringLiteral("守合同重信用企业"), QStringLiteral("诚信典型")});
    m_category->setCurrentText(QString());
    for (Severity s : Severities::all())
        m_severity->addItem(Severities::displayName(s), int(s));
    m_severity->setCurrentIndex(-1);
    try {
        for (const Department& d : DepartmentService(session).list())
            m_department->addItem(d.name, d.id);
    } catch (const CoreError& e) {
        setMessage(e.message());
    }
    m_department->setCurrentIndex(-1);
    m_decisionDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_publishedOn->setPlaceholderText(tr("YYYY-MM-DD, if already published"));
    if (subjectId > 0)
        m_subject->setSubject(subjectId);

    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Polarity:"), m_polarity);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(QString(), m_specificSerious);
    form->addRow(tr("Decision no.:"), m_decisionNo);
    form->addRow(tr("Decision date:"), m_decisionDate);
    form->addRow(tr("Providing department:"), m_department);
    form->addRow(tr("Legal basis:"), m_legalBasis);
    form->addRow(tr("Published on:"), m_publishedOn);
    connect(m_polarity, &QComboBox::currentIndexChanged, this, &NewRecordDialog::updateSeverity);
    connect(m_category, &QComboBox::currentTextChanged, this, [this] { refresh(); });
    connect(m_subject, &SubjectPicker::subjectChanged, this, [this] { refresh(); });
    finishForm(form);
    updateSeverity();
}

void NewRecordDialog::updateSeverity()
{
    const bool negative = Polarity(m_polarity->currentData().toInt()) == Polarity::Negative;
    m_severity->setEnabled(negative);
    m_specificSerious->setEnabled(negative);
    if (!negative) {
        m_severity->setCurrentIndex(-1);
        m_specificSerious->setChecked(false);
    }
}

CreditRecord NewRecordDialog::record() const
{
    CreditRecord r;
    r.subjectId = m_subject->subjectId();
    r.polarity = Polarity(m_polarity->currentData().toInt());
    r.category = m_category->currentText().trimmed();
    if (m_severity->currentIndex() >= 0)
        r.severity = Severity(m_severity->currentData().toInt());
    r.specificSerious = m_specificSerious->isChecked();
    r.decisionNo = m_decisionNo->text().trimmed();
    r.decisionDate = QDate::fromString(m_decisionDate->text().trimmed(), Qt::ISODate);
    r.departmentId = m_department->currentData().toLongLong();
    r.legalBasis = m_legalBasis->text().trimmed();
    r.publishedOn = QDate::fromString(m_publishedOn->text().trimmed(), Qt::ISODate);
    return r;
}

QString NewRecordDialog::problem() const
{
    if (!m_publishedOn->text().trimmed().isEmpty() && !record().publishedOn.isValid())
        return tr("publication date: a date as YYYY-MM-DD.");
    try {
        RecordService::validate(record());
    } catch (const CoreError& e) {
        return e.message();
    }
    return {};
}

qint64 NewRecordDialog::write()
{
    return RecordService(m_session).add(record()).id;
}

void NewRecordDialog::saveExtra(QVariantMap& state) const
{
    state.insert(QStringLiteral("subjectId"), m_subject->subjectId());
}

void NewRecordDialog::restoreExtra(const QVariantMap& state)
{
    if (const qint64 id = state.value(QStringLiteral("subjectId")).toLongLong())
        m_subject->setSubject(id);
}

} // namespace cd
