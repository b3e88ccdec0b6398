<#-- 三种格式（docx、html、md）共用的名称和小函数。用 <#import "common.ftl" as c> 引入，写作 c.title(campaign)、c.stateNames["covered"]。
     这里只定义名称和函数，不输出任何文字。字段说明见 README.md。 -->

<#-- 任务状态 -->
<#assign stateNames = {
  "covered": "已提交",
  "deferred": "实地核查",
  "explained": "仅情况说明",
  "missing": "未提交",
  "not_applicable": "不涉及"
}>
<#-- 状态在 Tally 中对应的字段 -->
<#assign stateField = {
  "covered": "covered",
  "deferred": "deferred",
  "explained": "explained",
  "missing": "missing",
  "not_applicable": "notApplicable"
}>
<#-- 覆盖情况图中各状态的颜色（RRGGBB），以及图中从左到右的顺序 -->
<#assign stateColors = {
  "covered": "2E7D32",
  "deferred": "1565C0",
  "explained": "F9A825",
  "missing": "C62828",
  "not_applicable": "BDBDBD"
}>
<#assign chartStates = ["covered", "deferred", "explained", "missing", "not_applicable"]>

<#-- 指标完成情况（Indicator.status） -->
<#assign statusNames = {
  "complete": "已全部提交",
  "partial": "部分提交",
  "none": "未提交",
  "not_applicable": "不涉及"
}>

<#-- 印证资料类型（EvidenceEntry.kind） -->
<#assign kindNames = {
  "document": "文件",
  "image": "图片",
  "video": "视频",
  "link": "新闻链接",
  "summary": "情况简介"
}>

<#-- 自评得分的计分方法（IndicatorScore.rule，dossier.yaml 的 scoring 可按指标设置） -->
<#assign ruleNames = {
  "both": "分值×资料覆盖率×量化指标达标率",
  "coverage": "分值×资料覆盖率",
  "thresholds": "分值×量化指标达标率",
  "full": "满分"
}>

<#assign roleNames = {"lead": "牵头", "responsible": "责任"}>

<#-- 没有内容时的占位，提醒起草人补写 -->
<#assign placeholder = "【待补充】">

<#-- 报告标题：dossier.yaml 的 name 加“自评报告”；没有 name 时用 region。 -->
<#function title campaign>
  <#if campaign.name?has_content><#return campaign.name + "自评报告"></#if>
  <#return (campaign.region!"") + "法治政府建设示范创建自评报告">
</#function>

<#-- 1 → 一，12 → 十二，25 → 二十五 -->
<#function cn n>
  <#local d = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]>
  <#if n < 10><#return d[n]></#if>
  <#if n gte 100><#return n?c></#if>
  <#local tens = (n / 10)?floor>
  <#local ones = n % 10>
  <#return (tens == 1)?then("", d[tens]) + "十" + (ones == 0)?then("", d[ones])>
</#function>

<#-- Day → 2021年8月5日 -->
<#function date d>
  <#return d.year?c + "年" + d.month?c + "月" + d.day?c + "日">
</#function>

<#-- 考核期：2021年度，或 2021年1月1日至2021年6月30日 -->
<#function period campaign>
  <#if campaign.calendarYear><#return campaign.periodStart.year?c + "年度"></#if>
  <#return date(campaign.periodStart) + "至" + date(campaign.periodEnd)>
</#function>

<#-- Tally 中某一状态的任务数 -->
<#function count tally state>
  <#return tally[stateField[state]]>
</#function>

<#-- 指标编号列表：1.1、2.3、4.4 -->
<#function ids refs>
  <#local out = []>
  <#list refs as r><#local out = out + [r.id + waived(r)]></#list>
  <#return out?join("、")>
</#function>

<#-- 经 dossier.yaml 批准豁免的短板仍列出，标明豁免及理由 -->
<#function waived x>
  <#if !(x.waived!false)><#return ""></#if>
  <#return "（已豁免" + x.waiverReason?has_content?then("：" + x.waiverReason, "") + "）">
</#function>

<#-- 未达标量化指标的一句话说明（只有人数，不出现姓名） -->
<#function gapText g>
  <#local s = g.label + "：" + g.valueText + "（目标 " + sym(g.targetText) + "，" + g.statusText + "）">
  <#if g.shortfall?? && g.shortfallKind?? && g.shortfallKind == "officers_below">
    <#local s = s + "，" + g.shortfall?c + "名执法人员不足" + g.target?c + "学时">
  <#elseif g.shortfall?? && g.shortfallKind?? && g.shortfallKind == "officers_uncertified">
    <#local s = s + "，" + g.shortfall?c + "名执法人员无执法证号">
  </#if>
  <#return s + waived(g)>
</#function>

<#-- 目标值里的比较符号写成数学符号：>= → ≥，<= → ≤ -->
<#function sym s>
  <#return s?replace(">=", "≥")?replace("<=", "≤")>
</#function>

<#-- 单位名单：区司法局、区财政局 -->
<#function names list>
  <#return list?join("、")>
</#function>

<#-- 督办通知里各类事项的顺序（按紧急程度；Notice.Item.kind） -->
<#assign noticeKinds = ["overdue", "dueSoon", "explained", "shortfall", "fix", "pending"]>

<#-- 工作进展通报：排名依据（Bulletin.rankingKeys）的说法 -->
<#assign rankingKeyNames = {
  "coverage": "资料覆盖率从高到低",
  "overdue": "逾期任务数从少到多",
  "shortfalls": "量化指标未达标项数从少到多",
  "score": "考核得分从高到低",
  "change": "覆盖率较上次提高幅度从大到小",
  "dueSoon": "即将到期任务数从少到多"
}>

<#-- 较上次的变化（Bulletin.Change）：简写 ↑3.5 / ↓1.2 / 持平 / —，和完整的说法 -->
<#function arrow ch>
  <#if ch.direction == "up"><#return "↑" + ch.text></#if>
  <#if ch.direction == "down"><#return "↓" + ch.text></#if>
  <#if ch.direction == "same"><#return "持平"></#if>
  <#return "—">
</#function>
<#function changeText ch>
  <#if ch.direction == "up"><#return "提高" + ch.text + "个百分点"></#if>
  <#if ch.direction == "down"><#return "下降" + ch.text + "个百分点"></#if>
  <#return "持平">
</#function>
