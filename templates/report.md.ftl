<#import "common.ftl" as c>
<#-- 自评报告（Markdown）：放进代码仓库，或作为 CI 作业摘要（GitHub $GITHUB_STEP_SUMMARY）。
     md(s) 转义 Markdown 符号；表格单元格里的文字一律经过 md()。字段说明见 README.md。 -->
<#function md s>
  <#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "&lt;")?replace("\n", " ")>
</#function>
<#-- 文字条形图：█ 已提交，░ 其余（20 格 = 100%） -->
<#function bar t>
  <#local n = t.rate???then((t.rate / 5)?round, 0)>
  <#local s = "">
  <#list 0..<20 as k><#local s = s + (k < n)?then("█", "░")></#list>
  <#return s>
</#function>
<#macro coverageTable rows head>
| ${head} | 任务 | 已提交 | 实地核查 | 仅情况说明 | 未提交 | 不涉及 | 覆盖率 |
|---|---:|---:|---:|---:|---:|---:|---|
<#list rows as r>
| ${md(r.name)} | ${r.tally.tasks} | ${r.tally.covered} | ${r.tally.deferred} | ${r.tally.explained} | ${r.tally.missing} | ${r.tally.notApplicable} | `${bar(r.tally)}` ${r.tally.rateText} |
</#list>
</#macro>
<#assign o = overview>
<#assign t = o.coverage>
# ${md(c.title(campaign))}

<#if campaign.region?has_content>${md(campaign.region)} · </#if>考核期 ${c.period(campaign)} · 统计截至 ${c.date(campaign.asOf)}
<#if campaign.partial>

> **注意：** 有 ${campaign.unread?size} 项输入未能读取，以下数字不完整：${md(campaign.unread?join("；"))}
</#if>
<#if campaign.filtered>

> 本报告只含所选单位或指标的 ${campaign.tasks} 项任务。
</#if>

按照法治政府建设示范创建工作部署，${md(campaign.region)}对照示范创建指标体系任务分解表，将 ${campaign.areas} 个方面 ${campaign.indicators} 项指标分解为 ${campaign.tasks} 项任务，落实到 ${campaign.units} 个单位，逐项收集印证资料。现将自评情况报告如下。

## 一、总体情况

截至${c.date(campaign.asOf)}，${t.tasks} 项任务中，已提交印证资料 ${t.covered} 项，实地核查时提供 ${t.deferred} 项，仅有情况说明 ${t.explained} 项，尚未提交 ${t.missing} 项，不涉及 ${t.notApplicable} 项；资料覆盖率 ${t.rateText}（已提交任务占应提交任务的比例）。共收集印证资料 ${o.evidence.total} 件，其中文件 ${o.evidence.document} 份、图片 ${o.evidence.image} 张、视频 ${o.evidence.video} 个、新闻链接 ${o.evidence.link} 条、情况简介 ${o.evidence.summary} 份。
<#if score.present>

对照指标体系分值，自评得分 **${score.earnedText}** 分（满分 ${score.pointsText} 分）。

| 序号 | 一级指标 | 分值 | 自评得分 |
|---|---|---:|---:|
<#list score.areas as a>
| ${c.cn(a.no)} | ${md(a.name)} | ${a.pointsText} | ${a.earnedText} |
</#list>
| | **合计** | **${score.pointsText}** | **${score.earnedText}** |
</#if>

### 各方面资料覆盖情况

<@coverageTable rows=o.byArea head="一级指标"/>

### 各单位资料覆盖情况

<@coverageTable rows=o.byUnit head="单位"/>

## 二、主要举措和成效
<#list areas as a>

### （${c.cn(a.no)}）${md(a.name)}

本方面 ${a.indicators?size} 项指标、${a.tally.tasks} 项任务，已提交资料 ${a.tally.covered} 项，覆盖率 ${a.tally.rateText}。
<#list a.indicators as i>

#### ${i.id} ${md(i.name)}

【完成情况】<#if i.lead?has_content>牵头单位${md(i.lead)}；</#if>应提交 ${i.tally.applicable} 项，已提交 ${i.tally.covered} 项（${c.statusNames[i.status]}）。
<#list i.measures as m>

**${md(m.unit)}：**${md(m.paragraphs?join(" "))}
</#list>
</#list>
</#list>

## 三、量化指标达标情况
<#if thresholds?has_content>

| 指标 | 核验内容 | 单位 | 实际值 | 目标值 | 结果 |
|---|---|---|---|---|---|
<#list thresholds as g>
<#list g.results as r>
| ${g.indicator} | ${md(g.label)} | ${md(r.unit)} | ${md(r.valueText)} | ${md(c.sym(g.targetText))} | ${md(r.statusText)} |
</#list>
</#list>
<#list thresholds?filter(g -> g.shortUnits?has_content) as g>
<#if g?is_first>

未达标或尚在推进的：
</#if>
- ${md(g.label)}：${md(c.names(g.shortUnits))}
</#list>
<#else>

本次未核验量化指标。
</#if>

## 四、突出亮点
<#list highlights as h>

**${md(h.unit)}（${h.indicator} ${md(h.indicatorName)}）：**${md(h.paragraphs?join(" "))}
<#else>

${c.placeholder}
</#list>

## 五、短板弱项

对照指标体系逐项梳理，尚有 ${gaps.missing} 项任务未提交印证资料，${gaps.explained} 项任务仅有情况说明，${gaps.thresholds} 项量化指标未达标或尚在推进<#if gaps.officersBelow gt 0>（其中培训学时未达标的行政执法人员 ${gaps.officersBelow} 名）</#if><#if (gaps.waived!0) gt 0>；另有 ${gaps.waived} 项短板经批准豁免，在下表中标明</#if>。
<#if gaps.units?has_content>

| 单位 | 未提交资料的指标 | 仅有情况说明的指标 | 未达标的量化指标 |
|---|---|---|---|
<#list gaps.units as u>
| ${md(u.unit)} | ${c.ids(u.missing)} | ${c.ids(u.explained)} | ${md(u.thresholds?map(g -> c.gapText(g))?join("；"))} |
</#list>
</#if>

## 六、下一步工作打算

<#if nextSteps.provided>
<#list nextSteps.paragraphs as p>
${md(p)}
<#sep>

</#list>
<#else>
${c.placeholder}
</#if>

${md(campaign.region)}  
${c.date(campaign.asOf)}
<#if score.present>

## 附件1 自评得分明细

| 编号 | 指标 | 分值 | 资料提交 | 量化指标达标 | 计分方法 | 自评得分 |
|---|---|---:|---:|---:|---|---:|
<#list score.areas as a>
| **${c.cn(a.no)}** | **${md(a.name)}** | **${a.pointsText}** | | | | **${a.earnedText}** |
<#list a.indicators as i>
| ${i.id} | ${md(i.name)} | ${i.pointsText} | ${i.covered}/${i.applicable} | <#if i.checked gt 0>${i.passed}/${i.checked}<#else>—</#if> | ${c.ruleNames[i.rule]} | ${i.earnedText} |
</#list>
</#list>
| | **合计** | **${score.pointsText}** | | | | **${score.earnedText}** |
</#if>

## 附件<#if score.present>2</#if> 印证资料目录

| 序号 | 指标 | 单位 | 材料 | 类型 |
|---:|---|---|---|---|
<#list evidence as e>
| ${e.no} | ${e.indicator} | ${md(e.unit)} | ${md(e.file)}<#if e.kind == "link"> 第${e.line}行：${md(e.title?has_content?then(e.title + " ", ""))}${md(e.url)}</#if> | ${c.kindNames[e.kind]} |
</#list>
