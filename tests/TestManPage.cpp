// The man page packaging/linux/creditdesk-cli.1 is written by hand: every command that
// `creditdesk-cli --help` lists must have its entry there, so a new command cannot ship undocumented.
#include "util/TestUtil.h"

#include <QRegularExpression>
#include <QTest>

using namespace cd;

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandOfTheHelpHasAnEntry();
    void headerCarriesTheProjectVersion();

private:
    // The synopsis line of each command's entry, font escapes removed and "\-" read as "-".
    QStringList m_entries;
    QString m_page;
};

namespace {

// The command name of a usage line: its words up to the first argument (DB, FILE, --option, [...]).
QString commandName(const QString& usage)
{
    QStringList words;
    for (const QString& word : usage.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isUpper() || word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('['))
            || word.startsWith(QLatin1Char('(')))
            break;
        words << word;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

void TestManPage::initTestCase()
{
    m_page = QString::fromUtf8(
        test::readAll(QStringLiteral(CREDITDESK_SOURCE_DIR "/packaging/linux/creditdesk-cli.1")));
    QVERIFY(!m_page.isEmpty());
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    // An entry is the tag of a .TP paragraph in the COMMANDS section; a command merely named in
    // another entry's text does not count.
    bool inCommands = false;
    QString previous;
    for (QString line : m_page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH ")))
            inCommands = line == QLatin1String(".SH COMMANDS");
        if (inCommands && previous == QLatin1String(".TP") && line.startsWith(QLatin1String(".B "))) {
            line.remove(font).replace(QLatin1String("\\-"), QLatin1String("-"));
            m_entries << line.mid(3).trimmed() + QLatin1Char(' ');
        }
        previous = line;
    }
    QVERIFY(m_entries.size() >= 60);
}

void TestManPage::everyCommandOfTheHelpHasAnEntry()
{
    const auto help = test::runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    // The help lists each command as "  USAGE" with its summary on the next line, indented further.
    static const QRegularExpression usageLine(
        QStringLiteral("^  (\\S.*)$"), QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = usageLine.globalMatch(help.out); it.hasNext();)
        commands << commandName(it.next().captured(1));
    commands.removeAll(QString());
    QVERIFY2(
        commands.size() >= 60, qPrintable(QStringLiteral("only %1 commands in --help").arg(commands.size())));
    QStringList missing;
    for (const QString& command : std::as_const(commands)) {
        const bool found = std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&](const QString& entry) { return entry.startsWith(command + QLatin1Char(' ')); });
        if (!found)
            missing << command;
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("not in packaging/linux/creditdesk-cli.1: ")
            + missing.join(QStringLiteral(", "))));
}

void TestManPage::headerCarriesTheProjectVersion()
{
    // configure_file puts the CMake project version into the installed page.
    QVERIFY(m_page.contains(QStringLiteral("\"CreditDesk @PROJECT_VERSION@\"")));
    QVERIFY(m_page.contains(QStringLiteral(".SH \"EXIT STATUS\"")));
    for (int code = 0; code <= 6; ++code)
        QVERIFY(m_page.contains(QStringLiteral(".B %1\n").arg(code)));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "TestManPage.moc"
