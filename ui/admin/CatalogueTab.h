#pragma once

#include "domain/Measure.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace cd {

class FormDialog;
class Session;
class SimpleTable;

// 措施目录: the memoranda of cooperation (§12) on top, the measures of the chosen one below (§16):
// incentive or sanction, mandatory or recommended, legal basis, implementing departments, default
// duration. An administrator adds and edits them and takes them out of use; nothing is deleted.
class CatalogueTab : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogueTab(Session& session, QWidget* parent = nullptr);
    SimpleTable* memoranda() const { return m_memoranda; }
    SimpleTable* measures() const { return m_measures; }

public slots:
    void reload();
    void newMemorandum();
    void editMemorandum();
    void toggleMemorandum();
    void newMeasure();
    void editMeasure();
    void toggleMeasure();

signals:
    void changed();

private:
    const Memorandum* selectedMemorandum() const;
    const Measure* selectedMeasure() const;
    void showMeasures();
    void updateActions();
    void openForm(FormDialog* form, const QString& done);
    void run(const std::function<void()>& change, const QString& done);

    Session& m_session;
    QList<Memorandum> m_list;
    QHash<qint64, QString> m_departmentNames;
    SimpleTable* m_memoranda;
    SimpleTable* m_measures;
    QLabel* m_basis;
    QPushButton* m_newMemorandum;
    QPushButton* m_editMemorandum;
    QPushButton* m_toggleMemorandum;
    QPushButton* m_newMeasure;
    QPushButton* m_editMeasure;
    QPushButton* m_toggleMeasure;
    QLabel* m_message;
};

} // namespace cd
