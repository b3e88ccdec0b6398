# dossier: make demo (build, validate the sample, write its progress site) and make test (build and run every test).
# Java decodes file names by the locale: force a UTF-8 one so Chinese names work everywhere.
export LC_ALL := C.UTF-8
export LANG := C.UTF-8

MVN ?= mvn
MVN_FLAGS ?= -B -q
JAR := cli/target/dossier.jar
# Application class-data archive: the classes a validate run loads, mapped at start-up (the launchers
# use it when it fits the JDK and the jar; it is made by running validate on a copy of the sample).
JSA := cli/target/dossier.jsa
DEMO_AS_OF ?= 2021-08-05

.PHONY: build demo test bench bench-aggregate fuzz clean

build: $(JAR) $(JSA)

$(JAR): pom.xml cli/pom.xml $(shell find cli/src/main templates -type f 2>/dev/null)
	$(MVN) $(MVN_FLAGS) -DskipTests package

$(JSA): $(JAR)
	@rm -f $(JSA); tmp=$$(mktemp -d) && cp -R samples/yuanhui "$$tmp/repo" && \
	  DOSSIER_JAVA_OPTS="-XX:ArchiveClassesAtExit=$(CURDIR)/$(JSA) -Xlog:cds=off -Xlog:cds+dynamic=off" \
	  ./dossier validate "$$tmp/repo" --as-of $(DEMO_AS_OF) --format json -o "$$tmp/result.json" --fail-on never \
	  >/dev/null 2>&1; rm -rf "$$tmp"; [ -f $(JSA) ] || echo "class-data archive not made: dossier starts without it"

# The demo shows findings; it is not a failed build, so --fail-on never keeps the exit code 0.
# It then runs the 督导 loop: the run is kept as a snapshot, and notices and a bulletin are written
# under samples/yuanhui/out/ (git ignores out/).
demo: build
	./dossier validate samples/yuanhui --as-of $(DEMO_AS_OF) --fail-on never --save
	./dossier notices samples/yuanhui --as-of $(DEMO_AS_OF)
	./dossier bulletin samples/yuanhui --as-of $(DEMO_AS_OF)
	./dossier site samples/yuanhui --as-of $(DEMO_AS_OF)

# Maven runs quietly; the summary line (summed from surefire's reports) says what ran.
test:
	rm -rf cli/target/surefire-reports
	$(MVN) $(MVN_FLAGS) package; status=$$?; \
	cat cli/target/surefire-reports/*.txt 2>/dev/null | awk -F'[:,] *' '/^Tests run:/ {r+=$$2; f+=$$4; e+=$$6; s+=$$8} \
	  END {printf "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d\n", r, f, e, s}'; exit $$status

# Generates ~20,000-file repositories (mixed, undated pdfs, dated pdf+docx; outside the tree) and big
# registers, and prints every ratio against python and cat from one run (see bench/run.sh).
bench: build
	bench/run.sh $(BENCH_ARGS)

# Fuzzes each reader in turn for its budget (10 minutes; ReadersFuzzTest.BUDGET) in a 256 MB heap,
# seeded from the fixtures under cli/src/test/resources/dossier/fuzz/ReadersFuzzTestInputs/<reader>/;
# an input that breaks a reader is saved there, and make test replays it from then on.
# One reader: make fuzz FUZZ_TARGETS=metricsYaml
FUZZ_TARGETS ?= taskSheetXlsx taskSheetXls taskSheetCsv unitsTable register metricsYaml settingsYaml baselineJson coreXmlDate pdfDate
fuzz:
	for t in $(FUZZ_TARGETS); do \
		JAZZER_FUZZ=1 $(MVN) $(MVN_FLAGS) test -pl cli -Dtest="ReadersFuzzTest#$$t" -Dtest.heap=256m \
			-Dsurefire.failIfNoSpecifiedTests=false || exit 1; \
	done

# Generates 3,000 district results (~2 MB each, outside the tree) and times aggregate on them.
bench-aggregate: build
	bench/aggregate.sh $(BENCH_ARGS)

clean:
	$(MVN) $(MVN_FLAGS) clean
