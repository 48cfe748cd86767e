"""Labels of lesson 05 (case K2, complaint relay): plots and explorers."""

_TEXTS = {
    "lesson05.way.heroic": ("英雄式销售员", "Heroic salesperson"),
    "lesson05.way.kam": ("大客户管理流程", "KAM process"),
    "lesson05.way.custom": ("你的设置", "Your setting"),
    "lesson05.measure.complaints": ("投诉数", "Complaints"),
    "lesson05.measure.days_to_resolve": ("平均解决天数", "Days to resolve (mean)"),
    "lesson05.measure.contacts_per_complaint": ("每次投诉的联系次数", "Contacts per complaint"),
    "lesson05.measure.promises_broken": ("失信的承诺", "Promises broken"),
    "lesson05.measure.sales_hours": ("销售员被占用的小时", "Salesperson hours pulled"),
    "lesson05.measure.other_customers_delayed": ("被耽误的其他客户订单", "Other customers' orders delayed"),
    "lesson05.measure.repeat_complaints": ("重复投诉", "Repeat complaints"),
    "lesson05.measures_axis": ("相对于两者中较大者（%）；数字为实际值",
                               "Relative to the larger of the two (%); numbers are the values"),
    "lesson05.measures_title": ("一个季度（{orders} 张订单）", "One quarter ({orders} orders)"),
    "lesson05.actor.xiao_li": ("小李（B公司）", "Xiao Li (B)"),
    "lesson05.actor.xiao_zhang": ("小张（销售）", "Xiao Zhang (sales)"),
    "lesson05.actor.owner": ("客户负责人", "Named owner"),
    "lesson05.actor.crm": ("CRM订单跟踪", "CRM order tracking"),
    "lesson05.action.call_angry": ("来电怒问：两周前订的备件什么时候到？", "Calls, angry: when will the parts ordered two weeks ago arrive?"),
    "lesson05.action.drop_everything": ("放下手中的一切业务", "Drops everything"),
    "lesson05.action.berate_warehouse": ("跑到仓库，怒斥", "Runs to the warehouse, berates it"),
    "lesson05.action.berate_production": ("跑到生产部，怒斥", "Runs to production, berates it"),
    "lesson05.action.berate_service": ("跑到客服部，怒斥", "Runs to customer service, berates it"),
    "lesson05.action.promise_afternoon": ("保证今天下午亲自送到", "Promises to deliver this afternoon himself"),
    "lesson05.action.drive_parts": ("亲自送货：承诺建立在猜测上", "Drives the parts over: the promise rests on a guess"),
    "lesson05.action.proactive_notice": ("系统发现延误，提前通知小李", "Tracking flags the delay; Xiao Li is told first"),
    "lesson05.action.call_owner": ("打给指定的客户负责人", "Calls the named owner"),
    "lesson05.action.check_crm": ("在CRM中查到订单状态", "Reads the order status in the CRM"),
    "lesson05.action.escalate_path": ("按升级路径在服务时限内处理", "Escalates along the path, within the service level"),
    "lesson05.action.realistic_date": ("给出能兑现的交货日期", "Gives a date A can keep"),
    "lesson05.action.inform_sales": ("告知小张，他继续做销售", "Tells Xiao Zhang, who keeps selling"),
    "lesson05.action.root_cause": ("记录根本原因，防止再发生", "Logs the root cause so it does not recur"),
    "lesson05.replay_axis": ("从来电起经过的小时", "Hours since the call"),
    "lesson05.replay_title": ("重演来电：{way}（销售员用时 {sales:g} 小时）",
                              "The call replayed: {way} (salesperson's time {sales:g} h)"),
    "lesson05.promise_broken": ("承诺落空", "promise broken"),
    "lesson05.promise_kept": ("承诺兑现", "promise kept"),
    "lesson05.ctrl.information": ("信息完整度", "Information completeness"),
    "lesson05.ctrl.maturity": ("流程成熟度", "Process maturity"),
    "lesson05.ctrl.seed": ("随机种子", "Seed"),
    "lesson05.ctrl.way": ("工作方式", "Way of working"),
    "lesson05.ctrl.step": ("步骤", "Step"),
    "lesson05.caption": (
        "这个季度：投诉 {n} 次；首次联系解决率 <b>{fcr}</b>，每次投诉平均联系 <b>{contacts}</b> 次，"
        "平均 {days} 天解决；承诺落空 {broken} 次；销售员被占用 <b>{hours} 小时</b>；"
        "被耽误的其他客户订单 {others} 张；重复投诉 {repeat} 次。",
        "This quarter: {n} complaints; first-contact resolution <b>{fcr}</b>, <b>{contacts}</b> contacts per "
        "complaint, {days} days to resolve; {broken} promises broken; <b>{hours} salesperson hours</b> pulled from "
        "selling; {others} other customers' orders delayed; {repeat} repeat complaints.",
    ),
    "lesson05.replay_caption": (
        "第 {step} 步（第 {clock:g} 小时）：{actor}：{action}",
        "Step {step} (hour {clock:g}): {actor}: {action}",
    ),
}

LABELS: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _TEXTS.items()}
