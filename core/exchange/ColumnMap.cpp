#include "exchange/ColumnMap.h"

#include "CoreError.h"

namespace cd {

namespace {

QString normalised(QString header)
{
    // Headers arrive with full-width brackets, stray spaces and line breaks from merged title cells.
    header.remove(QLatin1Char(' ')).remove(QChar(0x3000)).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    header.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    if (header.endsWith(QLatin1Char('*')))
        header.chop(1); // "required" marks of templates
    return header;
}

} // namespace

bool ColumnMap::namesAnyField(const QList<Field>& fields, const QStringList& header)
{
    for (const QString& cell : header) {
        const QString name = normalised(cell);
        for (const Field& f : fields) {
            if (!name.isEmpty() && f.headers.contains(name))
                return true;
        }
    }
    return false;
}

ColumnMap::ColumnMap(const QList<Field>& fields, const QStringList& header, int headerRow)
{
    QHash<QString, int> byName;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalised(header.at(i));
        if (!name.isEmpty() && !byName.contains(name))
            byName.insert(name, i);
    }
    for (const Field& f : fields) {
        for (const QString& h : f.headers) {
            const int column = byName.value(h, -1);
            if (column < 0)
                continue;
            if (m_columns.contains(f.key))
                throw CoreError(ErrorKind::InvalidInput,
                    tr("Row %1 names the same field twice: \"%2\" and \"%3\". Keep one of the columns.")
                        .arg(headerRow)
                        .arg(m_headers.value(f.key), h));
            m_columns.insert(f.key, column);
            m_headers.insert(f.key, h);
        }
    }
    // The same header text in two columns is ambiguous whichever field it is.
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalised(header.at(i));
        if (!name.isEmpty() && byName.value(name) != i
            && std::any_of(m_headers.begin(), m_headers.end(), [&](const QString& h) { return h == name; }))
            throw CoreError(ErrorKind::InvalidInput,
                tr("Row %1 has the column \"%2\" twice. Keep one of them.").arg(headerRow).arg(name));
    }
    if (m_columns.isEmpty()) {
        QStringList expected;
        for (const Field& f : fields) {
            if (f.required)
                expected << f.headers.first();
        }
        throw CoreError(ErrorKind::InvalidInput,
            tr("Row %1 is not a header row: none of its cells names a known column. The first row must "
               "name the columns, such as %2.")
                .arg(headerRow)
                .arg(expected.join(QStringLiteral("、"))));
    }
    for (const Field& f : fields) {
        if (f.required && !m_columns.contains(f.key))
            throw CoreError(ErrorKind::InvalidInput,
                tr("The column \"%1\" is missing (also accepted: %2).")
                    .arg(f.headers.first(), f.headers.mid(1).join(QStringLiteral("、"))));
    }
}

QString ColumnMap::value(const QStringList& cells, const QString& key) const
{
    const int c = m_columns.value(key, -1);
    return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
}

QList<ColumnMap::Field> ColumnMap::recordFields()
{
    return {
        // The national format puts an organisation's code in 行政相对人代码_1 and a person's ID in
        // 证件号码, both columns present: two fields, and the importer takes whichever the row fills.
        {QStringLiteral("subjectCode"),
            {QStringLiteral("统一社会信用代码"), QStringLiteral("行政相对人代码_1"),
                QStringLiteral("行政相对人代码_1(统一社会信用代码)"), QStringLiteral("主体代码"),
                QStringLiteral("社会信用代码")},
            false},
        {QStringLiteral("personId"), {QStringLiteral("证件号码"), QStringLiteral("身份证号")}, false},
        {QStringLiteral("subjectName"),
            {QStringLiteral("行政相对人名称"), QStringLiteral("主体名称"), QStringLiteral("名称")}, false},
        {QStringLiteral("decisionNo"),
            {QStringLiteral("行政处罚决定书文号"), QStringLiteral("决定文书号"), QStringLiteral("文书号"),
                QStringLiteral("决定书文号")},
            true},
        {QStringLiteral("category"),
            {QStringLiteral("违法行为类型"), QStringLiteral("信息类别"), QStringLiteral("类别")}, false},
        {QStringLiteral("penaltyKind"), {QStringLiteral("处罚类别")}, false},
        {QStringLiteral("facts"), {QStringLiteral("违法事实"), QStringLiteral("内容")}, false},
        {QStringLiteral("penalty"), {QStringLiteral("处罚内容")}, false},
        {QStringLiteral("legalBasis"),
            {QStringLiteral("处罚依据"), QStringLiteral("法律依据"), QStringLiteral("依据")}, false},
        {QStringLiteral("decisionDate"), {QStringLiteral("处罚决定日期"), QStringLiteral("决定日期")}, true},
        {QStringLiteral("department"),
            {QStringLiteral("处罚机关"), QStringLiteral("提供部门"), QStringLiteral("部门")}, false},
        {QStringLiteral("source"), {QStringLiteral("数据来源单位")}, false},
        {QStringLiteral("severity"), {QStringLiteral("严重程度"), QStringLiteral("失信严重程度")}, false},
        {QStringLiteral("specificSerious"), {QStringLiteral("特定严重失信")}, false},
        {QStringLiteral("polarity"), {QStringLiteral("信息性质"), QStringLiteral("性质")}, false},
        {QStringLiteral("publishedOn"), {QStringLiteral("公示日期"), QStringLiteral("公开日期")}, false},
    };
}

QList<ColumnMap::Field> ColumnMap::subjectFields()
{
    return {
        {QStringLiteral("code"),
            {QStringLiteral("统一社会信用代码"), QStringLiteral("主体代码"), QStringLiteral("身份证号"),
                QStringLiteral("证件号码")},
            true},
        {QStringLiteral("name"), {QStringLiteral("名称"), QStringLiteral("主体名称"), QStringLiteral("姓名")},
            true},
        {QStringLiteral("kind"), {QStringLiteral("主体类型"), QStringLiteral("类型")}, false},
        {QStringLiteral("address"), {QStringLiteral("住所"), QStringLiteral("地址")}, false},
        {QStringLiteral("registeredOn"), {QStringLiteral("成立日期"), QStringLiteral("注册日期")}, false},
    };
}

QList<ColumnMap::Field> ColumnMap::licenceFields()
{
    // The national format puts an organisation's code in 行政相对人代码_1 and a person's ID in 证件号码,
    // both columns present: two fields, and the service takes whichever the row fills.
    return {
        {QStringLiteral("subjectCode"),
            {QStringLiteral("行政相对人代码_1(统一社会信用代码)"), QStringLiteral("行政相对人代码_1"),
                QStringLiteral("统一社会信用代码"), QStringLiteral("主体代码")},
            false},
        {QStringLiteral("personId"), {QStringLiteral("证件号码"), QStringLiteral("身份证号")}, false},
        {QStringLiteral("subjectName"), {QStringLiteral("行政相对人名称"), QStringLiteral("主体名称")},
            false},
        {QStringLiteral("subjectKind"), {QStringLiteral("行政相对人类别")}, false},
        {QStringLiteral("legalRepresentative"), {QStringLiteral("法定代表人")}, false},
        {QStringLiteral("documentName"), {QStringLiteral("行政许可决定文书名称")}, false},
        {QStringLiteral("decisionNo"),
            {QStringLiteral("行政许可决定文书号"), QStringLiteral("许可决定文书号"),
                QStringLiteral("决定文书号")},
            true},
        {QStringLiteral("licenceKind"), {QStringLiteral("许可类别")}, false},
        {QStringLiteral("certificateName"), {QStringLiteral("许可证书名称")}, false},
        {QStringLiteral("licenceNo"), {QStringLiteral("许可编号"), QStringLiteral("许可证编号")}, false},
        {QStringLiteral("content"), {QStringLiteral("许可内容")}, false},
        {QStringLiteral("decisionDate"), {QStringLiteral("许可决定日期"), QStringLiteral("决定日期")}, true},
        {QStringLiteral("validFrom"), {QStringLiteral("有效期自")}, false},
        {QStringLiteral("validTo"), {QStringLiteral("有效期至")}, false},
        {QStringLiteral("department"), {QStringLiteral("许可机关"), QStringLiteral("提供部门")}, false},
        {QStringLiteral("state"), {QStringLiteral("当前状态")}, false},
        {QStringLiteral("source"), {QStringLiteral("数据来源单位")}, false},
        {QStringLiteral("note"), {QStringLiteral("备注")}, false},
        {QStringLiteral("publishedOn"), {QStringLiteral("公示日期"), QStringLiteral("公开日期")}, false},
    };
}

} // namespace cd
