#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into corpus/<target>/ (committed; run again only to
change them). Small valid inputs of each format, so the fuzzers start from what real files look
like."""
import base64
import io
import json
import random
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc(first17):
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def citizen_id(first17):
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def put(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# --- codes ------------------------------------------------------------------------------------
COMPANY = uscc("91320681MA1X2Y3W4")
PERSON = citizen_id("32068119800101123")
put("fuzz_codes", "uscc", COMPANY)
put("fuzz_codes", "uscc-fullwidth-spaces", " ".join("".join(chr(ord(c) + 0xFEE0) for c in COMPANY[i:i + 6]) for i in (0, 6, 12)))
put("fuzz_codes", "uscc-lowercase-zero-width", COMPANY.lower()[:9] + "\u200b" + COMPANY.lower()[9:])
put("fuzz_codes", "citizen-id", PERSON)
put("fuzz_codes", "citizen-id-x", citizen_id("32068119900307001") if citizen_id("32068119900307001").endswith("X") else citizen_id("11010519491231002"))
put("fuzz_codes", "citizen-id-bad-date", "32068119800230123X")
put("fuzz_codes", "ideographic-space", "\u3000" + PERSON + "\u3000")

# --- CSV --------------------------------------------------------------------------------------
RECORDS = ("行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚决定日期,处罚机关,严重程度\r\n"
           f"启东市华信化工有限公司,{COMPANY},启市监罚〔2026〕1号,2026-03-02,市市场监管局,严重\r\n"
           f"张三,{PERSON},启市监罚〔2026〕2号,45678,市市场监管局,一般\r\n")
put("fuzz_csv", "utf8-bom", b"\xef\xbb\xbf" + RECORDS.encode("utf-8"))
put("fuzz_csv", "gb18030", RECORDS.encode("gb18030"))
put("fuzz_csv", "utf16le-bom", b"\xff\xfe" + RECORDS.encode("utf-16-le"))
put("fuzz_csv", "utf16be-bom", b"\xfe\xff" + RECORDS.encode("utf-16-be"))
put("fuzz_csv", "quoted", '名称,"备注"\n"甲, 乙","他说""好""\n第二行"\n,\n\n"未闭合')

# --- XLSX: the parts a spreadsheet program writes, by hand --------------------------------------


def xlsx(rows, merges=(), shared=True):
    strings = []
    def cell(ref, value):
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        if isinstance(value, tuple):  # a formula and its cached value
            return f'<c r="{ref}"><f>{value[0]}</f><v>{value[1]}</v></c>'
        if shared:
            strings.append(value)
            return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    body = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row) if v is not None)
        body.append(f'<row r="{r}">{cells}</row>')
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(body)}</sheetData>{merge}</worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


HEADER = ["行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "处罚决定日期", "处罚机关"]
put("fuzz_xlsx", "records-shared", xlsx([HEADER, ["启东市华信化工有限公司", COMPANY, "启市监罚〔2026〕1号", 45678, "市市场监管局"]]))
put("fuzz_xlsx", "inline-bool-formula-merge", xlsx(
    [["名称", "数量", "是否", "合计"], ["甲", 3.5, True, ("B2*2", 7)], [None, 1, False, ("B3*2", 2)]],
    merges=["A2:A3"], shared=False))

# --- XLS: BIFF8 in a compound document, written by hand --------------------------------------


def record(kind, payload=b""):
    return struct.pack("<HH", kind, len(payload)) + payload


def biff_string(text):
    data = text.encode("utf-16-le")
    return struct.pack("<HB", len(text), 1) + data


def biff8(rows):
    def bof(kind):
        return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x0006))
    sst_strings = []
    cells = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                sst_strings.append(value)
                cells.append(record(0x00FD, struct.pack("<HHHI", r, c, 0x0F, len(sst_strings) - 1)))
            else:
                cells.append(record(0x0203, struct.pack("<HHHd", r, c, 0x0F, float(value))))
    xf = record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    cellxf = record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    font = record(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + struct.pack("<BB", 5, 1) + "Arial".encode("utf-16-le"))
    sst = record(0x00FC, struct.pack("<II", len(sst_strings), len(sst_strings)) + b"".join(biff_string(s) for s in sst_strings))
    sheet = bof(0x0010) + record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, max(len(r) for r in rows), 0)) + b"".join(cells) + record(0x000A)
    def globals_(sheet_offset):
        boundsheet = record(0x0085, struct.pack("<IBB", sheet_offset, 0, 0) + struct.pack("<BB", 6, 0) + b"Sheet1")
        return (bof(0x0005) + record(0x0042, struct.pack("<H", 1200)) + font * 5 + xf * 15 + cellxf
                + boundsheet + sst + record(0x000A))
    head = globals_(0)
    return globals_(len(head)) + sheet


def compound(stream):
    """A compound file (OLE2, 512-byte sectors) holding one stream named Workbook."""
    stream = stream + b"\0" * (-len(stream) % 512)
    if len(stream) < 4096:  # smaller streams would have to go into the mini stream
        stream += b"\0" * (4096 - len(stream))
    n_stream = len(stream) // 512
    # Sectors: 0 = FAT, 1 = directory, 2.. = the stream.
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + i for i in range(n_stream - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    def entry(name, kind, start, size, child=0xFFFFFFFF):
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\0" * 16 + struct.pack("<I", 0)
                + b"\0" * 16 + struct.pack("<III", start, size, 0))
    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry("Workbook", 2, 2, len(stream))
    directory = directory.ljust(512, b"\0")
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0))
    header += struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108
    return header + struct.pack("<128I", *fat) + directory + stream


put("fuzz_xls", "records", compound(biff8([HEADER, ["启东市华信化工有限公司", COMPANY, "启市监罚〔2026〕1号", 45678, "市市场监管局"]])))
put("fuzz_xls", "numbers", compound(biff8([["名称", "数量"], ["甲", 3.5], ["乙", 45678]])))

# --- feedback: the package columns, as a department fills them in -------------------------------
FEEDBACK_HEADER = ["任务编号", "案件编号", "主体名称", "措施", "反馈结果", "执行日期", "执行文号", "理由", "反馈日期"]
FEEDBACK_ROWS = [
    [1, "联奖〔2026〕0001号", "启东市华信化工有限公司", "限制招投标", "已签收", None, None, None, "2026-03-11"],
    [2, "联奖〔2026〕0001号", "启东市华信化工有限公司", "限制融资", "已执行", "2026-03-12", "启税〔2026〕3号", None, "2026-03-12"],
    [3, "联奖〔2026〕0001号", "启东市华信化工有限公司", "限制评优", "不适用", None, None, "不在本部门职责范围", 46094],
    [3, "联奖〔2026〕0001号", "启东市华信化工有限公司", "限制评优", "拒绝执行", None, None, "无依据", None],
]
put("fuzz_feedback", "feedback.xlsx", xlsx([FEEDBACK_HEADER] + FEEDBACK_ROWS))
csv_rows = [",".join("" if v is None else str(v) for v in row) for row in [FEEDBACK_HEADER] + FEEDBACK_ROWS]
put("fuzz_feedback", "feedback.csv", "\r\n".join(csv_rows) + "\r\n")
put("fuzz_feedback", "feedback.xls", compound(biff8([FEEDBACK_HEADER[:5], [1, "联奖〔2026〕0001号", "甲", "限制", "已签收"]])))

# --- calendar ---------------------------------------------------------------------------------
put("fuzz_calendar", "year-2027", "# 国办发明电〔2026〕1号\nyear 2027\nholiday 2027-01-01..2027-01-03 元旦\n"
    "workday 2027-02-06 春节调休\nHOLIDAY 2027-02-10..2027-02-16 春节\nholiday 2027-04-05 清明\n")
put("fuzz_calendar", "two-years", "year 2025\nholiday 2024-12-31..2025-01-01\n\nyear 2026\nworkday 2026-01-04 元旦调休\n"
    "holiday 2026-01-01..2026-01-03 元旦\n")
put("fuzz_calendar", "errors", "year 2026\nholiday 2026-02-30\nworkday 2026-01-05\nholiday 2026-10-07..2026-10-01\n")

# --- key files: the structure of a real one (sizes, encodings), with made-up bytes ----------------
rng = random.Random(9)


def b(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(b(n)).decode()


def slot(kind):
    s = {"id": b(16).hex(), "kind": kind,
         "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": b64(16)},
         "nonce": b64(12), "ciphertext": b64(32), "tag": b64(16), "publicKey": b64(32),
         "databaseKey": {"ephemeral": b64(32), "nonce": b64(12), "ciphertext": b64(32), "tag": b64(16)}}
    if kind == "user":
        s["lookup"] = b(32).hex()
    return s


base = {"format": "creditdesk-keys", "version": 1, "databaseId": "6f1c2a9e-4b7d-4e1a-9c3b-2d5e8f7a1b0c",
        "slots": [slot("user"), slot("recovery")]}
put("fuzz_keyfile", "two-slots", json.dumps(base, indent=4))
tail = dict(base, slots=base["slots"] + [slot("user")],
            auditTail={"seq": 42, "hash": b(32).hex(), "mac": b(32).hex()},
            pendingKey={"nonce": b64(12), "ciphertext": b64(32), "tag": b64(16)})
put("fuzz_keyfile", "tail-and-pending", json.dumps(tail, separators=(",", ":")))
put("fuzz_keyfile", "newer-version", json.dumps(dict(base, version=2)))
