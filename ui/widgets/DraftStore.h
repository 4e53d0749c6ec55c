#pragma once

#include <QMap>
#include <QObject>
#include <QVariantMap>

namespace cd {

// What was typed in a decision dialog that a lock closed, by what it decides ("objection/12/decide"),
// kept in memory by the window and handed back only to its own user (through WindowState). The
// dialog finds the store of the window it belongs to by walking up its parents.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    explicit DraftStore(QObject* parent) : QObject(parent) { setObjectName(QStringLiteral("draftStore")); }

    static DraftStore* of(QObject* object)
    {
        for (QObject* o = object; o; o = o->parent()) {
            if (auto* store = o->findChild<DraftStore*>(QString(), Qt::FindDirectChildrenOnly))
                return store;
        }
        return nullptr;
    }

    void keep(const QString& key, const QVariantMap& typed) { m_drafts.insert(key, typed); }
    QVariantMap take(const QString& key) { return m_drafts.take(key); }
    const QMap<QString, QVariantMap>& all() const { return m_drafts; }

private:
    QMap<QString, QVariantMap> m_drafts;
};

} // namespace cd
