#include "exchange/PackageDialog.h"

#include "CoreError.h"
#include "exchange/ExchangeActions.h"
#include "services/DepartmentService.h"
#include "services/Session.h"
#include "widgets/Permission.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

PackageDialog::PackageDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_department(new QComboBox(this))
    , m_withIds(
          new QCheckBox(tr("with persons' full citizen IDs (the department needs them; audited)"), this))
    , m_outcome(new QLabel(this))
    , m_send(new QPushButton(tr("&Send…"), this))
{
    setObjectName(QStringLiteral("packageDialog"));
    setWindowTitle(tr("Send measure package"));
    setMinimumWidth(560);
    m_department->setObjectName(QStringLiteral("packageDepartment"));
    m_withIds->setObjectName(QStringLiteral("packageWithIds"));
    m_outcome->setObjectName(QStringLiteral("packageOutcome"));
    m_send->setObjectName(QStringLiteral("packageSend"));
    m_outcome->setWordWrap(true);
    try {
        for (const Department& d : DepartmentService(session).list())
            m_department->addItem(d.name, d.id);
    } catch (const CoreError& e) {
        m_outcome->setText(e.message());
    }
    Permission::apply(m_withIds, session, Operation::RevealCitizenId);

    auto* form = new QFormLayout;
    form->addRow(tr("Department:"), m_department);
    form->addRow(QString(), m_withIds);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The department's measure tasks that were not sent yet, once each, as a "
                                    "workbook with its feedback columns."),
        this));
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
}

void PackageDialog::setDepartment(qint64 departmentId)
{
    m_department->setCurrentIndex(m_department->findData(departmentId));
}

bool PackageDialog::send(const QString& given)
{
    const qint64 department = m_department->currentData().toLongLong();
    if (department <= 0)
        return false;
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Send measure package"),
            tr("package-%1-%2.xlsx")
                .arg(m_department->currentText(), QDate::currentDate().toString(Qt::ISODate)),
            tr("Workbook (*.xlsx)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return false;
    }
    const LongTask::Outcome outcome = ExchangeActions::sendPackage(
        this, m_session, department, path, m_withIds->isEnabled() && m_withIds->isChecked());
    m_outcome->setText(outcome.message);
    if (outcome.ok())
        emit sent();
    return outcome.ok();
}

} // namespace cd
