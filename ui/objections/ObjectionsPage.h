#pragma once

#include "domain/Objection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cd {

class FileObjectionDialog;
class ObjectionDetailDialog;
class Session;
class SimpleTable;

// 异议: the office's objections, those under verification first by deadline (overdue in red), then
// the ones waiting for acceptance, then the closed ones. Enter opens one; an officer files new ones.
class ObjectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectionsPage(Session& session, QWidget* parent = nullptr);
    SimpleTable* table() const { return m_table; }
    const QList<Objection>& objections() const { return m_objections; }

public slots:
    void reload();
    ObjectionDetailDialog* openObjection(qint64 id);
    FileObjectionDialog* fileObjection(qint64 subjectId = 0);

signals:
    // Something was filed or decided: the other pages (cases, the check) read again.
    void changed();
    void openSubject(qint64 id);

private:
    Session& m_session;
    QComboBox* m_filter;
    QPushButton* m_file;
    QPushButton* m_open;
    QLabel* m_summary;
    SimpleTable* m_table;
    QList<Objection> m_objections;
};

} // namespace cd
