#!/usr/bin/env python3
"""Writes the .xls fixtures of tests/data/xls: each workbook is spelled out as a flat ODF
spreadsheet (so every cell's type is chosen here: text, number, date, empty) and converted to
BIFF8 by LibreOffice. Run from this folder: python3 make_fixtures.py (needs soffice)."""

import os
import subprocess
import tempfile

# Cells: str -> text, int/float -> number, ("date", "YYYY-MM-DD") -> a date cell, None -> empty.
PENALTY_HEADER = ["行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "违法行为类型", "违法事实",
                  "处罚依据", "处罚类别", "处罚内容", "处罚决定日期", "处罚机关", "数据来源单位",
                  "罚款金额（万元）"]
PENALTIES = [PENALTY_HEADER,
    ["启东市华信建材有限公司", "91320681MA1X2Y3W40", "启市监罚〔2026〕11号", "无照经营",
     "未取得营业执照，从事建材经营", "《无证无照经营查处办法》第十三条", "罚款", "罚款5000元",
     ("date", "2026-03-02"), "市市场监管局", "市市场监管局", 0.5],
    ["启东市明达贸易有限公司", "91320681MA1X2Y3W53", "启市监罚〔2026〕12号", "虚假宣传", None,
     "《中华人民共和国反不正当竞争法》第二十条", "罚款", "罚款2万元", 46090, "市市场监管局",
     "市市场监管局", 2],
    ["张三", "320681198001011230", "启市监罚〔2026〕13号", "无照经营", "流动摊贩无照经营",
     "《无证无照经营查处办法》第十三条", "警告", "警告", "2026年3月5日", "市市场监管局",
     "市市场监管局", None],
    ["启东市华信建材有限公司", "91320681MA1X2Y3W40", "启市监罚〔2026〕14号", "产品质量", "销售不合格建材",
     "《中华人民共和国产品质量法》第四十九条", "罚款", "罚款1.2万元", "2026/3/6", "市市场监管局",
     "市市场监管局", 1.2],
]

SUBJECT_HEADER = ["统一社会信用代码", "名称", "主体类型", "住所", "成立日期"]
SUBJECTS = [SUBJECT_HEADER,
    ["91320681MA1X2Y3W66", "启东市海鸿食品有限公司", "法人", "启东市汇龙镇人民中路88号", ("date", "2012-05-01")],
    ["320681198506152469", "李四", "自然人", None, None],
    ["91320681MA1X2Y3W79", "启东市江海饭店", "个体工商户", "启东市吕四港镇", "2015年8月20日"],
    ["91320681MA1X2Y3W8C", "启东市蓝海船舶配件有限公司", None, None, 41000],
]

LICENCE_HEADER = ["行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "法定代表人",
                  "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号",
                  "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码",
                  "当前状态", "数据来源单位", "数据来源单位统一社会信用代码", "备注"]
LICENCES = [LICENCE_HEADER,
    ["启东市海鸿食品有限公司", "法人及非法人组织", "91320681MA1X2Y3W66", "王海鸿", "食品经营许可决定书",
     "启审批食许〔2026〕21号", "普通", "食品经营许可证", "JY13206810012345", "预包装食品销售，热食类食品制售",
     ("date", "2026-03-02"), ("date", "2026-03-02"), ("date", "2031-03-01"), "市行政审批局",
     "11320681MB1234567X", "有效", "市行政审批局", "11320681MB1234567X", None],
    ["启东市江海饭店", "个体工商户", "91320681MA1X2Y3W79", "赵江海", "食品经营许可决定书",
     "启审批食许〔2026〕22号", "普通", "食品经营许可证", "JY23206810054321", "热食类食品制售",
     46090, 46090, "2031/3/8", "市行政审批局", None, "1", "市行政审批局", None, "首次申请"],
]


def cell(value):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, tuple):
        return ('<table:table-cell table:style-name="date" office:value-type="date" '
                f'office:date-value="{value[1]}"><text:p>{value[1]}</text:p></table:table-cell>')
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def fods(sheet_name, rows):
    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="ymd"><number:year number:style="long"/><number:text>-</number:text>
  <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="ymd"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{sheet_name}">{body}</table:table>
</office:spreadsheet></office:body></office:document>
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        for name, sheet, rows in [("penalties", "行政处罚", PENALTIES), ("subjects", "主体", SUBJECTS),
                                  ("licences", "行政许可", LICENCES)]:
            src = os.path.join(tmp, name + ".fods")
            with open(src, "w", encoding="utf-8") as f:
                f.write(fods(sheet, rows))
            subprocess.run(["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", here, src],
                           check=True, env=dict(os.environ, HOME=tmp))


if __name__ == "__main__":
    main()
