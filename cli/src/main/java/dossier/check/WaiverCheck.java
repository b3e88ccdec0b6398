package dossier.check;

import dossier.model.Finding;
import dossier.read.UnitDirectory;
import dossier.rules.Rule;
import dossier.rules.WaiverRules;

import java.util.List;

/**
 * dossier.yaml's waivers, judged after every other check because a waiver is about their
 * findings: a waived finding stays, marked with its waiver; an expired or unused waiver is
 * itself a finding. Marking is done even when both waiver rules are off.
 */
public final class WaiverCheck {
    public String name() {
        return "waivers";
    }

    public List<Rule> rules() {
        return WaiverRules.all();
    }

    public List<Finding> apply(List<Finding> findings, RepositoryModel model) {
        UnitDirectory directory = new UnitDirectory(model.campaign().units(), model.campaign().settings().region());
        return WaiverRules.apply(findings, model.campaign().settings().waivers(), model.asOf(),
                name -> directory.resolve(name).orElse(name));
    }
}
