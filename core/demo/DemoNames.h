#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace cd {

// Plausible names and valid codes for the demo office in division 320681 (启东市). Everything comes
// from one seeded generator, so a seed always gives the same office.
class DemoNames
{
public:
    explicit DemoNames(quint32 seed);

    QString companyName(); // 启东市华信建材有限公司 …
    QString individualBusinessName(const QString& owner);
    QString cooperativeName();
    QString personName();
    // Unified social credit codes: 91 enterprise, 92 individual business, 93 farmers' cooperative.
    QString uscc(const QString& kindPrefix);
    QString citizenId(const QDate& birth, bool male);
    QDate dateBetween(const QDate& from, const QDate& to);
    int bounded(int lowest, int highestExclusive);
    bool chance(double p);
    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(bounded(0, int(list.size())));
    }

private:
    QString pickChar(const QString& pool);
    QRandomGenerator m_random;
    int m_serial = 0;
};

} // namespace cd
