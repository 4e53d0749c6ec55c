#include "signin/SignInDialog.h"

#include "CoreError.h"
#include "services/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cd {

SignInDialog::SignInDialog(QWidget* parent, const QString& databasePath)
    : QDialog(parent)
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("CreditDesk — Sign in"));
    setObjectName(QStringLiteral("signInDialog"));
    m_database->setObjectName(QStringLiteral("databasePath"));
    m_user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));

    QSettings settings;
    m_database->setText(
        databasePath.isEmpty() ? settings.value(QStringLiteral("signIn/database")).toString() : databasePath);
    m_user->setText(settings.value(QStringLiteral("signIn/user")).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Database file:"), databaseRow);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_signIn->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>CreditDesk</b> — joint credit incentives and sanctions"), this);
    layout->addWidget(title);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(browseButton, &QPushButton::clicked, this, &SignInDialog::browse);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Session> SignInDialog::takeSession()
{
    return std::move(m_session);
}

void SignInDialog::setUserName(const QString& name)
{
    m_user->setText(name);
    m_password->setFocus();
}

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString SignInDialog::databasePath() const
{
    return m_database->text().trimmed();
}

void SignInDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a CreditDesk database"),
        m_database->text(), tr("CreditDesk databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        m_database->setText(path);
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
        && !m_password->text().isEmpty());
}

void SignInDialog::trySignIn()
{
    QByteArray password = m_password->text().toUtf8();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session = Session::signIn(databasePath(), m_user->text().trimmed(), password);
    } catch (const CoreError& e) {
        m_message->setText(e.message());
        m_message->show();
    }
    QApplication::restoreOverrideCursor();
    password.fill('\0');
    m_password->clear();
    if (!m_session) {
        m_password->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/database"), databasePath());
    settings.setValue(QStringLiteral("signIn/user"), m_user->text().trimmed());
    accept();
}

} // namespace cd
