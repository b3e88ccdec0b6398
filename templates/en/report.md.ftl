<#import "common.ftl" as c>
<#-- Self-assessment report (Markdown): for a code repository, or as a CI job summary (GitHub $GITHUB_STEP_SUMMARY).
     md(s) escapes Markdown's symbols; all text in table cells goes through md(). The fields are described in README.md. -->
<#function md s>
  <#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("<", "&lt;")?replace("\n", " ")>
</#function>
<#-- A text bar: █ submitted, ░ the rest (20 cells = 100%) -->
<#function bar t>
  <#local n = t.rate???then((t.rate / 5)?round, 0)>
  <#local s = "">
  <#list 0..<20 as k><#local s = s + (k < n)?then("█", "░")></#list>
  <#return s>
</#function>
<#macro coverageTable rows head>
| ${head} | Tasks | Submitted | On-site check | Explanation only | Not submitted | Not applicable | Coverage |
|---|---:|---:|---:|---:|---:|---:|---|
<#list rows as r>
| ${md(r.name)} | ${r.tally.tasks} | ${r.tally.covered} | ${r.tally.deferred} | ${r.tally.explained} | ${r.tally.missing} | ${r.tally.notApplicable} | `${bar(r.tally)}` ${r.tally.rateText} |
</#list>
</#macro>
<#assign o = overview>
<#assign t = o.coverage>
<#assign who = campaign.region?has_content?then(md(campaign.region), "The campaign")>
# ${md(c.title(campaign))}

<#if campaign.region?has_content>${md(campaign.region)} · </#if>Assessment period ${c.period(campaign)} · As of ${c.date(campaign.asOf)}
<#if campaign.partial>

> **Note:** ${c.num(campaign.unread?size, "input")} could not be read, so the figures below are incomplete: ${md(campaign.unread?join("; "))}
</#if>
<#if campaign.filtered>

> This report covers only the ${c.num(campaign.tasks, "task")} of the selected units or indicators.
</#if>

In line with the arrangements for the Rule-of-Law Government Demonstration Campaign, ${who} has broken the ${c.num(campaign.areas, "area")} and ${c.num(campaign.indicators, "indicator")} of the campaign's indicator system down into ${c.num(campaign.tasks, "task")}, assigned them to ${c.num(campaign.units, "unit")}, and collected supporting evidence for each. The self-assessment is reported below.

## I. Overview

As of ${c.date(campaign.asOf)}, for the ${c.num(t.tasks, "task")}: evidence submitted ${t.covered}, to be shown at the on-site check ${t.deferred}, explanation only ${t.explained}, not yet submitted ${t.missing}, not applicable ${t.notApplicable}; the evidence coverage is ${t.rateText} (submitted tasks as a share of the tasks that apply). Evidence collected in all: ${c.num(o.evidence.total, "item")}, namely ${c.num(o.evidence.document, "document")}, ${c.num(o.evidence.image, "image")}, ${c.num(o.evidence.video, "video")}, ${c.num(o.evidence.link, "news link")} and ${c.num(o.evidence.summary, "summary", "summaries")}.
<#if score.present>

Against the points of the indicator system, the self-assessed score is **${score.earnedText}** points (out of ${score.pointsText}).

| No. | Area | Points | Score |
|---|---|---:|---:|
<#list score.areas as a>
| ${c.cn(a.no)} | ${md(a.name)} | ${a.pointsText} | ${a.earnedText} |
</#list>
| | **Total** | **${score.pointsText}** | **${score.earnedText}** |
</#if>

### Evidence coverage by area

<@coverageTable rows=o.byArea head="Area"/>

### Evidence coverage by unit

<@coverageTable rows=o.byUnit head="Unit"/>

## II. Main Measures and Results
<#list areas as a>

### (${c.cn(a.no)}) ${md(a.name)}

This area has ${c.num(a.indicators?size, "indicator")} and ${c.num(a.tally.tasks, "task")}; evidence has been submitted for ${a.tally.covered}, a coverage of ${a.tally.rateText}.
<#list a.indicators as i>

#### ${i.id} ${md(i.name)}

Progress: <#if i.lead?has_content>lead unit ${md(i.lead)}; </#if>${i.tally.covered} of ${c.num(i.tally.applicable, "task")} submitted (${c.statusNames[i.status]}).
<#list i.measures as m>

**${md(m.unit)}:** ${md(m.paragraphs?join(" "))}
</#list>
</#list>
</#list>

## III. Quantitative Targets
<#if thresholds?has_content>

| Indicator | What is checked | Unit | Actual | Target | Result |
|---|---|---|---|---|---|
<#list thresholds as g>
<#list g.results as r>
| ${g.indicator} | ${md(g.label?cap_first)} | ${md(r.unit)} | ${md(r.valueText)} | ${md(c.sym(g.targetText))} | ${md(r.statusText)} |
</#list>
</#list>
<#list thresholds?filter(g -> g.shortUnits?has_content) as g>
<#if g?is_first>

Not met or still in progress:
</#if>
- ${md(g.label?cap_first)}: ${md(c.names(g.shortUnits))}
</#list>
<#else>

No quantitative targets were checked this time.
</#if>

## IV. Highlights
<#list highlights as h>

**${md(h.unit)} (${h.indicator} ${md(h.indicatorName)}):** ${md(h.paragraphs?join(" "))}
<#else>

${c.placeholder}
</#list>

## V. Shortcomings and Weaknesses

Reviewing the indicator system item by item finds ${c.num(gaps.missing, "task")} without supporting evidence, ${c.num(gaps.explained, "task")} with an explanation only, and ${c.num(gaps.thresholds, "quantitative target")} not met or still in progress<#if gaps.officersBelow gt 0> (among them, ${c.num(gaps.officersBelow, "law-enforcement officer")} short of the required training hours)</#if><#if (gaps.waived!0) gt 0>; ${c.num(gaps.waived, "more gap")} waived as approved, marked in the table below</#if>.
<#if gaps.units?has_content>

| Unit | Indicators without evidence | Indicators with an explanation only | Quantitative targets not met |
|---|---|---|---|
<#list gaps.units as u>
| ${md(u.unit)} | ${c.ids(u.missing)} | ${c.ids(u.explained)} | ${md(u.thresholds?map(g -> c.gapText(g))?join("; "))} |
</#list>
</#if>

## VI. Next Steps

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

## Annex 1 Score Details

| No. | Indicator | Points | Evidence submitted | Targets met | Scoring method | Score |
|---|---|---:|---:|---:|---|---:|
<#list score.areas as a>
| **${c.cn(a.no)}** | **${md(a.name)}** | **${a.pointsText}** | | | | **${a.earnedText}** |
<#list a.indicators as i>
| ${i.id} | ${md(i.name)} | ${i.pointsText} | ${i.covered}/${i.applicable} | <#if i.checked gt 0>${i.passed}/${i.checked}<#else>—</#if> | ${c.ruleNames[i.rule]} | ${i.earnedText} |
</#list>
</#list>
| | **Total** | **${score.pointsText}** | | | | **${score.earnedText}** |
</#if>

## Annex<#if score.present> 2</#if> Index of Evidence

| No. | Indicator | Unit | Material | Type |
|---:|---|---|---|---|
<#list evidence as e>
| ${e.no} | ${e.indicator} | ${md(e.unit)} | ${md(e.file)}<#if e.kind == "link"> line ${e.line}: ${md(e.title?has_content?then(e.title + " ", ""))}${md(e.url)}</#if> | ${c.kindNames[e.kind]} |
</#list>
