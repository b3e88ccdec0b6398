<#import "common.ftl" as c>
<#-- 督办通知（Markdown），每个有待办事项的单位一份。表格里的文字用 md() 转义。 -->
<#function md s>
  <#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "&lt;")?replace("\n", " ")>
</#function>
<#assign n = notice>
<#assign kindTitles = {"overdue": "已逾期的任务", "dueSoon": "即将到期的任务", "explained": "只有情况说明、缺少印证材料的任务",
  "shortfall": "量化指标未达标", "fix": "需要整改的文件和文件夹", "pending": "尚未提交材料的任务（未到期）"}>
> 联络员：<#if n.liaison?has_content>${n.liaison}<#if n.liaisonTitle?has_content>（${n.liaisonTitle}）</#if><#else>（未登记）</#if>　电话：<#if n.phone?has_content>${n.phone}<#else>（未登记）</#if>

# 关于督促落实法治政府建设示范创建工作任务的通知

${n.unit}：

按照${sender.campaign}工作部署，截至${c.date(sender.asOf)}，你单位尚有${n.counts.total}项工作需要落实<#if n.earliestDue?has_content>，最早的完成时限为${n.earliestDue}</#if>。请按整改要求抓紧落实。
<#assign no = 0>
<#list c.noticeKinds as k>
<#assign items = n.items?filter(i -> i.kind == k)>
<#if items?has_content>
<#assign no = no + 1>

## （${c.cn(no)}）${kindTitles[k]}（${items?size}项）

| 序号 | 指标 | 情况 | 整改要求 |
| --- | --- | --- | --- |
<#list items as i>
| ${i?counter} | ${md(i.indicator + " " + i.indicatorName)} | ${md(i.message)}<#if i.file?has_content><br>文件：${md(i.file)}</#if> | ${md(i.fix)} |
</#list>
</#if>
</#list>
<#if n.waived?has_content>

## 已批准豁免的事项（仅供知悉）

<#list n.waived as i>
- ${i.indicator} ${i.message}（已豁免：${i.reason}）
</#list>
</#if>

${sender.office}　${c.date(sender.asOf)}
