<#import "common.ftl" as c>
<#-- 督办通知（纯文本），用于粘贴到工作群。dossier 保证全文不超过 1500 字：放不下时只列出最紧急的 shown 项，
     more 为未列出的项数。 -->
<#assign n = notice>
<#assign kindShort = {"overdue": "逾期", "dueSoon": "即将到期", "explained": "仅情况说明", "shortfall": "指标未达标",
  "fix": "文件整改", "pending": "未提交"}>
【督办通知】${n.unit}<#if n.liaison?has_content> ${n.liaison}</#if><#if n.phone?has_content> ${n.phone}</#if>
截至${c.date(sender.asOf)}，你单位尚有${n.counts.total}项工作需要落实<#if n.earliestDue?has_content>（最早时限${n.earliestDue}）</#if>：
<#list shown as i>
${i?counter}.【${kindShort[i.kind]}】${i.message}<#if i.kind == "fix" && i.file?has_content>（${i.file?keep_after_last("/")}）</#if>
</#list>
<#if more gt 0>
…及其他${more}项，详见书面通知。
</#if>
—— ${sender.office}
