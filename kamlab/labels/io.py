"""Labels of the loaders (:mod:`kamlab.io`): every message about a user's data file, in zh and en.

Placeholders: ``{func}`` the loader, ``{file}`` the file, ``{column}`` a column as the
file names it, ``{line}`` the file's own line number, ``{value}`` the value as written.
"""

_TEXTS = {
    # ---- the file itself
    "io.where": ("{func}：{file}：", "{func}: {file}: "),
    "io.no_file": ("文件不存在。", "no such file."),
    "io.folder": ("这是一个文件夹，不是数据文件。", "is a folder, not a data file."),
    "io.not_regular": (
        "不是普通文件（而是管道、设备或套接字）；应为数据文件。",
        "is not a regular file (a pipe, a device or a socket); expected a data file.",
    ),
    "io.empty_path": (
        "参数 path 是空字符串；应为文件路径。",
        "parameter 'path' is an empty string; expected a file path.",
    ),
    "io.bad_source": (
        "参数 path = {value}（{type}）；应为文件路径（str 或 pathlib.Path）、已打开的文件或 pandas DataFrame。",
        "parameter 'path' = {value} ({type}); expected a file path (str or pathlib.Path), "
        "an open file or a pandas DataFrame.",
    ),
    "io.bad_table": (
        "参数 table = {value}；应为以下之一：{tables}。",
        "parameter 'table' = {value}; expected one of {tables}.",
    ),
    "io.unreadable": ("无法读取（{reason}）。", "cannot be read ({reason})."),
    "io.empty": (
        "文件是空的；应有一行列名和至少一行数据。",
        "the file is empty; expected a header line and at least one row.",
    ),
    "io.no_rows": ("只有列名，没有数据行。", "has a header line but no rows."),
    "io.decode": (
        "无法按 {encodings} 解码：第 {line} 行有字节 {byte} 不属于这些编码。"
        "请另存为“CSV UTF-8”，或用 encoding= 指明文件的编码。",
        "cannot be decoded as {encodings}: the byte {byte} on line {line} is not valid there. "
        'Save the file as "CSV UTF-8", or pass encoding= with the file\'s encoding.',
    ),
    "io.decode_odd": (
        "按 {encoding} 解码时第 {line} 行出现 {char}：这是私用区或未分配的字符，没有人会输入它，"
        "说明文件用的是另一种编码（例如繁体的 Big5）。请另存为“CSV UTF-8”，或用 encoding= 指明文件的编码。",
        "read as {encoding}, line {line} holds {char}, a private-use or unassigned character that no one "
        'types: the file is in another encoding (Big5, say). Save it as "CSV UTF-8", or pass encoding= '
        "with the file's encoding.",
    ),
    "io.decode_ambiguous": (
        "既可按简体的 GB18030 读（{gb}），也可按繁体的 Big5 读（{big5}），无法确定。"
        "请用 encoding='gb18030' 或 encoding='big5' 指明（kamlab check 加 --encoding），或另存为“CSV UTF-8”。",
        "reads both as simplified GB18030 ({gb}) and as traditional Big5 ({big5}), and neither is clearly "
        "right. Pass encoding='gb18030' or encoding='big5' (kamlab check --encoding), or save the file as "
        '"CSV UTF-8".',
    ),
    "io.nul": (
        "第 {line} 行有 NUL 字节（\\x00）：文本文件里不该有它（文件可能已损坏，或不是文本文件）。请删去后再读入。",
        "line {line} holds a NUL byte (\\x00), which has no place in a text file (the file may be damaged, "
        "or not text). Remove it, then load again.",
    ),
    "io.bad_encoding": (
        "参数 encoding = {value}：Python 不认识这种编码（例如 'utf-8'、'gb18030'、'utf-16'）。",
        "parameter 'encoding' = {value} is not an encoding Python knows (for example 'utf-8', 'gb18030', 'utf-16').",
    ),
    "io.not_csv": ("不是格式正确的 CSV 表格（{detail}）。", "is not a well-formed CSV table ({detail})."),
    "io.not_excel": ("是 Excel 文件，但无法读取（{detail}）。", "is an Excel file but cannot be read ({detail})."),
    "io.no_sheet": ("没有工作表 {sheet}；现有工作表：{sheets}。", "has no sheet {sheet}; sheets present: {sheets}."),
    "io.sheet_not_excel": (
        "参数 sheet 只适用于 Excel 文件，而这是一个文本（CSV）文件。",
        "parameter 'sheet' applies to Excel files only; this is a text (CSV) file.",
    ),
    # ---- problems, collected
    "io.problems": (
        "共 {n} 处问题，请一次改完后再读入（错误对象的 .problems 表列出了每一处）：",
        "{n} problem(s); fix them all, then load again (the error's .problems table lists each one):",
    ),
    "io.more": ("……列 {column} 还有 {n} 处问题。", "... and {n} more in column {column}."),
    "io.item": (
        "列 {column}，第 {line} 行：{what} {value}；应为{expected}。",
        "column {column}, line {line}: {what} {value}; expected {expected}.",
    ),
    "io.missing_columns": (
        "缺少 {table} 表的{what} {columns}。现有的列：{present}。",
        "missing {what} {columns} of the {table} table. Columns present: {present}.",
    ),
    "io.other_sheets": (
        "工作簿中别的工作表含有这些列：{sheets}；请用 sheet={sheet}（kamlab check 加 --sheet）读入。",
        " Other sheets of the workbook hold these columns: {sheets}; load with sheet={sheet} (kamlab check --sheet).",
    ),
    "io.column_word": ("列", "column"),
    "io.columns_word": ("列", "columns"),
    "io.duplicate_column": (
        "列 {column} 出现了两次：{headers}。",
        "column {column} appears more than once: {headers}.",
    ),
    "io.not_unique": (
        "列 {column} 的值必须唯一，但 {value} 出现在第 {lines} 行。",
        "column {column} must be unique, but {value} appears on lines {lines}.",
    ),
    "io.bad_ref": (
        "{table} 表第 {line} 行：{column} = {value} 在 {target} 表的 {target_key} 中找不到。",
        "{table} line {line}: {column} = {value} matches no {target_key} in the {target} table.",
    ),
    "io.empty_value": ("（空）", "(empty)"),
    "io.line_word": ("第 {line} 行", "line {line}"),
    "io.column_item": ("列 {column}", "column {column}"),
    "io.expected_item": ("；应为{expected}", "; expected {expected}"),
    # what is wrong with a value
    "io.what.missing": ("缺少取值", "missing value"),
    "io.what.value": ("取值", "value"),
    "io.what.negative": ("负值", "negative value"),
    "io.what.share": ("比例超出 0..1", "share outside 0..1"),
    "io.what.whole": ("不是整数", "non-whole value"),
    "io.what.rating": ("评分超出 1..5", "rating outside 1..5"),
    "io.what.too_large": ("数值过大", "value too large"),
    "io.what.year": ("年份超出 1900..2100", "year outside 1900..2100"),
    "io.what.code": ("未知代码", "unknown code"),
    "io.what.duplicate": ("重复", "duplicate"),
    "io.what.missing_column": ("缺少列", "missing column"),
    "io.what.error_cell": ("Excel 错误值", "Excel error value"),
    "io.what.ambiguous": ("有两种读法的数", "ambiguous number"),
    "io.what.hidden": ("含不可见字符的值", "value with an invisible character"),
    # what a value should be
    "io.expect.nonempty": ("非空的值", "a non-empty value"),
    "io.expect.unique": ("只出现一次的值", "a value that appears only once"),
    "io.expect.money": (
        "以元计的数（>= 0），如 1234.5、1,234.50、¥1234.5、1234.5元 或 0.12万元",
        "a number in yuan (>= 0), such as 1234.5, 1,234.50, ¥1234.5, 1234.5元 or 0.12万元",
    ),
    "io.expect.hours": ("小时数（>= 0）", "a number of hours (>= 0)"),
    "io.expect.share": (
        "介于 0 和 1 之间的比例（或百分数，如 13%）",
        "a fraction between 0 and 1 (or a percentage such as 13%)",
    ),
    "io.expect.rate": ("一个数（比率，如 0.05 或 5%）", "a number (a fraction, e.g. 0.05 or 5%)"),
    "io.expect.number": ("一个数", "a number"),
    "io.expect.number_min0": ("一个数（>= 0）", "a number (>= 0)"),
    "io.expect.count": ("整数（>= 0，至多 2^53）", "a whole number (>= 0, at most 2^53)"),
    "io.expect.year": ("年份（1900 到 2100 的整数）", "a year (whole number from 1900 to 2100)"),
    "io.expect.rating": ("1 到 5 的整数", "a whole number from 1 to 5"),
    "io.expect.date": ("日期，写作 YYYY-MM-DD（或 YYYY/M/D）", "a date written YYYY-MM-DD (or YYYY/M/D)"),
    "io.expect.bool": ("True 或 False（也可写 是/否、1/0）", "True or False (是/否 and 1/0 also work)"),
    "io.expect.code": (
        "以下之一：{codes}（或其中文、英文名称）",
        "one of {codes} (or their Chinese or English labels)",
    ),
    "io.expect.no_error_cell": (
        "一个值，而不是公式出错的结果（请在 Excel 中改正公式或填入数值）",
        "a value, not a formula that failed (fix the formula in Excel, or type the value)",
    ),
    "io.expect.ambiguous": (
        "一种明确的写法：这里的点或逗号可以是小数点（{point}），也可以是千位分隔符（{comma}）；"
        "请不用千位分隔符重写（如 16989 或 16.989）",
        "one clear reading: the point or comma may be a decimal mark ({point}) or a thousands "
        "separator ({comma}); write the number without thousands separators (16989 or 16.989)",
    ),
    "io.expect.visible": (
        "只含可见字符的编号（这里的 \\u200b、\\xa0 等是零宽空格、不换行空格等看不见的字符，请删去）",
        "a key of visible characters only (\\u200b, \\xa0 and the like are zero-width or no-break "
        "spaces no one sees; delete them)",
    ),
    "io.expect.column": ("名为 {name} 或 {label} 的列", "a column named {name} or {label}"),
    # ---- notes: things the loader did that the user should know
    "io.note.extra": ("多出的列按文本保留：{columns}。", "extra columns kept as text: {columns}."),
    "io.note.title": (
        "跳过了列名上方的 {n} 行（标题）：{text}。",
        "skipped {n} line(s) above the header (a title): {text}.",
    ),
    "io.note.second_header": ("第 {line} 行是第二行列名，已跳过。", "line {line} is a second header line; skipped."),
    "io.note.total": ("第 {line} 行是合计行（{text}），已跳过。", "line {line} is a totals row ({text}); skipped."),
    "io.note.empty_rows": ("删去了 {n} 个空行（第 {lines} 行）。", "dropped {n} empty row(s) (lines {lines})."),
    "io.note.line_ends_cr": (
        "各行以单独的 CR 结尾（Excel for Mac 的“CSV (Macintosh)”），已按换行读入。",
        'lines end in a CR alone (Excel for Mac\'s "CSV (Macintosh)"); read as line ends.',
    ),
    "io.note.line_ends_mixed": (
        "行尾混用了 CR、LF 和 CRLF，已都按换行读入。",
        "line ends mix CR, LF and CRLF; each read as a line end.",
    ),
    "io.note.hidden_header": (
        "列名中的不可见字符（零宽空格、不换行空格等）已删去：{headers}。",
        "invisible characters (zero-width or no-break spaces) removed from the headers {headers}.",
    ),
    "io.note.euro": (
        "分号分隔的文件，数字按欧式写法读入（1.234,5 即 1234.5）。",
        "a semicolon-separated file with numbers in the European style (1.234,5 read as 1234.5).",
    ),
    "io.note.empty_columns": (
        "删去了 {n} 个没有列名也没有内容的列。",
        "dropped {n} column(s) with neither a header nor values.",
    ),
    # ---- kamlab check
    "io.check.file": ("文件", "file"),
    "io.check.format": ("格式", "format"),
    "io.check.table": ("表", "table"),
    "io.check.rows": ("行数", "rows"),
    "io.check.columns": ("列（文件中的名称 -> kamlab 列名）", "columns (as named in the file -> kamlab name)"),
    "io.check.notes": ("说明", "notes"),
    "io.check.ok": (
        "可以读入：{rows} 行，{n} 列对上了数据字典。",
        "loads: {rows} rows, {n} columns matched to the data dictionary.",
    ),
    "io.check.none": ("（无）", "(none)"),
    # ---- kamlab check: the command's help
    "io.cli.check_help": (
        "检查自己的数据文件能否读入（CSV、制表符分隔文本或 Excel）",
        "check that your own data file loads (CSV, tab-separated text or Excel)",
    ),
    "io.cli.check_description": (
        "按数据字典读入文件，列出行数、对上的列和说明；有问题时一次列出全部问题。可以读入时退出码为 0，否则为 2。",
        "Load the file against the data dictionary and print its rows, the columns "
        "matched and notes; or, if it does not load, every problem at once. Exit "
        "status 0 if it loads, 2 if not.",
    ),
    "io.cli.file_help": ("数据文件（.csv、.tsv、.txt、.xlsx）", "the data file (.csv, .tsv, .txt, .xlsx)"),
    "io.cli.table_help": ("文件对应哪张表（默认 {default}）", "which table the file holds (default: {default})"),
    "io.cli.sheet_help": (
        "Excel 工作表的名称或序号（默认第一张）",
        "Excel sheet, by name or number (default: the first)",
    ),
    "io.cli.all_help": (
        "列出每一处问题（默认每列只列前三处并给出其余的数目）",
        "list every problem (by default the first three of each column and a count of the rest)",
    ),
    "io.cli.encoding_help": (
        "文本的编码（默认自动识别 UTF-8、GB18030/GBK、UTF-16）",
        "the text's encoding (default: detect UTF-8, GB18030/GBK, UTF-16)",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
