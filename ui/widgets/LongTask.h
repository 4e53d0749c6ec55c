#pragma once

#include "CoreError.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace cd {

// Long work (an import, an export, a backup, a key change) on a worker thread with a connection of
// its own, behind a window-modal progress dialog with Cancel, while the GUI thread keeps painting.
// run() returns when the work has ended, so callers read like the synchronous code they replace.
//
// A job honours Cancel at safe points: it asks cancelled() (or calls checkCancelled(), which throws
// Cancelled) between steps. A job that writes does so inside one Session::write, so a cancel thrown
// there rolls the whole transaction back; an export goes through StagedFile, so a cancel leaves no
// file. A CoreError thrown by the job becomes the outcome's message (disk full, unwritable folder …).
class LongTask
{
    Q_DECLARE_TR_FUNCTIONS(LongTask)

public:
    struct Cancelled
    {
    };

    // What the job sees on the worker thread.
    class Context
    {
    public:
        // The job's own session: the starting session's sibling, opened on the worker thread and
        // closed there when the job returns. CoreError if the task was started without a session.
        Session& session();
        bool cancelled() const;
        void checkCancelled() const;
        // Thread-safe; the dialog shows it at its next repaint. maximum 0: a busy indicator.
        void setProgress(const QString& text, int value = 0, int maximum = 0);

    private:
        friend class LongTask;
        explicit Context(LongTask& task) : m_task(task) { }
        LongTask& m_task;
        std::unique_ptr<Session> m_session;
    };
    using Job = std::function<QVariant(Context&)>;

    struct Outcome
    {
        enum class State { Done, Cancelled, Failed };
        State state = State::Failed;
        QString message; // for Failed: the service's sentence; for Cancelled: what was kept (nothing)
        QVariant value; // what the job returned
        ErrorKind kind = ErrorKind::Failed;
        bool ok() const { return state == State::Done; }
    };

    // Runs `job` with a progress dialog modal to `parent`'s window, titled `title`, first saying
    // `label`. `session`: the session whose sibling the job gets; nullptr for work that needs no
    // database (writing a rendered chart). Returns once the worker thread has ended.
    static Outcome run(
        QWidget* parent, Session* session, const QString& title, const QString& label, Job job);
    // The same from a ticket taken earlier, for work that must run after its session has ended (the
    // key change closes the window's connection first).
    static Outcome run(QWidget* parent, std::optional<Session::SiblingTicket> ticket, const QString& title,
        const QString& label, Job job);

    // The task running now, if any (there is at most one: its dialog is modal); for the lock.
    static bool isRunning();
    // Asks the running task to stop at its next safe point; its run() returns once it has.
    static void cancelRunning();

    // An export inside a job: `write` writes to a staging path (the target's name, in a private
    // folder beside it); the file is moved onto `target` only when `write` returned and Cancel was
    // not pressed. With a session, the whole export (and the audit entry its service writes) is one
    // transaction, committed only after the file is in place; a cancel or a failure rolls it back and
    // leaves no file. An existing target is refused unless `replace`.
    static QVariant exportFile(Context& context, const QString& target, bool replace,
        const std::function<QVariant(const QString& stagedPath)>& write);

    // For tests: called on the worker thread each time the job reports progress.
    static void setProgressHookForTests(std::function<void(const Context&)> hook);

private:
    LongTask() = default;

    std::atomic<bool> m_cancel {false};
    mutable QMutex m_mutex;
    QString m_text;
    int m_value = 0;
    int m_maximum = 0;
    bool m_changed = false;
};

} // namespace cd
