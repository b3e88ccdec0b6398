<#import "common.ftl" as c>
<#-- Notice (Markdown), one per unit with work to do. Table cells go through md(). -->
<#function md s>
  <#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "&lt;")?replace("\n", " ")>
</#function>
<#assign n = notice>
<#assign kindTitles = {"overdue": "Overdue tasks", "dueSoon": "Tasks due soon", "explained": "Tasks with only an explanation, no evidence",
  "shortfall": "Thresholds not met", "fix": "Files and folders to fix", "pending": "Tasks not filed yet (not yet due)"}>
> Liaison: <#if n.liaison?has_content>${n.liaison}<#if n.liaisonTitle?has_content> (${n.liaisonTitle})</#if><#else>(none registered)</#if> · Phone: <#if n.phone?has_content>${n.phone}<#else>(none registered)</#if>

# Notice on the outstanding work of the demonstration campaign

To ${n.unit}:

As of ${c.date(sender.asOf)}, your unit has ${c.num(n.counts.total, "item")} of work outstanding in ${sender.campaign}<#if n.earliestDue?has_content>, the earliest due on ${n.earliestDue}</#if>. Please deal with each as asked.
<#assign no = 0>
<#list c.noticeKinds as k>
<#assign items = n.items?filter(i -> i.kind == k)>
<#if items?has_content>
<#assign no = no + 1>

## ${no}. ${kindTitles[k]} (${items?size})

| No. | Indicator | Finding | What to do |
| --- | --- | --- | --- |
<#list items as i>
| ${i?counter} | ${md(i.indicator + " " + i.indicatorName)} | ${md(i.message)}<#if i.file?has_content><br>File: ${md(i.file)}</#if> | ${md(i.fix)} |
</#list>
</#if>
</#list>
<#if n.waived?has_content>

## Waived (for information)

<#list n.waived as i>
- ${i.indicator} ${i.message} (waived: ${i.reason})
</#list>
</#if>

${sender.office} · ${c.date(sender.asOf)}
