package dossier.cli;

import dossier.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"dossier " + Version.get()};
    }
}
