#include "subjects/NewSubjectDialog.h"

#include "domain/CodeValidator.h"
#include "domain/Subject.h"
#include "services/SubjectService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cd {

NewSubjectDialog::NewSubjectDialog(Session& session, QWidget* parent)
    : FormDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_codeCheck(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_registeredOn(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newSubjectDialog"));
    setWindowTitle(tr("New subject"));
    setMinimumWidth(560);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_code->setObjectName(QStringLiteral("code"));
    m_codeCheck->setObjectName(QStringLiteral("codeCheck"));
    m_name->setObjectName(QStringLiteral("name"));
    m_address->setObjectName(QStringLiteral("address"));
    m_registeredOn->setObjectName(QStringLiteral("registeredOn"));
    for (SubjectKind k : {SubjectKind::LegalPerson, SubjectKind::Unincorporated,
             SubjectKind::IndividualBusiness, SubjectKind::NaturalPerson})
        m_kind->addItem(SubjectKinds::displayName(k), int(k));
    m_code->setMaxLength(40); // pasted codes carry spaces and full-width characters
    m_registeredOn->setPlaceholderText(tr("YYYY-MM-DD, optional"));
    m_codeCheck->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Code:"), m_code);
    form->addRow(QString(), m_codeCheck);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Registered on:"), m_registeredOn);
    finishForm(form);
}

QString NewSubjectDialog::problem() const
{
    const auto kind = SubjectKind(m_kind->currentData().toInt());
    const QString code = normaliseCode(m_code->text());
    QString codeProblem;
    if (!code.isEmpty()) {
        const CodeCheck check = SubjectKinds::isOrganisation(kind) ? checkUscc(code) : checkCitizenId(code);
        codeProblem = check.ok ? QString() : check.message;
    }
    m_codeCheck->setStyleSheet(
        codeProblem.isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_codeCheck->setText(code.isEmpty() ? QString()
            : codeProblem.isEmpty()     ? tr("✓ check character fits")
                                        : codeProblem);
    if (code.isEmpty())
        return tr("code: required.");
    if (!codeProblem.isEmpty())
        return tr("code: %1").arg(codeProblem);
    if (m_name->text().simplified().isEmpty())
        return tr("name: required.");
    const QString date = m_registeredOn->text().trimmed();
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return tr("registered on: a date as YYYY-MM-DD.");
    return {};
}

qint64 NewSubjectDialog::write()
{
    return SubjectService(m_session)
        .add(SubjectKind(m_kind->currentData().toInt()), m_code->text(), m_name->text(), m_address->text(),
            QDate::fromString(m_registeredOn->text().trimmed(), Qt::ISODate))
        .id;
}

} // namespace cd
