<#import "common.ftl" as c>
<#-- Notice (plain text) to paste into a chat group. dossier keeps it within 1,500 characters: when the
     items do not all fit, shown holds the most urgent ones and more counts the rest. -->
<#assign n = notice>
<#assign kindShort = {"overdue": "overdue", "dueSoon": "due soon", "explained": "explanation only", "shortfall": "threshold",
  "fix": "fix", "pending": "not filed"}>
[Notice] ${n.unit}<#if n.liaison?has_content> ${n.liaison}</#if><#if n.phone?has_content> ${n.phone}</#if>
As of ${c.date(sender.asOf)}, ${c.num(n.counts.total, "item")} outstanding<#if n.earliestDue?has_content> (earliest due ${n.earliestDue})</#if>:
<#list shown as i>
${i?counter}. [${kindShort[i.kind]}] ${i.message}<#if i.kind == "fix" && i.file?has_content> (${i.file?keep_after_last("/")})</#if>
</#list>
<#if more gt 0>
… and ${more} more: see the written notice.
</#if>
— ${sender.office}
