package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.DatedEvent;
import dossier.model.Figure;
import dossier.model.Location;
import dossier.model.NormativeDoc;
import dossier.model.Officer;
import dossier.model.RegisterKind;
import dossier.model.Registers;
import dossier.model.TrainingRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One unit's figures built in memory: what its metrics.yaml declares and its registers hold. */
final class UnitData {
    static final String DIR = "evidence/区司法局/";
    static final String METRICS = DIR + "metrics.yaml";
    static final String ROSTER = DIR + "registers/执法人员名册.xlsx";
    static final String TRAINING = DIR + "registers/培训台账.xlsx";
    static final String DOCS = DIR + "registers/规范性文件目录.xlsx";
    static final String LAW_STUDY = DIR + "registers/会前学法记录.xlsx";

    private final String unit;
    private final Map<String, Figure> declared = new LinkedHashMap<>();
    private final Map<RegisterKind, List<String>> files = new EnumMap<>(RegisterKind.class);
    private final List<Officer> officers = new ArrayList<>();
    private final List<TrainingRow> training = new ArrayList<>();
    private final List<NormativeDoc> docs = new ArrayList<>();
    private final List<DatedEvent> lawStudies = new ArrayList<>();
    private final Map<RegisterKind, Integer> outside = new EnumMap<>(RegisterKind.class);

    private UnitData(String unit) {
        this.unit = unit;
    }

    static UnitData of(String unit) {
        return new UnitData(unit);
    }

    UnitData declares(String key, double number) {
        int line = declared.size() + 1;
        declared.put(key, new Figure(key, number, null, null, Location.cell(METRICS, line, "1"),
                new Figure.Written(key, ThresholdFigures.number(number).toString(), Location.cell(METRICS, line, "8"))));
        return this;
    }

    UnitData officer(String name, String certificate) {
        files.put(RegisterKind.ROSTER, List.of(ROSTER));
        officers.add(new Officer(name, certificate, "执法", Location.cell(ROSTER, officers.size() + 2, "B")));
        return this;
    }

    UnitData trained(String name, String certificate, double hours) {
        files.put(RegisterKind.TRAINING, List.of(TRAINING));
        training.add(new TrainingRow(name, certificate, LocalDate.of(2021, 4, 16), "执法培训", hours,
                Location.cell(TRAINING, training.size() + 2, "A")));
        return this;
    }

    UnitData document(String number, boolean reviewed) {
        files.put(RegisterKind.NORMATIVE_DOCS, List.of(DOCS));
        docs.add(new NormativeDoc(number, "关于" + number + "的通知", LocalDate.of(2021, 3, 1), reviewed,
                Location.cell(DOCS, docs.size() + 2, "A")));
        return this;
    }

    UnitData studied(LocalDate on) {
        files.put(RegisterKind.LAW_STUDY, List.of(LAW_STUDY));
        lawStudies.add(new DatedEvent(on, "学习宪法", Location.cell(LAW_STUDY, lawStudies.size() + 2, "A")));
        return this;
    }

    UnitData outsidePeriod(RegisterKind kind, String file, int rows) {
        files.put(kind, List.of(file));
        outside.put(kind, rows);
        return this;
    }

    UnitFigures figures() {
        Registers registers = new Registers(unit, files, officers, training, docs, lawStudies, List.of(), outside, List.of());
        return new UnitFigures(unit, declared, declared.isEmpty() ? null : METRICS, registers);
    }
}
