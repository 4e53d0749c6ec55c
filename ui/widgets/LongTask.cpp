#include "widgets/LongTask.h"

#include "widgets/StagedFile.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace cd {

namespace {

// Touched on the GUI thread only: the running task, for the lock.
LongTask* g_running = nullptr;
std::function<void(const LongTask::Context&)> g_progressHook;

} // namespace

Session& LongTask::Context::session()
{
    if (!m_session)
        throw CoreError(ErrorKind::Failed, LongTask::tr("This work was started without a database."));
    return *m_session;
}

bool LongTask::Context::cancelled() const
{
    return m_task.m_cancel.load();
}

void LongTask::Context::checkCancelled() const
{
    if (cancelled())
        throw Cancelled {};
}

void LongTask::Context::setProgress(const QString& text, int value, int maximum)
{
    {
        QMutexLocker lock(&m_task.m_mutex);
        m_task.m_text = text;
        m_task.m_value = value;
        m_task.m_maximum = maximum;
        m_task.m_changed = true;
    }
    if (g_progressHook)
        g_progressHook(*this);
}

void LongTask::setProgressHookForTests(std::function<void(const Context&)> hook)
{
    g_progressHook = std::move(hook);
}

bool LongTask::isRunning()
{
    return g_running != nullptr;
}

void LongTask::cancelRunning()
{
    if (g_running)
        g_running->m_cancel = true;
}

LongTask::Outcome LongTask::run(
    QWidget* parent, Session* session, const QString& title, const QString& label, Job job)
{
    std::optional<Session::SiblingTicket> ticket;
    if (session)
        ticket = session->siblingTicket();
    return run(parent, std::move(ticket), title, label, std::move(job));
}

LongTask::Outcome LongTask::run(QWidget* parent, std::optional<Session::SiblingTicket> ticket,
    const QString& title, const QString& label, Job job)
{
    Outcome outcome;
    if (g_running) {
        outcome.message = tr("Other long work is still running; wait for it to end.");
        return outcome;
    }
    LongTask task;

    // Window-modal: the clerk may not change what the worker is changing, and the window behind
    // keeps painting because the GUI thread only waits in an event loop.
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("longTaskProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    auto* cancel = new QPushButton(tr("Cancel"), &progress);
    cancel->setObjectName(QStringLiteral("longTaskCancel"));
    progress.setCancelButton(cancel);
    const auto requestCancel = [&] {
        task.m_cancel = true;
        cancel->setEnabled(false);
        progress.setLabelText(tr("Cancelling: what was done so far is being undone…"));
        // QProgressDialog hides itself on cancel; the work is still running until its next safe point.
        if (!progress.isVisible())
            progress.show();
    };
    QObject::connect(&progress, &QProgressDialog::canceled, requestCancel);
    QObject::connect(&progress, &QDialog::rejected, requestCancel);

    QThread* worker = QThread::create([&task, &outcome, &ticket, &job] {
        Context context(task);
        try {
            if (ticket)
                context.m_session = Session::openSibling(std::move(*ticket));
            outcome.value = job(context);
            outcome.state = Outcome::State::Done;
        } catch (const Cancelled&) {
            outcome.state = Outcome::State::Cancelled;
            outcome.message = tr("Cancelled; nothing was changed.");
        } catch (const CoreError& e) {
            // A service that honours Cancel itself (the import) says so in its own words.
            outcome.state = task.m_cancel ? Outcome::State::Cancelled : Outcome::State::Failed;
            outcome.kind = e.kind();
            outcome.message = e.message();
        } catch (const std::exception& e) {
            outcome.state = Outcome::State::Failed;
            outcome.message = tr("The work failed: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        // The sibling's connection belongs to this thread: it is closed, and its key wiped, here.
        context.m_session.reset();
    });
    worker->setObjectName(QStringLiteral("creditdesk-longtask"));

    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        QMutexLocker lock(&task.m_mutex);
        if (!task.m_changed || task.m_cancel)
            return;
        task.m_changed = false;
        progress.setLabelText(task.m_text);
        progress.setMaximum(task.m_maximum);
        if (task.m_maximum > 0)
            progress.setValue(task.m_value);
    });

    g_running = &task;
    worker->start();
    progress.show();
    poll.start();
    if (!worker->isFinished())
        loop.exec();
    worker->wait();
    delete worker;
    g_running = nullptr;
    poll.stop();
    progress.hide();
    return outcome;
}

QVariant LongTask::exportFile(Context& context, const QString& target, bool replace,
    const std::function<QVariant(const QString& stagedPath)>& write)
{
    context.checkCancelled();
    StagedFile file(target, replace);
    // The last safe point, once the file is whole and before it is put in place.
    const auto written = [&] {
        context.setProgress(tr("Saving %1…").arg(QFileInfo(target).fileName()));
        context.checkCancelled();
    };
    if (!context.m_session) {
        QVariant result = write(file.path());
        written();
        file.commit();
        return result;
    }
    try {
        return context.m_session->write([&] {
            QVariant result = write(file.path());
            written();
            file.commit();
            return result;
        });
    } catch (...) {
        // The file went in place but the transaction recording it did not commit.
        file.undo();
        throw;
    }
}

} // namespace cd
