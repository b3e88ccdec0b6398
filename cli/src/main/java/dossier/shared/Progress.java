package dossier.shared;

/** Told how far a long run has got; the CLI draws it on a terminal, everything else ignores it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void advance(int done, int total) {
        }

        @Override
        public void finish() {
        }
    };

    /** Called from worker threads as folders finish. */
    void advance(int done, int total);

    void finish();
}
