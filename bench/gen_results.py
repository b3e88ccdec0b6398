#!/usr/bin/env python3
"""Writes N district results (dossier.validate/1 json, ~2 MB each, as validate writes for a
~20,000-file repository: 28 indicators x 40 units, thresholds, ~2,500 findings) into DIR.
Eight base documents with different states are varied by district name and region, so the
merge has real work and real differences. Usage: gen_results.py DIR [N]"""
import json, os, random, sys

STATES = ["covered", "not_applicable", "deferred", "explained", "missing"]
AREAS = ["依法全面履行政府职能", "完善依法行政制度体系", "推进重大行政决策科学化、民主化、合法化", "行政执法严格规范公正文明",
         "强化行政权力制约监督", "依法有效化解社会矛盾纠纷", "全面提升政府工作人员法治思维和依法行政能力", "落实法治政府建设组织领导"]
IDS = ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5",
       "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "8.2"]
THRESHOLDS = [("review_rate", "2.2"), ("legal_reviewer_ratio", "4.1"), ("case_file_review", "4.3"),
              ("training_hours", "4.4"), ("certified", "4.4"), ("npc_satisfaction", "5.1"), ("disclosure", "5.4"),
              ("legal_education", "6.3"), ("law_study", "7.2"), ("special_meeting", "8.1")]


def base(seed):
    rnd = random.Random(seed)
    units = ["第%02d单位（某某局）" % u for u in range(1, 41)]
    indicators = [{"id": i, "area": AREAS[int(i.split(".")[0]) - 1], "name": "指标" + i, "requirements": ["要求" * 20],
                   "lead": units[0], "units": units, "evidenceAsked": "材料" * 10, "due": "2021-08-10", "dueText": "8月10日前",
                   "ongoing": False, "points": 3.5, "row": n + 3} for n, i in enumerate(IDS)]
    tasks, findings = [], []
    for i in IDS:
        for u in units:
            state = rnd.choices(STATES, weights=[6, 1, 1, 1, 3])[0]
            rules = ["DUE001"] if state == "missing" and rnd.random() < 0.5 else []
            folder = "evidence/%s/%s 指标%s" % (u, i, i)
            tasks.append({"indicator": i, "unit": u, "role": "responsible", "due": "2021-08-10", "state": state,
                          "evidence": {"document": rnd.randint(0, 9), "image": rnd.randint(0, 9), "video": 0, "link": 1, "summary": 0},
                          "folders": [folder], "explanations": [folder + "/情况说明.docx"] if state == "explained" else [],
                          "onsite": [], "notApplicable": [], "highlights": [], "findings": rules})
    while len(findings) < 2500:
        u, i = rnd.choice(units), rnd.choice(IDS)
        findings.append({"rule": rnd.choice(["FIL001", "FIL004", "COV002", "FRS001", "DUE001"]),
                         "severity": rnd.choice(["error", "warning", "info"]), "unit": u, "indicator": i,
                         "file": "evidence/%s/%s 指标%s/会议纪要（第%d期）.docx" % (u, i, i, len(findings)), "row": None, "column": None,
                         "subject": None, "message": "文件内容与扩展名不符：实际是 PDF 文档，扩展名却是 .docx。" * 2,
                         "fix": "用正确的扩展名另存，或换成原始文件后重新上传。", "waived": None})
    thresholds = [{"id": t, "task": task, "unit": u, "kind": "ratio", "status": rnd.choice(["pass", "fail", "progress", "missing"]),
                   "value": 97.5, "op": ">=", "target": 95.0, "measure": "percent", "inputs": {"a": 1}}
                  for t, task in THRESHOLDS for u in units[: rnd.randint(5, 40)]]
    counts = {s: sum(1 for f in findings if f["severity"] == s) for s in ["error", "warning", "info"]}
    counts["waived"] = 0
    doc = {"schema": "dossier.validate/1", "tool": {"name": "dossier", "version": "0.1.0"}, "lang": "zh",
           "asOf": "2021-08-05", "campaign": {"repository": "repo", "name": "@@NAME@@", "region": "@@REGION@@", "year": 2021},
           "partial": False, "unread": [], "summary": {"indicators": 28, "units": 40, "tasks": len(tasks), "findings": counts},
           "indicators": indicators, "units": [{"name": u} for u in units], "coverage": {}, "thresholds": thresholds,
           "tasks": tasks, "findings": findings}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def main():
    out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    os.makedirs(out, exist_ok=True)
    bases = [base(s) for s in range(8)]
    for d in range(n):
        text = bases[d % 8].replace("@@NAME@@", "第%04d区法治政府建设示范创建" % d).replace("@@REGION@@", "某省某市第%04d区" % d)
        with open(os.path.join(out, "district-%04d.json" % d), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
