package dev.profilebot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (unknown when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"profile-bot " + (version == null ? "(development build)" : version)};
    }
}
