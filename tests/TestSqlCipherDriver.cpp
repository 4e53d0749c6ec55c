#include "storage/SqlCipherDriver.h"
#include "util/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typesRoundTrip();
    void typesRoundTrip_data();
    void namedAndPositionalBinding();
    void transactionsRollBack();
    void lastInsertId();
    void recordFieldInfoForQueryModel();
    void scrollableAndForwardOnly();
    void errorsSayWhatFailed();
    void wrongKeyIsRefused();
    void missingFileIsNotCreated();
    void nothingWrittenInPlaintext();
    void onlyOneStatementPerQuery();
    void qsqlitePluginIsNeverLoaded();

private:
    QSqlDatabase openDb(const QByteArray& key, const QString& options = QStringLiteral("CREDITDESK_CREATE"),
        const QString& name = QStringLiteral("t"));

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
};

QSqlDatabase TestSqlCipherDriver::openDb(const QByteArray& key, const QString& options, const QString& name)
{
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

void TestSqlCipherDriver::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(
        QStringLiteral("%1-%2.db")
            .arg(QTest::currentTestFunction(),
                QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    m_key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QSqlDatabase db = openDb(m_key);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(
        q.exec(QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, n INTEGER, d REAL, t TEXT, b BLOB, "
                              "day DATE, at DATETIME, flag BOOLEAN, u TEXT UNIQUE)")),
        qPrintable(q.lastError().text()));
}

void TestSqlCipherDriver::cleanup()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void TestSqlCipherDriver::typesRoundTrip_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("null int") << "n" << QVariant(QMetaType(QMetaType::LongLong));
    QTest::newRow("int64 max") << "n" << QVariant(qlonglong(std::numeric_limits<qint64>::max()));
    QTest::newRow("int64 min") << "n" << QVariant(qlonglong(std::numeric_limits<qint64>::min()));
    QTest::newRow("double") << "d" << QVariant(3.141592653589793);
    QTest::newRow("cjk text") << "t" << QVariant(QStringLiteral("启东市市场监督管理局 — 行政处罚决定书"));
    QTest::newRow("empty text") << "t" << QVariant(QString(""));
    QTest::newRow("emoji text") << "t" << QVariant(QStringLiteral("信用 \U0001F600 ok"));
    QTest::newRow("blob with zeros") << "b" << QVariant(QByteArray("\x00\x01\xff\x00zz", 6));
    QTest::newRow("date") << "day" << QVariant(QDate(2019, 10, 12));
    QTest::newRow("datetime utc") << "at"
                                  << QVariant(QDateTime(QDate(2026, 11, 25), QTime(4, 50, 9, 123), Qt::UTC));
    QTest::newRow("bool true") << "flag" << QVariant(true);
    QTest::newRow("bool false") << "flag" << QVariant(false);
}

void TestSqlCipherDriver::typesRoundTrip()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO v (%1) VALUES (?)").arg(column)));
    q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM v").arg(column)));
    QVERIFY(q.next());
    const QVariant back = q.value(0);
    QCOMPARE(back.isNull(), value.isNull());
    if (!value.isNull()) {
        QCOMPARE(back.typeId(), value.typeId());
        QCOMPARE(back, value);
    }
}

void TestSqlCipherDriver::namedAndPositionalBinding()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO v (n, t, d) VALUES (:n, :t, :n * 2)")));
    q.bindValue(QStringLiteral(":t"), QStringLiteral("甲"));
    q.bindValue(QStringLiteral(":n"), 21);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO v (n, t) VALUES (?, ?)")));
    q.addBindValue(7);
    q.addBindValue(QStringLiteral("乙"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // A prepared statement runs again with new values.
    q.addBindValue(8);
    q.addBindValue(QStringLiteral("丙"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    QVERIFY(q.exec(QStringLiteral("SELECT n, t, d FROM v ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 21);
    QCOMPARE(q.value(1).toString(), QStringLiteral("甲"));
    QCOMPARE(q.value(2).toDouble(), 42.0);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("乙"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 8);
    QVERIFY(!q.next());
}

void TestSqlCipherDriver::transactionsRollBack()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    QVERIFY(db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO v (u) VALUES ('a')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO v (u) VALUES ('b')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO v (u) VALUES ('a')"))); // unique violation mid-way
    QVERIFY(db.rollback());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM v")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    QVERIFY(db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO v (u) VALUES ('c')")));
    QVERIFY(db.commit());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM v")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestSqlCipherDriver::lastInsertId()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO v (id, n) VALUES (41, 1)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 41);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO v (n) VALUES (2)")));
    QCOMPARE(q.lastInsertId().toLongLong(), 42);
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(QStringLiteral("UPDATE v SET n = 5")));
    QCOMPARE(q.numRowsAffected(), 2);
}

void TestSqlCipherDriver::recordFieldInfoForQueryModel()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    for (int i = 0; i < 250; ++i)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO v (n, t, day) VALUES (%1, '名称%1', '2026-01-%2')")
                           .arg(i)
                           .arg(1 + i % 28, 2, 10, QLatin1Char('0'))));
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, t AS name, day FROM v ORDER BY n"), db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(model.data(model.index(249, 1)).toString(), QStringLiteral("名称249"));
    QCOMPARE(model.data(model.index(0, 2)).toDate(), QDate(2026, 1, 1));

    const QSqlRecord rec = model.record();
    QCOMPARE(rec.field(0).tableName(), QStringLiteral("v"));
    QCOMPARE(rec.field(2).metaType().id(), int(QMetaType::QDate));
    const QSqlRecord table = db.record(QStringLiteral("v"));
    QCOMPARE(table.count(), 9);
    QCOMPARE(table.field(QStringLiteral("b")).metaType().id(), int(QMetaType::QByteArray));
    QCOMPARE(db.primaryIndex(QStringLiteral("v")).fieldName(0), QStringLiteral("id"));
    QVERIFY(db.tables().contains(QStringLiteral("v")));
}

void TestSqlCipherDriver::scrollableAndForwardOnly()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO v (n) VALUES (%1)").arg(i)));
    QSqlQuery s(db);
    QVERIFY(s.exec(QStringLiteral("SELECT n FROM v ORDER BY n")));
    QVERIFY(s.last());
    QCOMPARE(s.value(0).toInt(), 5);
    QVERIFY(s.seek(1));
    QCOMPARE(s.value(0).toInt(), 2);
    QVERIFY(s.previous());
    QCOMPARE(s.value(0).toInt(), 1);

    QSqlQuery f(db);
    f.setForwardOnly(true);
    QVERIFY(f.exec(QStringLiteral("SELECT n FROM v ORDER BY n")));
    int sum = 0;
    while (f.next())
        sum += f.value(0).toInt();
    QCOMPARE(sum, 15);
}

void TestSqlCipherDriver::errorsSayWhatFailed()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO v (u) VALUES ('x')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO v (u) VALUES ('x')")));
    QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("UNIQUE constraint failed: v.u")),
        qPrintable(q.lastError().text()));
    QVERIFY(q.lastError().driverText().contains(QStringLiteral("INSERT INTO v")));

    QVERIFY(!q.exec(QStringLiteral("SELEC nonsense")));
    QVERIFY(q.lastError().driverText().contains(QStringLiteral("prepare")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("syntax error")));

    QVERIFY(q.prepare(QStringLiteral("SELECT ? + ?")));
    q.addBindValue(1);
    QVERIFY(!q.exec());
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("2 parameters")));
}

void TestSqlCipherDriver::wrongKeyIsRefused()
{
    cleanup();
    QByteArray wrong = m_key;
    wrong[0] = char(wrong[0] ^ 1);
    QSqlDatabase db = openDb(wrong, QString(), QStringLiteral("wrong"));
    QVERIFY(!db.isOpen());
    QVERIFY(db.lastError().driverText().contains(QStringLiteral("cannot be read")));
    QSqlDatabase good = openDb(m_key, QString(), QStringLiteral("good"));
    QVERIFY2(good.isOpen(), qPrintable(good.lastError().text()));

    QSqlDatabase none = openDb(QByteArray(), QString(), QStringLiteral("none"));
    QVERIFY(!none.isOpen());
    QVERIFY(none.lastError().driverText().contains(QStringLiteral("key")));
}

void TestSqlCipherDriver::missingFileIsNotCreated()
{
    const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.db"));
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(m_key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("missing"));
    db.setDatabaseName(missing);
    QVERIFY(!db.open());
    QVERIFY(db.lastError().driverText().contains(missing));
    QVERIFY(!QFile::exists(missing));
}

void TestSqlCipherDriver::nothingWrittenInPlaintext()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    const QString secret = QStringLiteral("张三丰绝密明文");
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE plain_probe_table (secret_column TEXT)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO plain_probe_table VALUES (?)")));
    for (int i = 0; i < 50; ++i) {
        q.addBindValue(secret + QString::number(i));
        QVERIFY(q.exec());
    }
    // Look at the files while the WAL still holds the data, and again after a checkpoint.
    for (int round = 0; round < 2; ++round) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QByteArray bytes = test::readAll(m_path + suffix);
            QVERIFY2(!bytes.contains("SQLite format 3"), qPrintable(suffix));
            QVERIFY2(!bytes.contains("plain_probe_table"), qPrintable(suffix));
            QVERIFY2(!bytes.contains("secret_column"), qPrintable(suffix));
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(suffix));
            QVERIFY2(
                !bytes.contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)),
                qPrintable(suffix));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(QFile(m_path).size() > 4096);
}

void TestSqlCipherDriver::onlyOneStatementPerQuery()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("t"));
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO v (n) VALUES (1); DROP TABLE v")));
    QVERIFY(q.lastError().databaseText().contains(QStringLiteral("one SQL statement")));
    QVERIFY(db.tables().contains(QStringLiteral("v")));
}

void TestSqlCipherDriver::qsqlitePluginIsNeverLoaded()
{
#ifdef Q_OS_LINUX
    const QByteArray maps = test::readAll(QStringLiteral("/proc/self/maps"));
    QVERIFY(!maps.isEmpty());
    QVERIFY(maps.contains("libsqlcipher"));
    QVERIFY2(!maps.contains("libqsqlite"), "Qt's QSQLITE plugin is mapped into the process");
    QVERIFY2(!maps.contains("libsqlite3"), "a stock SQLite library is mapped into the process");
#else
    QSKIP("Reads /proc/self/maps");
#endif
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
