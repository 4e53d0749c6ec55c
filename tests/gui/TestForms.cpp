#include "domain/CodeValidator.h"
#include "records/NewRecordDialog.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/UserService.h"
#include "subjects/NewSubjectDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {
const QByteArray Password = "forms-test-pass";

QString uscc(const QString& orgCode9)
{
    const QString first17 = QStringLiteral("91320681") + orgCode9;
    return first17 + usccCheckCharacter(first17);
}
} // namespace

// The forms as a clerk meets them: the code checked while typing in the CLI's words, Ctrl+S saving,
// the service's refusal shown in the form, and a prompt before typed work is thrown away.
class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codeIsCheckedWhileTyping();
    void ctrlSSavesThroughTheService();
    void serviceRefusalIsShownInTheForm();
    void closingWithTypedWorkAsksFirst();
    void typedStateSurvivesARebuild();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_officer;
};

void TestForms::initTestCase()
{
    qputenv("CREDITDESK_FAST_KDF", "1");
    const QString path = m_dir.filePath(QStringLiteral("forms.db"));
    Session::initialize(path, QStringLiteral("admin"), Password);
    {
        auto admin = Session::signIn(path, QStringLiteral("admin"), Password);
        UserService(*admin).add(QStringLiteral("officer"), Role::Officer, Password);
    }
    m_officer = Session::signIn(path, QStringLiteral("officer"), Password);
}

void TestForms::codeIsCheckedWhileTyping()
{
    NewSubjectDialog form(*m_officer);
    form.show();
    auto* code = form.findChild<QLineEdit*>(QStringLiteral("code"));
    auto* check = form.findChild<QLabel*>(QStringLiteral("codeCheck"));
    auto* save = form.findChild<QPushButton*>(QStringLiteral("saveButton"));
    QString wrong = uscc(QStringLiteral("MA1X2Y3W4"));
    wrong.back() = wrong.back() == u'1' ? u'2' : u'1';
    QTest::keyClicks(code, wrong);
    QCOMPARE(check->text(), checkUscc(wrong).message);
    QVERIFY(!check->text().isEmpty());
    QVERIFY(!save->isEnabled());
    code->clear();
    QTest::keyClicks(code, uscc(QStringLiteral("MA1X2Y3W4")));
    QVERIFY(check->text().contains(QStringLiteral("✓")));
}

void TestForms::ctrlSSavesThroughTheService()
{
    NewSubjectDialog form(*m_officer);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QSignalSpy saved(&form, &FormDialog::saved);
    form.findChild<QLineEdit*>(QStringLiteral("code"))->setText(uscc(QStringLiteral("MA2X2Y3W4")));
    form.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("启东市测试表单有限公司"));
    QTest::keySequence(&form, QKeySequence::Save);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!form.isVisible());
    const auto subject = SubjectService(*m_officer).byCode(uscc(QStringLiteral("MA2X2Y3W4")));
    QVERIFY(subject);
    QCOMPARE(subject->name, QStringLiteral("启东市测试表单有限公司"));
    QCOMPARE(saved.first().first().toLongLong(), subject->id);
}

void TestForms::serviceRefusalIsShownInTheForm()
{
    NewSubjectDialog form(*m_officer);
    form.show();
    // The same code again: the form's own checks pass, the service refuses.
    form.findChild<QLineEdit*>(QStringLiteral("code"))->setText(uscc(QStringLiteral("MA2X2Y3W4")));
    form.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("重复"));
    QVERIFY(!form.save());
    QVERIFY(form.isVisible());
    const QString message = form.findChild<QLabel*>(QStringLiteral("formMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("code")), qPrintable(message));
}

void TestForms::closingWithTypedWorkAsksFirst()
{
    NewSubjectDialog form(*m_officer);
    form.show();
    form.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("半截"));
    QVERIFY(form.isDirty());
    bool asked = false;
    // Cancel first: the form stays.
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(&form, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(form.isVisible());
    asked = false;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Discard)->click();
    });
    QTest::keyClick(&form, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(!form.isVisible());
}

void TestForms::typedStateSurvivesARebuild()
{
    QVariantMap state;
    {
        NewRecordDialog form(*m_officer, 0);
        form.findChild<QLineEdit*>(QStringLiteral("decisionNo"))
            ->setText(QStringLiteral("启市监罚〔2026〕7号"));
        form.findChild<QComboBox*>(QStringLiteral("category"))->setCurrentText(QStringLiteral("行政处罚"));
        state = form.typedState();
        form.discard();
    }
    NewRecordDialog again(*m_officer, 0);
    again.restoreTypedState(state);
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("decisionNo"))->text(),
        QStringLiteral("启市监罚〔2026〕7号"));
    QCOMPARE(
        again.findChild<QComboBox*>(QStringLiteral("category"))->currentText(), QStringLiteral("行政处罚"));
    QVERIFY(again.isDirty());
}

QTEST_MAIN(TestForms)
#include "TestForms.moc"
