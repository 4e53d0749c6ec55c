#include "demo/DemoNames.h"

#include "domain/CodeValidator.h"

namespace cd {

namespace {

const QString Surnames
    = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
                     "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶顾毛"
                     "郝龚邵钱严施季茅");
const QString GivenChars
    = QStringLiteral("建国平军伟芳娟敏静丽强磊洋艳勇杰娜涛明超秀霞刚桂英华玉兰红梅海波春燕晓东文斌志"
                     "荣辉鹏宇浩凯俊峰琳雪婷慧颖佳欣悦宏亮新民永庆德胜金龙瑞祥");
const QList<QString> Places = {QStringLiteral("启东市"), QStringLiteral("启东"), QStringLiteral("南通"),
    QStringLiteral("启东经济开发区"), QStringLiteral("吕四港"), QStringLiteral("汇龙镇"),
    QStringLiteral("近海镇"), QStringLiteral("寅阳镇"), QStringLiteral("惠萍镇"), QStringLiteral("海复镇")};
const QList<QString> Cores
    = {QStringLiteral("华信"), QStringLiteral("鑫达"), QStringLiteral("永盛"), QStringLiteral("恒通"),
        QStringLiteral("金海"), QStringLiteral("东方"), QStringLiteral("海滨"), QStringLiteral("汇丰"),
        QStringLiteral("江海"), QStringLiteral("宏远"), QStringLiteral("瑞祥"), QStringLiteral("新源"),
        QStringLiteral("利民"), QStringLiteral("长江"), QStringLiteral("天成"), QStringLiteral("吉祥"),
        QStringLiteral("创新"), QStringLiteral("盛世"), QStringLiteral("中兴"), QStringLiteral("富华"),
        QStringLiteral("蓝海"), QStringLiteral("通达"), QStringLiteral("顺发"), QStringLiteral("嘉禾")};
const QList<QString> Trades = {QStringLiteral("建材"), QStringLiteral("物流"), QStringLiteral("五金"),
    QStringLiteral("食品"), QStringLiteral("纺织"), QStringLiteral("化工"), QStringLiteral("机械"),
    QStringLiteral("电子"), QStringLiteral("服饰"), QStringLiteral("水产"), QStringLiteral("船舶配件"),
    QStringLiteral("建筑工程"), QStringLiteral("餐饮管理"), QStringLiteral("农业科技"),
    QStringLiteral("医药"), QStringLiteral("环保科技"), QStringLiteral("汽车服务"), QStringLiteral("家纺"),
    QStringLiteral("电器"), QStringLiteral("海洋工程")};
const QList<QString> Suffixes = {QStringLiteral("有限公司"), QStringLiteral("有限公司"),
    QStringLiteral("有限公司"), QStringLiteral("股份有限公司"), QStringLiteral("厂")};
// GB 32100 characters for positions 9-17 (no I, O, S, V, Z).
const QString CodeAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

} // namespace

DemoNames::DemoNames(quint32 seed) : m_random(seed) { }

int DemoNames::bounded(int lowest, int highestExclusive)
{
    return int(m_random.bounded(lowest, highestExclusive));
}

bool DemoNames::chance(double p)
{
    return m_random.generateDouble() < p;
}

QString DemoNames::pickChar(const QString& pool)
{
    return QString(pool.at(bounded(0, int(pool.size()))));
}

// The operands of + are evaluated in an order each compiler picks: every draw is its own statement,
// so that a seed gives the same office whatever built the program (g++, clang, MSVC).
QString DemoNames::companyName()
{
    QString name = pick(Places);
    name += pick(Cores);
    name += pick(Trades);
    name += pick(Suffixes);
    return name;
}

QString DemoNames::individualBusinessName(const QString& owner)
{
    static const QList<QString> shops = {QStringLiteral("便利店"), QStringLiteral("五金店"),
        QStringLiteral("小吃店"), QStringLiteral("水产经营部"), QStringLiteral("建材商行"),
        QStringLiteral("理发店"), QStringLiteral("农资店"), QStringLiteral("服装店")};
    return pick(Places) + owner + pick(shops);
}

QString DemoNames::cooperativeName()
{
    static const QList<QString> kinds
        = {QStringLiteral("蔬菜种植专业合作社"), QStringLiteral("水产养殖专业合作社"),
            QStringLiteral("农机服务专业合作社"), QStringLiteral("青皮豆专业合作社")};
    QString name = pick(Places);
    name += pick(Cores);
    name += pick(kinds);
    return name;
}

QString DemoNames::personName()
{
    QString name = pickChar(Surnames);
    name += pickChar(GivenChars);
    if (chance(0.7))
        name += pickChar(GivenChars);
    return name;
}

QString DemoNames::uscc(const QString& kindPrefix)
{
    // A serial in the organisation code keeps codes unique across a run.
    QString org;
    int serial = ++m_serial;
    for (int i = 0; i < 4; ++i) {
        org.prepend(CodeAlphabet.at(serial % 31));
        serial /= 31;
    }
    while (org.size() < 9)
        org.append(pickChar(CodeAlphabet));
    const QString first17 = kindPrefix + QStringLiteral("320681") + org;
    return first17 + usccCheckCharacter(first17);
}

QString DemoNames::citizenId(const QDate& birth, bool male)
{
    int sequence = (++m_serial % 499) * 2 + (male ? 1 : 0); // odd for men
    const QString first17 = QStringLiteral("320681") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckCharacter(first17);
}

QDate DemoNames::dateBetween(const QDate& from, const QDate& to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(m_random.bounded(qint64(0), span + 1));
}

} // namespace cd
