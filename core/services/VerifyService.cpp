#include "services/VerifyService.h"

#include "CoreError.h"
#include "services/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySidecar.h"
#include "storage/MetaStore.h"
#include "storage/UserStore.h"

#include <QRegularExpression>

namespace cd {

namespace {

const QRegularExpression& pagePattern()
{
    static const QRegularExpression pattern(QStringLiteral("page (\\d+)"));
    return pattern;
}

} // namespace

QStringList VerifyReport::problems() const
{
    QStringList out;
    for (int page : badPages)
        out << VerifyService::tr(
            "Page %1 of the database fails its authentication check (damaged or altered).")
                   .arg(page);
    if (badPages.isEmpty()) {
        for (const QString& line : pageProblems)
            out << VerifyService::tr("Page check: %1").arg(line);
    }
    for (const QString& line : structureProblems)
        out << VerifyService::tr("Structure check: %1").arg(line);
    for (const QString& line : foreignKeyProblems)
        out << VerifyService::tr("A row refers to a missing row: %1").arg(line);
    if (!auditProblem.isEmpty())
        out << VerifyService::tr("Audit trail: %1").arg(auditProblem);
    if (!keyFileProblem.isEmpty())
        out << keyFileProblem;
    return out;
}

VerifyReport VerifyService::run(const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8)
{
    VerifyReport report;
    const SecureBytes key = Session::unlock(dbPath, userName, passwordUtf8);
    std::unique_ptr<Database> db;
    try {
        db = Database::open(dbPath, key.view(), Database::Mode::Existing);
    } catch (const CoreError& e) {
        if (e.kind() != ErrorKind::Integrity)
            throw;
        // A rekey cut short after re-encrypting: the database is under the key parked in the key
        // file (the next sign-in finishes the rekey; verify only reads).
        const auto pending = KeySidecar::load(Session::sidecarPath(dbPath)).pendingKey(key);
        if (pending) {
            try {
                db = Database::open(dbPath, pending->view(), Database::Mode::Existing);
            } catch (const CoreError& again) {
                if (again.kind() != ErrorKind::Integrity)
                    throw;
            }
        }
        if (!db) {
            // Which page stopped the schema from being read: the page check needs no schema. Page 1
            // (its salt keys every other page's check) stands for all when it is among them.
            QList<int> pages;
            for (const QString& line : Database::cipherIntegrityCheck(dbPath, key.view())) {
                const auto m = pagePattern().match(line);
                if (m.hasMatch() && !pages.contains(m.captured(1).toInt()))
                    pages << m.captured(1).toInt();
            }
            report.badPages = pages.isEmpty() || pages.contains(1) ? QList<int> {1} : pages;
            return report;
        }
    }
    report.cipherVersion = db->cipherVersion();

    // cipher_integrity_check reads the main file only: bring the WAL's pages into it first.
    try {
        db->checkpoint();
    } catch (const CoreError& e) {
        if (e.kind() != ErrorKind::Integrity)
            throw;
    }
    for (const QString& line : db->cipherIntegrityCheck()) {
        const auto m = pagePattern().match(line);
        if (m.hasMatch() && !report.badPages.contains(m.captured(1).toInt()))
            report.badPages << m.captured(1).toInt();
        else if (!m.hasMatch())
            report.pageProblems << line;
    }
    if (!report.badPages.isEmpty())
        return report; // the other checks would only stumble over the same pages

    try {
        report.structureProblems = db->integrityCheck();
        report.foreignKeyProblems = db->foreignKeyCheck();
        const auto user = UserStore(*db).byName(userName.trimmed());
        if (!user || user->disabled)
            throw CoreError(
                ErrorKind::SignIn, Session::tr("Sign-in failed: unknown user or wrong password."));

        const KeySidecar sidecar = KeySidecar::load(Session::sidecarPath(dbPath));
        try {
            sidecar.checkSeal(key, MetaStore(*db).value(KeySidecar::sealedMetaKey()) == QLatin1String("1"));
        } catch (const CoreError& e) {
            if (e.kind() != ErrorKind::Integrity)
                throw;
            report.keyFileProblem = e.message();
        }

        AuditLog log(*db);
        const AuditLog::Report chain = log.verify();
        report.auditEntries = chain.rows;
        report.auditFirstBadSeq = chain.firstBadSeq;
        report.auditProblem = chain.problem;
        if (chain.firstBadSeq == 0) {
            const auto stored = sidecar.auditTail(key);
            if (stored) {
                report.keyFileTailSeq = stored->seq;
                const auto entry = log.entry(stored->seq);
                if (chain.tail.seq < stored->seq) {
                    report.auditFirstBadSeq = chain.tail.seq + 1;
                    report.auditProblem
                        = tr("the trail ends at entry %1 but the key file records entry %2: entries "
                             "%3 to %2 were cut off")
                              .arg(chain.tail.seq)
                              .arg(stored->seq)
                              .arg(chain.tail.seq + 1);
                } else if (!entry || entry->hash != stored->hash) {
                    report.auditFirstBadSeq = stored->seq;
                    report.auditProblem
                        = tr("entry %1 differs from the one recorded in the key file").arg(stored->seq);
                }
            }
        }
    } catch (const CoreError& e) {
        if (e.kind() == ErrorKind::Integrity && report.auditProblem.isEmpty())
            report.auditProblem = e.message();
        else if (e.kind() != ErrorKind::Integrity)
            throw;
    }
    return report;
}

} // namespace cd
