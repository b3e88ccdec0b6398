<#import "common.ftl" as c>
<#-- 工作进展通报（Markdown）。表格里的文字用 md() 转义。数据见 README.md“工作进展通报的数据”。 -->
<#-- 排名的对象：区县的通报是各单位；全市（区县以上）汇总的通报（level 为 "city"）是各区县；全省汇总各市结果的通报（level 为 "province"）是各市。 -->
<#assign province = (level!"") == "province">
<#assign city = (level!"") == "city">
<#assign u = province?then("市", city?then("区县", "单位"))>
<#assign order = province?then("名单（districts.yaml）中的顺序，名单外的按名称", city?then("区县名单（districts.yaml）中的顺序，名单外的按名称", "联络员信息表中的顺序"))>
<#function md s>
  <#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "&lt;")?replace("\n", " ")>
</#function>
<#assign b = bulletin>
<#assign o = b.overall>
<#assign w = b.weights>
# ${md(sender.campaign)}工作进展通报

统计截至 ${c.date(sender.asOf)} · 第${b.snapshots}次统计

## 一、总体进展

截至${c.date(sender.asOf)}，${o.units}个${u}的${o.tasks}项任务中，已提交印证资料${o.covered}项（应提交${o.applicable}项），资料覆盖率${o.rateText}<#if o.previousDate?has_content>，较上次统计（${o.previousDate}）${c.changeText(o.sincePrevious)}</#if><#if o.firstDate?has_content && o.firstDate != o.previousDate>，较首次统计（${o.firstDate}）${c.changeText(o.sinceFirst)}</#if><#if !o.previousDate?has_content>（首次统计，尚无可比较的数据）</#if>。${o.completeUnits}个${u}已完成全部任务，${b.lagging?size}个${u}有逾期任务（共${o.overdue}项）。

## 二、各${u}进展排名

| 名次 | ${u} | 已提交/应提交 | 覆盖率 | 较上次 | 逾期 | 指标未达标 | 考核得分 |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
<#list b.ranking as r>
| ${r.no} | ${md(r.unit)} | ${r.covered}/${r.applicable} | ${r.rateText} | ${c.arrow(r.change)} | ${r.overdue} | ${r.shortfalls} | ${r.score.totalText} |
</#list>

排名依据：<#list b.rankingKeys as k>${c.rankingKeyNames[k]}<#sep>；</#list>；以上都相同的，按${order}。“较上次”为覆盖率变化（百分点）。

## 三、已完成全部任务的${u}

<#if b.complete?has_content>${b.complete?join("、")}（${b.complete?size}个）<#else>暂无</#if>

## 四、进度滞后的${u}

<#if b.lagging?has_content>
| ${u} | 逾期任务数 | 最长逾期天数 |
| --- | ---: | ---: |
<#list b.lagging as l>
| ${md(l.unit)} | ${l.overdue} | ${l.maxDays!"—"} |
</#list>
<#else>
没有逾期任务。
</#if>

## 五、今后${b.dueWindowDays}天内到期的任务

<#if b.dueNext?has_content>
| 完成时限 | 指标 | 尚未提交的${u} |
| --- | --- | --- |
<#list b.dueNext as d>
| ${d.date} | ${md(d.indicator + " " + d.indicatorName)} | ${md(d.units?join("、"))} |
</#list>
<#else>
今后${b.dueWindowDays}天内没有到期未提交的任务。
</#if>

## 六、资料覆盖率变化趋势

| 统计日期 |<#list b.trend.dates as d> ${d} |</#list>
| --- |<#list b.trend.dates as d> ---: |</#list>
<#list b.trend.series as s>
| <#if s.overall>**全部任务**<#else>${md(s.name)}</#if> |<#list s.points as p> ${p.rateText} |</#list>
</#list>

## 七、量化指标未达标情况

<#if b.shortfalls?has_content>
| 量化指标 | 指标 | 未达标${u} |
| --- | --- | --- |
<#list b.shortfalls as s>
| ${md(s.label)} | ${s.task} | ${md(s.units?join("、"))} |
</#list>
<#else>
量化指标均已达标。
</#if>

## 八、年度考核得分

考核得分＝资料覆盖率×${w.coverage}%＋按时完成率×${w.timeliness}%＋量化指标达标率×${w.thresholds}%（权重之和不为100时按比例折算）。

| ${u} | 资料覆盖率 | 按时完成率 | 量化指标达标率 | 考核得分 |
| --- | ---: | ---: | ---: | ---: |
<#list b.ranking as r>
| ${md(r.unit)} | ${r.score.coverage?string("0.0")} | ${(r.score.timeliness?string("0.0"))!"—"} | ${r.score.thresholds?string("0.0")} | **${r.score.totalText}** |
</#list>

${sender.office}　${c.date(sender.asOf)}
