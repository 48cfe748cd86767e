"""The data dictionary: every column of every kamlab table, with type, unit and meaning.

One source of truth for the generators (:mod:`kamlab.datasets`), the loaders'
validation, the column labels of plots and widgets, and the bilingual data
dictionary shipped in ``data/`` (``data_dictionary.md``, ``data_dictionary.csv``).

Kinds: ``id`` (unique text key), ``ref`` (text key of another table), ``text``,
``category`` (one of listed codes), ``money`` (yuan, >= 0), ``share`` (fraction in
[0, 1]), ``rate`` (fraction, may be negative), ``count`` (whole number >= 0),
``hours`` (>= 0), ``number`` (any finite number), ``year``, ``date`` (YYYY-MM-DD),
``bool`` (true/false), ``rating`` (whole number 1-5).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Column", "TABLES", "CATEGORIES", "columns", "kind_of"]

#: Codes of the categorical columns; their zh/en labels are in kamlab.labels.core.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "industry": (
        "automotive",
        "construction_machinery",
        "packaging_machinery",
        "agricultural_machinery",
        "machine_tools",
        "mining_equipment",
        "marine_equipment",
        "energy_equipment",
        "distributor",
    ),
    "region": ("east", "south", "north", "central", "southwest", "northeast", "northwest"),
    "relationship_stage": ("exploratory", "basic", "cooperative", "interdependent", "integrated"),
    "staff_role": (
        "sales_rep",
        "key_account_manager",
        "sales_manager",
        "vice_president",
        "engineer",
        "customer_service",
        "logistics",
    ),
    "department": ("sales", "management", "engineering", "service", "logistics"),
    "customer_role": (
        "buyer",
        "purchasing_manager",
        "engineer",
        "production_manager",
        "general_manager",
        "finance",
    ),
    "ticket_category": ("late_delivery", "wrong_part", "quality", "billing", "documentation"),
    "channel": ("phone", "email", "visit"),
}


@dataclass(frozen=True)
class Column:
    """One column of the data dictionary."""

    name: str
    kind: str
    unit_zh: str
    unit_en: str
    label_zh: str
    label_en: str
    meaning_zh: str
    meaning_en: str
    ref: str | None = None  # table the key refers to, or category set name
    minimum: float | None = None  # a lower bound beyond the kind's own (e.g. days >= 0)

    @property
    def categories(self) -> tuple[str, ...] | None:
        """The allowed codes of a ``category`` column."""
        return CATEGORIES[self.ref] if self.kind == "category" and self.ref else None


C = Column

ACCOUNTS = (
    C(
        "account_id",
        "id",
        "",
        "",
        "客户编号",
        "Account ID",
        "客户唯一编号，各表之间以此关联",
        "Unique account key; links every table",
    ),
    C(
        "name_zh",
        "text",
        "",
        "",
        "客户名称（中文）",
        "Name (Chinese)",
        "虚构的客户企业中文名称",
        "Fictional company name in Chinese",
    ),
    C(
        "name_en",
        "text",
        "",
        "",
        "客户名称（英文）",
        "Name (English)",
        "虚构的客户企业英文（拼音）名称",
        "Fictional company name in Latin script",
    ),
    C(
        "industry",
        "category",
        "",
        "",
        "行业",
        "Industry",
        "客户所在行业（液压配件的下游行业）",
        "Customer's industry (a buyer of hydraulic fittings)",
        "industry",
    ),
    C(
        "region",
        "category",
        "",
        "",
        "地区",
        "Region",
        "客户所在的中国大区",
        "Region of China where the customer is",
        "region",
    ),
    C(
        "sales_rep",
        "ref",
        "",
        "",
        "负责销售员",
        "Sales rep",
        "A公司负责该客户的员工编号（staff 表）",
        "A's employee who owns the account (staff table)",
        "staff",
    ),
    C(
        "revenue_3y_ago",
        "money",
        "元",
        "yuan",
        "三年前销售额",
        "Revenue 3 years ago",
        "三年前A公司对该客户的销售额（按目录价）；当时尚非客户则为0",
        "A's sales to the account three years ago, at list price; 0 if not yet a customer",
    ),
    C(
        "revenue_2y_ago",
        "money",
        "元",
        "yuan",
        "两年前销售额",
        "Revenue 2 years ago",
        "两年前的销售额（按目录价）",
        "Sales two years ago, at list price",
    ),
    C(
        "revenue_1y_ago",
        "money",
        "元",
        "yuan",
        "去年销售额",
        "Revenue last year",
        "去年的销售额（按目录价）",
        "Sales last year, at list price",
    ),
    C(
        "revenue",
        "money",
        "元",
        "yuan",
        "本年销售额",
        "Revenue (current year)",
        "本年度A公司对该客户的销售额（按目录价，折扣前）",
        "Sales in the current year, at list price (before discounts)",
    ),
    C(
        "growth_trend",
        "rate",
        "每年",
        "per year",
        "未来趋势",
        "Growth trend",
        "销售人员预测的该客户采购额年增长率（可为负）",
        "Sales team's forecast of the account's annual purchase growth (may be negative)",
    ),
    C(
        "category_spend",
        "money",
        "元",
        "yuan",
        "品类总采购额",
        "Category spend (wallet)",
        "该客户每年在液压配件品类上的总采购额（钱包）",
        "The account's total annual spend on the category (its wallet)",
    ),
    C(
        "share_of_wallet",
        "share",
        "比例",
        "fraction",
        "钱包份额",
        "Share of wallet",
        "本年销售额 / 品类总采购额",
        "Revenue / category spend",
    ),
    C(
        "gross_margin",
        "share",
        "比例",
        "fraction",
        "毛利率",
        "Gross margin",
        "按目录价计的毛利率：（销售额 - 销货成本） / 销售额",
        "Gross margin at list price: (revenue - cost of goods) / revenue",
    ),
    C(
        "discounts_rebates",
        "money",
        "元",
        "yuan",
        "折扣与返利",
        "Discounts and rebates",
        "本年给予该客户的数量折扣与返利总额",
        "Volume discounts and rebates given to the account this year",
    ),
    C(
        "orders_per_year",
        "count",
        "次/年",
        "per year",
        "年订单数",
        "Orders per year",
        "本年订单数（orders 表中的行数）",
        "Orders placed this year (rows in the orders table)",
    ),
    C(
        "sales_visits",
        "count",
        "次/年",
        "per year",
        "拜访次数",
        "Sales visits",
        "本年销售人员上门拜访次数",
        "Sales visits to the account this year",
    ),
    C(
        "sales_hours",
        "hours",
        "小时/年",
        "hours per year",
        "销售工时",
        "Sales hours",
        "本年销售人员花在该客户上的时间（含拜访与路途）",
        "Sales staff time spent on the account this year (visits and travel)",
    ),
    C(
        "deliveries",
        "count",
        "次/年",
        "per year",
        "发货次数",
        "Deliveries",
        "本年发货次数（含分批发货）",
        "Shipments this year, split deliveries included",
    ),
    C(
        "service_hours",
        "hours",
        "小时/年",
        "hours per year",
        "服务工时",
        "Service hours",
        "本年技术与客户服务工时（不含投诉处理）",
        "Technical and customer-service hours this year, complaints excluded",
    ),
    C(
        "complaint_hours",
        "hours",
        "小时/年",
        "hours per year",
        "投诉处理工时",
        "Complaint hours",
        "本年处理投诉所花工时（tickets 表 handling_hours 之和）",
        "Staff hours spent handling complaints this year (sum of handling_hours in tickets)",
    ),
    C(
        "promotion_support",
        "money",
        "元",
        "yuan",
        "促销支持",
        "Promotion support",
        "本年为该客户提供的促销与市场支持费用",
        "Promotion and marketing support spent on the account this year",
    ),
    C(
        "years_as_customer",
        "count",
        "年",
        "years",
        "合作年限",
        "Years as customer",
        "成为A公司客户的年数（本年计为1）",
        "Years the account has bought from A (the current year counts as 1)",
    ),
    C(
        "n_contacts",
        "count",
        "人",
        "people",
        "联系人数",
        "Contacts",
        "A公司与该客户之间的人员联系数（contacts 表中的行数）",
        "Person-to-person links between A and the account (rows in the contacts table)",
    ),
    C(
        "relationship_stage",
        "category",
        "",
        "",
        "关系阶段",
        "Relationship stage",
        "双方关系所处阶段（探索、基本、合作、相互依赖、一体化）",
        "Stage of the relationship (exploratory, basic, cooperative, interdependent, integrated)",
        "relationship_stage",
    ),
    C(
        "strategic_importance",
        "rating",
        "1-5",
        "1-5",
        "战略重要性",
        "Strategic importance",
        "销售团队评定的战略重要性（1 低，5 高）",
        "Strategic importance rated by A's sales team (1 low, 5 high)",
    ),
    C(
        "complaints",
        "count",
        "次/年",
        "per year",
        "投诉次数",
        "Complaints",
        "本年投诉次数（tickets 表中的行数）",
        "Complaints this year (rows in the tickets table)",
    ),
)

STAFF = (
    C("staff_id", "id", "", "", "员工编号", "Staff ID", "A公司员工编号", "A's employee key"),
    C("name_zh", "text", "", "", "姓名（中文）", "Name (Chinese)", "虚构的员工称呼", "Fictional name in Chinese"),
    C(
        "name_en",
        "text",
        "",
        "",
        "姓名（英文）",
        "Name (English)",
        "虚构的员工英文称呼",
        "Fictional name in Latin script",
    ),
    C("role", "category", "", "", "岗位", "Role", "员工岗位", "Job role", "staff_role"),
    C("department", "category", "", "", "部门", "Department", "所属部门", "Department", "department"),
)

ORDERS = (
    C("order_id", "id", "", "", "订单编号", "Order ID", "订单唯一编号", "Unique order key"),
    C(
        "account_id",
        "ref",
        "",
        "",
        "客户编号",
        "Account ID",
        "下单客户（accounts 表）",
        "Ordering account (accounts table)",
        "accounts",
    ),
    C("order_date", "date", "日期", "date", "下单日期", "Order date", "下单日期", "Date the order was placed"),
    C(
        "amount",
        "money",
        "元",
        "yuan",
        "订单金额",
        "Amount",
        "订单金额（按目录价）；每个客户的订单金额之和等于其本年销售额",
        "Order value at list price; an account's orders add up to its revenue",
    ),
    C(
        "promised_days",
        "count",
        "天",
        "days",
        "承诺交期",
        "Promised lead time",
        "承诺的交货天数",
        "Lead time promised to the customer",
    ),
    C("actual_days", "count", "天", "days", "实际交期", "Actual lead time", "实际交货天数", "Lead time actually taken"),
)

CONTACTS = (
    C(
        "contact_id",
        "id",
        "",
        "",
        "联系编号",
        "Contact ID",
        "人员联系的唯一编号",
        "Unique key of a person-to-person link",
    ),
    C(
        "account_id",
        "ref",
        "",
        "",
        "客户编号",
        "Account ID",
        "客户（accounts 表）",
        "Account (accounts table)",
        "accounts",
    ),
    C(
        "staff_id",
        "ref",
        "",
        "",
        "A方员工",
        "A's employee",
        "A公司一方的员工（staff 表）",
        "A's person in the link (staff table)",
        "staff",
    ),
    C(
        "customer_person_zh",
        "text",
        "",
        "",
        "客户方人员（中文）",
        "Customer person (Chinese)",
        "客户一方的人员称呼",
        "The customer's person, in Chinese",
    ),
    C(
        "customer_person_en",
        "text",
        "",
        "",
        "客户方人员（英文）",
        "Customer person (English)",
        "客户一方的人员英文称呼",
        "The customer's person, in Latin script",
    ),
    C(
        "customer_role",
        "category",
        "",
        "",
        "客户方岗位",
        "Customer role",
        "客户一方人员的岗位",
        "Job role of the customer's person",
        "customer_role",
    ),
    C(
        "strength",
        "rating",
        "1-5",
        "1-5",
        "关系强度",
        "Strength",
        "联系的紧密程度（1 弱，5 强）",
        "How close the link is (1 weak, 5 strong)",
    ),
    C("since_year", "year", "年", "year", "建立年份", "Since", "这条联系建立的年份", "Year the link began"),
)

TICKETS = (
    C("ticket_id", "id", "", "", "投诉编号", "Ticket ID", "投诉单唯一编号", "Unique complaint key"),
    C(
        "account_id",
        "ref",
        "",
        "",
        "客户编号",
        "Account ID",
        "投诉的客户（accounts 表）",
        "Complaining account (accounts table)",
        "accounts",
    ),
    C(
        "order_id",
        "ref",
        "",
        "",
        "订单编号",
        "Order ID",
        "相关订单（orders 表）",
        "Order concerned (orders table)",
        "orders",
    ),
    C("opened", "date", "日期", "date", "投诉日期", "Opened", "客户投诉的日期", "Date the complaint came in"),
    C("category", "category", "", "", "投诉类别", "Category", "投诉类别", "Kind of complaint", "ticket_category"),
    C("channel", "category", "", "", "渠道", "Channel", "投诉渠道", "How the complaint came in", "channel"),
    C(
        "days_to_resolve",
        "number",
        "天",
        "days",
        "解决天数",
        "Days to resolve",
        "从投诉到解决的天数",
        "Days from complaint to resolution",
        minimum=0,
    ),
    C(
        "handling_hours",
        "hours",
        "小时",
        "hours",
        "处理工时",
        "Handling hours",
        "A公司员工处理该投诉所花工时",
        "A's staff hours spent on the complaint",
    ),
    C(
        "contacts_needed",
        "count",
        "次",
        "contacts",
        "沟通次数",
        "Contacts needed",
        "客户为解决该投诉与A公司沟通的次数",
        "Times the customer had to contact A to get it solved",
    ),
    C(
        "escalated",
        "bool",
        "",
        "",
        "是否升级",
        "Escalated",
        "是否升级到管理层",
        "Whether it was escalated to management",
    ),
)

#: Every table kamlab ships: name -> columns.
TABLES: dict[str, tuple[Column, ...]] = {
    "accounts": ACCOUNTS,
    "staff": STAFF,
    "orders": ORDERS,
    "contacts": CONTACTS,
    "tickets": TICKETS,
}


def columns(table: str) -> list[str]:
    """Column names of ``table`` in their documented order.

    Parameters
    ----------
    table : str
        One of the data dictionary's tables (``accounts``, ``staff``, ``orders``, ``contacts``, ``tickets``).

    Returns
    -------
    list of str

    >>> columns("staff")
    ['staff_id', 'name_zh', 'name_en', 'role', 'department']
    """
    return [c.name for c in TABLES[table]]


def kind_of(table: str, column: str) -> str:
    """The kind of a column, e.g. ``kind_of("accounts", "revenue") == "money"``.

    Parameters
    ----------
    table : str
    column : str

    Returns
    -------
    str
        The column's kind (e.g. ``"money"``, ``"share"``, ``"category"``, ``"id"``).
    """
    for c in TABLES[table]:
        if c.name == column:
            return c.kind
    raise KeyError(column)
