"""Core labels: category codes, column names (from the data dictionary) and the labels several lessons share.

The start-here lesson's own labels are in :mod:`kamlab.labels.start_here`.
"""

from ..schema import TABLES

_CODES = {
    "industry": {
        "automotive": ("汽车", "Automotive"),
        "construction_machinery": ("工程机械", "Construction machinery"),
        "packaging_machinery": ("包装机械", "Packaging machinery"),
        "agricultural_machinery": ("农业机械", "Agricultural machinery"),
        "machine_tools": ("机床", "Machine tools"),
        "mining_equipment": ("矿山设备", "Mining equipment"),
        "marine_equipment": ("船舶设备", "Marine equipment"),
        "energy_equipment": ("能源设备", "Energy equipment"),
        "distributor": ("经销商", "Distributor"),
    },
    "region": {
        "east": ("华东", "East China"),
        "south": ("华南", "South China"),
        "north": ("华北", "North China"),
        "central": ("华中", "Central China"),
        "southwest": ("西南", "Southwest China"),
        "northeast": ("东北", "Northeast China"),
        "northwest": ("西北", "Northwest China"),
    },
    "stage": {
        "exploratory": ("探索阶段", "Exploratory"),
        "basic": ("基本阶段", "Basic"),
        "cooperative": ("合作阶段", "Cooperative"),
        "interdependent": ("相互依赖阶段", "Interdependent"),
        "integrated": ("一体化阶段", "Integrated"),
    },
    "staff_role": {
        "sales_rep": ("销售员", "Sales rep"),
        "key_account_manager": ("大客户经理", "Key-account manager"),
        "sales_manager": ("销售经理", "Sales manager"),
        "vice_president": ("副总经理", "Vice president"),
        "engineer": ("工程师", "Engineer"),
        "customer_service": ("客服专员", "Customer service"),
        "logistics": ("物流专员", "Logistics"),
    },
    "department": {
        "sales": ("销售部", "Sales"),
        "management": ("公司领导", "Management"),
        "engineering": ("技术部", "Engineering"),
        "service": ("客服部", "Customer service"),
        "logistics": ("物流部", "Logistics"),
    },
    "customer_role": {
        "buyer": ("采购员", "Buyer"),
        "purchasing_manager": ("采购经理", "Purchasing manager"),
        "engineer": ("工程师", "Engineer"),
        "production_manager": ("生产经理", "Production manager"),
        "general_manager": ("总经理", "General manager"),
        "finance": ("财务", "Finance"),
    },
    "ticket_category": {
        "late_delivery": ("交货延迟", "Late delivery"),
        "wrong_part": ("发错配件", "Wrong part"),
        "quality": ("质量问题", "Quality"),
        "billing": ("账单问题", "Billing"),
        "documentation": ("单据问题", "Documentation"),
    },
    "channel": {
        "phone": ("电话", "Phone"),
        "email": ("邮件", "E-mail"),
        "visit": ("上门", "Visit"),
    },
}

_UI = {
    "ui.top_n": ("显示前 N 名", "Show top N"),
    "ui.rank": ("名次", "Rank"),
    "setup.font_chosen": (
        "kamlab：图中的中文使用本机字体 {family}（{path}）。",
        "kamlab: Chinese in charts uses this computer's font {family} ({path}).",
    ),
}

LABELS: dict[str, dict[str, str]] = {}
for _prefix, _codes in _CODES.items():
    for _code, (_zh, _en) in _codes.items():
        LABELS[f"{_prefix}.{_code}"] = {"zh": _zh, "en": _en}
for _key, (_zh, _en) in _UI.items():
    LABELS[_key] = {"zh": _zh, "en": _en}
_seen: dict[str, tuple[str, str]] = {}
for _table in TABLES.values():
    for _col in _table:
        _seen.setdefault(_col.name, (_col.label_zh, _col.label_en))
for _name, (_zh, _en) in _seen.items():
    LABELS[f"col.{_name}"] = {"zh": _zh, "en": _en}
