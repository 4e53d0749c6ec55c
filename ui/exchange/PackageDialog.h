#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace cd {

class Session;

// 信息推送 by file: a department's measure tasks not yet sent, as the workbook it fills in
// (PackageService), written off the GUI thread and recorded as sent only once the file is whole.
class PackageDialog : public QDialog
{
    Q_OBJECT

public:
    PackageDialog(Session& session, QWidget* parent = nullptr);
    void setDepartment(qint64 departmentId);

public slots:
    // Writes the package to `path` (asked for when empty); false when it failed or was cancelled.
    bool send(const QString& path = {});

signals:
    void sent();

private:
    Session& m_session;
    QComboBox* m_department;
    QCheckBox* m_withIds;
    QLabel* m_outcome;
    QPushButton* m_send;
};

} // namespace cd
