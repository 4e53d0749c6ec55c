#pragma once

#include "domain/Case.h"
#include "domain/RuleSet.h"
#include "services/Session.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace cd {
class Database;
}

namespace cd::test {

// A small office in a temporary database for service tests: users admin, officer, officer2,
// reviewer, reviewer2 and supervisor (one password), and helpers that register subjects and
// records and take a case through drafting, approval and push.
class Office
{
public:
    static inline const QByteArray Password = "office-test-pass-1";

    // The backend comes from the environment: CREDITDESK_TEST_BACKEND=server puts the office in a
    // fresh database on the test cluster that CREDITDESK_TEST_PG_INFO describes (tests/pg/cluster.sh),
    // so one suite checks the same services on both backends (CTest runs it twice).
    Office();
    // Only the admin, with this password: for suites that add their own users.
    enum EmptyTag { Empty };
    Office(EmptyTag, const QByteArray& adminPassword);
    std::unique_ptr<Session> as(const QString& user) const;
    std::unique_ptr<Session> signIn(const QString& user, QByteArrayView password) const;
    // The file; on a server, the server's address.
    const QString& path() const { return m_db; }
    bool isServer() const { return m_server; }
    static bool serverBackendRequested();
    // Drops the offices' databases (cdoffice_*) and the roles of their users from the cluster.
    static void resetServerOffices(Database& superuser);

    static QString uscc(const QString& orgCode9);
    static QString citizenId(const QString& birth8, const QString& seq3);

    qint64 addCompany(
        const QString& orgCode9, const QString& name, const QDate& registered = QDate(2010, 1, 4));
    qint64 addPerson(const QString& birth8, const QString& seq3, const QString& name);
    qint64 addRecord(qint64 subject, const QString& decisionNo, Severity severity, const QDate& decided,
        const QString& department = QStringLiteral("市市场监管局"), bool specificSerious = false);
    qint64 department(const QString& name) const;
    // A sanction case (memorandum SERIOUS) on a record or a list entry, drafted by officer, approved
    // by reviewer and pushed on `pushedOn` (no push if invalid).
    Case sanction(qint64 subject, qint64 recordId, qint64 listEntryId, const QDate& termStart,
        const QDate& termEnd, const QDate& pushedOn);

private:
    void create(const QByteArray& adminPassword);
    void createOnServer(const QByteArray& adminPassword);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    bool m_server = false;
    QString m_serverUrl; // without a user
    QString m_caFile;
};

} // namespace cd::test
