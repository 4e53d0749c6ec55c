// The 管理 page driven through its tabs: an administrator adds and disables users, adds a department,
// edits the catalogue, changes the calendar and the settings; an officer sees every action disabled with
// the reason, and the services refuse them too.
#include "CoreError.h"
#include "admin/AdminPage.h"
#include "admin/CalendarTab.h"
#include "admin/CatalogueDialogs.h"
#include "admin/CatalogueTab.h"
#include "admin/DayDialog.h"
#include "admin/DepartmentDialog.h"
#include "admin/DepartmentsTab.h"
#include "admin/RuleSetDialog.h"
#include "admin/RulesTab.h"
#include "admin/UserDialogs.h"
#include "admin/UsersTab.h"
#include "main/LanguageMenu.h"
#include "main/MainWindow.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/DepartmentService.h"
#include "services/Settings.h"
#include "services/UserService.h"
#include "util/Office.h"
#include "widgets/SimpleTable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace cd;
using cd::test::Office;

namespace {

// A confirmation runs its own event loop (exec); this answers it once it is up, as a clerk would.
void answerNextMessageBox(QObject* context, QMessageBox::StandardButton button, QString* text = nullptr)
{
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
    timer->start();
}

QStringList column(const SimpleTable* table, int c)
{
    QStringList values;
    for (int r = 0; r < table->rowCount(); ++r)
        values << table->item(r, c)->text();
    return values;
}

int rowOf(const SimpleTable* table, int c, const QString& value)
{
    return int(column(table, c).indexOf(value));
}

QString messageOf(QWidget* tab)
{
    return tab->findChild<QLabel*>(QStringLiteral("tabMessage"))->text();
}

template<typename Dialog>
Dialog* openedDialog(QWidget* parent)
{
    Dialog* dialog = nullptr;
    for (Dialog* d : parent->findChildren<Dialog*>()) {
        if (d->isVisible())
            dialog = d;
    }
    return dialog;
}

QPushButton* saveButton(QWidget* dialog)
{
    return dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
}

void setLine(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

class TestAdminPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabsComeInOrderWithRoomForTheDatabaseLast();
    void adminAddsAUserWhoThenSignsIn();
    void adminResetsAPasswordAndDisablesAUser();
    void adminAddsADepartmentAndTakesItOutOfUse();
    void catalogueShowsMeasuresOfTheChosenMemorandum();
    void aHolidayAddedMovesAWorkingDayDeadline();
    void calendarFileIsImportedAndAMalformedOneIsRefused();
    void rulesAndSettingsAreShownAndSaved();
    void anOfficerSeesTheActionsDisabledAndTheCoreRefuses();
    void languageChoiceIsKeptForTheNextStart();

private:
    std::unique_ptr<Office> m_office;
    std::unique_ptr<Session> m_admin;
    QTemporaryDir m_files;
};

void TestAdminPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk-TestAdminPage"));
    QSettings().clear();
}

void TestAdminPage::init()
{
    m_office = std::make_unique<Office>();
    m_admin = m_office->as(QStringLiteral("admin"));
}

void TestAdminPage::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
    m_admin.reset();
    m_office.reset();
}

void TestAdminPage::tabsComeInOrderWithRoomForTheDatabaseLast()
{
    AdminPage page(*m_admin);
    QStringList titles;
    for (int i = 0; i < page.tabs()->count(); ++i)
        titles << page.tabs()->tabText(i);
    QCOMPARE(titles,
        QStringList({QStringLiteral("Users"), QStringLiteral("Departments"),
            QStringLiteral("Measure catalogue"), QStringLiteral("Working-day calendar"),
            QStringLiteral("Rules and settings"), QStringLiteral("Audit trail"), QStringLiteral("Database")}));
}

void TestAdminPage::adminAddsAUserWhoThenSignsIn()
{
    AdminPage page(*m_admin);
    page.show();
    UsersTab* users = page.users();
    QAbstractItemModelTester tester(
        users->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(users->table()->rowCount(), 6);

    QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    auto* dialog = openedDialog<AddUserDialog>(users);
    QVERIFY(dialog);
    setLine(dialog, "userName", QStringLiteral("zhangwei"));
    setLine(dialog, "displayName", QStringLiteral("张伟"));
    auto* role = dialog->findChild<QComboBox*>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(Role::Reviewer)));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("formMessage"));

    // The CLI's rule: at least 8 bytes, a Chinese character counting 3.
    setLine(dialog, "password", QStringLiteral("信用"));
    setLine(dialog, "repeatPassword", QStringLiteral("信用"));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("at least 8 bytes")), qPrintable(message->text()));
    setLine(dialog, "password", QStringLiteral("信用办12"));
    QVERIFY2(message->text().contains(QStringLiteral("differ")), qPrintable(message->text()));
    setLine(dialog, "repeatPassword", QStringLiteral("信用办12"));
    QVERIFY(saveButton(dialog)->isEnabled());
    // The passwords are not among what an auto-lock would keep.
    QVERIFY(!dialog->typedState().contains(QStringLiteral("password")));
    QVERIFY(!dialog->typedState().contains(QStringLiteral("repeatPassword")));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!openedDialog<AddUserDialog>(users));

    const int row = rowOf(users->table(), 0, QStringLiteral("zhangwei"));
    QVERIFY(row >= 0);
    QCOMPARE(users->table()->item(row, 1)->text(), QStringLiteral("张伟"));
    QCOMPARE(users->table()->item(row, 2)->text(), Roles::displayName(Role::Reviewer));
    auto signedIn
        = Session::signIn(m_office->path(), QStringLiteral("zhangwei"), QStringLiteral("信用办12").toUtf8());
    QCOMPARE(signedIn->user().role, Role::Reviewer);

    // A name that is taken gets the service's sentence and the form stays open.
    QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    dialog = openedDialog<AddUserDialog>(users);
    setLine(dialog, "userName", QStringLiteral("officer"));
    setLine(dialog, "password", QStringLiteral("long-enough-1"));
    setLine(dialog, "repeatPassword", QStringLiteral("long-enough-1"));
    QVERIFY(!dialog->save());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("formMessage"))->text(),
        QStringLiteral("A user named officer already exists."));
    dialog->discard();
}

void TestAdminPage::adminResetsAPasswordAndDisablesAUser()
{
    AdminPage page(*m_admin);
    page.show();
    UsersTab* users = page.users();
    auto* reset = users->findChild<QPushButton*>(QStringLiteral("resetPasswordButton"));
    auto* disable = users->findChild<QPushButton*>(QStringLiteral("disableUserButton"));
    QVERIFY(!reset->isEnabled());
    QCOMPARE(reset->toolTip(), QStringLiteral("Choose a user in the list first."));

    // One's own password is changed with the current one, not reset.
    users->table()->selectRow(rowOf(users->table(), 0, QStringLiteral("admin")));
    QVERIFY(!reset->isEnabled());
    QVERIFY(reset->toolTip().contains(QStringLiteral("your own account")));

    users->table()->selectRow(rowOf(users->table(), 0, QStringLiteral("officer2")));
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* dialog = openedDialog<ResetPasswordDialog>(users);
    QVERIFY(dialog);
    setLine(dialog, "password", QStringLiteral("a-new-password"));
    setLine(dialog, "repeatPassword", QStringLiteral("a-new-password"));
    QVERIFY(dialog->save());
    QCOMPARE(messageOf(users), QStringLiteral("The password of officer2 was reset."));
    QVERIFY(Session::signIn(m_office->path(), QStringLiteral("officer2"), "a-new-password"));

    // Cancelling the confirmation changes nothing.
    QString question;
    answerNextMessageBox(this, QMessageBox::Cancel, &question);
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("change the database key")), qPrintable(question));
    QVERIFY(Session::signIn(m_office->path(), QStringLiteral("officer2"), "a-new-password"));

    answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY2(messageOf(users).contains(QStringLiteral("Change the database key now")),
        qPrintable(messageOf(users)));
    const int row = rowOf(users->table(), 0, QStringLiteral("officer2"));
    QCOMPARE(users->table()->item(row, 3)->text(), QStringLiteral("disabled"));
    try {
        Session::signIn(m_office->path(), QStringLiteral("officer2"), "a-new-password");
        QFAIL("a disabled user signed in");
    } catch (const CoreError& e) {
        QCOMPARE(e.kind(), ErrorKind::SignIn);
    }
    users->table()->selectRow(row);
    QVERIFY(!disable->isEnabled());
    QCOMPARE(disable->toolTip(), QStringLiteral("The user officer2 is disabled."));
}

void TestAdminPage::adminAddsADepartmentAndTakesItOutOfUse()
{
    AdminPage page(*m_admin);
    page.show();
    DepartmentsTab* tab = page.departments();
    QAbstractItemModelTester tester(
        tab->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int seeded = tab->table()->rowCount();
    QVERIFY(seeded > 10);
    QVERIFY(rowOf(tab->table(), 1, QStringLiteral("市市场监管局")) >= 0);

    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("addDepartmentButton")), Qt::LeftButton);
    auto* dialog = openedDialog<DepartmentDialog>(tab);
    QVERIFY(dialog);
    setLine(dialog, "departmentCode", QStringLiteral("wjw"));
    setLine(dialog, "departmentName", QStringLiteral("市卫生健康委"));
    setLine(dialog, "departmentShortName", QStringLiteral("卫健委"));
    QVERIFY(dialog->save());

    QCOMPARE(tab->table()->rowCount(), seeded + 1);
    const int row = rowOf(tab->table(), 0, QStringLiteral("WJW"));
    QVERIFY(row >= 0);
    QCOMPARE(tab->table()->item(row, 1)->text(), QStringLiteral("市卫生健康委"));
    QCOMPARE(tab->table()->item(row, 3)->text(), QStringLiteral("government department"));
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(DepartmentService(*officer).find(QStringLiteral("卫健委")).code, QStringLiteral("WJW"));

    tab->table()->selectRow(row);
    auto* toggle = tab->findChild<QPushButton*>(QStringLiteral("toggleDepartmentButton"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(tab->table()->item(row, 4)->text(), QStringLiteral("inactive"));
    QVERIFY(!DepartmentService(*officer).byCode(QStringLiteral("WJW"))->active);
    QCOMPARE(toggle->text(), QStringLiteral("Re&activate"));

    // A department that still implements measures stays: the service's sentence says why.
    tab->table()->selectRow(rowOf(tab->table(), 1, QStringLiteral("市市场监管局")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY2(messageOf(tab).contains(QStringLiteral("still implements")), qPrintable(messageOf(tab)));
}

void TestAdminPage::catalogueShowsMeasuresOfTheChosenMemorandum()
{
    AdminPage page(*m_admin);
    page.show();
    CatalogueTab* tab = page.catalogue();
    QAbstractItemModelTester memoranda(
        tab->memoranda()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester measures(
        tab->measures()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Memorandum> list = CatalogueService(*m_admin).memoranda(true);
    QCOMPARE(tab->memoranda()->rowCount(), int(list.size()));

    // Master and detail: the measures below are the chosen memorandum's.
    const Memorandum& second = list.at(1);
    tab->memoranda()->selectRow(1);
    QCOMPARE(tab->measures()->rowCount(), int(second.measures.size()));
    QCOMPARE(column(tab->measures(), 0).first(), second.measures.first().code);
    const int mandatoryRow
        = int(std::find_if(second.measures.cbegin(), second.measures.cend(), [](const Measure& m) {
              return m.mandatory;
          }) - second.measures.cbegin());
    QVERIFY(mandatoryRow < second.measures.size());
    QCOMPARE(tab->measures()->item(mandatoryRow, 3)->text(), QStringLiteral("mandatory"));
    QVERIFY(!tab->measures()->item(0, 5)->text().isEmpty()); // implementing departments

    // Edit a measure: title, duration and departments saved in one change.
    tab->measures()->selectRow(0);
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("editMeasureButton")), Qt::LeftButton);
    auto* dialog = openedDialog<MeasureDialog>(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("measureCode"))->isReadOnly());
    setLine(dialog, "measureTitle", QStringLiteral("限制高消费（修订）"));
    dialog->findChild<QSpinBox*>(QStringLiteral("measureMonths"))->setValue(24);
    auto* departments = dialog->findChild<QListWidget*>(QStringLiteral("measureDepartments"));
    for (int i = 0; i < departments->count(); ++i)
        departments->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("formMessage"))
                ->text()
                .contains(QStringLiteral("at least one")));
    departments->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog->save());

    QCOMPARE(tab->measures()->item(0, 1)->text(), QStringLiteral("限制高消费（修订）"));
    const Measure saved = *CatalogueService(*m_admin).measure(second.measures.first().id);
    QCOMPARE(saved.title, QStringLiteral("限制高消费（修订）"));
    QCOMPARE(saved.defaultMonths, 24);
    QCOMPARE(saved.departmentIds, QList<qint64>({departments->item(0)->data(Qt::UserRole).toLongLong()}));
}

void TestAdminPage::aHolidayAddedMovesAWorkingDayDeadline()
{
    AdminPage page(*m_admin);
    page.show();
    CalendarTab* tab = page.calendar();
    QAbstractItemModelTester tester(
        tab->days()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab->showYear(2026);
    // The shipped 2026 arrangement: National Day off, coloured on the month view.
    const int national = rowOf(tab->days(), 0, QStringLiteral("2026-10-01"));
    QVERIFY(national >= 0);
    QCOMPARE(tab->days()->item(national, 2)->text(), QStringLiteral("day off"));
    QVERIFY(tab->month()->dateTextFormat(QDate(2026, 10, 1)).background().color() != QColor(Qt::white));
    QVERIFY(tab->month()->dateTextFormat(QDate(2026, 10, 1)).hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(!tab->month()->dateTextFormat(QDate(2026, 11, 4)).hasProperty(QTextFormat::BackgroundBrush));

    // From Monday 2 November, five working days end on Monday 9 November.
    tab->findChild<QDateEdit*>(QStringLiteral("countFrom"))->setDate(QDate(2026, 11, 2));
    tab->findChild<QSpinBox*>(QStringLiteral("countDays"))->setValue(5);
    auto* result = tab->findChild<QLabel*>(QStringLiteral("countResult"));
    QVERIFY2(result->text().contains(QStringLiteral("2026-11-09")), qPrintable(result->text()));

    tab->month()->setSelectedDate(QDate(2026, 11, 4));
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("addDayButton")), Qt::LeftButton);
    auto* dialog = openedDialog<DayDialog>(tab);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("dayDate"))->text(), QStringLiteral("2026-11-04"));
    // A make-up working day must fall on a weekend: the calendar's own sentence.
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("dayKind"));
    kind->setCurrentIndex(1);
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("formMessage"))
                ->text()
                .contains(QStringLiteral("weekday")));
    kind->setCurrentIndex(0);
    setLine(dialog, "dayName", QStringLiteral("城市纪念日"));
    QVERIFY(dialog->save());

    QVERIFY(rowOf(tab->days(), 0, QStringLiteral("2026-11-04")) >= 0);
    QVERIFY(tab->month()->dateTextFormat(QDate(2026, 11, 4)).hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY2(result->text().contains(QStringLiteral("2026-11-10")), qPrintable(result->text()));
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(CalendarService(*officer).addWorkingDays(QDate(2026, 11, 2), 5), QDate(2026, 11, 10));

    // The same date twice is refused with the service's sentence.
    tab->month()->setSelectedDate(QDate(2026, 11, 4));
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("addDayButton")), Qt::LeftButton);
    dialog = openedDialog<DayDialog>(tab);
    QVERIFY(!dialog->save());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("formMessage"))
                ->text()
                .contains(QStringLiteral("already listed")));
    dialog->discard();

    // Removing it brings the deadline back.
    tab->days()->selectRow(rowOf(tab->days(), 0, QStringLiteral("2026-11-04")));
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("removeDayButton")), Qt::LeftButton);
    QCOMPARE(rowOf(tab->days(), 0, QStringLiteral("2026-11-04")), -1);
    QVERIFY2(result->text().contains(QStringLiteral("2026-11-09")), qPrintable(result->text()));
    QCOMPARE(CalendarService(*officer).addWorkingDays(QDate(2026, 11, 2), 5), QDate(2026, 11, 9));
}

void TestAdminPage::calendarFileIsImportedAndAMalformedOneIsRefused()
{
    AdminPage page(*m_admin);
    page.show();
    CalendarTab* tab = page.calendar();
    tab->showYear(2027);
    QCOMPARE(tab->days()->rowCount(), 0);
    QVERIFY(tab->findChild<QLabel*>(QStringLiteral("calendarSource"))
                ->text()
                .contains(QStringLiteral("No holiday")));

    const QString good = writeFile(m_files, QStringLiteral("2027.txt"),
        "# test\nyear 2027\nholiday 2027-10-01..2027-10-07 国庆\nworkday 2027-09-26 国庆调休\n");
    QVERIFY(tab->importFile(good));
    QCOMPARE(tab->year(), 2027);
    QCOMPARE(tab->days()->rowCount(), 8);
    QCOMPARE(messageOf(tab), QStringLiteral("Imported the holiday arrangement of 2027 from 2027.txt."));
    QCOMPARE(tab->days()->item(0, 2)->text(), QStringLiteral("make-up working day"));
    QVERIFY(tab->findChild<QLabel*>(QStringLiteral("calendarSource"))
                ->text()
                .contains(QStringLiteral("2027.txt")));

    // A malformed file: the service's "FILE line N: ..." and nothing changes.
    const QString bad = writeFile(m_files, QStringLiteral("bad.txt"), "year 2027\nholiday 2027-13-01 错误\n");
    QVERIFY(!tab->importFile(bad));
    QVERIFY2(messageOf(tab).contains(QStringLiteral("line 2")), qPrintable(messageOf(tab)));
    QVERIFY(messageOf(tab).contains(QStringLiteral("bad.txt")));
    QCOMPARE(tab->days()->rowCount(), 8);
    QCOMPARE(CalendarService(*m_admin).calendar().arrangement(2027).holidays.size(), 7);
}

void TestAdminPage::rulesAndSettingsAreShownAndSaved()
{
    AdminPage page(*m_admin);
    page.show();
    RulesTab* tab = page.rules();
    QAbstractItemModelTester tester(
        tab->ruleSets()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int shipped = tab->ruleSets()->rowCount();
    QVERIFY(shipped >= 2);
    QCOMPARE(tab->ruleSets()->item(0, 0)->text(), QStringLiteral("2026-04-01")); // newest first

    auto* feedback = qobject_cast<QSpinBox*>(tab->settingEditor(Setting::FeedbackWorkingDays));
    QVERIFY(feedback && feedback->isEnabled());
    QCOMPARE(feedback->value(), Settings(*m_admin).feedbackWorkingDays());
    feedback->setValue(12);
    qobject_cast<QSpinBox*>(tab->settingEditor(Setting::VerificationWorkingDays))->setValue(15);
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
    auto officer = m_office->as(QStringLiteral("officer"));
    QCOMPARE(Settings(*officer).feedbackWorkingDays(), 12);
    QCOMPARE(Settings(*officer).verificationWorkingDays(), 15);
    QVERIFY(messageOf(tab).startsWith(QStringLiteral("Saved:")));

    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("addRuleSetButton")), Qt::LeftButton);
    auto* dialog = openedDialog<RuleSetDialog>(tab);
    QVERIFY(dialog);
    setLine(dialog, "ruleSource", QStringLiteral("测试规则"));
    setLine(dialog, "ruleEffectiveFrom", QStringLiteral("2026-04-01"));
    QVERIFY(!dialog->save()); // that date has a rule set already
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("formMessage"))
                ->text()
                .contains(QStringLiteral("already exists")));
    setLine(dialog, "ruleEffectiveFrom", QStringLiteral("2030-01-01"));
    dialog->findChild<QSpinBox*>(QStringLiteral("minMonths_general"))->setValue(40);
    QVERIFY(!saveButton(dialog)->isEnabled()); // minimum longer than the maximum
    dialog->findChild<QSpinBox*>(QStringLiteral("minMonths_general"))->setValue(2);
    QVERIFY(dialog->save());
    QCOMPARE(tab->ruleSets()->rowCount(), shipped + 1);
    QCOMPARE(tab->ruleSets()->item(0, 0)->text(), QStringLiteral("2030-01-01"));
    QCOMPARE(CatalogueService(*officer).ruleSetFor(QDate(2030, 6, 1)).period(Severity::General).minMonths, 2);
}

void TestAdminPage::anOfficerSeesTheActionsDisabledAndTheCoreRefuses()
{
    auto officer = m_office->as(QStringLiteral("officer"));
    AdminPage page(*officer);
    page.show();
    QCOMPARE(page.tabs()->count(), 6); // no audit trail for an officer; the database tab says why it is not theirs
    // The lists are there to read.
    QVERIFY(page.users()->table()->rowCount() > 0);
    QVERIFY(page.departments()->table()->rowCount() > 0);
    QVERIFY(page.catalogue()->measures()->rowCount() > 0);

    const QList<std::pair<QWidget*, const char*>> buttons {{page.users(), "addUserButton"},
        {page.users(), "resetPasswordButton"}, {page.users(), "disableUserButton"},
        {page.departments(), "addDepartmentButton"}, {page.departments(), "toggleDepartmentButton"},
        {page.catalogue(), "newMemorandumButton"}, {page.catalogue(), "editMemorandumButton"},
        {page.catalogue(), "newMeasureButton"}, {page.calendar(), "addDayButton"},
        {page.calendar(), "removeDayButton"}, {page.calendar(), "importCalendarButton"},
        {page.rules(), "addRuleSetButton"}, {page.rules(), "saveSettingsButton"}};
    for (const auto& [tab, name] : buttons) {
        auto* button = tab->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().startsWith(
                     QStringLiteral("Not permitted: a %1 may not").arg(Roles::displayName(Role::Officer))),
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), button->toolTip())));
    }
    QVERIFY(page.users()
                ->findChild<QPushButton*>(QStringLiteral("addUserButton"))
                ->toolTip()
                .contains(QStringLiteral("manage users")));
    QVERIFY(!page.rules()->settingEditor(Setting::FeedbackWorkingDays)->isEnabled());
    // Clicking a disabled button's slot directly opens nothing either.
    page.users()->addUser();
    QVERIFY(!openedDialog<AddUserDialog>(page.users()));

    const auto refused = [](const std::function<void()>& change) {
        try {
            change();
        } catch (const CoreError& e) {
            return e.kind() == ErrorKind::NotPermitted;
        }
        return false;
    };
    QVERIFY(refused([&] { UserService(*officer).add(QStringLiteral("x1"), Role::Admin, "long-enough-1"); }));
    QVERIFY(refused([&] { UserService(*officer).disable(QStringLiteral("officer2")); }));
    QVERIFY(refused([&] {
        Department d;
        d.code = QStringLiteral("X");
        d.name = QStringLiteral("某局");
        DepartmentService(*officer).add(d);
    }));
    QVERIFY(refused([&] { CalendarService(*officer).addDay(2026, QDate(2026, 11, 4), false, QString()); }));
    QVERIFY(refused([&] { CalendarService(*officer).removeDay(2026, QDate(2026, 10, 1)); }));
    QVERIFY(refused([&] { Settings(*officer).setNumber(Setting::FeedbackWorkingDays, 3); }));
    QVERIFY(refused([&] { CatalogueService(*officer).deactivateMemorandum(1); }));
}

void TestAdminPage::languageChoiceIsKeptForTheNextStart()
{
    QSettings().remove(QStringLiteral("language"));
    MainWindow window(m_office->as(QStringLiteral("admin")));
    auto* english = window.findChild<QAction*>(QStringLiteral("language_en"));
    auto* system = window.findChild<QAction*>(QStringLiteral("language_system"));
    QVERIFY(english && system);
    QVERIFY(system->isChecked());
    QString told;
    answerNextMessageBox(this, QMessageBox::Ok, &told);
    english->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(told, QStringLiteral("The language changes the next time CreditDesk starts."));
    QCOMPARE(LanguageMenu::stored(), QStringLiteral("en"));
    answerNextMessageBox(this, QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("language_zh_CN"))->trigger();
    QCOMPARE(LanguageMenu::stored(), QStringLiteral("zh_CN"));
    QSettings().remove(QStringLiteral("language"));
}

QTEST_MAIN(TestAdminPage)
#include "TestAdminPage.moc"
