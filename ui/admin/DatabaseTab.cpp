#include "admin/DatabaseTab.h"

#include "services/BackupService.h"
#include "services/KeyService.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "widgets/Permission.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

DatabaseTab::DatabaseTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("databaseTab"));
    m_outcome->setObjectName(QStringLiteral("databaseOutcome"));
    m_outcome->setWordWrap(true);
    auto* where
        = new QLabel(tr("<b>Database:</b> %1<br><b>Key file:</b> %2<br><b>Engine:</b> SQLCipher %3")
                         .arg(QDir::toNativeSeparators(session.path()).toHtmlEscaped(),
                             QDir::toNativeSeparators(Session::sidecarPath(session.path())).toHtmlEscaped(),
                             session.db().cipherVersion().toHtmlEscaped()),
            this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* backup = new QPushButton(tr("&Back up database…"), this);
    backup->setObjectName(QStringLiteral("backupButton"));
    Permission::apply(backup, session, Operation::Backup);
    auto* rekey = new QPushButton(tr("Change database &key…"), this);
    rekey->setObjectName(QStringLiteral("rekeyButton"));
    Permission::apply(rekey, session, Operation::Rekey);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(backup);
    buttons->addWidget(rekey);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(
        new QLabel(tr("A backup is a consistent, encrypted copy taken while others work, with its "
                      "own key file: it opens with the same passwords. Keep it with its .keys file."),
            this));
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    for (QLabel* label : findChildren<QLabel*>())
        label->setWordWrap(true);

    connect(backup, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"),
            QFileInfo(m_session.path())
                .dir()
                .filePath(tr("backup-%1.db").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("CreditDesk database (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_outcome->setText(backUp(this, m_session, path).message);
    });
    connect(rekey, &QPushButton::clicked, this, [this] {
        if (confirmKeyChange(this))
            emit changeKeyRequested();
    });
}

LongTask::Outcome DatabaseTab::backUp(QWidget* parent, Session& session, const QString& path)
{
    LongTask::Outcome outcome = LongTask::run(parent, &session, tr("Back up database"),
        tr("Copying the database to %1…").arg(QFileInfo(path).fileName()),
        [path](LongTask::Context& context) {
            BackupService::backup(context.session(), path, [&context] { return context.cancelled(); });
            return QVariant();
        });
    if (outcome.ok())
        outcome.message
            = tr("Backup written to %1 with its key file %2.")
                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(Session::sidecarPath(path)));
    return outcome;
}

void DatabaseTab::backUpAs(QWidget* parent, Session& session)
{
    // The service refuses an existing file, so the dialog need not ask about replacing one.
    const QString path = QFileDialog::getSaveFileName(parent, tr("Back up database"),
        QFileInfo(session.path())
            .dir()
            .filePath(tr("backup-%1.db").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CreditDesk database (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const LongTask::Outcome outcome = backUp(parent, session, path);
    if (outcome.ok())
        QMessageBox::information(parent, tr("Back up database"), outcome.message);
    else
        QMessageBox::warning(parent, tr("Back up database"), outcome.message);
}

bool DatabaseTab::confirmKeyChange(QWidget* parent)
{
    return QMessageBox::question(parent, tr("Change database key"),
               tr("<p>The whole database is encrypted again under a new, random key, and the key file is "
                  "updated so that <b>every user still signs in with their own password</b> and the "
                  "recovery key keeps working. Do this after someone left the office or a key file may "
                  "have been copied: the old key file and the old key then open nothing.</p>"
                  "<p>Your window closes while the key changes (what you typed is kept), and you sign in "
                  "again afterwards. Other desks must sign in again too. Backups made before keep the old "
                  "key.</p><p>Change the key now?</p>"),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

LongTask::Outcome DatabaseTab::changeKey(QWidget* parent, Session::SiblingTicket ticket)
{
    LongTask::Outcome outcome = LongTask::run(parent, std::move(ticket), tr("Change database key"),
        tr("Encrypting the database under a new key; once begun this runs to its end…"),
        [](LongTask::Context& context) {
            // The only safe point: SQLCipher re-encrypts every page in one go, and KeyService's steps
            // are built so that a crash between them is finished by the next sign-in.
            context.checkCancelled();
            return QVariant(KeyService(context.session()).rekey());
        });
    if (outcome.ok())
        outcome.message = tr("The database key was changed; %n key slot(s) were resealed. Sign in again with "
                             "your password.",
            nullptr, outcome.value.toInt());
    else if (outcome.state == LongTask::Outcome::State::Cancelled)
        outcome.message = tr("The key change was cancelled; the key is the same as before. Sign in again.");
    else
        outcome.message = tr("The database key was not changed: %1 Sign in again.").arg(outcome.message);
    return outcome;
}

} // namespace cd
