#include "widgets/SubjectPicker.h"

#include "CoreError.h"
#include "services/SubjectService.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace cd {

SubjectPicker::SubjectPicker(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_search(new SearchField(this)), m_choices(new QComboBox(this))
{
    // The search text is what was typed to find the subject, not part of the form's state: the
    // choice is (see FormDialog::typedState), so the field has no object name of its own there.
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_search->setPlaceholderText(tr("Code or part of the name"));
    m_choices->setObjectName(QStringLiteral("subjectChoice"));
    m_choices->setMinimumContentsLength(30);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_choices, 2);
    connect(m_search, &SearchField::searchChanged, this, &SubjectPicker::search);
    connect(m_choices, &QComboBox::currentIndexChanged, this, [this] { emit subjectChanged(subjectId()); });
}

qint64 SubjectPicker::subjectId() const
{
    return m_choices->currentData().toLongLong();
}

void SubjectPicker::setSubject(qint64 id)
{
    try {
        const Subject s = SubjectService(m_session).get(id);
        m_choices->clear();
        m_choices->addItem(QStringLiteral("%1  %2").arg(s.name, s.code), s.id);
    } catch (const CoreError&) {
        m_choices->clear();
    }
}

void SubjectPicker::search(const QString& text)
{
    const qint64 before = subjectId();
    QSignalBlocker block(m_choices);
    m_choices->clear();
    if (!text.isEmpty()) {
        try {
            for (const SubjectHit& h : SubjectService(m_session).find(text, 30)) {
                const QString former
                    = h.matchedName.isEmpty() ? QString() : tr(" (formerly %1)").arg(h.matchedName);
                m_choices->addItem(QStringLiteral("%1  %2%3").arg(h.name, h.code, former), h.id);
            }
        } catch (const CoreError&) {
        }
    }
    block.unblock();
    if (subjectId() != before)
        emit subjectChanged(subjectId());
}

} // namespace cd
