#pragma once

#include "widgets/LongTask.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {

class Session;

// 管理 › 数据库: where the database is, and the administrator's two pieces of long work on it, a
// backup (BackupService) and a change of the database key (KeyService). Both are also in the File
// menu. The key change needs the window's own connection closed first, so it is asked for here and
// carried out by the desk (DeskController) with the window gone.
class DatabaseTab : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseTab(Session& session, QWidget* parent = nullptr);

    // An online, encrypted backup with its key file; refuses to overwrite; off the GUI thread.
    static LongTask::Outcome backUp(QWidget* parent, Session& session, const QString& path);
    // Asks for the file (never one that exists), runs, and says how it went.
    static void backUpAs(QWidget* parent, Session& session);
    // What a key change does, and whether to go on.
    static bool confirmKeyChange(QWidget* parent);
    // The key change itself, on a worker keyed from the ticket (the session it came from has ended).
    static LongTask::Outcome changeKey(QWidget* parent, Session::SiblingTicket ticket);

signals:
    // Confirmed: the desk closes the window and changes the key.
    void changeKeyRequested();

private:
    Session& m_session;
    QLabel* m_outcome;
};

} // namespace cd
