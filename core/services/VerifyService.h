#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cd {

// What `verify` found. Empty lists and firstBadSeq == 0 mean the database is whole.
struct VerifyReport
{
    QString cipherVersion;
    QList<int> badPages; // pages whose HMAC failed (1 = the first page)
    QStringList pageProblems; // SQLCipher's own lines
    QStringList structureProblems; // SQLite's integrity_check
    QStringList foreignKeyProblems;
    qint64 auditEntries = 0;
    qint64 auditFirstBadSeq = 0;
    QString auditProblem;
    qint64 keyFileTailSeq = 0;
    QString keyFileProblem; // the key file's seal does not match (a slot, pending key or tail edited)

    bool ok() const
    {
        return badPages.isEmpty() && pageProblems.isEmpty() && structureProblems.isEmpty()
            && foreignKeyProblems.isEmpty() && auditFirstBadSeq == 0 && auditProblem.isEmpty()
            && keyFileProblem.isEmpty();
    }
    // One sentence per problem, first problem first.
    QStringList problems() const;
};

class VerifyService
{
    Q_DECLARE_TR_FUNCTIONS(VerifyService)

public:
    // Signs in (CoreError(SignIn) on a wrong password), checkpoints the WAL so the main file holds
    // everything, and runs SQLCipher's page check, SQLite's integrity and foreign-key checks and
    // the audit chain against the key file's authenticated tail. Damage that stops the database
    // from opening at all is reported as page 1.
    static VerifyReport run(const QString& dbPath, const QString& userName, QByteArrayView passwordUtf8);
};

} // namespace cd
