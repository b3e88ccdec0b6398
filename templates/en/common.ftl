<#-- Names and small functions shared by the three English formats (docx, html, md). Import with
     <#import "common.ftl" as c>, then write c.title(campaign), c.stateNames["covered"].
     Only names and functions are defined here; nothing is output. The fields are described in README.md.
     It has every name of the Chinese common.ftl, so a Chinese report template runs with it too; num() is
     English only. -->

<#-- Task states -->
<#assign stateNames = {
  "covered": "submitted",
  "deferred": "on-site check",
  "explained": "explanation only",
  "missing": "not submitted",
  "not_applicable": "not applicable"
}>
<#-- The field of each state in a Tally -->
<#assign stateField = {
  "covered": "covered",
  "deferred": "deferred",
  "explained": "explained",
  "missing": "missing",
  "not_applicable": "notApplicable"
}>
<#-- The colour of each state in the coverage charts (RRGGBB), and the states' order from left to right -->
<#assign stateColors = {
  "covered": "2E7D32",
  "deferred": "1565C0",
  "explained": "F9A825",
  "missing": "C62828",
  "not_applicable": "BDBDBD"
}>
<#assign chartStates = ["covered", "deferred", "explained", "missing", "not_applicable"]>

<#-- How far an indicator has come (Indicator.status) -->
<#assign statusNames = {
  "complete": "all submitted",
  "partial": "partly submitted",
  "none": "none submitted",
  "not_applicable": "not applicable"
}>

<#-- Kinds of evidence (EvidenceEntry.kind) -->
<#assign kindNames = {
  "document": "document",
  "image": "image",
  "video": "video",
  "link": "news link",
  "summary": "summary"
}>

<#-- Scoring methods (IndicatorScore.rule; set per indicator under scoring: in dossier.yaml) -->
<#assign ruleNames = {
  "both": "points × coverage × targets met",
  "coverage": "points × coverage",
  "thresholds": "points × targets met",
  "full": "full points"
}>

<#assign roleNames = {"lead": "lead", "responsible": "responsible"}>

<#-- Written where there is nothing yet, to remind the drafter -->
<#assign placeholder = "[To be completed]">

<#-- The report's title: "Self-Assessment Report: " and the name from dossier.yaml; without a name, the region. -->
<#function title campaign>
  <#if campaign.name?has_content><#return "Self-Assessment Report: " + campaign.name></#if>
  <#local s = "Self-Assessment Report, Rule-of-Law Government Demonstration Campaign">
  <#if campaign.region?has_content><#return s + ": " + campaign.region></#if>
  <#return s>
</#function>

<#-- An area's number as the report writes it: 1, 2, 12 (the Chinese common.ftl writes Chinese numerals) -->
<#function cn n>
  <#return n?c>
</#function>

<#-- A count with its noun: 1 task, 3 tasks; num(2, "summary", "summaries") → 2 summaries -->
<#function num n one many="">
  <#if n == 1><#return "1 " + one></#if>
  <#return n?c + " " + many?has_content?then(many, one + "s")>
</#function>

<#assign monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"]>

<#-- Day → 5 August 2021 -->
<#function date d>
  <#return d.day?c + " " + monthNames[d.month - 1] + " " + d.year?c>
</#function>

<#-- The assessment period: 2021, or 1 January 2021 to 30 June 2021 -->
<#function period campaign>
  <#if campaign.calendarYear><#return campaign.periodStart.year?c></#if>
  <#return date(campaign.periodStart) + " to " + date(campaign.periodEnd)>
</#function>

<#-- The number of tasks of a Tally in one state -->
<#function count tally state>
  <#return tally[stateField[state]]>
</#function>

<#-- A list of indicator numbers: 1.1, 2.3, 4.4 -->
<#function ids refs>
  <#local out = []>
  <#list refs as r><#local out = out + [r.id + waived(r)]></#list>
  <#return out?join(", ")>
</#function>

<#-- A gap waived in dossier.yaml is still listed, marked waived with its reason -->
<#function waived x>
  <#if !(x.waived!false)><#return ""></#if>
  <#return " (waived" + x.waiverReason?has_content?then(": " + x.waiverReason, "") + ")">
</#function>

<#-- One sentence on a target not met (counts only, never names) -->
<#function gapText g>
  <#local s = g.label?cap_first + ": " + g.valueText + " (target " + sym(g.targetText) + ", " + g.statusText + ")">
  <#if g.shortfall?? && g.shortfallKind?? && g.shortfallKind == "officers_below">
    <#local s = s + "; " + num(g.shortfall, "officer") + " below " + g.target?c + " hours">
  <#elseif g.shortfall?? && g.shortfallKind?? && g.shortfallKind == "officers_uncertified">
    <#local s = s + "; " + num(g.shortfall, "officer") + " without a certificate number">
  </#if>
  <#return s + waived(g)>
</#function>

<#-- Comparison signs in targets as mathematical signs: >= → ≥, <= → ≤ -->
<#function sym s>
  <#return s?replace(">=", "≥")?replace("<=", "≤")>
</#function>

<#-- A list of units, separated by commas -->
<#function names list>
  <#return list?join(", ")>
</#function>

<#-- The kinds of work in a notice, most urgent first (Notice.Item.kind) -->
<#assign noticeKinds = ["overdue", "dueSoon", "explained", "shortfall", "fix", "pending"]>

<#-- Bulletin: how each ranking key (Bulletin.rankingKeys) reads -->
<#assign rankingKeyNames = {
  "coverage": "coverage, highest first",
  "overdue": "overdue tasks, fewest first",
  "shortfalls": "thresholds not met, fewest first",
  "score": "assessment score, highest first",
  "change": "rise in coverage since last time, largest first",
  "dueSoon": "tasks due soon, fewest first"
}>

<#-- A change since last time (Bulletin.Change): short (↑3.5 / ↓1.2 / unchanged / —) and in words -->
<#function arrow ch>
  <#if ch.direction == "up"><#return "↑" + ch.text></#if>
  <#if ch.direction == "down"><#return "↓" + ch.text></#if>
  <#if ch.direction == "same"><#return "unchanged"></#if>
  <#return "—">
</#function>
<#function changeText ch>
  <#if ch.direction == "up"><#return "up " + ch.text + " points"></#if>
  <#if ch.direction == "down"><#return "down " + ch.text + " points"></#if>
  <#return "unchanged">
</#function>
