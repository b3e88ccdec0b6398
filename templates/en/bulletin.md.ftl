<#import "common.ftl" as c>
<#-- Progress bulletin (Markdown). Table cells go through md(). Data: see README.md. -->
<#-- What the bulletin ranks: a district's units, a city's districts one level up (level "city"), a province's cities (level "province"). -->
<#assign province = (level!"") == "province">
<#assign city = (level!"") == "city">
<#assign u = province?then("city", city?then("district", "unit"))>
<#assign us = province?then("cities", city?then("districts", "units"))>
<#assign U = province?then("City", city?then("District", "Unit"))>
<#assign Us = province?then("Cities", city?then("Districts", "Units"))>
<#assign order = province?then("the order of districts.yaml (cities not listed there by name)", city?then("the order of districts.yaml (districts not listed there by name)", "the order of the units table"))>
<#function md s>
  <#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "&lt;")?replace("\n", " ")>
</#function>
<#assign b = bulletin>
<#assign o = b.overall>
<#assign w = b.weights>
# ${md(sender.campaign)}: progress bulletin

As of ${c.date(sender.asOf)} · run ${b.snapshots}

## 1. Overall progress

As of ${c.date(sender.asOf)}, ${o.covered} of the ${o.applicable} applicable tasks of ${o.units} ${us} (${o.tasks} tasks in all) have evidence: coverage ${o.rateText}<#if o.previousDate?has_content>, ${c.changeText(o.sincePrevious)} since the previous run (${o.previousDate})</#if><#if o.firstDate?has_content && o.firstDate != o.previousDate>, ${c.changeText(o.sinceFirst)} since the first run (${o.firstDate})</#if><#if !o.previousDate?has_content> (the first run: nothing to compare with yet)</#if>. ${o.completeUnits} ${us} have finished everything; ${b.lagging?size} ${us} have overdue tasks (${o.overdue} in all).

## 2. ${Us} ranked

| Rank | ${U} | Filed/applicable | Coverage | Change | Overdue | Thresholds not met | Score |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
<#list b.ranking as r>
| ${r.no} | ${md(r.unit)} | ${r.covered}/${r.applicable} | ${r.rateText} | ${c.arrow(r.change)} | ${r.overdue} | ${r.shortfalls} | ${r.score.totalText} |
</#list>

Ranked by <#list b.rankingKeys as k>${c.rankingKeyNames[k]}<#sep>; then </#list>; then in ${order}. "Change" is the change in coverage since the previous run, in percentage points.

## 3. ${Us} that finished everything

<#if b.complete?has_content>${b.complete?join(", ")} (${b.complete?size})<#else>None yet.</#if>

## 4. ${Us} lagging behind

<#if b.lagging?has_content>
| ${U} | Overdue tasks | Longest delay (days) |
| --- | ---: | ---: |
<#list b.lagging as l>
| ${md(l.unit)} | ${l.overdue} | ${l.maxDays!"—"} |
</#list>
<#else>
No task is overdue.
</#if>

## 5. Due in the next ${b.dueWindowDays} days

<#if b.dueNext?has_content>
| Due | Indicator | ${Us} that have filed nothing |
| --- | --- | --- |
<#list b.dueNext as d>
| ${d.date} | ${md(d.indicator + " " + d.indicatorName)} | ${md(d.units?join(", "))} |
</#list>
<#else>
Nothing unfiled falls due in the next ${b.dueWindowDays} days.
</#if>

## 6. Coverage over time

| Run |<#list b.trend.dates as d> ${d} |</#list>
| --- |<#list b.trend.dates as d> ---: |</#list>
<#list b.trend.series as s>
| <#if s.overall>**All tasks**<#else>${md(s.name)}</#if> |<#list s.points as p> ${p.rateText} |</#list>
</#list>

## 7. Thresholds not met

<#if b.shortfalls?has_content>
| Threshold | Indicator | ${Us} short |
| --- | --- | --- |
<#list b.shortfalls as s>
| ${md(s.label)} | ${s.task} | ${md(s.units?join(", "))} |
</#list>
<#else>
Every threshold is met.
</#if>

## 8. Year-end assessment score

Score = coverage × ${w.coverage}% + timeliness × ${w.timeliness}% + thresholds met × ${w.thresholds}% (scaled when the weights do not sum to 100).

| ${U} | Coverage | Timeliness | Thresholds met | Score |
| --- | ---: | ---: | ---: | ---: |
<#list b.ranking as r>
| ${md(r.unit)} | ${r.score.coverage?string("0.0")} | ${(r.score.timeliness?string("0.0"))!"—"} | ${r.score.thresholds?string("0.0")} | **${r.score.totalText}** |
</#list>

${sender.office} · ${c.date(sender.asOf)}
